//! "Paste what Braze said": reads an error message Braze showed (Test Credentials, an alert, an
//! export that failed), picks the symptom it belongs to, pulls out the bucket, the identity
//! and the action it names, and says where they differ from what the reader entered.
//!
//! Braze's messages (docs/facts.md, "Braze's error messages") quote AWS: the action names
//! (`PutObject`, `kms:GenerateDataKey`, `s3:GetBucketLocation`), the ARNs and the bucket stay
//! as they are whatever the language of the dashboard, so the reading keys on them, not on the
//! sentence around them. Only the first [`MAX_READ_CHARS`] characters are read.

use super::config::{AuthMethod, Config};
use super::text::Msg;
use super::troubleshoot::Symptom;
use crate::msg;

/// Far beyond any message Braze shows; bounds the work on a hostile paste.
pub const MAX_READ_CHARS: usize = 4_000;

/// What a pasted message says, as far as the widget can tell.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    /// The symptom the message belongs to; `None`: not recognised.
    pub symptom: Option<Symptom>,
    /// The bucket the message names (`'acme' bucket`, `arn:aws:s3:::acme/…`).
    pub bucket: Option<String>,
    /// The identity Braze used: an assumed role or an IAM user, by name.
    pub identity: Option<Identity>,
    /// The AWS action refused (`s3:PutObject`, `kms:GenerateDataKey`).
    pub action: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Identity {
    Role(String),
    User(String),
}

/// Reads `text` (see the module's comment).
pub fn read(text: &str) -> Reading {
    let text: String = text.chars().take(MAX_READ_CHARS).collect();
    let lower = text.to_ascii_lowercase();
    let has = |needle: &str| lower.contains(needle);
    let symptom = if has("generatedatakey") || has("kms:") {
        Some(Symptom::KmsGenerateDataKey)
    } else if has("object lock") || has("objectlock") || has("content-md5") {
        Some(Symptom::ObjectLock)
    } else if has("sts:assumerole") {
        Some(Symptom::InvalidRightAfterRole)
    } else if has("unable to connect to s3") || has("getobject") {
        Some(Symptom::DownloadLinksFail)
    } else if has("putobject")
        || has("getbucketlocation")
        || has("check additional permissions")
        || has("accessdenied")
        || has("access denied")
        || has("not authorized to perform")
    {
        Some(Symptom::PutObjectDenied)
    } else {
        None
    };
    Reading {
        symptom,
        bucket: quoted_bucket(&text).or_else(|| arn_bucket(&text)),
        identity: identity(&text),
        action: action(&text),
    }
}

/// What differs between the message and the reader's configuration, one sentence each.
pub fn differences(reading: &Reading, config: &Config) -> Vec<Msg> {
    let mut out = Vec::new();
    if let Some(bucket) = &reading.bucket {
        if !config.bucket.is_empty() && *bucket != config.bucket {
            out.push(msg!(
                "braze-error-other-bucket",
                tried = bucket,
                configured = &config.bucket
            ));
        }
    }
    match (&reading.identity, config.auth) {
        (Some(Identity::Role(role)), AuthMethod::RoleArn) if role != config.role_name() => out
            .push(msg!(
                "braze-error-other-role",
                tried = role,
                configured = config.role_name()
            )),
        (Some(Identity::User(user)), AuthMethod::SecretKey) if user != config.user_name() => out
            .push(msg!(
                "braze-error-other-user",
                tried = user,
                configured = config.user_name()
            )),
        (Some(Identity::Role(role)), AuthMethod::SecretKey) => {
            out.push(msg!("braze-error-role-not-key", tried = role))
        }
        (Some(Identity::User(user)), AuthMethod::RoleArn) => {
            out.push(msg!("braze-error-user-not-role", tried = user))
        }
        _ => {}
    }
    out
}

/// The characters of a bucket name (the naming rules allow no others).
fn is_bucket_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-'
}

fn plausible_bucket(name: &str) -> bool {
    (3..=63).contains(&name.len()) && name.chars().all(is_bucket_char)
}

/// The word for "bucket" as Braze's message may say it in the widget's languages (the AWS
/// console's word too, for Spanish): the name is quoted next to it, before or after.
const BUCKET_WORDS: [&str; 5] = ["bucket", "compartiment", "contenedor", "バケット", "버킷"];

/// Quote marks a message may put around a name, whatever its language.
const QUOTES: [char; 9] = ['\'', '"', '‘', '’', '“', '”', '«', '»', '「'];

/// `… to the 'acme' bucket`, `… au compartiment « acme »`: a quoted name beside the word for
/// bucket.
fn quoted_bucket(text: &str) -> Option<String> {
    let beside_word = |s: &str, before: bool| {
        let s = s.trim_matches(|c: char| c.is_whitespace() || c == '」');
        let lower = s.to_lowercase();
        BUCKET_WORDS.iter().any(|word| {
            if before {
                lower.ends_with(word)
            } else {
                lower.starts_with(word)
            }
        })
    };
    let parts: Vec<&str> = text.split(|c| QUOTES.contains(&c) || c == '」').collect();
    (1..parts.len().saturating_sub(1)).find_map(|i| {
        let inside = parts[i].trim();
        let named = beside_word(parts[i + 1], false) || beside_word(parts[i - 1], true);
        (named && plausible_bucket(inside)).then(|| inside.to_owned())
    })
}

/// `arn:aws:s3:::acme` or `arn:aws:s3:::acme/folder/…`.
fn arn_bucket(text: &str) -> Option<String> {
    let start = text.find("arn:aws:s3:::")? + "arn:aws:s3:::".len();
    let name: String = text[start..]
        .chars()
        .take_while(|c| is_bucket_char(*c))
        .collect();
    plausible_bucket(&name).then_some(name)
}

/// `arn:aws:sts::123456789012:assumed-role/ROLE/session` or `arn:aws:iam::123456789012:user/NAME`.
fn identity(text: &str) -> Option<Identity> {
    let name_after = |marker: &str| -> Option<String> {
        let start = text.find(marker)? + marker.len();
        let name: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || "+=,.@_-".contains(*c))
            .take(64)
            .collect();
        (!name.is_empty()).then_some(name)
    };
    name_after(":assumed-role/")
        .map(Identity::Role)
        .or_else(|| name_after(":user/").map(Identity::User))
}

/// `… not authorized to perform: kms:GenerateDataKey on …`, or the action a message names.
fn action(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    if let Some(at) = lower.find("to perform:") {
        let rest = text[at + "to perform:".len()..].trim_start();
        let action: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == ':' || *c == '*')
            .take(64)
            .collect();
        if action.contains(':') {
            return Some(action);
        }
    }
    if lower.contains("putobject") {
        return Some("s3:PutObject".to_owned());
    }
    None
}
