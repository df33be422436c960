//! IAM's evaluation logic for one request at a time, in three values: a statement applies,
//! does not apply, or applies depending on something only known when Braze calls AWS (a
//! condition, a policy variable, which identity of Braze's account calls).
//!
//! What the IAM documentation says, and this follows:
//! - an explicit `Deny` that applies wins over any `Allow`; without an applying `Allow` the
//!   request is implicitly denied;
//! - `Action` matches when one of its patterns matches, `NotAction` when none does (the same
//!   for `Resource` / `NotResource`, `Principal` / `NotPrincipal`);
//! - action names compare case-insensitively; ARNs case-sensitively; `*` and `?` wildcards;
//! - a `Condition` block applies when all of its conditions do.

use super::document::{Condition, Document, Patterns, PrincipalSpec, Statement, Version};
use super::findings::{Access, Dependency, Reason};
use super::glob::{Glob, Variables};
use crate::core::policy::Effect;

/// Whether a statement applies to a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applies {
    No,
    Yes,
    Maybe(Vec<Reason>),
}

impl Applies {
    /// Both must apply: "no" wins, then "maybe" (reasons gathered), then "yes".
    pub fn and(self, other: Applies) -> Applies {
        match (self, other) {
            (Applies::No, _) | (_, Applies::No) => Applies::No,
            (Applies::Yes, x) | (x, Applies::Yes) => x,
            (Applies::Maybe(mut a), Applies::Maybe(b)) => {
                a.extend(b);
                Applies::Maybe(a)
            }
        }
    }

    /// Any one applying is enough: "yes" wins, then "maybe", then "no".
    pub fn or(self, other: Applies) -> Applies {
        match (self, other) {
            (Applies::Yes, _) | (_, Applies::Yes) => Applies::Yes,
            (Applies::No, x) | (x, Applies::No) => x,
            (Applies::Maybe(mut a), Applies::Maybe(b)) => {
                a.extend(b);
                Applies::Maybe(a)
            }
        }
    }

    pub fn negate(self) -> Applies {
        match self {
            Applies::Yes => Applies::No,
            Applies::No => Applies::Yes,
            maybe => maybe,
        }
    }

    pub fn from_bool(b: bool) -> Applies {
        if b {
            Applies::Yes
        } else {
            Applies::No
        }
    }
}

/// How `${…}` reads in a pattern, by policy language version.
pub fn variables(version: Version) -> Variables {
    match version {
        Version::V2012 => Variables::Substituted,
        Version::V2008 => Variables::Literal,
    }
}

/// Whether `Action` / `NotAction` covers `action`.
pub fn action_applies(patterns: &Patterns, action: &str) -> bool {
    let any = patterns
        .values
        .iter()
        .any(|p| Glob::action(p).matches(action));
    any != patterns.negated
}

/// Whether `Resource` / `NotResource` covers `resource`. A policy variable makes a match
/// uncertain: its value is only known when the request is made.
pub fn resource_applies(patterns: &Patterns, resource: &str, version: Version) -> Applies {
    let mut result = Applies::No;
    for pattern in &patterns.values {
        let (glob, has_variable) = Glob::arn(pattern, variables(version));
        if glob.matches(resource) {
            result = result.or(if has_variable {
                Applies::Maybe(vec![Reason::Variable {
                    pattern: pattern.clone(),
                }])
            } else {
                Applies::Yes
            });
        }
    }
    if patterns.negated {
        result.negate()
    } else {
        result
    }
}

/// Conditions nothing here can evaluate: each makes the statement's effect uncertain.
fn unknown_conditions(conditions: &[Condition]) -> Applies {
    if conditions.is_empty() {
        Applies::Yes
    } else {
        Applies::Maybe(conditions.iter().map(condition_reason).collect())
    }
}

pub fn condition_reason(condition: &Condition) -> Reason {
    Reason::Condition {
        operator: condition.operator.clone(),
        key: condition.key.clone(),
    }
}

/// Whether an identity-policy statement applies to `action` on `resource`.
pub fn identity_applies(
    statement: &Statement,
    version: Version,
    action: &str,
    resource: &str,
) -> Applies {
    if !action_applies(&statement.action, action) {
        return Applies::No;
    }
    let resource_part = match &statement.resource {
        Some(patterns) => resource_applies(patterns, resource, version),
        None => Applies::No,
    };
    resource_part.and(unknown_conditions(&statement.conditions))
}

