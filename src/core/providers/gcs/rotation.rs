//! Rotating the service account's key without a gap, as data: a new key first, Braze next,
//! a test, the old key last; and the expiry window of Braze's page (5 days today, 48 hours in
//! an earlier revision), so that no reader waits past either.

use super::facts::CREDENTIAL_EXPIRY;
use super::rules::GcsReport;
use super::setup::{GcsField, GcsSetup};
use crate::core::text::{Arg, Msg};
use crate::msg;

/// The rotation for the reader's case.
#[derive(Clone, Debug, PartialEq)]
pub struct Rotation {
    /// Each step's stable id (`data-update-step`) and text, in order.
    pub steps: Vec<(&'static str, Msg)>,
    pub notes: Vec<Msg>,
}

pub fn rotation(setup: &GcsSetup, report: &GcsReport) -> Rotation {
    let account = if report.is_ok(GcsField::ServiceAccount) && report.is_ok(GcsField::ProjectId) {
        Arg::Text(setup.service_account_email())
    } else {
        Arg::Placeholder(Box::new(msg!("gcs-placeholder-service-account")))
    };
    let mut steps = vec![(
        "create-key",
        msg!("gcs-rotate-create-key", account = account),
    )];
    if setup.integration.has_currents() {
        steps.push(("update-currents", msg!("gcs-rotate-update-currents")));
    }
    if setup.integration.has_dashboard_export() {
        steps.push(("update-export", msg!("gcs-rotate-update-export")));
    }
    steps.push(("test", msg!("gcs-rotate-test")));
    steps.push(("delete-old-key", msg!("gcs-rotate-delete-old")));
    Rotation {
        steps,
        notes: vec![msg!(
            "gcs-rotate-expiry",
            days = CREDENTIAL_EXPIRY.days_today,
            hours = CREDENTIAL_EXPIRY.hours_earlier
        )],
    }
}
