//! Issue 14: "Updating credentials without losing data" and today's troubleshooting texts.
//! Expected values come from Braze's current page as docs/facts.md ("Today vs the seed") and
//! the issue describe it: a key is rotated create → update Braze → test → deactivate → delete (an
//! IAM user holds at most two keys); a role keeps Braze's account and external ID; Currents is
//! updated by Edit > Credentials > Update Current; dashboard export by Technology Partners >
//! Amazon S3 with Test Credentials; the literal error strings stay literal.

use braze_s3_companion::core::config::{AuthMethod, Config, Connector, Integration};
use braze_s3_companion::core::facts;
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::text::{Arg, Msg};
use braze_s3_companion::core::troubleshoot::{self, Symptom};
use braze_s3_companion::core::update_credentials::{self, Part, UpdateCredentials};

const INTEGRATIONS: [Integration; 4] = [
    Integration::MessageArchiving,
    Integration::Currents,
    Integration::DashboardExport,
    Integration::Both,
];
const METHODS: [AuthMethod; 2] = [AuthMethod::SecretKey, AuthMethod::RoleArn];

fn config(integration: Integration, auth: AuthMethod) -> Config {
    Config {
        integration,
        auth,
        bucket: "acme-braze".to_owned(),
        braze_account: "123456789012".to_owned(),
        external_id: "braze-ext-42".to_owned(),
        user_name: "braze-writer".to_owned(),
        role_name: "braze-writer-role".to_owned(),
        ..Config::default()
    }
}

fn path(config: &Config) -> UpdateCredentials {
    update_credentials::build(config, &Report::new(config))
}

fn part_ids(path: &UpdateCredentials) -> Vec<&'static str> {
    path.parts.iter().map(|p| p.id).collect()
}

fn part<'a>(path: &'a UpdateCredentials, id: &str) -> &'a Part {
    path.parts
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no part {id} in {:?}", part_ids(path)))
}

fn step_ids(part: &Part) -> Vec<&'static str> {
    part.steps.iter().map(|(id, _)| *id).collect()
}

fn text_arg<'a>(msg: &'a Msg, name: &str) -> Option<&'a str> {
    msg.args.iter().find_map(|(n, a)| match a {
        Arg::Text(t) if *n == name => Some(t.as_str()),
        _ => None,
    })
}

fn all_msgs(path: &UpdateCredentials) -> Vec<&Msg> {
    path.parts
        .iter()
        .flat_map(|p| {
            std::iter::once(&p.title)
                .chain(p.steps.iter().map(|(_, m)| m))
                .chain(p.notes.iter().map(|(_, m)| m))
        })
        .collect()
}

#[test]
fn each_method_and_integration_gets_the_aws_side_then_each_braze_screen_then_switching() {
    for integration in INTEGRATIONS {
        for auth in METHODS {
            let path = path(&config(integration, auth));
            let mut expected: Vec<&str> = match auth {
                AuthMethod::SecretKey => vec!["rotate-key"],
                AuthMethod::RoleArn => vec!["role-may-change", "role-must-stay"],
            };
            // Message archiving needs no Currents: its Braze side is the export's screen.
            if matches!(integration, Integration::Currents | Integration::Both) {
                expected.push("currents");
            }
            if integration != Integration::Currents {
                expected.push("dashboard-export");
            }
            expected.push("switch-method");
            assert_eq!(part_ids(&path), expected, "{integration:?} {auth:?}");
        }
    }
}

#[test]
fn a_key_is_rotated_create_update_test_deactivate_delete_and_a_user_holds_two_keys() {
    for integration in INTEGRATIONS {
        let path = path(&config(integration, AuthMethod::SecretKey));
        let rotate = part(&path, "rotate-key");
        assert!(rotate.ordered);
        assert_eq!(
            step_ids(rotate),
            ["create-key", "update-braze", "test", "deactivate", "delete"]
        );
        let notes: Vec<&str> = rotate.notes.iter().map(|(_, m)| m.id).collect();
        assert!(notes.contains(&"update-key-two-keys"), "{notes:?}");
        // The reader's user is named where the key is created and deactivated.
        assert_eq!(text_arg(&rotate.steps[0].1, "user"), Some("braze-writer"));
        assert_eq!(text_arg(&rotate.steps[3].1, "user"), Some("braze-writer"));
    }
}

