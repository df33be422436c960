//! A pasted bucket allow policy judged for the reader's service account: is it bound on the
//! bucket, with the role the guide creates, without a condition? The policy says which roles,
//! not what they allow: another role is named so that the reader can paste it too.

use super::super::iam::{self, Binding};
use super::super::setup::GcsSetup;
use super::Verdict;
use crate::core::text::Msg;
use crate::msg;

/// One thing the policy says about the service account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicyFinding {
    /// Bound with the guide's role, without a condition: what Braze needs on the bucket.
    BoundWithRole { role: String },
    /// Bound with the guide's role only under a condition, which the widget cannot evaluate.
    Conditional { role: String },
    /// Bound with roles other than the guide's: their permissions are not in this policy.
    OtherRoles { roles: Vec<String> },
    /// Not bound on the bucket at all (a grant on the project still reaches it).
    NotBound,
    /// A binding names the service account as deleted: a new account of the same name is
    /// not bound by it.
    DeletedMember,
    /// `allUsers` or `allAuthenticatedUsers` is bound: anyone may act on the bucket.
    Public { roles: Vec<String> },
}

impl PolicyFinding {
    pub fn message(&self, email: &str) -> Msg {
        match self {
            Self::BoundWithRole { role } => {
                msg!("gcs-checker-bound", account = email, role = role)
            }
            Self::Conditional { role } => {
                msg!(
                    "gcs-checker-bound-conditional",
                    account = email,
                    role = role
                )
            }
            Self::OtherRoles { roles } => msg!(
                "gcs-checker-bound-other-roles",
                account = email,
                roles = roles.join(", "),
                count = roles.len()
            ),
            Self::NotBound => msg!("gcs-checker-not-bound", account = email),
            Self::DeletedMember => msg!("gcs-checker-deleted-member", account = email),
            Self::Public { roles } => {
                msg!("gcs-checker-public", roles = roles.join(", "))
            }
        }
    }
}

/// The findings for one policy.
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyCheck {
    pub account: String,
    pub findings: Vec<PolicyFinding>,
}

impl PolicyCheck {
    pub fn verdict(&self) -> Verdict {
        if self
            .findings
            .iter()
            .any(|f| matches!(f, PolicyFinding::BoundWithRole { .. }))
        {
            Verdict::Sufficient
        } else {
            Verdict::Insufficient
        }
    }

    pub fn messages(&self) -> Vec<Msg> {
        self.findings
            .iter()
            .map(|f| f.message(&self.account))
            .collect()
    }
}

/// Judges the bindings of a bucket's allow policy for `setup`'s service account.
pub fn judge(bindings: &[Binding], setup: &GcsSetup) -> PolicyCheck {
    let account = setup.service_account_email();
    let expected = setup.role_name();
    let mine: Vec<&Binding> = bindings
        .iter()
        .filter(|b| b.members.iter().any(|m| iam::is_member(m, &account)))
        .collect();
    let mut findings = Vec::new();
    if mine.iter().any(|b| b.role == expected && !b.conditional) {
        findings.push(PolicyFinding::BoundWithRole {
            role: expected.clone(),
        });
    } else if mine.iter().any(|b| b.role == expected) {
        findings.push(PolicyFinding::Conditional {
            role: expected.clone(),
        });
    }
    let mut others: Vec<String> = mine
        .iter()
        .filter(|b| b.role != expected)
        .map(|b| b.role.clone())
        .collect();
    others.dedup();
    if !others.is_empty() {
        findings.push(PolicyFinding::OtherRoles { roles: others });
    }
    if mine.is_empty() {
        findings.push(PolicyFinding::NotBound);
    }
    if bindings.iter().any(|b| {
        b.members
            .iter()
            .any(|m| iam::is_deleted_member(m, &account))
    }) {
        findings.push(PolicyFinding::DeletedMember);
    }
    let public: Vec<String> = bindings
        .iter()
        .filter(|b| b.members.iter().any(|m| iam::is_public(m)))
        .map(|b| b.role.clone())
        .collect();
    if !public.is_empty() {
        findings.push(PolicyFinding::Public { roles: public });
    }
    PolicyCheck { account, findings }
}
