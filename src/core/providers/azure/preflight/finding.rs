//! What one check found, as data ([`Finding`]), and the sentences shared by the checks.

use serde_json::Value;

use super::super::snippets::AzureSnippet;
pub use crate::core::preflight::Status;
use crate::core::preflight::{CallStatus, Record};
use crate::msg;

/// One check: its public id is `data-preflight-check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckId {
    Report,
    StorageAccount,
    Endpoint,
    SharedKey,
    NetworkAccess,
    ContainerExists,
    Tenant,
    AppRegistration,
    ServicePrincipal,
    Certificate,
    RoleAssignment,
}

impl CheckId {
    pub fn key(self) -> &'static str {
        match self {
            Self::Report => "report",
            Self::StorageAccount => "storage-account",
            Self::Endpoint => "endpoint",
            Self::SharedKey => "shared-key",
            Self::NetworkAccess => "network-access",
            Self::ContainerExists => "container-exists",
            Self::Tenant => "tenant",
            Self::AppRegistration => "app-registration",
            Self::ServicePrincipal => "service-principal",
            Self::Certificate => "certificate",
            Self::RoleAssignment => "role-assignment",
        }
    }
}

/// What one check found (the preflight's one shape, with this provider's checks and snippets).
pub type Finding = crate::core::preflight::Finding<CheckId, AzureSnippet>;

/// Why a call's answer is not there.
pub(super) fn not_read(id: CheckId, record: Option<&Record>, call: &str) -> Finding {
    let message = match record {
        None => msg!("azure-preflight-absent", call = call),
        Some(r) if r.status == CallStatus::Denied => {
            msg!("azure-preflight-denied", call = r.call.as_str())
        }
        Some(r) => msg!(
            "azure-preflight-error",
            call = r.call.as_str(),
            error = r.error.as_deref().unwrap_or("")
        ),
    };
    Finding::new(id, Status::Unknown, message)
}

pub(super) fn text<'a>(data: &'a Value, key: &str) -> Option<&'a str> {
    data.get(key).and_then(Value::as_str)
}
