//! The Google Cloud Storage preflight: the script's promises (reads only, no key, the report's
//! header), and the judging of crafted reports, each status from docs/facts.md ("The preflight
//! (Google Cloud Storage)", "How IAM is judged"). The script also runs for real against a
//! recording gcloud and Google's storage emulator in `tests/lint/gcs_preflight.py`.

#[path = "fixtures/gcs.rs"]
mod fixtures;

use std::collections::BTreeMap;

use braze_s3_companion::core::preflight::ReportProblem;
use braze_s3_companion::core::providers::gcs::preflight::{
    check, epoch_seconds, read_report, GcsReportProblem,
};
use braze_s3_companion::core::providers::gcs::secret::Secret;
use braze_s3_companion::core::providers::gcs::snippets::generate;
use braze_s3_companion::core::providers::gcs::{GcsReport, GcsSetup, GcsSnippet};
use serde_json::{json, Value};

const EMAIL: &str = "braze-exports@acme-prod.iam.gserviceaccount.com";
const ROLE: &str = "projects/acme-prod/roles/brazeExports";
const DAY: i64 = 86_400;

fn setup(hns: bool) -> GcsSetup {
    GcsSetup {
        bucket: "acme-exports".into(),
        project_id: "acme-prod".into(),
        role_id: "brazeExports".into(),
        service_account: "braze-exports".into(),
        hierarchical_namespace: hns,
        ..GcsSetup::default()
    }
}

fn now() -> i64 {
    epoch_seconds("2026-06-01T00:00:00Z").unwrap()
}

/// One line of the report, as the script prints it.
fn call(check: &str, call: &str, via: &str, subject: &str, status: &str, data: Value) -> String {
    let error = match status {
        "ok" => Value::Null,
        "missing" => json!("NOT_FOUND"),
        "denied" => json!("PERMISSION_DENIED"),
        _ => json!("exit-1"),
    };
    json!({"check": check, "call": call, "via": via, "subject": subject, "status": status,
           "error": error, "data": if status == "ok" { data } else { Value::Null }})
    .to_string()
}

fn role_json(name: &str, permissions: &[&str]) -> Value {
    json!({"name": name, "stage": "GA", "title": "t", "etag": "x", "includedPermissions": permissions})
}

fn policy(bindings: Value) -> Value {
    json!({"bindings": bindings, "etag": "BwX=", "version": 1})
}

/// An account set up right: the bucket, the guide's role bound on it, a key.
struct Account {
    bucket: (String, Value),
    role: (String, Value),
    account: (String, Value),
    bucket_policy: (String, Value),
    project_policy: (String, Value),
    roles: BTreeMap<String, (String, Value)>,
    deny: (String, Value),
    keys: (String, Value),
}

fn braze_permissions(hns: bool) -> Vec<String> {
    fixtures::permissions(hns)
}

impl Account {
    fn right(hns: bool) -> Self {
        let permissions = braze_permissions(hns);
        let permissions: Vec<&str> = permissions.iter().map(String::as_str).collect();
        Self {
            bucket: (
                "ok".into(),
                json!({"kind": "storage#bucket", "name": "acme-exports", "location": "EU",
                       "locationType": "multi-region",
                       "hierarchicalNamespace": {"enabled": hns}}),
            ),
            role: ("ok".into(), role_json(ROLE, &permissions)),
            account: ("ok".into(), json!({"email": EMAIL, "disabled": false})),
            bucket_policy: (
                "ok".into(),
                policy(json!([
                    {"role": "roles/storage.legacyBucketOwner", "members": ["projectOwner:acme-prod"]},
                    {"role": ROLE, "members": [format!("serviceAccount:{EMAIL}")]}
                ])),
            ),
            project_policy: (
                "ok".into(),
                policy(json!([{"role": "roles/owner", "members": ["user:admin@acme.example"]}])),
            ),
            roles: BTreeMap::new(),
            deny: ("ok".into(), json!([])),
            keys: (
                "ok".into(),
                json!([{"validAfterTime": "2026-05-01T00:00:00Z",
                        "validBeforeTime": "9999-12-31T23:59:59Z", "disabled": false}]),
            ),
        }
    }

