//! The policy checker of issue 6, judged against the IAM documentation and docs/facts.md.
//!
//! Braze's policies come from docs/facts.md through the shared fixture (`tests/fixtures/`).
//! Other expected values are written here by hand: the examples of the IAM documentation
//! (NotAction, NotResource, Deny precedence, conditions, wildcards, the `*` that may cross
//! colons at the end of an ARN segment), and what IAM's evaluation logic makes of each. Property tests then run every policy the core generates
//! through the checker, and compare the checker with a naive evaluator written here.

use std::collections::BTreeMap;

use braze_s3_companion::core::checker::{
    self, check, required, Access, CheckResult, DocumentKind, ExternalIdFinding, InputProblem,
    PrincipalFinding, Reason, Verdict, Warning, MANAGED_POLICY_MAX_CHARS, MAX_POLICY_CHARS,
    TRUST_POLICY_MAX_CHARS,
};
use braze_s3_companion::core::config::{AuthMethod, Config, Integration, PolicyKind};
use braze_s3_companion::core::policy::{identity_policy, to_pretty_json, trust_policy};
use braze_s3_companion::core::text::{Arg, Msg};
use braze_s3_companion::core::wildcard_note::{prefix_wildcard_examples, published_policy_note};
use braze_s3_companion::msg;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use proptest::prelude::*;
use serde_json::{json, Value};

mod fixtures;

const BUCKET: &str = "braze-exports";
const ACCOUNT: &str = "123456789012";
const EXTERNAL_ID: &str = "braze-ext_id:1/2=3";

fn config(integration: Integration, auth: AuthMethod, bucket: &str) -> Config {
    Config {
        integration,
        auth,
        bucket: bucket.to_owned(),
        braze_account: ACCOUNT.to_owned(),
        external_id: EXTERNAL_ID.to_owned(),
        ..Config::default()
    }
}

fn currents() -> Config {
    config(Integration::Currents, AuthMethod::SecretKey, BUCKET)
}

fn dashboard() -> Config {
    config(Integration::DashboardExport, AuthMethod::SecretKey, BUCKET)
}

fn role() -> Config {
    config(Integration::Currents, AuthMethod::RoleArn, BUCKET)
}

fn run(policy: &Value, config: &Config) -> CheckResult {
    check(&policy.to_string(), config)
}

/// A policy of the given statements.
fn policy(statements: Value) -> Value {
    json!({ "Version": "2012-10-17", "Statement": statements })
}

fn b() -> String {
    format!("arn:aws:s3:::{BUCKET}")
}

fn o() -> String {
    format!("arn:aws:s3:::{BUCKET}/*")
}

/// Every key Braze Currents writes under its default folder `currents` (docs/facts.md, "The
/// requests Braze makes").
fn c() -> String {
    format!("arn:aws:s3:::{BUCKET}/currents/*")
}

/// The access of one pair, by action and resource.
fn access<'a>(result: &'a CheckResult, action: &str, resource: &str) -> &'a Access {
    &result
        .rows
        .iter()
        .find(|r| r.action == action && r.resource == resource)
        .unwrap_or_else(|| panic!("no row {action} {resource} in {result:#?}"))
        .access
}

/// Row accesses in order, as their keys.
fn keys(result: &CheckResult) -> Vec<&'static str> {
    result.rows.iter().map(|r| r.access.key()).collect()
}

// ---------------------------------------------------------------------------------------------
// What each case needs (docs/facts.md "The policies")

fn pairs(config: &Config) -> Vec<(String, String)> {
    required(config)
        .into_iter()
        .map(|r| (r.action.to_owned(), r.resource))
        .collect()
}

fn p(action: &str, resource: &str) -> (String, String) {
    (action.to_owned(), resource.to_owned())
}

#[test]
fn currents_needs_list_location_on_the_bucket_and_put_get_on_its_folder() {
    // Braze, "Event delivery semantics": every Currents file is under the folder path.
    assert_eq!(
        pairs(&currents()),
        vec![
            p("s3:ListBucket", "arn:aws:s3:::braze-exports"),
            p("s3:GetBucketLocation", "arn:aws:s3:::braze-exports"),
            p("s3:PutObject", "arn:aws:s3:::braze-exports/currents/*"),
            p("s3:GetObject", "arn:aws:s3:::braze-exports/currents/*"),
        ]
    );
    // Each further connector writes under its own folder.
    let mut two = currents();
    two.connectors
        .push(braze_s3_companion::core::config::Connector {
            id: 1,
            name: String::new(),
            folder: "eu/events".into(),
        });
    assert_eq!(
        pairs(&two)[2..],
        [
            p("s3:PutObject", "arn:aws:s3:::braze-exports/currents/*"),
            p("s3:GetObject", "arn:aws:s3:::braze-exports/currents/*"),
            p("s3:PutObject", "arn:aws:s3:::braze-exports/eu/events/*"),
            p("s3:GetObject", "arn:aws:s3:::braze-exports/eu/events/*"),
        ]
    );
    // A folder that breaks the input rules stands for the whole bucket: more keys, never fewer.
    let mut bad = currents();
    bad.folder = "/currents".into();
    assert_eq!(
        pairs(&bad)[2],
        p("s3:PutObject", "arn:aws:s3:::braze-exports/*")
    );
    // The auth method does not change what Currents needs.
    assert_eq!(pairs(&role()), pairs(&currents()));
}

#[test]
fn dashboard_export_also_needs_delete_on_objects() {
    let expected = vec![
        p("s3:ListBucket", "arn:aws:s3:::braze-exports"),
        p("s3:GetBucketLocation", "arn:aws:s3:::braze-exports"),
        p("s3:GetObject", "arn:aws:s3:::braze-exports/*"),
        p("s3:PutObject", "arn:aws:s3:::braze-exports/*"),
        p("s3:DeleteObject", "arn:aws:s3:::braze-exports/*"),
    ];
    assert_eq!(pairs(&dashboard()), expected);
    let role_dashboard = config(Integration::DashboardExport, AuthMethod::RoleArn, BUCKET);
    assert_eq!(pairs(&role_dashboard), expected);
}

#[test]
fn both_integrations_need_the_union() {
    let both = config(Integration::Both, AuthMethod::SecretKey, BUCKET);
    assert_eq!(
        pairs(&both),
        vec![
            p("s3:ListBucket", "arn:aws:s3:::braze-exports"),
            p("s3:GetBucketLocation", "arn:aws:s3:::braze-exports"),
            p("s3:PutObject", "arn:aws:s3:::braze-exports/*"),
            p("s3:GetObject", "arn:aws:s3:::braze-exports/*"),
            p("s3:DeleteObject", "arn:aws:s3:::braze-exports/*"),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Braze's published policies (docs/facts.md), from the shared fixture

fn facts_currents() -> Value {
    fixtures::identity_policy("currents", BUCKET)
}

fn facts_dashboard_secret_key() -> Value {
    fixtures::identity_policy("dashboard-export/secret-key", BUCKET)
}

fn facts_dashboard_role() -> Value {
    fixtures::identity_policy("dashboard-export/role-arn", BUCKET)
}

#[test]
fn braze_published_policies_are_sufficient_for_their_case() {
    let r = run(&facts_currents(), &currents());
    assert_eq!(r.verdict, Verdict::Sufficient, "{r:#?}");
    assert_eq!(r.kind, Some(DocumentKind::Identity));
    assert!(r.warnings.is_empty(), "{:#?}", r.warnings);

    let r = run(&facts_dashboard_secret_key(), &dashboard());
    assert_eq!(r.verdict, Verdict::Sufficient, "{r:#?}");

    let role_dashboard = config(Integration::DashboardExport, AuthMethod::RoleArn, BUCKET);
    let r = run(&facts_dashboard_role(), &role_dashboard);
    assert_eq!(r.verdict, Verdict::Sufficient, "{r:#?}");
    assert!(r.warnings.is_empty(), "{:#?}", r.warnings);
}

#[test]
fn the_currents_policy_lacks_delete_for_dashboard_export() {
    let r = run(&facts_currents(), &dashboard());
    assert_eq!(r.verdict, Verdict::Insufficient);
    assert_eq!(
        keys(&r),
        ["granted", "granted", "granted", "granted", "missing"]
    );
    let hooks: Vec<String> = r.missing().map(|row| row.hook()).collect();
    assert_eq!(hooks, ["s3:DeleteObject arn:aws:s3:::braze-exports/*"]);
}

#[test]
fn the_secret_key_dashboard_policy_warns_about_other_buckets_with_examples() {
    let r = run(&facts_dashboard_secret_key(), &dashboard());
    let other: Vec<&Warning> = r
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::OtherBuckets { .. }))
        .collect();
    assert_eq!(other.len(), 1, "{:#?}", r.warnings);
    let Warning::OtherBuckets {
        statement,
        pattern,
        examples,
    } = other[0]
    else {
        unreachable!()
    };
    assert_eq!(*statement, 2);
    assert_eq!(pattern, "arn:aws:s3:::braze-exports*");
    assert_eq!(examples, &expected_prefix_examples());
    // BUCKET/ and BUCKET name only this bucket: no other warning.
    assert!(r
        .warnings
        .iter()
        .all(|w| matches!(w, Warning::OtherBuckets { .. })));
}

/// `arn:aws:s3:::braze-exports*` matches every name that starts with `braze-exports`.
fn expected_prefix_examples() -> Vec<(String, bool)> {
    [
        ("braze-exports", true),
        ("braze-exports-backup", true),
        ("braze-exports2", true),
        ("braze-exportslogs", true),
        ("other-braze-exports", false),
        ("reports-archive", false),
    ]
    .into_iter()
    .map(|(n, m)| (n.to_owned(), m))
    .collect()
}

#[test]
fn prefix_wildcard_examples_show_which_names_the_star_reaches() {
    assert_eq!(prefix_wildcard_examples(BUCKET), expected_prefix_examples());
    // A different name is chosen when the first one starts with the bucket's name.
    let examples = prefix_wildcard_examples("rep");
    assert_eq!(
        examples.last().unwrap(),
        &("analytics-data".to_owned(), false)
    );
    // Only valid bucket names are offered: 62 + "-backup" is too long, 62 + "2" is not.
    let long = "a".repeat(62);
    let names: Vec<String> = prefix_wildcard_examples(&long)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        names,
        [long.clone(), format!("{long}2"), "reports-archive".into()]
    );
    // A dot in the name is a literal dot: `my.bucket*` does not match `myxbucket…`.
    let dotted = prefix_wildcard_examples("my.bucket");
    assert!(dotted.iter().any(|(n, m)| n == "my.bucket-backup" && *m));
}

