//! Typing and switching: snippets follow the reader's values, the case and the language.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::checks::{
    assert_snippets, assert_steps, check_policy_code, check_trust_policy, mount_case,
    type_role_ids, wait_invalid,
};
use crate::expected::{self, cases};
use crate::harness::{normalize_space, wait_until, Mounted};
use crate::{ACCOUNT, BUCKET, EXTERNAL_ID, OTHER_BUCKET, OWN_ACCOUNT, POLICY_IDS};

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
