//! The preflight: a read-only AWS CLI script the reader runs in their own account
//! ([`script`]), the report it prints, read back bounded and without panics ([`read_report`]),
//! and the findings the widget shows for it ([`check`]), judged by the policy checker's
//! evaluator ([`crate::core::checker::account`]). Nothing here touches the browser or a clock:
//! "now" is a parameter.
//!
//! The report format (docs/contract.md, "Preflight report"): a line
//! `# braze-s3-companion preflight v1`, a header object with the values the script ran with,
//! one JSON object per AWS CLI call, and `# end <number of calls>`.

mod bucket;
mod check;
mod identity;
mod report;
mod script;

pub use check::check;
pub use report::{
    read_report, CallStatus, Header, PreflightReport, Record, ReportProblem, MAX_RECORDS,
    MAX_REPORT_BYTES, VERSION_LINE,
};
pub use script::script;

use super::snippet_id::SnippetId;
use super::text::Msg;

/// One check of the preflight: its public id is `data-preflight-check` (docs/contract.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckId {
    /// Not a check: the report was made for other values than the reader's.
    Report,
    BucketExists,
    BucketRegion,
    DefaultEncryption,
    ObjectLock,
    BucketPolicy,
    IdentityPolicy,
    PermissionsBoundary,
    TrustPolicy,
    AccessKey,
}

impl CheckId {
    pub fn key(self) -> &'static str {
        match self {
            Self::Report => "report",
            Self::BucketExists => "bucket-exists",
            Self::BucketRegion => "bucket-region",
            Self::DefaultEncryption => "default-encryption",
            Self::ObjectLock => "object-lock",
            Self::BucketPolicy => "bucket-policy",
            Self::IdentityPolicy => "identity-policy",
            Self::PermissionsBoundary => "permissions-boundary",
            Self::TrustPolicy => "trust-policy",
            Self::AccessKey => "access-key",
        }
    }
}

/// A finding's verdict: `data-status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Pass,
    Fail,
    Warn,
    /// The report does not tell (the call was refused, failed, or is not in the report).
    Unknown,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Fail => "fail",
            Self::Warn => "warn",
            Self::Unknown => "unknown",
        }
    }
}

/// What one check found, as data: a sentence, and where it helps, the fix and the snippet
/// that fixes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub id: CheckId,
    pub status: Status,
    pub message: Msg,
    pub fix: Option<Msg>,
    pub snippet: Option<SnippetId>,
}

impl Finding {
    fn new(id: CheckId, status: Status, message: Msg) -> Self {
        Self {
            id,
            status,
            message,
            fix: None,
            snippet: None,
        }
    }

    fn fix(mut self, fix: Msg) -> Self {
        self.fix = Some(fix);
        self
    }

    fn snippet(mut self, snippet: SnippetId) -> Self {
        self.snippet = Some(snippet);
        self
    }
}
