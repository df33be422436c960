//! Where the time goes when the preflight judges a large report, natively (issue 22): a bench
//! figure, never an assertion. `cargo run --release --example judging_speed [rounds]`.
//!
//! Three reports, for a Currents case with a secret key (and one with a role):
//! - **hostile**: the 2 MiB report of `tests/e2e/links-and-pastes.test.mjs` ("a 2 MB report…"):
//!   the Braze policy on another bucket, a bucket policy that denies uploads without SSE-S3, and
//!   ~1,980 more managed policies of 4 statements each, every one on buckets of its own;
//! - **user worst case** (IAM quotas, docs/facts.md): a user with 20 managed policies and 10
//!   groups of 20 managed policies each, every policy near the 6,144-character limit;
//! - **role worst case**: a role with 20 managed policies and 10,240 characters of inline.
//!
//! For each: the reading of the text (once per paste), the judging (`preflight::check`, once per
//! change of a judged value), and, for the hostile one, the judging's parts.

use std::time::{Duration, Instant};

use braze_s3_companion::core::config::{AuthMethod, Config, Integration};
use braze_s3_companion::core::preflight::{self, read_report, PreparedReport};
use serde_json::{json, Value};

const BUCKET: &str = "acme-issue22";
const USER: &str = "braze-issue22";
const ROLE: &str = "braze-issue22-role";
const ACCOUNT: &str = "111122223333";

fn record(call: &str, via: &str, subject: &str, status: &str, data: Value) -> String {
    json!({"check": "x", "call": call, "via": via, "subject": subject, "status": status,
        "error": null, "data": data})
    .to_string()
}

fn policy(statements: Value) -> Value {
    json!({"Version": "2012-10-17", "Statement": statements})
}

fn braze(bucket: &str) -> Value {
    policy(json!([
        {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
            "Resource": format!("arn:aws:s3:::{bucket}")},
        {"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"],
            "Resource": format!("arn:aws:s3:::{bucket}/*")}
    ]))
}

