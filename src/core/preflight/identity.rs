//! The identity's checks: its policies together (with what a bucket policy of the same account
//! grants it), its permissions boundary, then a role's trust policy and ARN, or a user's access
//! keys; and what no account can show of itself, AWS Organizations' policies.

use super::finding::{not_read, pairs, unknown, CheckId, Finding, Status};
use super::judge::{identity_record, Judged};
use super::report::{CallStatus, PreflightReport, Record};
use super::{keys, role};
use crate::core::checker::account::{beyond_known, beyond_need, Policy};
use crate::core::checker::{Access, Requirement, Warning};
use crate::core::config::{AuthMethod, Config, PolicyKind};
use crate::core::policy::{identity_policy, to_pretty_json};
use crate::core::snippet_id::SnippetId;
use crate::core::text::{Arg, Msg};
use crate::msg;

fn kind(config: &Config) -> (&'static str, &'static str, &str) {
    match config.auth {
        AuthMethod::SecretKey => ("user", "get-user", config.user_name()),
        AuthMethod::RoleArn => ("role", "get-role", config.role_name()),
    }
}

pub(super) fn findings(
    report: &PreflightReport,
    config: &Config,
    judged: &Judged,
    now: i64,
) -> Vec<Finding> {
    let (via, call, name) = kind(config);
    let record = identity_record(report, config);
    let not_found = msg!(
        "preflight-identity-not-found",
        kind = Arg::Key(via),
        name = name
    );
    let dependent = |id: CheckId| Finding::new(id, Status::Unknown, not_found.clone());
    if record.is_some_and(|r| r.status == CallStatus::Missing) {
        let mut findings =
            vec![
                Finding::new(CheckId::IdentityPolicy, Status::Fail, not_found.clone())
                    .fix(msg!("preflight-identity-create-fix", kind = Arg::Key(via)))
                    .snippet(SnippetId::Iac(crate::core::iac::IacKind::CliScript)),
            ];
        findings.push(dependent(CheckId::PermissionsBoundary));
        match config.auth {
            AuthMethod::SecretKey => findings.push(dependent(CheckId::AccessKey)),
            AuthMethod::RoleArn => {
                findings.push(dependent(CheckId::TrustPolicy));
                findings.push(dependent(CheckId::RoleArn));
            }
        }
        return findings;
    }
    let mut findings = vec![
        identity_policies(config, judged, record, call),
        boundary(report, judged, record, call),
    ];
    match config.auth {
        AuthMethod::SecretKey => findings.push(keys::access_key(report, now)),
        AuthMethod::RoleArn => {
            findings.push(role::trust_policy(record, config, call));
            findings.push(role::arn(record, config, call));
        }
    }
    findings
}

/// What no account can show of itself: AWS Organizations' SCPs and RCPs (AWS, "Policy
/// evaluation logic", step 2).
pub(super) fn organizations() -> Finding {
    Finding::new(
        CheckId::Organizations,
        Status::Unknown,
        msg!("preflight-organizations-unseen"),
    )
}

/// The one policy that covers the case (with both integrations, the combined one).
fn case_policy(config: &Config) -> PolicyKind {
    config.integration.covering_policy()
}

/// The "beyond the need" warnings of the policies this page gives for the case, without their
/// statement numbers: an attached policy that warns of nothing else is the page's own (Braze
/// publishes `arn:aws:s3:::BUCKET*` for dashboard export with a secret key).
fn published_warnings(config: &Config, requirements: &[Requirement]) -> Vec<Warning> {
    config
        .policy_kinds()
        .into_iter()
        .filter_map(|kind| {
            Policy::read(&to_pretty_json(&identity_policy(
                kind,
                &config.bucket,
                config.auth,
            )))
        })
        .flat_map(|p| beyond_need(&p, config, requirements))
        .map(|w| w.without_statement())
        .collect()
}

fn list(rows: &[(&Requirement, &Access)], keep: impl Fn(&Access) -> bool) -> (String, usize) {
    pairs(
        rows.iter()
            .filter(|(_, a)| keep(a))
            .map(|(r, _)| (r.action.as_str(), r.resource.as_str())),
    )
}

