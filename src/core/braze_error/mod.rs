//! "Paste what Braze said": reads an error message Braze showed (Test Credentials, an alert, an
//! export that failed), picks the symptom it belongs to, pulls out the bucket, the identity
//! and the action it names, and says where they differ from what the reader entered.
//!
//! Braze's messages (docs/facts.md, "Braze's error messages") quote AWS: the action names
//! (`PutObject`, `kms:GenerateDataKey`, `sts:AssumeRole`), the ARNs and the bucket stay as they
//! are whatever the language of the dashboard, so the reading keys on them, not on the sentence
//! around them. Only the first [`MAX_READ_CHARS`] characters are read, and the reading says so.
//!
//! Which action was refused: AWS's own `… is not authorized to perform: ACTION …` names it;
//! otherwise the action Braze quotes in its sentence (`'PutObject access'`). An action merely
//! mentioned elsewhere in the text decides nothing, and a bare "Access Denied" names none: the
//! reading then says that the action is unknown rather than guess one.

mod arn;
mod bucket;

pub use arn::{Identity, IdentityKind};
pub use bucket::{as_typed, AsTyped, Mistake};

use super::config::{AuthMethod, Config};
use super::text::Msg;
use super::troubleshoot::{self, Symptom};
use crate::msg;

/// Far beyond any message Braze shows (its longest, with AWS's ARNs, is under 500 characters);
/// bounds the work on a hostile or mistaken paste (a log file, 10 MB of text).
pub const MAX_READ_CHARS: usize = 4_000;

/// What a pasted message says, as far as the widget can tell.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    /// The symptom the message belongs to; `None`: none fits.
    pub symptom: Option<Symptom>,
    /// AWS refused a request, and the message does not say which action (a bare "Access
    /// Denied"): no symptom is chosen for the reader.
    pub denied_unknown_action: bool,
    /// The bucket the message names, exactly as written there (`'acme' bucket`,
    /// `arn:aws:s3:::acme/…`): wrongly typed names are kept as they are.
    pub bucket: Option<String>,
    /// The identity AWS refused (`User: ARN is not authorized …`): an IAM user, or the role
    /// whose session made the request. For `sts:AssumeRole` that is Braze's own role.
    pub caller: Option<Identity>,
    /// For an `sts:AssumeRole` refusal, the role Braze tried to assume: the reader's role, the
    /// resource of AWS's message. Its ARN as written is [`Self::role_arn`].
    pub role_to_assume: Option<Identity>,
    pub role_arn: Option<String>,
    /// The AWS action refused (`s3:PutObject`, `kms:GenerateDataKey`).
    pub action: Option<String>,
    /// The text was longer than [`MAX_READ_CHARS`]: only its start was read.
    pub cut: bool,
}

impl Reading {
    /// The reader's own identity the message names: the role Braze tried to assume, or else
    /// the identity refused (a user, or the reader's role that Braze had assumed).
    pub fn readers_identity(&self) -> Option<&Identity> {
        // Refused to assume the role: the caller is Braze's own role, never the reader's.
        if self.is_assume_role() || self.symptom == Some(Symptom::InvalidRightAfterRole) {
            self.role_to_assume.as_ref()
        } else {
            self.caller.as_ref()
        }
    }

    /// Whether AWS refused `sts:AssumeRole`: Braze could not assume the reader's role.
    pub fn is_assume_role(&self) -> bool {
        self.action
            .as_deref()
            .is_some_and(|a| a.eq_ignore_ascii_case("sts:AssumeRole"))
    }
}

/// Reads `text` (see the module's comment).
pub fn read(text: &str) -> Reading {
    let (text, cut) = match text.char_indices().nth(MAX_READ_CHARS) {
        Some((at, _)) => (&text[..at], true),
        None => (text, false),
    };
    let lower = text.to_ascii_lowercase();
    let refusal = lower.find("not authorized to perform");
    let arns = arn::all(text);
    // AWS's format: the caller's ARN before "not authorized", the resource's first after it.
    let (caller, resource) = match refusal {
        Some(at) => (
            arns.iter()
                .rev()
                .filter(|f| f.at < at)
                .find_map(|f| arn::caller(f.arn)),
            arns.iter().find(|f| f.at > at).map(|f| f.arn),
        ),
        None => (arns.iter().find_map(|f| arn::caller(f.arn)), None),
    };
    let action = refusal
        .and_then(|at| aws_action(&text[at..]))
        .or_else(|| braze_action(text));
    let assume = action
        .as_deref()
        .is_some_and(|a| a.eq_ignore_ascii_case("sts:AssumeRole"));
    let role_to_assume = resource.filter(|_| assume).and_then(arn::role);
    let symptom = symptom(&lower, action.as_deref());
    let denied = ["accessdenied", "access denied", "not authorized"]
        .iter()
        .any(|cue| lower.contains(cue));
    Reading {
        symptom,
        denied_unknown_action: symptom.is_none() && action.is_none() && denied,
        bucket: bucket::quoted(text).or_else(|| bucket::in_arn(text)),
        caller,
        role_arn: role_to_assume.as_ref().and(resource).map(str::to_owned),
        role_to_assume,
        action,
        cut,
    }
}

