//! Validation: each rule's French message next to its field, tied to it for screen readers.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::checks::{
    assert_field_clean, assert_placeholder, assert_waiting, check_policy_code, mount_case,
    wait_invalid,
};
use crate::expected;
use crate::harness::{self, normalize_space, wait_until, Mounted};
use crate::{ACCOUNT, BUCKET};

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
    // Empty again: the document shows its placeholder, not the old bucket, and copies nothing.
    assert_placeholder(&w, "policy-dashboard-export", "cleared bucket");
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
