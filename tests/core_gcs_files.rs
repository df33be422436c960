//! The Google Cloud Storage generated files, compared as data with docs/facts.md ("The
//! generated files (Google Cloud Storage)", through `tests/fixtures/gcs.json`): the role file's
//! fields and permissions, the gcloud commands and their flags, the Terraform resources. The
//! same files go through PyYAML, python-hcl2, checkov, bash, shellcheck and a recording gcloud
//! in `tests/lint/gcs_check_generated.py`.

#[path = "fixtures/gcs.rs"]
mod fixtures;

use braze_s3_companion::core::config::Integration;
use braze_s3_companion::core::iac::hcl::{Block, Expr};
use braze_s3_companion::core::providers::gcs::checker::yaml_role;
use braze_s3_companion::core::providers::gcs::plan::Plan;
use braze_s3_companion::core::providers::gcs::role::RoleDocument;
use braze_s3_companion::core::providers::gcs::snippets::generate;
use braze_s3_companion::core::providers::gcs::{
    terraform, GcsField, GcsReport, GcsSetup, GcsSnippet,
};
use serde_json::{json, Value};

fn setup(integration: Integration, hns: bool) -> GcsSetup {
    GcsSetup {
        integration,
        bucket: "acme-exports".into(),
        project_id: "acme-prod".into(),
        role_id: "braze_exports".into(),
        service_account: "braze-exports".into(),
        prefix: String::new(),
        hierarchical_namespace: hns,
    }
}

fn file(snippet: GcsSnippet, setup: &GcsSetup) -> String {
    generate(snippet, setup, &GcsReport::new(setup)).expect("valid values give the file")
}

#[test]
fn the_role_file_is_braze_s_permissions_as_a_role_resource() {
    let facts = fixtures::facts();
    for integration in Integration::ALL {
        for hns in [false, true] {
            let setup = setup(integration, hns);
            let expected = json!({
                "title": facts["titles"][integration.key()],
                "stage": facts["role_stage"],
                "includedPermissions": fixtures::permissions(hns),
            });
            let document = RoleDocument::new(&setup).to_value();
            let keys: Vec<&String> = document.as_object().unwrap().keys().collect();
            assert_eq!(
                keys,
                ["title", "description", "stage", "includedPermissions"]
            );
            for key in ["title", "stage", "includedPermissions"] {
                assert_eq!(document[key], expected[key], "{integration:?} {hns} {key}");
            }
            // The printed YAML reads back as the same permissions and stage.
            let text = file(GcsSnippet::Role, &setup);
            let read = yaml_role::read(&text).expect("the role file is the shape gcloud reads");
            assert_eq!(read.permissions, fixtures::permissions(hns));
            assert_eq!(read.stage.as_deref(), Some("GA"));
            assert!(
                text.lines().all(|l| !l.starts_with('#')),
                "no comment: {text}"
            );
        }
    }
}

/// The lines of the script that run gcloud, `$VAR`s as written.
fn gcloud_lines(script: &str) -> Vec<String> {
    script
        .lines()
        .map(str::trim)
        .filter_map(|l| {
            let at = l.find("gcloud ")?;
            Some(l[at..].to_owned())
        })
        .collect()
}

#[test]
fn the_gcloud_script_creates_role_and_account_and_binds_on_the_bucket_only() {
    for hns in [false, true] {
        let setup = setup(Integration::Both, hns);
        let script = file(GcsSnippet::CliScript, &setup);
        for assignment in [
            "PROJECT_ID='acme-prod'",
            "BUCKET='acme-exports'",
            "ROLE_ID='braze_exports'",
            "SERVICE_ACCOUNT='braze-exports'",
        ] {
            assert!(script.lines().any(|l| l == assignment), "{assignment}");
        }
        let permissions = format!("--permissions={}", fixtures::permissions(hns).join(","));
        let lines = gcloud_lines(&script);
        let commands: Vec<String> = lines
            .iter()
            .map(|l| l.split_whitespace().take(4).collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(
            commands,
            [
                "gcloud iam roles describe",
                "gcloud iam roles update",
                "gcloud iam roles create",
                "gcloud iam service-accounts describe",
                "gcloud iam service-accounts create",
                "gcloud storage buckets add-iam-policy-binding",
            ]
        );
        for line in &lines[1..3] {
            assert!(line.contains(&permissions), "{line}");
            assert!(line.contains(" --stage=GA "), "{line}");
            assert!(line.contains(" --project=\"$PROJECT_ID\" "), "{line}");
        }
        let binding = &lines[5];
        assert!(binding.contains(" \"gs://$BUCKET\" "));
        assert!(binding.contains(" --member=\"serviceAccount:$SERVICE_ACCOUNT_EMAIL\" "));
        assert!(binding.contains(" --role=\"projects/$PROJECT_ID/roles/$ROLE_ID\" "));
        assert!(script.contains(
            "SERVICE_ACCOUNT_EMAIL=\"${SERVICE_ACCOUNT}@${PROJECT_ID}.iam.gserviceaccount.com\""
        ));
        assert!(!script.contains("keys create"), "never a key");
        assert!(
            !script.contains("projects add-iam-policy-binding"),
            "never the project"
        );
        let comments = script
            .lines()
            .skip(1)
            .filter(|l| l.trim_start().starts_with('#'));
        assert_eq!(comments.count(), 0, "comment-free: {script}");
    }
}

fn resource<'a>(blocks: &'a [Block], kind: &str) -> &'a Block {
    blocks
        .iter()
        .find(|b| b.kind == "resource" && b.labels.first().map(String::as_str) == Some(kind))
        .unwrap_or_else(|| panic!("no resource {kind}"))
}

