//! Issue 19: judging as AWS judges. Every wrong verdict the issue lists, as the checker and the
//! preflight give it, and issue 22's role with a path.
//!
//! Each expected verdict is written from AWS's documentation as docs/facts.md cites it ("How AWS
//! evaluates a request, and how the widget follows it"): Braze writes every key under its
//! Currents folder (`<folder>/…`), its message archives under `sent_messages/…`, and dashboard
//! exports anywhere in the bucket; an `Allow` grants only the keys its `Resource` matches (or
//! those its `NotResource` does not); an explicit `Deny` that matches any one key Braze writes
//! refuses that upload; an external ID condition that a wildcard, a negated or `…IfExists`
//! operator or `ForAllValues` satisfies for anyone else protects nothing (AWS, "Access to AWS
//! accounts owned by third parties"); `NotPrincipal` with `Deny` denies a role's sessions unless
//! the session itself is listed, and always denies a principal with a permissions boundary.

use braze_s3_companion::core::checker::{check, Verdict};
use braze_s3_companion::core::config::{AuthMethod, Config, Connector, Integration};
use braze_s3_companion::core::preflight::{self, read_report, CheckId, Finding, Status};
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::snippets::{build, SnippetBody, SnippetId};
use serde_json::{json, Value};

mod fixtures;

const BUCKET: &str = "acme-braze";
const OWN: &str = "111122223333";
const BRAZE: &str = "999999999999";
const EXTERNAL_ID: &str = "ext-braze-1";
const NOW: i64 = 1_780_000_000;

fn currents_user() -> Config {
    Config {
        integration: Integration::Currents,
        auth: AuthMethod::SecretKey,
        bucket: BUCKET.into(),
        user_name: "braze-user".into(),
        braze_account: BRAZE.into(),
        external_id: EXTERNAL_ID.into(),
        ..Config::default()
    }
}

fn with(integration: Integration, auth: AuthMethod) -> Config {
    Config {
        integration,
        auth,
        role_name: "braze-role".into(),
        ..currents_user()
    }
}

fn doc(statements: Value) -> Value {
    json!({"Version": "2012-10-17", "Statement": statements})
}

fn bucket_statement() -> Value {
    json!({"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
           "Resource": format!("arn:aws:s3:::{BUCKET}")})
}

fn verdict(policy: &Value, config: &Config) -> Verdict {
    check(&policy.to_string(), config).verdict
}

// ------------------------------------------------------------------ the checker, identity

#[test]
fn an_allow_on_one_character_keys_does_not_cover_the_folder() {
    // `?` is one character: `BUCKET/?` grants keys such as `a`, not `currents/….avro`.
    let policy = doc(json!([bucket_statement(),
        {"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"],
         "Resource": format!("arn:aws:s3:::{BUCKET}/?")}]));
    assert_eq!(verdict(&policy, &currents_user()), Verdict::Insufficient);
}

#[test]
fn an_allow_with_not_resource_on_the_folder_grants_everything_but_the_folder() {
    let policy = doc(json!([bucket_statement(),
        {"Effect": "Allow", "Action": "s3:*",
         "NotResource": format!("arn:aws:s3:::{BUCKET}/currents/*")}]));
    assert_eq!(verdict(&policy, &currents_user()), Verdict::Insufficient);
}

#[test]
fn a_deny_on_the_folder_refuses_every_upload_of_currents() {
    let mut policy = fixtures::identity_policy("currents", BUCKET);
    policy["Statement"].as_array_mut().unwrap().push(json!(
        {"Effect": "Deny", "Action": "s3:PutObject",
         "Resource": format!("arn:aws:s3:::{BUCKET}/currents/*")}));
    assert_eq!(verdict(&policy, &currents_user()), Verdict::Insufficient);
    // A further connector's folder counts as much as the first one's.
    let mut policy = fixtures::identity_policy("currents", BUCKET);
    policy["Statement"].as_array_mut().unwrap().push(json!(
        {"Effect": "Deny", "Action": "s3:PutObject",
         "Resource": format!("arn:aws:s3:::{BUCKET}/eu-events/*")}));
    let two = Config {
        connectors: vec![Connector {
            id: 1,
            name: String::new(),
            folder: "eu-events".into(),
        }],
        ..currents_user()
    };
    assert_eq!(verdict(&policy, &two), Verdict::Insufficient);
}

