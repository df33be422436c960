//! The Google Cloud Storage checker on roles and bucket policies as gcloud prints them, and on
//! adversarial ones. Expected verdicts from docs/facts.md ("The checker (Google Cloud
//! Storage)", "How IAM is judged"): the five permissions (four required, `storage.objects.delete`
//! optional), `storage.folders.create` with hierarchical namespace; a project custom role only
//! in its own project; `DISABLED` and deleted roles grant nothing; `DEPRECATED` works; too broad
//! means beyond the need, `….setIamPolicy` and IAM the gravest.

use braze_s3_companion::core::providers::gcs::checker::{
    check, InputProblem, Outcome, PolicyFinding, ScopeProblem, Verdict,
};
use braze_s3_companion::core::providers::gcs::iam::Broad;
use braze_s3_companion::core::providers::gcs::secret::Secret;
use braze_s3_companion::core::providers::gcs::GcsSetup;

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

/// gcloud's default output for the guide's role (keys sorted, the list at column 0, a long
/// description folded onto a second line, as PyYAML-style printers do).
const ROLE_YAML: &str = "\
description: 'What Braze needs to write to one Cloud Storage bucket: grant it on that
  bucket.'
etag: BwYxZ2Jd0b4=
includedPermissions:
- storage.buckets.get
- storage.objects.create
- storage.objects.delete
- storage.objects.get
- storage.objects.list
name: projects/acme-prod/roles/brazeExports
stage: GA
title: Braze Currents
";

fn role(outcome: Outcome) -> braze_s3_companion::core::providers::gcs::checker::RoleCheck {
    match outcome {
        Outcome::Role(check) => check,
        other => panic!("not a role: {other:?}"),
    }
}

#[test]
fn the_guide_s_role_is_sufficient_in_yaml_and_json() {
    let yaml = role(check(ROLE_YAML, &setup(false)));
    assert_eq!(yaml.verdict(), Verdict::Sufficient);
    assert!(yaml.missing.is_empty() && yaml.too_broad.is_empty() && yaml.scope.is_empty());
    let json = r#"{"description":"x","etag":"BwYx","includedPermissions":["storage.buckets.get","storage.objects.create","storage.objects.delete","storage.objects.get","storage.objects.list"],"name":"projects/acme-prod/roles/brazeExports","stage":"GA","title":"Braze"}"#;
    assert_eq!(role(check(json, &setup(false))), yaml);
}

#[test]
fn hierarchical_namespace_needs_folders_create() {
    let check = role(check(ROLE_YAML, &setup(true)));
    assert_eq!(check.verdict(), Verdict::Insufficient);
    assert_eq!(check.missing, ["storage.folders.create"]);
}

#[test]
fn each_missing_permission_is_named_and_delete_is_only_a_note() {
    let without_get = ROLE_YAML.replace("- storage.buckets.get\n", "");
    let check = role(check(&without_get, &setup(false)));
    assert_eq!(check.verdict(), Verdict::Insufficient);
    assert_eq!(check.missing, ["storage.buckets.get"]);
    let without_delete = ROLE_YAML.replace("- storage.objects.delete\n", "");
    let check = super_check(&without_delete);
    assert_eq!(check.verdict(), Verdict::Sufficient);
    assert!(check.delete_missing);
}

fn super_check(text: &str) -> braze_s3_companion::core::providers::gcs::checker::RoleCheck {
    role(check(text, &setup(false)))
}

#[test]
fn too_broad_names_each_permission_the_gravest_first() {
    let broad = ROLE_YAML.replace(
        "- storage.buckets.get\n",
        "- storage.buckets.get\n- storage.buckets.setIamPolicy\n- storage.buckets.delete\n- compute.instances.list\n- storage.objects.update\n- storage.*\n",
    );
    let check = super_check(&broad);
    assert_eq!(
        check.verdict(),
        Verdict::Sufficient,
        "too broad is not insufficient"
    );
    assert_eq!(
        check.too_broad,
        vec![
            ("storage.buckets.setIamPolicy".to_owned(), Broad::Escalation),
            ("storage.*".to_owned(), Broad::Wildcard),
            ("storage.buckets.delete".to_owned(), Broad::BucketAdmin),
            ("compute.instances.list".to_owned(), Broad::OtherService),
            ("storage.objects.update".to_owned(), Broad::Extra),
        ]
    );
}

#[test]
fn folders_create_without_hierarchical_namespace_is_extra() {
    let with_folders = ROLE_YAML.replace(
        "- storage.buckets.get\n",
        "- storage.buckets.get\n- storage.folders.create\n",
    );
    let check = super_check(&with_folders);
    assert_eq!(
        check.too_broad,
        vec![("storage.folders.create".to_owned(), Broad::Extra)]
    );
    let check = role(self::check(&with_folders, &setup(true)));
    assert!(check.too_broad.is_empty() && check.missing.is_empty());
}

