//! Checks a policy the reader pasted against what their case needs.
//!
//! Two kinds of document are understood:
//! - an **identity policy** (the user's or role's permissions): each action × resource pair
//!   the chosen integration needs on the reader's bucket ([`required`]) is granted, missing,
//!   denied by an explicit `Deny`, or depends on a condition this check cannot evaluate;
//!   what the policy grants beyond that is listed as warnings;
//! - a **trust policy** (a role's `Principal` + `sts:AssumeRole`): whether Braze's account
//!   may assume the role, and whether the `sts:ExternalId` condition is there and equals the
//!   external ID the reader typed.
//!
//! The evaluation is the evaluator's ([`crate::core::iam`]: IAM's logic in one place, shared
//! with the preflight and the diagram); wildcards are the wildcard floor's
//! ([`crate::core::wildcard`]). Everything the reader sees is a [`Msg`](crate::core::text::Msg).
//!
//! Data flow: `check(text, config)` reads the text ([`parse`]), then checks it as an identity
//! policy ([`identity`]) or a trust policy ([`trust`]) → [`CheckResult`] ([`findings`],
//! [`warnings`]: verdict, rows, warnings, trust findings), or an error with line and column
//! ([`errors`]). Nothing here touches the browser.

pub mod account;
mod document;
mod errors;
mod findings;
mod identity;
mod parse;
mod trust;
mod warnings;

pub use errors::{CheckError, Expected, InputProblem};
pub use findings::{
    Access, CheckResult, Dependency, DocumentKind, ExternalIdFinding, Note, PrincipalFinding,
    Reason, Row, TrustReport, Verdict,
};
pub use identity::{required, Requirement};
pub use warnings::Warning;

use crate::core::config::Config;

/// How much the checker reads at most, in characters not counting whitespace: the largest
/// policy text IAM holds anywhere (the inline policies of a role, together: IAM quotas, role
/// policy size 10,240). A longer paste is refused unread ("more than 10,240"), which bounds
/// the work on hostile input.
pub const MAX_POLICY_CHARS: usize = 10_240;

/// The largest managed policy IAM stores (IAM quotas: managed policy size 6,144 characters,
/// whitespace not counted). The guide creates the identity policy as a managed policy, so a
/// pasted identity policy is judged by this limit.
pub const MANAGED_POLICY_MAX_CHARS: usize = 6_144;

/// The largest role trust policy IAM stores by default (IAM quotas: role trust policy length
/// 2,048 characters, whitespace not counted; a quota increase allows up to 4,096).
pub const TRUST_POLICY_MAX_CHARS: usize = 2_048;

/// Characters IAM counts: all but JSON whitespace outside strings. Stops counting past
/// `limit`, so a huge paste costs one pass at most.
fn policy_size(text: &str, limit: usize) -> usize {
    let (mut count, mut in_string, mut escaped) = (0usize, false, false);
    for c in text.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        } else if c == '"' {
            in_string = true;
        }
        count += 1;
        if count > limit {
            break;
        }
    }
    count
}

/// Checks `text` (a pasted policy) against what `config`'s case needs.
pub fn check(text: &str, config: &Config) -> CheckResult {
    if text.trim().is_empty() {
        return CheckResult::invalid(InputProblem::Empty, None);
    }
    let size = policy_size(text, MAX_POLICY_CHARS);
    if size > MAX_POLICY_CHARS {
        return CheckResult::invalid(
            InputProblem::TooLong {
                max: MAX_POLICY_CHARS,
            },
            None,
        );
    }
    let document = match parse::parse(text) {
        Ok(document) => document,
        Err(error) => {
            return CheckResult::invalid(error.problem, Some((error.line, error.column)));
        }
    };
    let has_principal = document.statements.iter().any(|s| s.principal.is_some());
    let has_resource = document.statements.iter().any(|s| s.resource.is_some());
    if has_principal && has_resource {
        return CheckResult::invalid(InputProblem::ResourcePolicy, None);
    }
    if has_principal {
        if size > TRUST_POLICY_MAX_CHARS {
            return CheckResult::invalid(
                InputProblem::TrustTooLong {
                    chars: size,
                    max: TRUST_POLICY_MAX_CHARS,
                },
                None,
            );
        }
        if let Some(s) = document.statements.iter().find(|s| s.principal.is_none()) {
            return CheckResult::invalid(
                InputProblem::TrustWithoutPrincipal {
                    statement: s.number,
                },
                None,
            );
        }
        trust::check_trust(&document, config)
    } else {
        if size > MANAGED_POLICY_MAX_CHARS {
            return CheckResult::invalid(
                InputProblem::IdentityTooLong {
                    chars: size,
                    max: MANAGED_POLICY_MAX_CHARS,
                },
                None,
            );
        }
        // IAM requires `Resource` or `NotResource` in every identity-policy statement.
        if let Some(s) = document.statements.iter().find(|s| s.resource.is_none()) {
            return CheckResult::invalid(
                InputProblem::MissingElement {
                    element: "Resource",
                    statement: Some(s.number),
                },
                None,
            );
        }
        identity::check_identity(&document, config)
    }
}
