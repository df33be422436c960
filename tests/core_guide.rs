//! The step model for each integration × auth method: which steps appear and in which order,
//! which snippets sit in which step, the notes that apply (credential expiry: today's 5 days
//! and the seed's 48 hours, role propagation, several connectors, export behaviour), snippets
//! waiting until their inputs are valid, and stable, unique task ids.
//!
//! The order comes from docs/facts.md: prerequisites, creating the bucket, the steps of the auth
//! method (secret-key: create user, get credentials, create policy, attach policy; role-arn:
//! create policy, create role, attach policy, copy role ARN), linking in Braze for the chosen
//! integration, then export behaviour and several connectors where they apply. The optional
//! "enforce encryption" step (a later issue) follows the bucket when Currents' AES-256 option is
//! on; it is the only step a choice other than integration × auth adds.

use std::collections::BTreeSet;

#[path = "fixtures/mod.rs"]
mod fixtures;

use braze_s3_companion::core::config::{AuthMethod, Config, Connector, Integration};
use braze_s3_companion::core::field::Field;
use braze_s3_companion::core::guide::{self, Block, Guide, Step, Tone};
use braze_s3_companion::core::iac::IacKind;
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::shown::Derivation;
use braze_s3_companion::core::snippets::{self, SnippetBody, SnippetId};
use braze_s3_companion::core::text::{Arg, Msg};
use proptest::prelude::*;

const BUCKET: &str = "braze-exports";
const ACCOUNT: &str = "123456789012";
const EXTERNAL_ID: &str = "braze-external-id";

/// Every snippet the guide shows for this case, in guide order.
fn shown_snippets(config: &Config) -> Vec<SnippetId> {
    guide::build(config, &Report::new(config))
        .snippets()
        .collect()
}

fn cases() -> Vec<(Integration, AuthMethod)> {
    Integration::ALL
        .into_iter()
        .flat_map(|i| AuthMethod::ALL.into_iter().map(move |a| (i, a)))
        .collect()
}

fn valid(integration: Integration, auth: AuthMethod) -> Config {
    Config {
        integration,
        auth,
        bucket: BUCKET.to_owned(),
        braze_account: ACCOUNT.to_owned(),
        external_id: EXTERNAL_ID.to_owned(),
        own_account: "210987654321".to_owned(),
        ..Config::default()
    }
}

fn empty(integration: Integration, auth: AuthMethod) -> Config {
    Config {
        integration,
        auth,
        ..Config::default()
    }
}

fn build(config: &Config) -> Guide {
    guide::build(config, &Report::new(config))
}

fn step_ids(guide: &Guide) -> Vec<&'static str> {
    guide.steps.iter().map(|s| s.id).collect()
}

fn step<'a>(guide: &'a Guide, id: &str) -> Option<&'a Step> {
    guide.steps.iter().find(|s| s.id == id)
}

/// Every message of a step: texts, tasks and notes, with their tone (if a note).
fn messages(step: &Step) -> Vec<(Option<Tone>, &Msg)> {
    step.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Text(m) => Some((None, m)),
            Block::Task(t) => Some((None, &t.text)),
            Block::Note(tone, m) => Some((Some(*tone), m)),
            Block::Snippet(_) | Block::BucketExamples(_) => None,
        })
        .collect()
}

fn all_messages(guide: &Guide) -> Vec<(&'static str, Option<Tone>, &Msg)> {
    guide
        .steps
        .iter()
        .flat_map(|s| messages(s).into_iter().map(move |(t, m)| (s.id, t, m)))
        .collect()
}

fn snippets_in(step: &Step) -> Vec<SnippetId> {
    step.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Snippet(id) => Some(*id),
            _ => None,
        })
        .collect()
}

/// Every argument of a message, including those inside placeholders.
fn args(msg: &Msg) -> Vec<(&'static str, &Arg)> {
    msg.args.iter().map(|(n, a)| (*n, a)).collect()
}

fn task_ids(guide: &Guide) -> Vec<String> {
    guide::tasks(guide).map(|(_, t)| t.id.clone()).collect()
}

fn has_msg(step: &Step, id: &str) -> bool {
    messages(step).iter().any(|(_, m)| m.id == id)
}

// ---------------------------------------------------------------------------------------------
// Which steps, in which order

fn expected_steps(integration: Integration, auth: AuthMethod, sse: bool) -> Vec<&'static str> {
    let mut steps = vec!["prerequisites", "create-bucket"];
    if sse && integration.has_currents() {
        steps.push("enforce-encryption");
    }
    steps.extend(match auth {
        AuthMethod::SecretKey => [
            "create-user",
            "get-credentials",
            "create-policy",
            "attach-policy",
        ],
        AuthMethod::RoleArn => [
            "create-policy",
            "create-role",
            "attach-policy",
            "copy-role-arn",
        ],
    });
    if integration.has_currents() {
        steps.push("link-currents");
    }
    if integration.has_dashboard_export() {
        steps.push("link-dashboard-export");
    }
    if integration.has_dashboard_export() {
        steps.push("export-behaviour");
    }
    if integration.has_currents() {
        steps.push("several-connectors");
    }
    steps.push("automate");
    steps
}

