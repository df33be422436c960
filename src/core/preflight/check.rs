//! The findings of a report for the reader's case: one per check that applies, in the order of
//! the list; or, for a report made for other values, one finding saying so.

use super::finding::{CheckId, Finding, Status};
use super::judge::ReadPolicies;
use super::report::PreflightReport;
use super::{bucket, identity, judge};
use crate::core::config::{AuthMethod, Config};
use crate::core::text::Arg;
use crate::msg;

/// A report with its policies converted for the evaluator: what a view keeps per report text,
/// so that a change of a judged value ([`super::JudgedValues`]) judges again without reading
/// or converting anything again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparedReport {
    report: PreflightReport,
    policies: ReadPolicies,
}

impl PreparedReport {
    pub fn new(report: PreflightReport) -> Self {
        let policies = ReadPolicies::of(&report);
        Self { report, policies }
    }

    pub fn report(&self) -> &PreflightReport {
        &self.report
    }
}

/// The findings of `report` for `config`. `now` is the time of the check in seconds since the
/// Unix epoch (the core has no clock): an access key's age is counted to it.
pub fn check(report: &PreflightReport, config: &Config, now: i64) -> Vec<Finding> {
    findings(report, &ReadPolicies::of(report), config, now)
}

/// [`check`] of a report prepared once ([`PreparedReport`]): the same findings.
pub fn check_prepared(prepared: &PreparedReport, config: &Config, now: i64) -> Vec<Finding> {
    findings(&prepared.report, &prepared.policies, config, now)
}

fn findings(
    report: &PreflightReport,
    read: &ReadPolicies,
    config: &Config,
    now: i64,
) -> Vec<Finding> {
    if let Some(finding) = other_values(report, config) {
        return vec![finding];
    }
    let judged = judge::judge(report, read, config);
    let mut findings = bucket::findings(report, config, &judged);
    findings.extend(identity::findings(report, config, &judged, now));
    findings.push(identity::organizations());
    findings
}

/// A report made for another bucket, identity or external ID than the reader's.
fn other_values(report: &PreflightReport, config: &Config) -> Option<Finding> {
    let header = &report.header;
    let (name, kind) = match config.auth {
        AuthMethod::SecretKey => (config.user_name(), "user"),
        AuthMethod::RoleArn => (config.role_name(), "role"),
    };
    let differs = |field: &'static str, reported: &str, configured: &str| {
        (reported != configured).then(|| {
            msg!(
                "preflight-other-values",
                field = Arg::Key(field),
                reported = reported,
                configured = configured
            )
        })
    };
    let message = differs("bucket", &header.bucket, &config.bucket)
        .or_else(|| {
            (header.auth != config.auth).then(|| {
                msg!(
                    "preflight-other-values",
                    field = Arg::Key("auth"),
                    reported = header.auth.key(),
                    configured = config.auth.key()
                )
            })
        })
        .or_else(|| differs(kind, &header.name, name))
        .or_else(|| match config.auth {
            AuthMethod::SecretKey => None,
            AuthMethod::RoleArn => differs(
                "account",
                header.braze_account.as_deref().unwrap_or(""),
                &config.braze_account,
            )
            .or_else(|| {
                differs(
                    "external-id",
                    header.external_id.as_deref().unwrap_or(""),
                    &config.external_id,
                )
            }),
        })?;
    Some(Finding::new(CheckId::Report, Status::Unknown, message))
}
