//! Browser tests (issue 2): the widget mounted in headless Chromium, checked by what the reader
//! sees for each integration × auth method, its validation messages, and its snippets as the
//! reader types.
//!
//! Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser`.
//! Each test mounts its own `<div data-braze-s3-companion data-lang="fr">` and removes it.
//! Expected documents and steps come from FACTS.md (see `browser/expected.rs`), not from the
//! widget's code.

#![cfg(target_arch = "wasm32")]

#[path = "browser/expected.rs"]
mod expected;
#[path = "browser/harness.rs"]
mod harness;

use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlInputElement;

use expected::{cases, normalize};
use harness::{normalize_space, wait_until, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

const BUCKET: &str = "braze-exports-2024";
const OTHER_BUCKET: &str = "acme-currents-archive";
const ACCOUNT: &str = "123456789012";
const EXTERNAL_ID: &str = "Braze+ext=42,a.b@c:d/e-f_g";
const OWN_ACCOUNT: &str = "210987654321";
const POLICY_IDS: [&str; 3] = [
    "policy-currents",
    "policy-dashboard-export",
    "policy-combined",
];

// ---------------------------------------------------------------------------------------------
// Helpers shared by the tests
// ---------------------------------------------------------------------------------------------

async fn mount_case(integration: &str, auth: &str, bucket: Option<&str>) -> Mounted {
    let mut presets = vec![("data-integration", integration), ("data-auth", auth)];
    if let Some(bucket) = bucket {
        presets.push(("data-bucket", bucket));
    }
    Mounted::fr(&presets).await
}

/// Types Braze's account ID and external ID (role method).
async fn type_role_ids(w: &Mounted) {
    w.type_text("account", ACCOUNT).await;
    w.type_text("external-id", EXTERNAL_ID).await;
}

/// The page's snippets are exactly `want`, in order (besides the infrastructure-as-code
/// snippets of another issue, which may come and go).
fn assert_snippets(w: &Mounted, want: &[&str], context: &str) {
    let all = w.snippet_ids();
    let shown: Vec<&str> = all
        .iter()
        .map(String::as_str)
        .filter(|id| !expected::IAC_SNIPPETS.contains(id))
        .collect();
    assert_eq!(
        shown, want,
        "{context}: snippets (all on the page: {all:?})"
    );
}

/// The steps are exactly `want`, in order, numbered from 1, each titled in French.
fn assert_steps(w: &Mounted, want: &[&str], auth: &str, context: &str) {
    assert_eq!(w.step_ids(), want, "{context}: steps");
    for (index, step) in w.all("[data-step]").iter().enumerate() {
        let id = step.get_attribute("data-step").unwrap_or_default();
        let text = |selector: &str| {
            step.query_selector(selector)
                .unwrap()
                .and_then(|e| e.text_content())
                .map(|t| normalize_space(&t))
                .unwrap_or_default()
        };
        assert_eq!(
            text(".bsc-step-number"),
            format!("Étape {}", index + 1),
            "{context}: number of step {id}"
        );
        assert_eq!(
            text(".bsc-step-name"),
            normalize_space(expected::french_step_title(&id, auth)),
            "{context}: title of step {id}"
        );
    }
}

/// Every `for`, `aria-describedby`, `aria-labelledby` and in-widget link names an element of
/// this widget: what ties labels, hints and messages to their fields.
fn assert_references(w: &Mounted, context: &str) {
    for element in w.all("[for], [aria-describedby], [aria-labelledby], a[href^='#']") {
        for attribute in ["for", "aria-describedby", "aria-labelledby", "href"] {
            let Some(value) = element.get_attribute(attribute) else {
                continue;
            };
            for id in value.split_whitespace() {
                let id = id.trim_start_matches('#');
                assert!(
                    w.find(&format!("[id=\"{id}\"]")).is_some(),
                    "{context}: {attribute}={value:?} names {id}, missing from the widget"
                );
            }
        }
    }
}

/// A waiting snippet: marked so, and nothing in it to copy.
fn assert_waiting(w: &Mounted, id: &str, context: &str) {
    let snippet = w.snippet(id);
    assert_eq!(
        snippet.get_attribute("data-ready").as_deref(),
        Some("false"),
        "{context}: snippet {id} should be waiting"
    );
    assert!(
        snippet.query_selector("code").unwrap().is_none(),
        "{context}: waiting snippet {id} must not contain <code>, found {:?}",
        w.snippet_code(id)
    );
    assert!(
        snippet
            .query_selector(".bsc-snippet-waiting")
            .unwrap()
            .is_some(),
        "{context}: waiting snippet {id} should say what it waits for"
    );
}

/// What the policy snippet `id` must say for `bucket`, per FACTS (combined: see below).
fn expected_policy(id: &str, bucket: &str, auth: &str) -> Value {
    match id {
        "policy-currents" => expected::currents_policy(bucket),
        "policy-dashboard-export" => expected::dashboard_policy(bucket, auth),
        other => panic!("no single expected document for {other}"),
    }
}

/// Checks the snippet's code: JSON printed with 4-space indentation (as Braze's page), equal
/// as data to FACTS' document. The combined policy, which FACTS describes only as "one policy
/// that covers both", must grant exactly what the two policies grant together.
fn check_policy_code(id: &str, code: &str, bucket: &str, auth: &str, context: &str) {
    let parsed: Value = serde_json::from_str(code)
        .unwrap_or_else(|e| panic!("{context}: {id} is not JSON ({e}):\n{code}"));
    let second = code.lines().nth(1).unwrap_or_default();
    assert!(
        second.starts_with("    \"") && !second.starts_with("     "),
        "{context}: {id} should be indented with 4 spaces:\n{code}"
    );
    if id == "policy-combined" {
        let combined = expected::grants(&parsed);
        let mut both = expected::grants(&expected::currents_policy(bucket));
        both.extend(expected::grants(&expected::dashboard_policy(bucket, auth)));
        let missing = expected::uncovered(&both, &combined);
        let extra = expected::uncovered(&combined, &both);
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{context}: combined policy should grant exactly Currents + dashboard export; \
             missing {missing:?}, extra {extra:?}:\n{code}"
        );
        assert!(
            code.contains(&format!("arn:aws:s3:::{bucket}")),
            "{context}: combined policy should name {bucket}"
        );
    } else {
        assert_eq!(
            normalize(&parsed),
            normalize(&expected_policy(id, bucket, auth)),
            "{context}: {id} differs from FACTS:\n{code}"
        );
    }
}