fn deny_without_sse() -> Value {
    policy(
        json!([{"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
        "Resource": format!("arn:aws:s3:::{BUCKET}/*"),
        "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "AES256"}}}]),
    )
}

fn bucket_records() -> Vec<String> {
    vec![
        record("head-bucket", "bucket", BUCKET, "ok", Value::Null),
        record(
            "get-bucket-location",
            "bucket",
            BUCKET,
            "ok",
            json!({"LocationConstraint": "eu-west-1"}),
        ),
        record(
            "get-bucket-encryption",
            "bucket",
            BUCKET,
            "missing",
            Value::Null,
        ),
        record(
            "get-object-lock-configuration",
            "bucket",
            BUCKET,
            "missing",
            Value::Null,
        ),
        record(
            "get-bucket-policy",
            "bucket",
            BUCKET,
            "ok",
            json!({"Policy": deny_without_sse().to_string()}),
        ),
    ]
}

fn text(header: Value, records: &[String]) -> String {
    let mut lines = vec![preflight::VERSION_LINE.to_owned(), header.to_string()];
    lines.extend(records.iter().cloned());
    lines.push(format!("{}{}", preflight::END_PREFIX, records.len()));
    lines.join("\n") + "\n"
}

fn user_header() -> Value {
    json!({"preflight": 1, "bucket": BUCKET, "auth": "secret-key", "name": USER,
        "integration": "currents"})
}

/// The e2e test's report: up to `bytes`, fillers of 4 statements each on buckets of their own.
fn hostile(bytes: usize) -> String {
    let mut records = bucket_records();
    records.push(record(
        "get-user",
        "user",
        USER,
        "ok",
        json!({"User": {"UserName": USER, "Arn": format!("arn:aws:iam::{ACCOUNT}:user/{USER}")}}),
    ));
    records.push(record(
        "get-policy-version",
        "user",
        &format!("arn:aws:iam::{ACCOUNT}:policy/braze"),
        "ok",
        json!({"PolicyVersion": {"Document": braze("acme-somewhere-else")}}),
    ));
    records.push(record(
        "list-access-keys",
        "user",
        USER,
        "ok",
        json!([{"Status": "Active", "CreateDate": "2026-05-01T00:00:00Z"}]),
    ));
    let mut size: usize = records.iter().map(|r| r.len() + 1).sum();
    let mut i = 0;
    while records.len() < 1_990 {
        let statements: Vec<Value> = (0..4)
            .map(|s| {
                json!({"Sid": format!("S{i}x{s}"), "Effect": "Allow",
                    "Action": ["s3:Get*", format!("s3:List{s}*")],
                    "Resource": [format!("arn:aws:s3:::other-{i}-{s}"),
                        format!("arn:aws:s3:::other-{i}-{s}/*")],
                    "Condition": {"StringLike": {"aws:PrincipalTag/team": format!("t{i}")}}})
            })
            .collect();
        let line = record(
            "get-policy-version",
            "user",
            &format!("arn:aws:iam::{ACCOUNT}:policy/p{i}"),
            "ok",
            json!({"PolicyVersion": {"Document": policy(Value::Array(statements)),
                "VersionId": "v1", "IsDefaultVersion": true}}),
        );
        if size + line.len() + 200 > bytes {
            break;
        }
        size += line.len() + 1;
        records.push(line);
        i += 1;
    }
    text(user_header(), &records)
}

/// A managed policy near 6,144 characters (without whitespace): statements on the reader's
/// bucket and on others, with wildcards, conditions and a `Deny`, as a real account may hold.
fn large_policy(seed: usize, max_chars: usize) -> Value {
    let mut statements = Vec::new();
    let mut n = 0;
    loop {
        let k = seed * 100 + n;
        let statement = match n % 6 {
            0 => json!({"Sid": format!("Data{k}"), "Effect": "Allow",
                "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:List*"],
                "Resource": [format!("arn:aws:s3:::team-{k}-data"),
                    format!("arn:aws:s3:::team-{k}-data/*"),
                    format!("arn:aws:s3:::team-{k}-logs/*/events/*.json")]}),
            1 => json!({"Sid": format!("Tagged{k}"), "Effect": "Allow",
                "Action": ["s3:Get*", "s3:Put*"],
                "Resource": [format!("arn:aws:s3:::{BUCKET}/shared-{k}/*"),
                    format!("arn:aws:s3:::archive-{k}-*/*")],
                "Condition": {"StringEquals": {"aws:PrincipalTag/team": format!("t{k}")}}}),
            2 => json!({"Sid": format!("NoDelete{k}"), "Effect": "Deny",
                "Action": ["s3:DeleteBucket", "s3:PutBucketPolicy"],
                "Resource": format!("arn:aws:s3:::team-{k}-*")}),
            3 => json!({"Sid": format!("Ec2{k}"), "Effect": "Allow",
                "Action": ["ec2:Describe*", "ec2:StartInstances", "ec2:StopInstances"],
                "Resource": "*",
                "Condition": {"StringEquals": {"ec2:ResourceTag/owner": format!("o{k}")}}}),
            4 => json!({"Sid": format!("Prefix{k}"), "Effect": "Allow",
                "Action": "s3:ListBucket",
                "Resource": format!("arn:aws:s3:::team-{k}-data"),
                "Condition": {"StringLike": {"s3:prefix": [format!("home/{k}/*"), "shared/*"]}}}),
            _ => json!({"Sid": format!("Logs{k}"), "Effect": "Allow",
                "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
                "Resource": format!("arn:aws:logs:eu-west-1:{ACCOUNT}:log-group:/team/{k}:*")}),
        };
        statements.push(statement);
        let document = policy(Value::Array(statements.clone()));
        if document.to_string().len() > max_chars {
            statements.pop();
            return policy(Value::Array(statements));
        }
        n += 1;
    }
}

fn managed(via: &str, n: usize, seed: usize) -> String {
    record(
        "get-policy-version",
        via,
        &format!("arn:aws:iam::{ACCOUNT}:policy/large-{seed}-{n}"),
        "ok",
        json!({"PolicyVersion": {"Document": large_policy(seed + n, 6_144),
            "VersionId": "v1", "IsDefaultVersion": true}}),
    )
}

/// A user with 20 managed policies and 10 groups of 20 each, every policy near 6,144.
fn user_worst() -> String {
    let mut records = bucket_records();
    records.push(record(
        "get-user",
        "user",
        USER,
        "ok",
        json!({"User": {"UserName": USER, "Arn": format!("arn:aws:iam::{ACCOUNT}:user/{USER}")}}),
    ));
    records.push(record(
        "get-policy-version",
        "user",
        &format!("arn:aws:iam::{ACCOUNT}:policy/braze"),
        "ok",
        json!({"PolicyVersion": {"Document": braze(BUCKET)}}),
    ));
    for n in 0..19 {
        records.push(managed("user", n, 0));
    }
    for g in 0..10 {
        for n in 0..20 {
            records.push(managed(&format!("group:g{g}"), n, (g + 1) * 1000));
        }
    }
    records.push(record(
        "list-access-keys",
        "user",
        USER,
        "ok",
        json!([{"Status": "Active", "CreateDate": "2026-05-01T00:00:00Z"}]),
    ));
    text(user_header(), &records)
}

/// A role with 20 managed policies near 6,144 and 10,240 characters of inline policies.
fn role_worst() -> String {
    let header = json!({"preflight": 1, "bucket": BUCKET, "auth": "role-arn", "name": ROLE,
        "integration": "currents", "braze_account": "999999999999", "external_id": "ext-1"});
    let trust = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::999999999999:root"}, "Action": "sts:AssumeRole",
        "Condition": {"StringEquals": {"sts:ExternalId": "ext-1"}}}]});
    let mut records = bucket_records();
    records.push(record(
        "get-role",
        "role",
        ROLE,
        "ok",
        json!({"Role": {"RoleName": ROLE, "Arn": format!("arn:aws:iam::{ACCOUNT}:role/{ROLE}"),
            "AssumeRolePolicyDocument": trust}}),
    ));
    records.push(record(
        "get-policy-version",
        "role",
        &format!("arn:aws:iam::{ACCOUNT}:policy/braze"),
        "ok",
        json!({"PolicyVersion": {"Document": braze(BUCKET)}}),
    ));
    for n in 0..19 {
        records.push(managed("role", n, 0));
    }
    for n in 0..2 {
        records.push(record(
            "get-role-policy",
            "role",
            &format!("inline-{n}"),
            "ok",
            json!({"PolicyDocument": large_policy(500 + n, 5_100)}),
        ));
    }
    text(header, &records)
}