#[test]
fn the_published_policy_note_applies_to_secret_key_dashboard_export_only() {
    let note = published_policy_note(&dashboard()).expect("dashboard + secret key");
    assert_eq!(note.pattern, "arn:aws:s3:::braze-exports*");
    assert_eq!(note.examples, expected_prefix_examples());
    let both = config(Integration::Both, AuthMethod::SecretKey, BUCKET);
    assert!(published_policy_note(&both).is_some());
    assert!(published_policy_note(&currents()).is_none());
    let role_dashboard = config(Integration::DashboardExport, AuthMethod::RoleArn, BUCKET);
    assert!(published_policy_note(&role_dashboard).is_none());
    let invalid = config(
        Integration::DashboardExport,
        AuthMethod::SecretKey,
        "No_Such",
    );
    assert!(published_policy_note(&invalid).is_none());
}

// ---------------------------------------------------------------------------------------------
// IAM documentation: NotAction, NotResource, Deny precedence

#[test]
fn not_action_with_allow_grants_everything_else() {
    // IAM docs, NotAction: allow every action except IAM's, on every resource.
    let r = run(
        &policy(json!({ "Effect": "Allow", "NotAction": "iam:*", "Resource": "*" })),
        &dashboard(),
    );
    assert_eq!(r.verdict, Verdict::Sufficient);
    assert!(r.warnings.contains(&Warning::NotAction { statement: 1 }));
    assert!(r.warnings.contains(&Warning::AllResources { statement: 1 }));
}

#[test]
fn not_action_excludes_only_what_it_lists() {
    // IAM docs, NotAction: all S3 actions on any S3 resource except deleting a bucket.
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "NotAction": "s3:DeleteBucket", "Resource": "arn:aws:s3:::*" }),
        ),
        &dashboard(),
    );
    assert_eq!(r.verdict, Verdict::Sufficient, "{r:#?}");
    // Excluding the object deletion itself leaves that pair missing.
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "NotAction": ["s3:DeleteObject"], "Resource": "arn:aws:s3:::*" }),
        ),
        &dashboard(),
    );
    assert_eq!(access(&r, "s3:DeleteObject", &o()), &Access::Missing);
    assert_eq!(access(&r, "s3:PutObject", &o()), &Access::Granted);
}

#[test]
fn not_action_with_deny_denies_everything_else() {
    // IAM docs, NotAction with Deny: everything outside IAM is denied.
    let r = run(
        &policy(json!([
            { "Effect": "Allow", "Action": "s3:*", "Resource": "*" },
            { "Effect": "Deny", "NotAction": "iam:*", "Resource": "*" }
        ])),
        &currents(),
    );
    assert_eq!(keys(&r), ["denied"; 4]);
    assert_eq!(
        access(&r, "s3:ListBucket", &b()),
        &Access::Denied { statement: 2 }
    );
}

#[test]
fn not_resource_deny_leaves_the_listed_resources_alone() {
    // IAM docs, NotResource: deny all S3 except the listed resources (here, the bucket).
    let statements = |listed: Vec<String>| {
        policy(json!([
            { "Effect": "Allow", "Action": "s3:*", "Resource": "*" },
            { "Effect": "Deny", "Action": "s3:*", "NotResource": listed }
        ]))
    };
    let r = run(&statements(vec![b(), o()]), &currents());
    assert_eq!(r.verdict, Verdict::Sufficient, "{r:#?}");
    // Listing only the payroll folder, as the documentation's example does, denies the rest.
    let r = run(
        &statements(vec![
            format!("{}/payroll", b()),
            format!("{}/payroll/*", b()),
        ]),
        &currents(),
    );
    assert_eq!(keys(&r), ["denied"; 4]);
}

