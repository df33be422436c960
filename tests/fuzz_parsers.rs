//! Every parser of untrusted input, fed arbitrary and hostile input up to 1 MB: a pasted policy
//! (`checker::check`), the URL query and `data-*` presets (`query::apply` / `parse`), stored
//! state (`persist::decode` / `restore`), language tags (`Locale::from_tag`, `negotiate`).
//! None may panic, and none may take long: each call is timed.

use std::time::{Duration, Instant};

use braze_s3_companion::core::checker::{self, Verdict};
use braze_s3_companion::core::config::{AuthMethod, Config, Integration};
use braze_s3_companion::core::persist;
use braze_s3_companion::core::query;
use braze_s3_companion::i18n::{negotiate, Locale};
use proptest::prelude::*;
use serde_json::{json, Value};

const MB: usize = 1024 * 1024;
/// Generous for a debug build on a shared machine; a hang or an exponential blow-up is far
/// beyond it.
const BUDGET: Duration = Duration::from_secs(3);

fn config() -> Config {
    Config {
        integration: Integration::Both,
        auth: AuthMethod::RoleArn,
        bucket: "braze-exports".into(),
        braze_account: "123456789012".into(),
        external_id: "braze-ext".into(),
        ..Config::default()
    }
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let spent = start.elapsed();
    assert!(spent < BUDGET, "{what} took {spent:?}");
    out
}

/// Checks a text, and that the result is consistent: an error exactly when invalid, rows
/// only for identity policies.
fn check(text: &str) -> checker::CheckResult {
    let result = timed("check", || checker::check(text, &config()));
    assert_eq!(
        result.error.is_some(),
        result.verdict == Verdict::Invalid,
        "{result:?}"
    );
    if let Some(error) = &result.error {
        // A position, when given, is inside the text.
        if let Some(line) = error.line {
            assert!(line <= text.lines().count() + 1, "line {line}");
        }
    }
    result
}

/// A policy with an identity part and a trust part (itself invalid: mixed), so that edits
/// reach every branch of the reader.
fn valid_policy() -> String {
    json!({
        "Version": "2012-10-17",
        "Statement": [
            { "Sid": "Bucket", "Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"], "Resource": "arn:aws:s3:::braze-exports" },
            { "Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"], "Resource": ["arn:aws:s3:::braze-exports/*"],
              "Condition": { "Bool": { "aws:SecureTransport": "true" } } },
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::123456789012:root" }, "Action": "sts:AssumeRole",
              "Condition": { "StringEquals": { "sts:ExternalId": "braze-ext" } } }
        ]
    })
    .to_string()
}

