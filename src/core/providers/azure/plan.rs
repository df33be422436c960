//! What the generated files set up, as data ([`Plan`]), every value valid by the input rules;
//! or why a file waits ([`Waiting`]).

use super::rules::{self, Report};
use super::setup::{AzureAuth, AzureField, AzureSetup};
use crate::core::config::Integration;

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
    /// The plan for `setup` from the fields `needs`, or why there is none. `report` is
    /// [`Report::new`]`(setup)`.
    pub fn new(
        setup: &AzureSetup,
        report: &Report,
        needs: Vec<AzureField>,
    ) -> Result<Self, Waiting> {
        if rules::case_problem(setup).is_some() {
            return Err(Waiting::Case);
        }
        let bad: Vec<AzureField> = needs.into_iter().filter(|f| !report.is_ok(*f)).collect();
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