#[test]
fn not_resource_with_allow_grants_everything_else_and_warns() {
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::hr-bucket/*" }),
        ),
        &currents(),
    );
    assert_eq!(r.verdict, Verdict::Sufficient);
    assert!(r.warnings.contains(&Warning::NotResource { statement: 1 }));
    assert!(r.warnings.contains(&Warning::ActionWildcard {
        statement: 1,
        pattern: "s3:*".into()
    }));
    // Excluding this bucket's objects leaves their pairs missing.
    let r = run(
        &policy(json!({ "Effect": "Allow", "Action": "s3:*", "NotResource": o() })),
        &currents(),
    );
    assert_eq!(keys(&r), ["granted", "granted", "missing", "missing"]);
}

#[test]
fn an_explicit_deny_wins_over_any_allow_in_any_order() {
    let allow = json!({ "Effect": "Allow", "Action": "s3:*", "Resource": [b(), o()] });
    let deny = json!({ "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": o() });
    for (statements, deny_number) in [
        (json!([allow.clone(), deny.clone()]), 2),
        (json!([deny, allow]), 1),
    ] {
        let r = run(&policy(statements), &dashboard());
        assert_eq!(r.verdict, Verdict::Insufficient);
        assert_eq!(
            access(&r, "s3:DeleteObject", &o()),
            &Access::Denied {
                statement: deny_number
            }
        );
        assert_eq!(access(&r, "s3:GetObject", &o()), &Access::Granted);
        let hooks: Vec<String> = r.missing().map(|row| row.hook()).collect();
        assert_eq!(hooks, ["s3:DeleteObject arn:aws:s3:::braze-exports/*"]);
    }
}

#[test]
fn without_an_allow_the_request_is_implicitly_denied() {
    let r = run(&policy(json!([])), &currents());
    assert_eq!(keys(&r), ["missing"; 4]);
    let r = run(
        &policy(json!({ "Effect": "Deny", "Action": "s3:*", "Resource": "*" })),
        &currents(),
    );
    assert_eq!(keys(&r), ["denied"; 4]);
}

// ---------------------------------------------------------------------------------------------
// Conditions: never silently met

#[test]
fn an_allow_under_a_condition_depends_on_it() {
    let r = run(
        &policy(json!({
            "Effect": "Allow", "Action": "s3:*", "Resource": [b(), o()],
            "Condition": { "IpAddress": { "aws:SourceIp": "203.0.113.0/24" } }
        })),
        &currents(),
    );
    assert_eq!(r.verdict, Verdict::Insufficient);
    let Access::DependsOnCondition(deps) = access(&r, "s3:PutObject", &c()) else {
        panic!("{r:#?}")
    };
    assert_eq!(deps.len(), 1);
    assert_eq!(deps[0].statement, 1);
    assert_eq!(
        deps[0].reason,
        Reason::Condition {
            operator: "IpAddress".into(),
            key: "aws:SourceIp".into()
        }
    );
    assert_eq!(
        access(&r, "s3:PutObject", &c()).message().id,
        "checker-access-depends-allow"
    );
    assert_eq!(r.missing().count(), 4);
}

#[test]
fn a_conditional_deny_makes_a_granted_pair_depend_on_it() {
    // IAM docs, NotAction with Deny: deny all but IAM when MFA is absent.
    let r = run(
        &policy(json!([
            { "Effect": "Allow", "Action": "s3:*", "Resource": "*" },
            { "Sid": "DenyAllUsersNotUsingMFA", "Effect": "Deny", "NotAction": "iam:*", "Resource": "*",
              "Condition": { "BoolIfExists": { "aws:MultiFactorAuthPresent": "false" } } }
        ])),
        &currents(),
    );
    assert_eq!(r.verdict, Verdict::Insufficient);
    let a = access(&r, "s3:GetObject", &c());
    let Access::DependsOnCondition(deps) = a else {
        panic!("{r:#?}")
    };
    assert_eq!(deps[0].statement, 2);
    assert_eq!(a.message().id, "checker-access-depends-deny");
}

#[test]
fn an_unconditional_allow_is_not_weakened_by_a_conditional_one() {
    let r = run(
        &policy(json!([
            { "Effect": "Allow", "Action": "s3:*", "Resource": [b(), o()] },
            { "Effect": "Allow", "Action": "s3:*", "Resource": "*",
              "Condition": { "Bool": { "aws:SecureTransport": "true" } } }
        ])),
        &currents(),
    );
    assert_eq!(r.verdict, Verdict::Sufficient);
}

#[test]
fn a_conditional_deny_without_any_allow_is_missing_and_an_unconditional_deny_wins() {
    let r = run(
        &policy(json!({ "Effect": "Deny", "Action": "s3:*", "Resource": "*",
            "Condition": { "StringNotEquals": { "aws:PrincipalTag/team": "data" } } })),
        &currents(),
    );
    assert_eq!(keys(&r), ["missing"; 4]);
    let r = run(
        &policy(json!([
            { "Effect": "Allow", "Action": "s3:*", "Resource": "*",
              "Condition": { "Bool": { "aws:SecureTransport": "true" } } },
            { "Effect": "Deny", "Action": "s3:*", "Resource": "*" }
        ])),
        &currents(),
    );
    assert_eq!(keys(&r), ["denied"; 4]);
}

#[test]
fn an_empty_condition_block_is_no_condition() {
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "Action": "s3:*", "Resource": [b(), o()], "Condition": {} }),
        ),
        &currents(),
    );
    assert_eq!(r.verdict, Verdict::Sufficient);
}

#[test]
fn a_policy_variable_in_a_resource_depends_on_the_request() {
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "Action": "s3:*", "Resource": ["arn:aws:s3:::${aws:username}", "arn:aws:s3:::${aws:username}/*"] }),
        ),
        &currents(),
    );
    let Access::DependsOnCondition(deps) = access(&r, "s3:ListBucket", &b()) else {
        panic!("{r:#?}")
    };
    assert_eq!(
        deps[0].reason,
        Reason::Variable {
            pattern: "arn:aws:s3:::${aws:username}".into()
        }
    );
    // In a 2008-10-17 policy (or one without Version) `${…}` is plain text: no match.
    let old = json!({ "Version": "2008-10-17", "Statement":
        { "Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::${aws:username}" } });
    let r = run(&old, &currents());
    assert_eq!(access(&r, "s3:ListBucket", &b()), &Access::Missing);
    // `${*}` is a literal `*`: it does not match the bucket's name.
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::braze-export${*}" }),
        ),
        &currents(),
    );
    assert_eq!(access(&r, "s3:ListBucket", &b()), &Access::Missing);
}

// ---------------------------------------------------------------------------------------------
// Wildcards and case

#[test]
fn action_names_match_case_insensitively_with_wildcards() {
    let grant = |actions: Value| {
        run(
            &policy(json!({ "Effect": "Allow", "Action": actions, "Resource": [b(), o()] })),
            &currents(),
        )
    };
    assert_eq!(
        grant(json!([
            "S3:LISTBUCKET",
            "s3:getbucketlocation",
            "S3:PutObject",
            "s3:GETOBJECT"
        ]))
        .verdict,
        Verdict::Sufficient
    );
    // `s3:Get*` covers GetObject and GetBucketLocation, not ListBucket nor PutObject.
    assert_eq!(
        keys(&grant(json!("s3:Get*"))),
        ["missing", "granted", "missing", "granted"]
    );
    // `?` is exactly one character: `?etObject` is GetObject (not PutObject), and
    // `GetBucketLocation?` needs one more character than the action has.
    assert_eq!(
        keys(&grant(json!([
            "s3:?etObject",
            "s3:ListBucke?",
            "s3:GetBucketLocation?"
        ]))),
        ["granted", "missing", "missing", "granted"]
    );
    assert_eq!(keys(&grant(json!("*"))), ["granted"; 4]);
    assert_eq!(
        keys(&grant(json!("s3:*Object"))),
        ["missing", "missing", "granted", "granted"]
    );
    // Another service's actions grant nothing here.
    assert_eq!(keys(&grant(json!("s3-object-lambda:*"))), ["missing"; 4]);
}

#[test]
fn resource_arns_match_case_sensitively_with_wildcards() {
    let grant = |resources: Value| {
        run(
            &policy(json!({ "Effect": "Allow", "Action": "s3:*", "Resource": resources })),
            &currents(),
        )
    };
    assert_eq!(
        keys(&grant(json!("arn:aws:s3:::BRAZE-EXPORTS"))),
        ["missing"; 4]
    );
    assert_eq!(
        keys(&grant(json!("arn:aws:s3:::braze-export?"))),
        ["granted", "granted", "missing", "missing"]
    );
    assert_eq!(
        keys(&grant(json!("arn:aws:s3:::braze-exports?"))),
        ["missing"; 4]
    );
    assert_eq!(keys(&grant(json!("arn:aws:s3:::braze-*"))), ["granted"; 4]);
    assert_eq!(
        keys(&grant(json!("arn:aws:s3:::*/*"))),
        ["missing", "missing", "granted", "granted"]
    );
    // A `*` that ends an ARN segment may also match across colons (IAM docs, Resource).
    assert_eq!(keys(&grant(json!("arn:aws:s3*"))), ["granted"; 4]);
    assert_eq!(
        keys(&grant(json!("arn:*:s3:::braze-exports"))),
        ["granted", "granted", "missing", "missing"]
    );
    // A `*` inside a segment does not: `a*3` would have to swallow `ws:s`.
    assert_eq!(
        keys(&grant(json!("arn:a*3:::braze-exports"))),
        ["missing"; 4]
    );
    // Braze Currents writes only under its folder: the folder is enough, another one is not,
    // and neither is a pattern that only matches some of the folder's keys.
    assert_eq!(
        keys(&grant(json!(format!("{}/currents/*", b())))),
        ["missing", "missing", "granted", "granted"]
    );
    assert_eq!(
        keys(&grant(json!(format!("{}/other/*", b())))),
        ["missing"; 4]
    );
    let avro = format!("{}/currents/*.avro", b());
    let some = grant(json!(avro));
    assert_eq!(keys(&some), ["missing"; 4]);
    // The row names a key Braze may write that the pattern leaves out.
    let Access::MissingFor { example } = access(&some, "s3:PutObject", &c()) else {
        panic!("{some:#?}")
    };
    assert!(example.starts_with(&c()[..c().len() - 1]), "{example}");
    assert!(!naive(&avro, example), "{example}");
}

#[test]
fn a_dot_is_a_literal_dot_and_a_question_mark_one_character() {
    let dotted = config(Integration::Currents, AuthMethod::SecretKey, "my.bucket");
    let grant = |resource: &str| {
        run(
            &policy(
                json!({ "Effect": "Allow", "Action": "s3:*", "Resource": [resource, format!("{resource}/*")] }),
            ),
            &dotted,
        )
    };
    assert_eq!(grant("arn:aws:s3:::my.bucket").verdict, Verdict::Sufficient);
    assert_eq!(grant("arn:aws:s3:::my?bucket").verdict, Verdict::Sufficient);
    let other = config(Integration::Currents, AuthMethod::SecretKey, "myxbucket");
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "Action": "s3:*", "Resource": ["arn:aws:s3:::my.bucket", "arn:aws:s3:::my.bucket/*"] }),
        ),
        &other,
    );
    assert_eq!(keys(&r), ["missing"; 4]);
}

