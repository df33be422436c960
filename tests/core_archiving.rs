//! Message archiving, the third purpose of the bucket (issue 14; docs/facts.md, "The
//! integrations", from Braze's current page): Currents is not needed; the reader follows the
//! dashboard-export path (its policy, its link in Technology Partners > Amazon S3, the role
//! created there). Expected values come from the issue and docs/facts.md through the shared
//! fixture, not from the code.

use braze_s3_companion::core::checker::{check, Verdict};
use braze_s3_companion::core::checklist::{self, Ticks};
use braze_s3_companion::core::config::{AuthMethod, Config, Integration};
use braze_s3_companion::core::guide::{self, Block, Guide};
use braze_s3_companion::core::merge::merge;
use braze_s3_companion::core::persist;
use braze_s3_companion::core::query;
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::snippets::{self, SnippetBody, SnippetId};
use braze_s3_companion::core::troubleshoot::Symptom;
use serde_json::Value;

mod fixtures;

const BUCKET: &str = "braze-archive-2026";

fn config(auth: AuthMethod) -> Config {
    Config {
        integration: Integration::MessageArchiving,
        auth,
        bucket: BUCKET.to_owned(),
        braze_account: "123456789012".to_owned(),
        external_id: "braze-ext_id:1/2=3".to_owned(),
        ..Config::default()
    }
}

fn build(config: &Config) -> Guide {
    guide::build(config, &Report::new(config))
}

fn step_ids(guide: &Guide) -> Vec<&'static str> {
    guide.steps.iter().map(|s| s.id).collect()
}

fn task_ids(guide: &Guide) -> Vec<String> {
    guide::tasks(guide).map(|(_, t)| t.id.clone()).collect()
}

/// Every message id the guide shows: step titles, texts, tasks, notes.
fn message_ids(guide: &Guide) -> Vec<&'static str> {
    let mut ids = Vec::new();
    for step in &guide.steps {
        ids.push(step.title.id);
        for block in &step.blocks {
            match block {
                Block::Text(m) | Block::Note(_, m) => ids.push(m.id),
                Block::Task(t) => ids.push(t.text.id),
                _ => {}
            }
        }
    }
    ids
}

#[test]
fn url_value_is_message_archiving_and_round_trips() {
    // The public hook, as the issue names it.
    assert_eq!(Integration::MessageArchiving.key(), "message-archiving");
    assert_eq!(
        Integration::from_key("message-archiving"),
        Some(Integration::MessageArchiving)
    );
    for auth in AuthMethod::ALL {
        let config = config(auth);
        let pairs = query::to_pairs(&config);
        assert!(pairs.contains(&("integration", "message-archiving".to_owned())));
        // No Currents values in the URL of an archiving case.
        assert!(!pairs.iter().any(|(k, _)| *k == "folder" || *k == "sse"));
        let back = query::parse(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back.integration, Integration::MessageArchiving);
        assert_eq!(back.auth, auth);
        assert_eq!(build(&back), build(&config), "{auth:?}");
    }
    // Near misses fall back to the default, like every unknown choice value.
    for near in [
        "message_archiving",
        "Message-Archiving",
        "archiving",
        "message-archiving ",
    ] {
        assert_eq!(
            query::parse([("integration", near)]).integration,
            Integration::Currents
        );
    }
}

#[test]
fn saved_visit_and_other_tab_keep_message_archiving() {
    let config = config(AuthMethod::RoleArn);
    let mut ticks = Ticks::default();
    let case = checklist::case_key(&config);
    assert_eq!(case, "message-archiving/role-arn");
    ticks.tick(&case, "link-dashboard-export.message-archiving");
    let text = persist::encode(&config, &ticks);
    let saved = persist::decode(&text).expect("reads back");
    let mut restored = Config::default();
    let restored_ticks = persist::restore(saved.clone(), &mut restored);
    assert_eq!(restored.integration, Integration::MessageArchiving);
    assert!(restored_ticks.is_ticked(&case, "link-dashboard-export.message-archiving"));
    // Another tab switches to message archiving: the merge takes it.
    let base = persist::snapshot(&Config::default(), &Ticks::default());
    let merged = merge(Some(&base), &saved, &base);
    let mut from_merge = Config::default();
    persist::restore(merged, &mut from_merge);
    assert_eq!(from_merge.integration, Integration::MessageArchiving);
}

