//! The input rules of AWS and Braze, one function per rule, each with its own message.

mod iam_names;

use super::config::{AuthMethod, Config};
pub use iam_names::{iam_name, role_name, ROLE_PATH_MAX};
// Findings name the field they are about; its home is `field.rs`, with its limit.
pub use super::field::{Field, FOLDER_MAX_BYTES, S3_KEY_MAX_BYTES};
use super::findings::{self, FieldReport};
pub use super::findings::{Graded, Severity};
use super::invisible::{self, offending};
use super::query;
use super::text::Msg;
use crate::msg;

/// One broken rule, with what the message needs to explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    BucketLength {
        len: usize,
    },
    BucketUppercase,
    BucketCharacters {
        found: String,
    },
    BucketEdge,
    BucketDoubleDot,
    BucketIpAddress,
    BucketReservedPrefix {
        prefix: &'static str,
    },
    BucketReservedSuffix {
        suffix: &'static str,
    },
    BucketDots,
    AccountId,
    ExternalIdLength {
        len: usize,
    },
    ExternalIdCharacters {
        found: String,
    },
    NameLength {
        max: usize,
        len: usize,
    },
    NameCharacters {
        found: String,
    },
    /// A role's path (typed before its name) longer than IAM allows, slashes counted.
    RolePathLength {
        max: usize,
        len: usize,
    },
    /// A role's path with an empty segment (`a//b`).
    RolePathEmptySegment,
    /// Characters this widget does not write in a role's path.
    RolePathCharacters {
        found: String,
    },
    FolderLeadingSlash,
    FolderEmptySegment,
    FolderDotDot,
    /// Characters AWS advises against in object key names (see [`FOLDER_AVOIDED`]).
    FolderCharacters {
        found: String,
    },
    /// Longer than [`FOLDER_MAX_BYTES`] in UTF-8.
    FolderLength {
        bytes: usize,
    },
    /// Invisible format characters (Unicode Cf), as code points (`U+200B`).
    FolderInvisible {
        found: String,
    },
    /// Another connector already uses this folder path.
    FolderDuplicate,
    /// The path lies inside another connector's folder.
    FolderNested {
        parent: String,
    },
    /// The main folder path lies inside this connector's folder.
    FolderContains {
        child: String,
    },
    /// Too long for a link: the page's address and "copy link" leave the value out (it is
    /// refused by another rule too: every valid value fits a link).
    NotInLink,
}

