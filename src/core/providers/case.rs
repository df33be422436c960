//! The provider engine's reading of a configuration: each provider's case built from the
//! configuration's values, and what the screen shows of it as plain data, the same shape for
//! every provider: the form's fields with their problems, the generated files, the preflight's
//! findings. The views (`app::components::providers`) draw these and know no provider.

use super::azure::preflight as azure_preflight;
use super::azure::rules::{self as azure_rules, Report as AzureReport};
use super::azure::snippets::{self as azure_snippets, AzureSnippet, Waiting};
use super::azure::{secret as azure_secret, AzureAuth, AzureField, AzureSetup};
use super::gcs::preflight as gcs_preflight;
use super::gcs::setup::HNS_ON;
use super::gcs::{secret as gcs_secret, snippets as gcs_snippets};
use super::gcs::{GcsField, GcsReport, GcsSetup, GcsSnippet};
use crate::core::config::Config;
use crate::core::findings::{FieldReport, Graded, Severity};
use crate::core::preflight::ReportProblem;
use crate::core::provider::Provider;
use crate::core::text::Msg;

/// The Google Cloud Storage case of `config` (its bucket is the configuration's `bucket`).
pub fn gcs_setup(config: &Config) -> GcsSetup {
    let mut setup = GcsSetup {
        integration: config.integration,
        bucket: config.bucket.clone(),
        ..GcsSetup::default()
    };
    // The choice reads `on`/`off` only; an absent value is `off` (the default above).
    for field in GcsField::ALL.into_iter().filter(|f| *f != GcsField::Bucket) {
        setup.set(field, config.providers.get(field.key()));
    }
    setup
}

/// The Azure Blob Storage case of `config`.
pub fn azure_setup(config: &Config) -> AzureSetup {
    let mut setup = AzureSetup {
        integration: config.integration,
        auth: if config.providers.azure_certificate {
            AzureAuth::CertificateServicePrincipal
        } else {
            AzureAuth::ConnectionString
        },
        ..AzureSetup::default()
    };
    for field in AzureField::ALL {
        setup.set(field, config.providers.get(field.key()));
    }
    setup
}

/// What a text typed or pasted for a provider holds that belongs in Braze only (a service
/// account key, a connection string, an account key, a private key…): the message saying
/// where it goes. Such a text is never kept (`app::state`).
pub fn refused_secret(text: &str) -> Option<Msg> {
    if let Some(secret) = gcs_secret::detect(text) {
        return Some(secret.message());
    }
    azure_secret::find(text).map(|secret| secret.message())
}

/// One broken rule of a field, as the screen shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub message: Msg,
    /// The provider would refuse the value (else a warning).
    pub error: bool,
    /// "Required": shown only once the reader has been in the field.
    pub required: bool,
}

/// One field of a provider's form.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldSpec {
    /// The input's `name` and URL key.
    pub key: &'static str,
    /// The suffix of its element id.
    pub anchor: String,
    pub label: Msg,
    pub value: String,
    /// The name used when left empty, shown as the placeholder.
    pub default_name: Option<&'static str>,
    pub problems: Vec<FieldProblem>,
    /// An on/off choice (checkbox), not free text.
    pub choice: bool,
}

/// The problems `report` found in `field`, as the form shows them.
fn field_problems<F: Copy + PartialEq, P: Graded + PartialEq>(
    report: &FieldReport<F, P>,
    field: F,
    required: &P,
    message: impl Fn(&P) -> Msg,
) -> Vec<FieldProblem> {
    report
        .for_field(field)
        .map(|f| FieldProblem {
            message: message(&f.problem),
            error: f.problem.severity() == Severity::Error,
            required: f.problem == *required,
        })
        .collect()
}