    fn report(&self) -> String {
        let mut lines = vec![
            "$ bash preflight.sh".to_owned(),
            "# braze-s3-companion preflight v1".to_owned(),
            json!({"preflight": 1, "provider": "google-cloud-storage", "bucket": "acme-exports",
                   "project": "acme-prod", "role": "brazeExports", "service_account": EMAIL,
                   "integration": "currents", "hierarchical_namespace": "off"})
            .to_string(),
        ];
        let mut add =
            |c: &str, name: &str, via: &str, subject: &str, (status, data): &(String, Value)| {
                lines.push(call(c, name, via, subject, status, data.clone()));
            };
        add(
            "bucket-exists",
            "storage buckets describe",
            "bucket",
            "acme-exports",
            &self.bucket,
        );
        add(
            "custom-role",
            "iam roles describe",
            "role",
            ROLE,
            &self.role,
        );
        add(
            "service-account",
            "iam service-accounts describe",
            "service-account",
            EMAIL,
            &self.account,
        );
        add(
            "permissions",
            "storage buckets get-iam-policy",
            "bucket",
            "acme-exports",
            &self.bucket_policy,
        );
        add(
            "permissions",
            "projects get-iam-policy",
            "project",
            "acme-prod",
            &self.project_policy,
        );
        for (name, answer) in &self.roles {
            add("permissions", "iam roles describe", "role", name, answer);
        }
        add(
            "deny-policies",
            "iam policies list",
            "project",
            "acme-prod",
            &self.deny,
        );
        add(
            "service-account-key",
            "iam service-accounts keys list",
            "service-account",
            EMAIL,
            &self.keys,
        );
        let count = lines.len() - 3;
        lines.push("preflight: done".to_owned());
        lines.push(format!("# end {count}"));
        lines.join("\n")
    }
}

/// The status of every finding, by check id.
fn statuses(account: &Account, setup: &GcsSetup, now: i64) -> BTreeMap<&'static str, &'static str> {
    let report = read_report(&account.report()).expect("a whole report");
    check(&report, setup, now)
        .iter()
        .map(|f| (f.id.key(), f.status.key()))
        .collect()
}

#[track_caller]
fn expect(account: &Account, setup: &GcsSetup, expected: &[(&str, &str)]) {
    let got = statuses(account, setup, now());
    for (id, status) in expected {
        assert_eq!(got.get(id).copied(), Some(*status), "{id}: {got:?}");
    }
}

#[test]
fn an_account_set_up_right_passes_every_check() {
    for hns in [false, true] {
        let got = statuses(&Account::right(hns), &setup(hns), now());
        let ids: Vec<&str> = got.keys().copied().collect();
        assert_eq!(got.len(), 10, "{got:?}");
        assert!(got.values().all(|s| *s == "pass"), "{hns}: {got:?} {ids:?}");
    }
}

#[test]
fn a_missing_bucket_fails_and_what_depends_on_it_is_unknown() {
    let mut account = Account::right(false);
    account.bucket = ("missing".into(), Value::Null);
    account.bucket_policy = ("missing".into(), Value::Null);
    expect(
        &account,
        &setup(false),
        &[
            ("bucket-exists", "fail"),
            ("hierarchical-namespace", "unknown"),
            ("permissions", "fail"),
            ("public-access", "pass"),
        ],
    );
}

#[test]
fn hierarchical_namespace_against_the_reader_s_choice() {
    // The bucket uses it; the reader chose off; the role lacks folders.create: fail twice.
    let mut account = Account::right(false);
    account.bucket.1["hierarchicalNamespace"]["enabled"] = json!(true);
    expect(
        &account,
        &setup(false),
        &[
            ("hierarchical-namespace", "fail"),
            ("custom-role", "fail"),
            ("permissions", "fail"),
        ],
    );
    // The reader chose on; the bucket does not use it: a warning, the rest passes.
    let account = Account::right(true);
    let mut flat = account;
    flat.bucket.1["hierarchicalNamespace"]["enabled"] = json!(false);
    expect(
        &flat,
        &setup(true),
        &[
            ("hierarchical-namespace", "warn"),
            ("permissions", "pass"),
            ("extra-permissions", "warn"),
        ],
    );
}

