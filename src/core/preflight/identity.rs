//! The identity's checks: its policies together, its permissions boundary, a role's trust
//! policy, a user's access keys.

use serde_json::Value;

use super::finding::{not_read, pairs, unknown, CheckId, Finding, Status};
use super::report::{CallStatus, PreflightReport, Record};
use crate::core::checker::account::{beyond_need, identity_access, trust, Policy};
use crate::core::checker::{required, Access, PrincipalFinding, Requirement, Verdict};
use crate::core::config::{AuthMethod, Config};
use crate::core::snippet_id::SnippetId;
use crate::core::text::{Arg, Msg};
use crate::msg;

/// Days after which the newest active access key should be rotated.
pub const KEY_ROTATION_DAYS: i64 = 90;

/// The calls that read the identity's own policies (not its boundary).
const POLICY_READS: [&str; 4] = [
    "get-policy-version",
    "get-user-policy",
    "get-role-policy",
    "get-group-policy",
];

fn kind(config: &Config) -> (&'static str, &'static str, &str) {
    match config.auth {
        AuthMethod::SecretKey => ("user", "get-user", config.user_name()),
        AuthMethod::RoleArn => ("role", "get-role", config.role_name()),
    }
}

/// The `get-user` / `get-role` record.
fn identity_record<'a>(report: &'a PreflightReport, config: &Config) -> Option<&'a Record> {
    let (via, call, _) = kind(config);
    report.find(call, via)
}

/// The ARN of the user or role, from `get-user` / `get-role`.
pub(super) fn principal_arn(report: &PreflightReport, config: &Config) -> Option<String> {
    let record = identity_record(report, config)?;
    let key = match config.auth {
        AuthMethod::SecretKey => "/User/Arn",
        AuthMethod::RoleArn => "/Role/Arn",
    };
    record.data.pointer(key)?.as_str().map(str::to_owned)
}

pub(super) fn findings(report: &PreflightReport, config: &Config, now: i64) -> Vec<Finding> {
    let (via, call, name) = kind(config);
    let record = identity_record(report, config);
    let not_found = msg!(
        "preflight-identity-not-found",
        kind = Arg::Key(via),
        name = name
    );
    let dependent = |id: CheckId| Finding::new(id, Status::Unknown, not_found.clone());
    if record.is_some_and(|r| r.status == CallStatus::Missing) {
        let mut findings =
            vec![
                Finding::new(CheckId::IdentityPolicy, Status::Fail, not_found.clone())
                    .fix(msg!("preflight-identity-create-fix", kind = Arg::Key(via)))
                    .snippet(SnippetId::Iac(crate::core::iac::IacKind::CliScript)),
            ];
        findings.push(dependent(CheckId::PermissionsBoundary));
        findings.push(dependent(match config.auth {
            AuthMethod::SecretKey => CheckId::AccessKey,
            AuthMethod::RoleArn => CheckId::TrustPolicy,
        }));
        return findings;
    }
    let requirements = required(config);
    let mut findings = vec![
        identity_policies(report, config, &requirements, record, call),
        boundary(report, &requirements, record, call),
    ];
    findings.push(match config.auth {
        AuthMethod::SecretKey => access_key(report, now),
        AuthMethod::RoleArn => trust_policy(record, config, call),
    });
    findings
}

fn policy_snippet(config: &Config) -> SnippetId {
    SnippetId::for_policy(config.integration.covering_policy())
}

