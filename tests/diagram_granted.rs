//! The diagram's policy arrow, held against the one evaluator (issue 19) for any configuration.
//!
//! The diagram lists the actions of the policy the widget writes that Braze requests, without
//! running `iam::evaluate` itself, which keeps the evaluator out of the widget's first module
//! (docs/decisions/0011). This test is what makes that safe: for every integration, auth
//! method, SSE option and any bucket, folder and connector text (valid or not, with IAM's
//! wildcards and policy variables in it), the arrow says exactly, in the same order, what the
//! evaluator grants for every request Braze makes with that action (the judge the checker and
//! the preflight use).
//!
//! One kind of text is set apart: a bucket with a policy variable in it (`${…}`). IAM reads a
//! variable in the policy's resource but not in the request's ARN, so the evaluator grants
//! nothing or everything depending on the variable, for a policy the guide never offers: the
//! rules reject a `$` in a bucket name, and the diagram then shows the bucket's placeholder and,
//! on the arrow, the actions of the policy the guide writes once the bucket is valid.

use braze_s3_companion::core::config::{AuthMethod, Config, Connector, Integration};
use braze_s3_companion::core::diagram::{self, Line, Part, Shown};
use braze_s3_companion::core::iam::{self, document::Document, Caller, Policies};
use braze_s3_companion::core::policy;
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::wildcard::sets::Budget;
use proptest::prelude::*;

/// The actions of the case's policy that the evaluator grants for every request Braze makes
/// with them, in the policy's order.
fn evaluator_granted(config: &Config) -> Vec<String> {
    let kind = config.integration.covering_policy();
    let written = policy::identity_policy(kind, &config.bucket, config.auth);
    let document = Document::from(&written);
    let documents = [&document];
    let policies = Policies {
        identity: &documents,
        ..Policies::default()
    };
    let requests = iam::requests(config);
    let budget = Budget::default();
    let sse = config.sse.then_some("AES256");
    let mut listed: Vec<String> = Vec::new();
    for action in written.statement.iter().flat_map(|s| &s.action) {
        if listed.contains(action) {
            continue;
        }
        let mut asked = requests.iter().filter(|r| r.action == *action).peekable();
        let granted = asked.peek().is_some()
            && asked.all(|request| {
                let context = iam::context_for(request, &Caller::Unknown, sse);
                iam::evaluate(&policies, &Caller::Unknown, &context, request, &budget)
                    .decision
                    .is_granted()
            });
        if granted {
            listed.push(action.clone());
        }
    }
    listed
}

/// The actions on the diagram's policy arrow (the arrow that ends at the bucket), in order.
fn arrow_actions(config: &Config) -> Vec<String> {
    let picture = diagram::build(config, &Report::new(config));
    let Some(Part::Arrow { lines }) = picture
        .parts
        .iter()
        .rev()
        .find(|p| matches!(p, Part::Arrow { .. }))
    else {
        panic!("no arrow in {picture:#?}")
    };
    lines
        .iter()
        .filter_map(|line| match line {
            Line::Code(Shown::Value(action)) => Some(action.clone()),
            _ => None,
        })
        .collect()
}

/// Text a reader could type or a link could carry: letters of both cases, digits, the
/// characters the rules accept, and IAM's wildcards and policy-variable syntax.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Z0-9./_*?${}:-]{0,16}").unwrap()
}

fn config() -> impl Strategy<Value = Config> {
    (
        proptest::sample::select(Integration::ALL.to_vec()),
        proptest::sample::select(AuthMethod::ALL.to_vec()),
        any::<bool>(),
        text().prop_filter("a policy variable: see the module's comment", |b| {
            !b.contains("${")
        }),
        text(),
        proptest::collection::vec(text(), 0..3),
    )
        .prop_map(|(integration, auth, sse, bucket, folder, folders)| Config {
            integration,
            auth,
            sse,
            bucket,
            folder,
            connectors: folders
                .into_iter()
                .enumerate()
                .map(|(i, folder)| Connector {
                    id: i as u32 + 2,
                    name: String::new(),
                    folder,
                })
                .collect(),
            ..Config::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_arrow_lists_what_the_evaluator_grants(config in config()) {
        prop_assert_eq!(arrow_actions(&config), evaluator_granted(&config), "{:?}", config);
    }
}

/// The cases the property draws rarely: a valid bucket with each integration and auth method,
/// and the texts with policy variables and wildcards IAM reads in a resource.
#[test]
fn the_arrow_lists_what_the_evaluator_grants_in_chosen_cases() {
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            for bucket in ["my-bucket", "", "a*b", "a?b", "a$b", "A_B", "a}b"] {
                for folder in ["currents", "", "${*}", "a*", "f/g"] {
                    let config = Config {
                        integration,
                        auth,
                        bucket: bucket.to_owned(),
                        folder: folder.to_owned(),
                        sse: bucket.len() % 2 == 0,
                        ..Config::default()
                    };
                    assert_eq!(
                        arrow_actions(&config),
                        evaluator_granted(&config),
                        "{config:?}"
                    );
                }
            }
        }
    }
}

/// A bucket with a policy variable: its placeholder, and the arrow of the policy the guide
/// writes for a valid bucket.
#[test]
fn a_bucket_with_a_policy_variable_shows_its_placeholder_and_the_written_policy() {
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            for bucket in ["a${*}b", "${aws:username}", "${}", "b${?}"] {
                let config = Config {
                    integration,
                    auth,
                    bucket: bucket.to_owned(),
                    ..Config::default()
                };
                let picture = diagram::build(&config, &Report::new(&config));
                let Some(Part::Node { lines, .. }) = picture.parts.last() else {
                    panic!("no bucket box in {picture:#?}")
                };
                assert!(
                    lines
                        .iter()
                        .any(|l| matches!(l, Line::Code(Shown::Placeholder(m)) if m.id == "placeholder-bucket")),
                    "{picture:#?}"
                );
                let valid = Config {
                    bucket: "my-bucket".to_owned(),
                    ..config.clone()
                };
                assert_eq!(
                    arrow_actions(&config),
                    evaluator_granted(&valid),
                    "{config:?}"
                );
            }
        }
    }
}
