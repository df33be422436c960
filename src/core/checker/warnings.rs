//! What a policy grants beyond what Braze needs, and the risks of a trust policy.

use crate::core::config::Config;
use crate::core::text::Msg;
use crate::msg;

/// Something the policy grants beyond what Braze needs, or a risk in a trust policy. The
/// statement numbers are 1-based, as the reader counts them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// `"Action": "*"`.
    AllActions { statement: usize },
    /// `Allow` with `NotAction`: everything but the listed actions.
    NotAction { statement: usize },
    /// An action pattern with a wildcard, such as `s3:*` or `s3:Get*`.
    ActionWildcard { statement: usize, pattern: String },
    /// Actions Braze does not need.
    ExtraActions {
        statement: usize,
        actions: Vec<String>,
    },
    /// `"Resource": "*"`.
    AllResources { statement: usize },
    /// `Allow` with `NotResource`: every resource but the listed ones.
    NotResource { statement: usize },
    /// A resource pattern that matches other buckets (or their objects), with how it reads
    /// on a few example bucket names.
    OtherBuckets {
        statement: usize,
        pattern: String,
        examples: Vec<(String, bool)>,
    },
    /// A resource pattern that matches resources outside `arn:aws:s3:::`.
    OtherResources { statement: usize, pattern: String },
    /// A trust policy that lets any principal assume the role.
    AnyPrincipal { statement: usize },
    /// A trust policy that also trusts principals other than Braze's account.
    OtherPrincipals {
        statement: usize,
        principals: Vec<String>,
    },
}

impl Warning {
    /// Whether the warning is a security risk worth showing loudly.
    pub fn is_loud(&self) -> bool {
        matches!(
            self,
            Warning::AnyPrincipal { .. }
                | Warning::AllActions { .. }
                | Warning::NotAction { .. }
                | Warning::AllResources { .. }
                | Warning::NotResource { .. }
        )
    }

    /// The index of the statement the warning is about.
    pub fn statement(&self) -> usize {
        *self.clone().statement_mut()
    }

    /// The same warning for statement 0: to compare what two policies grant beyond the need,
    /// wherever in each it stands.
    pub fn without_statement(&self) -> Warning {
        let mut warning = self.clone();
        *warning.statement_mut() = 0;
        warning
    }

    fn statement_mut(&mut self) -> &mut usize {
        match self {
            Warning::AllActions { statement }
            | Warning::NotAction { statement }
            | Warning::ActionWildcard { statement, .. }
            | Warning::ExtraActions { statement, .. }
            | Warning::AllResources { statement }
            | Warning::NotResource { statement }
            | Warning::OtherBuckets { statement, .. }
            | Warning::OtherResources { statement, .. }
            | Warning::AnyPrincipal { statement }
            | Warning::OtherPrincipals { statement, .. } => statement,
        }
    }

    /// The warning's text. For [`Warning::OtherBuckets`], [`Warning::examples`] lists the
    /// example names to show under it.
    pub fn message(&self, config: &Config) -> Msg {
        match self {
            Warning::AllActions { statement } => {
                msg!("checker-warning-all-actions", statement = *statement)
            }
            Warning::NotAction { statement } => {
                msg!("checker-warning-not-action", statement = *statement)
            }
            Warning::ActionWildcard { statement, pattern } => msg!(
                "checker-warning-action-wildcard",
                statement = *statement,
                pattern = pattern
            ),
            Warning::ExtraActions { statement, actions } => msg!(
                "checker-warning-extra-actions",
                statement = *statement,
                actions = actions.join(", "),
                count = actions.len()
            ),
            Warning::AllResources { statement } => {
                msg!("checker-warning-all-resources", statement = *statement)
            }
            Warning::NotResource { statement } => {
                msg!("checker-warning-not-resource", statement = *statement)
            }
            Warning::OtherBuckets {
                statement, pattern, ..
            } => msg!(
                "checker-warning-other-buckets",
                statement = *statement,
                pattern = pattern,
                bucket = &config.bucket
            ),
            Warning::OtherResources { statement, pattern } => msg!(
                "checker-warning-other-resources",
                statement = *statement,
                pattern = pattern
            ),
            Warning::AnyPrincipal { statement } => {
                msg!("checker-warning-any-principal", statement = *statement)
            }
            Warning::OtherPrincipals {
                statement,
                principals,
            } => msg!(
                "checker-warning-other-principals",
                statement = *statement,
                principals = principals.join(", "),
                count = principals.len()
            ),
        }
    }

    /// Example bucket names and whether the pattern matches each (only for other buckets).
    pub fn examples(&self) -> &[(String, bool)] {
        match self {
            Warning::OtherBuckets { examples, .. } => examples,
            _ => &[],
        }
    }
}