#[test]
fn a_deny_on_sent_messages_refuses_message_archiving() {
    let mut policy = fixtures::identity_policy("dashboard-export/role-arn", BUCKET);
    policy["Statement"].as_array_mut().unwrap().push(json!(
        {"Effect": "Deny", "Action": "s3:PutObject",
         "Resource": format!("arn:aws:s3:::{BUCKET}/sent_messages/*")}));
    let archiving = with(Integration::MessageArchiving, AuthMethod::RoleArn);
    assert_eq!(verdict(&policy, &archiving), Verdict::Insufficient);
}

// ------------------------------------------------------------------ the checker, trust

fn trust(principal: Value, condition: Value) -> Value {
    doc(
        json!([{"Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole",
                "Condition": condition}]),
    )
}

fn braze_root() -> Value {
    json!({"AWS": format!("arn:aws:iam::{BRAZE}:root")})
}

/// Trust policies in which the external ID no longer tells Braze's customers apart (or any
/// AWS account may assume the role): the confused deputy the external ID exists to stop.
fn open_trust_policies() -> Vec<(&'static str, Value)> {
    let id = |operator: &str, value: Value| json!({ operator: {"sts:ExternalId": value} });
    vec![
        (
            "StringLike *",
            trust(braze_root(), id("StringLike", json!("*"))),
        ),
        (
            "StringLike prefix*",
            trust(braze_root(), id("StringLike", json!("ext-*"))),
        ),
        (
            "StringLike ?",
            trust(braze_root(), id("StringLike", json!("ext-braze-?"))),
        ),
        (
            "Principal *",
            trust(json!("*"), id("StringEquals", json!(EXTERNAL_ID))),
        ),
        (
            "AWS *",
            trust(json!({"AWS": "*"}), id("StringEquals", json!(EXTERNAL_ID))),
        ),
        (
            "ForAllValues",
            trust(
                braze_root(),
                id("ForAllValues:StringEquals", json!(EXTERNAL_ID)),
            ),
        ),
        (
            "IfExists",
            trust(braze_root(), id("StringEqualsIfExists", json!(EXTERNAL_ID))),
        ),
        (
            "StringNotEquals",
            trust(braze_root(), id("StringNotEquals", json!("ext-other"))),
        ),
    ]
}

#[test]
fn a_trust_policy_that_voids_the_external_id_is_not_sufficient() {
    let role = with(Integration::Currents, AuthMethod::RoleArn);
    for (name, policy) in open_trust_policies() {
        assert_eq!(verdict(&policy, &role), Verdict::Insufficient, "{name}");
    }
}

// ------------------------------------------------------------------ the preflight

fn header(config: &Config) -> Value {
    let mut h = json!({"preflight": 1, "bucket": config.bucket, "auth": config.auth.key(),
        "name": match config.auth {
            AuthMethod::SecretKey => config.user_name(),
            AuthMethod::RoleArn => config.role_name(),
        },
        "integration": config.integration.key()});
    if config.auth == AuthMethod::RoleArn {
        h["braze_account"] = json!(config.braze_account);
        h["external_id"] = json!(config.external_id);
    }
    h
}

fn rec(call: &str, via: &str, subject: &str, data: Value) -> Value {
    json!({"check": "x", "call": call, "via": via, "subject": subject, "status": "ok",
           "error": null, "data": data})
}

fn missing(call: &str) -> Value {
    json!({"check": "x", "call": call, "via": "bucket", "subject": BUCKET, "status": "missing",
           "error": "NoSuchThing", "data": null})
}

fn bucket_records(bucket_policy: Option<Value>) -> Vec<Value> {
    let mut records = vec![
        rec("head-bucket", "bucket", BUCKET, Value::Null),
        rec(
            "get-bucket-location",
            "bucket",
            BUCKET,
            json!({"LocationConstraint": "eu-west-1"}),
        ),
        missing("get-bucket-encryption"),
        missing("get-object-lock-configuration"),
    ];
    records.push(match bucket_policy {
        Some(policy) => rec(
            "get-bucket-policy",
            "bucket",
            BUCKET,
            json!({"Policy": policy.to_string()}),
        ),
        None => missing("get-bucket-policy"),
    });
    records
}

fn user_arn() -> String {
    format!("arn:aws:iam::{OWN}:user/braze-user")
}

fn role_arn() -> String {
    format!("arn:aws:iam::{OWN}:role/braze-role")
}