#[test]
fn statement_and_values_may_be_objects_strings_or_arrays() {
    let single = json!({ "Version": "2012-10-17", "Statement":
        { "Effect": "Allow", "Action": "s3:*", "Resource": "*" } });
    let listed = json!({ "Version": "2012-10-17", "Statement":
        [{ "Effect": "Allow", "Action": ["s3:*"], "Resource": ["*"] }] });
    assert_eq!(
        run(&single, &currents()).rows,
        run(&listed, &currents()).rows
    );
    assert_eq!(run(&single, &currents()).verdict, Verdict::Sufficient);
    // No Version: IAM reads the policy as 2008-10-17.
    let versionless =
        json!({ "Statement": { "Effect": "Allow", "Action": "s3:*", "Resource": "*" } });
    assert_eq!(run(&versionless, &currents()).verdict, Verdict::Sufficient);
}

// ---------------------------------------------------------------------------------------------
// Beyond the need

#[test]
fn grants_beyond_the_need_are_warnings_not_failures() {
    let r = run(
        &policy(json!([
            { "Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation", "s3:ListAllMyBuckets"], "Resource": [b(), "arn:aws:s3:::*"] },
            { "Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"], "Resource": [o(), "arn:aws:s3:::other-bucket/*", "arn:aws:sqs:us-east-1:123456789012:queue"] },
            { "Effect": "Deny", "Action": "*", "Resource": "arn:aws:s3:::secret/*" }
        ])),
        &currents(),
    );
    assert_eq!(r.verdict, Verdict::Sufficient);
    let mut found: Vec<(usize, &str, String)> = r
        .warnings
        .iter()
        .map(|w| {
            let (kind, detail) = match w {
                Warning::ExtraActions { actions, .. } => ("extra", actions.join(" ")),
                Warning::OtherBuckets { pattern, .. } => ("buckets", pattern.clone()),
                Warning::OtherResources { pattern, .. } => ("resources", pattern.clone()),
                other => panic!("unexpected {other:?}"),
            };
            (w.statement(), kind, detail)
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        vec![
            (1, "buckets", "arn:aws:s3:::*".to_owned()),
            (1, "extra", "s3:ListAllMyBuckets".to_owned()),
            (2, "buckets", "arn:aws:s3:::other-bucket/*".to_owned()),
            (2, "extra", "s3:DeleteObject".to_owned()),
            (
                2,
                "resources",
                "arn:aws:sqs:us-east-1:123456789012:queue".to_owned()
            ),
        ]
    );
}

#[test]
fn star_actions_and_resources_are_loud_warnings() {
    let r = run(
        &policy(json!({ "Effect": "Allow", "Action": "*", "Resource": "*" })),
        &currents(),
    );
    assert_eq!(r.verdict, Verdict::Sufficient);
    assert_eq!(
        r.warnings,
        vec![
            Warning::AllActions { statement: 1 },
            Warning::AllResources { statement: 1 }
        ]
    );
    assert!(r.warnings.iter().all(Warning::is_loud));
}

#[test]
fn prefixes_of_the_bucket_name_are_other_buckets_too() {
    // `braze-export?` matches braze-exports, but also braze-exportx.
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::braze-export?" }),
        ),
        &currents(),
    );
    assert!(
        matches!(r.warnings[..], [Warning::OtherBuckets { .. }]),
        "{:#?}",
        r.warnings
    );
    // A variable could be any bucket.
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::${aws:username}" }),
        ),
        &currents(),
    );
    assert!(
        matches!(r.warnings[..], [Warning::OtherBuckets { .. }]),
        "{:#?}",
        r.warnings
    );
    // This bucket's objects only: nothing to say.
    let r = run(
        &policy(
            json!({ "Effect": "Allow", "Action": "s3:GetObject", "Resource": [o(), format!("{}/currents/*", b())] }),
        ),
        &currents(),
    );
    assert!(r.warnings.is_empty(), "{:#?}", r.warnings);
}

// ---------------------------------------------------------------------------------------------
// Trust policies (docs/facts.md "The trust policy")

fn trust(principal: Value, condition: Option<Value>) -> Value {
    let mut statement =
        json!({ "Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole" });
    if let Some(c) = condition {
        statement["Condition"] = c;
    }
    policy(json!([statement]))
}

fn external_id_equals(value: &str) -> Option<Value> {
    Some(json!({ "StringEquals": { "sts:ExternalId": value } }))
}

fn root() -> Value {
    json!({ "AWS": format!("arn:aws:iam::{ACCOUNT}:root") })
}

#[test]
fn the_facts_trust_policy_lets_braze_in_with_the_external_id() {
    let r = run(&trust(root(), external_id_equals(EXTERNAL_ID)), &role());
    assert_eq!(r.verdict, Verdict::Sufficient, "{r:#?}");
    assert_eq!(r.kind, Some(DocumentKind::Trust));
    let t = r.trust.as_ref().unwrap();
    assert_eq!(t.principal, PrincipalFinding::Allowed);
    assert_eq!(t.external_id, Some(ExternalIdFinding::Equal));
    assert_eq!(t.access, Access::Granted);
    assert!(r.rows.is_empty() && r.warnings.is_empty() && r.notes.is_empty());
    // The account ID alone names the same principal.
    let r = run(
        &trust(json!({ "AWS": ACCOUNT }), external_id_equals(EXTERNAL_ID)),
        &role(),
    );
    assert_eq!(r.verdict, Verdict::Sufficient);
}

#[test]
fn a_different_or_missing_external_id_is_insufficient() {
    let r = run(&trust(root(), external_id_equals("someone-else")), &role());
    assert_eq!(r.verdict, Verdict::Insufficient);
    let t = r.trust.as_ref().unwrap();
    assert_eq!(
        t.external_id,
        Some(ExternalIdFinding::Different {
            found: vec!["someone-else".into()]
        })
    );
    assert_eq!(t.access, Access::Missing);

    let r = run(&trust(root(), None), &role());
    assert_eq!(r.verdict, Verdict::Insufficient);
    let t = r.trust.as_ref().unwrap();
    assert_eq!(t.external_id, Some(ExternalIdFinding::Missing));
    // Braze could assume it (no condition), but nothing guards it.
    assert_eq!(t.access, Access::Granted);
}

#[test]
fn external_id_operators_are_evaluated_and_only_a_fixed_id_guards_the_role() {
    let id = |operator: &str, value: Value| Some(json!({ operator: { "sts:ExternalId": value } }));
    // A fixed list of IDs, however written (condition keys ignore case; `StringLike` without
    // a wildcard is an equality; `ForAnyValue:` on the one ID Braze sends is the operator
    // alone: AWS, "Creating a condition with multiple keys or values").
    let exact = [
        id("StringLike", json!(EXTERNAL_ID)),
        Some(json!({ "StringEquals": { "STS:externalid": ["a-b", EXTERNAL_ID] } })),
        id("ForAnyValue:StringEquals", json!(EXTERNAL_ID)),
        id("StringEqualsIgnoreCase", json!(EXTERNAL_ID.to_uppercase())),
    ];
    for condition in exact {
        let r = run(&trust(root(), condition.clone()), &role());
        assert_eq!(r.verdict, Verdict::Sufficient, "{condition:?}");
    }
    // Anything that admits another ID, or none, guards nothing (AWS, "Access to AWS accounts
    // owned by third parties": the confused deputy).
    let open = [
        ("StringLike", json!("braze-ext_id:*")),
        ("StringLike", json!("braze-ext?id:1/2=3")),
        ("StringEqualsIfExists", json!(EXTERNAL_ID)),
        ("ForAllValues:StringEquals", json!(EXTERNAL_ID)),
        ("StringNotEquals", json!("someone-else")),
        ("Null", json!("false")),
    ];
    for (operator, value) in open {
        let r = run(&trust(root(), id(operator, value.clone())), &role());
        assert_eq!(r.verdict, Verdict::Insufficient, "{operator}");
        let t = r.trust.as_ref().unwrap();
        assert_eq!(
            t.external_id,
            Some(ExternalIdFinding::Open {
                operator: operator.into(),
                value: value.as_str().unwrap().into()
            })
        );
        assert_eq!(
            t.external_id_message(&role()).unwrap().id,
            "checker-trust-external-id-open"
        );
    }
    // A fixed ID next to an open condition still guards: every condition must hold.
    let both = Some(json!({ "StringLike": { "sts:ExternalId": "*" },
                            "StringEquals": { "sts:ExternalId": EXTERNAL_ID } }));
    assert_eq!(
        run(&trust(root(), both), &role()).verdict,
        Verdict::Sufficient
    );
    // An operator this check does not evaluate.
    let r = run(&trust(root(), id("NumericEquals", json!("1"))), &role());
    assert_eq!(r.verdict, Verdict::Insufficient);
    let t = r.trust.as_ref().unwrap();
    assert_eq!(
        t.external_id,
        Some(ExternalIdFinding::Unverifiable {
            operator: "NumericEquals".into()
        })
    );
    assert!(matches!(t.access, Access::DependsOnCondition(_)));
}

