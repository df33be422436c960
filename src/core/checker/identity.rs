//! An identity policy against the case: each of Braze's requests ([`required`]: an action on
//! the reader's bucket, or on every key Braze writes under a folder), judged by the evaluator
//! ([`crate::core::iam`]), and what the policy grants beyond that.

use super::document::{Document, Statement, Version};
use super::errors::{usable, InputProblem};
use super::findings::{CheckResult, DocumentKind, Note, Row, Verdict};
use super::warnings::Warning;
use crate::core::config::Config;
use crate::core::iam::evaluate::variables;
use crate::core::iam::{self, context_for, evaluate, Caller, Policies};
use crate::core::policy::Effect;
use crate::core::rules;
use crate::core::wildcard::sets::Budget;
use crate::core::wildcard::{Glob, Outcome};
use crate::core::wildcard_note::bucket_examples;

/// One of Braze's requests: an action on a resource (the bucket's ARN, or a folder's keys
/// written `arn:aws:s3:::BUCKET/currents/*`).
pub use crate::core::iam::Request as Requirement;

/// Braze's requests for the case, bucket requests first ([`iam::requests`]): the actions Braze
/// lists, on the bucket and on every key it writes (its folders for Currents, every key for
/// dashboard export and message archiving). A policy must grant each for every key.
pub fn required(config: &Config) -> Vec<Requirement> {
    iam::requests(config)
}

/// The SSE header Braze sends with its uploads, when its AES-256 option is on.
pub(crate) fn sse_header(config: &Config) -> Option<&'static str> {
    config.sse.then_some("AES256")
}

pub fn check_identity(document: &Document, config: &Config) -> CheckResult {
    if !usable(&rules::bucket(&config.bucket)) {
        return CheckResult::invalid(InputProblem::Bucket, None);
    }
    let requirements = required(config);
    let warnings = identity_warnings(document, config, &requirements);
    let documents = [document];
    let policies = Policies {
        identity: &documents,
        ..Policies::default()
    };
    let budget = Budget::default();
    let rows: Vec<Row> = requirements
        .into_iter()
        .map(|r| {
            let context = context_for(&r, &Caller::Unknown, sse_header(config));
            Row {
                access: evaluate(&policies, &Caller::Unknown, &context, &r, &budget).decision,
                action: r.action,
                resource: r.resource,
            }
        })
        .collect();
    let verdict = if rows.iter().all(|r| r.access.is_granted()) {
        Verdict::Sufficient
    } else {
        Verdict::Insufficient
    };
    CheckResult {
        verdict,
        kind: Some(DocumentKind::Identity),
        rows,
        warnings,
        trust: None,
        notes: vec![Note::OrganizationPolicies],
        error: None,
    }
}

const S3_PREFIX: &str = "arn:aws:s3:::";

/// What the `Allow` statements grant beyond `requirements`: every action, actions by wildcard
/// or not needed, every resource, other buckets, resources outside S3.
pub(super) fn identity_warnings(
    document: &Document,
    config: &Config,
    requirements: &[Requirement],
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for s in allows(document) {
        statement_warnings(s, document.version, config, requirements, &mut warnings);
    }
    warnings
}

/// Whether `document` grants beyond `requirements` something `known` (warnings without their
/// statement numbers) does not hold: `None` when it grants nothing beyond the need. The answer
/// [`identity_warnings`] gives, with less work: an account may hold 200 large policies, and
/// each judging asks this of every one. Each statement's warnings are its own, so they may be
/// read in any order: the actions of every statement first (names compared), then the
/// resources (wildcards searched, example buckets matched), stopping at the first unknown one.
pub(super) fn beyond_known(
    document: &Document,
    config: &Config,
    requirements: &[Requirement],
    known: &[Warning],
) -> Option<bool> {
    let mut any = false;
    let mut warnings = Vec::new();
    // One part of every statement read: whether a warning `known` does not hold is found.
    let mut unknown_in = |part: &dyn Fn(&Statement, &mut Vec<Warning>)| {
        allows(document).any(|s| {
            warnings.clear();
            part(s, &mut warnings);
            any |= !warnings.is_empty();
            warnings
                .iter()
                .any(|w| !known.contains(&w.without_statement()))
        })
    };
    if unknown_in(&|s, w| statement_actions(s, requirements, w))
        || unknown_in(&|s, w| statement_resources(s, document.version, config, w))
    {
        return Some(true);
    }
    any.then_some(false)
}