/// The form's fields for the provider of `config`, in form order (none for Amazon S3).
pub fn fields(config: &Config) -> Vec<FieldSpec> {
    match config.provider {
        Provider::AmazonS3 => Vec::new(),
        Provider::GoogleCloudStorage => {
            let setup = gcs_setup(config);
            let report = GcsReport::new(&setup);
            GcsField::ALL
                .into_iter()
                .map(|field| FieldSpec {
                    key: field.key(),
                    anchor: field.anchor(),
                    label: field.label(),
                    value: setup.value(field).to_owned(),
                    default_name: field.default_name(),
                    problems: field_problems(
                        &report,
                        field,
                        &super::gcs::rules::Problem::Required,
                        super::gcs::rules::Problem::message,
                    ),
                    choice: field.is_choice(),
                })
                .collect()
        }
        Provider::AzureBlobStorage => {
            let setup = azure_setup(config);
            let report = AzureReport::new(&setup);
            setup
                .fields()
                .into_iter()
                .map(|field| FieldSpec {
                    key: field.key(),
                    anchor: field.anchor(),
                    label: field.label(),
                    value: setup.value(field).to_owned(),
                    default_name: None,
                    problems: field_problems(
                        &report,
                        field,
                        &azure_rules::Problem::Required,
                        azure_rules::Problem::message,
                    ),
                    choice: false,
                })
                .collect()
        }
    }
}

/// The case's problem that is no field's (Azure's certificate method outside Currents).
pub fn case_problem(config: &Config) -> Option<Msg> {
    (config.provider == Provider::AzureBlobStorage)
        .then(|| azure_rules::case_problem(&azure_setup(config)))
        .flatten()
}

/// What a generated file shows: its text, or the fields to fix first.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    Ready(String),
    /// The fields to fix first, by anchor and label.
    Waiting(Vec<(String, Msg)>),
    /// The case is one Braze does not support: nothing to generate.
    NotForCase,
}

/// A generated file of a provider, ready to draw (`[data-snippet]`).
#[derive(Clone, Debug, PartialEq)]
pub struct SnippetSpec {
    pub key: &'static str,
    pub title: Msg,
    pub file_name: &'static str,
    pub body: Body,
    /// The comment written under the script's first line, in the reader's language.
    pub comment: Option<Msg>,
    pub notes: Vec<Msg>,
}

/// The Google Cloud Storage file `snippet` for `setup`.
pub fn gcs_snippet(snippet: GcsSnippet, setup: &GcsSetup, report: &GcsReport) -> SnippetSpec {
    let body = match gcs_snippets::generate(snippet, setup, report) {
        Ok(text) => Body::Ready(text),
        Err(fields) => Body::Waiting(
            fields
                .into_iter()
                .map(|f| (f.anchor(), f.label()))
                .collect(),
        ),
    };
    let preflight = snippet == GcsSnippet::PreflightScript;
    let mut notes = gcs_snippets::notes(snippet, setup, report);
    // The preflight's note is its introduction: written into the script, as for Amazon S3.
    let comment = if preflight { notes.pop() } else { None };
    SnippetSpec {
        key: snippet.key(),
        title: snippet.title(),
        file_name: snippet.file_name(),
        body,
        comment,
        notes,
    }
}

fn azure_waiting(waiting: Waiting) -> Body {
    match waiting {
        Waiting::Case => Body::NotForCase,
        Waiting::Fields(fields) => Body::Waiting(
            fields
                .into_iter()
                .map(|f| (f.anchor(), f.label()))
                .collect(),
        ),
    }
}

/// The Azure file `snippet` for `setup`.
pub fn azure_snippet(
    snippet: AzureSnippet,
    setup: &AzureSetup,
    report: &AzureReport,
) -> SnippetSpec {
    let body = match azure_snippets::generate(snippet, setup, report) {
        Ok(text) => Body::Ready(text),
        Err(waiting) => azure_waiting(waiting),
    };
    SnippetSpec {
        key: snippet.key(),
        title: snippet.title(),
        file_name: snippet.file_name(),
        body,
        comment: None,
        notes: snippet.notes(setup),
    }
}

