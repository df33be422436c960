//! The findings of a Google Cloud Storage preflight report for the reader's setup, one per
//! check in the order of [`GcsCheck::ALL`]; or, for a report made for other values, one
//! finding saying so.

use serde_json::Value;

use super::super::checker::role::{broad_messages, judge};
use super::super::iam::{self, Broad, Role};
use super::super::setup::GcsSetup;
use super::super::snippet_id::GcsSnippet;
use super::finding::{not_read, unknown, Finding, GcsCheck};
use super::grants::{Grants, Level};
use super::report::GcsPreflightReport;
use super::script::{ACCOUNT_DESCRIBE, BUCKET_DESCRIBE, DENY_POLICIES, ROLE_DESCRIBE};
use super::{keys, report::GcsHeader};
use crate::core::preflight::{CallStatus, Status};
use crate::core::text::Arg;
use crate::msg;

/// The findings of `report` for `setup`. `now` is the time of the check in seconds since the
/// Unix epoch (the core has no clock): the keys' validity is counted to it.
pub fn check(report: &GcsPreflightReport, setup: &GcsSetup, now: i64) -> Vec<Finding> {
    if let Some(finding) = other_values(&report.header, setup) {
        return vec![finding];
    }
    let bucket = report.find(BUCKET_DESCRIBE, "bucket", None);
    let gone = bucket.is_some_and(|r| r.status == CallStatus::Missing);
    let bucket_hns = bucket
        .filter(|r| r.status == CallStatus::Ok)
        .map(|r| r.data.pointer("/hierarchicalNamespace/enabled") == Some(&Value::Bool(true)));
    // The bucket's own setting when the report has it, else the reader's choice.
    let hns = bucket_hns.unwrap_or(setup.hierarchical_namespace);
    let grants = Grants::read(report, &setup.service_account_email());
    let granted = grants.unconditional();
    let missing = iam::missing(|p| granted.contains(p), hns);
    vec![
        bucket_exists(bucket, setup),
        hierarchical_namespace(bucket, gone, bucket_hns, setup),
        custom_role(report, setup, hns, missing.is_empty()),
        service_account(report, setup),
        permissions(&grants, &missing, gone, setup),
        binding_scope(&grants),
        extra_permissions(&grants, hns),
        public_access(&grants, report),
        deny_policies(report),
        keys::finding(report, now),
    ]
}

/// A report made for another bucket, project, role or service account than the reader's.
fn other_values(header: &GcsHeader, setup: &GcsSetup) -> Option<Finding> {
    let account = setup.service_account_email();
    let pairs = [
        ("bucket", header.bucket.as_str(), setup.bucket.as_str()),
        ("project", &header.project, &setup.project_id),
        ("role", &header.role, setup.role_id()),
        ("service-account", &header.service_account, &account),
    ];
    for (field, reported, configured) in pairs {
        if reported != configured {
            return Some(Finding::new(
                GcsCheck::Report,
                Status::Unknown,
                msg!(
                    "gcs-preflight-other-values",
                    field = Arg::Key(field),
                    reported = reported,
                    configured = configured
                ),
            ));
        }
    }
    None
}

fn bucket_exists(record: Option<&crate::core::preflight::Record>, setup: &GcsSetup) -> Finding {
    let id = GcsCheck::BucketExists;
    let bucket = setup.bucket.as_str();
    match record.map(|r| r.status) {
        Some(CallStatus::Ok) => {
            let data = &record.map(|r| &r.data).unwrap_or(&Value::Null);
            let text = |key: &str| data.get(key).and_then(Value::as_str).unwrap_or("?");
            Finding::new(
                id,
                Status::Pass,
                msg!(
                    "gcs-preflight-bucket-exists",
                    bucket = bucket,
                    location = text("location"),
                    kind = text("locationType")
                ),
            )
        }
        Some(CallStatus::Missing) => Finding::new(
            id,
            Status::Fail,
            msg!("gcs-preflight-bucket-missing", bucket = bucket),
        )
        .fix(msg!("gcs-preflight-bucket-missing-fix")),
        Some(CallStatus::Denied) => Finding::new(
            id,
            Status::Unknown,
            msg!("gcs-preflight-bucket-denied", bucket = bucket),
        ),
        _ => unknown(id, record, BUCKET_DESCRIBE),
    }
}

fn hierarchical_namespace(
    record: Option<&crate::core::preflight::Record>,
    gone: bool,
    bucket_hns: Option<bool>,
    setup: &GcsSetup,
) -> Finding {
    let id = GcsCheck::HierarchicalNamespace;
    let bucket = setup.bucket.as_str();
    match (bucket_hns, setup.hierarchical_namespace) {
        (Some(true), true) => Finding::new(id, Status::Pass, msg!("gcs-preflight-hns-on")),
        (Some(false), false) => Finding::new(id, Status::Pass, msg!("gcs-preflight-hns-off")),
        (Some(true), false) => Finding::new(
            id,
            Status::Fail,
            msg!("gcs-preflight-hns-unexpected", bucket = bucket),
        )
        .fix(msg!("gcs-preflight-hns-fix-on"))
        .snippet(GcsSnippet::CliScript),
        (Some(false), true) => Finding::new(
            id,
            Status::Warn,
            msg!("gcs-preflight-hns-not-used", bucket = bucket),
        )
        .fix(msg!("gcs-preflight-hns-fix-off")),
        (None, _) if gone => Finding::new(
            id,
            Status::Unknown,
            msg!("gcs-preflight-unknown-no-bucket", bucket = bucket),
        ),
        (None, _) => unknown(id, record, BUCKET_DESCRIBE),
    }
}