fn allows(document: &Document) -> impl Iterator<Item = &Statement> {
    document
        .statements
        .iter()
        .filter(|s| s.effect == Effect::Allow)
}

/// What one `Allow` statement grants beyond `requirements`: its actions, then its resources.
fn statement_warnings(
    s: &Statement,
    version: Version,
    config: &Config,
    requirements: &[Requirement],
    warnings: &mut Vec<Warning>,
) {
    statement_actions(s, requirements, warnings);
    statement_resources(s, version, config, warnings);
}

fn statement_actions(s: &Statement, requirements: &[Requirement], warnings: &mut Vec<Warning>) {
    let statement = s.number;
    if s.action.negated {
        warnings.push(Warning::NotAction { statement });
    } else {
        action_warnings(statement, &s.action.values, requirements, warnings);
    }
}

fn statement_resources(
    s: &Statement,
    version: Version,
    config: &Config,
    warnings: &mut Vec<Warning>,
) {
    let statement = s.number;
    let Some(resource) = &s.resource else {
        return;
    };
    if resource.negated {
        warnings.push(Warning::NotResource { statement });
        return;
    }
    for pattern in &resource.values {
        if pattern == "*" {
            warnings.push(Warning::AllResources { statement });
            continue;
        }
        let (glob, _) = Glob::arn(pattern, variables(version));
        resource_warnings(statement, pattern, &glob, &config.bucket, warnings);
    }
}

fn action_warnings(
    statement: usize,
    patterns: &[String],
    requirements: &[Requirement],
    warnings: &mut Vec<Warning>,
) {
    let mut extra: Vec<String> = Vec::new();
    for pattern in patterns {
        if pattern == "*" {
            warnings.push(Warning::AllActions { statement });
        } else if Glob::action(pattern).is_wild() {
            warnings.push(Warning::ActionWildcard {
                statement,
                pattern: pattern.clone(),
            });
        } else if !requirements
            .iter()
            .any(|r| r.action.eq_ignore_ascii_case(pattern))
            && !extra.contains(pattern)
        {
            extra.push(pattern.clone());
        }
    }
    if !extra.is_empty() {
        warnings.push(Warning::ExtraActions {
            statement,
            actions: extra,
        });
    }
}

/// Whether a resource pattern reaches past the reader's bucket: into another bucket's name
/// (the pattern can leave the bucket's name, or stop inside it), or outside `arn:aws:s3:::`.
fn resource_warnings(
    statement: usize,
    pattern: &str,
    glob: &Glob,
    bucket: &str,
    warnings: &mut Vec<Warning>,
) {
    let reference = format!("{S3_PREFIX}{bucket}/");
    let (ns, name_end) = (S3_PREFIX.len(), S3_PREFIX.len() + bucket.len());
    let other_bucket = glob.can_match(&reference, |o| match o {
        Outcome::Left(at) => at >= ns,
        Outcome::Inside(len) => len > ns && len < name_end,
        Outcome::Past => false,
    });
    let other_resource = glob.can_match(&reference, |o| matches!(o, Outcome::Left(at) if at < ns));
    if other_bucket {
        warnings.push(Warning::OtherBuckets {
            statement,
            pattern: pattern.to_owned(),
            examples: bucket_examples(bucket, glob),
        });
    }
    if other_resource {
        warnings.push(Warning::OtherResources {
            statement,
            pattern: pattern.to_owned(),
        });
    }
}