/// The symptom: Object Lock's own error first (it is no refusal), then the refused action,
/// then Braze's other sentences.
fn symptom(lower: &str, action: Option<&str>) -> Option<Symptom> {
    let has = |needle: &str| lower.contains(needle);
    if has("object lock") || has("objectlock") || has("content-md5") {
        return Some(Symptom::ObjectLock);
    }
    if let Some(action) = action {
        let action = action.to_ascii_lowercase();
        return if action.starts_with("kms:") {
            Some(Symptom::KmsGenerateDataKey)
        } else if action == "sts:assumerole" {
            Some(Symptom::InvalidRightAfterRole)
        } else if action == "s3:getobject" {
            Some(Symptom::DownloadLinksFail)
        } else if action.starts_with("s3:") {
            // PutObject, and the bucket reads Braze checks with it ("Check additional
            // permissions": s3:GetBucketLocation): the same fix, the generated policy.
            Some(Symptom::PutObjectDenied)
        } else {
            None
        };
    }
    if has("unable to connect to s3") {
        Some(Symptom::DownloadLinksFail)
    } else if has("generatedatakey") || has("kms:") {
        Some(Symptom::KmsGenerateDataKey)
    } else if has("check additional permissions") {
        Some(Symptom::PutObjectDenied)
    } else if has("sts:assumerole") {
        Some(Symptom::InvalidRightAfterRole)
    } else {
        None
    }
}

/// `not authorized to perform: kms:GenerateDataKey on …` (`rest` starts at "not authorized").
fn aws_action(rest: &str) -> Option<String> {
    let after = &rest["not authorized to perform".len()..];
    let after = after.trim_start().trim_start_matches(':').trim_start();
    let action: String = after
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == ':' || *c == '*')
        .take(128)
        .collect();
    action.contains(':').then_some(action)
}

/// The S3 actions Braze's policies grant: the ones its sentences can name.
const BRAZE_ACTIONS: [&str; 5] = [
    "PutObject",
    "GetObject",
    "DeleteObject",
    "ListBucket",
    "GetBucketLocation",
];

/// The action Braze quotes in its sentence: `'PutObject access'`, « PutObject », 「PutObject」.
fn braze_action(text: &str) -> Option<String> {
    bucket::quoted_spans(text).find_map(|inside| {
        let word = inside.split_whitespace().next()?;
        let word = word.strip_prefix("s3:").unwrap_or(word);
        BRAZE_ACTIONS.contains(&word).then(|| format!("s3:{word}"))
    })
}

/// One thing the message says that differs from the reader's configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// What differs (`data-braze-error-difference`): `bucket`, `identity`, `account`,
    /// `braze-account`, `role-path`.
    pub key: &'static str,
    pub text: Msg,
    /// Why it is wrong, one sentence each, keyed (`data-braze-error-reason`).
    pub reasons: Vec<(&'static str, Msg)>,
}

impl Difference {
    fn new(key: &'static str, text: Msg) -> Self {
        Self {
            key,
            text,
            reasons: Vec::new(),
        }
    }
}

/// What differs between the message and the reader's configuration.
pub fn differences(reading: &Reading, config: &Config) -> Vec<Difference> {
    let mut out = Vec::new();
    if let Some(raw) = &reading.bucket {
        out.extend(bucket_difference(raw, &config.bucket));
    }
    if let Some(identity) = reading.readers_identity() {
        identity_differences(reading, identity, config, &mut out);
    }
    out
}

