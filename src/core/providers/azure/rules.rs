//! The input rules of Azure and Braze for the Azure Blob Storage fields, one function per
//! field, one message per broken rule (docs/facts.md, "Azure Blob Storage", input rules).

use super::secret::{self, Secret};
use super::setup::{AzureField, AzureSetup};
use crate::core::findings::{self, FieldReport, Graded, Severity};
use crate::core::invisible::{format_code_points, is_control, offending};
use crate::core::text::Msg;
use crate::msg;

pub const ACCOUNT_MIN: usize = 3;
pub const ACCOUNT_MAX: usize = 24;
pub const CONTAINER_MIN: usize = 3;
pub const CONTAINER_MAX: usize = 63;
pub const PREFIX_MAX: usize = 1024;
pub const RESOURCE_GROUP_MAX: usize = 90;

/// One broken rule, with what its message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    /// The field holds a secret: refused whole, its text never shown.
    Secret(Secret),
    AccountLength {
        len: usize,
    },
    /// Anything but `a-z 0-9` (capitals included).
    AccountCharacters {
        found: String,
    },
    ContainerLength {
        len: usize,
    },
    ContainerUppercase,
    ContainerCharacters {
        found: String,
    },
    /// The first character is not a letter or digit.
    ContainerStart,
    /// The last character is a dash.
    ContainerEnd,
    /// Two dashes in a row.
    ContainerDoubleDash,
    PrefixLength {
        len: usize,
    },
    /// Ends in `.` or `/`.
    PrefixEnd,
    /// Control characters (C0, DEL, C1, line and paragraph separators).
    PrefixControl {
        found: String,
    },
    /// Invisible format characters (Unicode Cf), as code points.
    PrefixInvisible {
        found: String,
    },
    ResourceGroupLength {
        len: usize,
    },
    ResourceGroupCharacters {
        found: String,
    },
    ResourceGroupEnd,
    /// Not a GUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`).
    Guid,
}

impl Problem {
    /// The localized explanation of the broken rule.
    pub fn message(&self) -> Msg {
        match self {
            Self::Required => msg!("azure-rule-required"),
            Self::Secret(secret) => secret.message(),
            Self::AccountLength { len } => msg!(
                "azure-rule-account-length",
                min = ACCOUNT_MIN,
                max = ACCOUNT_MAX,
                len = *len
            ),
            Self::AccountCharacters { found } => {
                msg!("azure-rule-account-characters", found = found)
            }
            Self::ContainerLength { len } => msg!(
                "azure-rule-container-length",
                min = CONTAINER_MIN,
                max = CONTAINER_MAX,
                len = *len
            ),
            Self::ContainerUppercase => msg!("azure-rule-container-uppercase"),
            Self::ContainerCharacters { found } => {
                msg!("azure-rule-container-characters", found = found)
            }
            Self::ContainerStart => msg!("azure-rule-container-start"),
            Self::ContainerEnd => msg!("azure-rule-container-end"),
            Self::ContainerDoubleDash => msg!("azure-rule-container-double-dash"),
            Self::PrefixLength { len } => {
                msg!("azure-rule-prefix-length", max = PREFIX_MAX, len = *len)
            }
            Self::PrefixEnd => msg!("azure-rule-prefix-end"),
            Self::PrefixControl { found } => msg!("azure-rule-prefix-control", found = found),
            Self::PrefixInvisible { found } => {
                msg!("azure-rule-prefix-invisible", found = found)
            }
            Self::ResourceGroupLength { len } => msg!(
                "azure-rule-resource-group-length",
                max = RESOURCE_GROUP_MAX,
                len = *len
            ),
            Self::ResourceGroupCharacters { found } => {
                msg!("azure-rule-resource-group-characters", found = found)
            }
            Self::ResourceGroupEnd => msg!("azure-rule-resource-group-end"),
            Self::Guid => msg!("azure-rule-guid"),
        }
    }
}

/// A problem found in one field.
pub type Finding = findings::Finding<AzureField, Problem>;

/// A storage account name: 3–24 lowercase letters and digits (Azure storage account naming).
pub fn storage_account(name: &str) -> Vec<Problem> {
    if name.is_empty() {
        return vec![Problem::Required];
    }
    let mut problems = Vec::new();
    let len = name.chars().count();
    if !(ACCOUNT_MIN..=ACCOUNT_MAX).contains(&len) {
        problems.push(Problem::AccountLength { len });
    }
    let found = offending(name, |c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if !found.is_empty() {
        problems.push(Problem::AccountCharacters { found });
    }
    problems
}

/// A container name: 3–63 characters of lowercase letters, digits and `-`, starting with a
/// letter or digit, every dash between two letters or digits (Azure container naming).
pub fn container(name: &str) -> Vec<Problem> {
    if name.is_empty() {
        return vec![Problem::Required];
    }
    let mut problems = Vec::new();
    let len = name.chars().count();
    if !(CONTAINER_MIN..=CONTAINER_MAX).contains(&len) {
        problems.push(Problem::ContainerLength { len });
    }
    if name.chars().any(|c| c.is_ascii_uppercase()) {
        problems.push(Problem::ContainerUppercase);
    }
    let found = offending(name, |c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c.is_ascii_uppercase()
    });
    if !found.is_empty() {
        problems.push(Problem::ContainerCharacters { found });
    }
    // A capital is a letter: it breaks the lowercase rule (above), not these.
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if !alnum(name.chars().next()) {
        problems.push(Problem::ContainerStart);
    }
    if name.len() > 1 && name.ends_with('-') {
        problems.push(Problem::ContainerEnd);
    }
    if name.contains("--") {
        problems.push(Problem::ContainerDoubleDash);
    }
    problems
}

