//! The table of outputs (`core::outputs`): the inputs each output is built from, the fields
//! each snippet waits for, and, as properties, that an output changes only when one of the
//! inputs of its row changes (so the widget's memos, keyed on them, are never stale) and that
//! every input of a row is really read (so no memo is rebuilt for nothing). Then the
//! documents shown before a value is typed: Braze's own documents with the seed page's
//! `INSERTBUCKETNAME` (docs/facts.md), compared as data.

#[path = "fixtures/mod.rs"]
mod fixtures;

use braze_s3_companion::core::config::{AuthMethod, Config, Connector, Integration, PolicyKind};
use braze_s3_companion::core::field::Field;
use braze_s3_companion::core::iac::IacKind;
use braze_s3_companion::core::outputs::{Input, Output};
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::snippets::{self, SnippetBody, SnippetId};
use braze_s3_companion::core::{
    braze_error, checker, checklist, diagram, guide, preflight, troubleshoot, update_credentials,
};
use proptest::prelude::*;
use serde_json::Value;

const NOW: i64 = 1_780_000_000;

fn cases() -> Vec<(Integration, AuthMethod)> {
    Integration::ALL
        .into_iter()
        .flat_map(|i| AuthMethod::ALL.into_iter().map(move |a| (i, a)))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Each row, written from what each output quotes (docs/facts.md and docs/contract.md)

use Field as F;
use Input as I;

/// The inputs of each output.
fn expected_reads(output: Output) -> Vec<Input> {
    let guide = vec![
        I::Integration,
        I::Auth,
        I::Field(F::Bucket),
        I::Field(F::BrazeAccount),
        I::Field(F::ExternalId),
        I::Field(F::Folder),
        I::Field(F::UserName),
        I::Field(F::RoleName),
        I::Field(F::PolicyName),
        I::Sse,
        I::Connectors,
    ];
    match output {
        // A policy quotes the bucket only (its file name too); Braze's dashboard-export
        // policy differs by auth method.
        Output::Policy(PolicyKind::Currents) | Output::BucketPolicySse => {
            vec![I::Field(F::Bucket)]
        }
        Output::Policy(_) => vec![I::Auth, I::Field(F::Bucket)],
        // Braze's account and the external ID, asked for a role; the file is named after
        // the bucket.
        Output::TrustPolicy => vec![
            I::Auth,
            I::Field(F::BrazeAccount),
            I::Field(F::ExternalId),
            I::Field(F::Bucket),
        ],
        Output::RoleArn => vec![
            I::Auth,
            I::Field(F::RoleName),
            I::Field(F::OwnAccount),
            I::Field(F::Bucket),
        ],
        // Everything the files create: the case's policies on the bucket, the user or the
        // role, their names.
        Output::Iac(_) => vec![
            I::Integration,
            I::Auth,
            I::Field(F::Bucket),
            I::Field(F::BrazeAccount),
            I::Field(F::ExternalId),
            I::Field(F::UserName),
            I::Field(F::RoleName),
            I::Field(F::PolicyName),
        ],
        Output::PreflightScript => vec![
            I::Integration,
            I::Auth,
            I::Field(F::Bucket),
            I::Field(F::BrazeAccount),
            I::Field(F::ExternalId),
            I::Field(F::UserName),
            I::Field(F::RoleName),
        ],
        // Every value but the reader's own account, which only the role ARN quotes.
        Output::Guide | Output::Checklist => guide,
        // And the reader's own account: a refused AssumeRole names the role Braze tried, in
        // the account it is in (docs/facts.md, Braze's errors).
        Output::Troubleshooting => [guide, vec![I::Field(F::OwnAccount)]].concat(),
        Output::Diagram => guide.into_iter().filter(|i| *i != I::Sse).collect(),
        // A pasted policy is judged for Braze's requests: on the bucket, on the keys under
        // each Currents folder, with the encryption header Braze sends when its AES-256 option
        // is on (docs/facts.md, "How AWS evaluates a request"); a trust policy for Braze's IDs.
        Output::PolicyCheck => vec![
            I::Integration,
            I::Auth,
            I::Sse,
            I::Field(F::Bucket),
            I::Field(F::Folder),
            I::Connectors,
            I::Field(F::BrazeAccount),
            I::Field(F::ExternalId),
        ],
        // A report made for other values says so; the fix names the policy to attach; the
        // role's ARN is the reader's own account's; the account's policies are judged for
        // the same requests as a pasted policy.
        Output::PreflightFindings => vec![
            I::Integration,
            I::Auth,
            I::Field(F::Bucket),
            I::Field(F::Folder),
            I::Connectors,
            I::Field(F::BrazeAccount),
            I::Field(F::ExternalId),
            I::Field(F::UserName),
            I::Field(F::RoleName),
            I::Field(F::PolicyName),
            I::Field(F::OwnAccount),
            I::Sse,
        ],
        Output::UpdateCredentials => vec![
            I::Integration,
            I::Auth,
            I::Field(F::Bucket),
            I::Field(F::BrazeAccount),
            I::Field(F::ExternalId),
            I::Field(F::UserName),
            I::Field(F::RoleName),
            I::Connectors,
        ],
    }
}

#[test]
fn each_output_reads_the_inputs_of_its_row() {
    for output in Output::ALL {
        let mut expected = expected_reads(output);
        let mut reads = output.reads();
        reads.sort_by_key(|i| format!("{i:?}"));
        expected.sort_by_key(|i| format!("{i:?}"));
        assert_eq!(reads, expected, "{output:?}");
    }
}

#[test]
fn every_output_is_listed_once() {
    for (i, a) in Output::ALL.iter().enumerate() {
        assert!(!Output::ALL[i + 1..].contains(a), "{a:?} twice");
    }
    for id in every_snippet() {
        assert!(Output::ALL.contains(&id.output()), "{id:?}");
    }
}

fn every_snippet() -> Vec<SnippetId> {
    let mut ids = vec![
        SnippetId::PolicyCurrents,
        SnippetId::PolicyDashboardExport,
        SnippetId::PolicyCombined,
        SnippetId::TrustPolicy,
        SnippetId::RoleArn,
        SnippetId::BucketPolicySse,
        SnippetId::PreflightScript,
    ];
    ids.extend(IacKind::ALL.map(SnippetId::Iac));
    ids
}

/// What each snippet waits for, per auth method (docs/facts.md: the values each document
/// quotes; the reader's own account only for the role ARN; a default name stands for an
/// empty optional name).
#[test]
fn each_snippet_needs_the_fields_of_its_case() {
    let secret = |integration| Config {
        integration,
        ..Config::default()
    };
    let role = |integration| Config {
        integration,
        auth: AuthMethod::RoleArn,
        ..Config::default()
    };
    for integration in Integration::ALL {
        let (s, r) = (secret(integration), role(integration));
        for kind in [
            PolicyKind::Currents,
            PolicyKind::DashboardExport,
            PolicyKind::Combined,
        ] {
            assert_eq!(Output::Policy(kind).needs(&s), [F::Bucket]);
            assert_eq!(Output::Policy(kind).needs(&r), [F::Bucket]);
        }
        assert_eq!(Output::BucketPolicySse.needs(&s), [F::Bucket]);
        assert_eq!(
            Output::TrustPolicy.needs(&r),
            [F::BrazeAccount, F::ExternalId]
        );
        assert_eq!(Output::RoleArn.needs(&r), [F::RoleName, F::OwnAccount]);
        for kind in IacKind::ALL {
            assert_eq!(
                Output::Iac(kind).needs(&s),
                [F::Bucket, F::UserName, F::PolicyName]
            );
            assert_eq!(
                Output::Iac(kind).needs(&r),
                [
                    F::Bucket,
                    F::BrazeAccount,
                    F::ExternalId,
                    F::RoleName,
                    F::PolicyName
                ]
            );
        }
        assert_eq!(Output::PreflightScript.needs(&s), [F::Bucket, F::UserName]);
        assert_eq!(
            Output::PreflightScript.needs(&r),
            [F::Bucket, F::BrazeAccount, F::ExternalId, F::RoleName]
        );
        for output in [Output::Guide, Output::Diagram, Output::UpdateCredentials] {
            assert!(output.needs(&r).is_empty(), "{output:?}");
        }
    }
}

/// One home for the policies of a case: the guide offers the case's policies and, with both
/// integrations, the combined one; the infrastructure creates the case's policies; the
/// diagram draws the one that covers the case (docs/facts.md, "The policies").
#[test]
fn the_policies_of_a_case_have_one_home() {
    use PolicyKind::{Combined, Currents, DashboardExport};
    let expected: [(Integration, &[PolicyKind], Option<PolicyKind>, PolicyKind); 4] = [
        (Integration::Currents, &[Currents], None, Currents),
        (
            Integration::DashboardExport,
            &[DashboardExport],
            None,
            DashboardExport,
        ),
        (
            Integration::MessageArchiving,
            &[DashboardExport],
            None,
            DashboardExport,
        ),
        (
            Integration::Both,
            &[Currents, DashboardExport],
            Some(Combined),
            Combined,
        ),
    ];
    for (integration, separate, combined, covering) in expected {
        assert_eq!(integration.policies(), separate, "{integration:?}");
        assert_eq!(integration.combined_policy(), combined, "{integration:?}");
        assert_eq!(integration.covering_policy(), covering, "{integration:?}");
        for auth in AuthMethod::ALL {
            let config = Config {
                integration,
                auth,
                bucket: "acme-exports".into(),
                braze_account: "123456789012".into(),
                external_id: "ext-1".into(),
                ..Config::default()
            };
            let mut offered = separate.to_vec();
            offered.extend(combined);
            assert_eq!(config.policy_kinds(), offered);
            let shown: Vec<SnippetId> = guide::build(&config, &Report::new(&config))
                .snippets()
                .filter(|id| id.key().starts_with("policy-"))
                .collect();
            let offered_ids: Vec<SnippetId> =
                offered.iter().map(|k| SnippetId::for_policy(*k)).collect();
            assert_eq!(shown, offered_ids, "{integration:?} {auth:?}");
            let plan = braze_s3_companion::core::iac::Plan::new(&config, &Report::new(&config))
                .expect("valid");
            let created: Vec<PolicyKind> = plan.policies.iter().map(|p| p.kind).collect();
            assert_eq!(created, separate, "{integration:?} {auth:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Every output, built as the widget builds it

/// A report the preflight script could print, made for `config` (so the checks run) or for
/// other values (so the report finding says so).
fn preflight_text(config: &Config) -> String {
    let name = match config.auth {
        AuthMethod::SecretKey => config.user_name(),
        AuthMethod::RoleArn => config.role_name(),
    };
    let header = serde_json::json!({
        "preflight": 1,
        "bucket": config.bucket,
        "auth": config.auth.key(),
        "name": name,
        "integration": config.integration.key(),
        "braze_account": config.braze_account,
        "external_id": config.external_id,
    });
    let call = |call: &str, data: Value| {
        serde_json::json!({
            "check": "x", "call": call, "via": "bucket", "subject": config.bucket,
            "status": "ok", "error": null, "data": data,
        })
    };
    let head = call("head-bucket", Value::Null);
    // Object Lock fails Currents and warns dashboard export: the findings read the case.
    let lock = call(
        "get-object-lock-configuration",
        serde_json::json!({"ObjectLockConfiguration": {"ObjectLockEnabled": "Enabled"}}),
    );
    // A bucket policy refusing uploads without SSE-S3: the findings read the option.
    let policy = serde_json::json!({"Policy": serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
            "Resource": format!("arn:aws:s3:::{}/*", config.bucket),
            "Condition": {"Null": {"s3:x-amz-server-side-encryption": "true"}}
        }]
    }).to_string()});
    let policy = call("get-bucket-policy", policy);
    // The identity's one policy grants none of it: the fix names the policy to attach.
    let elsewhere = serde_json::json!({"PolicyVersion": {"Document": {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::elsewhere"}]
    }}});
    let identity = |via: &str| {
        serde_json::json!({
            "check": "x", "call": "get-policy-version", "via": via,
            "subject": "arn:aws:iam::111122223333:policy/other",
            "status": "ok", "error": null, "data": elsewhere,
        })
    };
    let found = |call: &str, via: &str, data: Value| {
        serde_json::json!({
            "check": "x", "call": call, "via": via, "subject": name,
            "status": "ok", "error": null, "data": data,
        })
    };
    let records = [
        head,
        lock,
        policy,
        found(
            "get-user",
            "user",
            serde_json::json!({"User": {"Arn": "arn:aws:iam::111122223333:user/u"}}),
        ),
        found(
            "get-role",
            "role",
            serde_json::json!({"Role": {"Arn": "arn:aws:iam::111122223333:role/r"}}),
        ),
        identity("user"),
        identity("role"),
    ];
    let lines: Vec<String> = records.iter().map(Value::to_string).collect();
    format!(
        "# braze-s3-companion preflight v1\n{header}\n{}\n# end {}\n",
        lines.join("\n"),
        lines.len()
    )
}

const PASTED_POLICIES: [&str; 3] = [
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":["arn:aws:s3:::acme-exports","arn:aws:s3:::acme-exports/*"]}]}"#,
    // Uploads allowed only with the AES-256 header: granted only when Braze sends it.
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":["arn:aws:s3:::acme-exports","arn:aws:s3:::acme-exports/*"]},{"Effect":"Deny","Action":"s3:PutObject","Resource":"arn:aws:s3:::acme-exports/*","Condition":{"StringNotEquals":{"s3:x-amz-server-side-encryption":"AES256"}}}]}"#,
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"ext-1"}}}]}"#,
];

const BRAZE_MESSAGES: [&str; 3] = [
    "Access Denied: the user arn:aws:iam::123456789012:user/braze-user is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::acme-old/currents/x",
    "Unable to connect to S3 bucket other-bucket",
    // AWS's refusal of sts:AssumeRole names the reader's role, in their own account.
    "User: arn:aws:sts::210987654321:assumed-role/braze-prod-caller/braze-session-42 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/braze-role",
];

/// Everything the reader sees of `output` for `config` (its `Debug` text: all the data).
fn built(output: Output, config: &Config) -> String {
    let report = Report::new(config);
    match output {
        Output::Policy(kind) => {
            format!(
                "{:?}",
                snippets::build(SnippetId::for_policy(kind), config, &report)
            )
        }
        Output::TrustPolicy => format!(
            "{:?}",
            snippets::build(SnippetId::TrustPolicy, config, &report)
        ),
        Output::RoleArn => format!("{:?}", snippets::build(SnippetId::RoleArn, config, &report)),
        Output::BucketPolicySse => format!(
            "{:?}",
            snippets::build(SnippetId::BucketPolicySse, config, &report)
        ),
        Output::Iac(kind) => format!(
            "{:?}",
            snippets::build(SnippetId::Iac(kind), config, &report)
        ),
        Output::PreflightScript => format!(
            "{:?}",
            snippets::build(SnippetId::PreflightScript, config, &report)
        ),
        Output::Guide => format!("{:?}", guide::build(config, &report)),
        Output::Checklist => {
            let items = checklist::items(&guide::build(config, &report));
            format!("{items:?} {:?}", checklist::next_checks(config, &report))
        }
        Output::Diagram => format!("{:?}", diagram::build(config, &report)),
        Output::PreflightFindings => {
            // Made for these values, and for fixed ones (which these match, or not).
            let fixed = |auth| Config {
                auth,
                bucket: "acme-exports".into(),
                user_name: "braze-user".into(),
                role_name: "braze-role".into(),
                braze_account: "123456789012".into(),
                external_id: "ext-1".into(),
                ..config.clone()
            };
            [
                config,
                &fixed(AuthMethod::SecretKey),
                &fixed(AuthMethod::RoleArn),
            ]
            .map(|made_for| {
                let text = preflight_text(made_for);
                let read = preflight::read_report(&text).map(|r| preflight::check(&r, config, NOW));
                format!("{read:?}")
            })
            .join("\n")
        }
        Output::PolicyCheck => PASTED_POLICIES
            .map(|text| format!("{:?}", checker::check(text, config)))
            .join("\n"),
        Output::UpdateCredentials => {
            format!("{:?}", update_credentials::build(config, &report))
        }
        Output::Troubleshooting => {
            let items = checklist::items(&guide::build(config, &report));
            let readings: Vec<_> = BRAZE_MESSAGES
                .iter()
                .map(|m| {
                    let reading = braze_error::read(m);
                    let differences = braze_error::differences(&reading, config);
                    (reading, differences)
                })
                .collect();
            format!(
                "{:?} {:?} {items:?} {readings:?}",
                troubleshoot::symptoms_for(config),
                troubleshoot::notes(config)
            )
        }
    }
}

/// `onto` with the inputs `output` reads taken from `from`.
fn with_inputs_of(output: Output, from: &Config, onto: &Config) -> Config {
    let mut config = onto.clone();
    for input in output.reads() {
        set(&mut config, input, from);
    }
    config
}

/// `config` with `input` taken from `from`.
fn set(config: &mut Config, input: Input, from: &Config) {
    match input {
        I::Integration => config.integration = from.integration,
        I::Auth => config.auth = from.auth,
        I::Sse => config.sse = from.sse,
        I::Field(field) => *config.value_mut(field).unwrap() = from.value(field).to_owned(),
        I::Connectors => config.connectors.clone_from(&from.connectors),
    }
}

/// Values of every kind for each field: valid, another valid, empty, invalid.
fn values(field: Field) -> &'static [&'static str] {
    match field {
        F::Bucket => &["acme-exports", "braze.data-2", "", "Bad_Bucket"],
        F::BrazeAccount => &["123456789012", "999999999999", "", "12ab"],
        F::ExternalId => &["ext-1", "braze-external-id", "", "bad id"],
        F::Folder => &["currents", "events/braze", "", "/x"],
        F::UserName => &["braze-user", "braze-writer", "", "bad name"],
        F::RoleName => &["braze-role", "braze-other-role", "", "bad/role"],
        F::PolicyName => &["braze-policy", "braze-other-policy", "", "p p"],
        F::OwnAccount => &["210987654321", "111122223333", "", "1"],
        F::ConnectorFolder(_) => &["currents/two", "other", "currents", ""],
    }
}

fn connectors() -> impl Strategy<Value = Vec<Connector>> {
    prop::collection::vec((0..4usize, 0..4usize), 0..3).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (name, folder))| Connector {
                id: i as u32 + 1,
                name: ["second", "", "third", "archive"][name].to_owned(),
                folder: values(F::ConnectorFolder(0))[folder].to_owned(),
            })
            .collect()
    })
}

fn config() -> impl Strategy<Value = Config> {
    (
        (0..4usize, 0..2usize, any::<bool>()),
        prop::array::uniform8(0..4usize),
        connectors(),
    )
        .prop_map(|((integration, auth, sse), picks, connectors)| {
            let mut config = Config {
                integration: Integration::ALL[integration],
                auth: AuthMethod::ALL[auth],
                sse,
                connectors,
                ..Config::default()
            };
            for (field, pick) in Field::ALL.into_iter().zip(picks) {
                *config.value_mut(field).unwrap() = values(field)[pick].to_owned();
            }
            config
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// An output changes only when an input of its row changes: with its inputs taken from
    /// one configuration and every other input from another, it is the first one's output.
    #[test]
    fn an_output_changes_only_when_an_input_of_its_row_changes(a in config(), b in config()) {
        for output in Output::ALL {
            let mixed = with_inputs_of(output, &a, &b);
            prop_assert_eq!(built(output, &mixed), built(output, &a), "{:?}", output);
            // Its memo key is enough to build it.
            prop_assert_eq!(built(output, &output.project(&a)), built(output, &a), "{:?}", output);
        }
    }
}

/// Every input of every row is read by its output, in some case: a value changed for another
/// valid one, over configurations whose values are valid, empty or breaking a rule.
#[test]
fn every_input_of_a_row_is_read() {
    // Every field valid, empty, or breaking a rule.
    let base = |integration, auth, sse, connectors: Vec<Connector>, kind: usize| {
        let mut config = Config {
            integration,
            auth,
            sse,
            connectors,
            ..Config::default()
        };
        for field in Field::ALL {
            *config.value_mut(field).unwrap() = values(field)[kind].to_owned();
        }
        config
    };
    let connector = Connector {
        id: 1,
        name: "second".into(),
        folder: "other".into(),
    };
    for output in Output::ALL {
        for input in output.reads() {
            let read = cases().into_iter().any(|(integration, auth)| {
                [(false, 0), (true, 0), (false, 2), (false, 3)]
                    .into_iter()
                    .any(|(sse, kind)| {
                        let base = base(integration, auth, sse, vec![connector.clone()], kind);
                        let alternatives: Vec<Config> = match input {
                            I::Integration => Integration::ALL
                                .map(|i| Config {
                                    integration: i,
                                    ..base.clone()
                                })
                                .to_vec(),
                            I::Auth => AuthMethod::ALL
                                .map(|a| Config {
                                    auth: a,
                                    ..base.clone()
                                })
                                .to_vec(),
                            I::Sse => vec![Config {
                                sse: !sse,
                                ..base.clone()
                            }],
                            I::Field(field) => {
                                let mut other = base.clone();
                                *other.value_mut(field).unwrap() = values(field)[1].to_owned();
                                vec![other]
                            }
                            I::Connectors => vec![
                                Config {
                                    connectors: vec![Connector {
                                        name: "renamed".into(),
                                        folder: "elsewhere".into(),
                                        ..connector.clone()
                                    }],
                                    ..base.clone()
                                },
                                Config {
                                    connectors: Vec::new(),
                                    ..base.clone()
                                },
                            ],
                        };
                        alternatives
                            .iter()
                            .any(|other| built(output, other) != built(output, &base))
                    })
            });
            assert!(read, "{output:?} lists {input:?} but never reads it");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Before a value is typed: the document with the seed page's placeholder

fn body(id: SnippetId, config: &Config) -> SnippetBody {
    snippets::build(id, config, &Report::new(config))
}

fn placeholder_document(body: SnippetBody) -> (Value, Vec<Field>) {
    match body {
        SnippetBody::Placeholder { text, missing } => (
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")),
            missing,
        ),
        other => panic!("not a placeholder document: {other:?}"),
    }
}

#[test]
fn before_the_bucket_is_typed_each_policy_is_braze_s_with_insertbucketname() {
    for (integration, auth) in cases() {
        let config = Config {
            integration,
            auth,
            sse: true,
            ..Config::default()
        };
        for kind in config.policy_kinds() {
            let (document, missing) =
                placeholder_document(body(SnippetId::for_policy(kind), &config));
            assert_eq!(missing, [F::Bucket]);
            let expected = match (kind, auth) {
                (PolicyKind::Currents, _) => {
                    fixtures::identity_policy("currents", "INSERTBUCKETNAME")
                }
                (PolicyKind::DashboardExport, AuthMethod::SecretKey) => {
                    fixtures::identity_policy("dashboard-export/secret-key", "INSERTBUCKETNAME")
                }
                (PolicyKind::DashboardExport, AuthMethod::RoleArn) => {
                    fixtures::identity_policy("dashboard-export/role-arn", "INSERTBUCKETNAME")
                }
                // The combined policy is ours, not Braze's: it grants what the two grant, on
                // the same placeholder (its own test compares it with a typed bucket).
                (PolicyKind::Combined, _) => {
                    let typed = Config {
                        bucket: "insertbucketname".into(),
                        ..config.clone()
                    };
                    let SnippetBody::Ready { text, .. } = body(SnippetId::PolicyCombined, &typed)
                    else {
                        panic!("a valid bucket");
                    };
                    serde_json::from_str(&text.replace("insertbucketname", "INSERTBUCKETNAME"))
                        .unwrap()
                }
            };
            assert_eq!(document, expected, "{integration:?} {auth:?} {kind:?}");
        }
    }
}

/// The seed page's own text, with its placeholder: the Currents policy exactly as the page
/// prints it (docs/facts.md quotes it).
#[test]
fn the_currents_placeholder_policy_is_the_seed_page_s_document() {
    let seed: Value = serde_json::from_str(
        r#"{
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
                    "Resource": ["arn:aws:s3:::INSERTBUCKETNAME"]
                },
                {
                    "Effect": "Allow",
                    "Action": ["s3:PutObject", "s3:GetObject"],
                    "Resource": ["arn:aws:s3:::INSERTBUCKETNAME/*"]
                }
            ]
        }"#,
    )
    .unwrap();
    let (document, _) = placeholder_document(body(SnippetId::PolicyCurrents, &Config::default()));
    assert_eq!(document, seed);
}

#[test]
fn the_trust_policy_marks_the_account_and_the_external_id_until_typed() {
    let role = |account: &str, external_id: &str| Config {
        auth: AuthMethod::RoleArn,
        braze_account: account.into(),
        external_id: external_id.into(),
        ..Config::default()
    };
    let check = |account: &str, external_id: &str, expected: (&str, &str), missing: &[Field]| {
        let (document, found) =
            placeholder_document(body(SnippetId::TrustPolicy, &role(account, external_id)));
        assert_eq!(document, fixtures::trust_policy(expected.0, expected.1));
        assert_eq!(found, missing);
    };
    check(
        "",
        "",
        ("INSERTBRAZEACCOUNTID", "INSERTEXTERNALID"),
        &[F::BrazeAccount, F::ExternalId],
    );
    check(
        "123456789012",
        "",
        ("123456789012", "INSERTEXTERNALID"),
        &[F::ExternalId],
    );
    check(
        "",
        "ext-1",
        ("INSERTBRAZEACCOUNTID", "ext-1"),
        &[F::BrazeAccount],
    );
}

/// An invalid value (not an empty one) still shows no document: nothing that would fail.
#[test]
fn an_invalid_value_shows_no_document_even_beside_an_empty_one() {
    for (integration, auth) in cases() {
        let config = Config {
            integration,
            auth,
            sse: true,
            bucket: "Bad_Bucket".into(),
            ..Config::default()
        };
        for kind in config.policy_kinds() {
            assert_eq!(
                body(SnippetId::for_policy(kind), &config),
                SnippetBody::Waiting {
                    fields: vec![F::Bucket]
                }
            );
        }
        assert_eq!(
            body(SnippetId::BucketPolicySse, &config),
            SnippetBody::Waiting {
                fields: vec![F::Bucket]
            }
        );
    }
    let trust = Config {
        auth: AuthMethod::RoleArn,
        braze_account: "12ab".into(),
        ..Config::default()
    };
    assert_eq!(
        body(SnippetId::TrustPolicy, &trust),
        SnippetBody::Waiting {
            fields: vec![F::BrazeAccount, F::ExternalId]
        }
    );
}

/// Scripts and files made for an account are written from valid values only: they wait.
#[test]
fn scripts_and_the_role_arn_wait_rather_than_show_a_placeholder() {
    for (integration, auth) in cases() {
        let config = Config {
            integration,
            auth,
            ..Config::default()
        };
        for id in [SnippetId::PreflightScript, SnippetId::RoleArn]
            .into_iter()
            .chain(IacKind::ALL.map(SnippetId::Iac))
        {
            if id == SnippetId::RoleArn && auth == AuthMethod::SecretKey {
                continue;
            }
            assert!(
                matches!(body(id, &config), SnippetBody::Waiting { ref fields } if !fields.is_empty()),
                "{id:?} {integration:?} {auth:?}: {:?}",
                body(id, &config)
            );
        }
    }
}