async fn check_trust_policy(w: &Mounted, context: &str) {
    let code = w.ready_code("trust-policy").await;
    let parsed: Value = serde_json::from_str(&code)
        .unwrap_or_else(|e| panic!("{context}: trust policy is not JSON ({e}):\n{code}"));
    assert_eq!(
        normalize(&parsed),
        normalize(&expected::trust_policy(ACCOUNT, EXTERNAL_ID)),
        "{context}: trust policy differs from FACTS:\n{code}"
    );
}

/// `(rule id, French text)`: the text as the reader reads it, after the screen-reader prefix.
fn french(rule: &str) -> &'static str {
    match rule {
        "rule-required" => "Ce champ est obligatoire.",
        "rule-bucket-length" => "Le nom doit compter de 3 à 63 caractères (2 actuellement).",
        "rule-bucket-uppercase" => "Les majuscules sont interdites : écrivez le nom en minuscules.",
        "rule-bucket-characters" => {
            "Caractères interdits : _. Seuls les minuscules (a-z), les chiffres, les points et \
             les tirets sont permis."
        }
        "rule-bucket-ip-address" => {
            "Le nom ne peut pas avoir la forme d'une adresse IP (comme 192.168.5.4)."
        }
        "rule-bucket-reserved-prefix" => {
            "Le nom ne peut pas commencer par xn--, préfixe réservé par AWS."
        }
        "rule-bucket-double-dot" => "Le nom ne peut pas contenir deux points consécutifs (..).",
        "rule-bucket-reserved-suffix" => {
            "Le nom ne peut pas finir par -s3alias, suffixe réservé par AWS."
        }
        "rule-bucket-dots" => {
            "Nom valide, mais les points empêchent l'accès HTTPS de type « virtual-hosted » et \
             S3 Transfer Acceleration. Préférez des tirets si vous le pouvez."
        }
        "rule-account-id" => {
            "Un ID de compte AWS compte exactement 12 chiffres, sans espaces ni tirets."
        }
        "rule-external-id-length" => {
            "L'ID externe doit compter de 2 à 1 224 caractères (1 actuellement)."
        }
        "rule-external-id-characters" => {
            "Caractères interdits dans un ID externe : ␣ !. Permis : lettres, chiffres et \
             + = , . @ : / - _."
        }
        other => panic!("no French text written for {other}"),
    }
}

/// The field `name` shows an error: `aria-invalid="true"`, messages in `.bsc-messages` tied
/// to the input by `aria-describedby`, each rule of `rules` with its French text.
fn assert_field_errors(w: &Mounted, name: &str, rules: &[&str], exact: bool, context: &str) {
    let input = w.input(name);
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("true"),
        "{context}: {name} should be aria-invalid"
    );
    let list = w
        .field(name)
        .query_selector(".bsc-messages")
        .unwrap()
        .unwrap_or_else(|| panic!("{context}: no .bsc-messages next to {name}"));
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    assert!(
        !list.id().is_empty() && described.split_whitespace().any(|id| id == list.id()),
        "{context}: aria-describedby={described:?} should name the messages ({:?})",
        list.id()
    );
    let messages = w.messages(name);
    for message in &messages {
        assert!(
            message.class.split_whitespace().any(|c| c == "bsc-error"),
            "{context}: {message:?} should be an error"
        );
        assert!(
            message.text.starts_with("Erreur : "),
            "{context}: {message:?} should start with the French error label"
        );
    }
    for rule in rules {
        let want = format!("Erreur : {}", normalize_space(french(rule)));
        let found = messages.iter().find(|m| m.rule == *rule);
        assert_eq!(
            found.map(|m| m.text.as_str()),
            Some(want.as_str()),
            "{context}: message {rule} next to {name}; all: {messages:#?}"
        );
    }
    if exact {
        let shown: Vec<&str> = messages.iter().map(|m| m.rule.as_str()).collect();
        assert_eq!(shown, rules, "{context}: messages next to {name}");
    }
}

fn assert_field_clean(w: &Mounted, name: &str, context: &str) {
    let input = w.input(name);
    assert_ne!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("true"),
        "{context}: {name} should not be aria-invalid"
    );
    assert!(
        w.messages(name).is_empty(),
        "{context}: {name} should show no message, shows {:#?}",
        w.messages(name)
    );
}

async fn wait_invalid(w: &Mounted, name: &str, invalid: bool) {
    let input = w.input(name);
    wait_until(&format!("{name} aria-invalid={invalid}"), || {
        (input.get_attribute("aria-invalid").as_deref() == Some("true")) == invalid
    })
    .await;
}

// ---------------------------------------------------------------------------------------------
// Each integration × auth method
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn every_case_shows_its_steps_and_waits_for_a_bucket() {
    for (integration, auth) in cases() {
        let context = format!("{integration} × {auth}, no bucket");
        let w = mount_case(integration, auth, None).await;

        assert_eq!(
            w.root().get_attribute("lang").as_deref(),
            Some("fr"),
            "{context}"
        );
        assert_eq!(
            w.chosen("integration").as_deref(),
            Some(integration),
            "{context}"
        );
        assert_eq!(w.chosen("auth").as_deref(), Some(auth), "{context}");
        assert_steps(&w, &expected::steps(integration, auth), auth, &context);
        assert_snippets(&w, &expected::snippets(integration, auth), &context);

        // The fields this case needs, and only those.
        let role = auth == "role-arn";
        let currents = integration != "dashboard-export";
        assert!(w.has_input("bucket"), "{context}: bucket field");
        assert_eq!(w.has_input("account"), role, "{context}: account field");
        assert_eq!(
            w.has_input("external-id"),
            role,
            "{context}: external-id field"
        );
        assert_eq!(w.has_input("folder"), currents, "{context}: folder field");
        assert_eq!(w.input("bucket").value(), "", "{context}");

        // An untouched empty field is not yet an error.
        assert_field_clean(&w, "bucket", &context);

        // Every snippet needs a value the reader has not given yet.
        for id in w.snippet_ids() {
            assert_waiting(&w, &id, &context);
        }
        assert_references(&w, &context);
        // Each "waiting for" link leads to its field.
        for link in w.all(".bsc-snippet-waiting a") {
            let href = link.get_attribute("href").unwrap_or_default();
            let target = w.find(&href);
            assert!(
                target.is_some_and(|t| t.tag_name().eq_ignore_ascii_case("input")),
                "{context}: waiting link {href} should lead to an input"
            );
        }
        w.remove();
    }
}