#[test]
fn other_conditions_in_a_trust_policy_depend() {
    let condition = Some(json!({
        "StringEquals": { "sts:ExternalId": EXTERNAL_ID },
        "IpAddress": { "aws:SourceIp": "203.0.113.0/24" }
    }));
    let r = run(&trust(root(), condition), &role());
    assert_eq!(r.verdict, Verdict::Insufficient);
    let t = r.trust.as_ref().unwrap();
    assert_eq!(t.external_id, Some(ExternalIdFinding::Equal));
    let Access::DependsOnCondition(deps) = &t.access else {
        panic!("{t:#?}")
    };
    assert_eq!(deps[0].reason.text(), "IpAddress aws:SourceIp");
}

#[test]
fn a_wildcard_principal_is_not_sufficient_and_a_loud_warning() {
    // Any AWS account that learns the role's ARN and the external ID could assume it: the
    // confused deputy again, whatever the external ID condition says.
    for principal in [json!("*"), json!({ "AWS": "*" })] {
        let r = run(&trust(principal, external_id_equals(EXTERNAL_ID)), &role());
        assert_eq!(r.verdict, Verdict::Insufficient);
        let t = r.trust.as_ref().unwrap();
        assert_eq!(t.principal, PrincipalFinding::AnyPrincipal);
        assert_eq!(r.warnings, vec![Warning::AnyPrincipal { statement: 1 }]);
        assert!(r.warnings[0].is_loud());
    }
}

#[test]
fn other_principals_and_specific_identities() {
    let other = json!({ "AWS": [format!("arn:aws:iam::{ACCOUNT}:root"), "arn:aws:iam::999988887777:root"], "Service": "ec2.amazonaws.com" });
    let r = run(&trust(other, external_id_equals(EXTERNAL_ID)), &role());
    assert_eq!(r.verdict, Verdict::Sufficient);
    assert_eq!(
        r.warnings,
        vec![Warning::OtherPrincipals {
            statement: 1,
            principals: vec![
                "arn:aws:iam::999988887777:root".into(),
                "ec2.amazonaws.com".into()
            ]
        }]
    );
    // A specific role of Braze's account: Braze publishes only the account, so it depends.
    let specific = format!("arn:aws:iam::{ACCOUNT}:role/some-role");
    let r = run(
        &trust(json!({ "AWS": specific }), external_id_equals(EXTERNAL_ID)),
        &role(),
    );
    assert_eq!(r.verdict, Verdict::Insufficient);
    let t = r.trust.as_ref().unwrap();
    assert_eq!(
        t.principal,
        PrincipalFinding::OnlySpecific {
            principals: vec![specific.clone()]
        }
    );
    // Someone else's account only.
    let r = run(
        &trust(
            json!({ "AWS": "arn:aws:iam::999988887777:root" }),
            external_id_equals(EXTERNAL_ID),
        ),
        &role(),
    );
    let t = r.trust.as_ref().unwrap();
    assert_eq!(t.principal, PrincipalFinding::NotAllowed);
    assert_eq!(t.external_id, None);
    assert_eq!(t.access, Access::Missing);
}

#[test]
fn a_deny_in_a_trust_policy_wins() {
    let doc = policy(json!([
        { "Effect": "Allow", "Principal": root(), "Action": "sts:AssumeRole",
          "Condition": { "StringEquals": { "sts:ExternalId": EXTERNAL_ID } } },
        { "Effect": "Deny", "Principal": "*", "Action": "sts:*" }
    ]));
    let r = run(&doc, &role());
    assert_eq!(r.verdict, Verdict::Insufficient);
    assert_eq!(
        r.trust.as_ref().unwrap().access,
        Access::Denied { statement: 2 }
    );
}

#[test]
fn a_trust_policy_needs_braze_values_and_says_so_with_the_secret_key_method() {
    let mut missing = role();
    missing.external_id.clear();
    let r = run(&trust(root(), external_id_equals(EXTERNAL_ID)), &missing);
    assert_eq!(r.verdict, Verdict::Invalid);
    assert_eq!(r.error.as_ref().unwrap().problem, InputProblem::TrustValues);
    let r = run(&trust(root(), external_id_equals(EXTERNAL_ID)), &currents());
    assert_eq!(r.verdict, Verdict::Sufficient);
    assert_eq!(r.notes, vec![checker::Note::TrustWithSecretKey]);
    // With the secret-key method the ID fields are hidden: the message says so.
    let mut hidden = currents();
    hidden.braze_account.clear();
    let r = run(&trust(root(), external_id_equals(EXTERNAL_ID)), &hidden);
    assert_eq!(
        r.error.as_ref().unwrap().problem,
        InputProblem::TrustWithSecretKey
    );
}

// ---------------------------------------------------------------------------------------------
// Texts that cannot be checked

fn problem(text: &str) -> (InputProblem, Option<usize>, Option<usize>) {
    let r = check(text, &currents());
    assert_eq!(r.verdict, Verdict::Invalid, "{text:?}: {r:#?}");
    assert!(r.rows.is_empty() && r.trust.is_none());
    let e = r.error.unwrap();
    (e.problem, e.line, e.column)
}

#[test]
fn malformed_json_is_reported_with_line_and_column() {
    // The trailing comma is on line 4, column 23; serde_json stops on it or just after.
    let text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\",}\n  ]\n}";
    let (p, line, column) = problem(text);
    assert_eq!(p, InputProblem::TrailingComma);
    assert_eq!(line, Some(4));
    assert!(matches!(column, Some(23 | 24)), "{column:?}");

    let (p, line, _) = problem("{\n  Version: \"2012-10-17\"\n}");
    assert_eq!((p, line), (InputProblem::KeyNotString, Some(2)));
    let (p, line, _) = problem("{\"Statement\": []}\n{\"Statement\": []}");
    assert_eq!((p, line), (InputProblem::TrailingCharacters, Some(2)));
    let (p, line, _) = problem("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [");
    assert_eq!((p, line), (InputProblem::Truncated, Some(3)));
    let (p, _, _) = problem("Version: 2012-10-17");
    assert_eq!(p, InputProblem::Syntax);
    assert_eq!(problem("  \n\t ").0, InputProblem::Empty);
}

