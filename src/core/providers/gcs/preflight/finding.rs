//! What a check of the Google Cloud Storage preflight found, as data.

use super::super::snippet_id::GcsSnippet;
use crate::core::preflight::{CallStatus, Record, Status};
use crate::core::text::Msg;
use crate::msg;

/// One check: its public id is `data-preflight-check` (docs/contract.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GcsCheck {
    /// Not a check: the report was made for other values than the reader's.
    Report,
    BucketExists,
    HierarchicalNamespace,
    CustomRole,
    ServiceAccount,
    Permissions,
    BindingScope,
    ExtraPermissions,
    PublicAccess,
    DenyPolicies,
    ServiceAccountKey,
}

impl GcsCheck {
    pub const ALL: [GcsCheck; 11] = [
        Self::Report,
        Self::BucketExists,
        Self::HierarchicalNamespace,
        Self::CustomRole,
        Self::ServiceAccount,
        Self::Permissions,
        Self::BindingScope,
        Self::ExtraPermissions,
        Self::PublicAccess,
        Self::DenyPolicies,
        Self::ServiceAccountKey,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Report => "report",
            Self::BucketExists => "bucket-exists",
            Self::HierarchicalNamespace => "hierarchical-namespace",
            Self::CustomRole => "custom-role",
            Self::ServiceAccount => "service-account",
            Self::Permissions => "permissions",
            Self::BindingScope => "binding-scope",
            Self::ExtraPermissions => "extra-permissions",
            Self::PublicAccess => "public-access",
            Self::DenyPolicies => "deny-policies",
            Self::ServiceAccountKey => "service-account-key",
        }
    }
}

/// What one check found (the preflight's one shape, with this provider's checks and snippets).
pub type Finding = crate::core::preflight::Finding<GcsCheck, GcsSnippet>;

/// A check that cannot judge: the call's answer is not in the report.
pub(super) fn unknown(id: GcsCheck, record: Option<&Record>, call: &str) -> Finding {
    Finding::new(id, Status::Unknown, not_read(record, call))
}

/// The sentence for a call whose answer the report lacks.
pub(super) fn not_read(record: Option<&Record>, call: &str) -> Msg {
    match record {
        None => msg!("gcs-preflight-unknown-absent", call = call),
        Some(r) if r.status == CallStatus::Denied => {
            msg!("gcs-preflight-unknown-denied", call = r.call.as_str())
        }
        Some(r) => msg!(
            "gcs-preflight-unknown-error",
            call = r.call.as_str(),
            error = r.error.as_deref().unwrap_or("")
        ),
    }
}
