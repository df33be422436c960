//! Every generated policy parsed back with serde_json and compared, as data, to the policy
//! docs/facts.md states; the combined policy checked to grant the union of both integrations; the
//! printed text checked for Braze's layout (4-space indentation, key order); hostile bucket
//! strings checked to still give valid JSON. Expected documents come from docs/facts.md, through
//! the shared fixture `tests/fixtures/braze-policies.json`.

use braze_s3_companion::core::config::{AuthMethod, Config, Integration, PolicyKind};
use braze_s3_companion::core::guide;
use braze_s3_companion::core::policy::{self, identity_policy, to_pretty_json, trust_policy};
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::snippets::{self, SnippetBody, SnippetId};
use serde_json::Value;

mod fixtures;

const BUCKET: &str = "braze-exports-2024";
const ACCOUNT: &str = "123456789012";
const EXTERNAL_ID: &str = "braze-ext_id:1/2=3";

/// Every snippet the guide shows for this case, in guide order.
fn shown_snippets(config: &Config) -> Vec<SnippetId> {
    guide::build(config, &Report::new(config))
        .snippets()
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The documents of docs/facts.md, read from the shared fixture

fn facts_currents(bucket: &str) -> Value {
    fixtures::identity_policy("currents", bucket)
}

fn facts_dashboard_secret_key(bucket: &str) -> Value {
    fixtures::identity_policy("dashboard-export/secret-key", bucket)
}

fn facts_dashboard_role(bucket: &str) -> Value {
    fixtures::identity_policy("dashboard-export/role-arn", bucket)
}

fn facts_dashboard(bucket: &str, auth: AuthMethod) -> Value {
    match auth {
        AuthMethod::SecretKey => facts_dashboard_secret_key(bucket),
        AuthMethod::RoleArn => facts_dashboard_role(bucket),
    }
}

fn facts_trust(account: &str, external_id: &str) -> Value {
    fixtures::trust_policy(account, external_id)
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// IAM reads `"Action": "x"` and `"Action": ["x"]` alike (same for `Resource`): compare both
/// forms as the one-element list. Nothing else is normalized.
fn normalize(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = match (k.as_str(), v) {
                        ("Action" | "NotAction" | "Resource" | "NotResource", Value::String(_)) => {
                            Value::Array(vec![v.clone()])
                        }
                        _ => normalize(v),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(normalize).collect()),
        other => other.clone(),
    }
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text)
        .unwrap_or_else(|e| panic!("generated text is not valid JSON ({e}):\n{text}"))
}

fn printed_identity(kind: PolicyKind, bucket: &str, auth: AuthMethod) -> String {
    to_pretty_json(&identity_policy(kind, bucket, auth))
}

#[track_caller]
fn assert_same_policy(actual_text: &str, expected: &Value) {
    let actual = parse(actual_text);
    assert_eq!(
        normalize(&actual),
        normalize(expected),
        "generated:\n{actual_text}\nexpected:\n{expected:#}"
    );
}

fn config(integration: Integration, auth: AuthMethod) -> Config {
    Config {
        integration,
        auth,
        bucket: BUCKET.to_owned(),
        braze_account: ACCOUNT.to_owned(),
        external_id: EXTERNAL_ID.to_owned(),
        ..Config::default()
    }
}

/// The text the reader copies for snippet `id` in this case.
fn copied(id: SnippetId, config: &Config) -> String {
    match snippets::build(id, config, &Report::new(config)) {
        SnippetBody::Ready { text, .. } => text,
        other => panic!("{id:?} should be ready for {config:?}, got {other:?}"),
    }
}

/// A list-or-string IAM field as a list of strings.
fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        None => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().expect("strings only").to_owned())
            .collect(),
        Some(other) => panic!("unexpected IAM value {other}"),
    }
}

/// Every (action, resource) pair the Allow statements of `policy` list, literally.
fn allowed_pairs(policy: &Value) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for statement in policy["Statement"].as_array().expect("Statement is a list") {
        if statement["Effect"] != "Allow" {
            continue;
        }
        for action in strings(statement.get("Action")) {
            for resource in strings(statement.get("Resource")) {
                pairs.push((action.clone(), resource));
            }
        }
    }
    pairs
}

