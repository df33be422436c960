//! Issue 22: the judging of a large report made cheap without changing one answer. Each cheap
//! path is compared, on random policies, with the full one it stands in for:
//! - the evaluator's literal tests (`iam::shortcut`: statements whose actions or resources
//!   cannot touch Braze's request set aside before any wildcard search) and the preflight's
//!   "a document held twice is evaluated once", against `evaluate_every_statement` over every
//!   document: the same answer for every request, and the same work budget spent (so that a
//!   hostile pattern still ends as "too complex", never "granted");
//! - the action test without compiling, against the wildcard floor's `Glob::action`;
//! - the preflight's "grants more than the page's own policy?" read statement by statement
//!   with an early stop (`beyond_known`), against every warning read (`beyond_need`).
//!
//! (Speed is a bench figure, `examples/judging_speed.rs`, never asserted here.)

use braze_s3_companion::core::checker::account::{beyond_known, beyond_need, Policy};
use braze_s3_companion::core::checker::{required, Warning};
use braze_s3_companion::core::config::{AuthMethod, Config, Connector, Integration};
use braze_s3_companion::core::iam::document::{Document, Patterns};
use braze_s3_companion::core::iam::evaluate::{action_applies, evaluate_every_statement};
use braze_s3_companion::core::iam::{context_for, evaluate, requests, Caller, Policies};
use braze_s3_companion::core::preflight::{self, read_report, PreparedReport, Status};
use braze_s3_companion::core::wildcard::sets::{Budget, WORK};
use braze_s3_companion::core::wildcard::Glob;
use proptest::prelude::*;
use serde_json::{json, Value};

const BUCKET: &str = "braze-exports";
const ACCOUNT: &str = "111122223333";
const USER_ARN: &str = "arn:aws:iam::111122223333:user/braze-user";
const ROLE_ARN: &str = "arn:aws:iam::111122223333:role/braze-role";

/// Resource patterns that start like the request's ARNs and unlike them, as far as the bucket,
/// inside its name, inside a folder, behind a wildcard, a policy variable, an escape or a
/// plain `$`: the literal starts the shortcuts compare, on both sides of every boundary.
fn resource_pattern() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ab/*?$:]{0,4}".prop_map(|s| format!("arn:aws:s3:::{BUCKET}{s}")),
        "[ab/*?]{0,3}".prop_map(|s| format!("arn:aws:s3:::{BUCKET}/currents/{s}")),
        "[ab/*?]{0,3}".prop_map(|s| format!("arn:aws:s3:::{BUCKET}/a{s}")),
        "[ab*?]{0,3}".prop_map(|s| format!("arn:aws:s3:::other{s}")),
        "[ab*?-]{0,2}".prop_map(|s| format!("arn:aws:s3:::br{s}")),
        // A policy variable (read as "anything" in 2012-10-17, as text in 2008-10-17), an
        // escape or a plain `$`, where the bucket's name, its folder or a key begins.
        (
            prop::sample::select(vec![
                "arn:aws:s3:::",
                "arn:aws:s3:::braze-",
                "arn:aws:s3:::braze-exports/",
                "arn:aws:s3:::braze-exports/currents/",
                "arn:aws:s3:::braze-exports/a/",
            ]),
            prop::sample::select(vec!["${aws:username}", "${*}", "${?}", "${$}", "$", "${"]),
            "[ab/*]{0,2}",
        )
            .prop_map(|(start, dollar, rest)| format!("{start}{dollar}{rest}")),
        prop::sample::select(vec![
            "*",
            "arn:aws:s3:::*",
            "arn:aws:s3:::*/*",
            "arn:aws:s3:::braze-exports",
            "arn:aws:s3:::braze-exports/*",
            "arn:aws:s3:::braze-exports*",
            "arn:aws:s3:::braze-exports/currents",
            "arn:aws:s3:::braze-exports/currents/*",
            "arn:aws:s3:::braze-exportsx/*",
            "arn:aws:s3:::braze-exp*/*",
            "arn:aws:s3:::braze-?xports/*",
            "arn:aws:s3:::braze-exports/${aws:username}/*",
            "arn:aws:s3:::braze-${*}*",
            "arn:aws:s3:::braze-exports/${?}",
            "arn:aws:s3:::braze-exports/sent_messages/*",
            "arn:*:s3:::braze-exports/*",
            "arn:aws:s3*",
            "arn:aws:sqs:*:111122223333:queue",
        ])
        .prop_map(str::to_owned),
    ]
}

