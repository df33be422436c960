//! The generated files for Azure Blob Storage, each a `[data-snippet]`: the Azure CLI script,
//! the openssl commands for the certificate, and Terraform. Each is built as data first
//! ([`Plan`], then [`super::cli`] commands, [`crate::core::iac::hcl`] blocks) and printed with
//! its language's quoting; nothing is built from a value the input rules refuse.

pub use super::plan::{Plan, Waiting};
use super::rules::Report;
use super::setup::{AzureAuth, AzureField, AzureSetup};
use super::{certificate, cli, terraform};
use crate::core::text::Msg;
use crate::msg;

/// One generated file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AzureSnippet {
    CliScript,
    Certificate,
    Terraform,
}

impl AzureSnippet {
    pub const ALL: [AzureSnippet; 3] = [Self::CliScript, Self::Certificate, Self::Terraform];

    /// The public id: `data-snippet` (issue 23's hooks).
    pub fn key(self) -> &'static str {
        match self {
            Self::CliScript => "azure-cli-script",
            Self::Certificate => "azure-certificate",
            Self::Terraform => "azure-terraform",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn title(self) -> Msg {
        match self {
            Self::CliScript => msg!("azure-snippet-cli-script"),
            Self::Certificate => msg!("azure-snippet-certificate"),
            Self::Terraform => msg!("azure-snippet-terraform"),
        }
    }

    /// The download's file name.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::CliScript => "braze-azure-setup.sh",
            Self::Certificate => "braze-azure-certificate.sh",
            Self::Terraform => "braze-azure.tf",
        }
    }

    /// Whether the case shows this file: the certificate only for its method.
    pub fn applies(self, setup: &AzureSetup) -> bool {
        match self {
            Self::Certificate => setup.auth == AzureAuth::CertificateServicePrincipal,
            _ => true,
        }
    }

    /// The fields the file is built from, in form order (the client ID only when typed: empty,
    /// the files create the app registration).
    pub fn needs(self, setup: &AzureSetup) -> Vec<AzureField> {
        match self {
            Self::Certificate => Vec::new(),
            Self::CliScript | Self::Terraform => {
                let mut fields = vec![
                    AzureField::StorageAccount,
                    AzureField::Container,
                    AzureField::ResourceGroup,
                ];
                if setup.auth == AzureAuth::CertificateServicePrincipal
                    && !setup.client_id.is_empty()
                {
                    fields.push(AzureField::ClientId);
                }
                fields
            }
        }
    }

    /// What the reader should know before running the file, for this case.
    pub fn notes(self, setup: &AzureSetup) -> Vec<Msg> {
        let certificate = setup.auth == AzureAuth::CertificateServicePrincipal;
        match self {
            Self::CliScript => {
                let mut notes = vec![
                    msg!("azure-note-cli-sign-in"),
                    msg!("azure-note-container-login"),
                ];
                notes.push(if certificate {
                    msg!("azure-note-cli-certificate")
                } else {
                    msg!("azure-note-connection-string-portal")
                });
                notes
            }
            Self::Certificate => vec![
                msg!(
                    "azure-note-certificate-files",
                    file = super::facts::COMBINED_PEM
                ),
                msg!("azure-note-certificate-expiry"),
            ],
            Self::Terraform => {
                let mut notes = vec![msg!("azure-note-terraform-versions")];
                if certificate {
                    notes.push(msg!("azure-note-terraform-certificate"));
                } else {
                    notes.push(msg!("azure-note-connection-string-portal"));
                }
                notes
            }
        }
    }
}

/// The plan of `snippet` for `setup`, or why there is none. `report` is
/// [`Report::new`]`(setup)`.
pub fn plan(setup: &AzureSetup, report: &Report, snippet: AzureSnippet) -> Result<Plan, Waiting> {
    Plan::new(setup, report, snippet.needs(setup))
}

/// The file `snippet` for `setup`, or why it waits. `report` is [`Report::new`]`(setup)`.
pub fn generate(
    snippet: AzureSnippet,
    setup: &AzureSetup,
    report: &Report,
) -> Result<String, Waiting> {
    if !snippet.applies(setup) {
        return Err(Waiting::Case);
    }
    let plan = plan(setup, report, snippet)?;
    Ok(match snippet {
        AzureSnippet::CliScript => cli::script(&plan),
        AzureSnippet::Certificate => certificate::script(),
        AzureSnippet::Terraform => terraform::configuration(&plan).to_text(),
    })
}
