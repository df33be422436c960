//! What a check found, as data ([`Finding`]), and the sentences shared by the checks.

use super::report::{CallStatus, Record};
use crate::core::snippet_id::SnippetId;
use crate::core::text::Msg;
use crate::msg;

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
    /// The role's ARN against the one this page gives Braze.
    RoleArn,
    AccessKey,
    /// Not a check: what no account shows of itself (AWS Organizations' SCPs and RCPs).
    Organizations,
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
            Self::RoleArn => "role-arn",
            Self::AccessKey => "access-key",
            Self::Organizations => "organizations",
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
/// that fixes it. One shape for every provider: `C` is the provider's checks, `S` its snippets
/// (Amazon S3's by default; Google Cloud Storage and Azure name their own).
#[derive(Clone, Debug, PartialEq)]
pub struct Finding<C = CheckId, S = SnippetId> {
    pub id: C,
    pub status: Status,
    pub message: Msg,
    pub fix: Option<Msg>,
    pub snippet: Option<S>,
}

impl<C, S> Finding<C, S> {
    pub(crate) fn new(id: C, status: Status, message: Msg) -> Self {
        Self {
            id,
            status,
            message,
            fix: None,
            snippet: None,
        }
    }

    pub(crate) fn fix(mut self, fix: Msg) -> Self {
        self.fix = Some(fix);
        self
    }

    /// The fix and, where one helps, its snippet.
    pub(crate) fn fix_with(mut self, fix: Msg, snippet: Option<S>) -> Self {
        self.fix = Some(fix);
        self.snippet = snippet;
        self
    }

    pub(crate) fn snippet(mut self, snippet: S) -> Self {
        self.snippet = Some(snippet);
        self
    }
}

/// Why a call's answer is not there: the finding for a check that cannot judge.
pub fn unknown(id: CheckId, record: Option<&Record>, call: &str) -> Finding {
    Finding::new(id, Status::Unknown, not_read(record, call))
}

/// The sentence for a call whose answer the report lacks.
pub fn not_read(record: Option<&Record>, call: &str) -> Msg {
    match record {
        None => msg!("preflight-unknown-absent", call = call),
        Some(r) if r.status == CallStatus::Denied => {
            msg!("preflight-unknown-denied", call = r.call.as_str())
        }
        Some(r) => msg!(
            "preflight-unknown-error",
            call = r.call.as_str(),
            error = r.error.as_deref().unwrap_or("")
        ),
    }
}

/// `"<action> <resource>"` pairs, joined for a message.
pub fn pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> (String, usize) {
    let list: Vec<String> = pairs.map(|(a, r)| format!("{a} {r}")).collect();
    (list.join(", "), list.len())
}