/// Braze's current page says 5 days, earlier revisions (the seed) 48 hours: the warning
/// carries both, today's first.
#[test]
fn the_expiry_warning_carries_today_s_5_days_and_the_earlier_48_hours() {
    for auth in METHODS {
        let path = path(&config(Integration::Currents, auth));
        let expiry = all_msgs(&path)
            .into_iter()
            .find(|m| m.id == "update-expiry")
            .expect("an expiry warning");
        assert_eq!(
            expiry.args,
            vec![("days", Arg::Number(5)), ("hours", Arg::Number(48))]
        );
    }
}

#[test]
fn a_role_may_change_its_policies_but_keeps_braze_s_account_external_id_and_arn() {
    for integration in INTEGRATIONS {
        let path = path(&config(integration, AuthMethod::RoleArn));
        let may = part(&path, "role-may-change");
        assert_eq!(step_ids(may), ["policies", "switch"]);
        assert_eq!(text_arg(&may.steps[0].1, "role"), Some("braze-writer-role"));
        assert_eq!(text_arg(&may.steps[0].1, "bucket"), Some("acme-braze"));
        let must = part(&path, "role-must-stay");
        assert_eq!(step_ids(must), ["trust", "arn"]);
        assert_eq!(text_arg(&must.steps[0].1, "account"), Some("123456789012"));
        assert_eq!(
            text_arg(&must.steps[0].1, "external_id"),
            Some("braze-ext-42")
        );
        assert_eq!(
            text_arg(&must.steps[1].1, "role"),
            Some("braze-writer-role")
        );
        assert!(path.parts.iter().all(|p| p.id != "rotate-key"));
    }
}

#[test]
fn an_invalid_value_is_never_quoted_a_placeholder_stands_for_it() {
    let mut config = config(Integration::Both, AuthMethod::RoleArn);
    config.external_id = "not valid!".to_owned();
    config.bucket = "Not_A_Bucket".to_owned();
    let path = path(&config);
    let must = part(&path, "role-must-stay");
    assert!(matches!(
        must.steps[0]
            .1
            .args
            .iter()
            .find(|(n, _)| *n == "external_id"),
        Some((_, Arg::Placeholder(_)))
    ));
    let may = part(&path, "role-may-change");
    assert!(matches!(
        may.steps[0].1.args.iter().find(|(n, _)| *n == "bucket"),
        Some((_, Arg::Placeholder(_)))
    ));
}

#[test]
fn currents_is_updated_by_edit_credentials_update_current_and_keeps_running() {
    for auth in METHODS {
        let mut config = config(Integration::Currents, auth);
        let path = path(&config);
        let currents = part(&path, "currents");
        assert_eq!(
            step_ids(currents),
            ["aws-first", "open", "credentials", "update"]
        );
        assert_eq!(
            currents.steps[2].1.args,
            vec![("method", Arg::Key(auth.key()))]
        );
        let notes: Vec<&str> = currents.notes.iter().map(|(_, m)| m.id).collect();
        assert_eq!(notes, ["update-currents-keeps-running"]);
        // Further connectors share the credentials: each is updated.
        config.connectors.push(Connector {
            id: 1,
            name: "second".to_owned(),
            folder: "second".to_owned(),
        });
        let path = update_credentials::build(&config, &Report::new(&config));
        let currents = part(&path, "currents");
        assert_eq!(step_ids(currents).last(), Some(&"each-connector"));
        assert_eq!(
            currents.steps.last().unwrap().1.args,
            vec![("count", Arg::Number(2))]
        );
    }
}