fn bucket_difference(raw: &str, configured: &str) -> Option<Difference> {
    let typed = bucket::as_typed(raw);
    if typed.mistakes.is_empty() {
        return (!configured.is_empty() && raw != configured).then(|| {
            Difference::new(
                "bucket",
                msg!(
                    "braze-error-other-bucket",
                    tried = raw,
                    configured = configured
                ),
            )
        });
    }
    let text = if configured.is_empty() {
        msg!("braze-error-bucket-typed-alone", braze = raw)
    } else {
        msg!(
            "braze-error-bucket-typed",
            braze = raw,
            configured = configured
        )
    };
    let mut reasons: Vec<(&'static str, Msg)> = typed
        .mistakes
        .iter()
        .map(|m| (m.key(), mistake_reason(m)))
        .collect();
    // Compared as names: a bucket field of the widget typed with the same mistake is its own
    // validation's business.
    if !configured.is_empty() && typed.name != bucket::as_typed(configured).name {
        reasons.push((
            "other-bucket",
            msg!(
                "braze-error-bucket-other-name",
                name = &typed.name,
                configured = configured
            ),
        ));
    }
    Some(Difference {
        reasons,
        ..Difference::new("bucket", text)
    })
}

fn mistake_reason(mistake: &Mistake) -> Msg {
    match mistake {
        Mistake::Space => msg!("braze-error-bucket-space"),
        Mistake::Scheme => msg!("braze-error-bucket-scheme"),
        Mistake::Arn => msg!("braze-error-bucket-arn"),
        Mistake::Folder(folder) if folder.is_empty() => msg!("braze-error-bucket-slash"),
        Mistake::Folder(folder) => msg!("braze-error-bucket-folder", folder = folder),
        Mistake::UpperCase => msg!("braze-error-bucket-upper-case"),
    }
}

fn identity_differences(
    reading: &Reading,
    identity: &Identity,
    config: &Config,
    out: &mut Vec<Difference>,
) {
    let tried = identity.name.as_str();
    let assume = reading.is_assume_role();
    match (identity.kind, config.auth) {
        (IdentityKind::Role, AuthMethod::SecretKey) => out.push(Difference::new(
            "identity",
            msg!("braze-error-role-not-key", tried = tried),
        )),
        (IdentityKind::User, AuthMethod::RoleArn) => out.push(Difference::new(
            "identity",
            msg!("braze-error-user-not-role", tried = tried),
        )),
        (IdentityKind::User, AuthMethod::SecretKey) => {
            if tried != config.user_name() {
                out.push(Difference::new(
                    "identity",
                    msg!(
                        "braze-error-other-user",
                        tried = tried,
                        configured = config.user_name()
                    ),
                ));
            }
        }
        (IdentityKind::Role, AuthMethod::RoleArn) => {
            let configured = config.role_name();
            if tried != configured {
                out.push(Difference::new(
                    "identity",
                    if assume {
                        msg!(
                            "braze-error-other-role-to-assume",
                            tried = tried,
                            configured = configured
                        )
                    } else {
                        msg!(
                            "braze-error-other-role",
                            tried = tried,
                            configured = configured
                        )
                    },
                ));
            }
            // The guide's role has no path: an ARN with one names another role.
            if assume && identity.path != "/" {
                out.push(Difference::new(
                    "role-path",
                    msg!("braze-error-role-path", path = &identity.path),
                ));
            }
            if differs(&identity.account, &config.own_account) {
                out.push(Difference::new(
                    "account",
                    msg!(
                        "braze-error-other-account",
                        tried = &identity.account,
                        configured = &config.own_account
                    ),
                ));
            }
            // Refused to assume: the caller is Braze, from the account the trust policy must
            // name.
            let braze = reading.caller.as_ref().filter(|_| assume);
            if let Some(braze) = braze.filter(|b| differs(&b.account, &config.braze_account)) {
                out.push(Difference::new(
                    "braze-account",
                    msg!(
                        "braze-error-other-braze-account",
                        tried = &braze.account,
                        configured = &config.braze_account
                    ),
                ));
            }
        }
    }
}

/// Whether the account a message names differs from one the reader entered. Only a real account
/// ID is compared: Braze's own examples write `XXX`, and a reader may paste them as they are.
fn differs(named: &str, entered: &str) -> bool {
    let is_account = |id: &str| id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit());
    is_account(named) && !entered.is_empty() && named != entered
}

/// The symptoms a bare "Access Denied" can be, in this case: every refusal Braze may meet.
pub fn refusal_symptoms(config: &Config) -> Vec<Symptom> {
    troubleshoot::symptoms_for(config)
        .into_iter()
        .filter(|s| {
            matches!(
                s,
                Symptom::InvalidRightAfterRole
                    | Symptom::PutObjectDenied
                    | Symptom::KmsGenerateDataKey
                    | Symptom::DownloadLinksFail
            )
        })
        .collect()
}