/// serde_json gives the last character read when a value gave up: the key or the value at
/// fault, or the closing brace of a statement (or document) that lacks an element.
#[test]
fn problems_inside_a_document_point_at_what_is_wrong() {
    let place = |text: &str| {
        let (_, line, column) = problem(text);
        (line.unwrap(), column.unwrap())
    };
    // The closing quote of the unknown key.
    assert_eq!(
        place("{\n  \"Version\": \"2012-10-17\",\n  \"Statment\": []\n}"),
        (3, 12)
    );
    // The closing quote of the wrong value.
    assert_eq!(
        place("{\"Statement\": [\n {\"Effect\": \"allow\", \"Action\": \"s3:*\"}]}"),
        (2, 19)
    );
    // The end of a wrong list, not the next line.
    assert_eq!(
        place("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": [\"s3:*\",\n 3\n ]\n}}"),
        (3, 2)
    );
    // The closing brace of the statement lacking `Action`, not the next statement.
    assert_eq!(
        place("{\"Statement\": [\n {\"Effect\": \"Allow\", \"Resource\": \"*\"\n },\n {}]}"),
        (3, 2)
    );
    assert_eq!(place("{\"Version\": \"2012-10-17\"\n}\n"), (2, 1));
    // The duplicate key.
    assert_eq!(
        place("{\"Statement\": {\"Effect\": \"Allow\", \"Effect\": 1}}"),
        (1, 42)
    );
}

#[test]
fn documents_that_are_not_iam_policies_are_reported_where_they_go_wrong() {
    let (p, line, _) = problem("{\n  \"Version\": \"2012-10-17\",\n  \"Statment\": []\n}");
    assert_eq!(
        p,
        InputProblem::UnknownElement {
            name: "Statment".into()
        }
    );
    assert_eq!(line, Some(3));
    let (p, line, _) = problem("{\"Version\": \"2012-10-17\", \"Statement\": [\n {\"Effect\": \"Allow\", \"Action\": \"s3:*\",\n  \"Resources\": \"*\"}]}");
    assert_eq!(
        p,
        InputProblem::UnknownElement {
            name: "Resources".into()
        }
    );
    assert_eq!(line, Some(3));
    let (p, line, _) = problem(
        "{\"Statement\": [\n {\"Effect\": \"allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}",
    );
    assert_eq!(
        (p, line),
        (
            InputProblem::Effect {
                found: "allow".into()
            },
            Some(2)
        )
    );
    assert_eq!(problem("[]").0, InputProblem::NotAnObject);
    assert_eq!(problem("\"policy\"").0, InputProblem::NotAnObject);
    assert_eq!(
        problem(r#"{"Version": "2013-01-01", "Statement": []}"#).0,
        InputProblem::Version {
            found: "2013-01-01".into()
        }
    );
    assert_eq!(
        problem(r#"{"Version": "2012-10-17"}"#).0,
        InputProblem::MissingElement {
            element: "Statement",
            statement: None
        }
    );
    assert_eq!(
        problem(r#"{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}, 3]}"#).0,
        InputProblem::StatementNotObject { statement: 2 }
    );
    assert_eq!(
        problem(r#"{"Statement": {"Effect": "Allow", "Action": "s3:*", "NotAction": "iam:*", "Resource": "*"}}"#).0,
        InputProblem::Exclusive { first: "Action", second: "NotAction", statement: 1 }
    );
    assert_eq!(
        problem(r#"{"Statement": {"Effect": "Allow", "Action": 3, "Resource": "*"}}"#).0,
        InputProblem::WrongType {
            element: "Action",
            expected: checker::Expected::TextOrList
        }
    );
    assert_eq!(
        problem(r#"{"Statement": {"Effect": "Allow", "Resource": "*"}}"#).0,
        InputProblem::MissingElement {
            element: "Action",
            statement: Some(1)
        }
    );
    assert_eq!(
        problem(r#"{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}, {"Effect": "Allow", "Action": "s3:*"}]}"#).0,
        InputProblem::MissingElement { element: "Resource", statement: Some(2) }
    );
    assert_eq!(
        problem(r#"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Effect": "Deny"}}"#).0,
        InputProblem::DuplicateElement { name: "Effect".into() }
    );
    assert_eq!(
        problem(r#"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}}"#).0,
        InputProblem::ResourcePolicy
    );
    assert_eq!(
        problem(r#"{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "123456789012"}, "Action": "sts:AssumeRole"}, {"Effect": "Allow", "Action": "sts:AssumeRole"}]}"#).0,
        InputProblem::TrustWithoutPrincipal { statement: 2 }
    );
    assert_eq!(
        problem(r#"{"Statement": {"Effect": "Allow", "Principal": {"Users": "x"}, "Action": "sts:AssumeRole"}}"#).0,
        InputProblem::Principal { statement: 1 }
    );
    assert_eq!(
        problem(r#"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": true}}}"#).0,
        InputProblem::Condition { statement: 1 }
    );
}

#[test]
fn the_bucket_must_be_valid_and_the_text_of_a_sensible_size() {
    let bad = config(Integration::Currents, AuthMethod::SecretKey, "Not A Bucket");
    let r = run(&facts_currents(), &bad);
    assert_eq!(r.verdict, Verdict::Invalid);
    assert_eq!(r.error.unwrap().problem, InputProblem::Bucket);
    // Whitespace does not count (IAM quotas); characters inside strings do.
    let spaced = format!("{}{}", " \n".repeat(100_000), facts_currents());
    assert_eq!(check(&spaced, &currents()).verdict, Verdict::Sufficient);
    let long = format!("{{\"Sid\": \"{}\"}}", " ".repeat(MAX_POLICY_CHARS));
    assert!(matches!(
        problem(&long).0,
        InputProblem::TooLong {
            max: MAX_POLICY_CHARS,
            ..
        }
    ));
}

#[test]
fn a_paste_past_the_reading_bound_is_more_than_the_bound_not_a_count() {
    let huge = format!("{{\"Sid\": \"{}\"}}", "a".repeat(1 << 20));
    let (p, _, _) = problem(&huge);
    assert_eq!(
        p,
        InputProblem::TooLong {
            max: MAX_POLICY_CHARS
        }
    );
    let m = checker::CheckError {
        problem: p,
        line: None,
        column: None,
    }
    .message();
    assert_eq!(m.id, "checker-error-too-long");
    assert_eq!(m.args.len(), 1, "only the bound, no count: {m:?}");
}

/// An identity policy that grants what Currents needs, with object resources added up to
/// `size` characters without whitespace.
fn identity_of_size(size: usize) -> String {
    let mut resources = vec![json!(format!("arn:aws:s3:::{BUCKET}/*"))];
    let text = |resources: &Vec<Value>| {
        policy(json!([
            { "Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
              "Resource": format!("arn:aws:s3:::{BUCKET}") },
            { "Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"],
              "Resource": resources },
        ]))
        .to_string()
    };
    // Each further resource adds `,"arn:aws:s3:::BUCKET/` + its tail + `"`.
    let per = 17 + BUCKET.len();
    let push = |resources: &mut Vec<Value>, tail: usize| {
        resources.push(json!(format!("arn:aws:s3:::{BUCKET}/{}", "x".repeat(tail))));
    };
    while size - text(&resources).len() > 2 * per + 40 {
        push(&mut resources, 40);
    }
    let missing = size - text(&resources).len();
    push(&mut resources, missing - per);
    let out = text(&resources);
    assert_eq!(
        out.len(),
        size,
        "no whitespace in serde_json's compact text"
    );
    out
}

#[test]
fn an_identity_policy_is_judged_by_the_managed_policy_quota() {
    // IAM quotas: a managed policy holds at most 6,144 characters without whitespace.
    let at = identity_of_size(MANAGED_POLICY_MAX_CHARS);
    assert_eq!(check(&at, &currents()).verdict, Verdict::Sufficient);
    // Whitespace does not count.
    let spaced = at.replace(',', ",\n    ");
    assert_eq!(check(&spaced, &currents()).verdict, Verdict::Sufficient);
    let over = identity_of_size(MANAGED_POLICY_MAX_CHARS + 1);
    assert_eq!(
        problem(&over).0,
        InputProblem::IdentityTooLong {
            chars: MANAGED_POLICY_MAX_CHARS + 1,
            max: MANAGED_POLICY_MAX_CHARS
        }
    );
    assert_eq!(MANAGED_POLICY_MAX_CHARS, 6_144);
}

#[test]
fn a_trust_policy_is_judged_by_the_trust_policy_quota() {
    // IAM quotas: a role trust policy holds at most 2,048 characters without whitespace.
    let with_ids = |n: usize| {
        let mut ids = vec![json!(EXTERNAL_ID)];
        ids.extend((0..n).map(|i| json!(format!("other-{i:04}"))));
        run_text(&trust(
            root(),
            Some(json!({ "StringEquals": { "sts:ExternalId": ids } })),
        ))
    };
    let fits = (0..)
        .take_while(|n| with_ids(*n).len() <= TRUST_POLICY_MAX_CHARS)
        .last()
        .unwrap();
    let r = check(&with_ids(fits), &role());
    assert_ne!(r.verdict, Verdict::Invalid, "{r:#?}");
    let over = with_ids(fits + 1);
    let r = check(&over, &role());
    assert_eq!(
        r.error.unwrap().problem,
        InputProblem::TrustTooLong {
            chars: over.len(),
            max: TRUST_POLICY_MAX_CHARS
        }
    );
    assert_eq!(TRUST_POLICY_MAX_CHARS, 2_048);
}

fn run_text(policy: &Value) -> String {
    policy.to_string()
}

// ---------------------------------------------------------------------------------------------
// Every message exists and formats, in English and French

fn bundle(locale: &str) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
    bundle.set_use_isolating(false);
    for file in braze_s3_companion::i18n::localizer::FTL_FILES {
        let path = format!("{}/locales/{locale}/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(path).unwrap();
        bundle
            .add_resource(FluentResource::try_new(source).unwrap())
            .unwrap();
    }
    bundle
}

fn format(bundle: &FluentBundle<FluentResource>, msg: &Msg) -> String {
    let message = bundle
        .get_message(msg.id)
        .unwrap_or_else(|| panic!("no message {}", msg.id));
    let mut args = FluentArgs::new();
    for (name, arg) in &msg.args {
        match arg {
            Arg::Text(t) => args.set(*name, FluentValue::from(t.clone())),
            Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            Arg::Placeholder(_) => args.set(*name, FluentValue::from("…")),
            Arg::Key(k) => args.set(*name, FluentValue::from(*k)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(message.value().unwrap(), Some(&args), &mut errors)
        .into_owned();
    assert!(errors.is_empty(), "{}: {errors:?}", msg.id);
    text
}

fn all_messages(result: &CheckResult, config: &Config) -> Vec<Msg> {
    let mut msgs = vec![result.headline(config)];
    msgs.extend(result.rows.iter().map(|r| r.access.message()));
    msgs.extend(result.warnings.iter().map(|w| w.message(config)));
    msgs.extend(result.notes.iter().map(|n| n.message()));
    if let Some(t) = &result.trust {
        msgs.push(t.principal_message(config));
        msgs.push(t.access.message());
        msgs.extend(t.external_id_message(config));
    }
    if let Some(e) = &result.error {
        msgs.push(e.message());
        msgs.extend(e.location());
    }
    msgs
}

#[test]
fn every_result_message_formats_in_english_and_french() {
    let cases: Vec<(Value, Config)> = vec![
        (facts_dashboard_secret_key(), dashboard()),
        (facts_currents(), dashboard()),
        (
            policy(
                json!([{ "Effect": "Allow", "Action": "*", "Resource": "*" },
                       { "Effect": "Allow", "NotAction": "s3:*", "NotResource": "*" },
                       { "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": o() },
                       { "Effect": "Deny", "Action": "s3:PutObject", "Resource": o(), "Condition": { "Bool": { "aws:SecureTransport": "false" } } }]),
            ),
            dashboard(),
        ),
        (trust(json!("*"), None), role()),
        (
            trust(
                json!({ "AWS": [format!("arn:aws:iam::{ACCOUNT}:role/x"), "999988887777"] }),
                external_id_equals("x"),
            ),
            role(),
        ),
    ];
    let en = bundle("en");
    let fr = bundle("fr");
    let mut ids = std::collections::BTreeSet::new();
    let mut check_all = |result: &CheckResult, config: &Config| {
        for msg in all_messages(result, config) {
            ids.insert(msg.id);
            let english = format(&en, &msg);
            let french = format(&fr, &msg);
            assert!(!english.is_empty() && !french.is_empty());
        }
    };
    for (doc, config) in &cases {
        check_all(&run(doc, config), config);
    }
    let mut hidden = currents();
    hidden.external_id.clear();
    check_all(&run(&trust(root(), None), &hidden), &hidden);
    for text in [
        "",
        "{",
        "[]",
        "{\"Version\": 1}",
        r#"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}"#,
    ] {
        check_all(&check(text, &currents()), &currents());
    }
    // The view's fixed labels (`checker_view`, built for the browser only).
    for msg in [
        msg!("checker-heading"),
        msg!("checker-intro"),
        msg!("checker-field-label"),
        msg!("checker-field-hint"),
        msg!("checker-column-action"),
    ] {
        format(&en, &msg);
        format(&fr, &msg);
    }
    assert!(ids.len() > 20, "{ids:?}");
}

#[test]
fn the_french_verdict_reads_naturally() {
    let fr = bundle("fr");
    let r = run(&facts_currents(), &dashboard());
    let text = format(&fr, &r.headline(&dashboard()));
    assert_eq!(
        text,
        "Une des 5 autorisations dont Braze a besoin sur braze-exports n'est pas accordée de façon certaine. Le test des identifiants de Braze échouerait probablement."
    );
}

// ---------------------------------------------------------------------------------------------
// Property tests: the policies the core generates

/// Valid bucket names by construction (docs/facts.md "Input rules"): lowercase letters, digits
/// and hyphens, with an optional dot between labels; starts with a letter so it never looks
/// like an IPv4 address; reserved prefixes and suffixes avoided.
fn bucket_name() -> impl Strategy<Value = String> {
    let label = "[a-z0-9]([a-z0-9-]{0,18}[a-z0-9])?";
    (
        "[a-z]",
        proptest::string::string_regex(label).unwrap(),
        proptest::option::of(proptest::string::string_regex(label).unwrap()),
    )
        .prop_map(|(first, a, b)| match b {
            Some(b) => format!("{first}{a}.{b}"),
            None => format!("{first}{a}"),
        })
        .prop_filter("reserved prefix or suffix", |name| {
            let reserved_prefix = ["xn--", "sthree-", "amzn-s3-demo-"]
                .iter()
                .any(|p| name.starts_with(p));
            let reserved_suffix = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"]
                .iter()
                .any(|s| name.ends_with(s));
            name.len() >= 3 && !reserved_prefix && !reserved_suffix
        })
}

fn integration() -> impl Strategy<Value = Integration> {
    prop::sample::select(Integration::ALL.to_vec())
}

fn auth() -> impl Strategy<Value = AuthMethod> {
    prop::sample::select(AuthMethod::ALL.to_vec())
}

/// The statements of a generated policy, as JSON values.
fn statements_of(kind: PolicyKind, bucket: &str, auth: AuthMethod) -> Vec<Value> {
    let doc: Value =
        serde_json::from_str(&to_pretty_json(&identity_policy(kind, bucket, auth))).unwrap();
    doc["Statement"].as_array().unwrap().clone()
}

fn text_of(statements: &[Value]) -> String {
    policy(Value::Array(statements.to_vec())).to_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn generated_policies_are_sufficient_and_every_statement_is_needed(
        bucket in bucket_name(), integration in integration(), auth in auth()
    ) {
        let config = config(integration, auth, &bucket);
        let single = match integration {
            Integration::Currents => PolicyKind::Currents,
            Integration::DashboardExport | Integration::MessageArchiving => {
                PolicyKind::DashboardExport
            }
            Integration::Both => PolicyKind::Combined,
        };
        let statements = statements_of(single, &bucket, auth);
        // Printed exactly as the guide prints it.
        let printed = to_pretty_json(&identity_policy(single, &bucket, auth));
        let r = check(&printed, &config);
        prop_assert_eq!(r.verdict, Verdict::Sufficient, "{:#?}", r);
        for i in 0..statements.len() {
            let mut fewer = statements.clone();
            fewer.remove(i);
            let r = check(&text_of(&fewer), &config);
            prop_assert_eq!(r.verdict, Verdict::Insufficient, "without statement {}", i + 1);
        }
    }

    #[test]
    fn both_separate_policies_merged_are_sufficient(bucket in bucket_name(), auth in auth()) {
        let config = config(Integration::Both, auth, &bucket);
        let mut merged = statements_of(PolicyKind::Currents, &bucket, auth);
        merged.extend(statements_of(PolicyKind::DashboardExport, &bucket, auth));
        prop_assert_eq!(merged.len(), 4);
        prop_assert_eq!(check(&text_of(&merged), &config).verdict, Verdict::Sufficient);
        // The two policies overlap by design (docs/facts.md): both carry the bucket statement, and
        // the dashboard object statement covers Currents' PutObject and GetObject. So only the
        // dashboard object statement (the one with DeleteObject) cannot be removed alone...
        for (i, expected) in [Verdict::Sufficient, Verdict::Sufficient, Verdict::Sufficient, Verdict::Insufficient].into_iter().enumerate() {
            let mut fewer = merged.clone();
            fewer.remove(i);
            prop_assert_eq!(check(&text_of(&fewer), &config).verdict, expected, "without statement {}", i + 1);
        }
        // ...and removing both bucket statements is.
        let objects_only = vec![merged[1].clone(), merged[3].clone()];
        prop_assert_eq!(check(&text_of(&objects_only), &config).verdict, Verdict::Insufficient);
        // Each separate policy alone does not cover both integrations.
        let currents_only = statements_of(PolicyKind::Currents, &bucket, auth);
        prop_assert_eq!(check(&text_of(&currents_only), &config).verdict, Verdict::Insufficient);
    }

    #[test]
    fn the_generated_trust_policy_passes_with_its_ids_only(
        account in "[0-9]{12}",
        external_id in "[A-Za-z0-9+=,.@:/_-]{2,64}",
        other in "[A-Za-z0-9+=,.@:/_-]{2,64}",
    ) {
        let mut config = config(Integration::Currents, AuthMethod::RoleArn, "bucket");
        config.braze_account = account.clone();
        config.external_id = external_id.clone();
        let printed = to_pretty_json(&trust_policy(&account, &external_id));
        let r = check(&printed, &config);
        prop_assert_eq!(r.verdict, Verdict::Sufficient, "{:#?}", r);
        prop_assume!(other != external_id);
        config.external_id = other;
        let r = check(&printed, &config);
        prop_assert_eq!(r.verdict, Verdict::Insufficient);
        let is_different = matches!(
            r.trust.unwrap().external_id,
            Some(ExternalIdFinding::Different { .. })
        );
        prop_assert!(is_different);
    }
}

// ---------------------------------------------------------------------------------------------
// Property tests: the checker against a naive evaluator written from the IAM documentation,
// which judges concrete keys one by one

/// An ARN wildcard match, recursive, fine for short strings (IAM docs, "Using wildcards in
/// resource ARNs"): `?` is one character, `*` any run; neither crosses a colon, except a `*`
/// that ends its segment (followed by a colon or the end).
fn naive_match(pattern: &[char], text: &[char]) -> bool {
    match (pattern.first(), text.first()) {
        (None, None) => true,
        (Some('*'), _) => {
            let spans = matches!(pattern.get(1), None | Some(':'));
            naive_match(&pattern[1..], text)
                || (!text.is_empty()
                    && (spans || text[0] != ':')
                    && naive_match(pattern, &text[1..]))
        }
        (Some('?'), Some(t)) if *t != ':' => naive_match(&pattern[1..], &text[1..]),
        (Some(p), Some(t)) if p == t && *p != '?' => naive_match(&pattern[1..], &text[1..]),
        _ => false,
    }
}

fn naive(pattern: &str, text: &str) -> bool {
    naive_match(
        &pattern.chars().collect::<Vec<_>>(),
        &text.chars().collect::<Vec<_>>(),
    )
}

#[derive(Clone, Debug)]
struct NaiveStatement {
    deny: bool,
    not_action: bool,
    actions: Vec<String>,
    not_resource: bool,
    resources: Vec<String>,
}

fn naive_access(statements: &[NaiveStatement], action: &str, resource: &str) -> &'static str {
    let applies = |s: &NaiveStatement| {
        let a = s.actions.iter().any(|p| {
            let (p, action) = (p.to_ascii_lowercase(), action.to_ascii_lowercase());
            naive_match(
                &p.replace(':', "\u{0}").chars().collect::<Vec<_>>(),
                &action.replace(':', "\u{0}").chars().collect::<Vec<_>>(),
            )
        });
        let r = s.resources.iter().any(|p| naive(p, resource));
        (a != s.not_action) && (r != s.not_resource)
    };
    if statements.iter().any(|s| s.deny && applies(s)) {
        "denied"
    } else if statements.iter().any(|s| !s.deny && applies(s)) {
        "granted"
    } else {
        "missing"
    }
}

/// The keys the naive evaluator tries for "every key under a prefix": every key of one to five
/// characters over `a b / x` (the patterns' alphabet and a character they do not name), every
/// key of up to four with a colon (ARN wildcards stop at colons), and the adversarial shapes
/// of issue 19 (wildcard characters in keys, Currents' and message archiving's real key shapes,
/// a long key, and keys of the fixed patterns' folder `currents/`). The other generated
/// patterns have at most five characters after the bucket's `/`, so every kind of key they can
/// tell apart has a representative here.
fn sample_keys() -> Vec<String> {
    fn words(alphabet: &[char], max: usize) -> Vec<String> {
        let mut keys: Vec<String> = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..max {
            keys = keys
                .iter()
                .flat_map(|k| alphabet.iter().map(move |c| format!("{k}{c}")))
                .collect();
            all.extend(keys.iter().cloned());
        }
        all
    }
    let mut all = words(&['a', 'b', '/', 'x'], 5);
    all.extend(
        words(&['a', 'b', '/', 'x', ':'], 4)
            .into_iter()
            .filter(|k| k.contains(':')),
    );
    all.extend(
        [
            "?",
            "*",
            "a*",
            "*?",
            "currents/",
            "currents/x",
            "dataexport.prod-01.S3.integration.1/event_type=x/date=2026-01-01-00/1/z/f+0+1.avro",
            "sent_messages/email/819baa08/ee96/651f.json.gz",
            &"ab/".repeat(40),
        ]
        .map(str::to_owned),
    );
    all
}

/// The naive answer for one of Braze's requests: the worst answer over its concrete keys.
/// The key a verdict names as left out or denied, if any.
fn witness(access: &Access) -> Option<&str> {
    match access {
        Access::MissingFor { example } | Access::DeniedFor { example, .. } => Some(example),
        _ => None,
    }
}

/// `witness` is the key the checker gave as left out, if any: judged here like the sample keys,
/// so that a key the samples do not reach (a colon after four characters) is still checked,
/// and a witness the naive evaluator finds granted fails the comparison.
fn naive_request(
    statements: &[NaiveStatement],
    request: &checker::Requirement,
    witness: Option<&str>,
) -> &'static str {
    let mut arns: Vec<String> = match &request.scope {
        braze_s3_companion::core::iam::Scope::One => vec![request.resource.clone()],
        braze_s3_companion::core::iam::Scope::Keys { prefix } => sample_keys()
            .into_iter()
            .map(|key| format!("{prefix}{key}"))
            .collect(),
    };
    arns.extend(witness.map(str::to_owned));
    let mut worst = "granted";
    for arn in &arns {
        match naive_access(statements, &request.action, arn) {
            "denied" => return "denied",
            "missing" => worst = "missing",
            _ => {}
        }
    }
    worst
}

/// Resource patterns over a small alphabet: the bucket, then up to four of `a b / * ?`; and a
/// few fixed shapes (other buckets, every resource, the default Currents folder).
fn resource_pattern() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ab/*?]{0,4}".prop_map(|suffix| format!("arn:aws:s3:::braze-exports{suffix}")),
        "[ab/*?]{0,3}".prop_map(|suffix| format!("arn:aws:s3:::braze-exports/a/{suffix}")),
        prop::sample::select(vec![
            "*",
            "arn:aws:s3:::*",
            "arn:aws:s3:::*/*",
            "arn:aws:s3:::other",
            "arn:aws:s3:::braze-?xports/*",
            "arn:aws:s3:::braze-exports/currents/*",
            "arn:aws:s3*",
        ])
        .prop_map(str::to_owned),
    ]
}

fn naive_statement() -> impl Strategy<Value = NaiveStatement> {
    let actions = prop::collection::vec(
        prop::sample::select(vec![
            "s3:*",
            "S3:GetObject",
            "s3:get*",
            "s3:?utObject",
            "s3:ListBucket",
            "s3:GetBucketLocation",
            "s3:Delete*",
            "*",
            "iam:*",
            "s3:*Object",
        ]),
        1..4,
    );
    let resources = prop::collection::vec(resource_pattern(), 1..4);
    (
        any::<bool>(),
        any::<bool>(),
        actions,
        any::<bool>(),
        resources,
    )
        .prop_map(
            |(deny, not_action, actions, not_resource, resources)| NaiveStatement {
                deny,
                not_action,
                actions: actions.into_iter().map(str::to_owned).collect(),
                not_resource,
                resources,
            },
        )
}

fn to_json(s: &NaiveStatement) -> Value {
    let mut map = BTreeMap::new();
    map.insert("Effect", json!(if s.deny { "Deny" } else { "Allow" }));
    map.insert(
        if s.not_action { "NotAction" } else { "Action" },
        json!(s.actions),
    );
    map.insert(
        if s.not_resource {
            "NotResource"
        } else {
            "Resource"
        },
        json!(s.resources),
    );
    json!(map)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Issue 19: the evaluator's verdict on "every key under the folder" (pattern intersection
    /// and containment, no key listed) equals the verdict of checking concrete keys one by one.
    #[test]
    fn the_checker_agrees_with_a_naive_evaluator_of_concrete_keys_in_any_statement_order(
        statements in prop::collection::vec(naive_statement(), 0..5),
        integration in integration(),
        rotate in 0usize..5,
    ) {
        let mut config = config(integration, AuthMethod::SecretKey, BUCKET);
        config.folder = "a".into();
        let mut docs: Vec<Value> = statements.iter().map(to_json).collect();
        let r = check(&policy(Value::Array(docs.clone())).to_string(), &config);
        let expected: Vec<&str> = required(&config)
            .iter()
            .zip(&r.rows)
            .map(|(req, row)| naive_request(&statements, req, witness(&row.access)))
            .collect();
        prop_assert_eq!(keys(&r), expected, "{:#?}", r.rows);
        if !docs.is_empty() {
            let k = rotate % docs.len();
            docs.rotate_left(k);
            let rotated = check(&policy(Value::Array(docs)).to_string(), &config);
            prop_assert_eq!(keys(&rotated), keys(&r));
        }
    }
}