/// A user's records: the user (with a boundary's ARN, if any), its policies, an active key.
fn user_records(
    policies: Vec<Value>,
    boundary: Option<Value>,
    bucket_policy: Option<Value>,
) -> Vec<Value> {
    let mut user = json!({"User": {"Arn": user_arn(), "UserName": "braze-user"}});
    if boundary.is_some() {
        user["User"]["PermissionsBoundary"] =
            json!({"PermissionsBoundaryArn": format!("arn:aws:iam::{OWN}:policy/boundary")});
    }
    let mut records = bucket_records(bucket_policy);
    records.push(rec("get-user", "user", "braze-user", user));
    for (i, policy) in policies.into_iter().enumerate() {
        records.push(rec(
            "get-policy-version",
            "user",
            &format!("arn:aws:iam::{OWN}:policy/p{i}"),
            json!({"PolicyVersion": {"Document": policy}}),
        ));
    }
    if let Some(boundary) = boundary {
        records.push(rec(
            "get-policy-version",
            "boundary",
            &format!("arn:aws:iam::{OWN}:policy/boundary"),
            json!({"PolicyVersion": {"Document": boundary}}),
        ));
    }
    records.push(rec(
        "list-access-keys",
        "user",
        "braze-user",
        json!([{"Status": "Active", "CreateDate": "2026-05-01T10:00:00Z"}]),
    ));
    records
}

fn role_records(
    config: &Config,
    arn: &str,
    trust: Value,
    policies: Vec<Value>,
    bucket_policy: Option<Value>,
) -> Vec<Value> {
    let mut records = bucket_records(bucket_policy);
    records.push(rec(
        "get-role",
        "role",
        config.role_name(),
        json!({"Role": {"Arn": arn, "RoleName": "braze-role", "AssumeRolePolicyDocument": trust}}),
    ));
    for (i, policy) in policies.into_iter().enumerate() {
        records.push(rec(
            "get-policy-version",
            "role",
            &format!("arn:aws:iam::{OWN}:policy/p{i}"),
            json!({"PolicyVersion": {"Document": policy}}),
        ));
    }
    records
}

fn findings(config: &Config, records: &[Value]) -> Vec<Finding> {
    let mut text = format!("# braze-s3-companion preflight v1\n{}\n", header(config));
    for r in records {
        text.push_str(&r.to_string());
        text.push('\n');
    }
    text.push_str(&format!("# end {}\n", records.len()));
    let report = read_report(&text).expect("a report");
    preflight::check(&report, config, NOW)
}

fn status(findings: &[Finding], id: CheckId) -> Status {
    findings
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no {id:?} in {findings:#?}"))
        .status
}

fn braze_currents() -> Value {
    fixtures::identity_policy("currents", BUCKET)
}

fn braze_trust() -> Value {
    fixtures::trust_policy(BRAZE, EXTERNAL_ID)
}

#[test]
fn the_preflight_fails_identity_policies_that_miss_or_deny_keys_of_the_folder() {
    let user = currents_user();
    let one_character = doc(json!([bucket_statement(),
        {"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"],
         "Resource": format!("arn:aws:s3:::{BUCKET}/?")}]));
    let not_resource = doc(json!([bucket_statement(),
        {"Effect": "Allow", "Action": "s3:*",
         "NotResource": format!("arn:aws:s3:::{BUCKET}/currents/*")}]));
    let deny = doc(json!([{"Effect": "Deny", "Action": "s3:PutObject",
         "Resource": format!("arn:aws:s3:::{BUCKET}/currents/*")}]));
    for (name, policies) in [
        ("BUCKET/?", vec![one_character]),
        ("NotResource", vec![not_resource]),
        ("Deny currents/*", vec![braze_currents(), deny]),
    ] {
        let f = findings(&user, &user_records(policies, None, None));
        assert_eq!(status(&f, CheckId::IdentityPolicy), Status::Fail, "{name}");
    }
}

#[test]
fn the_preflight_fails_a_bucket_policy_that_denies_uploads_braze_makes() {
    let deny = |key: &str| {
        doc(
            json!([{"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
        "Resource": format!("arn:aws:s3:::{BUCKET}/{key}")}]),
        )
    };
    let f = findings(
        &currents_user(),
        &user_records(vec![braze_currents()], None, Some(deny("currents/*"))),
    );
    assert_eq!(status(&f, CheckId::BucketPolicy), Status::Fail);
    let archiving = Config {
        integration: Integration::MessageArchiving,
        ..currents_user()
    };
    let export = fixtures::identity_policy("dashboard-export/secret-key", BUCKET);
    let f = findings(
        &archiving,
        &user_records(vec![export], None, Some(deny("sent_messages/*"))),
    );
    assert_eq!(status(&f, CheckId::BucketPolicy), Status::Fail);
}