#[test]
fn wrong_scope_another_project_disabled_deleted() {
    let other = ROLE_YAML.replace("projects/acme-prod/", "projects/acme-staging/");
    let check = super_check(&other);
    assert_eq!(check.verdict(), Verdict::Insufficient);
    assert_eq!(
        check.scope,
        vec![ScopeProblem::OtherProject {
            found: "acme-staging".into(),
            expected: "acme-prod".into()
        }]
    );
    let disabled = super_check(&ROLE_YAML.replace("stage: GA", "stage: DISABLED"));
    assert_eq!(disabled.verdict(), Verdict::Insufficient);
    assert_eq!(disabled.scope, vec![ScopeProblem::Disabled]);
    let deleted = super_check(&format!("deleted: true\n{ROLE_YAML}"));
    assert_eq!(deleted.verdict(), Verdict::Insufficient);
    assert_eq!(deleted.scope, vec![ScopeProblem::Deleted]);
    let deprecated = super_check(&ROLE_YAML.replace("stage: GA", "stage: DEPRECATED"));
    assert_eq!(deprecated.verdict(), Verdict::Sufficient);
    assert_eq!(deprecated.scope, vec![ScopeProblem::Deprecated]);
    // A predefined role and an organization's role may be bound anywhere.
    let org = super_check(&ROLE_YAML.replace("projects/acme-prod/", "organizations/123/"));
    assert!(org.scope.is_empty());
}

#[test]
fn predefined_roles_that_grant_too_much() {
    // roles/storage.objectAdmin (Google storage permissions: objects.*, including
    // setIamPolicy), without storage.buckets.get: insufficient and too broad.
    let object_admin = r#"{"name":"roles/storage.objectAdmin","stage":"GA","includedPermissions":["resourcemanager.projects.get","storage.objects.create","storage.objects.delete","storage.objects.get","storage.objects.getIamPolicy","storage.objects.list","storage.objects.setIamPolicy","storage.objects.update"]}"#;
    let check = super_check(object_admin);
    assert_eq!(check.verdict(), Verdict::Insufficient);
    assert_eq!(check.missing, ["storage.buckets.get"]);
    assert_eq!(check.too_broad[0].1, Broad::Escalation);
}

#[test]
fn yaml_shapes_gcloud_prints() {
    let quoted = "---\n# comment\nincludedPermissions: [storage.objects.create, 'storage.objects.list', \"storage.objects.get\", storage.buckets.get]\nname: 'projects/acme-prod/roles/brazeExports'\ntitle: \"Braze: \\\"exports\\\"\"\ndescription: |-\n  line one\n  - not a permission\n";
    let check = super_check(quoted);
    assert_eq!(check.verdict(), Verdict::Sufficient, "{check:?}");
    assert!(check.delete_missing);
    let alpha = super_check(&ROLE_YAML.replace("stage: GA\n", ""));
    assert_eq!(
        alpha.verdict(),
        Verdict::Sufficient,
        "no stage: ALPHA, still granted"
    );
}

#[test]
fn not_a_role_is_invalid_with_where_it_stopped() {
    let setup = setup(false);
    assert_eq!(check("", &setup), Outcome::Invalid(InputProblem::Empty));
    assert_eq!(
        check("title: x\nfoo\n", &setup),
        Outcome::Invalid(InputProblem::NotReadable { line: 2 })
    );
    assert_eq!(
        check("title: x\n", &setup),
        Outcome::Invalid(InputProblem::NotRoleOrPolicy)
    );
    assert_eq!(
        check("{\"Version\":\"2012-10-17\",\"Statement\":[]}", &setup),
        Outcome::Invalid(InputProblem::NotRoleOrPolicy)
    );
    assert_eq!(
        check(
            "bindings:\n- members:\n  - user:a@b.c\n  role: roles/viewer\netag: x\n",
            &setup
        ),
        Outcome::Invalid(InputProblem::PolicyYaml)
    );
    assert_eq!(
        check("includedPermissions:\n- storage objects create\n", &setup),
        Outcome::Invalid(InputProblem::NotReadable { line: 2 })
    );
    assert_eq!(
        check("name: a\nname: b\nincludedPermissions: []\n", &setup),
        Outcome::Invalid(InputProblem::NotReadable { line: 2 })
    );
    assert_eq!(check("", &setup).verdict(), Verdict::Invalid);
}