/// Braze's optional prefix, a start of blob names: at most 1,024 characters, not ending in
/// `.` or `/` (Microsoft: avoid blob names that do), and no control or invisible format
/// character (the same care as the Amazon S3 folder path: what is stored must be what shows).
pub fn prefix(value: &str) -> Vec<Problem> {
    if value.is_empty() {
        return Vec::new();
    }
    let mut problems = Vec::new();
    let len = value.chars().count();
    if len > PREFIX_MAX {
        problems.push(Problem::PrefixLength { len });
    }
    if value.ends_with('.') || value.ends_with('/') {
        problems.push(Problem::PrefixEnd);
    }
    let found = offending(value, |c| !is_control(c));
    if !found.is_empty() {
        problems.push(Problem::PrefixControl { found });
    }
    let found = format_code_points(value);
    if !found.is_empty() {
        problems.push(Problem::PrefixInvisible { found });
    }
    problems
}

/// A resource group name: 1–90 letters, digits, `_ - . ( )`, not ending in `.` (Azure
/// resource naming rules). Azure counts letters and digits as .NET's `Char.IsLetterOrDigit`
/// does (Unicode letters, not combining marks); the widget takes ASCII letters and digits and
/// the non-ASCII letters it can tell apart from marks without Unicode tables (see
/// [`is_azure_letter`]), so no name it passes is refused by Azure, at the cost of refusing
/// some valid names in scripts with uncased letters other than Chinese, Japanese and Korean.
pub fn resource_group(name: &str) -> Vec<Problem> {
    if name.is_empty() {
        return vec![Problem::Required];
    }
    let mut problems = Vec::new();
    let len = name.chars().count();
    if len > RESOURCE_GROUP_MAX {
        problems.push(Problem::ResourceGroupLength { len });
    }
    let found = offending(name, |c| {
        c.is_ascii_alphanumeric() || "_-.()".contains(c) || is_azure_letter(c)
    });
    if !found.is_empty() {
        problems.push(Problem::ResourceGroupCharacters { found });
    }
    if name.ends_with('.') {
        problems.push(Problem::ResourceGroupEnd);
    }
    problems
}

/// A non-ASCII letter `Char.IsLetterOrDigit` surely accepts: a cased letter (Latin, Greek,
/// Cyrillic… never a combining mark, except the combining diacriticals block, excluded), or a
/// Chinese, Japanese or Korean letter (ideographs, kana without the voicing marks, Hangul).
fn is_azure_letter(c: char) -> bool {
    let cjk = matches!(c,
        '\u{3041}'..='\u{3098}' | '\u{309d}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' | '\u{f900}'..='\u{faff}'
        | '\u{1100}'..='\u{11ff}' | '\u{3131}'..='\u{318e}' | '\u{20000}'..='\u{2fa1f}');
    !c.is_ascii()
        && c.is_alphabetic()
        && !('\u{300}'..='\u{36f}').contains(&c)
        && (c.is_uppercase() || c.is_lowercase() || cjk)
}

/// A GUID as Azure writes tenant and client IDs: 8-4-4-4-12 hexadecimal digits.
pub fn guid(value: &str) -> Vec<Problem> {
    if value.is_empty() {
        return vec![Problem::Required];
    }
    if is_guid(value) {
        Vec::new()
    } else {
        vec![Problem::Guid]
    }
}

/// Whether `value` is a GUID in its usual 8-4-4-4-12 form, either case.
pub fn is_guid(value: &str) -> bool {
    let groups: Vec<&str> = value.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The problems of one field's text, a secret first: a field holding one is refused whole
/// and no other rule is reported (its text is never shown, even in part).
pub fn field(setup: &AzureSetup, field: AzureField) -> Vec<Problem> {
    let value = setup.value(field);
    if let Some(found) = secret::find(value) {
        return vec![Problem::Secret(found)];
    }
    match field {
        AzureField::StorageAccount => storage_account(value),
        AzureField::Container => container(value),
        AzureField::Prefix => prefix(value),
        AzureField::ResourceGroup => resource_group(value),
        AzureField::TenantId => guid(value),
        AzureField::ClientId if value.is_empty() => Vec::new(),
        AzureField::ClientId => guid(value),
    }
}

/// Every finding for the fields this case shows (a hidden field is not judged).
pub fn check(setup: &AzureSetup) -> Vec<Finding> {
    setup
        .fields()
        .into_iter()
        .flat_map(|f| {
            field(setup, f)
                .into_iter()
                .map(move |problem| Finding { field: f, problem })
        })
        .collect()
}

/// The case's problem that is no field's: the certificate method with an integration other
/// than Currents ("available for Braze Currents only", Braze's Azure page).
pub fn case_problem(setup: &AzureSetup) -> Option<Msg> {
    (!setup.auth.supports(setup.integration)).then(|| msg!("azure-rule-certificate-currents-only"))
}

/// The outcome of [`check`], asked field by field.
pub type Report = FieldReport<AzureField, Problem>;

impl Report {
    pub fn new(setup: &AzureSetup) -> Self {
        Self {
            findings: check(setup),
        }
    }
}

/// Every Azure rule is one Azure or Braze enforces: none is a mere caveat.
impl Graded for Problem {
    fn severity(&self) -> Severity {
        Severity::Error
    }
}
