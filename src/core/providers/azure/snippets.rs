//! The generated files for Azure Blob Storage, each a `[data-snippet]`: the Azure CLI script,
//! the openssl commands for the certificate, and Terraform. Each is built as data first
//! ([`Plan`], then [`super::cli`] commands, [`crate::core::iac::hcl`] blocks) and printed with
//! its language's quoting; nothing is built from a value the input rules refuse.

use super::rules::{self, Report};
use super::setup::{AzureAuth, AzureField, AzureSetup};
use super::{certificate, cli, terraform};
use crate::core::config::Integration;
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

/// Why a file is not offered yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Waiting {
    /// These fields must be valid first.
    Fields(Vec<AzureField>),
    /// The case itself is one Braze does not support (the certificate method outside
    /// Currents): [`rules::case_problem`] says why.
    Case,
}

/// What the generated files set up, as data: every value valid by the input rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub integration: Integration,
    pub auth: AzureAuth,
    pub storage_account: String,
    pub container: String,
    pub resource_group: String,
    /// The app registration's client ID when the reader typed one (certificate method).
    pub client_id: Option<String>,
}

impl Plan {
    /// The plan for `setup`, or why there is none. `report` is [`Report::new`]`(setup)`.
    pub fn new(
        setup: &AzureSetup,
        report: &Report,
        snippet: AzureSnippet,
    ) -> Result<Self, Waiting> {
        if rules::case_problem(setup).is_some() {
            return Err(Waiting::Case);
        }
        let bad: Vec<AzureField> = snippet
            .needs(setup)
            .into_iter()
            .filter(|f| !report.is_ok(*f))
            .collect();
        if !bad.is_empty() {
            return Err(Waiting::Fields(bad));
        }
        let certificate = setup.auth == AzureAuth::CertificateServicePrincipal;
        Ok(Self {
            integration: setup.integration,
            auth: setup.auth,
            storage_account: setup.storage_account.clone(),
            container: setup.container.clone(),
            resource_group: setup.resource_group.clone(),
            client_id: (certificate && !setup.client_id.is_empty())
                .then(|| setup.client_id.to_ascii_lowercase()),
        })
    }

    pub fn is_certificate(&self) -> bool {
        self.auth == AzureAuth::CertificateServicePrincipal
    }

    /// The integration in English, for the files' comments (generated code keeps English).
    pub fn integration_label(&self) -> &'static str {
        match self.integration {
            Integration::Currents => "Braze Currents",
            Integration::DashboardExport => "dashboard data export",
            Integration::Both => "Braze Currents and dashboard data export",
            Integration::MessageArchiving => "message archiving",
        }
    }

    pub fn auth_label(&self) -> &'static str {
        match self.auth {
            AzureAuth::ConnectionString => "connection string",
            AzureAuth::CertificateServicePrincipal => "certificate service principal",
        }
    }
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
    let plan = Plan::new(setup, report, snippet)?;
    Ok(match snippet {
        AzureSnippet::CliScript => cli::script(&plan),
        AzureSnippet::Certificate => certificate::script(),
        AzureSnippet::Terraform => terraform::configuration(&plan).to_text(),
    })
}
