//! The path to change or rotate the credentials Braze uses for Azure Blob Storage, as data:
//! the connection string through the storage account's two access keys, the certificate
//! renewed before it ends (appended, Braze updated, then the old one removed), and switching
//! method. Braze's Azure page: "Edit Current", "Credentials", "Update Current"; Microsoft:
//! two access keys "to maintain connections using one key while regenerating the other".

use super::facts;
use super::setup::{AzureAuth, AzureSetup};
use crate::core::text::Msg;
use crate::msg;

/// One step: a sentence and, where a command does it, the command.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateStep {
    /// `data-update-step`.
    pub id: &'static str,
    pub text: Msg,
    pub command: Option<String>,
}

/// One part of the path: `data-update-part`.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdatePart {
    pub id: &'static str,
    pub title: Msg,
    pub steps: Vec<UpdateStep>,
}

fn step(id: &'static str, text: Msg) -> UpdateStep {
    UpdateStep {
        id,
        text,
        command: None,
    }
}

/// How long Braze keeps events while the credentials fail, for the reader's method.
pub fn expiry(setup: &AzureSetup) -> Msg {
    match setup.auth {
        AzureAuth::ConnectionString => {
            msg!(
                "azure-expiry-connection-string",
                hours = facts::CONNECTION_STRING_EXPIRY_HOURS
            )
        }
        AzureAuth::CertificateServicePrincipal => msg!("azure-expiry-certificate"),
    }
}

/// The parts for the reader's case: their method's rotation, then switching method.
pub fn path(setup: &AzureSetup) -> Vec<UpdatePart> {
    let client = if setup.client_id.is_empty() {
        "<client-id>".to_owned()
    } else {
        setup.client_id.to_ascii_lowercase()
    };
    let mut parts = Vec::new();
    match setup.auth {
        AzureAuth::ConnectionString => parts.push(UpdatePart {
            id: "rotate-access-key",
            title: msg!("azure-update-keys-title"),
            steps: vec![
                step("regenerate-unused", msg!("azure-update-keys-regenerate-unused")),
                step("update-braze", msg!("azure-update-keys-update-braze")),
                step("test", msg!("azure-update-keys-test")),
                step("regenerate-old", msg!("azure-update-keys-regenerate-old")),
            ],
        }),
        AzureAuth::CertificateServicePrincipal => parts.push(UpdatePart {
            id: "renew-certificate",
            title: msg!("azure-update-certificate-title"),
            steps: vec![
                step("new-certificate", msg!("azure-update-certificate-new")),
                UpdateStep {
                    id: "append",
                    text: msg!("azure-update-certificate-append"),
                    command: Some(format!(
                        "az ad app credential reset --id {client} --cert @cert.pem --append --years {}",
                        facts::CERTIFICATE_YEARS
                    )),
                },
                step("update-braze", msg!("azure-update-certificate-update-braze")),
                UpdateStep {
                    id: "remove-old",
                    text: msg!("azure-update-certificate-remove-old"),
                    command: Some(format!(
                        "az ad app credential list --id {client} --cert --query '[].{{keyId: keyId, endDateTime: endDateTime}}'\naz ad app credential delete --id {client} --cert --key-id <old-key-id>"
                    )),
                },
            ],
        }),
    }
    // Only Currents offers both methods (the certificate is Currents only).
    if setup.integration != crate::core::config::Integration::Currents {
        return parts;
    }
    parts.push(UpdatePart {
        id: "switch-method",
        title: msg!("azure-update-switch-title"),
        steps: vec![
            step("other-side", msg!("azure-update-switch-azure-side")),
            step("update-current", msg!("azure-update-switch-braze")),
        ],
    });
    parts
}
