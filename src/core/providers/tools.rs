//! The provider engine's tools after the guide, in one shape for every provider: the checker
//! (a pasted role, bucket policy or role-assignment list judged by the provider's core), the
//! path to change or rotate the credentials, and Braze's error read. The views draw these
//! shapes (`app::components::providers::tools`) and know no provider.

use super::azure::checker::{self as azure_checker, Principal, Target};
use super::azure::rules::{is_guid, Report as AzureReport};
use super::azure::{update as azure_update, AzureAuth, AzureField};
use super::case::{azure_setup, gcs_setup, refused_secret};
use super::gcs::braze_error as gcs_error;
use super::gcs::checker as gcs_checker;
use super::gcs::rotation;
use super::gcs::GcsReport;
use crate::core::config::Config;
use crate::core::provider::Provider;
use crate::core::text::Msg;
use crate::msg;

/// What the checker says of a pasted text.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckerResult {
    /// `data-verdict`: `sufficient`, `insufficient` or `invalid`.
    pub verdict: &'static str,
    /// Each finding, with its fix where there is one.
    pub findings: Vec<(Msg, Option<Msg>)>,
}

/// Whether the provider's checker applies to the case, and what it reads: Google's role or
/// bucket policy; Azure's role assignments (certificate method: a connection string is no
/// role). `None`: no checker for this case.
pub fn checker_intro(config: &Config) -> Option<Msg> {
    match config.provider {
        Provider::AmazonS3 => None,
        Provider::GoogleCloudStorage => Some(msg!("provider-gcs-checker-intro")),
        Provider::AzureBlobStorage => config
            .providers
            .azure_certificate
            .then(|| msg!("provider-azure-checker-intro")),
    }
}

/// The checker's answer for `text` (`None` when nothing is pasted). A secret is refused.
pub fn check(config: &Config, text: &str) -> Option<CheckerResult> {
    if text.trim().is_empty() {
        return None;
    }
    if let Some(secret) = refused_secret(text) {
        return Some(CheckerResult {
            verdict: "invalid",
            findings: vec![(secret, None)],
        });
    }
    match config.provider {
        Provider::AmazonS3 => None,
        Provider::GoogleCloudStorage => {
            let setup = gcs_setup(config);
            let outcome = gcs_checker::check(text, &setup);
            let findings = match &outcome {
                gcs_checker::Outcome::Role(check) => check.messages(),
                gcs_checker::Outcome::Policy(check) => check.messages(),
                gcs_checker::Outcome::Secret(secret) => vec![secret.message()],
                gcs_checker::Outcome::Invalid(problem) => vec![problem.message()],
            };
            Some(CheckerResult {
                verdict: outcome.verdict().key(),
                findings: findings.into_iter().map(|m| (m, None)).collect(),
            })
        }
        Provider::AzureBlobStorage => {
            let setup = azure_setup(config);
            let report = AzureReport::new(&setup);
            // Whose assignments count is the app's only: without its client ID nothing can be
            // judged (counting every entry would count other principals' grants).
            if !is_guid(&setup.client_id) || !report.is_ok(AzureField::StorageAccount) {
                return Some(CheckerResult {
                    verdict: "invalid",
                    findings: vec![(msg!("provider-azure-checker-needs-values"), None)],
                });
            }
            let target = Target {
                account: setup.storage_account.clone(),
                container: setup.container.clone(),
                resource_group: setup.resource_group.clone(),
                account_id: None,
                principal: Principal::ClientId(setup.client_id.to_ascii_lowercase()),
            };
            let judgement = azure_checker::check(text, None, &target);
            Some(CheckerResult {
                verdict: judgement.verdict.key(),
                findings: judgement
                    .findings
                    .iter()
                    .map(|f| (f.message(), f.fix()))
                    .collect(),
            })
        }
    }
}

/// One part of the path to change or rotate the credentials (`data-update-part`).
#[derive(Clone, Debug, PartialEq)]
pub struct UpdatePart {
    pub id: &'static str,
    pub title: Msg,
    /// Each step: its `data-update-step`, its text, and the command that does it, if any.
    pub steps: Vec<(&'static str, Msg, Option<String>)>,
}

/// The update path of the case: the parts, and how long Braze keeps events while the
/// credentials fail.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdatePath {
    pub parts: Vec<UpdatePart>,
    pub notes: Vec<Msg>,
}

pub fn update_path(config: &Config) -> Option<UpdatePath> {
    match config.provider {
        Provider::AmazonS3 => None,
        Provider::GoogleCloudStorage => {
            let setup = gcs_setup(config);
            let rotation = rotation::rotation(&setup, &GcsReport::new(&setup));
            Some(UpdatePath {
                notes: rotation.notes,
                parts: vec![UpdatePart {
                    id: "rotate-key",
                    title: msg!("provider-gcs-update-rotate"),
                    steps: rotation
                        .steps
                        .into_iter()
                        .map(|(id, text)| (id, text, None))
                        .collect(),
                }],
            })
        }
        Provider::AzureBlobStorage => {
            let setup = azure_setup(config);
            // A typed client ID goes into the commands only once it is a GUID.
            let mut quoted = setup.clone();
            if setup.auth == AzureAuth::CertificateServicePrincipal && !is_guid(&setup.client_id) {
                quoted.client_id.clear();
            }
            Some(UpdatePath {
                notes: vec![azure_update::expiry(&setup)],
                parts: azure_update::path(&quoted)
                    .into_iter()
                    .map(|part| UpdatePart {
                        id: part.id,
                        title: part.title,
                        steps: part
                            .steps
                            .into_iter()
                            .map(|s| (s.id, s.text, s.command))
                            .collect(),
                    })
                    .collect(),
            })
        }
    }
}

/// What a pasted Braze message says, for the provider's case.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorReading {
    /// Braze's own words, when the message is one Braze's page quotes (English everywhere).
    pub braze_says: Option<&'static str>,
    pub explanation: Vec<Msg>,
}

/// Whether the provider has "paste what Braze said" (Braze's Azure page quotes no error).
pub fn reads_errors(provider: Provider) -> bool {
    provider == Provider::GoogleCloudStorage
}

/// Reads a pasted Braze message (`None` when nothing is pasted). A secret is refused.
pub fn read_error(config: &Config, text: &str) -> Option<ErrorReading> {
    if text.trim().is_empty() || !reads_errors(config.provider) {
        return None;
    }
    let setup = gcs_setup(config);
    Some(match gcs_error::read(text) {
        Err(secret) => ErrorReading {
            braze_says: None,
            explanation: vec![secret.message()],
        },
        Ok(reading) => ErrorReading {
            braze_says: gcs_error::braze_says(reading),
            explanation: gcs_error::explain(reading, &setup, &GcsReport::new(&setup)),
        },
    })
}
