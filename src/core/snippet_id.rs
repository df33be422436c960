//! Which snippets exist: their public ids and titles. The guide places them
//! ([`super::guide::Block::Snippet`]); [`super::snippets`] writes their text from the fields
//! their row of [`super::outputs`] names.

use super::config::PolicyKind;
use super::iac::{self, IacKind};
use super::outputs::Output;
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
    /// The read-only preflight script: see [`crate::core::preflight::script`].
    PreflightScript,
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
            Self::PreflightScript => "preflight-script",
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
            Self::PreflightScript => msg!("snippet-title-preflight-script"),
            Self::Iac(kind) => iac::title(kind),
        }
    }

    /// The output the snippet shows (its row of [`super::outputs`]).
    pub fn output(self) -> Output {
        match self {
            Self::PolicyCurrents => Output::Policy(PolicyKind::Currents),
            Self::PolicyDashboardExport => Output::Policy(PolicyKind::DashboardExport),
            Self::PolicyCombined => Output::Policy(PolicyKind::Combined),
            Self::TrustPolicy => Output::TrustPolicy,
            Self::RoleArn => Output::RoleArn,
            Self::BucketPolicySse => Output::BucketPolicySse,
            Self::PreflightScript => Output::PreflightScript,
            Self::Iac(kind) => Output::Iac(kind),
        }
    }

    /// Built in its own section, whose code is fetched when it opens (the infrastructure
    /// files, the preflight script), rather than with the guide.
    pub fn is_lazy(self) -> bool {
        matches!(self, Self::Iac(_) | Self::PreflightScript)
    }

    /// Whether the copied text is JSON (offered as a `.json` download).
    pub fn is_json(self) -> bool {
        !matches!(self, Self::RoleArn | Self::PreflightScript | Self::Iac(_))
    }
}
