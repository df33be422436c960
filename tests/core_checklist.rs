//! The setup assistant's core: checklist items from the step model, further connectors and
//! their folder rules, saved state, troubleshooting.

use std::collections::BTreeSet;

use braze_s3_companion::core::checklist::{self, Ticks};
use braze_s3_companion::core::config::{
    AuthMethod, Config, Connector, Integration, MAX_CONNECTORS,
};
use braze_s3_companion::core::guide;
use braze_s3_companion::core::persist;
use braze_s3_companion::core::rules::{Field, Problem, Report};
use braze_s3_companion::core::text::Arg;
use braze_s3_companion::core::troubleshoot::{self, Symptom};

fn config(integration: Integration, auth: AuthMethod) -> Config {
    Config {
        integration,
        auth,
        bucket: "acme-braze".to_owned(),
        braze_account: "123456789012".to_owned(),
        external_id: "ext-id".to_owned(),
        ..Config::default()
    }
}

fn cases() -> Vec<(Integration, AuthMethod)> {
    Integration::ALL
        .into_iter()
        .flat_map(|i| AuthMethod::ALL.into_iter().map(move |a| (i, a)))
        .collect()
}

fn items(config: &Config) -> Vec<checklist::Item> {
    checklist::items(&guide::build(config, &Report::new(config)))
}

fn ids(config: &Config) -> Vec<String> {
    items(config).into_iter().map(|i| i.id).collect()
}

#[test]
fn every_case_has_aws_then_braze_items_in_order() {
    for (integration, auth) in cases() {
        let ids = ids(&config(integration, auth));
        let pos = |id: &str| {
            ids.iter()
                .position(|i| i == id)
                .unwrap_or_else(|| panic!("{integration:?} {auth:?}: no {id} in {ids:?}"))
        };
        // AWS: bucket, identity, policy, attach; Braze: where to go, credentials, test/launch.
        let mut order = vec!["create-bucket.create"];
        match auth {
            AuthMethod::SecretKey => order.extend([
                "create-user.create",
                "get-credentials.show",
                "create-policy.paste",
                "attach-policy.attach",
            ]),
            AuthMethod::RoleArn => order.extend([
                "create-policy.paste",
                "create-role.trusted-entity",
                "attach-policy.attach",
                "copy-role-arn.copy",
            ]),
        }
        if integration.has_currents() {
            order.extend([
                "link-currents.open",
                "link-currents.credentials",
                "link-currents.folder",
                "link-currents.encryption",
                "link-currents.launch",
            ]);
        }
        if integration.has_dashboard_export() {
            order.extend([
                "link-dashboard-export.open",
                "link-dashboard-export.credentials",
                "link-dashboard-export.test",
            ]);
        }
        let positions: Vec<usize> = order.iter().map(|id| pos(id)).collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{integration:?} {auth:?}: {order:?} at {positions:?}"
        );
    }
}

#[test]
fn item_ids_are_unique_and_point_to_a_step_of_the_guide() {
    for (integration, auth) in cases() {
        let config = config(integration, auth);
        let guide = guide::build(&config, &Report::new(&config));
        let items = checklist::items(&guide);
        let unique: BTreeSet<&str> = items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(unique.len(), items.len(), "{integration:?} {auth:?}");
        for item in &items {
            assert!(guide.steps.iter().any(|s| s.id == item.step), "{}", item.id);
            assert!(
                item.id.starts_with(&format!("{}.", item.step)),
                "{}",
                item.id
            );
        }
    }
}

#[test]
fn item_ids_do_not_depend_on_typed_values() {
    for (integration, auth) in cases() {
        let filled = config(integration, auth);
        let empty = Config {
            integration,
            auth,
            ..Config::default()
        };
        assert_eq!(ids(&filled), ids(&empty), "{integration:?} {auth:?}");
    }
}

