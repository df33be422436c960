//! The Azure preflight: a read-only `az` script for the reader's case ([`script`]), its report
//! read with the shared format-v1 reader and an Azure header ([`read_report`]), and the
//! findings the widget shows for it ([`check`]). "Now" is a parameter: the core has no clock.

mod app;
mod check;
mod finding;
mod script;

pub use check::check;
pub use finding::{CheckId, Finding, Status};
pub use script::{header, intro, needs, script};

use serde::Deserialize;

use super::facts;
use super::setup::AzureAuth;
use crate::core::config::Integration;
use crate::core::preflight::{read_report_with, Record, ReportProblem};

/// The values an Azure report was made for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub storage_account: String,
    pub container: String,
    pub resource_group: String,
    pub auth: AzureAuth,
    pub integration: Option<Integration>,
    pub tenant_id: Option<String>,
    pub client_id: Option<String>,
}

/// A report, read whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AzureReport {
    pub header: Header,
    pub records: Vec<Record>,
}

impl AzureReport {
    /// The first record of `check`.
    pub fn find(&self, check: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.check == check)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    preflight: u32,
    provider: String,
    storage_account: String,
    container: String,
    resource_group: String,
    auth: String,
    #[serde(default)]
    integration: Option<String>,
    #[serde(default)]
    tenant_id: Option<String>,
    #[serde(default)]
    client_id: Option<String>,
}

/// Reads a pasted Azure report, or says why it is not one. An Amazon S3 report (no
/// `"provider"`, or another one) is a line this reader does not take.
pub fn read_report(text: &str) -> Result<AzureReport, ReportProblem> {
    let (header, records) = read_report_with(text, read_header)?;
    Ok(AzureReport { header, records })
}

fn read_header(line: &str) -> Result<Option<Header>, serde_json::Error> {
    let raw: RawHeader = match serde_json::from_str(line) {
        Ok(raw) => raw,
        // Another provider's header is JSON of another shape: not ours, not cut short.
        Err(error) if !error.is_eof() => return Ok(None),
        Err(error) => return Err(error),
    };
    let auth = AzureAuth::from_key(&raw.auth);
    Ok(match auth {
        Some(auth) if raw.preflight == 1 && raw.provider == facts::PROVIDER => Some(Header {
            storage_account: raw.storage_account,
            container: raw.container,
            resource_group: raw.resource_group,
            auth,
            integration: raw.integration.as_deref().and_then(Integration::from_key),
            tenant_id: raw.tenant_id,
            client_id: raw.client_id,
        }),
        _ => None,
    })
}

/// Seconds since the Unix epoch of an ISO 8601 date-time as Microsoft Graph writes them
/// (`2027-01-01T00:00:00Z`, `…+00:00`, fractions of a second allowed), or `None`.
pub fn parse_time(text: &str) -> Option<i64> {
    let text = text.trim();
    let (date, rest) = text.split_once(['T', 't', ' '])?;
    let mut d = date.split('-');
    let year: i64 = d.next()?.parse().ok()?;
    let month: i64 = d.next()?.parse().ok()?;
    let day: i64 = d.next()?.parse().ok()?;
    if d.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (clock, offset) = match rest.find(['Z', 'z', '+', '-']) {
        Some(at) => (&rest[..at], &rest[at..]),
        None => (rest, "Z"),
    };
    let mut c = clock.split(':');
    let hour: i64 = c.next()?.parse().ok()?;
    let minute: i64 = c.next()?.parse().ok()?;
    let second: i64 = c
        .next()
        .map(|s| s.split('.').next().unwrap_or("0").parse().ok())
        .unwrap_or(Some(0))?;
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let offset_seconds = match offset {
        "Z" | "z" => 0,
        o => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let digits = &o[1..];
            let (h, m) = match digits.split_once(':') {
                Some(parts) => parts,
                None if digits.len() == 4 && digits.is_ascii() => digits.split_at(2),
                None => (digits, "0"),
            };
            sign * (h.parse::<i64>().ok()? * 3600 + m.parse::<i64>().ok()? * 60)
        }
    };
    // Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hour * 3600 + minute * 60 + second - offset_seconds)
}