#[test]
fn a_pasted_key_is_refused_and_kept_nowhere() {
    let key = r#"{"type": "service_account", "project_id": "acme-prod", "private_key_id": "abc", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n", "client_email": "braze-exports@acme-prod.iam.gserviceaccount.com"}"#;
    let outcome = check(key, &setup(false));
    assert_eq!(outcome, Outcome::Secret(Secret::ServiceAccountKey));
    assert_eq!(outcome.verdict(), Verdict::Invalid);
    // The outcome holds no part of the text.
    let debug = format!("{outcome:?}");
    assert!(!debug.contains("MIIE") && !debug.contains("abc"));
    // Cut short by the paste, still a key; a bare PEM key too.
    assert_eq!(
        check(&key[..90], &setup(false)),
        Outcome::Secret(Secret::ServiceAccountKey)
    );
    assert_eq!(
        check("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n", &setup(false)),
        Outcome::Secret(Secret::PrivateKey)
    );
}

// ---------------------------------------------------------------------------------------------
// Bucket policies (`gcloud storage buckets get-iam-policy gs://B --format=json`)

fn policy(outcome: Outcome) -> Vec<PolicyFinding> {
    match outcome {
        Outcome::Policy(check) => check.findings,
        other => panic!("not a policy: {other:?}"),
    }
}

const MEMBER: &str = "serviceAccount:braze-exports@acme-prod.iam.gserviceaccount.com";

#[test]
fn bound_on_the_bucket_with_the_guide_s_role() {
    let text = format!(
        r#"{{"bindings":[{{"members":["projectEditor:acme-prod","projectOwner:acme-prod"],"role":"roles/storage.legacyBucketOwner"}},{{"members":["{MEMBER}"],"role":"projects/acme-prod/roles/brazeExports"}}],"etag":"CAE=","version":1}}"#
    );
    let outcome = check(&text, &setup(false));
    assert_eq!(outcome.verdict(), Verdict::Sufficient);
    assert_eq!(
        policy(outcome),
        vec![PolicyFinding::BoundWithRole {
            role: "projects/acme-prod/roles/brazeExports".into()
        }]
    );
}

#[test]
fn not_bound_conditional_other_roles_deleted_public() {
    let setup = setup(false);
    let none = r#"{"bindings":[{"members":["projectOwner:acme-prod"],"role":"roles/storage.legacyBucketOwner"}],"etag":"CAE="}"#;
    let outcome = check(none, &setup);
    assert_eq!(outcome.verdict(), Verdict::Insufficient);
    assert_eq!(policy(outcome), vec![PolicyFinding::NotBound]);

    let conditional = format!(
        r#"{{"bindings":[{{"condition":{{"expression":"request.time < timestamp('2030-01-01T00:00:00Z')","title":"until 2030"}},"members":["{MEMBER}"],"role":"projects/acme-prod/roles/brazeExports"}}],"etag":"BwX=","version":3}}"#
    );
    let outcome = check(&conditional, &setup);
    assert_eq!(outcome.verdict(), Verdict::Insufficient);
    assert_eq!(
        policy(outcome),
        vec![PolicyFinding::Conditional {
            role: "projects/acme-prod/roles/brazeExports".into()
        }]
    );

    let other = format!(
        r#"{{"bindings":[{{"members":["{}"],"role":"roles/storage.objectAdmin"}},{{"members":["allUsers"],"role":"roles/storage.objectViewer"}},{{"members":["deleted:serviceAccount:braze-exports@acme-prod.iam.gserviceaccount.com?uid=123"],"role":"projects/acme-prod/roles/brazeExports"}}],"etag":"x"}}"#,
        MEMBER
            .to_uppercase()
            .replace("SERVICEACCOUNT:", "serviceAccount:")
    );
    let outcome = check(&other, &setup);
    assert_eq!(outcome.verdict(), Verdict::Insufficient);
    assert_eq!(
        policy(outcome),
        vec![
            PolicyFinding::OtherRoles {
                roles: vec!["roles/storage.objectAdmin".into()]
            },
            PolicyFinding::DeletedMember,
            PolicyFinding::Public {
                roles: vec!["roles/storage.objectViewer".into()]
            },
        ]
    );
}

#[test]
fn another_account_s_binding_does_not_count() {
    let text = r#"{"bindings":[{"members":["serviceAccount:braze-exports@acme-staging.iam.gserviceaccount.com","serviceAccount:xbraze-exports@acme-prod.iam.gserviceaccount.com","user:braze-exports@acme-prod.iam.gserviceaccount.com"],"role":"projects/acme-prod/roles/brazeExports"}],"etag":"x"}"#;
    assert_eq!(
        policy(check(text, &setup(false))),
        vec![PolicyFinding::NotBound]
    );
}