#[test]
fn the_prerequisite_for_currents_appears_only_with_currents() {
    for (integration, auth) in cases() {
        let has = ids(&config(integration, auth)).contains(&"prerequisites.currents-access".into());
        assert_eq!(has, integration.has_currents(), "{integration:?}");
    }
}

#[test]
fn progress_counts_ticked_items_of_the_list_only() {
    let config = config(Integration::Currents, AuthMethod::SecretKey);
    let items = items(&config);
    let ticked: BTreeSet<String> = [items[0].id.clone(), items[2].id.clone(), "stale.id".into()]
        .into_iter()
        .collect();
    let (done, total) = checklist::progress(&items, |id| ticked.contains(id));
    assert_eq!((done, total), (2, items.len()));
}

#[test]
fn markdown_marks_ticked_items_and_fills_values() {
    let config = config(Integration::Currents, AuthMethod::SecretKey);
    let items = items(&config);
    let md = checklist::to_markdown(
        "Checklist",
        &items,
        |id| id == items[1].id,
        |m| format!("{}{:?}", m.id, m.args.first().map(|a| &a.1)),
    );
    let lines: Vec<&str> = md.lines().filter(|l| l.starts_with("- [")).collect();
    assert_eq!(lines.len(), items.len());
    assert!(lines[0].starts_with("- [ ] "), "{}", lines[0]);
    assert!(lines[1].starts_with("- [x] "), "{}", lines[1]);
    assert!(md.starts_with("## Checklist\n"));
    assert!(md.contains("acme-braze"), "{md}");
}

#[test]
fn markdown_escapes_the_title_and_keeps_each_item_on_its_line() {
    let config = config(Integration::Currents, AuthMethod::SecretKey);
    let items = items(&config);
    let md = checklist::to_markdown(
        "Check [list](https://x) *now*\n# Injected",
        &items,
        |_| false,
        |_| "text\n- [x] injected\r\n".to_owned(),
    );
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(lines.len(), items.len() + 2, "{md}");
    assert_eq!(
        lines[0],
        r"## Check \[list\](https://x) \*now\*␊\# Injected"
    );
    assert!(lines[2..]
        .iter()
        .all(|l| *l == "- [ ] text␊- [x] injected␍␊"));
}

#[test]
fn ticks_are_kept_per_case() {
    let a = config(Integration::Currents, AuthMethod::SecretKey);
    let b = config(Integration::Currents, AuthMethod::RoleArn);
    assert_ne!(checklist::case_key(&a), checklist::case_key(&b));
    let (a, b) = (checklist::case_key(&a), checklist::case_key(&b));

    let mut ticks = Ticks::default();
    ticks.toggle(&a, "create-bucket.create");
    assert!(ticks.is_ticked(&a, "create-bucket.create"));
    assert!(!ticks.is_ticked(&b, "create-bucket.create"), "another case");
    ticks.tick(&a, "create-bucket.create");
    assert_eq!(ticks.items(&a), ["create-bucket.create"], "ticked once");
    ticks.toggle(&b, "attach-policy.attach");
    ticks.toggle(&a, "create-bucket.create");
    assert!(!ticks.is_ticked(&a, "create-bucket.create"), "toggled off");
    assert!(
        ticks.is_ticked(&b, "attach-policy.attach"),
        "the other case keeps its tick"
    );
}

#[test]
fn once_complete_the_reader_is_told_to_check_each_folder() {
    let mut config = config(Integration::Both, AuthMethod::SecretKey);
    config.connectors.push(Connector {
        id: 1,
        name: "second".into(),
        folder: "second".into(),
    });
    let checks = checklist::next_checks(&config, &Report::new(&config));
    let folders: Vec<String> = checks
        .iter()
        .filter(|m| m.id == "checklist-verify-currents")
        .map(|m| format!("{:?}", m.args))
        .collect();
    assert_eq!(folders.len(), 2, "{checks:?}");
    assert!(checks.iter().any(|m| m.id == "checklist-verify-dashboard"));
}

