//! The report of the Google Cloud Storage preflight: format v1 (read by the shared reader of
//! `core::preflight`), its header naming `"provider":"google-cloud-storage"` and the values
//! the script ran with.

use serde::Deserialize;

use super::super::facts::PROVIDER_KEY;
use super::super::secret::{self, Secret};
use super::super::setup::hns_from_key;
use crate::core::preflight::{read_report_with, CallStatus, Record, ReportProblem};
use crate::core::text::Msg;

/// The values the script ran with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GcsHeader {
    pub bucket: String,
    pub project: String,
    pub role: String,
    /// The service account's email address.
    pub service_account: String,
    pub integration: Option<String>,
    pub hierarchical_namespace: Option<bool>,
}

/// A report, read whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GcsPreflightReport {
    pub header: GcsHeader,
    pub records: Vec<Record>,
}

impl GcsPreflightReport {
    /// The first call `call` about `via` (and `subject`, when given).
    pub fn find(&self, call: &str, via: &str, subject: Option<&str>) -> Option<&Record> {
        self.records
            .iter()
            .find(|r| r.call == call && r.via == via && subject.is_none_or(|s| r.subject == s))
    }

    /// The answer of a call that went through.
    pub fn answer(&self, call: &str, via: &str, subject: Option<&str>) -> Option<&Record> {
        self.find(call, via, subject)
            .filter(|r| r.status == CallStatus::Ok)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    preflight: u32,
    provider: String,
    bucket: String,
    project: String,
    role: String,
    service_account: String,
    #[serde(default)]
    integration: Option<String>,
    #[serde(default)]
    hierarchical_namespace: Option<String>,
}

fn read_header(line: &str) -> Result<Option<GcsHeader>, serde_json::Error> {
    let raw: RawHeader = match serde_json::from_str(line) {
        Ok(raw) => raw,
        // Another provider's header (an Amazon S3 report) is JSON, but not this header.
        Err(e) if e.is_data() => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(
        (raw.preflight == 1 && raw.provider == PROVIDER_KEY).then(|| GcsHeader {
            bucket: raw.bucket,
            project: raw.project,
            role: raw.role,
            service_account: raw.service_account,
            integration: raw.integration,
            hierarchical_namespace: raw.hierarchical_namespace.as_deref().and_then(hns_from_key),
        }),
    )
}

/// Why a pasted text is not a report this version reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GcsReportProblem {
    /// A key pasted where the report goes: refused, nothing of it kept.
    Secret(Secret),
    Report(ReportProblem),
}

impl GcsReportProblem {
    pub fn message(&self) -> Msg {
        match self {
            Self::Secret(secret) => secret.message(),
            Self::Report(problem) => problem.message(),
        }
    }
}

/// Reads a pasted report of the Google Cloud Storage preflight, or says why it is not one.
/// The script never prints a key; a text holding one was pasted by mistake and is refused.
pub fn read_report(text: &str) -> Result<GcsPreflightReport, GcsReportProblem> {
    if let Some(secret) = secret::detect(text) {
        return Err(GcsReportProblem::Secret(secret));
    }
    let (header, records) =
        read_report_with(text, read_header).map_err(GcsReportProblem::Report)?;
    Ok(GcsPreflightReport { header, records })
}
