//! The input rules of Google Cloud for the reader's values, one function per field and one
//! message per broken rule (docs/facts.md, "Google Cloud Storage", "Input rules").

use super::secret::{self, Secret};
use super::setup::{GcsField, GcsSetup};
use crate::core::findings::{self, FieldReport};
pub use crate::core::findings::{Graded, Severity};
use crate::core::invisible::{is_invisible, offending};
use crate::core::text::Msg;
use crate::msg;

/// One broken rule, with what its message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    /// A secret typed into a field: refused whatever the field.
    Secret(Secret),
    BucketLength {
        len: usize,
        max: usize,
    },
    /// A dot-separated part of the name is empty or longer than 63 characters.
    BucketPart {
        len: usize,
    },
    BucketUppercase,
    BucketCharacters {
        found: String,
    },
    BucketEdge,
    BucketIpAddress,
    BucketGoogPrefix,
    BucketGoogle,
    /// Dots are allowed, but Google verifies that the reader owns the domain.
    BucketDots,
    ProjectLength {
        len: usize,
    },
    ProjectCharacters {
        found: String,
    },
    ProjectStart,
    ProjectTrailingHyphen,
    ProjectRestricted {
        word: &'static str,
    },
    RoleIdLength {
        len: usize,
    },
    RoleIdHyphen,
    RoleIdCharacters {
        found: String,
    },
    ServiceAccountLength {
        len: usize,
    },
    ServiceAccountCharacters {
        found: String,
    },
    ServiceAccountStart,
    ServiceAccountEnd,
    PrefixTooLong {
        bytes: usize,
    },
    PrefixLineBreak,
    PrefixDots,
    PrefixAcmeChallenge,
    /// Control or invisible format characters.
    PrefixInvisible,
    /// Characters Google advises against in object names (gcloud reads them as wildcards, or
    /// as a URL's fragment).
    PrefixAvoided {
        found: String,
    },
    HnsChoice,
}

pub const BUCKET_MIN: usize = 3;
pub const BUCKET_MAX: usize = 63;
pub const BUCKET_DOTTED_MAX: usize = 222;
pub const BUCKET_PART_MAX: usize = 63;
pub const PROJECT_MIN: usize = 6;
pub const PROJECT_MAX: usize = 30;
pub const ROLE_ID_MIN: usize = 3;
pub const ROLE_ID_MAX: usize = 64;
pub const SERVICE_ACCOUNT_MIN: usize = 6;
pub const SERVICE_ACCOUNT_MAX: usize = 30;
pub const PREFIX_MAX_BYTES: usize = 1024;
/// Strings Google names as restricted in project IDs ("such as": the list is Google's
/// examples; Google may refuse others when the project is created).
pub const PROJECT_RESTRICTED: [&str; 4] = ["google", "null", "undefined", "ssl"];
const ACME_CHALLENGE: &str = ".well-known/acme-challenge/";
/// Characters Google advises against in object names.
pub const PREFIX_AVOIDED: &str = "#[]*?";