#[test]
fn currents_secret_key_steps() {
    let guide = build(&valid(Integration::Currents, AuthMethod::SecretKey));
    assert_eq!(
        step_ids(&guide),
        [
            "prerequisites",
            "create-bucket",
            "create-user",
            "get-credentials",
            "create-policy",
            "attach-policy",
            "link-currents",
            "several-connectors",
            "automate",
        ]
    );
}

#[test]
fn currents_role_arn_steps() {
    let guide = build(&valid(Integration::Currents, AuthMethod::RoleArn));
    assert_eq!(
        step_ids(&guide),
        [
            "prerequisites",
            "create-bucket",
            "create-policy",
            "create-role",
            "attach-policy",
            "copy-role-arn",
            "link-currents",
            "several-connectors",
            "automate",
        ]
    );
}

#[test]
fn dashboard_export_secret_key_steps() {
    let guide = build(&valid(Integration::DashboardExport, AuthMethod::SecretKey));
    assert_eq!(
        step_ids(&guide),
        [
            "prerequisites",
            "create-bucket",
            "create-user",
            "get-credentials",
            "create-policy",
            "attach-policy",
            "link-dashboard-export",
            "export-behaviour",
            "automate",
        ]
    );
}

#[test]
fn dashboard_export_role_arn_steps() {
    let guide = build(&valid(Integration::DashboardExport, AuthMethod::RoleArn));
    assert_eq!(
        step_ids(&guide),
        [
            "prerequisites",
            "create-bucket",
            "create-policy",
            "create-role",
            "attach-policy",
            "copy-role-arn",
            "link-dashboard-export",
            "export-behaviour",
            "automate",
        ]
    );
}

#[test]
fn both_secret_key_steps() {
    let guide = build(&valid(Integration::Both, AuthMethod::SecretKey));
    assert_eq!(
        step_ids(&guide),
        [
            "prerequisites",
            "create-bucket",
            "create-user",
            "get-credentials",
            "create-policy",
            "attach-policy",
            "link-currents",
            "link-dashboard-export",
            "export-behaviour",
            "several-connectors",
            "automate",
        ]
    );
}

#[test]
fn both_role_arn_steps() {
    let guide = build(&valid(Integration::Both, AuthMethod::RoleArn));
    assert_eq!(
        step_ids(&guide),
        [
            "prerequisites",
            "create-bucket",
            "create-policy",
            "create-role",
            "attach-policy",
            "copy-role-arn",
            "link-currents",
            "link-dashboard-export",
            "export-behaviour",
            "several-connectors",
            "automate",
        ]
    );
}

#[test]
fn steps_do_not_depend_on_the_typed_values() {
    // The case alone decides the steps: empty, valid or invalid inputs give the same.
    for (integration, auth) in cases() {
        for sse in [false, true] {
            let expected = expected_steps(integration, auth, sse);
            let invalid = Config {
                bucket: "Bad_Bucket".to_owned(),
                braze_account: "12".to_owned(),
                external_id: "x".to_owned(),
                folder: "/..".to_owned(),
                sse,
                ..empty(integration, auth)
            };
            let empty = Config {
                sse,
                ..empty(integration, auth)
            };
            let valid = Config {
                sse,
                ..valid(integration, auth)
            };
            for config in [empty, valid, invalid] {
                assert_eq!(
                    step_ids(&build(&config)),
                    expected,
                    "{integration:?} {auth:?} sse={sse}"
                );
            }
        }
    }
}

#[test]
fn encryption_step_only_with_currents_and_sse_on() {
    for (integration, auth) in cases() {
        for sse in [false, true] {
            let guide = build(&Config {
                sse,
                ..valid(integration, auth)
            });
            let step = step(&guide, "enforce-encryption");
            assert_eq!(
                step.is_some(),
                sse && integration.has_currents(),
                "{integration:?} {auth:?} sse={sse}"
            );
            if let Some(step) = step {
                assert_eq!(snippets_in(step), [SnippetId::BucketPolicySse]);
                // docs/facts.md: the option sends the `x-amz-server-side-encryption` header.
                assert!(messages(step).iter().any(|(_, m)| m
                    .args
                    .iter()
                    .any(|(_, a)| *a == Arg::Text("x-amz-server-side-encryption".to_owned()))));
            }
        }
    }
}

