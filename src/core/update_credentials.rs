//! Changing or rotating the credentials Braze uses, without losing data: the path Braze's
//! current page describes (docs/facts.md, "Today vs the seed"). The AWS side first, then each
//! place in Braze that holds the credentials; the connector keeps running meanwhile.
//!
//! Returned as data: parts, each with its steps (ids stable, for the page and the tests) and
//! notes. The view (`update_credentials_view.rs`) renders it.

use super::config::{AuthMethod, Config};
use super::facts;
use super::field::Field;
use super::guide::Tone;
use super::rules::Report;
use super::text::{Arg, Msg};
use crate::msg;

/// The whole path for the reader's case.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateCredentials {
    pub intro: Msg,
    pub parts: Vec<Part>,
}

/// One part of the path: a heading, its steps (in order when `ordered`), and remarks.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// Stable: the page's `data-update-part`.
    pub id: &'static str,
    pub title: Msg,
    /// Steps are done in this order (a numbered list); otherwise a list of points.
    pub ordered: bool,
    /// Each step's stable id (`data-update-step`) and text.
    pub steps: Vec<(&'static str, Msg)>,
    pub notes: Vec<(Tone, Msg)>,
}

/// The reader's value when it is valid, else the locale's placeholder (as the guide does).
fn value(report: &Report, field: Field, text: &str, placeholder: Msg) -> Arg {
    if report.is_ok(field) && !text.is_empty() {
        Arg::Text(text.to_owned())
    } else {
        Arg::Placeholder(Box::new(placeholder))
    }
}

/// The path for the reader's case: the AWS side of their method, then Currents and/or
/// dashboard export in Braze, then how to switch methods.
pub fn build(config: &Config, report: &Report) -> UpdateCredentials {
    let mut parts = match config.auth {
        AuthMethod::SecretKey => vec![rotate_key(config, report)],
        AuthMethod::RoleArn => vec![
            role_may_change(config, report),
            role_must_stay(config, report),
        ],
    };
    if config.integration.has_currents() {
        parts.push(currents(config));
    }
    if config.integration.has_dashboard_export() {
        parts.push(dashboard_export(config));
    }
    parts.push(switch_method(config));
    UpdateCredentials {
        intro: msg!("update-intro"),
        parts,
    }
}

/// A secret key: the second key first, Braze next, the old key last.
fn rotate_key(config: &Config, report: &Report) -> Part {
    let user = value(
        report,
        Field::UserName,
        config.user_name(),
        msg!("placeholder-user"),
    );
    Part {
        id: "rotate-key",
        title: msg!("update-rotate-key-title"),
        ordered: true,
        steps: vec![
            ("create-key", msg!("update-key-create", user = user.clone())),
            ("update-braze", msg!("update-key-update-braze")),
            ("test", msg!("update-key-test")),
            ("deactivate", msg!("update-key-deactivate", user = user)),
            ("delete", msg!("update-key-delete")),
        ],
        notes: [(Tone::Note, msg!("update-key-two-keys"))]
            .into_iter()
            .chain(expiry_warning(config))
            .collect(),
    }
}

/// A role: what may change without touching Braze.
fn role_may_change(config: &Config, report: &Report) -> Part {
    let role = value(
        report,
        Field::RoleName,
        config.role_name(),
        msg!("placeholder-role"),
    );
    let bucket = value(
        report,
        Field::Bucket,
        &config.bucket,
        msg!("placeholder-bucket"),
    );
    Part {
        id: "role-may-change",
        title: msg!("update-role-may-change-title"),
        ordered: false,
        steps: vec![
            (
                "policies",
                msg!("update-role-policies", role = role, bucket = bucket),
            ),
            ("switch", msg!("update-role-switch")),
        ],
        notes: Vec::new(),
    }
}

/// A role: what must stay as Braze shows it.
fn role_must_stay(config: &Config, report: &Report) -> Part {
    let role = value(
        report,
        Field::RoleName,
        config.role_name(),
        msg!("placeholder-role"),
    );
    let account = value(
        report,
        Field::BrazeAccount,
        &config.braze_account,
        msg!("placeholder-account"),
    );
    let external_id = value(
        report,
        Field::ExternalId,
        &config.external_id,
        msg!("placeholder-external-id"),
    );
    Part {
        id: "role-must-stay",
        title: msg!("update-role-must-stay-title"),
        ordered: false,
        steps: vec![
            (
                "trust",
                msg!(
                    "update-role-trust",
                    account = account,
                    external_id = external_id
                ),
            ),
            ("arn", msg!("update-role-arn", role = role)),
        ],
        notes: expiry_warning(config).into_iter().collect(),
    }
}

/// Braze's warning is about a Currents connector whose credentials fail: events dropped
/// after the expiry window. Exports and archiving have no connector to lose events from.
fn expiry_warning(config: &Config) -> Option<(Tone, Msg)> {
    config.integration.has_currents().then(|| {
        (
            Tone::Warning,
            msg!(
                "update-expiry",
                days = facts::CREDENTIAL_EXPIRY.days_today,
                hours = facts::CREDENTIAL_EXPIRY.hours_earlier
            ),
        )
    })
}

/// The method's own word for what is typed into Braze (selector of the messages).
fn method_key(config: &Config) -> Arg {
    Arg::Key(config.auth.key())
}

/// Currents: Edit > Credentials > Update Current; the connector keeps running.
fn currents(config: &Config) -> Part {
    let mut steps = vec![
        ("aws-first", msg!("update-aws-first")),
        ("open", msg!("update-currents-open")),
        (
            "credentials",
            msg!("update-currents-credentials", method = method_key(config)),
        ),
        ("update", msg!("update-currents-update")),
    ];
    if !config.connectors.is_empty() {
        steps.push((
            "each-connector",
            msg!("update-currents-each", count = config.connectors.len() + 1),
        ));
    }
    Part {
        id: "currents",
        title: msg!("update-currents-title"),
        ordered: true,
        steps,
        notes: vec![(Tone::Note, msg!("update-currents-keeps-running"))],
    }
}

/// Dashboard export: Technology Partners > Amazon S3, Test Credentials, Save.
fn dashboard_export(config: &Config) -> Part {
    Part {
        id: "dashboard-export",
        title: msg!("update-dashboard-title"),
        ordered: true,
        steps: vec![
            ("aws-first", msg!("update-aws-first")),
            ("open", msg!("update-dashboard-open")),
            (
                "credentials",
                msg!("update-dashboard-credentials", method = method_key(config)),
            ),
            ("test", msg!("update-dashboard-test")),
        ],
        notes: Vec::new(),
    }
}

/// Switching between secret key and role ARN: the same screens, the other choice.
fn switch_method(config: &Config) -> Part {
    Part {
        id: "switch-method",
        title: msg!("update-switch-title"),
        ordered: false,
        steps: vec![("switch", msg!("update-switch", method = method_key(config)))],
        notes: Vec::new(),
    }
}
