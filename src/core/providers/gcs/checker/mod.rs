//! The checker of Google Cloud Storage: paste a role (`gcloud iam roles describe`, YAML or
//! JSON) and see what is missing, what is more than Braze needs, and what is in the wrong
//! scope; or paste the bucket's allow policy (`gcloud storage buckets get-iam-policy gs://B
//! --format=json`) and see whether the service account is bound on the bucket, and with which
//! roles. A pasted secret is refused with where it belongs, and nothing of it is kept.

pub mod policy;
pub mod role;
pub mod yaml_role;

pub use policy::{PolicyCheck, PolicyFinding};
pub use role::{RoleCheck, ScopeProblem};

use serde_json::Value;

use super::iam::{self, Role};
use super::secret::{self, Secret};
use super::setup::GcsSetup;
use crate::core::text::Msg;
use crate::msg;

/// Far more than any role or bucket policy (a predefined role lists a few thousand
/// permissions at most); a longer paste is refused unread.
pub const MAX_PASTE_BYTES: usize = 512 * 1024;

/// The verdict: `data-verdict`, as Amazon S3's checker spells it.
pub use crate::core::checker::Verdict;

/// What a pasted text is, and what the checker found in it.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Role(RoleCheck),
    Policy(PolicyCheck),
    /// A secret: refused, and nothing of it kept.
    Secret(Secret),
    Invalid(InputProblem),
}

impl Outcome {
    pub fn verdict(&self) -> Verdict {
        match self {
            Self::Role(check) => check.verdict(),
            Self::Policy(check) => check.verdict(),
            Self::Secret(_) | Self::Invalid(_) => Verdict::Invalid,
        }
    }
}

/// Why a text is neither a role nor a bucket policy this checker reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputProblem {
    Empty,
    TooLarge {
        max_kib: usize,
    },
    /// JSON, but neither a role nor an allow policy.
    NotRoleOrPolicy,
    /// Not JSON, and not the YAML of a role: the line where reading stopped.
    NotReadable {
        line: usize,
    },
    /// The YAML of an allow policy (gcloud's default output): the checker reads it as JSON.
    PolicyYaml,
}

impl InputProblem {
    pub fn message(&self) -> Msg {
        match self {
            Self::Empty => msg!("gcs-checker-empty"),
            Self::TooLarge { max_kib } => msg!("gcs-checker-too-large", kib = *max_kib),
            Self::NotRoleOrPolicy => msg!("gcs-checker-not-role"),
            Self::NotReadable { line } => msg!("gcs-checker-not-readable", line = *line),
            Self::PolicyYaml => msg!("gcs-checker-policy-yaml"),
        }
    }
}

/// Reads and judges a pasted text for the reader's setup.
pub fn check(text: &str, setup: &GcsSetup) -> Outcome {
    if let Some(secret) = secret::detect(text) {
        return Outcome::Secret(secret);
    }
    if text.len() > MAX_PASTE_BYTES {
        return Outcome::Invalid(InputProblem::TooLarge {
            max_kib: MAX_PASTE_BYTES / 1024,
        });
    }
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Outcome::Invalid(InputProblem::Empty);
    }
    if trimmed.starts_with('{') {
        let Ok(value) = serde_json::from_str::<Value>(trimmed) else {
            return Outcome::Invalid(InputProblem::NotReadable { line: 1 });
        };
        if let Some(role) = Role::from_json(&value) {
            return Outcome::Role(role::judge(&role, setup));
        }
        if let Some(bindings) = iam::bindings(&value) {
            return Outcome::Policy(policy::judge(&bindings, setup));
        }
        return Outcome::Invalid(InputProblem::NotRoleOrPolicy);
    }
    match yaml_role::read(trimmed) {
        Ok(role) => Outcome::Role(role::judge(&role, setup)),
        Err(_) if looks_like_policy_yaml(trimmed) => Outcome::Invalid(InputProblem::PolicyYaml),
        Err(yaml_role::YamlProblem::NoPermissions) => {
            Outcome::Invalid(InputProblem::NotRoleOrPolicy)
        }
        Err(
            yaml_role::YamlProblem::BadLine { line } | yaml_role::YamlProblem::Duplicate { line },
        ) => Outcome::Invalid(InputProblem::NotReadable { line }),
    }
}

/// gcloud's default (YAML) output of `get-iam-policy`: `bindings:` then `- members:`.
fn looks_like_policy_yaml(text: &str) -> bool {
    text.lines().any(|l| l.trim_end() == "bindings:")
}
