//! The snippets a reader copies: their text, or what they wait for. Which snippets a case
//! shows, and where, is the guide's to say.

use super::config::{Config, PolicyKind};
use super::field::Field;
use super::guide::Guide;
use super::iac;
use super::policy::{self, to_pretty_json};
use super::preflight;
use super::rules::Report;
use super::text::Msg;
use crate::msg;

// The views take the id with the body they show.
pub use super::snippet_id::SnippetId;

/// A snippet as the reader sees it: ready to copy, or waiting for valid inputs.
#[derive(Clone, Debug, PartialEq)]
pub enum SnippetBody {
    Ready {
        text: String,
        file_name: Msg,
        /// A note for the reader, in their language, that the view writes into the text as
        /// `#` comment lines after its first line (a script's `#!`): the core has no localizer.
        comment: Option<Msg>,
    },
    /// The fields that must be valid first.
    Waiting { fields: Vec<Field> },
}

/// Every snippet the guide shows, built once, in guide order.
pub fn build_all(guide: &Guide, config: &Config, report: &Report) -> Vec<(SnippetId, SnippetBody)> {
    guide
        .snippets()
        .map(|id| (id, build(id, config, report)))
        .collect()
}

/// Builds the snippet `id` for `config`, or says which fields it is waiting for. Nothing is
/// built from an invalid value, so nothing offered for copying can fail in AWS for its inputs.
pub fn build(id: SnippetId, config: &Config, report: &Report) -> SnippetBody {
    if let SnippetId::Iac(kind) = id {
        // The generator checks its own inputs and refuses any value the rules reject.
        return match iac::generate(kind, config, report) {
            Ok(text) => SnippetBody::Ready {
                text,
                file_name: iac::file_name(kind, config),
                comment: None,
            },
            Err(fields) => SnippetBody::Waiting { fields },
        };
    }
    if id == SnippetId::PreflightScript {
        // Like the generators, the script checks its own inputs, which depend on the case.
        return match preflight::script(config, report) {
            Ok(text) => SnippetBody::Ready {
                text,
                file_name: msg!("file-preflight-script", bucket = config.bucket.as_str()),
                comment: Some(preflight::intro(config)),
            },
            Err(fields) => SnippetBody::Waiting { fields },
        };
    }
    let mut fields: Vec<Field> = id
        .needs()
        .iter()
        .copied()
        .filter(|f| !report.is_ok(*f))
        .collect();
    // The role ARN needs the reader's account ID, which is optional elsewhere.
    if id == SnippetId::RoleArn && config.own_account.is_empty() {
        fields.insert(0, Field::OwnAccount);
    }
    if !fields.is_empty() {
        return SnippetBody::Waiting { fields };
    }
    let bucket = config.bucket.as_str();
    let (text, file_name) = match id {
        SnippetId::PolicyCurrents => (
            policy_json(PolicyKind::Currents, config),
            msg!("file-policy-currents", bucket = bucket),
        ),
        SnippetId::PolicyDashboardExport => (
            policy_json(PolicyKind::DashboardExport, config),
            msg!("file-policy-dashboard-export", bucket = bucket),
        ),
        SnippetId::PolicyCombined => (
            policy_json(PolicyKind::Combined, config),
            msg!("file-policy-combined", bucket = bucket),
        ),
        SnippetId::TrustPolicy => (
            to_pretty_json(&policy::trust_policy(
                &config.braze_account,
                &config.external_id,
            )),
            msg!("file-trust-policy", bucket = bucket),
        ),
        SnippetId::RoleArn => (
            policy::role_arn(&config.own_account, config.role_name()),
            msg!("file-role-arn", bucket = bucket),
        ),
        SnippetId::Iac(_) | SnippetId::PreflightScript => unreachable!("built above"),
        SnippetId::BucketPolicySse => (
            to_pretty_json(&policy::sse_bucket_policy(bucket)),
            msg!("file-bucket-policy-sse", bucket = bucket),
        ),
    };
    SnippetBody::Ready {
        text,
        file_name,
        comment: None,
    }
}

fn policy_json(kind: PolicyKind, config: &Config) -> String {
    to_pretty_json(&policy::identity_policy(kind, &config.bucket, config.auth))
}