/// Combines what each statement says about one request into the reader's answer.
pub fn access(document: &Document, applies: impl Fn(&Statement) -> Applies) -> Access {
    let mut allowed = false;
    let mut denied_by = None;
    let mut allow_deps = Vec::new();
    let mut deny_deps = Vec::new();
    for statement in &document.statements {
        let deps = match (applies(statement), statement.effect) {
            (Applies::No, _) => continue,
            (Applies::Yes, Effect::Allow) => {
                allowed = true;
                continue;
            }
            (Applies::Yes, Effect::Deny) => {
                denied_by.get_or_insert(statement.number);
                continue;
            }
            (Applies::Maybe(reasons), Effect::Allow) => (&mut allow_deps, reasons),
            (Applies::Maybe(reasons), Effect::Deny) => (&mut deny_deps, reasons),
        };
        let (list, reasons) = deps;
        list.extend(reasons.into_iter().map(|reason| Dependency {
            statement: statement.number,
            effect: statement.effect,
            reason,
        }));
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

/// The principal forms that name a whole account: its ID, or its `root` ARN.
pub fn names_account(value: &str, account: &str) -> bool {
    value == account || value == format!("arn:aws:iam::{account}:root")
}

/// Whether `Principal` / `NotPrincipal` covers Braze's account calling `sts:AssumeRole`.
/// A specific user or role of Braze's account may or may not be the one Braze calls from:
/// Braze publishes only the account, so that is a "maybe".
pub fn principal_applies(spec: &PrincipalSpec, negated: bool, account: &str) -> Applies {
    let own_prefix = format!("arn:aws:iam::{account}:");
    let result = match spec {
        PrincipalSpec::Any => Applies::Yes,
        PrincipalSpec::Map(entries) => {
            let mut result = Applies::No;
            for (kind, values) in entries {
                if kind != "AWS" {
                    continue;
                }
                for value in values {
                    let this = if value == "*" || names_account(value, account) {
                        Applies::Yes
                    } else if value.starts_with(&own_prefix) {
                        Applies::Maybe(vec![Reason::Principal {
                            principal: value.clone(),
                        }])
                    } else {
                        Applies::No
                    };
                    result = result.or(this);
                }
            }
            result
        }
    };
    if negated {
        result.negate()
    } else {
        result
    }
}

pub const ASSUME_ROLE: &str = "sts:AssumeRole";
pub const EXTERNAL_ID_KEY: &str = "sts:ExternalId";

/// Whether a condition is about the external ID (condition keys are case-insensitive).
pub fn is_external_id(condition: &Condition) -> bool {
    condition.key.eq_ignore_ascii_case(EXTERNAL_ID_KEY)
}

/// Evaluates the external ID conditions against the one Braze presents; every other
/// condition is unknown here.
pub fn trust_conditions(conditions: &[Condition], external_id: &str) -> Applies {
    conditions
        .iter()
        .map(|condition| {
            if !is_external_id(condition) {
                return Applies::Maybe(vec![condition_reason(condition)]);
            }
            match condition.operator.as_str() {
                "StringEquals" => {
                    Applies::from_bool(condition.values.iter().any(|v| v == external_id))
                }
                "StringLike" => Applies::from_bool(
                    condition
                        .values
                        .iter()
                        .any(|v| Glob::plain(v).matches(external_id)),
                ),
                _ => Applies::Maybe(vec![condition_reason(condition)]),
            }
        })
        .fold(Applies::Yes, Applies::and)
}

/// Whether a trust-policy statement applies to Braze's account assuming the role with
/// `external_id`.
pub fn trust_applies(statement: &Statement, account: &str, external_id: &str) -> Applies {
    if !action_applies(&statement.action, ASSUME_ROLE) {
        return Applies::No;
    }
    let principal = match statement.principal() {
        Some((spec, negated)) => principal_applies(spec, negated, account),
        None => Applies::No,
    };
    principal.and(trust_conditions(&statement.conditions, external_id))
}
