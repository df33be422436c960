//! What one check found, as data ([`Finding`]), and the sentences shared by the checks.

use serde_json::Value;

use super::super::snippets::AzureSnippet;
use crate::core::preflight::{CallStatus, Record};
use crate::core::text::Msg;
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

/// A finding's verdict: `data-status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Pass,
    Fail,
    Warn,
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

/// What one check found: a sentence, and where it helps, the fix and the snippet to use.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub id: CheckId,
    pub status: Status,
    pub message: Msg,
    pub fix: Option<Msg>,
    pub snippet: Option<AzureSnippet>,
}

impl Finding {
    pub(super) fn new(id: CheckId, status: Status, message: Msg) -> Self {
        Self {
            id,
            status,
            message,
            fix: None,
            snippet: None,
        }
    }

    pub(super) fn fix(mut self, fix: Msg, snippet: Option<AzureSnippet>) -> Self {
        self.fix = Some(fix);
        self.snippet = snippet;
        self
    }
}

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