#[test]
fn a_role_missing_a_permission_fails_where_it_matters() {
    let mut account = Account::right(false);
    let permissions: Vec<String> = braze_permissions(false)
        .into_iter()
        .filter(|p| p != "storage.buckets.get")
        .collect();
    let permissions: Vec<&str> = permissions.iter().map(String::as_str).collect();
    account.role.1 = role_json(ROLE, &permissions);
    expect(
        &account,
        &setup(false),
        &[("custom-role", "fail"), ("permissions", "fail")],
    );
    // Without the optional delete: passes, with a note.
    let mut account = Account::right(false);
    let permissions: Vec<String> = braze_permissions(false)
        .into_iter()
        .filter(|p| p != "storage.objects.delete")
        .collect();
    let permissions: Vec<&str> = permissions.iter().map(String::as_str).collect();
    account.role.1 = role_json(ROLE, &permissions);
    expect(
        &account,
        &setup(false),
        &[("custom-role", "pass"), ("permissions", "pass")],
    );
}

#[test]
fn disabled_or_deleted_roles_grant_nothing() {
    for change in ["DISABLED", "deleted"] {
        let mut account = Account::right(false);
        if change == "deleted" {
            account.role.1["deleted"] = json!(true);
        } else {
            account.role.1["stage"] = json!(change);
        }
        expect(
            &account,
            &setup(false),
            &[("custom-role", "fail"), ("permissions", "fail")],
        );
    }
}

#[test]
fn granted_on_the_project_works_but_warns() {
    let mut account = Account::right(false);
    account.bucket_policy.1 = policy(json!([]));
    account.project_policy.1 = policy(json!([
        {"role": ROLE, "members": [format!("serviceAccount:{EMAIL}")]}
    ]));
    expect(
        &account,
        &setup(false),
        &[("permissions", "pass"), ("binding-scope", "warn")],
    );
}

#[test]
fn another_role_is_judged_by_its_description() {
    let mut account = Account::right(false);
    account.role = ("missing".into(), Value::Null);
    account.bucket_policy.1 = policy(json!([
        {"role": "roles/storage.objectAdmin", "members": [format!("serviceAccount:{EMAIL}")]},
        {"role": "roles/storage.legacyBucketReader", "members": [format!("serviceAccount:{EMAIL}")]}
    ]));
    account.roles.insert(
        "roles/storage.objectAdmin".into(),
        (
            "ok".into(),
            role_json(
                "roles/storage.objectAdmin",
                &[
                    "storage.objects.create",
                    "storage.objects.delete",
                    "storage.objects.get",
                    "storage.objects.list",
                    "storage.objects.setIamPolicy",
                ],
            ),
        ),
    );
    account.roles.insert(
        "roles/storage.legacyBucketReader".into(),
        (
            "ok".into(),
            role_json(
                "roles/storage.legacyBucketReader",
                &["storage.buckets.get", "storage.objects.list"],
            ),
        ),
    );
    expect(
        &account,
        &setup(false),
        &[
            ("custom-role", "warn"),
            ("permissions", "pass"),
            ("extra-permissions", "warn"),
        ],
    );
    // The same, with one role not described: the missing permission is not settled.
    account.roles.remove("roles/storage.legacyBucketReader");
    expect(
        &account,
        &setup(false),
        &[("custom-role", "fail"), ("permissions", "unknown")],
    );
}

#[test]
fn a_conditional_binding_is_not_counted_nor_refused() {
    let mut account = Account::right(false);
    account.bucket_policy.1 = policy(json!([
        {"role": ROLE, "members": [format!("serviceAccount:{EMAIL}")],
         "condition": {"title": "t", "expression": "resource.name.startsWith('x')"}}
    ]));
    expect(&account, &setup(false), &[("permissions", "unknown")]);
}