fn with_connectors(folders: &[&str]) -> Config {
    let mut config = config(Integration::Currents, AuthMethod::SecretKey);
    config.folder = "currents".into();
    for (i, folder) in folders.iter().enumerate() {
        config.connectors.push(Connector {
            id: i as u32 + 1,
            name: format!("c{i}"),
            folder: (*folder).to_owned(),
        });
    }
    config
}

fn connector_problems(config: &Config, id: u32) -> Vec<Problem> {
    Report::new(config)
        .for_field(Field::ConnectorFolder(id))
        .map(|f| f.problem.clone())
        .collect()
}

#[test]
fn distinct_connector_folders_are_fine() {
    let config = with_connectors(&["currents-eu", "eu/currents", "us"]);
    for id in 1..=3 {
        assert!(connector_problems(&config, id).is_empty(), "{id}");
    }
}

#[test]
fn a_duplicate_folder_is_an_error_on_the_later_row() {
    let config = with_connectors(&["eu", "eu", "currents"]);
    assert!(connector_problems(&config, 1).is_empty());
    assert_eq!(connector_problems(&config, 2), [Problem::FolderDuplicate]);
    assert_eq!(connector_problems(&config, 3), [Problem::FolderDuplicate]);
}

#[test]
fn a_folder_inside_another_connectors_folder_is_an_error() {
    let config = with_connectors(&["currents/eu", "eu", "eu/a/b"]);
    assert_eq!(
        connector_problems(&config, 1),
        [Problem::FolderNested {
            parent: "currents".into()
        }]
    );
    assert!(connector_problems(&config, 2).is_empty());
    assert_eq!(
        connector_problems(&config, 3),
        [Problem::FolderNested {
            parent: "eu".into()
        }]
    );
}

#[test]
fn a_row_that_contains_the_main_folder_is_an_error() {
    let mut config = with_connectors(&["data"]);
    config.folder = "data/currents".into();
    assert_eq!(
        connector_problems(&config, 1),
        [Problem::FolderContains {
            child: "data/currents".into()
        }]
    );
}

#[test]
fn a_shared_prefix_is_not_nesting() {
    // `currents-2` starts with `currents` but is not inside it.
    let config = with_connectors(&["currents-2", "currents2/x"]);
    assert!(connector_problems(&config, 1).is_empty());
    assert!(connector_problems(&config, 2).is_empty());
}

#[test]
fn connector_folders_follow_the_folder_rules() {
    let config = with_connectors(&["/lead", "a//b", "a/../b", ""]);
    assert!(connector_problems(&config, 1).contains(&Problem::FolderLeadingSlash));
    assert!(connector_problems(&config, 2).contains(&Problem::FolderEmptySegment));
    assert!(connector_problems(&config, 3).contains(&Problem::FolderDotDot));
    assert!(connector_problems(&config, 4).contains(&Problem::Required));
}

#[test]
fn each_connector_has_its_entry_in_the_linking_step() {
    let config = with_connectors(&["eu", "us"]);
    let ids = ids(&config);
    assert!(ids.contains(&"link-currents.connector-1".to_owned()));
    assert!(ids.contains(&"link-currents.connector-2".to_owned()));
    // Without Currents, connectors do not appear.
    let dashboard = Config {
        integration: Integration::DashboardExport,
        ..config
    };
    assert!(!self::ids(&dashboard)
        .iter()
        .any(|i| i.contains("connector-")));
}

#[test]
fn saved_state_round_trips_inputs_connectors_and_ticks() {
    let mut config = with_connectors(&["eu"]);
    config.sse = true;
    config.policy_name = "my-policy".into();
    let mut ticks = Ticks::default();
    ticks.tick(&checklist::case_key(&config), "create-bucket.create");
    ticks.tick("other/case", "create-bucket.create");
    ticks.tick("other/case", "attach-policy.attach");
    let text = persist::encode(&config, &ticks);
    let saved = persist::decode(&text).expect("our own format reads back");
    let mut restored = Config::default();
    let restored_ticks = persist::restore(saved, &mut restored);
    assert_eq!(restored, config);
    assert_eq!(restored_ticks, ticks);
}

