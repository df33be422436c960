//! The guide of a provider other than Amazon S3 as data: only the steps of the reader's case,
//! in the order Braze's page gives them (docs/facts.md, "Google Cloud Storage" and "Azure Blob
//! Storage", set-up steps), each with its sentences, the portal's and Braze's labels as the
//! translated page writes them, and its generated files. One shape for every provider: the
//! view draws any provider's steps the same way.

use super::azure::labels::AzureLabel;
use super::azure::rules::Report as AzureReport;
use super::azure::snippets::AzureSnippet;
use super::azure::{AzureAuth, AzureField};
use super::case::{azure_setup, azure_snippet, gcs_setup, gcs_snippet, SnippetSpec};
use super::gcs::{GcsReport, GcsSnippet};
use crate::core::checklist::Item;
use crate::core::config::{Config, Integration};
use crate::core::provider::Provider;
use crate::core::text::{Arg, Msg};
use crate::msg;

/// One step of a provider's guide (`data-step` is its id).
#[derive(Clone, Debug, PartialEq)]
pub struct ProviderStep {
    pub id: &'static str,
    pub title: Msg,
    /// Its sentences, one paragraph each.
    pub body: Vec<Msg>,
    /// Where to click, as the screen writes it.
    pub paths: Vec<Msg>,
    pub snippets: Vec<SnippetSpec>,
}

fn step(id: &'static str, title: Msg, body: Vec<Msg>) -> ProviderStep {
    ProviderStep {
        id,
        title,
        body,
        paths: Vec::new(),
        snippets: Vec::new(),
    }
}

impl ProviderStep {
    fn paths(mut self, labels: &[AzureLabel]) -> Self {
        self.paths = labels.iter().map(|l| l.message()).collect();
        self
    }

    fn snippets(mut self, snippets: Vec<SnippetSpec>) -> Self {
        self.snippets = snippets;
        self
    }
}

/// The steps of `config`'s provider, in order (none for Amazon S3: its own guide).
pub fn steps(config: &Config) -> Vec<ProviderStep> {
    match config.provider {
        Provider::AmazonS3 => Vec::new(),
        Provider::GoogleCloudStorage => gcs_steps(config),
        Provider::AzureBlobStorage => azure_steps(config),
    }
}

/// The bucket as typed, or the placeholder while it is empty.
fn value_or(text: &str, placeholder: Msg) -> Arg {
    if text.is_empty() {
        Arg::Placeholder(Box::new(placeholder))
    } else {
        Arg::Text(text.to_owned())
    }
}

fn gcs_steps(config: &Config) -> Vec<ProviderStep> {
    let setup = gcs_setup(config);
    let report = GcsReport::new(&setup);
    let file = |snippet| gcs_snippet(snippet, &setup, &report);
    let bucket = || value_or(&setup.bucket, msg!("gcs-placeholder-bucket"));
    let mut steps = vec![
        step(
            "gcs-role",
            msg!("provider-gcs-step-role"),
            vec![msg!("provider-gcs-step-role-body")],
        )
        .snippets(vec![file(GcsSnippet::Role)]),
        step(
            "gcs-service-account",
            msg!("provider-gcs-step-service-account"),
            vec![msg!("provider-gcs-step-service-account-body")],
        )
        .snippets(vec![
            file(GcsSnippet::CliScript),
            file(GcsSnippet::Terraform),
        ]),
        step(
            "gcs-key",
            msg!("provider-gcs-step-key"),
            vec![msg!("provider-gcs-step-key-body")],
        ),
    ];
    if config.integration.has_currents() {
        steps.push(step(
            "gcs-currents",
            msg!("provider-step-currents"),
            vec![msg!("provider-gcs-step-currents-body", bucket = bucket())],
        ));
    }
    if config.integration.has_dashboard_export() {
        steps.push(step(
            "gcs-export",
            msg!("provider-step-export"),
            vec![msg!("provider-gcs-step-export-body")],
        ));
    }
    if config.integration == Integration::MessageArchiving {
        steps.push(archiving_step());
    }
    steps
}

