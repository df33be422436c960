//! The validated values every generated file of Google Cloud Storage is built from. Nothing is
//! built from a value the rules refuse; on top of the rules every value must be [`is_inert`],
//! so no quote, `$`, backtick, space or new line can reach a script or a configuration.

use super::role::RoleDocument;
use super::rules::GcsReport;
use super::setup::{GcsField, GcsSetup};
use super::snippet_id::GcsSnippet;

/// The characters the rules allow at most in the values a file is built from; checked again so
/// that a later loosening of a rule cannot open a generator to injection.
pub fn is_inert(value: &str) -> bool {
    !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
}

/// The validated values a file is built from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub bucket: String,
    pub project_id: String,
    pub role_id: String,
    pub service_account: String,
    pub service_account_email: String,
    /// `projects/PROJECT/roles/ROLE_ID`.
    pub role_name: String,
    pub role: RoleDocument,
}

impl Plan {
    /// The plan for `setup`, or every field the files need that is not valid or not inert.
    pub fn new(setup: &GcsSetup, report: &GcsReport) -> Result<Self, Vec<GcsField>> {
        let bad: Vec<GcsField> = GcsSnippet::CliScript
            .needs()
            .iter()
            .copied()
            .filter(|f| !report.is_ok(*f) || !is_inert(setup.value_or_default(*f)))
            .collect();
        if !bad.is_empty() {
            return Err(bad);
        }
        Ok(Self {
            bucket: setup.bucket.clone(),
            project_id: setup.project_id.clone(),
            role_id: setup.role_id().to_owned(),
            service_account: setup.service_account().to_owned(),
            service_account_email: setup.service_account_email(),
            role_name: setup.role_name(),
            role: RoleDocument::new(setup),
        })
    }
}