#[wasm_bindgen_test]
async fn every_case_writes_the_documented_policies_for_a_valid_bucket() {
    for (integration, auth) in cases() {
        let context = format!("{integration} × {auth}, bucket {BUCKET}");
        let w = mount_case(integration, auth, Some(BUCKET)).await;
        assert_eq!(
            w.input("bucket").value(),
            BUCKET,
            "{context}: preset bucket"
        );
        assert_field_clean(&w, "bucket", &context);
        let role = auth == "role-arn";
        if role {
            // The policies need only the bucket; the trust policy waits for Braze's IDs.
            assert_waiting(&w, "trust-policy", &context);
            type_role_ids(&w).await;
        }
        assert_snippets(&w, &expected::snippets(integration, auth), &context);
        for id in expected::snippets(integration, auth) {
            match id {
                "trust-policy" => check_trust_policy(&w, &context).await,
                // Needs the reader's own account ID, optional: waits until it is typed.
                "role-arn" => assert_waiting(&w, id, &context),
                _ => {
                    let code = w.ready_code(id).await;
                    check_policy_code(id, &code, BUCKET, auth, &context);
                }
            }
        }
        if role {
            w.type_text("own-account", OWN_ACCOUNT).await;
            let code = w.ready_code("role-arn").await;
            assert_eq!(
                code.trim(),
                format!("arn:aws:iam::{OWN_ACCOUNT}:role/braze-s3-role"),
                "{context}: role ARN"
            );
        }
        w.remove();
    }
}

#[wasm_bindgen_test]
async fn invalid_input_leaves_no_code_in_waiting_snippets() {
    for (integration, auth) in cases() {
        let context = format!("{integration} × {auth}");
        let w = mount_case(integration, auth, Some("My_Bucket")).await;
        // Every snippet but the trust policy and the role ARN is built from the bucket.
        let policies: Vec<String> = w
            .snippet_ids()
            .into_iter()
            .filter(|id| id != "trust-policy" && id != "role-arn")
            .collect();
        assert!(!policies.is_empty(), "{context}: no bucket snippet");
        for id in &policies {
            assert_waiting(&w, id, &format!("{context}, preset My_Bucket"));
        }

        // Ready, then invalid again: the code goes away.
        w.type_text("bucket", BUCKET).await;
        for id in policies
            .iter()
            .filter(|id| POLICY_IDS.contains(&id.as_str()))
        {
            w.ready_code(id).await;
        }
        w.type_text("bucket", "ab").await;
        for id in &policies {
            assert_waiting(&w, id, &format!("{context}, bucket ab"));
        }

        if auth == "role-arn" {
            w.type_text("bucket", BUCKET).await;
            for (account, external_id) in [
                (ACCOUNT, "a"),
                (ACCOUNT, "bad id!"),
                ("12345678901", EXTERNAL_ID),
                ("1234567890123", EXTERNAL_ID),
                ("12345678901a", EXTERNAL_ID),
            ] {
                w.type_text("account", account).await;
                w.type_text("external-id", external_id).await;
                assert_waiting(
                    &w,
                    "trust-policy",
                    &format!("{context}, account {account:?}, external ID {external_id:?}"),
                );
            }
            w.type_text("own-account", "2109876543").await;
            assert_waiting(&w, "role-arn", &format!("{context}, own account too short"));
        }
        w.remove();
    }
}

#[wasm_bindgen_test]
async fn encryption_option_adds_the_bucket_policy_step() {
    for (integration, auth) in cases() {
        let context = format!("{integration} × {auth}, AES-256 on");
        let w = mount_case(integration, auth, Some(BUCKET)).await;
        if integration == "dashboard-export" {
            // FACTS: the AES-256 option is Braze's Currents setting.
            assert!(!w.has_input("sse"), "{context}: no encryption option");
            w.remove();
            continue;
        }
        let sse: HtmlInputElement = w.one("input[type=checkbox][name=sse]").unchecked_into();
        assert!(!sse.checked(), "{context}: off by default");
        assert_steps(&w, &expected::steps(integration, auth), auth, &context);

        sse.set_checked(true);
        harness::fire(&sse, "change");
        let want = expected::steps_with_sse(integration, auth);
        wait_until(&context, || w.step_ids() == want).await;
        assert_steps(&w, &want, auth, &context);
        let mut snippets = expected::snippets(integration, auth);
        snippets.insert(0, "bucket-policy-sse");
        assert_snippets(&w, &snippets, &context);

        let code = w.ready_code("bucket-policy-sse").await;
        let policy: Value = serde_json::from_str(&code)
            .unwrap_or_else(|e| panic!("{context}: not JSON ({e}):\n{code}"));
        assert_eq!(policy["Version"], "2012-10-17", "{context}");
        for statement in policy["Statement"].as_array().expect("statements") {
            assert_eq!(statement["Effect"], "Deny", "{context}: {statement}");
        }
        assert!(
            !expected::denies_put(&policy, BUCKET, Some("AES256")),
            "{context}: must let Braze's SSE-S3 uploads in:\n{code}"
        );
        assert!(
            expected::denies_put(&policy, BUCKET, None),
            "{context}: must refuse uploads without the header:\n{code}"
        );
        assert!(
            expected::denies_put(&policy, BUCKET, Some("aws:kms")),
            "{context}: must refuse other encryption:\n{code}"
        );
        // Braze's own policies do not change with the option.
        for id in POLICY_IDS {
            if snippets.contains(&id) {
                let code = w.ready_code(id).await;
                check_policy_code(id, &code, BUCKET, auth, &context);
            }
        }
        assert_waiting_for_invalid_bucket(&w, "bucket-policy-sse", &context).await;

        sse.set_checked(false);
        harness::fire(&sse, "change");
        let want = expected::steps(integration, auth);
        wait_until(&format!("{context}: turned off"), || w.step_ids() == want).await;
        assert_snippets(&w, &expected::snippets(integration, auth), &context);
        w.remove();
    }
}

