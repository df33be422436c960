//! An identity policy against the case: each action × resource pair Braze needs on the
//! reader's bucket ([`required`]), and what the policy grants beyond that.

use super::document::Document;
use super::errors::{usable, InputProblem};
use super::eval::{access, identity_applies, variables};
use super::findings::{CheckResult, DocumentKind, Row, Verdict};
use super::glob::{Glob, Outcome};
use super::warnings::Warning;
use crate::core::config::{AuthMethod, Config};
use crate::core::policy::{identity_policy, Effect};
use crate::core::rules;
use crate::core::wildcard_note::bucket_examples;

/// One permission Braze needs: an action on a resource ARN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    pub action: String,
    pub resource: String,
}

/// The action × resource pairs the case needs on the reader's bucket, bucket pairs first:
/// those of the policy the guide writes for the case.
///
/// The actions are listed as Braze's page lists them (the secret-key policy); the resources
/// are those of the role policy, which names exactly the bucket and "every object", where the
/// secret-key policy widens the object resources to `BUCKET*`. "Every object" is the literal
/// resource `arn:aws:s3:::BUCKET/*`: a policy grants it only if one of its `Resource` patterns
/// matches that exact string. So a policy limited to `BUCKET/currents/*` is reported as
/// missing it: conservative, and what Braze's credential test needs.
pub fn required(config: &Config) -> Vec<Requirement> {
    // The one policy that covers the case (with both integrations, the combined one).
    let kind = config.integration.covering_policy();
    let listed = identity_policy(kind, &config.bucket, AuthMethod::SecretKey);
    let exact = identity_policy(kind, &config.bucket, AuthMethod::RoleArn);
    let mut pairs = Vec::new();
    for (actions, resources) in listed.statement.iter().zip(&exact.statement) {
        for resource in &resources.resource {
            pairs.extend(actions.action.iter().map(|action| Requirement {
                action: action.clone(),
                resource: resource.clone(),
            }));
        }
    }
    pairs
}

pub fn check_identity(document: &Document, config: &Config) -> CheckResult {
    if !usable(&rules::bucket(&config.bucket)) {
        return CheckResult::invalid(InputProblem::Bucket, None);
    }
    let requirements = required(config);
    let warnings = identity_warnings(document, config, &requirements);
    let rows: Vec<Row> = requirements
        .into_iter()
        .map(|r| Row {
            access: access(document, |s| {
                identity_applies(s, document.version, &r.action, &r.resource)
            }),
            action: r.action,
            resource: r.resource,
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
        notes: Vec::new(),
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
    for s in document
        .statements
        .iter()
        .filter(|s| s.effect == Effect::Allow)
    {
        let statement = s.number;
        if s.action.negated {
            warnings.push(Warning::NotAction { statement });
        } else {
            action_warnings(statement, &s.action.values, requirements, &mut warnings);
        }
        let Some(resource) = &s.resource else {
            continue;
        };
        if resource.negated {
            warnings.push(Warning::NotResource { statement });
            continue;
        }
        for pattern in &resource.values {
            if pattern == "*" {
                warnings.push(Warning::AllResources { statement });
                continue;
            }
            let (glob, _) = Glob::arn(pattern, variables(document.version));
            resource_warnings(statement, pattern, &glob, &config.bucket, &mut warnings);
        }
    }
    warnings
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