#[test]
fn a_corrupted_save_with_endless_ticks_keeps_a_bounded_number() {
    let ids: Vec<String> = (0..5_000).map(|i| format!("\"item-{i}\"")).collect();
    let cases: Vec<String> = (0..100)
        .map(|c| format!("\"case-{c}\":[{}]", ids[..50].join(",")))
        .chain([format!("\"currents/secret-key\":[{}]", ids.join(","))])
        .collect();
    let text = format!(
        r#"{{"version":1,"config":[],"connectors":[],"ticks":{{{}}}}}"#,
        cases.join(",")
    );
    let saved = persist::decode(&text).expect("well-formed, only too long");
    let kept: Vec<(&str, usize)> = saved.ticks.cases().map(|(c, i)| (c, i.len())).collect();
    assert!(kept.len() <= 16, "{} cases kept", kept.len());
    assert!(kept.iter().all(|(_, n)| *n <= 200), "{kept:?}");
    assert!(kept.iter().all(|(_, n)| *n > 0));
}

#[test]
fn nothing_secret_is_saved() {
    let config = config(Integration::Currents, AuthMethod::RoleArn);
    let text = persist::encode(&config, &Ticks::default());
    for word in ["secret", "SecretAccessKey", "password"] {
        assert!(
            !text.to_lowercase().contains(&word.to_lowercase()),
            "{text}"
        );
    }
}

#[test]
fn corrupted_old_or_foreign_saved_data_restores_nothing_and_is_not_whole() {
    for text in [
        "",
        "{",
        "null",
        "[]",
        "42",
        r#"{"version":0,"config":[],"connectors":[],"ticks":{}}"#,
        r#"{"version":99,"config":[],"connectors":[],"ticks":{}}"#,
        r#"{"theme":"dark"}"#,
        r#"{"version":1,"config":"bucket=x","connectors":[],"ticks":{}}"#,
    ] {
        let read = persist::read(text);
        assert!(!read.whole, "{text:?}");
        let mut config = Config::default();
        let ticks = read
            .saved
            .map(|saved| persist::restore(saved, &mut config))
            .unwrap_or_default();
        assert_eq!(config, Config::default(), "{text:?}");
        assert_eq!(ticks, Ticks::default(), "{text:?}");
    }
    assert_eq!(persist::decode(&"x".repeat(300 * 1024)), None);
}

#[test]
fn saved_bad_values_are_shown_and_validated_not_trusted() {
    let text = r#"{"version":1,"config":[["integration","nope"],["bucket","Bad_Bucket"]],"connectors":[{"id":7,"name":"n","folder":"/x"},{"id":7,"name":"dup","folder":"y"}],"ticks":{}}"#;
    let mut config = Config::default();
    persist::restore(persist::decode(text).unwrap(), &mut config);
    assert_eq!(config.integration, Integration::Currents);
    assert_eq!(config.bucket, "Bad_Bucket");
    assert_eq!(config.connectors.len(), 1, "duplicate ids are dropped");
    assert!(!Report::new(&config).is_ok(Field::Bucket));
}