/// An invalid bucket takes the snippet's code away; the valid one brings it back.
async fn assert_waiting_for_invalid_bucket(w: &Mounted, id: &str, context: &str) {
    let before = w.input("bucket").value();
    w.type_text("bucket", "xn--abc").await;
    assert_waiting(w, id, &format!("{context}, bucket xn--abc"));
    w.type_text("bucket", &before).await;
    w.ready_code(id).await;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn invalid_bucket_names_show_french_rule_messages() {
    let w = mount_case("currents", "secret-key", None).await;
    let cases: [(&str, &[&str], bool); 6] = [
        (
            "My_Bucket",
            &["rule-bucket-uppercase", "rule-bucket-characters"],
            false,
        ),
        ("ab", &["rule-bucket-length"], true),
        ("192.168.1.1", &["rule-bucket-ip-address"], true),
        ("xn--abc", &["rule-bucket-reserved-prefix"], true),
        ("a..b", &["rule-bucket-double-dot"], true),
        ("bucket-s3alias", &["rule-bucket-reserved-suffix"], true),
    ];
    for (name, rules, exact) in cases {
        // From a valid name each time, so every message appears on its own.
        w.type_text("bucket", BUCKET).await;
        wait_invalid(&w, "bucket", false).await;
        w.type_text("bucket", name).await;
        wait_invalid(&w, "bucket", true).await;
        let context = format!("bucket {name:?}");
        assert_field_errors(&w, "bucket", rules, exact, &context);
        assert!(
            w.field("bucket")
                .class_list()
                .contains("bsc-field--invalid"),
            "{context}: the field should look invalid"
        );
        assert_waiting(&w, "policy-currents", &context);
        // The guide never tells the reader to type a name AWS refuses: a placeholder stands
        // in for it.
        let quoted: Vec<String> = w
            .all("[data-step] .bsc-value")
            .iter()
            .filter_map(|e| e.text_content())
            .collect();
        assert!(
            !quoted.iter().any(|v| v == name),
            "{context}: the guide quotes the invalid name: {quoted:?}"
        );
        let placeholders: Vec<String> = w
            .all("[data-step=\"create-bucket\"] .bsc-placeholder")
            .iter()
            .filter_map(|e| e.text_content())
            .collect();
        assert_eq!(
            placeholders,
            ["nom-de-votre-compartiment"],
            "{context}: the bucket step's placeholder"
        );
    }

    // Fixed: the messages and the error state go, the hint stays described.
    w.type_text("bucket", BUCKET).await;
    wait_invalid(&w, "bucket", false).await;
    assert_field_clean(&w, "bucket", "fixed bucket");
    let described = w
        .input("bucket")
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    for id in described.split_whitespace() {
        assert!(
            w.find(&format!("#{id}")).is_some(),
            "aria-describedby names {id}, which does not exist"
        );
    }
    w.remove();
}

#[wasm_bindgen_test]
async fn clearing_the_bucket_says_it_is_required() {
    let w = mount_case("dashboard-export", "secret-key", None).await;
    assert_field_clean(&w, "bucket", "untouched");
    w.type_text("bucket", BUCKET).await;
    w.ready_code("policy-dashboard-export").await;
    w.type_text("bucket", "").await;
    wait_invalid(&w, "bucket", true).await;
    assert_field_errors(&w, "bucket", &["rule-required"], true, "cleared bucket");
    assert_waiting(&w, "policy-dashboard-export", "cleared bucket");
    w.remove();
}

#[wasm_bindgen_test]
async fn role_fields_show_french_rule_messages() {
    let w = mount_case("currents", "role-arn", Some(BUCKET)).await;
    assert_field_clean(&w, "account", "untouched account");
    assert_field_clean(&w, "external-id", "untouched external ID");

    w.type_text("account", "12345").await;
    wait_invalid(&w, "account", true).await;
    assert_field_errors(&w, "account", &["rule-account-id"], true, "account 12345");

    w.type_text("account", "").await;
    wait_invalid(&w, "account", true).await;
    assert_field_errors(&w, "account", &["rule-required"], true, "account cleared");

    w.type_text("account", ACCOUNT).await;
    wait_invalid(&w, "account", false).await;
    assert_field_clean(&w, "account", "valid account");

    w.type_text("external-id", "bad id!").await;
    wait_invalid(&w, "external-id", true).await;
    assert_field_errors(
        &w,
        "external-id",
        &["rule-external-id-characters"],
        true,
        "external ID \"bad id!\"",
    );

    w.type_text("external-id", "a").await;
    wait_invalid(&w, "external-id", true).await;
    assert_field_errors(
        &w,
        "external-id",
        &["rule-external-id-length"],
        true,
        "external ID \"a\"",
    );
    assert_waiting(&w, "trust-policy", "external ID \"a\"");
    w.remove();
}

#[wasm_bindgen_test]
async fn clearing_an_optional_name_keeps_its_section_open() {
    // The reader opens "Noms dans IAM (facultatif)", types a name, then erases it to go back
    // to the default: the section must not fold up under the cursor.
    let w = mount_case("currents", "secret-key", None).await;
    let details = w.one("details.bsc-names");
    assert!(
        !details.has_attribute("open"),
        "closed while every name is empty"
    );
    details.set_attribute("open", "").unwrap();
    harness::settle().await;
    w.type_text("policy-name", "my-policy").await;
    assert!(details.has_attribute("open"), "open while typing");
    w.type_text("policy-name", "").await;
    harness::settle().await;
    assert!(
        details.has_attribute("open"),
        "the names section folded up when the reader erased the name they were typing"
    );
    w.remove();
}

#[wasm_bindgen_test]
async fn dotted_bucket_warns_but_snippets_are_ready() {
    let dotted = "logs.example.com";
    let w = mount_case("both", "secret-key", None).await;
    w.type_text("bucket", dotted).await;
    let field = w.field("bucket");
    wait_until("the dots warning", || {
        field
            .query_selector(".bsc-warning")
            .ok()
            .flatten()
            .is_some()
    })
    .await;

    let messages = w.messages("bucket");
    assert_eq!(messages.len(), 1, "only the dots warning: {messages:#?}");
    let warning = &messages[0];
    assert_eq!(warning.rule, "rule-bucket-dots");
    assert!(warning.class.split_whitespace().any(|c| c == "bsc-warning"));
    assert_eq!(
        warning.text,
        format!(
            "Avertissement : {}",
            normalize_space(french("rule-bucket-dots"))
        )
    );
    let input = w.input("bucket");
    assert_ne!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("true"),
        "a warning is not an error"
    );
    let list_id = field
        .query_selector(".bsc-messages")
        .unwrap()
        .map(|l| l.id())
        .unwrap_or_default();
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    assert!(
        described.split_whitespace().any(|id| id == list_id),
        "the warning should be tied to the input: {described:?} vs {list_id:?}"
    );

    for id in expected::snippets("both", "secret-key") {
        let code = w.ready_code(id).await;
        check_policy_code(id, &code, dotted, "secret-key", "dotted bucket");
    }
    w.remove();
}