impl Graded for Problem {
    fn severity(&self) -> Severity {
        match self {
            Problem::BucketDots | Problem::PrefixAvoided { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl Problem {
    /// The localized explanation of the broken rule.
    pub fn message(&self) -> Msg {
        match self {
            Problem::Required => msg!("gcs-rule-required"),
            Problem::Secret(secret) => secret.message(),
            Problem::BucketLength { len, max } => msg!(
                "gcs-rule-bucket-length",
                min = BUCKET_MIN,
                max = *max,
                len = *len
            ),
            Problem::BucketPart { len } => {
                msg!("gcs-rule-bucket-part", max = BUCKET_PART_MAX, len = *len)
            }
            Problem::BucketUppercase => msg!("gcs-rule-bucket-uppercase"),
            Problem::BucketCharacters { found } => {
                msg!("gcs-rule-bucket-characters", found = found)
            }
            Problem::BucketEdge => msg!("gcs-rule-bucket-edge"),
            Problem::BucketIpAddress => msg!("gcs-rule-bucket-ip-address"),
            Problem::BucketGoogPrefix => msg!("gcs-rule-bucket-goog-prefix"),
            Problem::BucketGoogle => msg!("gcs-rule-bucket-google"),
            Problem::BucketDots => msg!("gcs-rule-bucket-dots"),
            Problem::ProjectLength { len } => msg!(
                "gcs-rule-project-length",
                min = PROJECT_MIN,
                max = PROJECT_MAX,
                len = *len
            ),
            Problem::ProjectCharacters { found } => {
                msg!("gcs-rule-project-characters", found = found)
            }
            Problem::ProjectStart => msg!("gcs-rule-project-start"),
            Problem::ProjectTrailingHyphen => msg!("gcs-rule-project-trailing-hyphen"),
            Problem::ProjectRestricted { word } => {
                msg!("gcs-rule-project-restricted", word = *word)
            }
            Problem::RoleIdLength { len } => msg!(
                "gcs-rule-role-id-length",
                min = ROLE_ID_MIN,
                max = ROLE_ID_MAX,
                len = *len
            ),
            Problem::RoleIdHyphen => msg!("gcs-rule-role-id-hyphen"),
            Problem::RoleIdCharacters { found } => {
                msg!("gcs-rule-role-id-characters", found = found)
            }
            Problem::ServiceAccountLength { len } => msg!(
                "gcs-rule-service-account-length",
                min = SERVICE_ACCOUNT_MIN,
                max = SERVICE_ACCOUNT_MAX,
                len = *len
            ),
            Problem::ServiceAccountCharacters { found } => {
                msg!("gcs-rule-service-account-characters", found = found)
            }
            Problem::ServiceAccountStart => msg!("gcs-rule-service-account-start"),
            Problem::ServiceAccountEnd => msg!("gcs-rule-service-account-end"),
            Problem::PrefixTooLong { bytes } => msg!(
                "gcs-rule-prefix-too-long",
                max = PREFIX_MAX_BYTES,
                bytes = *bytes
            ),
            Problem::PrefixLineBreak => msg!("gcs-rule-prefix-line-break"),
            Problem::PrefixDots => msg!("gcs-rule-prefix-dots"),
            Problem::PrefixAcmeChallenge => msg!("gcs-rule-prefix-acme-challenge"),
            Problem::PrefixInvisible => msg!("gcs-rule-prefix-invisible"),
            Problem::PrefixAvoided { found } => msg!("gcs-rule-prefix-avoided", found = found),
            Problem::HnsChoice => msg!("gcs-rule-hns-choice"),
        }
    }
}

/// A secret in any field is refused before any other rule is read (and reported alone, so
/// that no message repeats a part of it).
fn secret_or(value: &str, rules: impl FnOnce(&str) -> Vec<Problem>) -> Vec<Problem> {
    match secret::detect(value) {
        Some(secret) => vec![Problem::Secret(secret)],
        None => rules(value),
    }
}

/// A bucket name (Google's bucket naming requirements), errors first.
pub fn bucket(name: &str) -> Vec<Problem> {
    secret_or(name, |name| {
        if name.is_empty() {
            return vec![Problem::Required];
        }
        let mut problems = Vec::new();
        let len = name.chars().count();
        let dotted = name.contains('.');
        let max = if dotted {
            BUCKET_DOTTED_MAX
        } else {
            BUCKET_MAX
        };
        if !(BUCKET_MIN..=max).contains(&len) {
            problems.push(Problem::BucketLength { len, max });
        }
        if dotted {
            if let Some(part) = name
                .split('.')
                .find(|p| p.is_empty() || p.chars().count() > BUCKET_PART_MAX)
            {
                problems.push(Problem::BucketPart {
                    len: part.chars().count(),
                });
            }
        }
        if name.chars().any(|c| c.is_ascii_uppercase()) {
            problems.push(Problem::BucketUppercase);
        }
        let found = offending(name, |c| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || "-_.".contains(c)
                || c.is_ascii_uppercase()
        });
        if !found.is_empty() {
            problems.push(Problem::BucketCharacters { found });
        }
        let edge_ok = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        if !edge_ok(name.chars().next()) || !edge_ok(name.chars().last()) {
            problems.push(Problem::BucketEdge);
        }
        if looks_like_ipv4(name) {
            problems.push(Problem::BucketIpAddress);
        }
        let lower = name.to_ascii_lowercase();
        if lower.starts_with("goog") {
            problems.push(Problem::BucketGoogPrefix);
        }
        if contains_google(&lower) {
            problems.push(Problem::BucketGoogle);
        }
        if problems.is_empty() && dotted {
            problems.push(Problem::BucketDots);
        }
        problems
    })
}

/// Four dot-separated groups of digits: a name Google reads as an IP address in dotted-decimal
/// notation (stricter than 0–255 per group: such a name is no use as a bucket name anyway).
fn looks_like_ipv4(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// "google", or a close misspelling that puts digits for the letters they look like
/// (`g00gle`, `goog1e`, `9oogle`): Google's own example is `g00gle`.
fn contains_google(lower: &str) -> bool {
    let folded: String = lower
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '1' => 'l',
            '3' => 'e',
            '6' | '9' => 'g',
            c => c,
        })
        .collect();
    folded.contains("google")
}

/// A project ID: 6–30 lowercase letters, digits and hyphens, starting with a letter, not ending
/// with a hyphen, none of the restricted strings.
pub fn project_id(value: &str) -> Vec<Problem> {
    secret_or(value, |value| {
        if value.is_empty() {
            return vec![Problem::Required];
        }
        let mut problems = Vec::new();
        let len = value.chars().count();
        if !(PROJECT_MIN..=PROJECT_MAX).contains(&len) {
            problems.push(Problem::ProjectLength { len });
        }
        let found = offending(value, |c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
        });
        if !found.is_empty() {
            problems.push(Problem::ProjectCharacters { found });
        }
        if !value.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
            problems.push(Problem::ProjectStart);
        }
        if value.ends_with('-') {
            problems.push(Problem::ProjectTrailingHyphen);
        }
        let lower = value.to_ascii_lowercase();
        if let Some(word) = PROJECT_RESTRICTED.iter().find(|w| lower.contains(*w)) {
            problems.push(Problem::ProjectRestricted { word });
        }
        problems
    })
}