fn text(expr: Option<&Expr>) -> String {
    match expr {
        Some(Expr::Str(s)) => s.clone(),
        other => panic!("not a string: {other:?}"),
    }
}

fn reference(expr: Option<&Expr>) -> String {
    match expr {
        Some(Expr::Ref(parts)) => parts.join("."),
        other => panic!("not a reference: {other:?}"),
    }
}

#[test]
fn the_terraform_is_role_account_bucket_binding_never_a_key() {
    for hns in [false, true] {
        let setup = setup(Integration::Currents, hns);
        let plan = Plan::new(&setup, &GcsReport::new(&setup)).unwrap();
        let file = terraform::configuration(&plan);
        let kinds: Vec<String> = file
            .blocks
            .iter()
            .filter(|b| b.kind == "resource")
            .map(|b| b.labels[0].clone())
            .collect();
        assert_eq!(
            kinds,
            [
                "google_project_iam_custom_role",
                "google_service_account",
                "google_storage_bucket_iam_member"
            ]
        );
        let role = resource(&file.blocks, "google_project_iam_custom_role");
        assert_eq!(text(role.get("project")), "acme-prod");
        assert_eq!(text(role.get("role_id")), "braze_exports");
        assert_eq!(text(role.get("stage")), "GA");
        let permissions: Vec<String> = match role.get("permissions") {
            Some(Expr::List(items)) => items.iter().map(|i| text(Some(i))).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(permissions, fixtures::permissions(hns));
        let account = resource(&file.blocks, "google_service_account");
        assert_eq!(text(account.get("account_id")), "braze-exports");
        assert_eq!(text(account.get("project")), "acme-prod");
        let binding = resource(&file.blocks, "google_storage_bucket_iam_member");
        assert_eq!(text(binding.get("bucket")), "acme-exports");
        assert_eq!(
            reference(binding.get("role")),
            "google_project_iam_custom_role.braze.name"
        );
        assert_eq!(
            reference(binding.get("member")),
            "google_service_account.braze.member"
        );
        let printed = file.to_text();
        assert!(!printed.contains("google_service_account_key"));
        assert!(!printed.contains("private_key"));
    }
}

#[test]
fn nothing_is_built_from_an_invalid_value() {
    let mut bad = setup(Integration::Currents, false);
    bad.bucket = "Bad Bucket".into();
    bad.project_id = "1x".into();
    bad.role_id = "braze-role".into();
    bad.service_account = "x".into();
    let report = GcsReport::new(&bad);
    for snippet in [
        GcsSnippet::CliScript,
        GcsSnippet::Terraform,
        GcsSnippet::PreflightScript,
    ] {
        assert_eq!(
            generate(snippet, &bad, &report),
            Err(vec![
                GcsField::Bucket,
                GcsField::ProjectId,
                GcsField::RoleId,
                GcsField::ServiceAccount
            ]),
            "{snippet:?}"
        );
    }
    // The role file holds no typed value: it is always offered.
    assert!(generate(GcsSnippet::Role, &bad, &report).is_ok());
}

#[test]
fn snippet_ids_are_the_contract_s() {
    let facts = fixtures::facts();
    let keys: Vec<Value> = GcsSnippet::ALL
        .iter()
        .map(|s| Value::from(s.key()))
        .collect();
    assert_eq!(Value::from(keys), facts["snippets"]);
}
