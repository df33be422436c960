//! Issue 19: the checker, the preflight and the diagram judge with one evaluator, so they agree
//! on every case the guide generates; and every document the guide generates passes.
//!
//! For every integration, auth method, Braze's AES-256 option, folder layout and role (with and
//! without a path): each policy snippet the guide offers is "sufficient" in the checker, the
//! trust policy too; an account that holds exactly what the guide and its CLI script create
//! (the console route: the case's one policy; the IaC route: one policy per integration; the
//! optional SSE bucket policy when the option is on) passes every check of the preflight; and
//! the diagram's policy arrow lists exactly the actions docs/facts.md says Braze needs ("The
//! identity policies"), which the checker's rows grant.

use braze_s3_companion::core::checker::{self, Verdict};
use braze_s3_companion::core::config::{AuthMethod, Config, Connector, Integration};
use braze_s3_companion::core::diagram::{self, Line, Part, Shown};
use braze_s3_companion::core::iac::Plan;
use braze_s3_companion::core::policy::{self, to_pretty_json};
use braze_s3_companion::core::preflight::{self, read_report, CheckId, Status};
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::snippets::{build, SnippetBody, SnippetId};
use serde_json::{json, Value};

const OWN: &str = "111122223333";

/// The actions Braze needs, by docs/facts.md ("The identity policies"), as a set.
fn needed(integration: Integration) -> Vec<&'static str> {
    let mut actions = vec![
        "s3:ListBucket",
        "s3:GetBucketLocation",
        "s3:PutObject",
        "s3:GetObject",
    ];
    if integration != Integration::Currents {
        actions.push("s3:DeleteObject");
    }
    actions.sort_unstable();
    actions
}

fn cases() -> Vec<Config> {
    let mut out = Vec::new();
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            for sse in [false, true] {
                for (bucket, folder, extra, role) in [
                    ("acme-braze", "currents", None, ""),
                    (
                        "acme.braze-2",
                        "exports/braze/currents",
                        Some("eu"),
                        "service/braze/pc-r",
                    ),
                ] {
                    out.push(Config {
                        integration,
                        auth,
                        bucket: bucket.into(),
                        braze_account: "999999999999".into(),
                        external_id: "ext-1:a/b".into(),
                        folder: folder.into(),
                        sse,
                        role_name: role.into(),
                        own_account: OWN.into(),
                        connectors: extra
                            .map(|f| Connector {
                                id: 1,
                                name: String::new(),
                                folder: f.into(),
                            })
                            .into_iter()
                            .collect(),
                        ..Config::default()
                    });
                }
            }
        }
    }
    out
}

fn snippet(id: SnippetId, config: &Config) -> String {
    match build(id, config, &Report::new(config)) {
        SnippetBody::Ready { text, .. } => text,
        SnippetBody::Waiting { fields } => panic!("{id:?} waits for {fields:?} in {config:?}"),
        SnippetBody::Placeholder { missing, .. } => {
            panic!("{id:?} shows placeholders for {missing:?} in {config:?}")
        }
    }
}

fn rec(call: &str, via: &str, subject: &str, status: &str, data: Value) -> Value {
    json!({"check": "x", "call": call, "via": via, "subject": subject, "status": status,
           "error": if status == "ok" { Value::Null } else { json!("NoSuchThing") }, "data": data})
}

