//! The folded sections (docs/decisions/0005): nothing built until opened, then handed the
//! reader's values (as text, the way the second module is), kept while closed, updated again
//! once reopened; and a document shown before its value is typed, which copies nothing.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::checks::mount_case;
use crate::harness::{self, wait_until, Mounted};
use crate::{BUCKET, OTHER_BUCKET};

/// The French text of message `id` (a line of its own, no placeable) in `locales/fr/main.ftl`.
fn french(id: &str) -> String {
    let file = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/fr/main.ftl"));
    let prefix = format!("{id} = ");
    file.lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no {id} in locales/fr/main.ftl"))
        .to_owned()
}

const SECTIONS: [&str; 7] = [
    "preflight",
    "checker",
    "update-credentials",
    "troubleshoot",
    "cli-script",
    "cloudformation",
    "terraform",
];

#[wasm_bindgen_test]
async fn closed_sections_build_nothing() {
    let w = mount_case("both", "role-arn", Some(BUCKET)).await;
    for key in SECTIONS {
        let details = w.one(&format!("details[data-lazy=\"{key}\"]"));
        assert!(!details.has_attribute("open"), "{key} starts folded");
        assert!(
            details.query_selector(".bsc-lazy-body").unwrap().is_none(),
            "{key}: nothing built while folded"
        );
    }
    for built in [
        "textarea[name=check-policy]",
        "textarea[name=preflight-report]",
        "textarea[name=braze-error]",
        "select[name=symptom]",
        "[data-update-part]",
        "[data-snippet=preflight-script]",
        "[data-snippet=cli-script]",
        "[data-snippet=terraform]",
    ] {
        assert!(w.find(built).is_none(), "{built} before its section opens");
    }
    w.remove();
}

fn terraform_code(w: &Mounted) -> String {
    w.snippet_code("terraform").unwrap_or_default()
}

#[wasm_bindgen_test]
async fn an_open_section_follows_the_values_a_closed_one_waits_until_reopened() {
    let w = mount_case("currents", "secret-key", Some(BUCKET)).await;
    w.open("terraform").await;
    let code = w.ready_code("terraform").await;
    assert!(code.contains(BUCKET), "{code}");
    w.type_text("bucket", OTHER_BUCKET).await;
    let probe = w.host().clone();
    wait_until("the open section quotes the new bucket", || {
        probe
            .query_selector("[data-snippet=terraform] code")
            .ok()
            .flatten()
            .and_then(|c| c.text_content())
            .is_some_and(|t| t.contains(OTHER_BUCKET))
    })
    .await;
    // Closed: kept as it was, not rebuilt at each key.
    let details = w.one("details[data-lazy=\"terraform\"]");
    details.remove_attribute("open").unwrap();
    harness::settle().await;
    w.type_text("bucket", BUCKET).await;
    for _ in 0..5 {
        harness::settle().await;
    }
    assert!(
        terraform_code(&w).contains(OTHER_BUCKET),
        "a closed section is not updated"
    );
    details.set_attribute("open", "").unwrap();
    wait_until("the reopened section quotes the bucket", || {
        terraform_code(&w).contains(BUCKET) && !terraform_code(&w).contains(OTHER_BUCKET)
    })
    .await;
    w.remove();
}

