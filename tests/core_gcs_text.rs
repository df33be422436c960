//! Braze's Google Cloud Storage error read from a pasted text, the key's rotation, and every
//! sentence of the provider in every language (docs/facts.md, "Google Cloud Storage"): read by
//! the widget's localizer with the values the code passes, never the message id, never English
//! in another language, the expiry window with both figures.

#[path = "fixtures/gcs.rs"]
mod fixtures;

use braze_s3_companion::core::config::Integration;
use braze_s3_companion::core::providers::gcs::braze_error::{self, Reading};
use braze_s3_companion::core::providers::gcs::checker::{self, Outcome};
use braze_s3_companion::core::providers::gcs::preflight::{self, read_report};
use braze_s3_companion::core::providers::gcs::rotation::rotation;
use braze_s3_companion::core::providers::gcs::rules;
use braze_s3_companion::core::providers::gcs::secret::Secret;
use braze_s3_companion::core::providers::gcs::snippets;
use braze_s3_companion::core::providers::gcs::GcsSnippet;
use braze_s3_companion::core::providers::gcs::{GcsField, GcsReport, GcsSetup};
use braze_s3_companion::core::text::{Arg, Msg};
use braze_s3_companion::i18n::{Locale, Localizer};
use serde_json::{json, Value};

fn setup(integration: Integration, hns: bool) -> GcsSetup {
    GcsSetup {
        integration,
        bucket: "acme-exports".into(),
        project_id: "acme-prod".into(),
        hierarchical_namespace: hns,
        ..GcsSetup::default()
    }
}

#[test]
fn braze_s_error_is_read_whole_or_in_part() {
    let literal = fixtures::text("braze_error");
    assert_eq!(braze_error::read(&literal), Ok(Reading::CredentialsInvalid));
    assert_eq!(
        braze_error::braze_says(Reading::CredentialsInvalid),
        Some(literal.as_str())
    );
    for part in [
        "Error: google cloud storage credentials are invalid.",
        "... You do not have read permission.",
    ] {
        assert_eq!(
            braze_error::read(part),
            Ok(Reading::CredentialsInvalid),
            "{part}"
        );
    }
    assert_eq!(
        braze_error::read("S3 credentials are invalid"),
        Ok(Reading::Unknown)
    );
    assert_eq!(
        braze_error::read("{\"private_key\": \"x\", \"type\": \"service_account\"}"),
        Err(Secret::ServiceAccountKey)
    );
}

#[test]
fn the_error_names_the_permissions_of_the_case() {
    for hns in [false, true] {
        let setup = setup(Integration::Currents, hns);
        let report = GcsReport::new(&setup);
        let messages = braze_error::explain(Reading::CredentialsInvalid, &setup, &report);
        let permissions = messages
            .iter()
            .find(|m| m.id == "gcs-error-check-permissions")
            .expect("the permissions to check");
        let named = permissions
            .args
            .iter()
            .find(|(name, _)| *name == "permissions")
            .map(|(_, arg)| arg.clone());
        assert_eq!(
            named,
            Some(Arg::Text(fixtures::permissions(hns).join(", ")))
        );
        let account = permissions.args.iter().find(|(n, _)| *n == "account");
        assert_eq!(
            account.map(|(_, a)| a.clone()),
            Some(Arg::Text(
                "braze-cloud-storage@acme-prod.iam.gserviceaccount.com".into()
            ))
        );
    }
}

#[test]
fn rotation_new_key_braze_test_old_key_last() {
    let expected = [
        (
            Integration::Currents,
            vec!["create-key", "update-currents", "test", "delete-old-key"],
        ),
        (
            Integration::DashboardExport,
            vec!["create-key", "update-export", "test", "delete-old-key"],
        ),
        (
            Integration::Both,
            vec![
                "create-key",
                "update-currents",
                "update-export",
                "test",
                "delete-old-key",
            ],
        ),
        (
            Integration::MessageArchiving,
            vec!["create-key", "update-export", "test", "delete-old-key"],
        ),
    ];
    for (integration, steps) in expected {
        let setup = setup(integration, false);
        let rotation = rotation(&setup, &GcsReport::new(&setup));
        let ids: Vec<&str> = rotation.steps.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, steps, "{integration:?}");
    }
}