// ---------------------------------------------------------------------------------------------
// Each policy of docs/facts.md, as data

#[test]
fn currents_policy_secret_key_matches_facts() {
    let text = printed_identity(PolicyKind::Currents, BUCKET, AuthMethod::SecretKey);
    assert_same_policy(&text, &facts_currents(BUCKET));
}

#[test]
fn currents_policy_role_arn_matches_facts() {
    let text = printed_identity(PolicyKind::Currents, BUCKET, AuthMethod::RoleArn);
    assert_same_policy(&text, &facts_currents(BUCKET));
}

#[test]
fn dashboard_export_policy_secret_key_matches_facts() {
    let text = printed_identity(PolicyKind::DashboardExport, BUCKET, AuthMethod::SecretKey);
    assert_same_policy(&text, &facts_dashboard_secret_key(BUCKET));
}

#[test]
fn dashboard_export_policy_role_arn_matches_facts() {
    let text = printed_identity(PolicyKind::DashboardExport, BUCKET, AuthMethod::RoleArn);
    assert_same_policy(&text, &facts_dashboard_role(BUCKET));
}

#[test]
fn trust_policy_matches_facts() {
    let text = to_pretty_json(&trust_policy(ACCOUNT, EXTERNAL_ID));
    assert_same_policy(&text, &facts_trust(ACCOUNT, EXTERNAL_ID));
}

#[test]
fn trust_policy_has_no_resource() {
    // A trust (resource) policy names a principal and no Resource.
    let value = parse(&to_pretty_json(&trust_policy(ACCOUNT, EXTERNAL_ID)));
    for statement in value["Statement"].as_array().unwrap() {
        assert!(statement.get("Resource").is_none(), "{statement}");
    }
}

#[test]
fn dotted_bucket_policies_match_facts() {
    // Dots are allowed (with a warning): the policy must carry the name as typed.
    let bucket = "braze.exports.example.com";
    for auth in AuthMethod::ALL {
        assert_same_policy(
            &printed_identity(PolicyKind::Currents, bucket, auth),
            &facts_currents(bucket),
        );
        assert_same_policy(
            &printed_identity(PolicyKind::DashboardExport, bucket, auth),
            &facts_dashboard(bucket, auth),
        );
    }
}

#[test]
fn copied_snippets_are_the_facts_policies() {
    // What the copy button copies, for every case, is the document docs/facts.md states.
    for auth in AuthMethod::ALL {
        for integration in Integration::ALL {
            let config = config(integration, auth);
            if integration.has_currents() {
                assert_same_policy(
                    &copied(SnippetId::PolicyCurrents, &config),
                    &facts_currents(BUCKET),
                );
            }
            if integration.has_dashboard_export() {
                assert_same_policy(
                    &copied(SnippetId::PolicyDashboardExport, &config),
                    &facts_dashboard(BUCKET, auth),
                );
            }
            if auth == AuthMethod::RoleArn {
                assert_same_policy(
                    &copied(SnippetId::TrustPolicy, &config),
                    &facts_trust(ACCOUNT, EXTERNAL_ID),
                );
            }
        }
    }
}