/// The Azure preflight script (`preflight-script`).
fn azure_preflight_snippet(setup: &AzureSetup, report: &AzureReport) -> SnippetSpec {
    let body = if azure_rules::case_problem(setup).is_some() {
        Body::NotForCase
    } else {
        match azure_preflight::script(setup, report) {
            Ok(text) => Body::Ready(text),
            Err(fields) => azure_waiting(Waiting::Fields(fields)),
        }
    };
    SnippetSpec {
        key: "preflight-script",
        title: crate::msg!("provider-azure-snippet-preflight-script"),
        file_name: "braze-azure-preflight.sh",
        body,
        comment: Some(azure_preflight::intro(setup)),
        notes: Vec::new(),
    }
}

/// The provider's preflight script (`preflight-script`); `None` for Amazon S3 (its own view).
pub fn preflight_script(config: &Config) -> Option<SnippetSpec> {
    match config.provider {
        Provider::AmazonS3 => None,
        Provider::GoogleCloudStorage => {
            let setup = gcs_setup(config);
            let report = GcsReport::new(&setup);
            Some(gcs_snippet(GcsSnippet::PreflightScript, &setup, &report))
        }
        Provider::AzureBlobStorage => {
            let setup = azure_setup(config);
            let report = AzureReport::new(&setup);
            Some(azure_preflight_snippet(&setup, &report))
        }
    }
}

/// One finding of a provider's preflight, as the screen shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct PreflightFinding {
    /// `data-preflight-check`.
    pub check: &'static str,
    /// `data-status`: `pass`, `fail`, `warn` or `unknown`.
    pub status: &'static str,
    pub message: Msg,
    pub fix: Option<Msg>,
    /// The snippet that fixes it: its key and title.
    pub snippet: Option<(&'static str, Msg)>,
}

impl PreflightFinding {
    /// A provider's finding as the view shows it, its check and snippet named by `check` and
    /// `snippet` (each provider's own enums).
    fn new<C, S>(
        finding: crate::core::preflight::Finding<C, S>,
        check: impl Fn(C) -> &'static str,
        snippet: impl Fn(S) -> (&'static str, Msg),
    ) -> Self {
        Self {
            check: check(finding.id),
            status: finding.status.key(),
            message: finding.message,
            fix: finding.fix,
            snippet: finding.snippet.map(snippet),
        }
    }
}

/// What a pasted preflight report shows for the provider of `config`: `None` when nothing
/// is pasted, why it is not a report, or the findings. `now` is the judging's time (seconds
/// since the epoch): the core has no clock.
pub fn preflight(
    config: &Config,
    text: &str,
    now: i64,
) -> Option<Result<Vec<PreflightFinding>, Msg>> {
    if text.trim().is_empty() {
        return None;
    }
    if let Some(secret) = refused_secret(text) {
        return Some(Err(secret));
    }
    Some(match config.provider {
        Provider::AmazonS3 => return None,
        Provider::GoogleCloudStorage => {
            let setup = gcs_setup(config);
            gcs_preflight::read_report(text)
                .map_err(|problem| problem.message())
                .map(|report| {
                    gcs_preflight::check(&report, &setup, now)
                        .into_iter()
                        .map(|f| PreflightFinding::new(f, |c| c.key(), |s| (s.key(), s.title())))
                        .collect()
                })
        }
        Provider::AzureBlobStorage => {
            let setup = azure_setup(config);
            azure_preflight::read_report(text)
                .map_err(|problem: ReportProblem| problem.message())
                .map(|report| {
                    azure_preflight::check(&report, &setup, now)
                        .into_iter()
                        .map(|f| PreflightFinding::new(f, |c| c.key(), |s| (s.key(), s.title())))
                        .collect()
                })
        }
    })
}

/// The `hierarchical-namespace` value of the choice when ticked.
pub const CHOICE_ON: &str = HNS_ON;
