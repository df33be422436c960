//! What the service account may do on the bucket, as Google evaluates allow policies: the
//! roles bound to it in the bucket's policy and in its project's policy, each role's
//! permissions as the report describes it. A conditional binding grants only when its
//! condition holds (not evaluated here); a disabled or deleted role grants nothing. Grants on
//! folders and the organization above the project are not read.

use std::collections::BTreeSet;

use super::super::iam::{self, Binding, Role};
use super::report::GcsPreflightReport;
use super::script::{BUCKET_POLICY, PROJECT_POLICY, ROLE_DESCRIBE};
use crate::core::preflight::{CallStatus, Record};

/// Where a role is bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Bucket,
    Project,
}

/// A role bound to the service account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    pub level: Level,
    pub role: String,
    pub conditional: bool,
    /// The role as described in the report; `None` when it is not.
    pub described: Option<Role>,
}

/// Everything the report says about the service account's access.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grants {
    pub grants: Vec<Grant>,
    /// The first policy or role the report could not give (a record refused or absent).
    pub unread: Vec<Option<Record>>,
    /// Roles bound to `allUsers` or `allAuthenticatedUsers` on the bucket.
    pub public_roles: Vec<String>,
    pub bucket_policy_read: bool,
    pub project_policy_read: bool,
}

impl Grants {
    pub fn read(report: &GcsPreflightReport, email: &str) -> Self {
        let mut grants = Grants::default();
        for (level, call, via) in [
            (Level::Bucket, BUCKET_POLICY, "bucket"),
            (Level::Project, PROJECT_POLICY, "project"),
        ] {
            let record = report.find(call, via, None);
            let bindings: Option<Vec<Binding>> = match record.map(|r| r.status) {
                Some(CallStatus::Ok) => record.and_then(|r| iam::bindings(&r.data)),
                // No bucket (or project): no policy, nothing granted there.
                Some(CallStatus::Missing) => Some(Vec::new()),
                _ => None,
            };
            let Some(bindings) = bindings else {
                grants.unread.push(record.cloned());
                continue;
            };
            match level {
                Level::Bucket => grants.bucket_policy_read = true,
                Level::Project => grants.project_policy_read = true,
            }
            for binding in &bindings {
                if level == Level::Bucket && binding.members.iter().any(|m| iam::is_public(m)) {
                    grants.public_roles.push(binding.role.clone());
                }
                if !binding.members.iter().any(|m| iam::is_member(m, email)) {
                    continue;
                }
                let described = report
                    .answer(ROLE_DESCRIBE, "role", Some(&binding.role))
                    .and_then(|r| Role::from_json(&r.data));
                if described.is_none() {
                    grants.unread.push(
                        report
                            .find(ROLE_DESCRIBE, "role", Some(&binding.role))
                            .cloned(),
                    );
                }
                grants.grants.push(Grant {
                    level,
                    role: binding.role.clone(),
                    conditional: binding.conditional,
                    described,
                });
            }
        }
        grants
    }

    /// The permissions granted without condition by roles the report describes.
    pub fn unconditional(&self) -> BTreeSet<&str> {
        self.permissions(|g| !g.conditional)
    }

    /// The permissions of every described role bound, with or without condition.
    pub fn all(&self) -> BTreeSet<&str> {
        self.permissions(|_| true)
    }

    fn permissions(&self, keep: impl Fn(&Grant) -> bool) -> BTreeSet<&str> {
        self.grants
            .iter()
            .filter(|g| keep(g))
            .filter_map(|g| g.described.as_ref())
            .filter(|r| r.grants())
            .flat_map(|r| r.permissions.iter().map(String::as_str))
            .collect()
    }

    pub fn has_conditional(&self) -> bool {
        self.grants.iter().any(|g| g.conditional)
    }

    /// The roles bound at `level` that `keep` keeps, joined for a message, and how many.
    pub fn roles_at(&self, level: Level, keep: impl Fn(&Grant) -> bool) -> (String, usize) {
        let mut list: Vec<&str> = self
            .grants
            .iter()
            .filter(|g| g.level == level && keep(g))
            .map(|g| g.role.as_str())
            .collect();
        list.dedup();
        (list.join(", "), list.len())
    }
}
