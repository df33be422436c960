//! The snippets a reader copies: which exist for a case, their text, and what they wait for.

use super::config::{AuthMethod, Config, PolicyKind};
use super::guide::{Block, Guide};
use super::iac::{self, IacKind};
use super::policy::{self, to_pretty_json};
use super::rules::{Field, Report};
use super::text::Msg;
use crate::msg;

/// A snippet's public id: its `data-snippet` attribute. Stable; docs and tests rely on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SnippetId {
    PolicyCurrents,
    PolicyDashboardExport,
    PolicyCombined,
    TrustPolicy,
    RoleArn,
    BucketPolicySse,
    /// Infrastructure as code and CLI: see [`crate::core::iac`].
    Iac(IacKind),
}

impl SnippetId {
    pub fn key(self) -> &'static str {
        match self {
            Self::PolicyCurrents => "policy-currents",
            Self::PolicyDashboardExport => "policy-dashboard-export",
            Self::PolicyCombined => "policy-combined",
            Self::TrustPolicy => "trust-policy",
            Self::RoleArn => "role-arn",
            Self::BucketPolicySse => "bucket-policy-sse",
            Self::Iac(kind) => kind.key(),
        }
    }

    pub fn for_policy(kind: PolicyKind) -> Self {
        match kind {
            PolicyKind::Currents => Self::PolicyCurrents,
            PolicyKind::DashboardExport => Self::PolicyDashboardExport,
            PolicyKind::Combined => Self::PolicyCombined,
        }
    }

    /// The heading shown above the snippet.
    pub fn title(self) -> Msg {
        match self {
            Self::PolicyCurrents => msg!("snippet-title-policy-currents"),
            Self::PolicyDashboardExport => msg!("snippet-title-policy-dashboard-export"),
            Self::PolicyCombined => msg!("snippet-title-policy-combined"),
            Self::TrustPolicy => msg!("snippet-title-trust-policy"),
            Self::RoleArn => msg!("snippet-title-role-arn"),
            Self::BucketPolicySse => msg!("snippet-title-bucket-policy-sse"),
            Self::Iac(kind) => iac::title(kind),
        }
    }

    /// The inputs this snippet is built from.
    pub fn needs(self) -> &'static [Field] {
        match self {
            Self::PolicyCurrents
            | Self::PolicyDashboardExport
            | Self::PolicyCombined
            | Self::BucketPolicySse => &[Field::Bucket],
            Self::TrustPolicy => &[Field::BrazeAccount, Field::ExternalId],
            Self::RoleArn => &[Field::OwnAccount, Field::RoleName],
            // Depends on the case: see `iac::needs`, asked in `build`.
            Self::Iac(_) => &[],
        }
    }

    /// Whether the copied text is JSON (offered as a `.json` download).
    pub fn is_json(self) -> bool {
        !matches!(self, Self::RoleArn | Self::Iac(_))
    }
}

/// A snippet as the reader sees it: ready to copy, or waiting for valid inputs.
#[derive(Clone, Debug, PartialEq)]
pub enum SnippetBody {
    Ready {
        text: String,
        file_name: Msg,
    },
    /// The fields that must be valid first.
    Waiting {
        fields: Vec<Field>,
    },
}

/// Every snippet the guide shows, built once, in guide order.
pub fn build_all(guide: &Guide, config: &Config, report: &Report) -> Vec<(SnippetId, SnippetBody)> {
    guide
        .steps
        .iter()
        .flat_map(|step| &step.blocks)
        .filter_map(|block| match block {
            Block::Snippet(id) => Some((*id, build(*id, config, report))),
            _ => None,
        })
        .collect()
}

/// Builds the snippet `id` for `config`, or says which fields it is waiting for. Nothing is
/// built from an invalid value, so nothing offered for copying can fail in AWS for its inputs.
pub fn build(id: SnippetId, config: &Config, report: &Report) -> SnippetBody {
    if let SnippetId::Iac(kind) = id {
        // The generator checks its own inputs and refuses any value the rules reject.
        return match iac::generate(kind, config) {
            Ok(text) => SnippetBody::Ready {
                text,
                file_name: iac::file_name(kind, config),
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
        SnippetId::Iac(_) => unreachable!("built above"),
        SnippetId::BucketPolicySse => (
            to_pretty_json(&policy::sse_bucket_policy(bucket)),
            msg!("file-bucket-policy-sse", bucket = bucket),
        ),
    };
    SnippetBody::Ready { text, file_name }
}

fn policy_json(kind: PolicyKind, config: &Config) -> String {
    to_pretty_json(&policy::identity_policy(kind, &config.bucket, config.auth))
}

/// Every snippet the guide shows for this case, in guide order.
pub fn for_case(config: &Config) -> Vec<SnippetId> {
    let mut ids: Vec<SnippetId> = config
        .policy_kinds()
        .into_iter()
        .map(SnippetId::for_policy)
        .collect();
    if config.integration.has_currents() && config.sse {
        ids.insert(0, SnippetId::BucketPolicySse);
    }
    if config.auth == AuthMethod::RoleArn {
        ids.push(SnippetId::TrustPolicy);
        ids.push(SnippetId::RoleArn);
    }
    ids.extend(IacKind::ALL.map(SnippetId::Iac));
    ids
}
