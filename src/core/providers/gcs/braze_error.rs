//! "Paste what Braze said", for Google Cloud Storage: Braze's one literal error
//! ([`facts::BRAZE_ERROR_INVALID`]) read from a pasted text, what it means and what to check.
//! A pasted key is refused as everywhere else.

use super::facts;
use super::rules::GcsReport;
use super::secret::{self, Secret};
use super::setup::{GcsField, GcsSetup};
use crate::core::text::{Arg, Msg};
use crate::msg;

/// Far beyond Braze's message; bounds the work on a hostile paste.
pub const MAX_READ_CHARS: usize = 4_000;

/// What a pasted message is, as far as the widget can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Braze's "Google Cloud Storage Credentials are invalid … You do not have read
    /// permission." (whole or in part).
    CredentialsInvalid,
    /// Not a message the widget knows.
    Unknown,
}

/// Reads `text`, or refuses it when it holds a secret.
pub fn read(text: &str) -> Result<Reading, Secret> {
    if let Some(secret) = secret::detect(text) {
        return Err(secret);
    }
    let text: String = text.chars().take(MAX_READ_CHARS).collect();
    let lower = text.to_ascii_lowercase();
    let known = lower.contains("google cloud storage credentials are invalid")
        || lower.contains("you do not have read permission")
        || lower.contains("credentials string, bucket name, and prefix");
    Ok(if known {
        Reading::CredentialsInvalid
    } else {
        Reading::Unknown
    })
}

/// Braze's words, to show as they are (English on every language's page).
pub fn braze_says(reading: Reading) -> Option<&'static str> {
    (reading == Reading::CredentialsInvalid).then_some(facts::BRAZE_ERROR_INVALID)
}

/// What the message means and what to check, for the reader's setup.
pub fn explain(reading: Reading, setup: &GcsSetup, report: &GcsReport) -> Vec<Msg> {
    if reading == Reading::Unknown {
        return vec![msg!("gcs-error-unknown")];
    }
    let value = |field: GcsField, placeholder: Msg| {
        if report.is_ok(field) && !setup.value_or_default(field).is_empty() {
            Arg::Text(setup.value_or_default(field).to_owned())
        } else {
            Arg::Placeholder(Box::new(placeholder))
        }
    };
    let account = if report.is_ok(GcsField::ServiceAccount) && report.is_ok(GcsField::ProjectId) {
        Arg::Text(setup.service_account_email())
    } else {
        Arg::Placeholder(Box::new(msg!("gcs-placeholder-service-account")))
    };
    vec![
        msg!("gcs-error-meaning"),
        msg!(
            "gcs-error-check-permissions",
            account = account,
            permissions = facts::permissions(setup.hierarchical_namespace).join(", "),
            bucket = value(GcsField::Bucket, msg!("gcs-placeholder-bucket"))
        ),
        msg!(
            "gcs-error-check-values",
            bucket = value(GcsField::Bucket, msg!("gcs-placeholder-bucket"))
        ),
        msg!("gcs-error-check-key"),
        msg!("gcs-error-test"),
    ]
}
