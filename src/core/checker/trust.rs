//! A trust policy against the case: whether Braze's account may assume the role, whether the
//! `sts:ExternalId` condition is there, equals the external ID the reader typed and admits no
//! other, and whom else the role trusts (the evaluator's [`crate::core::iam::trust`]).

use super::document::{Condition, Document, PrincipalSpec, Statement};
use super::errors::{usable, InputProblem};
use super::findings::{
    CheckResult, DocumentKind, ExternalIdFinding, Note, PrincipalFinding, Reason, TrustReport,
    Verdict,
};
use super::warnings::Warning;
use crate::core::config::{AuthMethod, Config};
use crate::core::iam::condition::{conditions_apply, Context};
use crate::core::iam::evaluate::action_applies;
use crate::core::iam::principal::{is_anyone, names_account};
use crate::core::iam::trust::{
    assume_role, guard, is_external_id, trusts, Guard, ASSUME_ROLE, EXTERNAL_ID_KEY,
};
use crate::core::iam::Applies;
use crate::core::policy::Effect;
use crate::core::rules;

pub fn check_trust(document: &Document, config: &Config) -> CheckResult {
    if !usable(&rules::account_id(&config.braze_account))
        || !usable(&rules::external_id(&config.external_id))
    {
        let problem = match config.auth {
            AuthMethod::RoleArn => InputProblem::TrustValues,
            AuthMethod::SecretKey => InputProblem::TrustWithSecretKey,
        };
        let mut result = CheckResult::invalid(problem, None);
        result.kind = Some(DocumentKind::Trust);
        return result;
    }
    let account = config.braze_account.as_str();
    let allows: Vec<&Statement> = document
        .statements
        .iter()
        .filter(|s| s.effect == Effect::Allow && action_applies(&s.action, ASSUME_ROLE))
        .collect();
    // The statements that may let Braze's account in.
    let candidates: Vec<&Statement> = allows
        .iter()
        .copied()
        .filter(|s| trusts(s, account) != Applies::No)
        .collect();
    let external_id = external_id_finding(document, &candidates, &config.external_id);
    let access = assume_role(document, account, &config.external_id);
    // A role anyone may assume, or whose external ID admits others, is open to the confused
    // deputy however well Braze gets in.
    let anyone = allows.iter().any(|s| trusts_anyone(s));
    let verdict = if access.is_granted() && external_id == Some(ExternalIdFinding::Equal) && !anyone
    {
        Verdict::Sufficient
    } else {
        Verdict::Insufficient
    };
    let mut notes = Vec::new();
    if config.auth == AuthMethod::SecretKey {
        notes.push(Note::TrustWithSecretKey);
    }
    CheckResult {
        verdict,
        kind: Some(DocumentKind::Trust),
        rows: Vec::new(),
        warnings: trust_warnings(&allows, account),
        trust: Some(TrustReport {
            principal: principal_finding(&allows, account),
            external_id,
            access,
        }),
        notes,
        error: None,
    }
}

fn principal_of(s: &Statement, account: &str) -> Applies {
    trusts(s, account)
}

/// Whether a statement trusts anyone: `"*"`, `{"AWS": "*"}`, or `Allow` with `NotPrincipal`
/// (everyone but the listed).
fn trusts_anyone(s: &Statement) -> bool {
    s.principal()
        .is_some_and(|(spec, negated)| is_anyone(spec, negated))
}

fn principal_finding(allows: &[&Statement], account: &str) -> PrincipalFinding {
    let mut principal = PrincipalFinding::NotAllowed;
    let mut specific: Vec<String> = Vec::new();
    for s in allows {
        match principal_of(s, account) {
            Applies::Yes if !trusts_anyone(s) => principal = PrincipalFinding::Allowed,
            Applies::Yes => {
                if principal != PrincipalFinding::Allowed {
                    principal = PrincipalFinding::AnyPrincipal;
                }
            }
            Applies::Maybe(reasons) => {
                for reason in reasons {
                    if let Reason::Principal { principal } = reason {
                        if !specific.contains(&principal) {
                            specific.push(principal);
                        }
                    }
                }
            }
            Applies::No => {}
        }
    }
    if principal == PrincipalFinding::NotAllowed && !specific.is_empty() {
        principal = PrincipalFinding::OnlySpecific {
            principals: specific,
        };
    }
    principal
}

/// The external ID finding, over the statements that may let Braze's account in (`None`
/// when there are none): missing from one, admitting others in one, matching the reader's,
/// or expecting other IDs.
fn external_id_finding(
    document: &Document,
    candidates: &[&Statement],
    external_id: &str,
) -> Option<ExternalIdFinding> {
    if candidates.is_empty() {
        return None;
    }
    let guards: Vec<Guard> = candidates.iter().map(|s| guard(&s.conditions)).collect();
    if guards.contains(&Guard::Missing) {
        return Some(ExternalIdFinding::Missing);
    }
    if let Some(Guard::Open { operator, value }) =
        guards.iter().find(|g| matches!(g, Guard::Open { .. }))
    {
        return Some(ExternalIdFinding::Open {
            operator: operator.clone(),
            value: value.clone(),
        });
    }
    let id_conditions = |s: &Statement| -> Vec<Condition> {
        let ids = s.conditions.iter().filter(|c| is_external_id(c));
        ids.cloned().collect()
    };
    let context = Context::new().with(EXTERNAL_ID_KEY, Some(external_id));
    if candidates
        .iter()
        .any(|s| conditions_apply(&id_conditions(s), &context, document.version) == Applies::Yes)
    {
        return Some(ExternalIdFinding::Equal);
    }
    if let Some(Guard::Unverifiable { operator }) = guards
        .iter()
        .find(|g| matches!(g, Guard::Unverifiable { .. }))
    {
        return Some(ExternalIdFinding::Unverifiable {
            operator: operator.clone(),
        });
    }
    let mut found: Vec<String> = Vec::new();
    for value in candidates
        .iter()
        .flat_map(|s| id_conditions(s))
        .flat_map(|c| c.values)
    {
        if !found.contains(&value) {
            found.push(value);
        }
    }
    Some(ExternalIdFinding::Different { found })
}

/// Warnings: a statement that trusts anyone, or principals other than Braze's account.
fn trust_warnings(allows: &[&Statement], account: &str) -> Vec<Warning> {
    let own_prefix = format!("arn:aws:iam::{account}:");
    let mut warnings = Vec::new();
    for s in allows {
        if trusts_anyone(s) {
            warnings.push(Warning::AnyPrincipal {
                statement: s.number,
            });
            continue;
        }
        let others: Vec<String> = match s.principal() {
            Some((PrincipalSpec::Map(entries), false)) => entries
                .iter()
                .flat_map(|(kind, values)| values.iter().map(move |v| (kind, v)))
                .filter(|(kind, v)| {
                    *kind != "AWS" || !(names_account(v, account) || v.starts_with(&own_prefix))
                })
                .map(|(_, v)| v.clone())
                .collect(),
            _ => Vec::new(),
        };
        if !others.is_empty() {
            warnings.push(Warning::OtherPrincipals {
                statement: s.number,
                principals: others,
            });
        }
    }
    warnings
}
