//! A pasted role judged for the reader's setup: the permissions Braze needs that it lacks,
//! those beyond the need (the gravest first), and what keeps it from working where it would be
//! bound (another project's custom role, a disabled or deleted role).

use super::super::iam::{self, Broad, Role};
use super::super::setup::GcsSetup;
use super::super::{facts, rules};
use super::Verdict;
use crate::core::text::{Arg, Msg};
use crate::msg;

/// What keeps a role from giving its permissions on the reader's bucket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScopeProblem {
    /// A project custom role can be granted in its own project only.
    OtherProject { found: String, expected: String },
    /// `stage: DISABLED`: the role gives no permission where it is bound.
    Disabled,
    /// A deleted role: its bindings stay but have no effect.
    Deleted,
    /// `stage: DEPRECATED`: still works; a note, not a failure.
    Deprecated,
}

impl ScopeProblem {
    pub fn blocks(&self) -> bool {
        !matches!(self, Self::Deprecated)
    }

    pub fn message(&self) -> Msg {
        match self {
            Self::OtherProject { found, expected } => msg!(
                "gcs-checker-other-project",
                found = found,
                expected = expected
            ),
            Self::Disabled => msg!("gcs-checker-disabled"),
            Self::Deleted => msg!("gcs-checker-deleted"),
            Self::Deprecated => msg!("gcs-checker-deprecated"),
        }
    }
}

/// The findings for one role.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleCheck {
    pub role_name: Option<String>,
    /// Required permissions the role lacks, in Braze's order.
    pub missing: Vec<&'static str>,
    /// The optional `storage.objects.delete` is absent.
    pub delete_missing: bool,
    pub too_broad: Vec<(String, Broad)>,
    pub scope: Vec<ScopeProblem>,
}

impl RoleCheck {
    pub fn verdict(&self) -> Verdict {
        if self.missing.is_empty() && !self.scope.iter().any(ScopeProblem::blocks) {
            Verdict::Sufficient
        } else {
            Verdict::Insufficient
        }
    }

    /// Everything the checker says, in order: the verdict, the scope, what is missing, what
    /// is too broad.
    pub fn messages(&self) -> Vec<Msg> {
        let name = match &self.role_name {
            Some(name) => Arg::Text(name.clone()),
            None => Arg::Placeholder(Box::new(msg!("gcs-checker-this-role"))),
        };
        let mut out = vec![match self.verdict() {
            Verdict::Sufficient => msg!("gcs-checker-role-sufficient", role = name),
            _ => msg!("gcs-checker-role-insufficient", role = name),
        }];
        out.extend(self.scope.iter().map(ScopeProblem::message));
        if !self.missing.is_empty() {
            out.push(msg!(
                "gcs-checker-missing",
                permissions = self.missing.join(", "),
                count = self.missing.len()
            ));
        }
        if self.delete_missing {
            out.push(msg!(
                "gcs-checker-delete-optional",
                permission = facts::OPTIONAL_PERMISSION
            ));
        }
        out.extend(broad_messages(&self.too_broad));
        out
    }
}

/// One sentence per kind of "too broad", naming its permissions.
pub fn broad_messages(too_broad: &[(String, Broad)]) -> Vec<Msg> {
    let mut out = Vec::new();
    let mut kinds: Vec<Broad> = too_broad.iter().map(|(_, b)| *b).collect();
    kinds.dedup();
    for kind in kinds {
        let list: Vec<&str> = too_broad
            .iter()
            .filter(|(_, b)| *b == kind)
            .map(|(p, _)| p.as_str())
            .collect();
        out.push(msg!(
            "gcs-checker-too-broad",
            kind = Arg::Key(kind.key()),
            permissions = list.join(", "),
            count = list.len()
        ));
    }
    out
}

/// Judges `role` for `setup` (the bucket's hierarchical namespace as the reader chose it).
pub fn judge(role: &Role, setup: &GcsSetup) -> RoleCheck {
    let hns = setup.hierarchical_namespace;
    let mut scope = Vec::new();
    let project_known = rules::project_id(&setup.project_id).is_empty();
    if let Some(found) = role.project() {
        if project_known && found != setup.project_id {
            scope.push(ScopeProblem::OtherProject {
                found: found.to_owned(),
                expected: setup.project_id.clone(),
            });
        }
    }
    if role.deleted {
        scope.push(ScopeProblem::Deleted);
    }
    match role.stage.as_deref() {
        Some("DISABLED") => scope.push(ScopeProblem::Disabled),
        Some("DEPRECATED") => scope.push(ScopeProblem::Deprecated),
        _ => {}
    }
    RoleCheck {
        role_name: role.name.clone(),
        missing: iam::missing(|p| role.has(p), hns),
        delete_missing: !role.has(facts::OPTIONAL_PERMISSION),
        too_broad: iam::too_broad(role.permissions.iter().map(String::as_str), hns),
        scope,
    }
}