/// The role the guide creates, as the report describes it. `covered`: the service account
/// gets every permission Braze needs anyway (from other roles).
fn custom_role(report: &GcsPreflightReport, setup: &GcsSetup, hns: bool, covered: bool) -> Finding {
    let id = GcsCheck::CustomRole;
    let name = setup.role_name();
    let record = report.find(ROLE_DESCRIBE, "role", Some(&name));
    let fix = || msg!("gcs-preflight-role-fix");
    match record.map(|r| r.status) {
        Some(CallStatus::Ok) => {
            let Some(role) = record.and_then(|r| Role::from_json(&r.data)) else {
                return unknown(id, record, ROLE_DESCRIBE);
            };
            let judged = judge(
                &role,
                &GcsSetup {
                    hierarchical_namespace: hns,
                    ..setup.clone()
                },
            );
            if let Some(problem) = judged.scope.iter().find(|p| p.blocks()) {
                return Finding::new(id, Status::Fail, problem.message())
                    .fix(fix())
                    .snippet(GcsSnippet::CliScript);
            }
            if !judged.missing.is_empty() {
                return Finding::new(
                    id,
                    Status::Fail,
                    msg!(
                        "gcs-checker-missing",
                        permissions = judged.missing.join(", "),
                        count = judged.missing.len()
                    ),
                )
                .fix(fix())
                .snippet(GcsSnippet::CliScript);
            }
            if let Some(problem) = judged.scope.first() {
                return Finding::new(id, Status::Warn, problem.message()).fix(fix());
            }
            if let Some(first) = broad_messages(&judged.too_broad).into_iter().next() {
                return Finding::new(id, Status::Warn, first)
                    .fix(fix())
                    .snippet(GcsSnippet::CliScript);
            }
            Finding::new(
                id,
                Status::Pass,
                msg!("gcs-preflight-role-pass", role = name.as_str()),
            )
        }
        Some(CallStatus::Missing) if covered => Finding::new(
            id,
            Status::Warn,
            msg!("gcs-preflight-role-absent-covered", role = name.as_str()),
        ),
        Some(CallStatus::Missing) => Finding::new(
            id,
            Status::Fail,
            msg!("gcs-preflight-role-absent", role = name.as_str()),
        )
        .fix(fix())
        .snippet(GcsSnippet::CliScript),
        _ => unknown(id, record, ROLE_DESCRIBE),
    }
}

fn service_account(report: &GcsPreflightReport, setup: &GcsSetup) -> Finding {
    let id = GcsCheck::ServiceAccount;
    let account = setup.service_account_email();
    let record = report.find(ACCOUNT_DESCRIBE, "service-account", None);
    match record.map(|r| r.status) {
        Some(CallStatus::Ok) => {
            let disabled = record
                .and_then(|r| r.data.get("disabled"))
                .and_then(Value::as_bool)
                == Some(true);
            if disabled {
                Finding::new(
                    id,
                    Status::Fail,
                    msg!("gcs-preflight-account-disabled", account = account.as_str()),
                )
                .fix(msg!("gcs-preflight-account-enable-fix"))
            } else {
                Finding::new(
                    id,
                    Status::Pass,
                    msg!("gcs-preflight-account-pass", account = account.as_str()),
                )
            }
        }
        // Google answers PERMISSION_DENIED for an account that does not exist.
        Some(CallStatus::Missing | CallStatus::Denied) => Finding::new(
            id,
            Status::Fail,
            msg!("gcs-preflight-account-missing", account = account.as_str()),
        )
        .fix(msg!("gcs-preflight-account-fix"))
        .snippet(GcsSnippet::CliScript),
        _ => unknown(id, record, ACCOUNT_DESCRIBE),
    }
}