#[test]
fn a_save_with_too_many_connectors_keeps_the_first_ones() {
    let connectors: Vec<String> = (1..=MAX_CONNECTORS + 10)
        .map(|i| format!(r#"{{"id":{i},"name":"c{i}","folder":"f{i}"}}"#))
        .collect();
    let text = format!(
        r#"{{"version":1,"config":[],"connectors":[{}],"ticks":{{}}}}"#,
        connectors.join(",")
    );
    let mut config = Config::default();
    persist::restore(persist::decode(&text).unwrap(), &mut config);
    let ids: Vec<u32> = config.connectors.iter().map(|c| c.id).collect();
    let first: Vec<u32> = (1..=20).collect();
    assert_eq!(ids, first);
}

#[test]
fn connector_ids_stay_unique_without_overflow() {
    let mut config = Config::default();
    assert_eq!(config.next_connector_id(), 1);
    for id in [3, u32::MAX, 1] {
        config.connectors.push(Connector {
            id,
            ..Connector::default()
        });
        let next = config.next_connector_id();
        assert!(config.connectors.iter().all(|c| c.id != next), "{next}");
    }
    assert_eq!(config.next_connector_id(), 2);
}

#[test]
fn symptoms_offered_fit_the_case() {
    let keys = |i, a| {
        troubleshoot::symptoms_for(&config(i, a))
            .into_iter()
            .map(Symptom::key)
            .collect::<Vec<_>>()
    };
    let currents_key = keys(Integration::Currents, AuthMethod::SecretKey);
    assert!(currents_key.contains(&"events-stopped"));
    assert!(currents_key.contains(&"object-lock"));
    assert!(!currents_key.contains(&"invalid-after-role"));
    assert!(!currents_key.contains(&"download-links-fail"));
    let dashboard_role = keys(Integration::DashboardExport, AuthMethod::RoleArn);
    assert!(dashboard_role.contains(&"invalid-after-role"));
    assert!(dashboard_role.contains(&"api-export-no-url"));
    assert!(!dashboard_role.contains(&"events-stopped"));
    for i in Integration::ALL {
        for a in AuthMethod::ALL {
            let k = keys(i, a);
            assert!(k.contains(&"put-object-denied") && k.contains(&"kms-generate-data-key"));
        }
    }
}

#[test]
fn every_symptom_rechecks_items_that_exist_in_some_case() {
    let all: BTreeSet<String> = cases()
        .into_iter()
        .flat_map(|(i, a)| ids(&config(i, a)))
        .collect();
    for symptom in Symptom::ALL {
        for item in symptom.diagnosis().recheck {
            assert!(all.contains(*item), "{:?} rechecks unknown {item}", symptom);
        }
        assert_eq!(Symptom::from_key(symptom.key()), Some(symptom));
    }
}

/// Braze (today) says 5 days, earlier revisions (the seed) 48 hours: both go to the message,
/// today's first (docs/facts.md, "Today vs the seed").
const EXPIRY_ARGS: [(&str, Arg); 2] = [("days", Arg::Number(5)), ("hours", Arg::Number(48))];

#[test]
fn events_stopped_quotes_both_expiry_figures() {
    let cause = Symptom::EventsStopped.diagnosis().cause;
    assert_eq!(cause.args, EXPIRY_ARGS);
}

/// Once done: Currents readers are told to keep watching their events, with the expiry window;
/// secret-key readers that IAM keys do not expire and rotation is advice (AWS IAM), whatever
/// the integration; nobody that a key "must be renewed".
#[test]
fn once_complete_the_expiry_window_for_currents_and_rotation_as_advice_for_keys() {
    for (integration, auth) in cases() {
        let config = config(integration, auth);
        let checks = checklist::next_checks(&config, &Report::new(&config));
        let expiry: Vec<_> = checks
            .iter()
            .filter(|m| m.id == "checklist-verify-expiry")
            .collect();
        if integration.has_currents() {
            assert_eq!(expiry.len(), 1, "{integration:?} {auth:?}");
            assert_eq!(expiry[0].args, EXPIRY_ARGS);
        } else {
            assert!(expiry.is_empty(), "{integration:?} {auth:?}");
        }
        assert_eq!(
            checks
                .iter()
                .any(|m| m.id == "checklist-verify-key-rotation"),
            auth == AuthMethod::SecretKey,
            "{integration:?} {auth:?}"
        );
    }
}