impl Graded for Problem {
    fn severity(&self) -> Severity {
        match self {
            Problem::BucketDots | Problem::NotInLink => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl Problem {
    /// The localized explanation of the broken rule.
    pub fn message(&self) -> Msg {
        match self {
            Problem::Required => msg!("rule-required"),
            Problem::BucketLength { len } => msg!(
                "rule-bucket-length",
                min = BUCKET_MIN,
                max = BUCKET_MAX,
                len = *len
            ),
            Problem::BucketUppercase => msg!("rule-bucket-uppercase"),
            Problem::BucketCharacters { found } => {
                msg!("rule-bucket-characters", found = found)
            }
            Problem::BucketEdge => msg!("rule-bucket-edge"),
            Problem::BucketDoubleDot => msg!("rule-bucket-double-dot"),
            Problem::BucketIpAddress => msg!("rule-bucket-ip-address"),
            Problem::BucketReservedPrefix { prefix } => {
                msg!("rule-bucket-reserved-prefix", prefix = *prefix)
            }
            Problem::BucketReservedSuffix { suffix } => {
                msg!("rule-bucket-reserved-suffix", suffix = *suffix)
            }
            Problem::BucketDots => msg!("rule-bucket-dots"),
            Problem::AccountId => msg!("rule-account-id", digits = ACCOUNT_DIGITS),
            Problem::ExternalIdLength { len } => msg!(
                "rule-external-id-length",
                min = EXTERNAL_ID_MIN,
                max = EXTERNAL_ID_MAX,
                len = *len
            ),
            Problem::ExternalIdCharacters { found } => {
                msg!("rule-external-id-characters", found = found)
            }
            Problem::NameLength { max, len } => {
                msg!("rule-name-length", max = *max, len = *len)
            }
            Problem::NameCharacters { found } => msg!("rule-name-characters", found = found),
            Problem::RolePathLength { max, len } => {
                msg!("rule-role-path-length", max = *max, len = *len)
            }
            Problem::RolePathEmptySegment => msg!("rule-role-path-empty-segment"),
            Problem::RolePathCharacters { found } => {
                msg!("rule-role-path-characters", found = found)
            }
            Problem::FolderLeadingSlash => msg!("rule-folder-leading-slash"),
            Problem::FolderEmptySegment => msg!("rule-folder-empty-segment"),
            Problem::FolderDotDot => msg!("rule-folder-dot-dot"),
            Problem::FolderCharacters { found } => {
                msg!("rule-folder-characters", found = found)
            }
            Problem::FolderLength { bytes } => msg!(
                "rule-folder-length",
                max = FOLDER_MAX_BYTES,
                len = *bytes,
                key = S3_KEY_MAX_BYTES,
                room = S3_KEY_MAX_BYTES - FOLDER_MAX_BYTES
            ),
            Problem::FolderInvisible { found } => {
                msg!("rule-folder-invisible", found = found)
            }
            Problem::NotInLink => msg!("rule-not-in-link"),
            Problem::FolderDuplicate => msg!("rule-folder-duplicate"),
            Problem::FolderNested { parent } => msg!("rule-folder-nested", parent = parent),
            Problem::FolderContains { child } => msg!("rule-folder-contains", child = child),
        }
    }
}

/// A problem found in one field.
pub type Finding = findings::Finding<Field, Problem>;

pub const BUCKET_MIN: usize = 3;
pub const BUCKET_MAX: usize = Field::Bucket.max_bytes();
pub const ACCOUNT_DIGITS: usize = 12;
pub const EXTERNAL_ID_MIN: usize = 2;
pub const EXTERNAL_ID_MAX: usize = Field::ExternalId.max_bytes();
pub const USER_ROLE_NAME_MAX: usize = Field::UserName.max_bytes();
pub const POLICY_NAME_MAX: usize = Field::PolicyName.max_bytes();

const RESERVED_PREFIXES: [&str; 3] = ["xn--", "sthree-", "amzn-s3-demo-"];
const RESERVED_SUFFIXES: [&str; 5] = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

/// Every rule a bucket name breaks (AWS general purpose bucket naming rules), errors first.
pub fn bucket(name: &str) -> Vec<Problem> {
    if name.is_empty() {
        return vec![Problem::Required];
    }
    let mut problems = Vec::new();
    let len = name.chars().count();
    if !(BUCKET_MIN..=BUCKET_MAX).contains(&len) {
        problems.push(Problem::BucketLength { len });
    }
    if name.chars().any(|c| c.is_ascii_uppercase()) {
        problems.push(Problem::BucketUppercase);
    }
    let found = offending(name, |c| {
        c.is_ascii_lowercase()
            || c.is_ascii_digit()
            || c == '.'
            || c == '-'
            || c.is_ascii_uppercase()
    });
    if !found.is_empty() {
        problems.push(Problem::BucketCharacters { found });
    }
    // An uppercase letter is a letter: it breaks the lowercase rule (reported above), not this one.
    let edge_ok = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if !edge_ok(name.chars().next()) || !edge_ok(name.chars().last()) {
        problems.push(Problem::BucketEdge);
    }
    if name.contains("..") {
        problems.push(Problem::BucketDoubleDot);
    }
    if looks_like_ipv4(name) {
        problems.push(Problem::BucketIpAddress);
    }
    if let Some(prefix) = RESERVED_PREFIXES.iter().find(|p| name.starts_with(*p)) {
        problems.push(Problem::BucketReservedPrefix { prefix });
    }
    if let Some(suffix) = RESERVED_SUFFIXES.iter().find(|s| name.ends_with(*s)) {
        problems.push(Problem::BucketReservedSuffix { suffix });
    }
    if problems.is_empty() && name.contains('.') {
        problems.push(Problem::BucketDots);
    }
    problems
}

/// Four dot-separated groups of 1–3 digits, as AWS reads "formatted as an IP address".
fn looks_like_ipv4(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// An AWS account ID: exactly 12 digits.
pub fn account_id(value: &str) -> Vec<Problem> {
    if value.is_empty() {
        return vec![Problem::Required];
    }
    if value.len() == ACCOUNT_DIGITS && value.bytes().all(|b| b.is_ascii_digit()) {
        Vec::new()
    } else {
        vec![Problem::AccountId]
    }
}

/// An STS external ID: 2–1224 characters of `A-Za-z0-9 + = , . @ : / - _`.
pub fn external_id(value: &str) -> Vec<Problem> {
    if value.is_empty() {
        return vec![Problem::Required];
    }
    let mut problems = Vec::new();
    let len = value.chars().count();
    if !(EXTERNAL_ID_MIN..=EXTERNAL_ID_MAX).contains(&len) {
        problems.push(Problem::ExternalIdLength { len });
    }
    let found = offending(value, |c| {
        c.is_ascii_alphanumeric() || "+=,.@:/-_".contains(c)
    });
    if !found.is_empty() {
        problems.push(Problem::ExternalIdCharacters { found });
    }
    problems
}

/// The characters AWS lists under "Characters to avoid" in object key names (AWS object keys,
/// see docs/facts.md): backslash, braces, caret, percent, backtick, square brackets, quotation
/// marks, `<` `>`, tilde, `#` and `|`. Refused in a folder path because Braze writes every
/// object under it, and because these are the characters that break out of Markdown, HTML,
/// shell and URL contexts where the path is pasted. Non-printable characters (AWS: ASCII 0–31
/// and 127, and the 128–255 range) are refused by [`folder_char_allowed`] as Unicode control
/// characters (C0, DEL, C1) and line separators; printable non-ASCII letters stay allowed: S3
/// keys are UTF-8 and readers name folders in their language. The characters AWS says "might
/// require special handling" (`& $ @ = ; : + , ?`, space) are valid in keys and stay allowed.
pub const FOLDER_AVOIDED: &str = "\\{}^%`[]\"<>~#|";

/// Whether `c` may appear in a folder path, as far as AWS's list goes (the invisible format
/// characters are refused by a rule of their own, which names them: see [`folder`]).
pub fn folder_char_allowed(c: char) -> bool {
    !(FOLDER_AVOIDED.contains(c) || invisible::is_control(c))
}

/// A Currents folder path: an S3 key prefix with no leading `/`, no empty or `..` segment,
/// none of the characters AWS advises against in key names, no invisible format character,
/// at most [`FOLDER_MAX_BYTES`] bytes.
pub fn folder(value: &str) -> Vec<Problem> {
    if value.is_empty() {
        return vec![Problem::Required];
    }
    let mut problems = Vec::new();
    if value.starts_with('/') {
        problems.push(Problem::FolderLeadingSlash);
    }
    let segments = value.trim_start_matches('/').split('/');
    let segments: Vec<&str> = segments.collect();
    if segments.iter().any(|s| s.is_empty()) {
        problems.push(Problem::FolderEmptySegment);
    }
    if segments.contains(&"..") {
        problems.push(Problem::FolderDotDot);
    }
    let found = offending(value, folder_char_allowed);
    if !found.is_empty() {
        problems.push(Problem::FolderCharacters { found });
    }
    // Shown as themselves they would not be seen: named by code point instead.
    let found = invisible::format_code_points(value);
    if !found.is_empty() {
        problems.push(Problem::FolderInvisible { found });
    }
    if value.len() > FOLDER_MAX_BYTES {
        problems.push(Problem::FolderLength { bytes: value.len() });
    }
    problems
}

/// Whether key prefix `path` lies inside folder `parent` (`a/b` inside `a`, not `ab`).
pub fn nests_in(path: &str, parent: &str) -> bool {
    !parent.is_empty()
        && path.len() > parent.len()
        && path.starts_with(parent)
        && path[parent.len()..].starts_with('/')
}

/// Every finding for the fields this case shows. Fields hidden by the case are not checked.
pub fn check(config: &Config) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut add = |field: Field, problems: Vec<Problem>| {
        findings.extend(
            problems
                .into_iter()
                .map(|problem| Finding { field, problem }),
        );
    };
    add(Field::Bucket, bucket(&config.bucket));
    if config.integration.has_currents() {
        add(Field::Folder, folder(&config.folder));
        for (index, connector) in config.connectors.iter().enumerate() {
            let mut problems = folder(&connector.folder);
            // Compare with the main folder and with the connectors listed before this one.
            let earlier: Vec<&str> = config.folders().take(index + 1).collect();
            let others: Vec<&str> = config
                .folders()
                .enumerate()
                .filter(|(i, _)| *i != index + 1)
                .map(|(_, f)| f)
                .collect();
            if earlier.contains(&connector.folder.as_str()) {
                problems.push(Problem::FolderDuplicate);
            } else if let Some(parent) = others.iter().find(|o| nests_in(&connector.folder, o)) {
                problems.push(Problem::FolderNested {
                    parent: (*parent).to_owned(),
                });
            } else if nests_in(&config.folder, &connector.folder) {
                // The main folder has no row of its own: the conflict shows on this one.
                problems.push(Problem::FolderContains {
                    child: config.folder.clone(),
                });
            }
            add(Field::ConnectorFolder(connector.id), problems);
        }
    }
    match config.auth {
        AuthMethod::SecretKey => {
            add(
                Field::UserName,
                iam_name(config.user_name(), USER_ROLE_NAME_MAX),
            );
        }
        AuthMethod::RoleArn => {
            add(Field::BrazeAccount, account_id(&config.braze_account));
            add(Field::ExternalId, external_id(&config.external_id));
            add(
                Field::RoleName,
                role_name(config.value_or_default(Field::RoleName)),
            );
            if !config.own_account.is_empty() {
                add(Field::OwnAccount, account_id(&config.own_account));
            }
        }
    }
    // The longest derived name must fit, so check the base through each policy's full name.
    let longest = config
        .policy_kinds()
        .into_iter()
        .map(|kind| config.policy_name_for(kind))
        .max_by_key(|name| name.len())
        .unwrap_or_default();
    let mut name_problems = iam_name(config.policy_base_name(), POLICY_NAME_MAX);
    if name_problems.is_empty() {
        name_problems = iam_name(&longest, POLICY_NAME_MAX);
    }
    add(Field::PolicyName, name_problems);
    for field in query::left_out(config) {
        add(field, vec![Problem::NotInLink]);
    }
    findings
}

/// The outcome of [`check`], asked field by field.
pub type Report = FieldReport<Field, Problem>;

impl Report {
    pub fn new(config: &Config) -> Self {
        Self {
            findings: check(config),
        }
    }
}