/// Action patterns: Braze's actions by name in any case, by wildcards that do and do not
/// reach them, and other services'.
fn action_pattern() -> impl Strategy<Value = String> {
    prop_oneof![
        "[sS3:*?gGeEtTpPuUOobjcLlisBk]{0,9}",
        prop::sample::select(vec![
            "s3:*",
            "*",
            "S3:GETOBJECT",
            "s3:PutObject",
            "s3:put*",
            "s3:Put*Object",
            "s3:?utObject",
            "s3:P*t*",
            "s3:List*",
            "s3:ListBucke",
            "s3:ListBuckets",
            "s3:GetBucketLocation",
            "s3:Get*Location",
            "s3:Delete*",
            "ec2:*",
            "s3:*Object",
        ])
        .prop_map(str::to_owned),
    ]
}

/// Conditions on what the evaluator knows of Braze's request (HTTPS, the SSE header, the
/// caller), on what it does not (a tag), and operators it does not evaluate.
fn condition() -> impl Strategy<Value = Option<Value>> {
    prop::option::weighted(
        0.4,
        prop::sample::select(vec![
            json!({"StringNotEquals": {"s3:x-amz-server-side-encryption": "AES256"}}),
            json!({"StringEquals": {"s3:x-amz-server-side-encryption": "AES256"}}),
            json!({"Null": {"s3:x-amz-server-side-encryption": "true"}}),
            json!({"Bool": {"aws:SecureTransport": "false"}}),
            json!({"StringLike": {"aws:PrincipalTag/team": "t*"}}),
            json!({"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:*"}}),
            json!({"StringEqualsIfExists": {"aws:PrincipalAccount": ACCOUNT}}),
            json!({"NumericLessThan": {"s3:max-keys": "10"}}),
        ]),
    )
}

/// Who a bucket policy's statement is about: everyone, the account, the user, the role, one of
/// its sessions, someone else; `Principal` or `NotPrincipal`.
fn principal() -> impl Strategy<Value = (&'static str, Value)> {
    let who = prop::sample::select(vec![
        json!("*"),
        json!({"AWS": "*"}),
        json!({"AWS": ACCOUNT}),
        json!({"AWS": USER_ARN}),
        json!({"AWS": ROLE_ARN}),
        json!({"AWS": "arn:aws:sts::111122223333:assumed-role/braze-role/s"}),
        json!({"AWS": "arn:aws:iam::444455556666:root"}),
        json!({"AWS": [USER_ARN, ACCOUNT]}),
    ]);
    (prop::bool::weighted(0.2), who).prop_map(|(not, who)| {
        let who = if not && who == json!("*") {
            json!({"AWS": ROLE_ARN})
        } else {
            who
        };
        (if not { "NotPrincipal" } else { "Principal" }, who)
    })
}

fn statement(with_principal: bool) -> impl Strategy<Value = Value> {
    (
        any::<bool>(),
        prop::bool::weighted(0.15),
        prop::collection::vec(action_pattern(), 1..3),
        prop::sample::select(vec![0u8, 0, 0, 0, 0, 0, 1, 2]),
        prop::collection::vec(resource_pattern(), 1..3),
        condition(),
        principal(),
    )
        .prop_map(
            move |(deny, not_action, actions, resource, resources, condition, principal)| {
                let mut s = serde_json::Map::new();
                s.insert("Effect".into(), json!(if deny { "Deny" } else { "Allow" }));
                let action = if not_action { "NotAction" } else { "Action" };
                s.insert(action.into(), json!(actions));
                // Mostly `Resource`; sometimes `NotResource`, or neither.
                match resource {
                    0 => {
                        s.insert("Resource".into(), json!(resources));
                    }
                    1 => {
                        s.insert("NotResource".into(), json!(resources));
                    }
                    _ => {}
                }
                if let Some(condition) = condition {
                    s.insert("Condition".into(), condition);
                }
                if with_principal {
                    s.insert(principal.0.into(), principal.1);
                }
                Value::Object(s)
            },
        )
}

/// A policy's text: a version (the 2008 one reads `${…}` as text) and one to three statements.
fn policy_text(with_principal: bool) -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["2012-10-17", "2012-10-17", "2008-10-17"]),
        prop::collection::vec(statement(with_principal), 1..4),
    )
        .prop_map(|(version, statements)| {
            json!({"Version": version, "Statement": statements}).to_string()
        })
}

fn policy(with_principal: bool) -> impl Strategy<Value = Policy> {
    policy_text(with_principal)
        .prop_map(|text| Policy::read(&text).expect("a policy the checker reads"))
}