#[test]
fn step_ids_are_unique_and_steps_not_empty() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        let ids: BTreeSet<_> = step_ids(&guide).into_iter().collect();
        assert_eq!(ids.len(), guide.steps.len(), "{integration:?} {auth:?}");
        for step in &guide.steps {
            assert!(!step.blocks.is_empty(), "{} is empty", step.id);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Prerequisites

#[test]
fn prerequisites_account_bucket_and_currents_access() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        let prereq = step(&guide, "prerequisites").unwrap();
        let tasks: Vec<&str> = prereq
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Task(t) => Some(t.id.as_str()),
                _ => None,
            })
            .collect();
        let mut expected = vec![
            "prerequisites.aws-account",
            "prerequisites.dedicated-bucket",
        ];
        if integration.has_currents() {
            expected.push("prerequisites.currents-access");
        }
        assert_eq!(tasks, expected, "{integration:?} {auth:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Which snippet sits in which step

#[test]
fn snippets_sit_in_the_steps_that_use_them() {
    for ((integration, auth), sse) in cases().into_iter().flat_map(|c| [(c, false), (c, true)]) {
        let guide = build(&Config {
            sse,
            ..valid(integration, auth)
        });
        let placed: Vec<(&str, SnippetId)> = guide
            .steps
            .iter()
            .flat_map(|s| snippets_in(s).into_iter().map(move |id| (s.id, id)))
            .collect();
        let mut expected: Vec<(&str, SnippetId)> = Vec::new();
        if sse && integration.has_currents() {
            expected.push(("enforce-encryption", SnippetId::BucketPolicySse));
        }
        if integration.has_currents() {
            expected.push(("create-policy", SnippetId::PolicyCurrents));
        }
        if integration.has_dashboard_export() {
            expected.push(("create-policy", SnippetId::PolicyDashboardExport));
        }
        if integration == Integration::Both {
            expected.push(("create-policy", SnippetId::PolicyCombined));
        }
        if auth == AuthMethod::RoleArn {
            expected.push(("create-role", SnippetId::TrustPolicy));
            expected.push(("copy-role-arn", SnippetId::RoleArn));
        }
        for kind in IacKind::ALL {
            expected.push(("automate", SnippetId::Iac(kind)));
        }
        assert_eq!(placed, expected, "{integration:?} {auth:?} sse={sse}");
    }
}

/// The snippets a case shows, in guide order, as docs/facts.md states them: the SSE bucket
/// policy first when Currents writes with AES-256 (the bucket comes before the identity), the
/// identity policies of the integrations (both: each one and the combined one), the trust
/// policy and the role ARN for a role, then the three infrastructure files. The test's own
/// statement of the rule, so that the guide cannot drop or reorder a snippet unnoticed.
fn expected_snippets(config: &Config) -> Vec<SnippetId> {
    let mut ids = Vec::new();
    if config.integration.has_currents() && config.sse {
        ids.push(SnippetId::BucketPolicySse);
    }
    ids.extend(match config.integration {
        Integration::Currents => vec![SnippetId::PolicyCurrents],
        // Message archiving uses dashboard export's policy (Braze, today).
        Integration::DashboardExport | Integration::MessageArchiving => {
            vec![SnippetId::PolicyDashboardExport]
        }
        Integration::Both => vec![
            SnippetId::PolicyCurrents,
            SnippetId::PolicyDashboardExport,
            SnippetId::PolicyCombined,
        ],
    });
    if config.auth == AuthMethod::RoleArn {
        ids.extend([SnippetId::TrustPolicy, SnippetId::RoleArn]);
    }
    ids.extend(IacKind::ALL.map(SnippetId::Iac));
    ids
}

#[test]
fn every_snippet_of_the_case_is_placed_once() {
    for (integration, auth) in cases() {
        for sse in [false, true] {
            let config = Config {
                sse,
                ..valid(integration, auth)
            };
            let guide = build(&config);
            let placed: Vec<SnippetId> = guide.steps.iter().flat_map(snippets_in).collect();
            let label = format!("{integration:?} {auth:?} sse={sse}");
            assert_eq!(placed, expected_snippets(&config), "{label}");
            assert_eq!(placed, guide.snippets().collect::<Vec<_>>(), "{label}");
            let distinct: BTreeSet<&str> = placed.iter().map(|id| id.key()).collect();
            assert_eq!(distinct.len(), placed.len(), "{label}");
        }
    }
}

#[test]
fn trust_policy_only_for_role_arn() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        let has_trust = guide
            .steps
            .iter()
            .any(|s| snippets_in(s).contains(&SnippetId::TrustPolicy));
        assert_eq!(
            has_trust,
            auth == AuthMethod::RoleArn,
            "{integration:?} {auth:?}"
        );
    }
}

