//! A role's trust policy against Braze assuming the role: whether Braze's account gets in with
//! the reader's external ID, and whether anyone else could (AWS, "Access to AWS accounts
//! owned by third parties": the external ID is how the role tells Braze's customers apart,
//! the confused deputy it exists to stop).
//!
//! The external ID condition of a statement that lets Braze's account in *guards* the role
//! only when it admits a fixed list of IDs and never a request without one:
//! `StringEquals` (or `StringEqualsIgnoreCase`, or `StringLike` without a wildcard), with
//! neither `…IfExists` nor `ForAllValues:` (both true when the key is absent). A wildcard, a
//! negated operator or a `Null` test admits the IDs of other Braze customers, who can then
//! point Braze at this role.

use super::condition::{conditions_apply, Context, Operator};
use super::document::{Condition, Document, Statement};
use super::evaluate::action_applies;
use super::principal;
use super::verdict::{Access, Applies, Dependency};
use crate::core::policy::Effect;
use crate::core::wildcard::Glob;

pub const ASSUME_ROLE: &str = "sts:AssumeRole";
pub const EXTERNAL_ID_KEY: &str = "sts:ExternalId";

/// Whether a condition is about the external ID (condition keys are case-insensitive).
pub fn is_external_id(condition: &Condition) -> bool {
    condition.key.eq_ignore_ascii_case(EXTERNAL_ID_KEY)
}

/// What a statement's external ID conditions admit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Guard {
    /// No condition on the external ID.
    Missing,
    /// A fixed list of IDs, never a request without one.
    Exact,
    /// IDs no list fixes, or none at all: the operator and value that open it.
    Open { operator: String, value: String },
    /// An operator this check does not evaluate.
    Unverifiable { operator: String },
}

fn fixes_the_id(condition: &Condition) -> bool {
    let operator = Operator::parse(&condition.operator);
    let exact = match operator.base {
        "StringEquals" | "StringEqualsIgnoreCase" => true,
        "StringLike" => condition.values.iter().all(|v| !Glob::plain(v).is_wild()),
        _ => false,
    };
    exact
        && !operator.holds_when_absent(&condition.values)
        && !condition.values.iter().any(|v| v.contains("${"))
}

/// What the external ID conditions of `conditions` admit: every condition must hold, so one
/// that fixes the ID is enough to guard the statement.
pub fn guard(conditions: &[Condition]) -> Guard {
    let ids: Vec<&Condition> = conditions.iter().filter(|c| is_external_id(c)).collect();
    if ids.is_empty() {
        return Guard::Missing;
    }
    if ids.iter().any(|c| fixes_the_id(c)) {
        return Guard::Exact;
    }
    if let Some(c) = ids
        .iter()
        .find(|c| !Operator::parse(&c.operator).is_evaluated())
    {
        return Guard::Unverifiable {
            operator: c.operator.clone(),
        };
    }
    let c = ids[0];
    Guard::Open {
        operator: c.operator.clone(),
        value: c.values.first().cloned().unwrap_or_default(),
    }
}

/// Whether a trust-policy statement takes in Braze's account (`principal::trusts`).
pub fn trusts(statement: &Statement, account: &str) -> Applies {
    match statement.principal() {
        Some((spec, negated)) => principal::trusts(spec, negated, account),
        None => Applies::No,
    }
}

/// Braze's account assuming the role with `external_id`, every statement considered.
pub fn assume_role(document: &Document, account: &str, external_id: &str) -> Access {
    let context = Context::new()
        .with(EXTERNAL_ID_KEY, Some(external_id))
        .with("aws:PrincipalAccount", Some(account));
    let mut allowed = false;
    let mut denied_by = None;
    let mut allow_deps = Vec::new();
    let mut deny_deps = Vec::new();
    for statement in &document.statements {
        if !action_applies(&statement.action, ASSUME_ROLE) {
            continue;
        }
        let applies = trusts(statement, account).and(conditions_apply(
            &statement.conditions,
            &context,
            document.version,
        ));
        let reasons = match (applies, statement.effect) {
            (Applies::No, _) => continue,
            (Applies::Yes, Effect::Allow) => {
                allowed = true;
                continue;
            }
            (Applies::Yes, Effect::Deny) => {
                denied_by.get_or_insert(statement.number);
                continue;
            }
            (Applies::Maybe(reasons), _) => reasons,
        };
        let deps = reasons.into_iter().map(|reason| Dependency {
            statement: statement.number,
            effect: statement.effect,
            reason,
        });
        match statement.effect {
            Effect::Allow => allow_deps.extend(deps),
            Effect::Deny => deny_deps.extend(deps),
        }
    }
    if let Some(statement) = denied_by {
        return Access::Denied { statement };
    }
    if !allowed && allow_deps.is_empty() {
        return Access::Missing;
    }
    if allowed && deny_deps.is_empty() {
        return Access::Granted;
    }
    let mut deps = deny_deps;
    if !allowed {
        deps.extend(allow_deps);
    }
    Access::DependsOnCondition(deps)
}