fn document(with_principal: bool) -> impl Strategy<Value = Document> {
    policy(with_principal).prop_map(|p| p.document().clone())
}

fn config() -> impl Strategy<Value = Config> {
    let folder = prop::sample::select(vec!["currents", "a", "a/b", "currents/x", "cur$rents", ""]);
    (
        prop::sample::select(vec![
            Integration::Currents,
            Integration::DashboardExport,
            Integration::Both,
            Integration::MessageArchiving,
        ]),
        prop::sample::select(vec![AuthMethod::SecretKey, AuthMethod::RoleArn]),
        any::<bool>(),
        folder.clone(),
        prop::collection::vec(folder, 0..2),
    )
        .prop_map(|(integration, auth, sse, folder, more)| Config {
            integration,
            auth,
            sse,
            bucket: BUCKET.into(),
            folder: folder.into(),
            connectors: more
                .into_iter()
                .enumerate()
                .map(|(i, folder)| Connector {
                    id: i as u32 + 1,
                    name: format!("c{i}"),
                    folder: folder.into(),
                })
                .collect(),
            ..Config::default()
        })
}

fn caller(which: u8, boundary: bool) -> Caller<'static> {
    match which {
        0 => Caller::Unknown,
        1 => Caller::User {
            arn: USER_ARN,
            account: ACCOUNT,
            boundary,
        },
        _ => Caller::Role {
            arn: ROLE_ARN,
            name: "braze-role",
            account: ACCOUNT,
            boundary,
        },
    }
}

/// The documents without the later copies of any of them, in order.
fn distinct(documents: &[Document]) -> Vec<&Document> {
    let mut kept: Vec<&Document> = Vec::new();
    for d in documents {
        if !kept.contains(&d) {
            kept.push(d);
        }
    }
    kept
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The evaluator with its shortcuts, over the identity's distinct documents, answers every
    /// request of the case as the full evaluation over all of them does, and spends the same
    /// work: with the full budget, and with budgets small enough to run out midway.
    #[test]
    fn the_shortcuts_answer_as_the_full_evaluation(
        mut identity in prop::collection::vec(document(false), 0..4),
        copies in prop::collection::vec(any::<prop::sample::Index>(), 0..3),
        boundary in prop::option::weighted(0.3, document(false)),
        bucket in prop::option::weighted(0.6, document(true)),
        config in config(),
        who in 0u8..3,
        has_boundary in any::<bool>(),
        work in prop_oneof![Just(WORK), 0usize..4_000],
    ) {
        if !identity.is_empty() {
            for copy in &copies {
                let again = identity[copy.index(identity.len())].clone();
                identity.push(again);
            }
        }
        let caller = caller(who, has_boundary && boundary.is_some());
        let all: Vec<&Document> = identity.iter().collect();
        let kept = distinct(&identity);
        let full = Policies { identity: &all, boundary: boundary.as_ref(), bucket: bucket.as_ref() };
        let cheap = Policies { identity: &kept, ..full };
        let sse = config.sse.then_some("AES256");
        let (full_budget, cheap_budget) = (Budget::new(work), Budget::new(work));
        for request in requests(&config) {
            let context = context_for(&request, &caller, sse);
            let expected = evaluate_every_statement(&full, &caller, &context, &request, &full_budget);
            let found = evaluate(&cheap, &caller, &context, &request, &cheap_budget);
            prop_assert_eq!(&found, &expected, "{:?}", request);
            prop_assert_eq!(cheap_budget.spent(work), full_budget.spent(work), "{:?}", request);
        }
    }

    /// An action pattern matches an action name exactly as the wildcard floor says.
    #[test]
    fn the_action_test_is_the_wildcard_floor_s(
        pattern in action_pattern(),
        action in prop_oneof![
            prop::sample::select(vec!["s3:PutObject", "s3:GetObject", "s3:ListBucket",
                "s3:GetBucketLocation", "sts:AssumeRole"]).prop_map(str::to_owned),
            "[s3:GetPuObjcLisBk]{0,12}",
        ],
        negated in any::<bool>(),
    ) {
        let patterns = Patterns { negated, values: vec![pattern.clone()] };
        let expected = Glob::action(&pattern).matches(&action) != negated;
        prop_assert_eq!(action_applies(&patterns, &action), expected);
    }

    /// "Does this policy grant more than the warnings `known` hold?" is answered as reading
    /// every warning of the policy answers it: nothing beyond the need, only known warnings,
    /// or some other one.
    #[test]
    fn beyond_known_reads_as_every_warning_does(
        policy in policy(false),
        other in policy(false),
        config in config(),
        keep in prop::collection::vec(prop::bool::weighted(0.85), 24),
    ) {
        let requirements = required(&config);
        let own = beyond_need(&policy, &config, &requirements);
        let mut known: Vec<Warning> = own
            .iter()
            .zip(keep.iter().cycle())
            .filter(|(_, keep)| **keep)
            .map(|(w, _)| w.without_statement())
            .collect();
        known.extend(beyond_need(&other, &config, &requirements).iter().map(Warning::without_statement));
        let expected = (!own.is_empty())
            .then(|| own.iter().any(|w| !known.contains(&w.without_statement())));
        prop_assert_eq!(beyond_known(&policy, &config, &requirements, &known), expected);
    }
}