/// A custom role ID: 3–64 letters, digits, `_` and `.`. A hyphen, the usual slip, has its own
/// message.
pub fn role_id(value: &str) -> Vec<Problem> {
    secret_or(value, |value| {
        let mut problems = Vec::new();
        let len = value.chars().count();
        if !(ROLE_ID_MIN..=ROLE_ID_MAX).contains(&len) {
            problems.push(Problem::RoleIdLength { len });
        }
        if value.contains('-') {
            problems.push(Problem::RoleIdHyphen);
        }
        let found = offending(value, |c| c.is_ascii_alphanumeric() || "_.-".contains(c));
        if !found.is_empty() {
            problems.push(Problem::RoleIdCharacters { found });
        }
        problems
    })
}

/// A service account ID: 6–30 characters matching `[a-z]([-a-z0-9]*[a-z0-9])`.
pub fn service_account(value: &str) -> Vec<Problem> {
    secret_or(value, |value| {
        let mut problems = Vec::new();
        let len = value.chars().count();
        if !(SERVICE_ACCOUNT_MIN..=SERVICE_ACCOUNT_MAX).contains(&len) {
            problems.push(Problem::ServiceAccountLength { len });
        }
        let found = offending(value, |c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
        });
        if !found.is_empty() {
            problems.push(Problem::ServiceAccountCharacters { found });
        }
        if !value.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
            problems.push(Problem::ServiceAccountStart);
        }
        if value.ends_with('-') {
            problems.push(Problem::ServiceAccountEnd);
        }
        problems
    })
}

/// Braze's optional prefix, by Google's object-name rules: at most 1,024 bytes of UTF-8, no
/// carriage return or line feed, not `.` or `..`, not under `.well-known/acme-challenge/`;
/// no control or invisible format character (the same care as the Amazon S3 folder path);
/// a warning for the characters Google advises against.
pub fn prefix(value: &str) -> Vec<Problem> {
    secret_or(value, |value| {
        let mut problems = Vec::new();
        if value.len() > PREFIX_MAX_BYTES {
            problems.push(Problem::PrefixTooLong { bytes: value.len() });
        }
        if value.contains(['\r', '\n']) {
            problems.push(Problem::PrefixLineBreak);
        }
        if value == "." || value == ".." {
            problems.push(Problem::PrefixDots);
        }
        if value.starts_with(ACME_CHALLENGE) {
            problems.push(Problem::PrefixAcmeChallenge);
        }
        if value
            .chars()
            .any(|c| c != '\r' && c != '\n' && is_invisible(c))
        {
            problems.push(Problem::PrefixInvisible);
        }
        let found = offending(value, |c| !PREFIX_AVOIDED.contains(c));
        if !found.is_empty() {
            problems.push(Problem::PrefixAvoided { found });
        }
        problems
    })
}

/// The hierarchical-namespace choice as text: `on` or `off`.
pub fn hierarchical_namespace(value: &str) -> Vec<Problem> {
    match super::setup::hns_from_key(value) {
        Some(_) => Vec::new(),
        None => vec![Problem::HnsChoice],
    }
}

/// A problem found in one field.
pub type Finding = findings::Finding<GcsField, Problem>;

/// Every finding for the setup's fields.
pub fn check(setup: &GcsSetup) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut add = |field: GcsField, problems: Vec<Problem>| {
        findings.extend(
            problems
                .into_iter()
                .map(|problem| Finding { field, problem }),
        );
    };
    add(GcsField::Bucket, bucket(&setup.bucket));
    add(GcsField::ProjectId, project_id(&setup.project_id));
    add(GcsField::RoleId, role_id(setup.role_id()));
    add(
        GcsField::ServiceAccount,
        service_account(setup.service_account()),
    );
    add(GcsField::Prefix, prefix(&setup.prefix));
    findings
}

/// The outcome of [`check`], asked field by field.
pub type GcsReport = FieldReport<GcsField, Problem>;

impl GcsReport {
    pub fn new(setup: &GcsSetup) -> Self {
        Self {
            findings: check(setup),
        }
    }
}
