//! The bucket's checks: existence, region, default encryption, Object Lock, bucket policy.

use serde_json::Value;

use super::finding::{not_read, pairs, unknown, CheckId, Finding, Status};
use super::judge::Judged;
use super::report::{CallStatus, PreflightReport, Record};
use crate::core::checker::{Access, Requirement};
use crate::core::config::{AuthMethod, Config};
use crate::core::facts::SSE_HEADER;
use crate::core::text::Arg;
use crate::msg;

pub(super) fn findings(report: &PreflightReport, config: &Config, judged: &Judged) -> Vec<Finding> {
    let bucket = config.bucket.as_str();
    let head = report.find("head-bucket", "bucket");
    let mut findings = vec![exists(head, bucket)];
    let gone = head.is_some_and(|r| r.status == CallStatus::Missing);
    findings.push(region(report, gone, bucket));
    let answer = |call: &str| report.find(call, "bucket");
    findings.push(on_bucket(
        CheckId::DefaultEncryption,
        answer("get-bucket-encryption"),
        "get-bucket-encryption",
        gone,
        bucket,
        |data| encryption(data, bucket),
    ));
    findings.push(on_bucket(
        CheckId::ObjectLock,
        answer("get-object-lock-configuration"),
        "get-object-lock-configuration",
        gone,
        bucket,
        |data| object_lock(data, config),
    ));
    findings.push(on_bucket(
        CheckId::BucketPolicy,
        answer("get-bucket-policy"),
        "get-bucket-policy",
        gone,
        bucket,
        |data| bucket_policy(data, config, judged),
    ));
    findings
}

fn exists(head: Option<&Record>, bucket: &str) -> Finding {
    let id = CheckId::BucketExists;
    match head.map(|r| r.status) {
        Some(CallStatus::Ok) => Finding::new(
            id,
            Status::Pass,
            msg!("preflight-bucket-exists-pass", bucket = bucket),
        ),
        Some(CallStatus::Missing) => Finding::new(
            id,
            Status::Fail,
            msg!("preflight-bucket-exists-missing", bucket = bucket),
        )
        .fix(msg!("preflight-bucket-exists-fix", bucket = bucket)),
        // S3 answers 403 to HEAD for a bucket of another account, or without s3:ListBucket.
        Some(CallStatus::Denied) => Finding::new(
            id,
            Status::Unknown,
            msg!("preflight-bucket-exists-forbidden", bucket = bucket),
        ),
        _ => unknown(id, head, "head-bucket"),
    }
}

/// The region Braze will write to: `get-bucket-location` (an empty constraint is
/// us-east-1, `EU` is eu-west-1), or the region `head-bucket` reports (CLI v2).
fn region(report: &PreflightReport, gone: bool, bucket: &str) -> Finding {
    let id = CheckId::BucketRegion;
    let location = report.find("get-bucket-location", "bucket");
    let from_location = location.filter(|r| r.status == CallStatus::Ok).map(|r| {
        match r.data.get("LocationConstraint") {
            Some(Value::String(s)) if s == "EU" => "eu-west-1".to_owned(),
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            _ => "us-east-1".to_owned(),
        }
    });
    let from_head = report
        .find("head-bucket", "bucket")
        .and_then(|r| r.data.get("BucketRegion")?.as_str().map(str::to_owned));
    match from_location.or(from_head) {
        Some(region) => Finding::new(
            id,
            Status::Pass,
            msg!("preflight-bucket-region", region = region, bucket = bucket),
        ),
        None if gone => no_bucket(id, bucket),
        None => unknown(id, location, "get-bucket-location"),
    }
}

fn no_bucket(id: CheckId, bucket: &str) -> Finding {
    Finding::new(
        id,
        Status::Unknown,
        msg!("preflight-unknown-no-bucket", bucket = bucket),
    )
}

/// A bucket setting read by `call`: `judge` gets its answer (`None` when S3 says there is no
/// such configuration).
fn on_bucket(
    id: CheckId,
    record: Option<&Record>,
    call: &str,
    gone: bool,
    bucket: &str,
    judge: impl FnOnce(Option<&Value>) -> Finding,
) -> Finding {
    match record {
        Some(r) if r.status == CallStatus::Ok => judge(Some(&r.data)),
        Some(r) if r.status == CallStatus::Missing => {
            if gone || r.error.as_deref() == Some("NoSuchBucket") {
                no_bucket(id, bucket)
            } else {
                judge(None)
            }
        }
        _ if gone => no_bucket(id, bucket),
        _ => Finding::new(id, Status::Unknown, not_read(record, call)),
    }
}