#[test]
fn the_service_account_missing_disabled_or_unreadable() {
    for status in ["missing", "denied"] {
        let mut account = Account::right(false);
        account.account = (status.into(), Value::Null);
        expect(&account, &setup(false), &[("service-account", "fail")]);
    }
    let mut account = Account::right(false);
    account.account.1["disabled"] = json!(true);
    expect(&account, &setup(false), &[("service-account", "fail")]);
    let mut account = Account::right(false);
    account.account = ("error".into(), Value::Null);
    expect(&account, &setup(false), &[("service-account", "unknown")]);
}

#[test]
fn policies_unread_leave_the_permissions_unknown() {
    let mut account = Account::right(false);
    account.project_policy = ("denied".into(), Value::Null);
    // Granted on the bucket: the project cannot take it away.
    expect(
        &account,
        &setup(false),
        &[("permissions", "pass"), ("binding-scope", "unknown")],
    );
    account.bucket_policy = ("denied".into(), Value::Null);
    expect(
        &account,
        &setup(false),
        &[("permissions", "unknown"), ("public-access", "unknown")],
    );
}

#[test]
fn public_buckets_and_deny_policies_warn() {
    let mut account = Account::right(false);
    account.bucket_policy.1["bindings"]
        .as_array_mut()
        .unwrap()
        .push(json!({"role": "roles/storage.objectViewer", "members": ["allUsers"]}));
    account.deny.1 = json!([{"name": "policies/cloudresourcemanager.googleapis.com%2Fprojects%2F123/denypolicies/no-delete", "displayName": "no-delete", "kind": "DenyPolicy"}]);
    expect(
        &account,
        &setup(false),
        &[
            ("public-access", "warn"),
            ("deny-policies", "warn"),
            ("permissions", "pass"),
        ],
    );
}

#[test]
fn keys_by_their_dates() {
    let key = |after: &str, before: &str, disabled: bool| json!({"validAfterTime": after, "validBeforeTime": before, "disabled": disabled});
    let cases = [
        (json!([]), "fail"),
        (
            json!([key("2026-05-01T00:00:00Z", "9999-12-31T23:59:59Z", true)]),
            "fail",
        ),
        (
            json!([key("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z", false)]),
            "fail",
        ),
        (
            json!([key("2026-05-01T00:00:00Z", "2026-06-15T00:00:00Z", false)]),
            "warn",
        ),
        (
            json!([key("2025-01-01T00:00:00Z", "9999-12-31T23:59:59Z", false)]),
            "warn",
        ),
        (
            json!([
                key("2025-01-01T00:00:00Z", "9999-12-31T23:59:59Z", false),
                key("2026-05-20T00:00:00Z", "9999-12-31T23:59:59Z", false)
            ]),
            "pass",
        ),
    ];
    for (keys, status) in cases {
        let mut account = Account::right(false);
        account.keys.1 = keys.clone();
        expect(&account, &setup(false), &[("service-account-key", status)]);
    }
    // The same old key, 89 days after it was made: not yet a rotation warning.
    let mut account = Account::right(false);
    account.keys.1 = json!([key("2026-03-04T00:00:00Z", "9999-12-31T23:59:59Z", false)]);
    let got = statuses(&account, &setup(false), now());
    assert_eq!(got["service-account-key"], "pass");
    let got = statuses(&account, &setup(false), now() + 2 * DAY);
    assert_eq!(got["service-account-key"], "warn");
}

#[test]
fn a_report_for_other_values_is_not_judged() {
    let account = Account::right(false);
    for change in ["bucket", "project", "role", "account"] {
        let mut other = setup(false);
        match change {
            "bucket" => other.bucket = "acme-other".into(),
            "project" => other.project_id = "acme-staging".into(),
            "role" => other.role_id = "otherRole".into(),
            _ => other.service_account = "other-account".into(),
        }
        let report = read_report(&account.report()).unwrap();
        let findings = check(&report, &other, now());
        assert_eq!(findings.len(), 1, "{change}");
        assert_eq!(
            (findings[0].id.key(), findings[0].status.key()),
            ("report", "unknown")
        );
    }
}