/// The report of an account holding `policies` (attached to the identity), the trust policy
/// and, with Braze's AES-256 option, the guide's SSE bucket policy.
fn report(config: &Config, policies: &[Value]) -> String {
    let bucket = config.bucket.as_str();
    let bucket_policy = if config.sse {
        rec(
            "get-bucket-policy",
            "bucket",
            bucket,
            "ok",
            json!({"Policy": to_pretty_json(&policy::sse_bucket_policy(bucket))}),
        )
    } else {
        rec(
            "get-bucket-policy",
            "bucket",
            bucket,
            "missing",
            Value::Null,
        )
    };
    let mut records = vec![
        rec("head-bucket", "bucket", bucket, "ok", Value::Null),
        rec(
            "get-bucket-location",
            "bucket",
            bucket,
            "ok",
            json!({"LocationConstraint": null}),
        ),
        rec(
            "get-bucket-encryption",
            "bucket",
            bucket,
            "missing",
            Value::Null,
        ),
        rec(
            "get-object-lock-configuration",
            "bucket",
            bucket,
            "missing",
            Value::Null,
        ),
        bucket_policy,
    ];
    let (via, name) = match config.auth {
        AuthMethod::SecretKey => ("user", config.user_name()),
        AuthMethod::RoleArn => ("role", config.role_name()),
    };
    match config.auth {
        AuthMethod::SecretKey => records.push(rec(
            "get-user",
            "user",
            name,
            "ok",
            json!({"User": {"UserName": name, "Arn": format!("arn:aws:iam::{OWN}:user/{name}")}}),
        )),
        AuthMethod::RoleArn => {
            let trust: Value =
                serde_json::from_str(&snippet(SnippetId::TrustPolicy, config)).unwrap();
            records.push(rec(
                "get-role",
                "role",
                name,
                "ok",
                json!({"Role": {"RoleName": name, "Path": config.role_path(),
                    "Arn": policy::role_arn(OWN, &config.role_path(), name),
                    "AssumeRolePolicyDocument": trust}}),
            ));
        }
    }
    for (i, document) in policies.iter().enumerate() {
        records.push(rec(
            "get-policy-version",
            via,
            &format!("arn:aws:iam::{OWN}:policy/p{i}"),
            "ok",
            json!({"PolicyVersion": {"Document": document}}),
        ));
    }
    if config.auth == AuthMethod::SecretKey {
        records.push(rec(
            "list-access-keys",
            "user",
            name,
            "ok",
            json!([{"Status": "Active", "CreateDate": "2026-05-20T00:00:00Z"}]),
        ));
    }
    let header = json!({"preflight": 1, "bucket": bucket, "auth": config.auth.key(), "name": name,
        "integration": config.integration.key(), "braze_account": config.braze_account,
        "external_id": config.external_id});
    let mut text = format!("# braze-s3-companion preflight v1\n{header}\n");
    for r in &records {
        text.push_str(&format!("{r}\n"));
    }
    text + &format!("# end {}\n", records.len())
}

fn preflight_passes(config: &Config, policies: &[Value], route: &str) {
    let report = read_report(&report(config, policies)).expect("a report");
    let findings = preflight::check(&report, config, 1_780_000_000);
    for finding in &findings {
        let expected = if finding.id == CheckId::Organizations {
            Status::Unknown
        } else {
            Status::Pass
        };
        assert_eq!(
            finding.status, expected,
            "{route}: {finding:#?} for {config:#?}"
        );
    }
}

/// The actions on the diagram's policy arrow (the arrow that ends at the bucket).
fn diagram_actions(config: &Config) -> Vec<String> {
    let picture = diagram::build(config, &Report::new(config));
    let Some(Part::Arrow { lines }) = picture
        .parts
        .iter()
        .rev()
        .find(|p| matches!(p, Part::Arrow { .. }))
    else {
        panic!("no arrow in {picture:#?}")
    };
    let mut actions: Vec<String> = lines
        .iter()
        .filter_map(|line| match line {
            Line::Code(Shown::Value(action)) => Some(action.clone()),
            _ => None,
        })
        .collect();
    actions.sort();
    actions
}

#[test]
fn every_generated_document_passes_and_the_three_judges_agree() {
    for config in cases() {
        let expected = needed(config.integration);
        // The checker: the case's own policy (the combined one with both integrations).
        let kind = *config.policy_kinds().last().unwrap();
        let text = snippet(SnippetId::for_policy(kind), &config);
        let result = checker::check(&text, &config);
        assert_eq!(result.verdict, Verdict::Sufficient, "{text}\n{result:#?}");
        let mut granted: Vec<&str> = result.rows.iter().map(|r| r.action.as_str()).collect();
        granted.sort_unstable();
        granted.dedup();
        assert_eq!(granted, expected, "{config:?}");
        // Each policy the guide offers is sufficient for what its own integration needs.
        for kind in config.policy_kinds() {
            let alone = Config {
                integration: match kind {
                    braze_s3_companion::core::config::PolicyKind::Currents => Integration::Currents,
                    braze_s3_companion::core::config::PolicyKind::DashboardExport => {
                        Integration::DashboardExport
                    }
                    braze_s3_companion::core::config::PolicyKind::Combined => Integration::Both,
                },
                ..config.clone()
            };
            let text = snippet(SnippetId::for_policy(kind), &config);
            assert_eq!(checker::check(&text, &alone).verdict, Verdict::Sufficient);
        }
        if config.auth == AuthMethod::RoleArn {
            let trust = snippet(SnippetId::TrustPolicy, &config);
            assert_eq!(checker::check(&trust, &config).verdict, Verdict::Sufficient);
        }
        // The preflight, both routes: the console's one policy, the CLI script's per integration.
        let console: Value = serde_json::from_str(&text).unwrap();
        preflight_passes(&config, &[console], "console");
        let plan = Plan::new(&config, &Report::new(&config)).expect("a plan");
        let created: Vec<Value> = plan
            .policies
            .iter()
            .map(|p| serde_json::from_str(&to_pretty_json(&p.document)).unwrap())
            .collect();
        preflight_passes(&config, &created, "iac");
        // The diagram lists exactly what the checker and the preflight found granted.
        assert_eq!(diagram_actions(&config), expected, "{config:?}");
    }
}