fn encryption(data: Option<&Value>, bucket: &str) -> Finding {
    let id = CheckId::DefaultEncryption;
    let algorithms: Vec<&str> = data
        .and_then(|d| {
            d.pointer("/ServerSideEncryptionConfiguration/Rules")?
                .as_array()
        })
        .into_iter()
        .flatten()
        .filter_map(|rule| {
            rule.pointer("/ApplyServerSideEncryptionByDefault/SSEAlgorithm")?
                .as_str()
        })
        .collect();
    if let Some(kms) = algorithms.iter().find(|a| a.starts_with("aws:kms")) {
        return Finding::new(
            id,
            Status::Fail,
            msg!("preflight-encryption-kms", algorithm = *kms),
        )
        .fix(msg!("preflight-encryption-kms-fix", bucket = bucket));
    }
    match algorithms.iter().find(|a| **a != "AES256") {
        Some(other) => Finding::new(
            id,
            Status::Warn,
            msg!("preflight-encryption-other", algorithm = *other),
        ),
        None if algorithms.is_empty() => {
            Finding::new(id, Status::Pass, msg!("preflight-encryption-none"))
        }
        None => Finding::new(id, Status::Pass, msg!("preflight-encryption-sse-s3")),
    }
}

fn object_lock(data: Option<&Value>, config: &Config) -> Finding {
    let id = CheckId::ObjectLock;
    let enabled = data.and_then(|d| {
        d.pointer("/ObjectLockConfiguration/ObjectLockEnabled")?
            .as_str()
    }) == Some("Enabled");
    match (enabled, config.integration.has_currents()) {
        (false, _) => Finding::new(id, Status::Pass, msg!("preflight-object-lock-off")),
        (true, true) => Finding::new(id, Status::Fail, msg!("preflight-object-lock-currents"))
            .fix(msg!("preflight-object-lock-fix")),
        (true, false) => Finding::new(id, Status::Warn, msg!("preflight-object-lock-export")),
    }
}

fn bucket_policy(data: Option<&Value>, config: &Config, judged: &Judged) -> Finding {
    let id = CheckId::BucketPolicy;
    if data.is_none() {
        return Finding::new(id, Status::Pass, msg!("preflight-bucket-policy-none"));
    }
    let Some(policy) = &judged.bucket_policy else {
        return Finding::new(
            id,
            Status::Unknown,
            msg!("preflight-bucket-policy-unreadable"),
        );
    };
    let rows: Vec<(&Requirement, &Access)> = judged
        .answers
        .iter()
        .map(|(r, e)| (r, &e.bucket_denial))
        .collect();
    let list = |keep: &dyn Fn(&Access) -> bool| {
        pairs(
            rows.iter()
                .filter(|(_, a)| keep(a))
                .map(|(r, _)| (r.action.as_str(), r.resource.as_str())),
        )
    };
    let denied = |a: &Access| matches!(a, Access::Denied { .. } | Access::DeniedFor { .. });
    if rows.iter().any(|(_, a)| denied(a)) {
        let (pairs, count) = list(&denied);
        // A `Deny` with `NotPrincipal` among the denying statements: AWS's own advice is the fix.
        let by_not_principal = rows.iter().any(|(_, a)| match a {
            Access::Denied { statement } | Access::DeniedFor { statement, .. } => policy
                .document()
                .statements
                .iter()
                .any(|s| s.number == *statement && s.principal().is_some_and(|(_, n)| n)),
            _ => false,
        });
        let fix = if by_not_principal {
            msg!(
                "preflight-bucket-policy-not-principal-fix",
                kind = Arg::Key(match config.auth {
                    AuthMethod::SecretKey => "user",
                    AuthMethod::RoleArn => "role",
                })
            )
        } else {
            msg!(
                "preflight-bucket-policy-fix",
                header = SSE_HEADER,
                sse = Arg::Key(if config.sse { "on" } else { "off" })
            )
        };
        return Finding::new(
            id,
            Status::Fail,
            msg!(
                "preflight-bucket-policy-denies",
                pairs = pairs,
                count = count
            ),
        )
        .fix(fix);
    }
    if rows.iter().any(|(_, a)| **a == Access::TooComplex) {
        let (pairs, count) = list(&|a: &Access| *a == Access::TooComplex);
        return Finding::new(
            id,
            Status::Unknown,
            msg!("preflight-too-complex", pairs = pairs, count = count),
        );
    }
    if rows.iter().any(|(_, a)| !a.is_granted()) {
        let (pairs, count) = list(&|a: &Access| !a.is_granted());
        return Finding::new(
            id,
            Status::Warn,
            msg!(
                "preflight-bucket-policy-depends",
                pairs = pairs,
                count = count
            ),
        );
    }
    Finding::new(id, Status::Pass, msg!("preflight-bucket-policy-pass"))
}
