//! The preflight's core: the script only reads and quotes every value; the report reader is
//! bounded and never panics; every check passes, fails, warns or cannot tell as it should.
//! (`tests/lint/preflight_moto.py` runs the script for real against moto's AWS emulator.)

use std::time::{Duration, Instant};

use braze_s3_companion::core::config::{AuthMethod, Config, Integration};
use braze_s3_companion::core::field::Field;
use braze_s3_companion::core::preflight::{
    self, read_report, CheckId, Finding, ReportProblem, Status, MAX_REPORT_BYTES,
};
use braze_s3_companion::core::rules::Report;
use proptest::prelude::*;
use serde_json::{json, Value};

const NOW: i64 = 1_780_000_000; // 2026-05-28
const DAY: i64 = 86_400;

fn user() -> Config {
    Config {
        integration: Integration::Currents,
        auth: AuthMethod::SecretKey,
        bucket: "acme-braze".into(),
        user_name: "braze-user".into(),
        ..Config::default()
    }
}

fn role() -> Config {
    Config {
        auth: AuthMethod::RoleArn,
        role_name: "braze-role".into(),
        braze_account: "999999999999".into(),
        external_id: "ext-1".into(),
        ..user()
    }
}

fn script(config: &Config) -> Result<String, Vec<Field>> {
    preflight::script(config, &Report::new(config))
}

// ---------------------------------------------------------------- the script

/// The script carries no comment of its own in English: its one comment, under the `#!` line,
/// is `preflight::intro`, which the view writes in the reader's language.
#[test]
fn the_script_s_only_comment_is_the_localized_intro() {
    for config in [user(), role()] {
        let text = script(&config).unwrap();
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("#!/usr/bin/env bash"));
        let comments: Vec<&str> = lines.filter(|l| l.trim_start().starts_with('#')).collect();
        assert!(comments.is_empty(), "{comments:?}");
        let intro = preflight::intro(&config);
        assert_eq!(intro.id, "preflight-script-intro");
        let args = format!("{:?}", intro.args);
        assert!(args.contains(&config.bucket), "{args}");
    }
}

/// Every AWS CLI operation the script can run, with `$kind` / `$1` expanded.
fn operations(script: &str) -> Vec<String> {
    let mut ops = Vec::new();
    for line in script
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
    {
        let words: Vec<&str> = line.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let op = match *w {
                "record" if words.len() > i + 5 => words[i + 5],
                "words" | "aws" if words.len() > i + 2 && words[i + 1] != "\"$service\"" => {
                    words[i + 2]
                }
                _ => continue,
            };
            let op = op.trim_matches('"');
            for kind in ["user", "group", "role"] {
                ops.push(op.replace("$kind", kind).replace("$1", kind));
            }
        }
    }
    ops.sort();
    ops.dedup();
    ops
}

const ALLOWED: [&str; 19] = [
    "head-bucket",
    "get-bucket-location",
    "get-bucket-encryption",
    "get-object-lock-configuration",
    "get-bucket-policy",
    "get-user",
    "get-role",
    "get-group",
    "get-policy",
    "get-policy-version",
    "get-user-policy",
    "get-role-policy",
    "get-group-policy",
    "list-attached-user-policies",
    "list-attached-role-policies",
    "list-attached-group-policies",
    "list-user-policies",
    "list-role-policies",
    "list-group-policies",
];
const ALSO_ALLOWED: [&str; 2] = ["list-groups-for-user", "list-access-keys"];

#[test]
fn the_script_only_reads() {
    for config in [user(), role()] {
        let text = script(&config).expect("valid values");
        let ops = operations(&text);
        assert!(ops.len() >= 8, "{ops:?}");
        for op in &ops {
            assert!(
                ALLOWED.contains(&op.as_str()) || ALSO_ALLOWED.contains(&op.as_str()),
                "not an allowed read-only call: {op}"
            );
        }
        // Nothing that writes, whatever the line.
        for verb in [
            "create-",
            "put-",
            "delete-",
            "update-",
            "attach-",
            "detach-",
            "add-",
            "remove-",
            "tag-",
            "upload-",
            "assume-role",
            "get-session-token",
            "get-federation-token",
            "set-",
            "deactivate-",
        ] {
            let hit = text
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .any(|w| w.starts_with(verb));
            assert!(!hit, "the script names {verb}…");
        }
        assert!(
            !text.contains("set -e"),
            "the script must never stop half-way"
        );
        assert!(!text.contains("SecretAccessKey"));
        assert!(text.contains("--output json"));
    }
    // A user's access keys: status and date only, never the key ID.
    let text = script(&user()).unwrap();
    assert!(text.contains("--query='AccessKeyMetadata[].{Status: Status, CreateDate: CreateDate}'"));
    assert!(!script(&role()).unwrap().contains("list-access-keys"));
}