fn permissions(grants: &Grants, missing: &[&str], gone: bool, setup: &GcsSetup) -> Finding {
    let id = GcsCheck::Permissions;
    if missing.is_empty() && gone {
        // Granted through the project, but on a bucket that does not exist.
        return Finding::new(
            id,
            Status::Unknown,
            msg!(
                "gcs-preflight-unknown-no-bucket",
                bucket = setup.bucket.as_str()
            ),
        );
    }
    if missing.is_empty() {
        let delete = grants
            .unconditional()
            .contains(super::super::facts::OPTIONAL_PERMISSION);
        return Finding::new(
            id,
            Status::Pass,
            msg!(
                "gcs-preflight-permissions-pass",
                delete = Arg::Key(if delete { "yes" } else { "no" })
            ),
        );
    }
    let list = missing.join(", ");
    if let Some(unread) = grants.unread.first() {
        return Finding::new(
            id,
            Status::Unknown,
            msg!(
                "gcs-preflight-permissions-unknown",
                permissions = list,
                count = missing.len()
            ),
        )
        .fix(not_read(unread.as_ref(), ROLE_DESCRIBE));
    }
    if grants.has_conditional() {
        return Finding::new(
            id,
            Status::Unknown,
            msg!(
                "gcs-preflight-permissions-conditional",
                permissions = list,
                count = missing.len()
            ),
        );
    }
    Finding::new(
        id,
        Status::Fail,
        msg!(
            "gcs-preflight-permissions-missing",
            permissions = list,
            count = missing.len()
        ),
    )
    .fix(msg!("gcs-preflight-permissions-fix"))
    .snippet(GcsSnippet::CliScript)
}

fn binding_scope(grants: &Grants) -> Finding {
    let id = GcsCheck::BindingScope;
    let (project, on_project) = grants.roles_at(Level::Project, |_| true);
    let (bucket, on_bucket) = grants.roles_at(Level::Bucket, |_| true);
    if on_project > 0 {
        return Finding::new(
            id,
            Status::Warn,
            msg!(
                "gcs-preflight-scope-project",
                roles = project,
                count = on_project
            ),
        )
        .fix(msg!("gcs-preflight-scope-fix"))
        .snippet(GcsSnippet::CliScript);
    }
    if !(grants.bucket_policy_read && grants.project_policy_read) {
        return unknown(
            id,
            grants.unread.first().and_then(Option::as_ref),
            super::script::BUCKET_POLICY,
        );
    }
    if on_bucket > 0 {
        return Finding::new(
            id,
            Status::Pass,
            msg!(
                "gcs-preflight-scope-bucket",
                roles = bucket,
                count = on_bucket
            ),
        );
    }
    Finding::new(id, Status::Fail, msg!("gcs-preflight-scope-none"))
        .fix(msg!("gcs-preflight-permissions-fix"))
        .snippet(GcsSnippet::CliScript)
}

fn extra_permissions(grants: &Grants, hns: bool) -> Finding {
    let id = GcsCheck::ExtraPermissions;
    let extra = iam::too_broad(grants.all(), hns);
    if !extra.is_empty() {
        let escalation = extra.iter().any(|(_, b)| *b == Broad::Escalation);
        let list: Vec<&str> = extra.iter().map(|(p, _)| p.as_str()).collect();
        return Finding::new(
            id,
            Status::Warn,
            msg!(
                "gcs-preflight-extra",
                permissions = list.join(", "),
                count = list.len(),
                escalation = Arg::Key(if escalation { "yes" } else { "no" })
            ),
        )
        .fix(msg!("gcs-preflight-scope-fix"))
        .snippet(GcsSnippet::CliScript);
    }
    if let Some(first) = grants.unread.first() {
        return unknown(id, first.as_ref(), ROLE_DESCRIBE);
    }
    Finding::new(id, Status::Pass, msg!("gcs-preflight-extra-none"))
}

fn public_access(grants: &Grants, report: &GcsPreflightReport) -> Finding {
    let id = GcsCheck::PublicAccess;
    if !grants.bucket_policy_read {
        return unknown(
            id,
            report.find(super::script::BUCKET_POLICY, "bucket", None),
            super::script::BUCKET_POLICY,
        );
    }
    if grants.public_roles.is_empty() {
        return Finding::new(id, Status::Pass, msg!("gcs-preflight-public-none"));
    }
    Finding::new(
        id,
        Status::Warn,
        msg!(
            "gcs-preflight-public",
            roles = grants.public_roles.join(", ")
        ),
    )
}

fn deny_policies(report: &GcsPreflightReport) -> Finding {
    let id = GcsCheck::DenyPolicies;
    let record = report.find(DENY_POLICIES, "project", None);
    let listed = record
        .filter(|r| r.status == CallStatus::Ok)
        .and_then(|r| match &r.data {
            Value::Null => Some(Vec::new()),
            Value::Array(items) => Some(items.clone()),
            _ => None,
        });
    let Some(policies) = listed else {
        return unknown(id, record, DENY_POLICIES);
    };
    if policies.is_empty() {
        return Finding::new(id, Status::Pass, msg!("gcs-preflight-deny-none"));
    }
    let names: Vec<String> = policies
        .iter()
        .map(|p| {
            p.get("displayName")
                .or_else(|| p.get("name"))
                .and_then(Value::as_str)
                .map(|n| n.rsplit('/').next().unwrap_or(n).to_owned())
                .unwrap_or_else(|| "?".to_owned())
        })
        .collect();
    Finding::new(
        id,
        Status::Warn,
        msg!(
            "gcs-preflight-deny-some",
            policies = names.join(", "),
            count = names.len()
        ),
    )
}