#[wasm_bindgen_test]
async fn a_pasted_braze_message_chooses_its_symptom_through_the_section() {
    let w = mount_case("currents", "secret-key", Some(BUCKET)).await;
    w.open("troubleshoot").await;
    let area: web_sys::HtmlTextAreaElement = w.one("textarea[name=braze-error]").unchecked_into();
    area.set_value(
        "S3 Credentials are invalid because this account does not have 'PutObject access' to the 'acme-old' bucket.",
    );
    harness::fire(&area, "input");
    let host = w.host().clone();
    wait_until("the message read and its symptom chosen", || {
        host.query_selector("[data-symptom=\"put-object-denied\"]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let select: web_sys::HtmlSelectElement = w.one("select[name=symptom]").unchecked_into();
    assert_eq!(select.value(), "put-object-denied");
    // The widget's state holds it: closed and reopened, the section shows it again.
    assert_eq!(
        w.one("[data-braze-error-reading]")
            .get_attribute("data-braze-error-reading")
            .as_deref(),
        Some("put-object-denied")
    );
    w.remove();
}

#[wasm_bindgen_test]
async fn copy_and_download_before_a_bucket_explain_instead() {
    let w = mount_case("currents", "secret-key", None).await;
    let snippet = w.snippet("policy-currents");
    let code = w.snippet_code("policy-currents").unwrap_or_default();
    assert!(code.contains("arn:aws:s3:::INSERTBUCKETNAME/*"), "{code}");
    let status = || {
        snippet
            .query_selector(".bsc-copy-status")
            .unwrap()
            .and_then(|s| s.text_content())
            .map(|t| harness::normalize_space(&t))
            .unwrap_or_default()
    };
    assert_eq!(status(), "");
    for button in [".bsc-copy", ".bsc-download"] {
        let element: web_sys::HtmlElement = snippet
            .query_selector(button)
            .unwrap()
            .expect("button")
            .unchecked_into();
        element.click();
        harness::settle().await;
        assert_eq!(
            status(),
            harness::normalize_space(&french("copy-placeholder")),
            "{button}"
        );
    }
    // Typed: the same snippet is ready, its placeholder gone.
    w.type_text("bucket", BUCKET).await;
    let code = w.ready_code("policy-currents").await;
    wait_until("the policy quotes the bucket", || {
        w.snippet_code("policy-currents")
            .is_some_and(|c| c.contains(BUCKET) && !c.contains("INSERTBUCKETNAME"))
    })
    .await;
    assert!(!code.is_empty());
    assert_eq!(
        w.snippet("policy-currents")
            .get_attribute("data-ready")
            .as_deref(),
        Some("true")
    );
    w.remove();
}

/// Another provider's page is the sections' module's (docs/decisions/0010): built there, fed
/// the widget's values as text, its fields' changes sent back to the widget's state, and a
/// secret refused where it is typed, before anything crosses.
#[wasm_bindgen_test]
async fn another_provider_is_built_by_the_sections_and_follows_the_widget() {
    let w = Mounted::fr(&[
        ("data-provider", "google-cloud-storage"),
        ("data-integration", "currents"),
        ("data-bucket", BUCKET),
    ])
    .await;
    assert!(
        w.find("[data-lazy=\"provider\"] .bsc-lazy-host [data-provider-guide=\"google-cloud-storage\"]")
            .is_some(),
        "the guide in the provider's section"
    );
    assert!(
        w.find("[data-snippet^=\"policy-\"]").is_none(),
        "no Amazon S3 policy"
    );
    // A value typed there goes through the widget's state and comes back into the files.
    w.type_text("project-id", "acme-project-7").await;
    let probe = w.host().clone();
    wait_until("the script quotes the project", || {
        probe
            .query_selector("[data-snippet=\"gcs-cli-script\"] code")
            .ok()
            .flatten()
            .and_then(|c| c.text_content())
            .is_some_and(|t| t.contains("acme-project-7") && t.contains(BUCKET))
    })
    .await;
    // A key file typed into a field: refused next to it, out of the input, sent nowhere.
    let prefix = w.input("prefix");
    prefix.set_value("{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n\"}");
    harness::fire(&prefix, "input");
    let probe = w.host().clone();
    wait_until("the secret refused next to its field", || {
        probe
            .query_selector("[data-field=\"prefix\"] [data-rule=\"gcs-secret-refused\"]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    harness::settle().await;
    assert_eq!(w.input("prefix").value(), "");
    assert_eq!(
        w.input("prefix").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let text = w.root().text_content().unwrap_or_default();
    assert!(!text.contains("PRIVATE KEY"), "the key shows nowhere");
    w.remove();
}

/// Switching to another provider after an Amazon S3 section was opened: the provider's own
/// section, loaded and shown (Yew once reused Amazon S3's troubleshooting host for it, folded
/// and mounted as troubleshooting: the guide never came).
#[wasm_bindgen_test]
async fn choosing_another_provider_after_a_section_was_opened_shows_its_guide() {
    let w = mount_case("currents", "secret-key", Some(BUCKET)).await;
    w.open("troubleshoot").await;
    w.choose("provider", "azure-blob-storage").await;
    let probe = w.host().clone();
    wait_until("Azure's guide in the provider's section", || {
        probe
            .query_selector("[data-lazy=\"provider\"] [data-provider-guide=\"azure-blob-storage\"]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    assert!(
        w.find("select[name=symptom]").is_none(),
        "no troubleshooting left"
    );
    w.remove();
}