/// The reader sees the window with both figures, today's first, in every language.
#[test]
fn the_expiry_window_reads_five_days_then_48_hours() {
    let facts = fixtures::facts();
    let days = facts["expiry"]["days_today"].as_u64().unwrap().to_string();
    let hours = facts["expiry"]["hours_earlier"]
        .as_u64()
        .unwrap()
        .to_string();
    let setup = setup(Integration::Currents, false);
    let note = &rotation(&setup, &GcsReport::new(&setup)).notes[0];
    for locale in Locale::ALL {
        let text = Localizer::get(locale).text(note);
        let first_days = text
            .find(&days)
            .unwrap_or_else(|| panic!("{locale:?}: {text}"));
        let first_hours = text
            .find(&hours)
            .unwrap_or_else(|| panic!("{locale:?}: {text}"));
        assert!(
            first_days < first_hours,
            "{locale:?}: today's first: {text}"
        );
    }
}

/// Every message the provider can show, over cases that reach each of them.
fn every_message() -> Vec<Msg> {
    let mut out = Vec::new();
    let good = setup(Integration::Both, true);
    let report = GcsReport::new(&good);
    for field in GcsField::ALL {
        out.push(field.label());
    }
    for snippet in GcsSnippet::ALL {
        out.push(snippet.title());
        out.extend(snippets::notes(snippet, &good, &report));
    }
    let bad = GcsSetup {
        bucket: "-Goog g00gle-".into(),
        project_id: "1-ssl_".into(),
        role_id: "a-".into(),
        service_account: "1_x-".into(),
        prefix: format!(".well-known/acme-challenge/\n\u{200B}#{}", "a".repeat(1100)),
        ..GcsSetup::default()
    };
    let bad_report = GcsReport::new(&bad);
    out.extend(snippets::notes(GcsSnippet::Role, &bad, &bad_report));
    out.extend(braze_error::explain(
        Reading::CredentialsInvalid,
        &bad,
        &bad_report,
    ));
    out.extend(
        rotation(&bad, &bad_report)
            .steps
            .into_iter()
            .map(|(_, m)| m),
    );
    for text in ["", "192.168.5.4", "a.b", "a..b", "googx", &"a".repeat(64)] {
        out.extend(rules::bucket(text).iter().map(|p| p.message()));
    }
    for text in ["", "abc", "acme-prod-"] {
        out.extend(rules::project_id(text).iter().map(|p| p.message()));
    }
    out.extend(rules::role_id("ab").iter().map(|p| p.message()));
    out.extend(rules::role_id("a b c").iter().map(|p| p.message()));
    out.extend(rules::service_account("abc").iter().map(|p| p.message()));
    for text in [".", "a\nb", &"a".repeat(1100), "x\u{0}"] {
        out.extend(rules::prefix(text).iter().map(|p| p.message()));
    }
    out.extend(
        rules::hierarchical_namespace("x")
            .iter()
            .map(|p| p.message()),
    );
    for finding in GcsReport::new(&bad).findings {
        out.push(finding.problem.message());
    }
    out.push(Secret::ServiceAccountKey.message());
    out.push(Secret::PrivateKey.message());
    out.extend(braze_error::explain(
        Reading::CredentialsInvalid,
        &good,
        &report,
    ));
    out.extend(braze_error::explain(Reading::Unknown, &good, &report));
    let rotation = rotation(&good, &report);
    out.extend(rotation.steps.into_iter().map(|(_, m)| m));
    out.extend(rotation.notes);
    // The checker's sentences.
    let broad = "includedPermissions:\n- storage.objects.create\n- storage.objects.list\n- iam.roles.create\n- storage.*\n- storage.buckets.create\n- compute.disks.get\n- storage.objects.update\nname: projects/other-project/roles/x\nstage: DISABLED\ndeleted: true\n";
    if let Outcome::Role(check) = checker::check(broad, &good) {
        out.extend(check.messages());
    }
    let deprecated = "includedPermissions: [storage.objects.create, storage.objects.list, storage.objects.get, storage.buckets.get, storage.folders.create]\nstage: DEPRECATED\n";
    if let Outcome::Role(check) = checker::check(deprecated, &good) {
        out.extend(check.messages());
    }
    let email = good.service_account_email();
    let policies = [
        format!(
            r#"{{"bindings":[{{"role":"projects/acme-prod/roles/brazeCloudStorage","members":["serviceAccount:{email}"]}}],"etag":"x"}}"#
        ),
        format!(
            r#"{{"bindings":[{{"role":"projects/acme-prod/roles/brazeCloudStorage","members":["serviceAccount:{email}"],"condition":{{"title":"t"}}}},{{"role":"roles/x","members":["serviceAccount:{email}","allUsers"]}},{{"role":"roles/y","members":["deleted:serviceAccount:{email}?uid=1"]}}],"etag":"x"}}"#
        ),
        r#"{"etag":"x"}"#.to_owned(),
    ];
    for policy in policies {
        if let Outcome::Policy(check) = checker::check(&policy, &good) {
            out.extend(check.messages());
        }
    }
    for text in ["", "title: x\n", "x: y\n!", "bindings:\n- x\n", "{\"a\":1}"] {
        if let Outcome::Invalid(problem) = checker::check(text, &good) {
            out.push(problem.message());
        }
    }
    out.push(checker::InputProblem::TooLarge { max_kib: 512 }.message());
    // The preflight's sentences, from reports in tests/fixtures/gcs-reports.
    out.push(preflight::intro(&good));
    out.extend(preflight_messages());
    out
}