fn azure_steps(config: &Config) -> Vec<ProviderStep> {
    let setup = azure_setup(config);
    let report = AzureReport::new(&setup);
    let file = |snippet| azure_snippet(snippet, &setup, &report);
    let certificate = setup.auth == AzureAuth::CertificateServicePrincipal;
    // Braze's Account Endpoint, derived from a valid account name only.
    let endpoint = if report.is_ok(AzureField::StorageAccount) {
        Arg::Text(setup.account_endpoint())
    } else {
        Arg::Placeholder(Box::new(msg!("provider-azure-placeholder-endpoint")))
    };
    let mut steps = vec![step(
        "azure-storage-account",
        msg!("provider-azure-step-storage"),
        vec![msg!("provider-azure-step-storage-body")],
    )
    .paths(&[AzureLabel::CreateStorageAccount, AzureLabel::Blobs])
    .snippets(vec![
        file(AzureSnippet::CliScript),
        file(AzureSnippet::Terraform),
    ])];
    if certificate {
        steps.extend([
            step(
                "azure-app",
                msg!("provider-azure-step-app"),
                vec![msg!("provider-azure-step-app-body")],
            )
            .paths(&[AzureLabel::NewRegistration, AzureLabel::AppIds]),
            step(
                "azure-certificate",
                msg!("provider-azure-step-certificate"),
                vec![msg!("provider-azure-step-certificate-body")],
            )
            .paths(&[AzureLabel::UploadCertificate])
            .snippets(vec![file(AzureSnippet::Certificate)]),
            step(
                "azure-role",
                msg!("provider-azure-step-role"),
                vec![msg!("provider-azure-step-role-body")],
            )
            .paths(&[
                AzureLabel::AddRoleAssignment,
                AzureLabel::RoleAssignmentTabs,
            ]),
            step(
                "azure-endpoint",
                msg!("provider-azure-step-endpoint"),
                vec![msg!(
                    "provider-azure-step-endpoint-body",
                    endpoint = endpoint
                )],
            )
            .paths(&[AzureLabel::Endpoints]),
        ]);
    } else {
        steps.push(
            step(
                "azure-connection-string",
                msg!("provider-azure-step-connection-string"),
                vec![msg!("provider-azure-step-connection-string-body")],
            )
            .paths(&[AzureLabel::AccessKeys]),
        );
    }
    if config.integration.has_currents() {
        let (body, paths) = if certificate {
            (
                msg!("provider-azure-step-currents-certificate"),
                vec![AzureLabel::CreateCurrent, AzureLabel::CertificateFields],
            )
        } else {
            (
                msg!("provider-azure-step-currents-connection-string"),
                vec![AzureLabel::CreateCurrent],
            )
        };
        steps
            .push(step("azure-currents", msg!("provider-step-currents"), vec![body]).paths(&paths));
    }
    if config.integration.has_dashboard_export() {
        steps.push(
            step(
                "azure-export",
                msg!("provider-step-export"),
                vec![msg!("provider-azure-step-export-body")],
            )
            .paths(&[AzureLabel::ExportPartner, AzureLabel::DefaultDestination]),
        );
    }
    if config.integration == Integration::MessageArchiving {
        steps.push(archiving_step());
    }
    steps
}

/// Message archiving writes to the provider marked as the default data export destination.
fn archiving_step() -> ProviderStep {
    step(
        "message-archiving",
        msg!("provider-step-archiving"),
        vec![msg!("provider-step-archiving-body")],
    )
}

/// The checklist of a provider's guide: one item per step, its title (`data-item` is
/// `<step>.done`), ticked and kept like Amazon S3's (`checklist::case_key` keeps each case's).
pub fn checklist_items(steps: &[ProviderStep]) -> Vec<Item> {
    steps
        .iter()
        .map(|step| Item {
            id: format!("{}.done", step.id),
            step: step.id,
            text: step.title.clone(),
        })
        .collect()
}
