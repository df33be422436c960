//! A role's own checks: its trust policy (Braze's account gets in with the reader's external
//! ID, and no one else: the checker's trust check), and its ARN against the one this page
//! gives Braze (the path is part of a role's ARN, and IAM finds a role by its name alone).

use super::finding::{unknown, CheckId, Finding, Status};
use super::report::{CallStatus, Record};
use crate::core::checker::account::{trust, Policy};
use crate::core::checker::{PrincipalFinding, Verdict, Warning};
use crate::core::config::Config;
use crate::core::policy::role_arn;
use crate::core::snippet_id::SnippetId;
use crate::core::text::Msg;
use crate::msg;

pub(super) fn trust_policy(record: Option<&Record>, config: &Config, call: &str) -> Finding {
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
    // A statement that lets anyone in is the first thing to fix, however Braze gets in.
    if let Some(anyone) = result
        .warnings
        .iter()
        .find(|w| matches!(w, Warning::AnyPrincipal { .. }))
    {
        return fail(anyone.message(config));
    }
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

/// The role's ARN as IAM reports it, against the one this page gives Braze: the reader's
/// account (or, when not typed, the role's own), the path typed before the name, the name.
pub(super) fn arn(record: Option<&Record>, config: &Config, call: &str) -> Finding {
    let id = CheckId::RoleArn;
    let Some(reported) = record
        .filter(|r| r.status == CallStatus::Ok)
        .and_then(|r| r.data.pointer("/Role/Arn"))
        .and_then(|v| v.as_str())
    else {
        return unknown(id, record, call);
    };
    let account = match config.own_account.as_str() {
        "" => reported.split(':').nth(4).unwrap_or(""),
        own => own,
    };
    let given = role_arn(account, &config.role_path(), config.role_name());
    if reported == given {
        return Finding::new(
            id,
            Status::Pass,
            msg!("preflight-role-arn-pass", arn = reported),
        );
    }
    let path_and_name = reported
        .split_once(":role/")
        .map_or(reported, |(_, rest)| rest);
    Finding::new(
        id,
        Status::Fail,
        msg!(
            "preflight-role-arn-differs",
            reported = reported,
            given = given.as_str()
        ),
    )
    .fix(msg!(
        "preflight-role-arn-fix",
        arn = reported,
        name = path_and_name
    ))
    .snippet(SnippetId::RoleArn)
}