// ---------------------------------------------------------------------------------------------
// Typing and switching
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn typing_a_new_bucket_updates_every_snippet() {
    let w = mount_case("both", "role-arn", None).await;
    w.type_text("bucket", BUCKET).await;
    type_role_ids(&w).await;
    w.type_text("own-account", OWN_ACCOUNT).await;
    let ids = expected::snippets("both", "role-arn");
    for id in &ids {
        assert!(w.ready_code(id).await.len() > 10, "{id} ready");
    }
    let trust_before = w.snippet_code("trust-policy");
    let arn_before = w.snippet_code("role-arn");

    w.type_text("bucket", OTHER_BUCKET).await;
    let probe = w.snippet("policy-currents");
    wait_until("the policies to follow the new bucket", || {
        probe
            .text_content()
            .is_some_and(|t| t.contains(OTHER_BUCKET))
    })
    .await;

    for id in &ids {
        let code = w.ready_code(id).await;
        assert!(
            !code.contains(BUCKET),
            "{id} still names the old bucket:\n{code}"
        );
        if POLICY_IDS.contains(id) {
            check_policy_code(id, &code, OTHER_BUCKET, "role-arn", "new bucket");
        }
    }
    assert_eq!(w.snippet_code("trust-policy"), trust_before, "trust policy");
    assert_eq!(w.snippet_code("role-arn"), arn_before, "role ARN");

    // The guide's text quotes the new name too, and nowhere the old one.
    let values: Vec<String> = w
        .all("[data-step] .bsc-value")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert!(
        values.iter().any(|v| v == OTHER_BUCKET),
        "the guide should quote {OTHER_BUCKET}: {values:?}"
    );
    assert!(
        !values.iter().any(|v| v.contains(BUCKET)),
        "the guide still quotes {BUCKET}: {values:?}"
    );
    w.remove();
}

#[wasm_bindgen_test]
async fn radios_switch_the_case_and_keep_the_bucket() {
    let w = Mounted::fr(&[]).await;
    assert_eq!(
        w.chosen("integration").as_deref(),
        Some("currents"),
        "default"
    );
    assert_eq!(w.chosen("auth").as_deref(), Some("secret-key"), "default");
    w.type_text("bucket", BUCKET).await;
    for (integration, auth) in cases() {
        let context = format!("switched to {integration} × {auth}");
        w.choose("integration", integration).await;
        w.choose("auth", auth).await;
        let want = expected::steps(integration, auth);
        wait_until(&context, || w.step_ids() == want).await;
        assert_steps(&w, &want, auth, &context);
        assert_snippets(&w, &expected::snippets(integration, auth), &context);
        assert_eq!(w.chosen("integration").as_deref(), Some(integration));
        assert_eq!(w.chosen("auth").as_deref(), Some(auth));
        assert_eq!(w.input("bucket").value(), BUCKET, "{context}: bucket kept");
        if auth == "role-arn" {
            // Typed once, on the first switch to a role; kept through every switch after.
            if w.input("account").value().is_empty() {
                type_role_ids(&w).await;
            }
            assert_eq!(
                w.input("account").value(),
                ACCOUNT,
                "{context}: account kept"
            );
            assert_eq!(
                w.input("external-id").value(),
                EXTERNAL_ID,
                "{context}: external ID kept"
            );
            check_trust_policy(&w, &context).await;
        }
        for id in expected::snippets(integration, auth) {
            if POLICY_IDS.contains(&id) {
                let code = w.ready_code(id).await;
                check_policy_code(id, &code, BUCKET, auth, &context);
            }
        }
    }
    w.remove();
}

#[wasm_bindgen_test]
async fn switching_to_english_keeps_the_typed_bucket() {
    let w = mount_case("currents", "secret-key", None).await;
    w.type_text("bucket", BUCKET).await;
    w.ready_code("policy-currents").await;
    assert_eq!(
        normalize_space(&w.one(".bsc-title").text_content().unwrap_or_default()),
        "Assistant Amazon S3 pour Braze"
    );

    w.select_lang("en").await;
    assert_eq!(w.root().get_attribute("lang").as_deref(), Some("en"));
    let select: web_sys::HtmlSelectElement = w.one("select[name=lang]").unchecked_into();
    assert_eq!(select.value(), "en");
    let title = w.one(".bsc-title");
    wait_until("the English title", || {
        title.text_content().as_deref() == Some("Amazon S3 setup assistant for Braze")
    })
    .await;
    assert_eq!(
        w.input("bucket").value(),
        BUCKET,
        "the typed bucket is kept"
    );
    let code = w.ready_code("policy-currents").await;
    check_policy_code("policy-currents", &code, BUCKET, "secret-key", "in English");
    assert_eq!(
        w.step_ids(),
        expected::steps("currents", "secret-key"),
        "same guide"
    );

    // Messages follow the language.
    w.type_text("bucket", "ab").await;
    wait_invalid(&w, "bucket", true).await;
    let messages = w.messages("bucket");
    assert_eq!(
        messages.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(),
        ["Error: The name must be 3 to 63 characters long (now 2)."],
    );
    w.remove();
}