fn identity_policies(
    config: &Config,
    judged: &Judged,
    record: Option<&Record>,
    call: &str,
) -> Finding {
    let id = CheckId::IdentityPolicy;
    if !record.is_some_and(|r| r.status == CallStatus::Ok) {
        return unknown(id, record, call);
    }
    let rows: Vec<(&Requirement, &Access)> = judged
        .answers
        .iter()
        .map(|(r, e)| (r, &e.identity))
        .collect();
    let denied = rows
        .iter()
        .any(|(_, a)| matches!(a, Access::Denied { .. } | Access::DeniedFor { .. }));
    let missing = rows
        .iter()
        .any(|(_, a)| matches!(a, Access::Missing | Access::MissingFor { .. }));
    if denied || (missing && judged.unread.is_empty()) {
        let (pairs, count) = list(&rows, |a| {
            matches!(
                a,
                Access::Missing
                    | Access::MissingFor { .. }
                    | Access::Denied { .. }
                    | Access::DeniedFor { .. }
            )
        });
        return Finding::new(
            id,
            Status::Fail,
            msg!("preflight-identity-missing", pairs = pairs, count = count),
        )
        .fix(msg!(
            "preflight-identity-fix",
            policy = config.policy_name_for(case_policy(config))
        ))
        .snippet(SnippetId::for_policy(case_policy(config)));
    }
    if !judged.unread.is_empty() {
        return Finding::new(
            id,
            Status::Unknown,
            msg!(
                "preflight-identity-partial",
                policies = judged.unread.join(", "),
                count = judged.unread.len()
            ),
        );
    }
    if rows.iter().any(|(_, a)| **a == Access::TooComplex) {
        let (pairs, count) = list(&rows, |a| *a == Access::TooComplex);
        return Finding::new(
            id,
            Status::Unknown,
            msg!("preflight-too-complex", pairs = pairs, count = count),
        );
    }
    if rows.iter().any(|(_, a)| !a.is_granted()) {
        let (pairs, count) = list(&rows, |a| !a.is_granted());
        return Finding::new(
            id,
            Status::Warn,
            msg!("preflight-identity-depends", pairs = pairs, count = count),
        );
    }
    // Granted. Through the bucket policy, where the identity's own policies fall short?
    if judged
        .without_bucket_grants
        .as_ref()
        .is_some_and(|alone| alone.iter().any(|e| !e.identity.is_granted()))
    {
        return Finding::new(id, Status::Pass, msg!("preflight-identity-pass-bucket"));
    }
    granted_by_own_policies(config, judged)
}

/// Everything is granted by the identity's own policies: do they grant more than the page's?
fn granted_by_own_policies(config: &Config, judged: &Judged) -> Finding {
    let id = CheckId::IdentityPolicy;
    let requirements: Vec<Requirement> = judged.answers.iter().map(|(r, _)| r.clone()).collect();
    let published = published_warnings(config, &requirements);
    let mut broader: Vec<&str> = Vec::new();
    let mut as_published: Vec<&str> = Vec::new();
    // A document attached twice (to the user and to a group) is read once.
    let mut read: Vec<Option<Option<bool>>> = vec![None; judged.policies.len()];
    for (i, (name, policy)) in judged.policies.iter().enumerate() {
        let first = judged.first[i];
        let beyond = *read[first]
            .get_or_insert_with(|| beyond_known(policy, config, &requirements, &published));
        match beyond {
            None => {}
            Some(false) => as_published.push(name),
            Some(true) => broader.push(name),
        }
    }
    let count = judged.policies.len();
    if !broader.is_empty() {
        return Finding::new(
            id,
            Status::Warn,
            msg!(
                "preflight-identity-broader",
                policies = broader.join(", "),
                count = broader.len()
            ),
        );
    }
    let message: Msg = if as_published.is_empty() {
        msg!("preflight-identity-pass", count = count)
    } else {
        msg!(
            "preflight-identity-pass-published",
            count = count,
            policies = as_published.join(", ")
        )
    };
    Finding::new(id, Status::Pass, message)
}

fn boundary(
    report: &PreflightReport,
    judged: &Judged,
    record: Option<&Record>,
    call: &str,
) -> Finding {
    let id = CheckId::PermissionsBoundary;
    if !record.is_some_and(|r| r.status == CallStatus::Ok) {
        return unknown(id, record, call);
    }
    let Some(arn) = judged.boundary_arn.as_deref() else {
        return Finding::new(id, Status::Pass, msg!("preflight-boundary-none"));
    };
    if judged.boundary.is_none() {
        let record = report.records.iter().find(|r| r.via == "boundary");
        return Finding::new(id, Status::Unknown, not_read(record, "get-policy-version"));
    }
    let rows: Vec<(&Requirement, &Access)> = judged
        .answers
        .iter()
        .map(|(r, e)| (r, &e.boundary))
        .collect();
    let blocks = |a: &Access| {
        matches!(
            a,
            Access::Missing
                | Access::MissingFor { .. }
                | Access::Denied { .. }
                | Access::DeniedFor { .. }
        )
    };
    if rows.iter().any(|(_, a)| blocks(a)) {
        let (pairs, count) = list(&rows, blocks);
        return Finding::new(
            id,
            Status::Fail,
            msg!(
                "preflight-boundary-blocks",
                policy = arn,
                pairs = pairs,
                count = count
            ),
        )
        .fix(msg!("preflight-boundary-fix", policy = arn));
    }
    if rows.iter().any(|(_, a)| !a.is_granted()) {
        return Finding::new(
            id,
            Status::Warn,
            msg!("preflight-boundary-depends", policy = arn),
        );
    }
    Finding::new(
        id,
        Status::Pass,
        msg!("preflight-boundary-pass", policy = arn),
    )
}