#[test]
fn policy_snippets_offered_per_case() {
    let policies = |integration| {
        shown_snippets(&config(integration, AuthMethod::SecretKey))
            .into_iter()
            .map(SnippetId::key)
            .filter(|key| key.starts_with("policy-"))
            .collect::<Vec<_>>()
    };
    assert_eq!(policies(Integration::Currents), ["policy-currents"]);
    assert_eq!(
        policies(Integration::DashboardExport),
        ["policy-dashboard-export"]
    );
    assert_eq!(
        policies(Integration::Both),
        [
            "policy-currents",
            "policy-dashboard-export",
            "policy-combined"
        ]
    );
    for integration in Integration::ALL {
        let role = shown_snippets(&config(integration, AuthMethod::RoleArn));
        assert!(role.contains(&SnippetId::TrustPolicy), "{integration:?}");
        let secret = shown_snippets(&config(integration, AuthMethod::SecretKey));
        assert!(!secret.contains(&SnippetId::TrustPolicy), "{integration:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The combined policy (one bucket, both integrations)

#[test]
fn combined_policy_grants_the_union_of_both_integrations() {
    for auth in AuthMethod::ALL {
        let combined = parse(&printed_identity(PolicyKind::Combined, BUCKET, auth));
        assert_eq!(combined["Version"], "2012-10-17");
        let granted = allowed_pairs(&combined);
        for (name, single) in [
            ("currents", facts_currents(BUCKET)),
            ("dashboard-export", facts_dashboard(BUCKET, auth)),
        ] {
            for pair in allowed_pairs(&single) {
                assert!(
                    granted.contains(&pair),
                    "{auth:?}: the combined policy lacks {pair:?} of the {name} policy"
                );
            }
        }
    }
}

#[test]
fn combined_policy_grants_nothing_outside_the_two_policies() {
    // No action and no resource that neither integration's policy names; no Deny.
    for auth in AuthMethod::ALL {
        let combined = parse(&printed_identity(PolicyKind::Combined, BUCKET, auth));
        let both: Vec<(String, String)> = [facts_currents(BUCKET), facts_dashboard(BUCKET, auth)]
            .iter()
            .flat_map(allowed_pairs)
            .collect();
        for statement in combined["Statement"].as_array().unwrap() {
            assert_eq!(statement["Effect"], "Allow");
            for action in strings(statement.get("Action")) {
                assert!(both.iter().any(|(a, _)| *a == action), "{auth:?}: {action}");
            }
            for resource in strings(statement.get("Resource")) {
                assert!(
                    both.iter().any(|(_, r)| *r == resource),
                    "{auth:?}: {resource}"
                );
            }
        }
    }
}

#[test]
fn combined_snippet_grants_the_union_for_the_both_case() {
    for auth in AuthMethod::ALL {
        let config = config(Integration::Both, auth);
        let combined = parse(&copied(SnippetId::PolicyCombined, &config));
        let granted = allowed_pairs(&combined);
        for single in [facts_currents(BUCKET), facts_dashboard(BUCKET, auth)] {
            for pair in allowed_pairs(&single) {
                assert!(granted.contains(&pair), "{auth:?}: missing {pair:?}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The printed text

/// Walks JSON text outside strings: yields each significant byte with the string state known.
struct Scan<'a> {
    bytes: &'a [u8],
}

impl Scan<'_> {
    /// For each line, the nesting depth at its start (closing brackets at the start of the
    /// line counted as already closed).
    fn line_depths(&self) -> Vec<(usize, usize, String)> {
        let text = std::str::from_utf8(self.bytes).unwrap();
        let mut depth: usize = 0;
        let mut in_string = false;
        let mut escaped = false;
        let mut out = Vec::new();
        for line in text.split('\n') {
            let trimmed = line.trim_start_matches(' ');
            let indent = line.len() - trimmed.len();
            let closes_first = !in_string && (trimmed.starts_with('}') || trimmed.starts_with(']'));
            let expected = if closes_first {
                depth.saturating_sub(1)
            } else {
                depth
            };
            out.push((indent, expected, line.to_owned()));
            for b in line.bytes() {
                if in_string {
                    match (escaped, b) {
                        (true, _) => escaped = false,
                        (false, b'\\') => escaped = true,
                        (false, b'"') => in_string = false,
                        _ => {}
                    }
                } else {
                    match b {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => depth -= 1,
                        _ => {}
                    }
                }
            }
            assert!(!in_string, "a string spans lines: {line:?}");
        }
        out
    }

    /// The keys of each object, in printed order, innermost objects first.
    fn object_keys(&self) -> Vec<Vec<String>> {
        let mut stack: Vec<Vec<String>> = Vec::new();
        let mut done = Vec::new();
        let mut i = 0;
        let bytes = self.bytes;
        while i < bytes.len() {
            match bytes[i] {
                b'{' => stack.push(Vec::new()),
                b'}' => done.push(stack.pop().expect("balanced")),
                b'"' => {
                    let start = i + 1;
                    i += 1;
                    while bytes[i] != b'"' {
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    let s = std::str::from_utf8(&bytes[start..i]).unwrap().to_owned();
                    let mut j = i + 1;
                    while bytes[j] == b' ' {
                        j += 1;
                    }
                    if bytes[j] == b':' {
                        stack.last_mut().expect("key inside an object").push(s);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        done
    }
}

fn all_printed() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for auth in AuthMethod::ALL {
        for kind in [
            PolicyKind::Currents,
            PolicyKind::DashboardExport,
            PolicyKind::Combined,
        ] {
            out.push((
                format!("{kind:?}/{auth:?}"),
                printed_identity(kind, BUCKET, auth),
            ));
        }
    }
    out.push((
        "trust".to_owned(),
        to_pretty_json(&trust_policy(ACCOUNT, EXTERNAL_ID)),
    ));
    out.push((
        "sse bucket policy".to_owned(),
        to_pretty_json(&policy::sse_bucket_policy(BUCKET)),
    ));
    out
}

#[test]
fn printed_with_four_space_indentation() {
    for (name, text) in all_printed() {
        assert!(!text.contains('\t'), "{name}: no tabs");
        assert!(text.starts_with("{\n    \"Version\""), "{name}:\n{text}");
        for (indent, depth, line) in (Scan {
            bytes: text.as_bytes(),
        })
        .line_depths()
        {
            assert_eq!(
                indent,
                4 * depth,
                "{name}: line {line:?} should be indented by 4 × {depth}\n{text}"
            );
        }
        // Nested at least two levels: the indentation was really exercised.
        assert!(
            text.lines().any(|l| l.starts_with("            \"")),
            "{name}:\n{text}"
        );
    }
}

#[test]
fn printed_keys_in_the_seed_order() {
    for (name, text) in all_printed() {
        let objects = Scan {
            bytes: text.as_bytes(),
        }
        .object_keys();
        let top = objects.last().expect("a top-level object");
        assert_eq!(
            top,
            &["Version".to_owned(), "Statement".to_owned()],
            "{name}: top-level keys"
        );
        let position = |keys: &[String], key: &str| keys.iter().position(|k| k == key);
        let mut statements = 0;
        for keys in &objects {
            let (Some(effect), Some(action)) = (position(keys, "Effect"), position(keys, "Action"))
            else {
                continue;
            };
            statements += 1;
            assert!(effect < action, "{name}: Effect before Action in {keys:?}");
            if let Some(resource) = position(keys, "Resource") {
                assert!(
                    action < resource,
                    "{name}: Action before Resource in {keys:?}"
                );
            }
        }
        assert!(statements > 0, "{name}: statements found");
    }
    // The same order reads straight off the text of a simple policy.
    let text = printed_identity(PolicyKind::Currents, BUCKET, AuthMethod::SecretKey);
    let at = |needle: &str| text.find(needle).unwrap();
    assert!(at("\"Version\"") < at("\"Statement\""));
    assert!(at("\"Effect\"") < at("\"Action\""));
    assert!(at("\"Action\"") < at("\"Resource\""));
}

#[test]
fn printed_version_is_2012_10_17() {
    for (name, text) in all_printed() {
        assert_eq!(parse(&text)["Version"], "2012-10-17", "{name}");
    }
}

// ---------------------------------------------------------------------------------------------
// Hostile input fed straight to the generators

const HOSTILE: [&str; 12] = [
    "a\"b",
    "a\\b",
    "a\nb",
    "\"]}],\"Statement\":[{\"Effect\":\"Deny",
    "\\\"",
    "\\",
    "\u{0}\u{1}\u{1f}",
    "\u{2028}\u{2029}",
    "bücket 名前 🚀",
    "}{][,:",
    "\r\n\t",
    "",
];

#[test]
fn hostile_bucket_strings_still_give_valid_json() {
    for bucket in HOSTILE {
        for auth in AuthMethod::ALL {
            assert_same_policy(
                &printed_identity(PolicyKind::Currents, bucket, auth),
                &facts_currents(bucket),
            );
            assert_same_policy(
                &printed_identity(PolicyKind::DashboardExport, bucket, auth),
                &facts_dashboard(bucket, auth),
            );
            let combined = printed_identity(PolicyKind::Combined, bucket, auth);
            let value = parse(&combined);
            assert_eq!(
                value["Statement"].as_array().map(Vec::len),
                Some(2),
                "{bucket:?}: no injected statement\n{combined}"
            );
            for statement in value["Statement"].as_array().unwrap() {
                assert_eq!(statement["Effect"], "Allow", "{bucket:?}");
            }
        }
    }
}

#[test]
fn hostile_trust_policy_values_still_give_valid_json() {
    for value in HOSTILE {
        assert_same_policy(
            &to_pretty_json(&trust_policy(value, value)),
            &facts_trust(value, value),
        );
    }
}

#[test]
fn hostile_bucket_in_the_sse_bucket_policy_still_gives_valid_json() {
    for bucket in HOSTILE {
        let text = to_pretty_json(&policy::sse_bucket_policy(bucket));
        let value = parse(&text);
        for statement in value["Statement"].as_array().unwrap() {
            assert_eq!(
                strings(statement.get("Resource")),
                [format!("arn:aws:s3:::{bucket}/*")],
                "{bucket:?}\n{text}"
            );
        }
    }
}

#[test]
fn hostile_bucket_printed_text_keeps_its_layout() {
    for bucket in HOSTILE {
        let text = printed_identity(PolicyKind::Currents, bucket, AuthMethod::SecretKey);
        // One JSON line per structural line: a newline in the name never breaks a line.
        assert_eq!(
            text.lines().count(),
            printed_identity(PolicyKind::Currents, BUCKET, AuthMethod::SecretKey)
                .lines()
                .count(),
            "{bucket:?}\n{text}"
        );
    }
}

#[test]
fn huge_bucket_string_still_gives_valid_json() {
    let bucket = "x\"\\".repeat(50_000);
    let text = printed_identity(PolicyKind::DashboardExport, &bucket, AuthMethod::SecretKey);
    assert_same_policy(&text, &facts_dashboard_secret_key(&bucket));
}

#[test]
fn hostile_bucket_is_never_offered_for_copying() {
    for bucket in HOSTILE {
        for integration in Integration::ALL {
            let config = Config {
                bucket: bucket.to_owned(),
                ..config(integration, AuthMethod::SecretKey)
            };
            let report = Report::new(&config);
            for id in shown_snippets(&config) {
                let body = snippets::build(id, &config, &report);
                // An empty bucket shows the document with its placeholder, never offered
                // for copying; any other of these values shows no document at all.
                let expected = if bucket.is_empty() && id.output().shows_placeholders() {
                    matches!(body, SnippetBody::Placeholder { .. })
                } else {
                    matches!(body, SnippetBody::Waiting { .. })
                };
                assert!(expected, "{id:?} for bucket {bucket:?}: {body:?}");
            }
        }
    }
}

#[test]
fn arn_helpers_follow_aws_format() {
    assert_eq!(policy::bucket_arn(BUCKET), format!("arn:aws:s3:::{BUCKET}"));
    assert_eq!(
        policy::objects_arn(BUCKET),
        format!("arn:aws:s3:::{BUCKET}/*")
    );
}

// ---------------------------------------------------------------------------------------------
// The optional SSE bucket policy (docs/facts.md: the AES-256 option sends the
// `x-amz-server-side-encryption` header, SSE-S3)

#[test]
fn sse_bucket_policy_only_refuses_uploads_without_sse_s3() {
    let value = parse(&to_pretty_json(&policy::sse_bucket_policy(BUCKET)));
    assert_eq!(value["Version"], "2012-10-17");
    let statements = value["Statement"].as_array().unwrap();
    assert!(!statements.is_empty());
    for statement in statements {
        // A bucket policy that only takes away: it never grants anything to anyone.
        assert_eq!(statement["Effect"], "Deny", "{statement}");
        assert_eq!(strings(statement.get("Action")), ["s3:PutObject"]);
        assert_eq!(
            strings(statement.get("Resource")),
            [format!("arn:aws:s3:::{BUCKET}/*")]
        );
        let conditions = statement["Condition"]
            .as_object()
            .expect("conditional deny");
        for (_, keys) in conditions {
            assert!(
                keys.get("s3:x-amz-server-side-encryption").is_some(),
                "{statement}"
            );
        }
    }
    // SSE-S3 is the AES256 value; SSE-KMS (`aws:kms`) is not supported by Braze.
    let text = to_pretty_json(&policy::sse_bucket_policy(BUCKET));
    assert!(text.contains("\"AES256\""));
    assert!(!text.contains("aws:kms"));
}