#[test]
fn the_preflight_fails_a_trust_policy_that_voids_the_external_id() {
    let role = with(Integration::Currents, AuthMethod::RoleArn);
    for (name, trust) in open_trust_policies() {
        let f = findings(
            &role,
            &role_records(&role, &role_arn(), trust, vec![braze_currents()], None),
        );
        assert_eq!(status(&f, CheckId::TrustPolicy), Status::Fail, "{name}");
    }
}

#[test]
fn not_principal_naming_only_the_role_still_denies_its_sessions() {
    // Braze calls as `arn:aws:sts::OWN:assumed-role/braze-role/<session>`, which is not listed.
    let role = with(Integration::Currents, AuthMethod::RoleArn);
    let policy = doc(
        json!([{"Effect": "Deny", "NotPrincipal": {"AWS": [role_arn()]},
        "Action": "s3:*", "Resource": [format!("arn:aws:s3:::{BUCKET}"), format!("arn:aws:s3:::{BUCKET}/*")]}]),
    );
    let f = findings(
        &role,
        &role_records(
            &role,
            &role_arn(),
            braze_trust(),
            vec![braze_currents()],
            Some(policy),
        ),
    );
    assert_eq!(status(&f, CheckId::BucketPolicy), Status::Fail);
}

#[test]
fn not_principal_with_deny_always_denies_a_principal_with_a_permissions_boundary() {
    let user = currents_user();
    let policy = doc(json!([{"Effect": "Deny",
        "NotPrincipal": {"AWS": [user_arn(), format!("arn:aws:iam::{OWN}:root")]},
        "Action": "s3:*", "Resource": [format!("arn:aws:s3:::{BUCKET}"), format!("arn:aws:s3:::{BUCKET}/*")]}]));
    let boundary = doc(json!([{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]));
    let f = findings(
        &user,
        &user_records(vec![braze_currents()], Some(boundary), Some(policy.clone())),
    );
    assert_eq!(status(&f, CheckId::BucketPolicy), Status::Fail);
    // Without the boundary, the same statement leaves the listed user alone.
    let f = findings(
        &user,
        &user_records(vec![braze_currents()], None, Some(policy)),
    );
    assert_eq!(status(&f, CheckId::BucketPolicy), Status::Pass);
}

#[test]
fn a_policy_read_through_get_policy_is_not_skipped() {
    // The script's fallback when a policy's version cannot be read: `get-policy` answers
    // without the document, so nothing can say what it allows or denies.
    let user = currents_user();
    let mut records = user_records(vec![braze_currents()], None, None);
    records.push(rec(
        "get-policy",
        "user",
        &format!("arn:aws:iam::{OWN}:policy/deny-all"),
        json!({"Policy": {"PolicyName": "deny-all", "DefaultVersionId": "v1",
                          "Arn": format!("arn:aws:iam::{OWN}:policy/deny-all")}}),
    ));
    let f = findings(&user, &records);
    assert_ne!(status(&f, CheckId::IdentityPolicy), Status::Pass);
}

// ------------------------------------------------------------------ wrong fail or warn

#[test]
fn the_page_s_own_secret_key_export_policy_passes_as_is() {
    let export = Config {
        integration: Integration::DashboardExport,
        ..currents_user()
    };
    let policy = fixtures::identity_policy("dashboard-export/secret-key", BUCKET);
    let f = findings(&export, &user_records(vec![policy], None, None));
    assert_eq!(status(&f, CheckId::IdentityPolicy), Status::Pass);
}

#[test]
fn a_same_account_bucket_policy_may_grant_alone() {
    // AWS, "Policy evaluation logic": within one account, an identity-based or a
    // resource-based policy that allows the request is enough.
    let user = currents_user();
    let policy = doc(json!([
        {"Effect": "Allow", "Principal": {"AWS": user_arn()},
         "Action": ["s3:ListBucket", "s3:GetBucketLocation"], "Resource": format!("arn:aws:s3:::{BUCKET}")},
        {"Effect": "Allow", "Principal": {"AWS": user_arn()},
         "Action": ["s3:PutObject", "s3:GetObject"], "Resource": format!("arn:aws:s3:::{BUCKET}/*")}]));
    let f = findings(&user, &user_records(vec![], None, Some(policy)));
    assert_eq!(status(&f, CheckId::IdentityPolicy), Status::Pass);
    assert_eq!(status(&f, CheckId::BucketPolicy), Status::Pass);
}

// ------------------------------------------------------------------ issue 22: a role with a path

#[test]
fn a_role_with_a_path_has_the_path_in_its_arn() {
    let role = Config {
        role_name: "service/braze/pc-r".into(),
        own_account: OWN.into(),
        ..with(Integration::Currents, AuthMethod::RoleArn)
    };
    let SnippetBody::Ready { text, .. } = build(SnippetId::RoleArn, &role, &Report::new(&role))
    else {
        panic!("the role ARN waits for a field");
    };
    assert_eq!(text, format!("arn:aws:iam::{OWN}:role/service/braze/pc-r"));
    // The preflight reads the role by its name: IAM's get-role takes no path.
    let script = preflight::script(&role, &Report::new(&role)).expect("a script");
    assert!(script.contains("NAME='pc-r'"), "{script}");
}

#[test]
fn the_preflight_says_when_the_role_arn_differs_from_the_one_braze_is_given() {
    let role = Config {
        own_account: OWN.into(),
        ..with(Integration::Currents, AuthMethod::RoleArn)
    };
    let real = format!("arn:aws:iam::{OWN}:role/service/braze/braze-role");
    let f = findings(
        &role,
        &role_records(&role, &real, braze_trust(), vec![braze_currents()], None),
    );
    let finding = f
        .iter()
        .find(|f| f.id.key() == "role-arn")
        .unwrap_or_else(|| panic!("no role-arn finding in {f:#?}"));
    assert_eq!(finding.status, Status::Fail);
    // The same role without a path: the ARN the page gives Braze is the role's.
    let f = findings(
        &role,
        &role_records(
            &role,
            &role_arn(),
            braze_trust(),
            vec![braze_currents()],
            None,
        ),
    );
    assert_eq!(
        f.iter()
            .find(|f| f.id.key() == "role-arn")
            .map(|f| f.status),
        Some(Status::Pass)
    );
}

#[test]
fn the_generated_infrastructure_creates_the_role_with_its_path() {
    use braze_s3_companion::core::iac::{generate, IacKind};
    let role = Config {
        role_name: "service/braze/pc-r".into(),
        ..with(Integration::Currents, AuthMethod::RoleArn)
    };
    let report = Report::new(&role);
    let cli = generate(IacKind::CliScript, &role, &report).expect("a script");
    assert!(cli.lines().any(|l| l == "ROLE_NAME='pc-r'"), "{cli}");
    assert!(
        cli.lines().any(|l| l == "ROLE_PATH='/service/braze/'"),
        "{cli}"
    );
    assert!(cli.contains(" create-role --role-name=\"$ROLE_NAME\" --path=\"$ROLE_PATH\" "));
    // Every other call finds the role by its name alone.
    assert!(!cli.contains("get-role --role-name=\"$ROLE_PATH"));
    let cloudformation = generate(IacKind::CloudFormation, &role, &report).expect("a template");
    assert!(cloudformation
        .lines()
        .any(|l| l.trim() == "Path: \"/service/braze/\""));
    assert!(cloudformation
        .lines()
        .any(|l| l.trim() == "RoleName: \"pc-r\""));
    let terraform = generate(IacKind::Terraform, &role, &report).expect("a configuration");
    let attribute = |name: &str| {
        terraform
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{name} ")))
            .map(|l| l.split_once('=').unwrap().1.trim().to_owned())
    };
    assert_eq!(attribute("path").as_deref(), Some("\"/service/braze/\""));
    // Without a path, none is written: IAM's default `/`.
    let plain = with(Integration::Currents, AuthMethod::RoleArn);
    let report = Report::new(&plain);
    for kind in IacKind::ALL {
        let text = generate(kind, &plain, &report).unwrap();
        let path_line = text.lines().any(|l| {
            let l = l.trim_start();
            l.starts_with("ROLE_PATH=") || l.starts_with("Path:") || l.starts_with("path ")
        });
        assert!(!path_line, "{kind:?}");
    }
}