#[test]
fn create_role_asks_for_braze_account_and_external_id() {
    for integration in Integration::ALL {
        let guide = build(&valid(integration, AuthMethod::RoleArn));
        let role = step(&guide, "create-role").unwrap();
        let quoted: Vec<&Arg> = messages(role)
            .iter()
            .flat_map(|(_, m)| args(m).into_iter().map(|(_, a)| a))
            .collect();
        assert!(quoted.contains(&&Arg::Text(ACCOUNT.to_owned())));
        assert!(quoted.contains(&&Arg::Text(EXTERNAL_ID.to_owned())));
    }
}

// ---------------------------------------------------------------------------------------------
// Notes and warnings that apply

/// Messages anywhere in the guide that carry the number `value`.
fn carrying_number(guide: &Guide, value: u64) -> Vec<(&'static str, Option<Tone>, &Msg)> {
    all_messages(guide)
        .into_iter()
        .filter(|(_, _, m)| {
            m.args
                .iter()
                .any(|(_, a)| matches!(a, Arg::Number(v) if *v == value))
        })
        .collect()
}

#[test]
fn credential_expiry_warning_carries_today_s_5_days_and_the_earlier_48_hours() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        let found = carrying_number(&guide, 48);
        if integration.has_currents() {
            assert_eq!(found.len(), 1, "{integration:?} {auth:?}: {found:?}");
            let (step, tone, msg) = found[0];
            assert_eq!(step, "link-currents");
            assert_eq!(tone, Some(Tone::Warning));
            assert_eq!(
                msg.args,
                vec![("days", Arg::Number(5)), ("hours", Arg::Number(48))],
                "Braze (today) 5 days, the seed 48 hours"
            );
        } else {
            assert!(found.is_empty(), "{integration:?} {auth:?}: {found:?}");
        }
    }
}

#[test]
fn role_propagation_note_only_for_role_arn() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        let notes: Vec<&str> = all_messages(&guide)
            .into_iter()
            .filter(|(_, _, m)| m.id == "link-role-propagation")
            .map(|(s, _, _)| s)
            .collect();
        match auth {
            AuthMethod::SecretKey => {
                assert!(notes.is_empty(), "{integration:?}: {notes:?}")
            }
            AuthMethod::RoleArn => {
                // In the linking step of each chosen integration.
                let mut expected = Vec::new();
                if integration.has_currents() {
                    expected.push("link-currents");
                }
                if integration.has_dashboard_export() {
                    expected.push("link-dashboard-export");
                }
                assert_eq!(notes, expected, "{integration:?}");
            }
        }
    }
}

#[test]
fn connectors_step_only_with_currents() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        assert_eq!(
            step(&guide, "several-connectors").is_some(),
            integration.has_currents(),
            "{integration:?} {auth:?}"
        );
        assert_eq!(
            step(&guide, "link-currents").is_some(),
            integration.has_currents(),
            "{integration:?} {auth:?}"
        );
    }
}

#[test]
fn export_behaviour_only_with_dashboard_export() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        assert_eq!(
            step(&guide, "export-behaviour").is_some(),
            integration.has_dashboard_export(),
            "{integration:?} {auth:?}"
        );
        assert_eq!(
            step(&guide, "link-dashboard-export").is_some(),
            integration.has_dashboard_export(),
            "{integration:?} {auth:?}"
        );
    }
}

#[test]
fn currents_link_quotes_folder_default_and_sse_header() {
    for auth in AuthMethod::ALL {
        for sse in [false, true] {
            let config = Config {
                sse,
                folder: "braze/prod".to_owned(),
                ..valid(Integration::Currents, auth)
            };
            let guide = build(&config);
            let link = step(&guide, "link-currents").unwrap();
            let quoted: Vec<(&str, &Arg)> =
                messages(link).iter().flat_map(|(_, m)| args(m)).collect();
            assert!(quoted.contains(&("folder", &Arg::Text("braze/prod".to_owned()))));
            // docs/facts.md: the default folder path is `currents`.
            assert!(quoted.contains(&("default", &Arg::Text("currents".to_owned()))));
            // docs/facts.md: the option sends the `x-amz-server-side-encryption` header.
            assert!(quoted
                .iter()
                .any(|(_, a)| **a == Arg::Text("x-amz-server-side-encryption".to_owned())));
        }
        // On and off read differently.
        let on = build(&Config {
            sse: true,
            ..valid(Integration::Currents, auth)
        });
        let off = build(&valid(Integration::Currents, auth));
        assert_ne!(
            step(&on, "link-currents").unwrap(),
            step(&off, "link-currents").unwrap()
        );
    }
}

#[test]
fn bucket_object_lock_warning_only_with_currents() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        let bucket = step(&guide, "create-bucket").unwrap();
        assert_eq!(
            has_msg(bucket, "bucket-object-lock"),
            integration.has_currents(),
            "{integration:?} {auth:?}"
        );
    }
}