fn identity_policies(
    report: &PreflightReport,
    config: &Config,
    requirements: &[Requirement],
    record: Option<&Record>,
    call: &str,
) -> Finding {
    let id = CheckId::IdentityPolicy;
    if !record.is_some_and(|r| r.status == CallStatus::Ok) {
        return unknown(id, record, call);
    }
    let mut policies: Vec<(&str, Policy)> = Vec::new();
    let mut unread: Vec<&str> = Vec::new();
    for r in report
        .records
        .iter()
        .filter(|r| r.via != "boundary" && r.via != "bucket")
    {
        let reads_policy = POLICY_READS.contains(&r.call.as_str());
        let document = r
            .data
            .pointer("/PolicyVersion/Document")
            .or_else(|| r.data.get("PolicyDocument"));
        match (r.status, reads_policy) {
            (CallStatus::Ok, true) => match document.and_then(Policy::from_value) {
                Some(policy) => policies.push((r.subject.as_str(), policy)),
                None => unread.push(r.subject.as_str()),
            },
            (CallStatus::Ok, false) => {}
            // Listing or reading failed (or `get-policy` stood in for its version).
            _ => unread.push(r.subject.as_str()),
        }
    }
    let all: Vec<&Policy> = policies.iter().map(|(_, p)| p).collect();
    let rows: Vec<(&Requirement, Access)> = requirements
        .iter()
        .map(|r| (r, identity_access(&all, r)))
        .collect();
    let list = |keep: fn(&Access) -> bool| {
        pairs(
            rows.iter()
                .filter(|(_, a)| keep(a))
                .map(|(r, _)| (r.action.as_str(), r.resource.as_str())),
        )
    };
    let denied = rows.iter().any(|(_, a)| matches!(a, Access::Denied { .. }));
    let missing = rows.iter().any(|(_, a)| matches!(a, Access::Missing));
    let fail = || {
        let (pairs, count) = list(|a| matches!(a, Access::Missing | Access::Denied { .. }));
        Finding::new(
            id,
            Status::Fail,
            msg!("preflight-identity-missing", pairs = pairs, count = count),
        )
        .fix(msg!(
            "preflight-identity-fix",
            policy = config.policy_name_for(config.integration.covering_policy())
        ))
        .snippet(policy_snippet(config))
    };
    if denied || (missing && unread.is_empty()) {
        return fail();
    }
    if !unread.is_empty() {
        return Finding::new(
            id,
            Status::Unknown,
            msg!(
                "preflight-identity-partial",
                policies = unread.join(", "),
                count = unread.len()
            ),
        );
    }
    if rows.iter().any(|(_, a)| !a.is_granted()) {
        let (pairs, count) = list(|a| !a.is_granted());
        return Finding::new(
            id,
            Status::Warn,
            msg!("preflight-identity-depends", pairs = pairs, count = count),
        );
    }
    let broader: Vec<&str> = policies
        .iter()
        .filter(|(_, p)| !beyond_need(p, config, requirements).is_empty())
        .map(|(name, _)| *name)
        .collect();
    if broader.is_empty() {
        Finding::new(
            id,
            Status::Pass,
            msg!("preflight-identity-pass", count = policies.len()),
        )
    } else {
        Finding::new(
            id,
            Status::Warn,
            msg!(
                "preflight-identity-broader",
                policies = broader.join(", "),
                count = broader.len()
            ),
        )
    }
}

fn boundary(
    report: &PreflightReport,
    requirements: &[Requirement],
    record: Option<&Record>,
    call: &str,
) -> Finding {
    let id = CheckId::PermissionsBoundary;
    let Some(identity) = record.filter(|r| r.status == CallStatus::Ok) else {
        return unknown(id, record, call);
    };
    let declared = ["/User/PermissionsBoundary", "/Role/PermissionsBoundary"]
        .iter()
        .find_map(|key| {
            identity
                .data
                .pointer(key)?
                .get("PermissionsBoundaryArn")?
                .as_str()
        });
    let Some(arn) = declared else {
        return Finding::new(id, Status::Pass, msg!("preflight-boundary-none"));
    };
    let record = report.records.iter().find(|r| r.via == "boundary");
    let policy = record
        .filter(|r| r.status == CallStatus::Ok)
        .and_then(|r| r.data.pointer("/PolicyVersion/Document"))
        .and_then(Policy::from_value);
    let Some(policy) = policy else {
        return Finding::new(id, Status::Unknown, not_read(record, "get-policy-version"));
    };
    let rows: Vec<(&Requirement, Access)> = requirements
        .iter()
        .map(|r| (r, identity_access(&[&policy], r)))
        .collect();
    let blocked: Vec<(&str, &str)> = rows
        .iter()
        .filter(|(_, a)| matches!(a, Access::Missing | Access::Denied { .. }))
        .map(|(r, _)| (r.action.as_str(), r.resource.as_str()))
        .collect();
    if !blocked.is_empty() {
        let (pairs, count) = pairs(blocked.into_iter());
        return Finding::new(
            id,
            Status::Fail,
            msg!(
                "preflight-boundary-blocks",
                policy = arn,
                pairs = pairs,
                count = count
            ),
        )
        .fix(msg!("preflight-boundary-fix", policy = arn));
    }
    if rows.iter().any(|(_, a)| !a.is_granted()) {
        return Finding::new(
            id,
            Status::Warn,
            msg!("preflight-boundary-depends", policy = arn),
        );
    }
    Finding::new(
        id,
        Status::Pass,
        msg!("preflight-boundary-pass", policy = arn),
    )
}