#[test]
fn dashboard_export_is_updated_in_technology_partners_then_tested() {
    for auth in METHODS {
        let path = path(&config(Integration::DashboardExport, auth));
        let export = part(&path, "dashboard-export");
        assert_eq!(
            step_ids(export),
            ["aws-first", "open", "credentials", "test"]
        );
        let ids: Vec<&str> = export.steps.iter().map(|(_, m)| m.id).collect();
        assert_eq!(
            ids,
            [
                "update-aws-first",
                "update-dashboard-open",
                "update-dashboard-credentials",
                "update-dashboard-test"
            ]
        );
    }
}

#[test]
fn braze_s_error_strings_are_quoted_literally_by_their_symptoms() {
    // Whole, as Braze's page prints them (the same English text on all seven pages).
    assert_eq!(
        Symptom::PutObjectDenied.braze_says(),
        ["S3 Credentials are invalid because this account does not have 'PutObject access'. Please check the permissions and ensure that this key has access to 'PutObject' in the 'CUSTOMER-BUCKET-HERE' bucket."]
    );
    assert_eq!(
        Symptom::KmsGenerateDataKey.braze_says(),
        ["User: arn:aws:sts::XXX:assumed-role/braze-iam-role/braze is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:XXX because no identity-based policy allows the kms:GenerateDataKey action"]
    );
    assert_eq!(
        Symptom::DownloadLinksFail.braze_says(),
        ["Unable to connect to S3, please validate that your credentials are correct"]
    );
    assert_eq!(
        Symptom::KmsGenerateDataKey.today().map(|m| m.id),
        Some("today-kms")
    );
    let check = Symptom::PutObjectDenied
        .today()
        .expect("Check additional permissions");
    assert_eq!(
        check.args,
        vec![(
            "heading",
            Arg::Text("Check additional permissions".to_owned())
        )]
    );
    assert_eq!(
        Symptom::DownloadLinksFail.today().map(|m| m.id),
        Some("today-unable-to-connect")
    );
    // Each literal is read back as its own symptom by "paste what Braze said".
    for symptom in Symptom::ALL {
        for text in symptom.braze_says() {
            assert_eq!(
                braze_s3_companion::core::braze_error::read(text).symptom,
                Some(symptom)
            );
        }
    }
    assert_eq!(
        braze_s3_companion::core::braze_error::read(facts::BRAZE_CHECK_PERMISSIONS).symptom,
        Some(Symptom::PutObjectDenied)
    );
}

#[test]
fn the_general_notes_follow_the_case() {
    let keys = |integration| -> Vec<&'static str> {
        troubleshoot::notes(&config(integration, AuthMethod::SecretKey))
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    };
    assert_eq!(
        keys(Integration::Currents),
        [
            "region",
            "format-currents",
            "contact-email",
            "switch-provider"
        ]
    );
    assert_eq!(
        keys(Integration::DashboardExport),
        [
            "invalid-alert",
            "region",
            "format-exports",
            "switch-provider"
        ]
    );
    // Message archiving writes archives, not exports: their format, not the exports'.
    assert_eq!(
        keys(Integration::MessageArchiving),
        [
            "invalid-alert",
            "region",
            "format-archives",
            "switch-provider"
        ]
    );
    assert_eq!(
        keys(Integration::Both),
        [
            "invalid-alert",
            "region",
            "format-exports",
            "format-currents",
            "contact-email",
            "switch-provider"
        ]
    );
}

/// The expiry warning is about a Currents connector's events: no Currents, no warning.
#[test]
fn the_expiry_warning_is_for_currents_only() {
    for auth in METHODS {
        for integration in INTEGRATIONS {
            let path = path(&config(integration, auth));
            let warned = all_msgs(&path).iter().any(|m| m.id == "update-expiry");
            assert_eq!(
                warned,
                integration.has_currents(),
                "{integration:?} {auth:?}"
            );
        }
    }
}