/// JSON values shaped like policies: IAM's element names, wildcards, nesting.
fn policy_like() -> impl Strategy<Value = Value> {
    let word = prop::sample::select(vec![
        "Version",
        "Statement",
        "Effect",
        "Allow",
        "Deny",
        "Action",
        "NotAction",
        "Resource",
        "NotResource",
        "Principal",
        "NotPrincipal",
        "Condition",
        "Sid",
        "AWS",
        "Service",
        "2012-10-17",
        "2008-10-17",
        "*",
        "s3:*",
        "sts:AssumeRole",
        "arn:aws:s3:::braze-exports",
        "arn:aws:s3:::braze-exports/*",
        "arn:aws:s3:::*",
        "${aws:username}",
        "${*}",
        "?",
        "StringEquals",
        "StringLike",
        "sts:ExternalId",
        "braze-ext",
        "arn:aws:iam::123456789012:root",
    ])
    .prop_map(str::to_owned);
    let leaf = prop_oneof![
        word.clone().prop_map(Value::String),
        any::<String>().prop_map(Value::String),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        Just(Value::Null),
    ];
    leaf.prop_recursive(6, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((word.clone(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// Edits: (position fraction, kind, character).
fn mutate(text: &str, edits: &[(f64, u8, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, kind, c) in edits {
        let i = ((chars.len() as f64) * at) as usize;
        let i = i.min(chars.len());
        match kind % 3 {
            0 => chars.insert(i, c),
            1 if i < chars.len() => {
                chars.remove(i);
            }
            _ if i < chars.len() => chars[i] = c,
            _ => chars.push(c),
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn check_survives_any_text(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn check_survives_policy_shaped_json(value in policy_like()) {
        check(&value.to_string());
        check(&serde_json::to_string_pretty(&value).unwrap());
    }

    #[test]
    fn check_survives_edits_of_a_valid_policy(
        edits in prop::collection::vec((0.0f64..1.0, any::<u8>(), any::<char>()), 1..8)
    ) {
        check(&mutate(&valid_policy(), &edits));
    }

    #[test]
    fn check_survives_hostile_wildcards(
        stars in 1usize..400, letters in "[a-z?*]{0,8}", tail in "[a-z]{0,3}"
    ) {
        // `*a*a*a…b`-shaped patterns in every place a pattern goes.
        let pattern = format!("arn:aws:s3:::{}{}", format!("*{letters}").repeat(stars), tail);
        let action = format!("s3:{}", format!("*{letters}").repeat(stars));
        let doc = json!({ "Version": "2012-10-17", "Statement": [
            { "Effect": "Allow", "Action": [action.clone()], "Resource": [pattern.clone()] },
            { "Effect": "Deny", "NotAction": [action], "NotResource": [pattern.clone()] },
        ]});
        check(&doc.to_string());
        let trust = json!({ "Statement": { "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole",
            "Condition": { "StringLike": { "sts:ExternalId": pattern } } } });
        check(&trust.to_string());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn check_survives_a_megabyte_of_anything(fragment in any::<String>(), filler in 0u8..4) {
        let unit = match filler {
            0 => fragment.clone(),
            1 => format!("[{fragment}"),
            2 => format!("{{\"{fragment}\": "),
            _ => format!("\"*{fragment}?\","),
        };
        let unit = if unit.is_empty() { "x".to_owned() } else { unit };
        let mut text = String::with_capacity(MB + unit.len());
        while text.len() < MB {
            text.push_str(&unit);
        }
        check(&text);
    }
}

#[test]
fn check_survives_megabyte_shapes() {
    let deep_arrays = "[".repeat(MB);
    let deep_objects = "{\"Statement\":".repeat(MB / 13);
    let long_string = format!("\"{}\"", "a".repeat(MB));
    let spaces_then_policy = format!("{}{}", " ".repeat(MB), valid_policy());
    let many_statements = {
        let one = r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"},"#;
        format!(
            "{{\"Statement\":[{}{{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}}]}}",
            one.repeat(MB / one.len())
        )
    };
    // Under the size cap of a managed policy: the longest patterns one could hold, all wildcards.
    let capped_pattern = format!(
        "{{\"Statement\":{{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::{}b\"}}}}",
        "*a".repeat(checker::MANAGED_POLICY_MAX_CHARS / 2 - 60)
    );
    let capped_literal = format!(
        "{{\"Statement\":{{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::{}\"}}}}",
        "ab?".repeat(checker::MANAGED_POLICY_MAX_CHARS / 3 - 40)
    );
    let whitespace_in_strings = format!(
        "{{\"Statement\":{{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::{}\"}}}}",
        " ".repeat(MB)
    );
    for (name, text) in [
        ("deep arrays", deep_arrays),
        ("deep objects", deep_objects),
        ("long string", long_string),
        ("spaces then policy", spaces_then_policy),
        ("many statements", many_statements),
        ("capped pattern", capped_pattern),
        ("capped literal", capped_literal),
        ("whitespace in strings", whitespace_in_strings),
    ] {
        let result = timed(name, || checker::check(&text, &config()));
        assert!(
            result.verdict == Verdict::Invalid || result.error.is_none(),
            "{name}"
        );
    }
    // A megabyte of whitespace around a valid policy is still that policy.
    let identity = r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#;
    let padded = format!("{}{identity}{}", " \n".repeat(MB / 4), "\t".repeat(MB / 2));
    let result = timed("padded", || checker::check(&padded, &config()));
    assert_eq!(result.verdict, Verdict::Sufficient);
}

// ---------------------------------------------------------------------------------------------
// URL query and data-* presets

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(query::KEYS.to_vec()).prop_map(str::to_owned),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn query_survives_any_pairs(pairs in prop::collection::vec((key(), any::<String>()), 0..16)) {
        let config = timed("query::parse", || {
            query::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        });
        // Free-text values are cut, choices fall back: nothing grows without bound.
        for value in [&config.bucket, &config.braze_account, &config.external_id, &config.folder,
                      &config.user_name, &config.role_name, &config.policy_name, &config.own_account] {
            prop_assert!(value.chars().count() <= query::MAX_VALUE_CHARS);
        }
        // What is written back reads back to the same configuration.
        let written = query::to_pairs(&config);
        let again = query::parse(written.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert_eq!(query::to_pairs(&again), written);
    }
}

#[test]
fn query_survives_megabyte_values() {
    let huge = "é".repeat(MB / 2);
    for key in query::KEYS {
        let config = timed(key, || query::parse([(key, huge.as_str())]));
        let longest = [
            &config.bucket,
            &config.external_id,
            &config.folder,
            &config.user_name,
        ]
        .iter()
        .map(|v| v.chars().count())
        .max()
        .unwrap();
        assert!(longest <= query::MAX_VALUE_CHARS, "{key}");
    }
    let many: Vec<(&str, &str)> = (0..100_000)
        .map(|i| (query::KEYS[i % query::KEYS.len()], "x"))
        .collect();
    timed("many pairs", || query::parse(many.iter().copied()));
}

// ---------------------------------------------------------------------------------------------
// Stored state

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn stored_state_survives_any_text(text in any::<String>()) {
        if let Some(saved) = timed("persist::decode", || persist::decode(&text)) {
            let mut config = Config::default();
            persist::restore(saved, &mut config);
        }
    }

    #[test]
    fn stored_state_survives_state_shaped_json(value in policy_like(), version in 0u32..3) {
        let doc = json!({ "version": version, "config": [["bucket", value.to_string()]],
                          "connectors": [], "ticks": {} });
        if let Some(saved) = persist::decode(&doc.to_string()) {
            let mut config = Config::default();
            persist::restore(saved, &mut config);
        }
        persist::decode(&value.to_string());
    }
}

#[test]
fn stored_state_survives_megabyte_shapes() {
    let huge_value = json!({ "version": persist::FORMAT_VERSION,
        "config": [["bucket", "b".repeat(MB)]], "connectors": [], "ticks": {} })
    .to_string();
    let deep = "[".repeat(MB);
    for (name, text) in [("huge value", huge_value), ("deep", deep)] {
        if let Some(saved) = timed(name, || persist::decode(&text)) {
            let mut config = Config::default();
            persist::restore(saved, &mut config);
            assert!(config.bucket.chars().count() <= query::MAX_VALUE_CHARS);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Language tags (URL `lang`, `data-lang`, `<html lang>`, navigator languages)

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn language_tags_survive_anything(tags in prop::collection::vec(any::<String>(), 0..8)) {
        for tag in &tags {
            if let Some(locale) = Locale::from_tag(tag) {
                prop_assert!(Locale::ALL.contains(&locale));
            }
        }
        negotiate(tags.iter().map(String::as_str));
    }
}

#[test]
fn language_tags_survive_a_megabyte() {
    let huge = "fr-".repeat(MB / 3);
    assert_eq!(timed("from_tag", || Locale::from_tag(&huge)), None);
    assert_eq!(
        timed("negotiate", || negotiate([huge.as_str(), "de"])),
        Locale::De
    );
}