#[test]
fn secret_key_steps_never_ask_to_type_the_secret_into_the_widget() {
    // Nothing in the guide carries a secret value: the config has none to give.
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        for (_, _, msg) in all_messages(&guide) {
            for (name, _) in &msg.args {
                assert!(!name.contains("secret"), "{}: {name}", msg.id);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Snippets: waiting until their inputs are valid, ready when they are

#[test]
fn snippets_wait_while_inputs_are_missing() {
    for (integration, auth) in cases() {
        let config = Config {
            sse: true,
            ..empty(integration, auth)
        };
        let report = Report::new(&config);
        for id in shown_snippets(&config) {
            match snippets::build(id, &config, &report) {
                // A document shows its placeholders (docs/contract.md), the others wait.
                SnippetBody::Placeholder { missing, .. } if id.output().shows_placeholders() => {
                    assert!(!missing.is_empty(), "{id:?}");
                }
                SnippetBody::Waiting { fields } if !id.output().shows_placeholders() => {
                    assert!(!fields.is_empty(), "{id:?}");
                }
                other => panic!("{id:?} with no inputs: {other:?}"),
            }
        }
    }
}

#[test]
fn policy_snippets_wait_for_a_valid_bucket() {
    for (integration, auth) in cases() {
        for bucket in ["", "ab", "Bad_Bucket", "xn--x", "a..b", "10.0.0.1", "b\"}"] {
            let config = Config {
                bucket: bucket.to_owned(),
                sse: true,
                ..valid(integration, auth)
            };
            let report = Report::new(&config);
            let bucket_snippets = config
                .policy_kinds()
                .into_iter()
                .map(SnippetId::for_policy)
                .chain(
                    integration
                        .has_currents()
                        .then_some(SnippetId::BucketPolicySse),
                );
            for id in bucket_snippets {
                let body = snippets::build(id, &config, &report);
                if bucket.is_empty() {
                    // Not typed yet: the document with its placeholder, not for copying.
                    assert!(
                        matches!(body, SnippetBody::Placeholder { ref missing, .. } if missing == &[Field::Bucket]),
                        "{id:?}: {body:?}"
                    );
                } else {
                    assert_eq!(
                        body,
                        SnippetBody::Waiting {
                            fields: vec![Field::Bucket]
                        },
                        "{id:?} with bucket {bucket:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn trust_policy_waits_for_account_and_external_id() {
    let check = |account: &str, external_id: &str, expected: Vec<Field>| {
        let config = Config {
            braze_account: account.to_owned(),
            external_id: external_id.to_owned(),
            ..valid(Integration::Currents, AuthMethod::RoleArn)
        };
        let body = snippets::build(SnippetId::TrustPolicy, &config, &Report::new(&config));
        if expected.is_empty() {
            assert!(
                matches!(body, SnippetBody::Ready { .. }),
                "{account:?} {external_id:?}: {body:?}"
            );
        } else {
            assert_eq!(
                body,
                SnippetBody::Waiting { fields: expected },
                "{account:?} {external_id:?}"
            );
        }
    };
    // Neither typed: the document with both placeholders (tests/core_outputs.rs), not for
    // copying; one invalid: no document.
    let untyped = Config {
        braze_account: String::new(),
        external_id: String::new(),
        ..valid(Integration::Currents, AuthMethod::RoleArn)
    };
    assert!(matches!(
        snippets::build(SnippetId::TrustPolicy, &untyped, &Report::new(&untyped)),
        SnippetBody::Placeholder { .. }
    ));
    check("", "x", vec![Field::BrazeAccount, Field::ExternalId]);
    check("12345678901", EXTERNAL_ID, vec![Field::BrazeAccount]);
    check(ACCOUNT, "x", vec![Field::ExternalId]);
    check(ACCOUNT, "bad id", vec![Field::ExternalId]);
    check(ACCOUNT, EXTERNAL_ID, vec![]);
}

#[test]
fn role_arn_snippet_waits_for_own_account() {
    let config = Config {
        own_account: String::new(),
        ..valid(Integration::Currents, AuthMethod::RoleArn)
    };
    let body = snippets::build(SnippetId::RoleArn, &config, &Report::new(&config));
    assert!(
        matches!(body, SnippetBody::Waiting { ref fields } if fields.contains(&Field::OwnAccount))
    );
    let config = Config {
        role_name: "braze-role".to_owned(),
        ..valid(Integration::Currents, AuthMethod::RoleArn)
    };
    match snippets::build(SnippetId::RoleArn, &config, &Report::new(&config)) {
        SnippetBody::Ready { text, .. } => {
            assert_eq!(text, "arn:aws:iam::210987654321:role/braze-role")
        }
        waiting => panic!("{waiting:?}"),
    }
}

#[test]
fn snippets_ready_when_inputs_are_valid() {
    for (integration, auth) in cases() {
        for (bucket, sse) in [(BUCKET, false), ("braze.exports", true)] {
            let config = Config {
                bucket: bucket.to_owned(),
                sse,
                ..valid(integration, auth)
            };
            let report = Report::new(&config);
            for id in shown_snippets(&config) {
                match snippets::build(id, &config, &report) {
                    SnippetBody::Ready { text, .. } => {
                        assert!(!text.is_empty(), "{id:?}");
                        if id.is_json() {
                            serde_json::from_str::<serde_json::Value>(&text)
                                .unwrap_or_else(|e| panic!("{id:?}: {e}\n{text}"));
                        }
                    }
                    waiting => panic!("{integration:?} {auth:?} {id:?}: {waiting:?}"),
                }
            }
        }
    }
}

#[test]
fn guide_quotes_no_invalid_value() {
    // Until a value is valid the guide shows a placeholder for it, never the invalid text.
    let bad = ["Bad_Bucket", "12ab", "x y"];
    for (integration, auth) in cases() {
        let config = Config {
            bucket: bad[0].to_owned(),
            braze_account: bad[1].to_owned(),
            external_id: bad[2].to_owned(),
            ..empty(integration, auth)
        };
        let guide = build(&config);
        let mut placeholders = 0;
        for (_, _, msg) in all_messages(&guide) {
            for (name, arg) in &msg.args {
                match arg {
                    Arg::Text(t) => assert!(!bad.contains(&t.as_str()), "{}: {name}", msg.id),
                    Arg::Placeholder(_) => placeholders += 1,
                    Arg::Number(_) | Arg::Key(_) => {}
                }
            }
        }
        assert!(placeholders > 0, "{integration:?} {auth:?}");
    }
}

#[test]
fn guide_quotes_the_bucket_once_valid() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        let bucket_args: Vec<&Arg> = all_messages(&guide)
            .into_iter()
            .flat_map(|(_, _, m)| m.args.iter())
            .filter(|(n, _)| *n == "bucket")
            .map(|(_, a)| a)
            .collect();
        assert!(!bucket_args.is_empty());
        for arg in bucket_args {
            assert_eq!(
                arg,
                &Arg::Text(BUCKET.to_owned()),
                "{integration:?} {auth:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Task ids: unique and stable

#[test]
fn task_ids_are_unique() {
    for (integration, auth) in cases() {
        for sse in [false, true] {
            let guide = build(&Config {
                sse,
                ..valid(integration, auth)
            });
            let ids = task_ids(&guide);
            let unique: BTreeSet<&String> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "{integration:?} {auth:?}: {ids:?}");
            assert!(!ids.is_empty());
        }
    }
}

#[test]
fn task_ids_are_scoped_by_their_step() {
    for (integration, auth) in cases() {
        let guide = build(&valid(integration, auth));
        for (step, task) in guide::tasks(&guide) {
            let prefix = format!("{}.", step.id);
            assert!(task.id.starts_with(&prefix), "{} in {}", task.id, step.id);
            assert!(task.id.len() > prefix.len(), "{}", task.id);
            assert!(
                task.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-.".contains(c)),
                "{} is usable as an attribute value and an anchor",
                task.id
            );
        }
    }
}

#[test]
fn task_ids_are_stable_across_values() {
    // The checklist remembers ticks by id: typing, fixing or toggling a value keeps the ids.
    for (integration, auth) in cases() {
        let reference = task_ids(&build(&valid(integration, auth)));
        let variants = [
            empty(integration, auth),
            Config {
                bucket: "Bad_Bucket".to_owned(),
                braze_account: "1".to_owned(),
                external_id: "x".to_owned(),
                folder: "/x".to_owned(),
                user_name: "bad name".to_owned(),
                role_name: "bad/role".to_owned(),
                policy_name: "p".repeat(200),
                ..empty(integration, auth)
            },
            Config {
                bucket: "braze.exports".to_owned(),
                folder: "other/folder".to_owned(),
                ..valid(integration, auth)
            },
        ];
        for config in variants {
            assert_eq!(
                task_ids(&build(&config)),
                reference,
                "{integration:?} {auth:?}"
            );
        }
        // And rebuilding gives the same guide.
        assert_eq!(
            build(&valid(integration, auth)),
            build(&valid(integration, auth))
        );
    }
}

#[test]
fn shared_steps_keep_their_task_ids_across_cases() {
    // A step common to several cases has the same task ids in each, so a reader who switches
    // from one integration to another keeps the ticks of the steps they share.
    let ids_of = |integration, auth, step_id: &str| -> Vec<String> {
        let guide = build(&valid(integration, auth));
        guide::tasks(&guide)
            .filter(|(s, _)| s.id == step_id)
            .map(|(_, t)| t.id.clone())
            .collect()
    };
    for auth in AuthMethod::ALL {
        for step_id in ["create-bucket", "attach-policy"] {
            let a = ids_of(Integration::Currents, auth, step_id);
            let b = ids_of(Integration::DashboardExport, auth, step_id);
            let c = ids_of(Integration::Both, auth, step_id);
            assert!(!a.is_empty());
            assert_eq!(a, b, "{auth:?} {step_id}");
            assert_eq!(a, c, "{auth:?} {step_id}");
        }
        for integration in Integration::ALL {
            let ids = ids_of(integration, auth, "prerequisites");
            assert!(ids.contains(&"prerequisites.aws-account".to_owned()));
            assert!(ids.contains(&"prerequisites.dedicated-bucket".to_owned()));
        }
    }
}

#[test]
fn turning_encryption_on_keeps_the_other_task_ids() {
    for (integration, auth) in cases() {
        let off = task_ids(&build(&valid(integration, auth)));
        let on = task_ids(&build(&Config {
            sse: true,
            ..valid(integration, auth)
        }));
        let without_new: Vec<String> = on
            .iter()
            .filter(|id| !id.starts_with("enforce-encryption."))
            .cloned()
            .collect();
        assert_eq!(without_new, off, "{integration:?} {auth:?}");
    }
}

#[test]
fn connector_task_ids_follow_their_connector() {
    // Removing a connector keeps the ids (and so the ticks) of the others.
    let connector = |id: u32, folder: &str| Connector {
        id,
        name: format!("connector {id}"),
        folder: folder.to_owned(),
    };
    for auth in AuthMethod::ALL {
        let three = Config {
            connectors: vec![
                connector(1, "one"),
                connector(2, "two"),
                connector(3, "three"),
            ],
            ..valid(Integration::Currents, auth)
        };
        let two = Config {
            connectors: vec![connector(1, "one"), connector(3, "three")],
            ..valid(Integration::Currents, auth)
        };
        let ids_three = task_ids(&build(&three));
        let ids_two = task_ids(&build(&two));
        let unique: BTreeSet<&String> = ids_three.iter().collect();
        assert_eq!(unique.len(), ids_three.len(), "{ids_three:?}");
        for id in &ids_two {
            assert!(ids_three.contains(id), "{id} kept");
        }
        assert_eq!(ids_three.len(), ids_two.len() + 1);
    }
}

// ---------------------------------------------------------------------------------------------
// What the widget shows: `shown::Derivation`, the function the widget renders from

/// The documents the first view shows in each step, as docs/facts.md places them: the case's
/// policies where the reader creates them, the trust policy where the role is created, the
/// role ARN where it is copied, the bucket policy in the encryption step. The infrastructure
/// files and the preflight script are built in their own sections.
fn expected_documents(config: &Config) -> Vec<(&'static str, Vec<&'static str>)> {
    let policies = match config.integration {
        Integration::Currents => vec!["policy-currents"],
        Integration::DashboardExport | Integration::MessageArchiving => {
            vec!["policy-dashboard-export"]
        }
        Integration::Both => vec![
            "policy-currents",
            "policy-dashboard-export",
            "policy-combined",
        ],
    };
    expected_steps(config.integration, config.auth, config.sse)
        .into_iter()
        .map(|step| {
            let documents = match step {
                "create-policy" => policies.clone(),
                "create-role" => vec!["trust-policy"],
                "copy-role-arn" => vec!["role-arn"],
                "enforce-encryption" => vec!["bucket-policy-sse"],
                _ => vec![],
            };
            (step, documents)
        })
        .collect()
}

fn ready_json(body: &SnippetBody) -> serde_json::Value {
    match body {
        SnippetBody::Ready { text, .. } => serde_json::from_str(text).expect("JSON"),
        other => panic!("not ready: {other:?}"),
    }
}

#[test]
fn the_widget_shows_each_case_s_documents_in_their_steps_with_the_reader_s_values() {
    for (integration, auth) in cases() {
        for sse in [false, true] {
            let config = Config {
                sse,
                ..valid(integration, auth)
            };
            let shown = Derivation::default().shown(&config);
            let found: Vec<(&str, Vec<&str>)> = shown
                .steps
                .iter()
                .map(|s| {
                    (
                        s.step.id,
                        s.snippets.iter().map(|(id, _)| id.key()).collect(),
                    )
                })
                .collect();
            assert_eq!(
                found,
                expected_documents(&config),
                "{integration:?} {auth:?}"
            );
            for (id, body) in shown.steps.iter().flat_map(|s| s.snippets.iter()) {
                let dashboard = match auth {
                    AuthMethod::SecretKey => "dashboard-export/secret-key",
                    AuthMethod::RoleArn => "dashboard-export/role-arn",
                };
                match id {
                    SnippetId::PolicyCurrents => assert_eq!(
                        ready_json(body),
                        fixtures::identity_policy("currents", BUCKET)
                    ),
                    SnippetId::PolicyDashboardExport => assert_eq!(
                        ready_json(body),
                        fixtures::identity_policy(dashboard, BUCKET)
                    ),
                    SnippetId::TrustPolicy => assert_eq!(
                        ready_json(body),
                        fixtures::trust_policy(ACCOUNT, EXTERNAL_ID)
                    ),
                    SnippetId::RoleArn => assert!(
                        matches!(body, SnippetBody::Ready { text, .. } if text == "arn:aws:iam::210987654321:role/braze-s3-role"),
                        "{body:?}"
                    ),
                    // Its own tests compare the combined and the bucket policy as data.
                    SnippetId::PolicyCombined | SnippetId::BucketPolicySse => {
                        ready_json(body);
                    }
                    other => panic!("{other:?} is built in its own section"),
                }
            }
            // The checklist is the shown steps' tasks, in order.
            let tasks: Vec<&str> = shown
                .steps
                .iter()
                .flat_map(|s| &s.step.blocks)
                .filter_map(|b| match b {
                    Block::Task(t) => Some(t.id.as_str()),
                    _ => None,
                })
                .collect();
            let items: Vec<&str> = shown.items.iter().map(|i| i.id.as_str()).collect();
            assert_eq!(items, tasks);
            assert!(items.contains(&"create-bucket.create"));
            // The picture names the bucket.
            assert!(
                shown
                    .diagram
                    .title
                    .args
                    .iter()
                    .any(|(_, a)| *a == Arg::Text(BUCKET.into())),
                "{:?}",
                shown.diagram.title
            );
        }
    }
}

/// Each output is rebuilt only when an input of its row changed: the reader's own account
/// rebuilds the role ARN alone; the bucket rebuilds what quotes it; nothing, nothing.
#[test]
fn a_change_rebuilds_only_the_outputs_that_read_it() {
    use braze_s3_companion::core::config::PolicyKind::{Combined, Currents, DashboardExport};
    use braze_s3_companion::core::outputs::Output;
    let config = Config {
        sse: true,
        ..valid(Integration::Both, AuthMethod::RoleArn)
    };
    let mut derivation = Derivation::default();
    let first = derivation.shown(&config);
    assert_eq!(
        derivation.built,
        [
            Output::Guide,
            Output::Checklist,
            Output::Diagram,
            Output::BucketPolicySse,
            Output::Policy(Currents),
            Output::Policy(DashboardExport),
            Output::Policy(Combined),
            Output::TrustPolicy,
            Output::RoleArn,
        ]
    );
    let mut rebuilt = |config: &Config| {
        derivation.built.clear();
        derivation.shown(config);
        derivation.built.clone()
    };
    assert_eq!(rebuilt(&config), []);
    let own = Config {
        own_account: "111122223333".into(),
        ..config.clone()
    };
    assert_eq!(rebuilt(&own), [Output::RoleArn]);
    let folder = Config {
        folder: "events".into(),
        ..own.clone()
    };
    assert_eq!(
        rebuilt(&folder),
        [Output::Guide, Output::Checklist, Output::Diagram]
    );
    let bucket = Config {
        bucket: "braze.exports".into(),
        ..folder.clone()
    };
    assert_eq!(
        rebuilt(&bucket),
        [
            Output::Guide,
            Output::Checklist,
            Output::Diagram,
            Output::BucketPolicySse,
            Output::Policy(Currents),
            Output::Policy(DashboardExport),
            Output::Policy(Combined),
            // Their files are named after the bucket.
            Output::TrustPolicy,
            Output::RoleArn,
        ]
    );
    // And what it kept is what it would build anew.
    assert_eq!(derivation.shown(&config), first);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever the reader changes, in whatever order, the kept outputs are never stale.
    #[test]
    fn kept_outputs_are_what_a_fresh_derivation_builds(
        edits in prop::collection::vec((0..8usize, 0..4usize), 1..12),
    ) {
        let mut config = valid(Integration::Both, AuthMethod::RoleArn);
        let mut derivation = Derivation::default();
        for (what, value) in edits {
            match what {
                0 => config.integration = Integration::ALL[value],
                1 => config.auth = AuthMethod::ALL[value % 2],
                2 => config.sse = value % 2 == 1,
                3 => config.bucket = ["braze-exports", "", "Bad_Bucket", "other.bucket"][value].into(),
                4 => config.braze_account = [ACCOUNT, "", "12ab", "999999999999"][value].into(),
                5 => config.external_id = [EXTERNAL_ID, "", "x", "ext-2"][value].into(),
                6 => config.own_account = ["", "210987654321", "1", "111122223333"][value].into(),
                _ => config.policy_name = ["", "braze-policy", "p p", "other"][value].into(),
            }
            let kept = derivation.shown(&config);
            prop_assert_eq!(kept, Derivation::default().shown(&config));
        }
    }
}