fn trust_policy(record: Option<&Record>, config: &Config, call: &str) -> Finding {
    let id = CheckId::TrustPolicy;
    let Some(role) = record.filter(|r| r.status == CallStatus::Ok) else {
        return unknown(id, record, call);
    };
    let Some(policy) = role
        .data
        .pointer("/Role/AssumeRolePolicyDocument")
        .and_then(Policy::from_value)
    else {
        return Finding::new(id, Status::Unknown, msg!("preflight-trust-unreadable"));
    };
    let result = trust(&policy, config);
    let fail = |message: Msg| {
        Finding::new(id, Status::Fail, message)
            .fix(msg!("preflight-trust-fix"))
            .snippet(SnippetId::TrustPolicy)
    };
    match (&result.verdict, &result.trust, &result.error) {
        (Verdict::Sufficient, _, _) => Finding::new(
            id,
            Status::Pass,
            msg!(
                "preflight-trust-pass",
                account = &config.braze_account,
                external_id = &config.external_id
            ),
        ),
        (_, Some(report), _) => match report.principal {
            PrincipalFinding::Allowed | PrincipalFinding::AnyPrincipal => fail(
                report
                    .external_id_message(config)
                    .unwrap_or_else(|| report.principal_message(config)),
            ),
            _ => fail(report.principal_message(config)),
        },
        (_, None, Some(error)) => Finding::new(id, Status::Unknown, error.message()),
        (_, None, None) => Finding::new(id, Status::Unknown, msg!("preflight-trust-unreadable")),
    }
}

/// Days since 1970-01-01 of a date written `YYYY-MM-DD…` (the CLI's v1 and v2 forms).
fn days_of(date: &str) -> Option<i64> {
    let part = |range: std::ops::Range<usize>| date.get(range)?.parse::<i64>().ok();
    let (y, m, d) = (part(0..4)?, part(5..7)?, part(8..10)?);
    if date.get(4..5) != Some("-") || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn access_key(report: &PreflightReport, now: i64) -> Finding {
    let id = CheckId::AccessKey;
    let record = report.find("list-access-keys", "user");
    let Some(keys) = record
        .filter(|r| r.status == CallStatus::Ok)
        .and_then(|r| r.data.as_array())
    else {
        return unknown(id, record, "list-access-keys");
    };
    let active: Vec<&Value> = keys
        .iter()
        .filter(|k| k.get("Status").and_then(Value::as_str) == Some("Active"))
        .collect();
    if active.is_empty() {
        return Finding::new(id, Status::Fail, msg!("preflight-key-none-active"))
            .fix(msg!("preflight-key-create-fix"));
    }
    let newest = active
        .iter()
        .filter_map(|k| days_of(k.get("CreateDate")?.as_str()?))
        .max();
    let Some(created) = newest else {
        return Finding::new(
            id,
            Status::Pass,
            msg!("preflight-key-active-undated", count = active.len()),
        );
    };
    let days = (now.div_euclid(86_400) - created).max(0);
    let age = u64::try_from(days).unwrap_or(0);
    if days > KEY_ROTATION_DAYS {
        Finding::new(
            id,
            Status::Warn,
            msg!("preflight-key-old", days = Arg::Number(age)),
        )
        .fix(msg!("preflight-key-rotate-fix"))
    } else {
        Finding::new(
            id,
            Status::Pass,
            msg!(
                "preflight-key-pass",
                count = active.len(),
                days = Arg::Number(age)
            ),
        )
    }
}