#[test]
fn the_reader_refuses_keys_s3_reports_and_altered_reports() {
    let key =
        "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIE\"}";
    assert_eq!(
        read_report(key),
        Err(GcsReportProblem::Secret(Secret::ServiceAccountKey))
    );
    let s3 = "# braze-s3-companion preflight v1\n{\"preflight\":1,\"bucket\":\"b\",\"auth\":\"secret-key\",\"name\":\"u\"}\n# end 0\n";
    assert_eq!(
        read_report(s3),
        Err(GcsReportProblem::Report(ReportProblem::BadLine { line: 2 }))
    );
    let report = Account::right(false).report();
    let cut = &report[..report.len() - 8];
    assert_eq!(
        read_report(cut),
        Err(GcsReportProblem::Report(ReportProblem::Truncated))
    );
    let altered = report.replace("# end 7", "# end 6");
    assert_eq!(
        read_report(&altered),
        Err(GcsReportProblem::Report(ReportProblem::Altered {
            expected: 6,
            found: 7
        }))
    );
    // Amazon S3's reader does not take a Google Cloud Storage report, and takes its own with
    // or without the optional provider key.
    assert_eq!(
        braze_s3_companion::core::preflight::read_report(&report),
        Err(ReportProblem::BadLine { line: 3 })
    );
    for provider in ["", ",\"provider\":\"amazon-s3\""] {
        let s3 = format!("# braze-s3-companion preflight v1\n{{\"preflight\":1,\"bucket\":\"b\",\"auth\":\"secret-key\",\"name\":\"u\"{provider}}}\n# end 0\n");
        assert!(
            braze_s3_companion::core::preflight::read_report(&s3).is_ok(),
            "{s3}"
        );
    }
}

#[test]
fn the_script_reads_only_and_never_prints_a_key() {
    let setup = setup(true);
    let script = generate(GcsSnippet::PreflightScript, &setup, &GcsReport::new(&setup)).unwrap();
    // Every gcloud command it runs is a read.
    let verbs: Vec<&str> = script
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("record "))
        .filter_map(|l| l.split(" -- ").next())
        .collect();
    assert_eq!(verbs.len(), 10, "{verbs:?}");
    for verb in &verbs {
        assert!(
            ["describe", "list", "get-iam-policy"]
                .iter()
                .any(|v| verb.ends_with(v)),
            "{verb}"
        );
    }
    assert!(script.contains("iam service-accounts keys list"));
    assert!(script.contains("'json(validAfterTime,validBeforeTime,disabled)'"));
    for forbidden in [
        "keys create",
        "add-iam-policy-binding",
        "set-iam-policy",
        " create ",
        " update ",
        " delete ",
        "print-access-token",
    ] {
        assert!(!script.contains(forbidden), "{forbidden}");
    }
    assert!(script.contains("--quiet"), "no prompt may enable an API");
    let header = script
        .lines()
        .find(|l| l.contains("\"provider\""))
        .expect("the header line");
    let json_text = header
        .trim_start_matches("printf '%s\\n' '")
        .trim_end_matches('\'');
    let header: Value = serde_json::from_str(json_text).unwrap();
    assert_eq!(
        header,
        json!({"preflight": 1, "provider": fixtures::text("provider"), "bucket": "acme-exports",
               "project": "acme-prod", "role": "brazeExports", "service_account": EMAIL,
               "integration": "currents", "hierarchical_namespace": "on"})
    );
}

#[test]
fn granted_on_the_project_for_a_bucket_that_does_not_exist_is_not_a_pass() {
    let mut account = Account::right(false);
    account.bucket = ("missing".into(), Value::Null);
    account.bucket_policy = ("missing".into(), Value::Null);
    account.project_policy.1 = policy(json!([
        {"role": ROLE, "members": [format!("serviceAccount:{EMAIL}")]}
    ]));
    expect(
        &account,
        &setup(false),
        &[("bucket-exists", "fail"), ("permissions", "unknown")],
    );
}