#[wasm_bindgen_test]
async fn language_menu_names_each_language_in_itself() {
    let w = mount_case("currents", "secret-key", None).await;
    let options = |w: &Mounted| -> Vec<(String, String, String)> {
        w.all("select[name=lang] option")
            .iter()
            .map(|o| {
                (
                    o.get_attribute("value").unwrap_or_default(),
                    o.get_attribute("lang").unwrap_or_default(),
                    normalize_space(&o.text_content().unwrap_or_default()),
                )
            })
            .collect()
    };
    for lang in ["fr", "en"] {
        if lang == "en" {
            w.select_lang("en").await;
        }
        let options = options(&w);
        let tags: Vec<&str> = options.iter().map(|(v, _, _)| v.as_str()).collect();
        assert_eq!(
            tags,
            ["en", "fr", "de", "es", "ja", "ko", "pt-BR"],
            "in {lang}"
        );
        for (value, option_lang, name) in &options {
            assert_eq!(
                option_lang, value,
                "in {lang}: option {value} carries its lang"
            );
            assert!(!name.is_empty(), "in {lang}: option {value} has a name");
            // Every language is named in itself, whatever the widget's language.
            let expected_name = match value.as_str() {
                "en" => Some("English"),
                "fr" => Some("Français"),
                _ => None,
            };
            if let Some(expected_name) = expected_name {
                assert_eq!(name, expected_name, "in {lang}: option {value}");
            } else {
                assert_ne!(name, "English", "in {lang}: option {value} says English");
            }
        }
        let mut names: Vec<&str> = options.iter().map(|(_, _, n)| n.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(
            names.len(),
            options.len(),
            "in {lang}: two options read alike"
        );
    }
    w.remove();
}

// ---------------------------------------------------------------------------------------------
// No raw ids, no unresolved placeables
// ---------------------------------------------------------------------------------------------

/// Every message id of the locale files (what a missing translation would show raw).
fn message_ids() -> Vec<String> {
    let sources = [
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/fr/main.ftl")),
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/main.ftl")),
    ];
    let mut ids: Vec<String> = sources
        .iter()
        .flat_map(|source| source.lines())
        .filter_map(|line| {
            let (id, _) = line.split_once(" =")?;
            let ok = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            ok.then(|| id.to_owned())
        })
        .collect();
    ids.sort();
    ids.dedup();
    assert!(
        ids.len() > 100,
        "message ids read from the locales: {ids:?}"
    );
    ids
}

/// No text the reader sees (text nodes and accessible names; snippets' code aside) shows a
/// message id, a `rule-`/`step-` id, a Fluent placeable left as `{…}`, or an argument marker.
fn assert_clean_text(w: &Mounted, ids: &[String], context: &str) {
    let mut texts: Vec<String> = w
        .text_nodes()
        .into_iter()
        .filter(|(_, in_code)| !in_code)
        .map(|(text, _)| text)
        .collect();
    for element in w.all("[aria-label], [placeholder], [title]") {
        for attribute in ["aria-label", "placeholder", "title"] {
            if let Some(value) = element.get_attribute(attribute) {
                texts.push(value);
            }
        }
    }
    let mut problems = Vec::new();
    for text in &texts {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.contains(['{', '}']) {
            problems.push(format!("unresolved placeable in {trimmed:?}"));
        }
        if trimmed.contains("rule-") || trimmed.contains("step-") {
            problems.push(format!("raw id in {trimmed:?}"));
        }
        if trimmed
            .chars()
            .any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c))
        {
            problems.push(format!("argument marker in {trimmed:?}"));
        }
        if let Some(id) = ids.iter().find(|id| trimmed.contains(id.as_str())) {
            problems.push(format!("message id {id} in {trimmed:?}"));
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{context}:\n{}", problems.join("\n"));
}

/// Adds a further Currents connector (CONTRACT: rows `[data-connector]`).
async fn add_connector(w: &Mounted) {
    let before = w.all("[data-connector]").len();
    let add: web_sys::HtmlElement = w.one(".bsc-connectors > button").unchecked_into();
    add.click();
    wait_until("a new connector row", || {
        w.all("[data-connector]").len() == before + 1
    })
    .await;
}

#[wasm_bindgen_test]
async fn no_raw_message_ids_or_unresolved_placeables() {
    let ids = message_ids();
    for (integration, auth) in cases() {
        let w = mount_case(integration, auth, None).await;
        let role = auth == "role-arn";
        let currents = integration != "dashboard-export";
        assert_clean_text(&w, &ids, &format!("{integration} × {auth}, empty"));

        // Every field wrong at once: every kind of message on screen.
        w.type_text("bucket", "My_Bucket").await;
        w.type_text("policy-name", &"p".repeat(130)).await;
        if role {
            w.type_text("account", "12").await;
            w.type_text("external-id", "a").await;
            w.type_text("role-name", "bad name!").await;
            w.type_text("own-account", "1").await;
        } else {
            w.type_text("user-name", "bad name!").await;
        }
        if currents {
            w.type_text("folder", "/a//..").await;
            add_connector(&w).await;
            w.type_text("connector-folder", "/a//..").await;
        }
        wait_invalid(&w, "bucket", true).await;
        assert_clean_text(&w, &ids, &format!("{integration} × {auth}, all invalid"));

        // Every field right, the encryption option on: every snippet and value on screen.
        w.type_text("bucket", BUCKET).await;
        w.type_text("policy-name", "braze-policy").await;
        if role {
            type_role_ids(&w).await;
            w.type_text("role-name", "braze-role").await;
            w.type_text("own-account", OWN_ACCOUNT).await;
        } else {
            w.type_text("user-name", "braze-user").await;
        }
        if currents {
            w.type_text("folder", "braze/currents").await;
            w.type_text("connector-folder", "braze/second").await;
            w.type_text("connector-name", "second-stream").await;
            let sse: HtmlInputElement = w.one("input[name=sse]").unchecked_into();
            sse.set_checked(true);
            harness::fire(&sse, "change");
            harness::settle().await;
        }
        for id in expected::snippets(integration, auth) {
            w.ready_code(id).await;
        }
        assert_clean_text(&w, &ids, &format!("{integration} × {auth}, all valid"));
        if integration == "both" && role {
            w.select_lang("en").await;
            assert_clean_text(&w, &ids, "both × role-arn, all valid, in English");
        }
        w.remove();
    }
}

#[wasm_bindgen_test]
async fn each_widget_is_its_own() {
    // Two widgets on one page: typing in one leaves the other alone, ids stay unique.
    let a = mount_case("currents", "secret-key", None).await;
    let b = mount_case("dashboard-export", "role-arn", Some(OTHER_BUCKET)).await;
    a.type_text("bucket", BUCKET).await;
    a.ready_code("policy-currents").await;
    assert_eq!(b.input("bucket").value(), OTHER_BUCKET);
    let code = b.ready_code("policy-dashboard-export").await;
    check_policy_code(
        "policy-dashboard-export",
        &code,
        OTHER_BUCKET,
        "role-arn",
        "second widget",
    );
    let mut ids: Vec<String> = a
        .all("[id]")
        .iter()
        .chain(b.all("[id]").iter())
        .map(|e| e.id())
        .collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "element ids must be unique on the page");
    assert_references(&a, "first widget");
    assert_references(&b, "second widget");
    assert_eq!(b.host().query_selector_all(".bsc").unwrap().length(), 1);
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
async fn every_locale_renders_every_case_without_raw_ids() {
    // Seven languages × six cases, with every snippet ready and a policy pasted in the
    // checker: no text node shows a message id or an unresolved placeable, and the root's
    // lang follows the language.
    let ids = message_ids();
    for tag in ["en", "fr", "de", "es", "ja", "ko", "pt-BR"] {
        for (integration, auth) in cases() {
            let w = mount_case(integration, auth, Some(BUCKET)).await;
            if auth == "role-arn" {
                type_role_ids(&w).await;
                w.type_text("own-account", OWN_ACCOUNT).await;
            }
            if tag != "fr" {
                w.select_lang(tag).await;
            }
            let area: web_sys::HtmlTextAreaElement =
                w.one("textarea[name=check-policy]").unchecked_into();
            area.set_value(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#);
            harness::fire(&area, "input");
            harness::settle().await;
            let context = format!("{tag}: {integration} × {auth}");
            assert_eq!(
                w.root().get_attribute("lang").as_deref(),
                Some(tag),
                "{context}"
            );
            assert!(
                w.find("[data-check-result]").is_some(),
                "{context}: checker"
            );
            assert_clean_text(&w, &ids, &context);
            w.remove();
        }
    }
}

// --- The setup assistant: checklist, saved state, connectors, troubleshooting ---

fn storage_key(instance: &str) -> String {
    let path = gloo::utils::window().location().pathname().unwrap();
    format!("braze-s3-companion:{path}:{instance}")
}

fn local_storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

fn progress(w: &Mounted) -> (usize, usize) {
    let p = w.one("[data-checklist] [data-progress]");
    let n = |a: &str| p.get_attribute(a).unwrap().parse::<usize>().unwrap();
    (n("data-done"), n("data-total"))
}

async fn tick(w: &Mounted, item: &str) {
    let before = progress(w).0;
    let input: HtmlInputElement = w
        .one(&format!("input[type=checkbox][data-item=\"{item}\"]"))
        .unchecked_into();
    input.click();
    wait_until(&format!("{item} ticked"), || progress(w).0 != before).await;
}

#[wasm_bindgen_test]
async fn ticking_updates_progress_and_the_guide() {
    let w = Mounted::fr(&[("data-storage-key", "t-ticks")]).await;
    let (done, total) = progress(&w);
    assert_eq!(done, 0);
    assert_eq!(
        total,
        w.all("[data-checklist] input[type=checkbox][data-item]")
            .len()
    );
    assert!(total > 10, "{total} items");
    tick(&w, "create-bucket.create").await;
    assert_eq!(progress(&w), (1, total));
    assert!(w
        .one("[data-task=\"create-bucket.create\"]")
        .class_list()
        .contains("bsc-task--done"));
    // Un-ticking goes back.
    tick(&w, "create-bucket.create").await;
    assert_eq!(progress(&w).0, 0);
    w.remove();
    local_storage()
        .remove_item(&storage_key("t-ticks"))
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_complete_checklist_says_what_to_verify_next() {
    let w = Mounted::fr(&[("data-storage-key", "t-complete"), ("data-bucket", BUCKET)]).await;
    assert!(w.find(".bsc-complete").is_none());
    let items: Vec<String> = w
        .all("[data-checklist] input[data-item]")
        .iter()
        .map(|e| e.get_attribute("data-item").unwrap())
        .collect();
    for item in &items {
        tick(&w, item).await;
    }
    let complete = w.one(".bsc-complete").text_content().unwrap();
    assert!(
        complete.contains(&format!("{BUCKET}/currents/")),
        "{complete}"
    );
    w.remove();
    local_storage()
        .remove_item(&storage_key("t-complete"))
        .unwrap();
}

#[wasm_bindgen_test]
async fn inputs_and_ticks_come_back_after_a_remount() {
    let key = storage_key("t-remount");
    local_storage().remove_item(&key).unwrap();
    let w = Mounted::fr(&[("data-storage-key", "t-remount")]).await;
    w.choose("auth", "role-arn").await;
    w.type_text("bucket", BUCKET).await;
    type_role_ids(&w).await;
    tick(&w, "create-bucket.create").await;
    tick(&w, "create-role.trusted-entity").await;
    w.remove();

    let again = Mounted::fr(&[("data-storage-key", "t-remount")]).await;
    assert_eq!(again.chosen("auth").as_deref(), Some("role-arn"));
    assert_eq!(again.input("bucket").value(), BUCKET);
    assert_eq!(again.input("account").value(), "123456789012");
    assert_eq!(progress(&again).0, 2);
    let ticked: HtmlInputElement = again
        .one("input[data-item=\"create-role.trusted-entity\"]")
        .unchecked_into();
    assert!(ticked.checked());
    // The secret access key is never asked for, so never stored.
    let stored = local_storage().get_item(&key).unwrap().unwrap();
    assert!(!stored.to_lowercase().contains("secret"), "{stored}");
    again.remove();
    local_storage().remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn corrupted_or_foreign_storage_falls_back_to_defaults() {
    for (instance, text) in [
        ("t-bad-1", "{not json"),
        (
            "t-bad-2",
            r#"{"version":99,"config":[["bucket","x"]],"connectors":[],"ticks":{}}"#,
        ),
        (
            "t-bad-3",
            r#"{"version":1,"config":[["integration","???"],["bucket","Bad_Bucket"]],"connectors":[],"ticks":{"currents/secret-key":["nope"]}}"#,
        ),
        ("t-bad-4", "\u{0}\u{ffff}"),
    ] {
        let key = storage_key(instance);
        local_storage().set_item(&key, text).unwrap();
        let w = Mounted::fr(&[("data-storage-key", instance)]).await;
        assert_eq!(
            w.chosen("integration").as_deref(),
            Some("currents"),
            "{instance}"
        );
        assert_eq!(progress(&w).0, 0, "{instance}");
        if instance == "t-bad-3" {
            // A stored value is shown and validated like typed input.
            assert_eq!(w.input("bucket").value(), "Bad_Bucket");
        } else {
            assert_eq!(w.input("bucket").value(), "", "{instance}");
        }
        w.remove();
        local_storage().remove_item(&key).unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_storage_that_throws_leaves_the_widget_working() {
    js_sys::eval(
        "window.__bscStorage = Object.getOwnPropertyDescriptor(window, 'localStorage') \
           || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { throw new DOMException('denied', 'SecurityError'); } });",
    )
    .unwrap();
    let w = Mounted::fr(&[("data-storage-key", "t-throws")]).await;
    w.type_text("bucket", BUCKET).await;
    w.ready_code("policy-currents").await;
    tick(&w, "create-bucket.create").await;
    w.remove();
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__bscStorage);").unwrap();
    assert!(gloo::utils::window().local_storage().is_ok());
}

#[wasm_bindgen_test]
async fn start_over_asks_first_then_clears() {
    let key = storage_key("t-start-over");
    let w = Mounted::fr(&[("data-storage-key", "t-start-over")]).await;
    w.type_text("bucket", BUCKET).await;
    tick(&w, "create-bucket.create").await;
    let buttons = |w: &Mounted| -> Vec<web_sys::HtmlElement> {
        w.all(".bsc-checklist-actions button")
            .into_iter()
            .map(|b| b.unchecked_into())
            .collect()
    };
    let start = buttons(&w).pop().unwrap();
    start.click();
    harness::settle().await;
    // Asked, not done yet.
    assert_eq!(w.input("bucket").value(), BUCKET);
    let confirm = w.one(".bsc-confirm .bsc-button--danger");
    confirm.unchecked_into::<web_sys::HtmlElement>().click();
    let input = w.input("bucket");
    wait_until("the bucket to be cleared", || input.value().is_empty()).await;
    assert_eq!(progress(&w).0, 0);
    w.remove();
    local_storage().remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn connector_rows_reject_duplicate_and_nested_folders() {
    let w = Mounted::fr(&[("data-storage-key", "t-connectors")]).await;
    add_connector(&w).await;
    add_connector(&w).await;
    let rows = w.all("[data-connector]");
    assert_eq!(rows.len(), 2);
    let folder = |row: &web_sys::Element| -> HtmlInputElement {
        row.query_selector("input[name=connector-folder]")
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    let set = |input: &HtmlInputElement, value: &str| {
        input.set_value(value);
        harness::fire(input, "input");
    };
    // Same as the main folder: the row is invalid.
    set(&folder(&rows[0]), "currents");
    harness::settle().await;
    let first = folder(&rows[0]);
    wait_until("duplicate flagged", || {
        first.get_attribute("aria-invalid").as_deref() == Some("true")
    })
    .await;
    // Nested in the main folder: invalid too; a distinct one is fine.
    set(&folder(&rows[0]), "currents/eu");
    set(&folder(&rows[1]), "us");
    harness::settle().await;
    assert_eq!(
        folder(&rows[0]).get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(folder(&rows[1]).get_attribute("aria-invalid"), None);
    let message = rows[0].query_selector(".bsc-messages").unwrap().unwrap();
    assert!(message.text_content().unwrap().contains("currents"));
    set(&folder(&rows[0]), "eu");
    harness::settle().await;
    assert_eq!(folder(&rows[0]).get_attribute("aria-invalid"), None);
    // Each connector has its entry in the checklist.
    assert_eq!(
        w.all("[data-checklist] input[data-item^=\"link-currents.connector-\"]")
            .len(),
        2
    );
    w.remove();
    local_storage()
        .remove_item(&storage_key("t-connectors"))
        .unwrap();
}

#[wasm_bindgen_test]
async fn troubleshooting_gives_cause_fix_and_items_to_recheck() {
    let w = Mounted::fr(&[("data-storage-key", "t-trouble"), ("data-auth", "role-arn")]).await;
    let select: web_sys::HtmlSelectElement = w.one("select[name=symptom]").unchecked_into();
    let options: Vec<String> = (0..select.length())
        .filter_map(|i| select.item(i))
        .map(|o| o.get_attribute("value").unwrap_or_default())
        .collect();
    assert!(
        options.contains(&"invalid-after-role".to_owned()),
        "{options:?}"
    );
    assert!(
        !options.contains(&"download-links-fail".to_owned()),
        "{options:?}"
    );
    select.set_value("invalid-after-role");
    harness::fire(&select, "change");
    harness::settle().await;
    let diagnosis = w.one("[data-symptom=\"invalid-after-role\"]");
    let text = diagnosis.text_content().unwrap();
    assert!(text.contains("propag"), "{text}");
    let rechecks = diagnosis
        .query_selector_all("[data-recheck]")
        .unwrap()
        .length();
    assert!(rechecks >= 2, "{rechecks}");
    w.remove();
    local_storage()
        .remove_item(&storage_key("t-trouble"))
        .unwrap();
}

// --- Beyond the page: the policy checker and the generated infrastructure ---

async fn paste_policy(w: &Mounted, text: &str) -> web_sys::Element {
    let area: web_sys::HtmlTextAreaElement = w.one("textarea[name=check-policy]").unchecked_into();
    area.set_value(text);
    harness::fire(&area, "input");
    harness::settle().await;
    let host = w.host().clone();
    wait_until("a check result", || {
        host.query_selector("[data-check-result]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    w.one("[data-check-result]")
}

#[wasm_bindgen_test]
async fn the_checker_judges_a_pasted_policy() {
    let w = mount_case("currents", "secret-key", Some(BUCKET)).await;
    let objects = format!("arn:aws:s3:::{BUCKET}/*");
    let bucket = format!("arn:aws:s3:::{BUCKET}");

    // The policy the widget itself offers is enough.
    let own = w.ready_code("policy-currents").await;
    let result = paste_policy(&w, &own).await;
    assert_eq!(
        result.get_attribute("data-verdict").as_deref(),
        Some("sufficient")
    );
    assert!(result.query_selector("[data-missing]").unwrap().is_none());

    // Without PutObject: insufficient, and exactly that pair is reported missing.
    let partial = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"], "Resource": bucket},
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": objects}
        ]
    });
    let result = paste_policy(&w, &partial.to_string()).await;
    assert_eq!(
        result.get_attribute("data-verdict").as_deref(),
        Some("insufficient")
    );
    let missing: Vec<String> = w
        .all("[data-check-result] [data-missing]")
        .iter()
        .map(|e| e.get_attribute("data-missing").unwrap())
        .collect();
    assert_eq!(missing, [format!("s3:PutObject {objects}")]);

    // An explicit Deny wins over the Allow.
    let denied = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": "s3:*", "Resource": [bucket, objects]},
            {"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*"}
        ]
    });
    let result = paste_policy(&w, &denied.to_string()).await;
    assert_eq!(
        result.get_attribute("data-verdict").as_deref(),
        Some("insufficient")
    );
    let row = w.one(&format!("[data-missing=\"s3:GetObject {objects}\"]"));
    assert_eq!(row.get_attribute("data-access").as_deref(), Some("denied"));

    // Broken JSON: invalid, with the line and column, in French.
    let result = paste_policy(
        &w,
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n}",
    )
    .await;
    assert_eq!(
        result.get_attribute("data-verdict").as_deref(),
        Some("invalid")
    );
    let text = result.text_content().unwrap();
    assert!(text.contains("4"), "line number in {text:?}");
    w.remove();
}

#[wasm_bindgen_test]
async fn the_infrastructure_snippets_wait_for_valid_values_then_use_them() {
    let w = mount_case("currents", "role-arn", None).await;
    for id in ["cli-script", "cloudformation", "terraform"] {
        assert!(
            w.snippet_code(id).is_none(),
            "{id} offered without a bucket"
        );
    }
    w.type_text("bucket", BUCKET).await;
    type_role_ids(&w).await;
    for id in ["cli-script", "cloudformation", "terraform"] {
        let code = w.ready_code(id).await;
        assert!(code.contains(BUCKET), "{id}: {code}");
        assert!(code.contains("123456789012"), "{id} names Braze's account");
    }
    // An invalid value takes them away again.
    w.type_text("external-id", "bad id'$(x)").await;
    let host = w.host().clone();
    wait_until("the CLI script withdrawn", || {
        host.query_selector("[data-snippet=\"cli-script\"] code")
            .ok()
            .flatten()
            .is_none()
    })
    .await;
    w.remove();
}