fn config(auth: AuthMethod, folder: &str) -> Config {
    Config {
        integration: Integration::Currents,
        auth,
        bucket: BUCKET.into(),
        user_name: USER.into(),
        role_name: ROLE.into(),
        braze_account: "999999999999".into(),
        external_id: "ext-1".into(),
        folder: folder.into(),
        ..Config::default()
    }
}

/// The median of `rounds` runs of `f`.
fn median(rounds: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let now = 1_780_000_000;
    let cases = [
        (
            "hostile 2 MiB",
            hostile(2 * 1024 * 1024 - 1024),
            AuthMethod::SecretKey,
        ),
        ("user worst case", user_worst(), AuthMethod::SecretKey),
        ("role worst case", role_worst(), AuthMethod::RoleArn),
    ];
    // A second argument keeps the cases whose name holds it (to profile one).
    let only = std::env::args().nth(2).unwrap_or_default();
    for (name, text, auth) in cases.iter().filter(|(name, ..)| name.contains(&only)) {
        let report = read_report(text).expect("a report");
        // Once per paste: the text read, its policies converted.
        let read = median(rounds, || {
            read_report(text).unwrap();
        });
        // (The report is cloned, and the prepared one dropped, outside the time.)
        let mut copies: Vec<_> = (0..rounds).map(|_| report.clone()).collect();
        let mut prepared_copies = Vec::new();
        let prepare = median(rounds, || {
            prepared_copies.push(PreparedReport::new(copies.pop().unwrap()));
        });
        drop(prepared_copies);
        let prepared = PreparedReport::new(report.clone());
        // Each key typed in the folder field is a new judged value.
        let mut folder = String::from("currents");
        let mut keys = "abcdef".chars().cycle();
        let judge = median(rounds, || {
            folder.push(keys.next().unwrap());
            preflight::check_prepared(&prepared, &config(*auth, &folder), now);
        });
        println!(
            "{name}: {} bytes, {} records; read {}, prepare {}; judge (a folder key) {}",
            text.len(),
            report.records.len(),
            ms(read),
            ms(prepare),
            ms(judge)
        );
        let expected = preflight::check(&report, &config(*auth, "currents"), now);
        let found = preflight::check_prepared(&prepared, &config(*auth, "currents"), now);
        assert_eq!(found, expected);
        let statuses: Vec<String> = found
            .iter()
            .map(|f| format!("{}={}", f.id.key(), f.status.key()))
            .collect();
        println!("  {}", statuses.join(" "));
    }
}