/// A report holding the same managed policy twice (attached to the user and to its group) and
/// many policies on other buckets: the prepared report's findings are `check`'s, and the
/// verdicts are those of the policies themselves (docs/facts.md, "How AWS evaluates a
/// request"): the copy changes nothing, a Deny on the Currents folder among the fillers fails.
#[test]
fn a_prepared_report_with_a_policy_held_twice_is_judged_as_check_judges_it() {
    let record = |call: &str, via: &str, subject: &str, data: Value| {
        json!({"check": "x", "call": call, "via": via, "subject": subject, "status": "ok",
            "error": null, "data": data})
        .to_string()
    };
    let braze = json!({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
            "Resource": format!("arn:aws:s3:::{BUCKET}")},
        {"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"],
            "Resource": format!("arn:aws:s3:::{BUCKET}/*")}]});
    // Each on buckets of its own; one, if `deny`, also refuses uploads under `currents/x…`.
    let filler = |i: usize, deny: bool| {
        let mut statements = vec![json!({"Effect": "Allow", "Action": "s3:Get*",
            "Resource": [format!("arn:aws:s3:::other-{i}"), format!("arn:aws:s3:::other-{i}/*")]})];
        if deny {
            statements.push(json!({"Effect": "Deny", "Action": "s3:PutObject",
                "Resource": format!("arn:aws:s3:::{BUCKET}/currents/x*")}));
        }
        json!({"PolicyVersion": {"Document": {"Version": "2012-10-17", "Statement": statements}}})
    };
    let report = |deny_at: Option<usize>| {
        let mut lines = vec![
            preflight::VERSION_LINE.to_owned(),
            json!({"preflight": 1, "bucket": BUCKET, "auth": "secret-key", "name": "braze-user"})
                .to_string(),
            record("head-bucket", "bucket", BUCKET, Value::Null),
            record(
                "get-user",
                "user",
                "braze-user",
                json!({"User": {"UserName": "braze-user", "Arn": USER_ARN}}),
            ),
        ];
        for via in ["user", "group:braze"] {
            lines.push(record(
                "get-policy-version",
                via,
                "arn:aws:iam::111122223333:policy/braze",
                json!({"PolicyVersion": {"Document": braze}}),
            ));
        }
        for i in 0..300 {
            lines.push(record(
                "get-policy-version",
                "user",
                &format!("arn:aws:iam::111122223333:policy/p{i}"),
                filler(i, deny_at == Some(i)),
            ));
        }
        let calls = lines.len() - 2;
        lines.push(format!("{}{calls}", preflight::END_PREFIX));
        read_report(&lines.join("\n")).expect("a report")
    };
    let config = Config {
        integration: Integration::Currents,
        auth: AuthMethod::SecretKey,
        bucket: BUCKET.into(),
        user_name: "braze-user".into(),
        folder: "currents".into(),
        ..Config::default()
    };
    let identity = |report: &preflight::PreflightReport| {
        let prepared = PreparedReport::new(report.clone());
        let found = preflight::check_prepared(&prepared, &config, 1_780_000_000);
        assert_eq!(found, preflight::check(report, &config, 1_780_000_000));
        found
            .into_iter()
            .find(|f| f.id.key() == "identity-policy")
            .map(|f| f.status)
    };
    // Granted by the Braze policy; the fillers grant more than the page's policy does
    // (`s3:Get*` on other buckets).
    assert_eq!(identity(&report(None)), Some(Status::Warn));
    // A `Deny` on `currents/x…`: some keys Braze writes are refused.
    assert_eq!(identity(&report(Some(7))), Some(Status::Fail));
}