#[test]
fn the_script_quotes_every_value_and_is_valid_bash() {
    let config = Config {
        bucket: "0.a-b.c-9".into(),
        user_name: "-+=,.@_Zz09-user".into(),
        ..user()
    };
    let text = script(&config).unwrap();
    assert!(text.contains("\nBUCKET='0.a-b.c-9'\n"));
    assert!(text.contains("\nNAME='-+=,.@_Zz09-user'\n"));
    // Values reach commands only as "$VAR", options as --name=value.
    assert!(text.contains("--user-name=\"$NAME\""));
    assert!(text.contains("--bucket=\"$BUCKET\""));
    let header = text
        .lines()
        .find(|l| l.contains("\"preflight\":1"))
        .expect("header line");
    assert!(header.starts_with("printf '%s\\n' '{"));
    for config in [config, role()] {
        let out = std::process::Command::new("bash")
            .args(["-n", "-c", &script(&config).unwrap()])
            .output()
            .expect("bash");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_script_refuses_invalid_or_unsafe_values() {
    let bad = Config {
        bucket: "Bad Bucket".into(),
        ..user()
    };
    assert_eq!(script(&bad), Err(vec![Field::Bucket]));
    let quote = Config {
        user_name: "it's".into(),
        ..user()
    };
    assert_eq!(script(&quote), Err(vec![Field::UserName]));
    let no_id = Config {
        external_id: String::new(),
        braze_account: "12".into(),
        ..role()
    };
    assert_eq!(
        script(&no_id),
        Err(vec![Field::BrazeAccount, Field::ExternalId])
    );
    // Default names are used when empty.
    let defaults = Config {
        user_name: String::new(),
        ..user()
    };
    assert!(script(&defaults).unwrap().contains("NAME='braze-s3'"));
}

// ---------------------------------------------------------------- reports

fn header(config: &Config) -> Value {
    let mut h = json!({
        "preflight": 1,
        "bucket": config.bucket,
        "auth": config.auth.key(),
        "name": match config.auth {
            AuthMethod::SecretKey => config.user_name(),
            AuthMethod::RoleArn => config.role_name(),
        },
        "integration": config.integration.key(),
    });
    if config.auth == AuthMethod::RoleArn {
        h["braze_account"] = json!(config.braze_account);
        h["external_id"] = json!(config.external_id);
    }
    h
}

fn rec(call: &str, via: &str, subject: &str, status: &str, data: Value) -> Value {
    json!({"check": "x", "call": call, "via": via, "subject": subject, "status": status,
           "error": if status == "ok" { Value::Null } else { json!("Code") }, "data": data})
}

fn text(config: &Config, records: &[Value]) -> String {
    let mut t = format!("# braze-s3-companion preflight v1\n{}\n", header(config));
    for r in records {
        t.push_str(&r.to_string());
        t.push('\n');
    }
    t.push_str(&format!("# end {}\n", records.len()));
    t
}

fn doc(statements: Value) -> Value {
    json!({"Version": "2012-10-17", "Statement": statements})
}

fn braze_policy(bucket: &str) -> Value {
    doc(json!([
        {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"], "Resource": format!("arn:aws:s3:::{bucket}")},
        {"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"], "Resource": format!("arn:aws:s3:::{bucket}/*")}
    ]))
}

/// A user set up right, with `changes` replacing the records of the same call and via.
fn user_records(changes: Vec<Value>) -> Vec<Value> {
    let base = vec![
        rec("head-bucket", "bucket", "acme-braze", "ok", Value::Null),
        rec(
            "get-bucket-location",
            "bucket",
            "acme-braze",
            "ok",
            json!({"LocationConstraint": "EU"}),
        ),
        rec(
            "get-bucket-encryption",
            "bucket",
            "acme-braze",
            "missing",
            Value::Null,
        ),
        rec(
            "get-object-lock-configuration",
            "bucket",
            "acme-braze",
            "missing",
            Value::Null,
        ),
        rec(
            "get-bucket-policy",
            "bucket",
            "acme-braze",
            "missing",
            Value::Null,
        ),
        rec(
            "get-user",
            "user",
            "braze-user",
            "ok",
            json!({"User": {"Arn": "arn:aws:iam::111122223333:user/braze-user"}}),
        ),
        rec(
            "get-policy-version",
            "user",
            "arn:aws:iam::111122223333:policy/braze",
            "ok",
            json!({"PolicyVersion": {"Document": braze_policy("acme-braze")}}),
        ),
        rec(
            "list-access-keys",
            "user",
            "braze-user",
            "ok",
            json!([{"Status": "Active", "CreateDate": "2026-05-01T10:00:00Z"},
                   {"Status": "Inactive", "CreateDate": "2025-01-01T10:00:00+00:00"}]),
        ),
    ];
    merge(base, changes)
}

fn merge(mut base: Vec<Value>, changes: Vec<Value>) -> Vec<Value> {
    for change in changes {
        match base
            .iter_mut()
            .find(|r| r["call"] == change["call"] && r["via"] == change["via"])
        {
            Some(slot) => *slot = change,
            None => base.push(change),
        }
    }
    base
}

fn findings(config: &Config, records: &[Value], now: i64) -> Vec<Finding> {
    let report = read_report(&text(config, records)).expect("a report");
    preflight::check(&report, config, now)
}

fn status(findings: &[Finding], id: CheckId) -> Status {
    findings
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no {id:?} in {findings:?}"))
        .status
}

#[test]
fn reads_a_report_around_noise() {
    let records = user_records(vec![]);
    let body = text(&user(), &records);
    let pasted = format!(
        "[cloudshell-user@ip ~]$ bash preflight.sh\npreflight: bucket acme-braze\n{}",
        body.replacen('\n', "\npreflight: progress on stderr\n", 3)
    );
    let report = read_report(&pasted).expect("noise is skipped");
    assert_eq!(report.records.len(), records.len());
    assert_eq!(report.header.bucket, "acme-braze");
    assert_eq!(report.header.auth, AuthMethod::SecretKey);
}

/// Issue 22: a report saved by an editor or a Windows shell begins with a byte-order mark
/// (U+FEFF, invisible once pasted, and not white space for `str::trim`); two such files pasted
/// one after the other carry one in the middle too. Read as the report it is; garbage behind a
/// mark is still refused.
#[test]
fn a_byte_order_mark_before_the_report_is_skipped() {
    let records = user_records(vec![]);
    let body = text(&user(), &records);
    for pasted in [
        format!("\u{feff}{body}"),
        format!("\u{feff}\u{feff}  {body}"),
        format!("$ cat preflight-report.txt\n\u{feff}{body}"),
        format!(
            "\u{feff}{}",
            body.replace("\r\n", "\n").replace('\n', "\r\n")
        ),
        body.replacen('\n', "\n\u{feff}", 1),
    ] {
        let report = read_report(&pasted).unwrap_or_else(|e| panic!("{e:?}: {pasted:?}"));
        assert_eq!(report.records.len(), records.len());
        assert_eq!(report.header.bucket, "acme-braze");
        assert_eq!(
            report,
            read_report(&body).expect("the report without a mark")
        );
    }
    assert_eq!(read_report("\u{feff}"), Err(ReportProblem::Empty));
    assert_eq!(
        read_report("\u{feff} \n\u{feff}"),
        Err(ReportProblem::Empty)
    );
    assert_eq!(
        read_report("\u{feff}Hello, this is not a report.\n{\"foo\": 1}\n"),
        Err(ReportProblem::NotAReport)
    );
    // A mark inside a line is not a prefix: that line is not what the script writes.
    let inside = body.replacen("\"status\":\"ok\"", "\"status\":\"o\u{feff}k\"", 1);
    assert!(matches!(
        read_report(&inside),
        Err(ReportProblem::BadLine { .. })
    ));
    let cut = format!("\u{feff}{}", &body[..body.len() / 2]);
    assert_eq!(read_report(&cut), Err(ReportProblem::Truncated));
}

#[test]
fn says_what_is_wrong_with_a_text() {
    let body = text(&user(), &user_records(vec![]));
    assert_eq!(read_report(""), Err(ReportProblem::Empty));
    assert_eq!(
        read_report("{\"Version\": 1}"),
        Err(ReportProblem::NotAReport)
    );
    assert_eq!(
        read_report(&body.replace("preflight v1", "preflight v2")),
        Err(ReportProblem::Version { found: "2".into() })
    );
    let without_end = body
        .lines()
        .filter(|l| !l.starts_with("# end"))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(read_report(&without_end), Err(ReportProblem::Truncated));
    assert_eq!(
        read_report(&body[..body.len() / 2]),
        Err(ReportProblem::Truncated)
    );
    let dropped: Vec<&str> = body
        .lines()
        .enumerate()
        .filter(|(i, _)| *i != 4)
        .map(|(_, l)| l)
        .collect();
    assert_eq!(
        read_report(&dropped.join("\n")),
        Err(ReportProblem::Altered {
            expected: 8,
            found: 7
        })
    );
    let edited = body.replacen("\"status\":\"ok\"", "\"status\":\"fine\"", 1);
    assert!(matches!(
        read_report(&edited),
        Err(ReportProblem::BadLine { .. })
    ));
    let huge = "x".repeat(MAX_REPORT_BYTES + 1);
    assert!(matches!(
        read_report(&huge),
        Err(ReportProblem::TooLarge { .. })
    ));
    for problem in [ReportProblem::Empty, ReportProblem::Truncated] {
        assert!(problem.message().id.starts_with("preflight-report-"));
    }
}

#[test]
fn ten_megabytes_and_deep_nesting_are_refused_fast() {
    let start = Instant::now();
    let big = format!(
        "# braze-s3-companion preflight v1\n{}",
        "{".repeat(10 * 1024 * 1024)
    );
    assert!(matches!(
        read_report(&big),
        Err(ReportProblem::TooLarge { .. })
    ));
    let nested = format!(
        "{{\"check\":\"x\",\"call\":\"c\",\"via\":\"v\",\"subject\":\"s\",\"status\":\"ok\",\"data\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let deep = format!(
        "# braze-s3-companion preflight v1\n{}\n{nested}\n# end 1\n",
        header(&user())
    );
    assert!(read_report(&deep).is_err());
    assert!(start.elapsed() < Duration::from_secs(3));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn garbage_never_panics(text in "\\PC{0,400}") {
        let _ = read_report(&text);
        let _ = read_report(&format!("# braze-s3-companion preflight v1\n{text}"));
    }

    #[test]
    fn hand_edits_never_panic(cut in 0usize..2000, insert in "[{}\\[\\]\",:#a-z0-9\n ]{0,8}") {
        let body = text(&role(), &user_records(vec![]));
        let mut at = cut.min(body.len());
        while !body.is_char_boundary(at) { at -= 1; }
        let edited = format!("{}{}{}", &body[..at], insert, &body[at..]);
        if let Ok(report) = read_report(&edited) {
            let _ = preflight::check(&report, &role(), NOW);
        }
        let _ = read_report(&body[..at]);
    }
}

// ---------------------------------------------------------------- the checks

#[test]
fn a_user_set_up_right_passes_everything() {
    let f = findings(&user(), &user_records(vec![]), NOW);
    let ids: Vec<&str> = f.iter().map(|f| f.id.key()).collect();
    assert_eq!(
        ids,
        [
            "bucket-exists",
            "bucket-region",
            "default-encryption",
            "object-lock",
            "bucket-policy",
            "identity-policy",
            "permissions-boundary",
            "access-key",
            "organizations"
        ]
    );
    // Every check passes; AWS Organizations' policies are never visible from the account
    // (AWS, "Policy evaluation logic"): said, not judged.
    for finding in &f[..f.len() - 1] {
        assert_eq!(finding.status, Status::Pass, "{finding:?}");
    }
    let organizations = f.last().unwrap();
    assert_eq!(organizations.status, Status::Unknown);
    assert_eq!(organizations.message.id, "preflight-organizations-unseen");
    let region = f.iter().find(|f| f.id == CheckId::BucketRegion).unwrap();
    assert!(region
        .message
        .args
        .iter()
        .any(|(k, v)| *k == "region" && *v == "eu-west-1".into()));
}

#[test]
fn bucket_checks_fail_warn_and_cannot_tell() {
    let cases = [
        (
            rec("head-bucket", "bucket", "b", "missing", Value::Null),
            CheckId::BucketExists,
            Status::Fail,
        ),
        (
            rec("head-bucket", "bucket", "b", "denied", Value::Null),
            CheckId::BucketExists,
            Status::Unknown,
        ),
        (
            rec(
                "get-bucket-encryption",
                "bucket",
                "b",
                "ok",
                json!({"ServerSideEncryptionConfiguration": {"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms:dsse"}}]}}),
            ),
            CheckId::DefaultEncryption,
            Status::Fail,
        ),
        (
            rec(
                "get-bucket-encryption",
                "bucket",
                "b",
                "ok",
                json!({"ServerSideEncryptionConfiguration": {"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]}}),
            ),
            CheckId::DefaultEncryption,
            Status::Pass,
        ),
        (
            rec(
                "get-bucket-encryption",
                "bucket",
                "b",
                "denied",
                Value::Null,
            ),
            CheckId::DefaultEncryption,
            Status::Unknown,
        ),
        (
            rec("get-bucket-encryption", "bucket", "b", "error", Value::Null),
            CheckId::DefaultEncryption,
            Status::Unknown,
        ),
        (
            rec(
                "get-object-lock-configuration",
                "bucket",
                "b",
                "ok",
                json!({"ObjectLockConfiguration": {"ObjectLockEnabled": "Enabled"}}),
            ),
            CheckId::ObjectLock,
            Status::Fail,
        ),
        (
            rec(
                "get-bucket-policy",
                "bucket",
                "b",
                "ok",
                json!({"Policy": "not json"}),
            ),
            CheckId::BucketPolicy,
            Status::Unknown,
        ),
    ];
    for (record, id, expected) in cases {
        let f = findings(&user(), &user_records(vec![record.clone()]), NOW);
        assert_eq!(status(&f, id), expected, "{record}");
    }
    // A record missing from the report: that check cannot tell.
    let records: Vec<Value> = user_records(vec![])
        .into_iter()
        .filter(|r| r["call"] != "get-bucket-policy")
        .collect();
    assert_eq!(
        status(&findings(&user(), &records, NOW), CheckId::BucketPolicy),
        Status::Unknown
    );
    // Object Lock only warns for dashboard export.
    let export = Config {
        integration: Integration::DashboardExport,
        ..user()
    };
    let lock = rec(
        "get-object-lock-configuration",
        "bucket",
        "b",
        "ok",
        json!({"ObjectLockConfiguration": {"ObjectLockEnabled": "Enabled"}}),
    );
    assert_eq!(
        status(
            &findings(&export, &user_records(vec![lock]), NOW),
            CheckId::ObjectLock
        ),
        Status::Warn
    );
}

fn bucket_policy(statements: Value) -> Value {
    rec(
        "get-bucket-policy",
        "bucket",
        "acme-braze",
        "ok",
        json!({"Policy": doc(statements).to_string()}),
    )
}

#[test]
fn the_bucket_policy_is_judged_with_and_without_the_sse_header() {
    let sse = json!([
        {"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::acme-braze/*",
         "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "AES256"}}},
        {"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::acme-braze/*",
         "Condition": {"Null": {"s3:x-amz-server-side-encryption": "true"}}}
    ]);
    let on = Config {
        sse: true,
        ..user()
    };
    let records = user_records(vec![bucket_policy(sse)]);
    assert_eq!(
        status(&findings(&on, &records, NOW), CheckId::BucketPolicy),
        Status::Pass
    );
    let off = findings(&user(), &records, NOW);
    let finding = off.iter().find(|f| f.id == CheckId::BucketPolicy).unwrap();
    assert_eq!(finding.status, Status::Fail);
    assert!(finding
        .message
        .args
        .iter()
        .any(|(k, v)| *k == "pairs"
            && *v == "s3:PutObject arn:aws:s3:::acme-braze/currents/*".into()));
    // Another principal's Deny does not apply to Braze's user; the user's own does.
    let other = json!([{"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::111122223333:user/someone"}, "Action": "s3:*", "Resource": "*"}]);
    assert_eq!(
        status(
            &findings(&user(), &user_records(vec![bucket_policy(other)]), NOW),
            CheckId::BucketPolicy
        ),
        Status::Pass
    );
    let own = json!([{"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::111122223333:user/braze-user"}, "Action": "s3:GetObject", "Resource": "*"}]);
    assert_eq!(
        status(
            &findings(&user(), &user_records(vec![bucket_policy(own)]), NOW),
            CheckId::BucketPolicy
        ),
        Status::Fail
    );
    // A condition this check cannot evaluate: a warning.
    let ip = json!([{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*",
                     "Condition": {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]);
    assert_eq!(
        status(
            &findings(&user(), &user_records(vec![bucket_policy(ip)]), NOW),
            CheckId::BucketPolicy
        ),
        Status::Warn
    );
    // HTTPS only: Braze uses HTTPS, so this denies nothing.
    let tls = json!([{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*",
                      "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]);
    assert_eq!(
        status(
            &findings(&user(), &user_records(vec![bucket_policy(tls)]), NOW),
            CheckId::BucketPolicy
        ),
        Status::Pass
    );
}

#[test]
fn identity_policies_are_judged_together() {
    let version = |via: &str, subject: &str, document: Value| {
        rec(
            "get-policy-version",
            via,
            subject,
            "ok",
            json!({"PolicyVersion": {"Document": document}}),
        )
    };
    // Not attached: nothing grants.
    let none: Vec<Value> = user_records(vec![])
        .into_iter()
        .filter(|r| r["call"] != "get-policy-version")
        .collect();
    let f = findings(&user(), &none, NOW);
    let finding = f.iter().find(|f| f.id == CheckId::IdentityPolicy).unwrap();
    assert_eq!(finding.status, Status::Fail);
    assert!(finding
        .message
        .args
        .iter()
        .any(|(k, v)| *k == "count" && *v == 4usize.into()));
    assert_eq!(finding.snippet.map(|s| s.key()), Some("policy-currents"));
    // Split over a user policy and a group's inline policy (IAM's policy-document string form).
    let bucket_half = doc(
        json!([{"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"], "Resource": "arn:aws:s3:::acme-braze"}]),
    );
    let object_half = doc(
        json!([{"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"], "Resource": "arn:aws:s3:::acme-braze/*"}]),
    );
    let split = user_records(vec![
        version("user", "half", bucket_half),
        rec(
            "get-group-policy",
            "group:g",
            "inline",
            "ok",
            json!({"PolicyDocument": object_half.to_string()}),
        ),
    ]);
    assert_eq!(
        status(&findings(&user(), &split, NOW), CheckId::IdentityPolicy),
        Status::Pass
    );
    // A Deny in a group policy wins.
    let deny = rec(
        "get-group-policy",
        "group:g",
        "deny",
        "ok",
        json!({"PolicyDocument": doc(json!([{"Effect": "Deny", "Action": "s3:PutObject", "Resource": "*"}]))}),
    );
    assert_eq!(
        status(
            &findings(&user(), &user_records(vec![deny]), NOW),
            CheckId::IdentityPolicy
        ),
        Status::Fail
    );
    // More than needed: a warning.
    let admin = rec(
        "get-user-policy",
        "user",
        "admin",
        "ok",
        json!({"PolicyDocument": doc(json!([{"Effect": "Allow", "Action": "*", "Resource": "*"}]))}),
    );
    assert_eq!(
        status(
            &findings(&user(), &user_records(vec![admin]), NOW),
            CheckId::IdentityPolicy
        ),
        Status::Warn
    );
    // A policy that could not be read while something is missing: cannot tell.
    let mut unread = none.clone();
    unread.push(rec(
        "list-user-policies",
        "user",
        "braze-user",
        "denied",
        Value::Null,
    ));
    assert_eq!(
        status(&findings(&user(), &unread, NOW), CheckId::IdentityPolicy),
        Status::Unknown
    );
    // The user does not exist.
    let gone = user_records(vec![rec(
        "get-user",
        "user",
        "braze-user",
        "missing",
        Value::Null,
    )]);
    let f = findings(&user(), &gone, NOW);
    assert_eq!(status(&f, CheckId::IdentityPolicy), Status::Fail);
    assert_eq!(status(&f, CheckId::AccessKey), Status::Unknown);
    // The script could not read the user.
    let denied = user_records(vec![rec(
        "get-user",
        "user",
        "braze-user",
        "denied",
        Value::Null,
    )]);
    assert_eq!(
        status(&findings(&user(), &denied, NOW), CheckId::IdentityPolicy),
        Status::Unknown
    );
}

#[test]
fn the_permissions_boundary_must_allow_what_braze_needs() {
    let with_boundary = |document: Value| {
        user_records(vec![
            rec(
                "get-user",
                "user",
                "braze-user",
                "ok",
                json!({"User": {"Arn": "arn:aws:iam::111122223333:user/braze-user",
                "PermissionsBoundary": {"PermissionsBoundaryArn": "arn:aws:iam::111122223333:policy/b"}}}),
            ),
            rec(
                "get-policy-version",
                "boundary",
                "arn:aws:iam::111122223333:policy/b",
                "ok",
                json!({"PolicyVersion": {"Document": document}}),
            ),
        ])
    };
    let s3_all = doc(json!([{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]));
    let read_only = doc(json!([{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}]));
    assert_eq!(
        status(
            &findings(&user(), &with_boundary(s3_all), NOW),
            CheckId::PermissionsBoundary
        ),
        Status::Pass
    );
    let f = findings(&user(), &with_boundary(read_only), NOW);
    assert_eq!(status(&f, CheckId::PermissionsBoundary), Status::Fail);
    // The boundary's own policy is not one of the identity's.
    assert_eq!(status(&f, CheckId::IdentityPolicy), Status::Pass);
    let mut unread = with_boundary(Value::Null);
    unread.retain(|r| r["via"] != "boundary");
    assert_eq!(
        status(
            &findings(&user(), &unread, NOW),
            CheckId::PermissionsBoundary
        ),
        Status::Unknown
    );
}

fn role_records(trust: Value) -> Vec<Value> {
    let mut records = user_records(vec![]);
    records.retain(|r| r["via"] == "bucket");
    records.push(rec("get-role", "role", "braze-role", "ok",
        json!({"Role": {"Arn": "arn:aws:iam::111122223333:role/braze-role", "AssumeRolePolicyDocument": trust}})));
    records.push(rec(
        "get-policy-version",
        "role",
        "p",
        "ok",
        json!({"PolicyVersion": {"Document": braze_policy("acme-braze")}}),
    ));
    records
}

fn trust(account: &str, external_id: &str) -> Value {
    doc(
        json!([{"Effect": "Allow", "Principal": {"AWS": format!("arn:aws:iam::{account}:root")},
                "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": external_id}}}]),
    )
}

#[test]
fn the_trust_policy_must_name_braze_and_the_external_id() {
    let f = findings(&role(), &role_records(trust("999999999999", "ext-1")), NOW);
    assert_eq!(status(&f, CheckId::TrustPolicy), Status::Pass);
    assert!(f.iter().all(|f| f.id != CheckId::AccessKey));
    let wrong_id = findings(
        &role(),
        &role_records(trust("999999999999", "ext-old")),
        NOW,
    );
    let finding = wrong_id
        .iter()
        .find(|f| f.id == CheckId::TrustPolicy)
        .unwrap();
    assert_eq!(finding.status, Status::Fail);
    assert_eq!(finding.message.id, "checker-trust-external-id-different");
    assert_eq!(finding.snippet.map(|s| s.key()), Some("trust-policy"));
    let wrong_account = findings(&role(), &role_records(trust("000000000000", "ext-1")), NOW);
    let finding = wrong_account
        .iter()
        .find(|f| f.id == CheckId::TrustPolicy)
        .unwrap();
    assert_eq!(finding.status, Status::Fail);
    assert_eq!(finding.message.id, "checker-trust-principal-missing");
    // URL-encoded, as IAM's API returns it.
    let encoded = trust("999999999999", "ext-1")
        .to_string()
        .replace('"', "%22")
        .replace(' ', "+");
    let f = findings(&role(), &role_records(json!(encoded)), NOW);
    assert_eq!(status(&f, CheckId::TrustPolicy), Status::Pass);
}

#[test]
fn access_keys_are_active_and_young() {
    let keys = |keys: Value| {
        user_records(vec![rec(
            "list-access-keys",
            "user",
            "braze-user",
            "ok",
            keys,
        )])
    };
    let young = keys(json!([{"Status": "Active", "CreateDate": "2026-05-01T00:00:00Z"}]));
    assert_eq!(
        status(&findings(&user(), &young, NOW), CheckId::AccessKey),
        Status::Pass
    );
    let f = findings(&user(), &young, NOW + 100 * DAY);
    let finding = f.iter().find(|f| f.id == CheckId::AccessKey).unwrap();
    assert_eq!(finding.status, Status::Warn);
    assert!(finding.fix.is_some());
    // The newest active key counts, in either date form of the CLI.
    let two = keys(
        json!([{"Status": "Active", "CreateDate": "2020-01-01T00:00:00Z"},
                          {"Status": "Active", "CreateDate": "2026-05-20T00:00:00+00:00"}]),
    );
    assert_eq!(
        status(&findings(&user(), &two, NOW), CheckId::AccessKey),
        Status::Pass
    );
    let inactive = keys(json!([{"Status": "Inactive", "CreateDate": "2026-05-01T00:00:00Z"}]));
    assert_eq!(
        status(&findings(&user(), &inactive, NOW), CheckId::AccessKey),
        Status::Fail
    );
    assert_eq!(
        status(
            &findings(&user(), &keys(json!([])), NOW),
            CheckId::AccessKey
        ),
        Status::Fail
    );
    let denied = user_records(vec![rec(
        "list-access-keys",
        "user",
        "braze-user",
        "denied",
        Value::Null,
    )]);
    assert_eq!(
        status(&findings(&user(), &denied, NOW), CheckId::AccessKey),
        Status::Unknown
    );
    let undated = keys(json!([{"Status": "Active", "CreateDate": "yesterday"}]));
    assert_eq!(
        status(&findings(&user(), &undated, NOW), CheckId::AccessKey),
        Status::Pass
    );
}

#[test]
fn a_report_for_other_values_is_not_judged() {
    let records = role_records(trust("999999999999", "ext-1"));
    let report = read_report(&text(&role(), &records)).unwrap();
    for other in [
        Config {
            bucket: "acme-other".into(),
            ..role()
        },
        Config {
            external_id: "ext-2".into(),
            ..role()
        },
        Config {
            role_name: "other-role".into(),
            ..role()
        },
        Config {
            braze_account: "888888888888".into(),
            ..role()
        },
        user(),
    ] {
        let f = preflight::check(&report, &other, NOW);
        assert_eq!(f.len(), 1, "{other:?}");
        assert_eq!((f[0].id, f[0].status), (CheckId::Report, Status::Unknown));
        assert_eq!(f[0].message.id, "preflight-other-values");
    }
}

/// The widget's `preflight-script` snippet is the core's script, a shell file (not JSON), and
/// waits, like the other snippets, for the fields it is built from.
#[test]
fn the_preflight_snippet_is_the_script_or_waits_for_its_fields() {
    use braze_s3_companion::core::snippets::{self, SnippetBody, SnippetId};
    for config in [user(), role()] {
        let report = Report::new(&config);
        match snippets::build(SnippetId::PreflightScript, &config, &report) {
            SnippetBody::Ready { text, .. } => assert_eq!(Ok(text), script(&config)),
            other => panic!("not ready for {config:?}: {other:?}"),
        }
    }
    assert_eq!(SnippetId::PreflightScript.key(), "preflight-script");
    assert!(!SnippetId::PreflightScript.is_json());
    let no_bucket = Config {
        bucket: String::new(),
        ..role()
    };
    assert_eq!(
        snippets::build(
            SnippetId::PreflightScript,
            &no_bucket,
            &Report::new(&no_bucket)
        ),
        SnippetBody::Waiting {
            fields: vec![Field::Bucket]
        }
    );
}

/// The localized opening comment never lets a line escape as a command, and wraps to a
/// terminal's width in scripts with and without spaces.
#[test]
fn the_opening_comment_is_all_comment_lines_a_terminal_shows_whole() {
    use braze_s3_companion::core::snippets::with_comment;
    let script = "#!/usr/bin/env bash\nset -u\necho done\n";
    let long_latin = "word ".repeat(60);
    let long_japanese = "読み取り専用の事前確認です".repeat(12);
    let comment =
        format!("First line.\n{long_latin}\n  bash preflight.sh > report.txt\r\n\n{long_japanese}");
    let out = with_comment(script, &comment);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "#!/usr/bin/env bash");
    let end = lines
        .iter()
        .position(|l| *l == "set -u")
        .expect("the script follows the comment");
    assert_eq!(&lines[end..], ["set -u", "echo done"]);
    let block = &lines[1..end];
    assert!(block.iter().all(|l| l.starts_with("# ")), "{block:?}");
    assert!(
        block.contains(&"#   bash preflight.sh > report.txt"),
        "indentation kept: {block:?}"
    );
    // Wide characters count two columns: 80 columns is 40 of them.
    for line in block {
        let columns: usize = line
            .chars()
            .map(|c| if c.len_utf8() == 3 { 2 } else { 1 })
            .sum();
        assert!(columns <= 80, "{columns} columns: {line}");
    }
    // Nothing the comment said was lost by wrapping.
    let words = |s: &str| s.split_whitespace().collect::<String>();
    let kept: String = block
        .iter()
        .map(|l| l.trim_start_matches('#'))
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(words(&kept), words(&comment));
}

/// Issue 22: the run instruction in the script's opening comment names the file the download
/// button saves (`<bucket>-braze-preflight.sh` in English), not another one, in every language,
/// and the report it writes is a text file. A long name may move the report's file to the next
/// comment line, never cut a name.
#[test]
fn the_run_instruction_names_the_downloaded_file_in_every_language() {
    use braze_s3_companion::core::snippets::{self, with_comment, SnippetBody, SnippetId};
    use braze_s3_companion::i18n::{Locale, Localizer};
    let long = Config {
        bucket: "acme-braze-currents-production-eu-west-1".into(),
        ..role()
    };
    for config in [user(), role(), long] {
        let body = snippets::build(SnippetId::PreflightScript, &config, &Report::new(&config));
        let SnippetBody::Ready {
            text,
            file_name,
            comment: Some(comment),
        } = body
        else {
            panic!("not ready: {body:?}");
        };
        for locale in Locale::ALL {
            let l10n = Localizer::get(locale);
            let file = l10n.text(&file_name);
            assert!(
                file.starts_with(&format!("{}-", config.bucket)) && file.ends_with(".sh"),
                "{locale:?}: {file}"
            );
            // The comment as the reader reads it: its lines, joined.
            let script = with_comment(&text, &l10n.text(&comment));
            let said = script
                .lines()
                .skip(1)
                .take_while(|l| l.starts_with('#'))
                .map(|l| l.trim_start_matches('#').trim())
                .collect::<Vec<_>>()
                .join(" ");
            let run = said
                .find("bash ")
                .map(|at| &said[at..])
                .unwrap_or_else(|| panic!("{locale:?}: no run instruction in {said}"));
            let words: Vec<&str> = run.split(' ').take(4).collect();
            assert_eq!(
                words[..3],
                ["bash", file.as_str(), ">"],
                "{locale:?}: {run}"
            );
            assert!(words[3].ends_with(".txt"), "{locale:?}: {run}");
            assert_eq!(said.matches("bash ").count(), 1, "{locale:?}: {said}");
        }
    }
}

/// Issue 22: the widget keeps a report's findings under `JudgedValues`, so that a key typed in
/// a field the judging does not read does not judge a 2 MB report again. Two halves: a value
/// the key leaves out changes no finding (for reports that pass, fail and warn), and every
/// value the key keeps changes the key.
#[test]
fn the_findings_depend_only_on_the_judged_values() {
    use preflight::JudgedValues;
    let bucket_policy = bucket_policy(json!([{"Effect": "Deny", "Principal": "*",
        "Action": "s3:PutObject", "Resource": "arn:aws:s3:::acme-braze/*",
        "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "AES256"}}}]));
    let wrong_policy = rec(
        "get-policy-version",
        "user",
        "arn:aws:iam::111122223333:policy/braze",
        "ok",
        json!({"PolicyVersion": {"Document": braze_policy("acme-other")}}),
    );
    let old_key = rec(
        "list-access-keys",
        "user",
        "braze-user",
        "ok",
        json!([{"Status": "Active", "CreateDate": "2025-01-01T10:00:00Z"}]),
    );
    let cases = [
        (user(), user_records(vec![])),
        (
            user(),
            user_records(vec![wrong_policy, bucket_policy.clone()]),
        ),
        (user(), user_records(vec![old_key])),
        (role(), role_records(trust("999999999999", "ext-1"))),
        (
            role(),
            merge(
                role_records(trust("999999999999", "ext-2")),
                vec![bucket_policy],
            ),
        ),
    ];
    let mut seen = Vec::new();
    for (base, records) in cases {
        let report = read_report(&text(&base, &records)).expect("a report");
        let expected = preflight::check(&report, &base, NOW);
        seen.extend(expected.iter().map(|f| f.status));
        let left_out = left_out_values(&base);
        for config in left_out {
            assert_eq!(JudgedValues::of(&config), JudgedValues::of(&base));
            assert_eq!(
                preflight::check(&report, &config, NOW),
                expected,
                "{config:?}"
            );
        }
    }
    for status in [Status::Pass, Status::Fail, Status::Warn] {
        assert!(seen.contains(&status), "{status:?} among {seen:?}");
    }
    for base in [user(), role()] {
        let mut kept = vec![
            Config {
                bucket: "acme-other".into(),
                ..base.clone()
            },
            Config {
                integration: Integration::Both,
                ..base.clone()
            },
            Config {
                sse: !base.sse,
                ..base.clone()
            },
            Config {
                policy_name: "another-policy".into(),
                ..base.clone()
            },
            Config {
                auth: match base.auth {
                    AuthMethod::SecretKey => AuthMethod::RoleArn,
                    AuthMethod::RoleArn => AuthMethod::SecretKey,
                },
                ..base.clone()
            },
        ];
        kept.push(Config {
            braze_account: "111111111111".into(),
            ..base.clone()
        });
        kept.push(Config {
            external_id: "another-id".into(),
            ..base.clone()
        });
        if base.auth == AuthMethod::SecretKey {
            kept.push(Config {
                user_name: "another-user".into(),
                ..base.clone()
            });
        } else {
            for change in [
                |c: &mut Config| c.role_name = "another-role".into(),
                |c: &mut Config| c.own_account = "222222222222".into(),
            ] {
                let mut config = base.clone();
                change(&mut config);
                kept.push(config);
            }
        }
        for config in kept {
            assert_ne!(
                JudgedValues::of(&config),
                JudgedValues::of(&base),
                "{config:?}"
            );
        }
    }
}

/// `base` with each value `JudgedValues` leaves out changed: the folder, a connector, the
/// other method's names.
fn left_out_values(base: &Config) -> Vec<Config> {
    use braze_s3_companion::core::config::Connector;
    let other_method = match base.auth {
        AuthMethod::SecretKey => Config {
            role_name: "another-role".into(),
            own_account: "222222222222".into(),
            ..base.clone()
        },
        AuthMethod::RoleArn => Config {
            user_name: "another-user".into(),
            ..base.clone()
        },
    };
    let folders = [
        Config {
            folder: "elsewhere/deeper".into(),
            ..base.clone()
        },
        Config {
            connectors: vec![Connector {
                id: 2,
                name: "second".into(),
                folder: "second-folder".into(),
            }],
            ..base.clone()
        },
    ];
    // Braze's Currents requests are on the keys under each folder (issue 19): judged there.
    let mut left_out = vec![other_method];
    if !base.integration.has_currents() {
        left_out.extend(folders);
    }
    left_out
}

/// With Currents, Braze writes under each connector's folder: a folder or a connector typed
/// changes what is judged (a Deny on one folder's keys refuses that connector's uploads).
#[test]
fn with_currents_the_folders_are_judged() {
    use braze_s3_companion::core::config::Connector;
    use preflight::JudgedValues;
    let base = user();
    assert!(base.integration.has_currents());
    let other_folder = Config {
        folder: "elsewhere".into(),
        ..base.clone()
    };
    let more_connectors = Config {
        connectors: vec![Connector {
            id: 2,
            name: "second".into(),
            folder: "second-folder".into(),
        }],
        ..base.clone()
    };
    assert_ne!(JudgedValues::of(&other_folder), JudgedValues::of(&base));
    assert_ne!(JudgedValues::of(&more_connectors), JudgedValues::of(&base));
    let export = Config {
        integration: Integration::DashboardExport,
        ..base.clone()
    };
    let export_elsewhere = Config {
        folder: "elsewhere".into(),
        ..export.clone()
    };
    assert_eq!(
        JudgedValues::of(&export_elsewhere),
        JudgedValues::of(&export)
    );
}

/// The policy checker keeps its result under `JudgedValues` too (issue 22): a value it leaves
/// out changes no result, for policies that suffice, fall short, grant more, or trust.
#[test]
fn the_checker_s_result_depends_only_on_the_judged_values() {
    use braze_s3_companion::core::checker;
    use preflight::JudgedValues;
    let broad = doc(json!([{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]));
    let short = doc(json!([{"Effect": "Allow", "Action": "s3:PutObject",
        "Resource": "arn:aws:s3:::acme-braze/currents/*"}]));
    let policies = [
        braze_policy("acme-braze"),
        broad,
        short,
        trust("999999999999", "ext-1"),
        trust("999999999999", "ext-2"),
    ];
    let mut verdicts = Vec::new();
    for base in [user(), role()] {
        for policy in &policies {
            let text = serde_json::to_string_pretty(policy).unwrap();
            let expected = checker::check(&text, &base);
            verdicts.push(expected.verdict.key());
            for config in left_out_values(&base) {
                assert_eq!(JudgedValues::of(&config), JudgedValues::of(&base));
                assert_eq!(
                    checker::check(&text, &config),
                    expected,
                    "{config:?}\n{text}"
                );
            }
        }
    }
    verdicts.sort_unstable();
    verdicts.dedup();
    assert!(verdicts.len() >= 2, "{verdicts:?}");
}
