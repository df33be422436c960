//! No raw ids, no unresolved placeables, in any language; two widgets on one page.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::checks::{
    add_connector, assert_references, check_policy_code, mount_case, type_role_ids, wait_invalid,
};
use crate::expected::{self, cases};
use crate::harness::{self, Mounted};
use crate::{BUCKET, OTHER_BUCKET, OWN_ACCOUNT};

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

#[wasm_bindgen_test]
async fn no_raw_message_ids_or_unresolved_placeables() {
    let ids = message_ids();
    for (integration, auth) in cases() {
        let w = mount_case(integration, auth, None).await;
        // Every section built, so that its texts are read too.
        w.open_all().await;
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
            // Every section built, so that its texts are read too.
            w.open_all().await;
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