/// The findings (messages and fixes) of a set of reports reaching every check's sentences.
fn preflight_messages() -> Vec<Msg> {
    let mut out = Vec::new();
    let now = preflight::epoch_seconds("2026-06-01T00:00:00Z").unwrap();
    for (name, text) in reports() {
        let report = read_report(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        for hns in [false, true] {
            let setup = GcsSetup {
                bucket: "b-1".into(),
                project_id: "proj-1".into(),
                role_id: "r_1".into(),
                service_account: "sa-123".into(),
                hierarchical_namespace: hns,
                ..GcsSetup::default()
            };
            for finding in preflight::check(&report, &setup, now) {
                out.push(finding.message);
                out.extend(finding.fix);
            }
            let other = GcsSetup {
                bucket: "b-2".into(),
                ..setup
            };
            out.extend(
                preflight::check(&report, &other, now)
                    .into_iter()
                    .map(|f| f.message),
            );
        }
    }
    for text in ["", "# braze-s3-companion preflight v2\n"] {
        if let Err(problem) = read_report(text) {
            out.push(problem.message());
        }
    }
    out
}

const ACCOUNT: &str = "sa-123@proj-1.iam.gserviceaccount.com";
const ROLE: &str = "projects/proj-1/roles/r_1";
const NEEDED: [&str; 6] = [
    "storage.objects.create",
    "storage.objects.delete",
    "storage.objects.list",
    "storage.objects.get",
    "storage.buckets.get",
    "storage.folders.create",
];

/// One report: each call as `(call, via, subject, status, data)`.
fn report(calls: &[(&str, &str, &str, &str, Value)]) -> String {
    let mut lines = vec![
        "# braze-s3-companion preflight v1".to_owned(),
        json!({"preflight": 1, "provider": "google-cloud-storage", "bucket": "b-1",
               "project": "proj-1", "role": "r_1", "service_account": ACCOUNT})
        .to_string(),
    ];
    for (call, via, subject, status, data) in calls {
        let error = match *status {
            "ok" => Value::Null,
            "missing" => json!("NOT_FOUND"),
            "denied" => json!("PERMISSION_DENIED"),
            _ => json!("exit-1"),
        };
        lines.push(
            json!({"check": "x", "call": call, "via": via, "subject": subject,
                   "status": status, "error": error, "data": data})
            .to_string(),
        );
    }
    lines.push(format!("# end {}", calls.len()));
    lines.join("\n")
}

fn role(name: &str, stage: Option<&str>, permissions: &[&str]) -> Value {
    let mut role = json!({"name": name, "includedPermissions": permissions});
    if let Some(stage) = stage {
        role["stage"] = json!(stage);
    }
    role
}

fn bound(role: &str, members: &[&str], conditional: bool) -> Value {
    let mut binding = json!({"role": role, "members": members});
    if conditional {
        binding["condition"] = json!({"title": "t", "expression": "true"});
    }
    binding
}

fn reports() -> Vec<(&'static str, String)> {
    let member = format!("serviceAccount:{ACCOUNT}");
    let sa = member.as_str();
    let policy = |bindings: Vec<Value>| json!({"bindings": bindings, "etag": "x"});
    let key = |after: &str, before: &str, disabled: bool| json!({"validAfterTime": after, "validBeforeTime": before, "disabled": disabled});
    let bucket = |hns: bool| {
        json!({"location": "EU", "locationType": "multi-region",
               "hierarchicalNamespace": {"enabled": hns}})
    };
    let describe = "storage buckets describe";
    let roles = "iam roles describe";
    let account = "iam service-accounts describe";
    let bucket_policy = "storage buckets get-iam-policy";
    let project_policy = "projects get-iam-policy";
    let deny = "iam policies list";
    let keys = "iam service-accounts keys list";
    vec![
        (
            "deprecated, disabled account, public, project-wide, deny, key ending",
            report(&[
                (describe, "bucket", "b-1", "ok", bucket(false)),
                (
                    roles,
                    "role",
                    ROLE,
                    "ok",
                    role(
                        ROLE,
                        Some("DEPRECATED"),
                        &[&NEEDED[..5], &["storage.buckets.delete"]].concat(),
                    ),
                ),
                (
                    account,
                    "service-account",
                    ACCOUNT,
                    "ok",
                    json!({"disabled": true}),
                ),
                (
                    bucket_policy,
                    "bucket",
                    "b-1",
                    "ok",
                    policy(vec![
                        bound(ROLE, &[sa], false),
                        bound("roles/v", &["allUsers"], false),
                    ]),
                ),
                (
                    project_policy,
                    "project",
                    "proj-1",
                    "ok",
                    policy(vec![bound(ROLE, &[sa], false)]),
                ),
                (
                    deny,
                    "project",
                    "proj-1",
                    "ok",
                    json!([{"displayName": "d"}]),
                ),
                (
                    keys,
                    "service-account",
                    ACCOUNT,
                    "ok",
                    json!([key("2026-05-01T00:00:00Z", "2026-06-10T00:00:00Z", false)]),
                ),
            ]),
        ),
        (
            "nothing exists",
            report(&[
                (describe, "bucket", "b-1", "missing", Value::Null),
                (roles, "role", ROLE, "missing", Value::Null),
                (account, "service-account", ACCOUNT, "denied", Value::Null),
                (bucket_policy, "bucket", "b-1", "missing", Value::Null),
                (
                    project_policy,
                    "project",
                    "proj-1",
                    "ok",
                    json!({"etag": "x"}),
                ),
                (deny, "project", "proj-1", "ok", json!([])),
                (keys, "service-account", ACCOUNT, "ok", json!([])),
            ]),
        ),
        (
            "unreadable, extra permissions, old key",
            report(&[
                (describe, "bucket", "b-1", "denied", Value::Null),
                (
                    roles,
                    "role",
                    ROLE,
                    "ok",
                    role(
                        ROLE,
                        Some("GA"),
                        &[
                            "storage.objects.create",
                            "iam.roles.create",
                            "storage.*",
                            "storage.buckets.create",
                            "compute.disks.get",
                            "storage.objects.update",
                        ],
                    ),
                ),
                (account, "service-account", ACCOUNT, "ok", json!({})),
                (
                    bucket_policy,
                    "bucket",
                    "b-1",
                    "ok",
                    policy(vec![bound("roles/x", &[sa], true)]),
                ),
                (project_policy, "project", "proj-1", "error", Value::Null),
                (
                    keys,
                    "service-account",
                    ACCOUNT,
                    "ok",
                    json!([key("2025-01-01T00:00:00Z", "9999-12-31T23:59:59Z", false)]),
                ),
            ]),
        ),
        (
            "covered by other roles, hierarchical namespace, keys disabled",
            report(&[
                (describe, "bucket", "b-1", "ok", bucket(true)),
                (roles, "role", ROLE, "missing", Value::Null),
                (
                    account,
                    "service-account",
                    ACCOUNT,
                    "ok",
                    json!({"disabled": false}),
                ),
                (
                    bucket_policy,
                    "bucket",
                    "b-1",
                    "ok",
                    policy(vec![bound("roles/full", &[sa], false)]),
                ),
                (project_policy, "project", "proj-1", "ok", policy(vec![])),
                (
                    roles,
                    "role",
                    "roles/full",
                    "ok",
                    role("roles/full", Some("GA"), &NEEDED),
                ),
                (deny, "project", "proj-1", "error", Value::Null),
                (
                    keys,
                    "service-account",
                    ACCOUNT,
                    "ok",
                    json!([key("2026-05-01T00:00:00Z", "9999-12-31T23:59:59Z", true)]),
                ),
            ]),
        ),
        (
            "the guide's role only under a condition, a fresh key",
            report(&[
                (describe, "bucket", "b-1", "ok", bucket(false)),
                (
                    roles,
                    "role",
                    ROLE,
                    "ok",
                    role(ROLE, Some("GA"), &NEEDED[..5]),
                ),
                (account, "service-account", ACCOUNT, "ok", json!({})),
                (
                    bucket_policy,
                    "bucket",
                    "b-1",
                    "ok",
                    policy(vec![bound(ROLE, &[sa], true)]),
                ),
                (project_policy, "project", "proj-1", "ok", policy(vec![])),
                (deny, "project", "proj-1", "ok", json!([])),
                (
                    keys,
                    "service-account",
                    ACCOUNT,
                    "ok",
                    json!([key("2026-05-20T00:00:00Z", "9999-12-31T23:59:59Z", false)]),
                ),
            ]),
        ),
    ]
}

/// `message` and the placeholder messages inside its arguments.
fn with_nested(message: Msg, out: &mut Vec<Msg>) {
    for (_, arg) in &message.args {
        if let Arg::Placeholder(inner) = arg {
            with_nested((**inner).clone(), out);
        }
    }
    out.push(message);
}

#[test]
fn every_message_is_written_in_every_language() {
    let mut messages = Vec::new();
    for message in every_message() {
        with_nested(message, &mut messages);
    }
    let mut ids: Vec<&str> = messages.iter().map(|m| m.id).collect();
    ids.sort_unstable();
    ids.dedup();
    // Every gcs message of the English file is reached (the build checks that the code asks for
    // each; here each is also rendered).
    let english = include_str!("../locales/en/gcs.ftl");
    let defined: Vec<&str> = english
        .lines()
        .filter(|l| l.starts_with("gcs-"))
        .filter_map(|l| l.split(" =").next())
        .collect();
    let unreached: Vec<&&str> = defined.iter().filter(|d| !ids.contains(d)).collect();
    assert!(
        unreached.is_empty(),
        "not reached by these cases: {unreached:?}"
    );
    for locale in Locale::ALL {
        let localizer = Localizer::get(locale);
        let en = Localizer::get(Locale::En);
        for message in &messages {
            let text = localizer.text(message);
            assert_ne!(text, message.id, "{locale:?}: {} missing", message.id);
            assert!(
                !text.contains("{ $") && !text.contains("{$"),
                "{locale:?}: {text}"
            );
            if locale != Locale::En && !SAME_IN_EVERY_LANGUAGE.contains(&message.id) {
                assert_ne!(
                    text,
                    en.text(message),
                    "{locale:?}: {} is English",
                    message.id
                );
            }
        }
    }
}

/// Messages that read the same in every language on purpose.
const SAME_IN_EVERY_LANGUAGE: [&str; 0] = [];