#[test]
fn guide_has_no_currents_step_and_follows_dashboard_export() {
    for auth in AuthMethod::ALL {
        for sse in [false, true] {
            let config = Config {
                sse,
                ..config(auth)
            };
            let guide = build(&config);
            let steps = step_ids(&guide);
            for currents_only in ["link-currents", "several-connectors", "enforce-encryption"] {
                assert!(!steps.contains(&currents_only), "{auth:?} {sse}: {steps:?}");
            }
            assert!(steps.contains(&"link-dashboard-export"), "{steps:?}");
            let ids = message_ids(&guide);
            // Nothing of Currents: no access prerequisite, no Object Lock warning, no Currents IDs.
            for currents_msg in [
                "prereq-currents-access",
                "bucket-object-lock",
                "role-ids-currents",
                "link-currents-open",
            ] {
                assert!(!ids.contains(&currents_msg), "{auth:?}: {currents_msg}");
            }
            // Its own path: the intro, the "Currents not needed" note, the linking step's title
            // and the set-up task.
            for own in [
                "archiving-intro",
                "archiving-no-currents",
                "archiving-policy",
                "step-link-message-archiving",
                "archiving-turn-on",
            ] {
                assert!(ids.contains(&own), "{auth:?}: {own} missing from {ids:?}");
            }
            let tasks = task_ids(&guide);
            assert!(tasks.contains(&"link-dashboard-export.message-archiving".to_owned()));
            assert!(!tasks.iter().any(|t| t.starts_with("link-currents.")));
            // The role is created from the export page (Braze: "Create your roles here if
            // you're only setting up message archiving").
            let role_ids = tasks.iter().filter(|t| t.starts_with("create-role.ids-"));
            let role_ids: Vec<_> = role_ids.collect();
            match auth {
                AuthMethod::RoleArn => {
                    assert_eq!(role_ids, ["create-role.ids-message-archiving"])
                }
                AuthMethod::SecretKey => assert!(role_ids.is_empty()),
            }
        }
    }
}

#[test]
fn the_one_policy_is_the_dashboard_export_policy_of_the_facts() {
    for auth in AuthMethod::ALL {
        let config = config(auth);
        let guide = build(&config);
        let policies: Vec<SnippetId> = guide
            .snippets()
            .filter(|id| {
                matches!(
                    id,
                    SnippetId::PolicyCurrents
                        | SnippetId::PolicyDashboardExport
                        | SnippetId::PolicyCombined
                )
            })
            .collect();
        assert_eq!(policies, [SnippetId::PolicyDashboardExport], "{auth:?}");
        assert_eq!(
            SnippetId::PolicyDashboardExport.key(),
            "policy-dashboard-export"
        );
        let text = match snippets::build(
            SnippetId::PolicyDashboardExport,
            &config,
            &Report::new(&config),
        ) {
            SnippetBody::Ready { text, .. } => text,
            other => panic!("not ready: {other:?}"),
        };
        let actual: Value = serde_json::from_str(&text).expect("JSON");
        let expected = fixtures::identity_policy(
            match auth {
                AuthMethod::SecretKey => "dashboard-export/secret-key",
                AuthMethod::RoleArn => "dashboard-export/role-arn",
            },
            BUCKET,
        );
        assert_eq!(actual, expected, "{auth:?}");
        // The checker and the preflight judge an archiving identity by that same policy.
        assert_eq!(
            check(&text, &config).verdict,
            Verdict::Sufficient,
            "{auth:?}"
        );
    }
}

#[test]
fn checklist_and_checks_are_the_archiving_path() {
    for auth in AuthMethod::ALL {
        let config = config(auth);
        let report = Report::new(&config);
        let items = checklist::items(&build(&config));
        assert!(items
            .iter()
            .any(|i| i.id == "link-dashboard-export.message-archiving"
                && i.text.id == "archiving-turn-on"));
        let checks: Vec<_> = checklist::next_checks(&config, &report)
            .into_iter()
            .map(|m| m.id)
            .collect();
        assert!(checks.contains(&"archiving-verify"), "{checks:?}");
        assert!(!checks.contains(&"checklist-verify-currents"));
        assert!(!checks.contains(&"checklist-verify-dashboard"));
    }
}

#[test]
fn currents_symptoms_do_not_apply() {
    let config = config(AuthMethod::SecretKey);
    assert!(!Symptom::ObjectLock.applies(&config));
    assert!(!Symptom::EventsStopped.applies(&config));
    assert!(Symptom::PutObjectDenied.applies(&config));
}
