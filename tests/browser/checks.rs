//! The checks several themes share: mounting a case, and what a step list, a snippet list, a
//! waiting snippet, a policy, a clean field look like.

use serde_json::Value;
use wasm_bindgen::JsCast;

use crate::expected::{self, normalize};
use crate::harness::{normalize_space, wait_until, Mounted};
use crate::{ACCOUNT, EXTERNAL_ID};

pub async fn mount_case(integration: &str, auth: &str, bucket: Option<&str>) -> Mounted {
    let mut presets = vec![("data-integration", integration), ("data-auth", auth)];
    if let Some(bucket) = bucket {
        presets.push(("data-bucket", bucket));
    }
    Mounted::fr(&presets).await
}

/// Types Braze's account ID and external ID (role method).
pub async fn type_role_ids(w: &Mounted) {
    w.type_text("account", ACCOUNT).await;
    w.type_text("external-id", EXTERNAL_ID).await;
}

/// The page's snippets are exactly `want`, in order (the infrastructure files and the
/// preflight script are built in their folded sections, once opened), and the preflight's
/// section follows the guide.
pub fn assert_snippets(w: &Mounted, want: &[&str], context: &str) {
    let all = w.snippet_ids();
    let shown: Vec<&str> = all
        .iter()
        .map(String::as_str)
        .filter(|id| !expected::IAC_SNIPPETS.contains(id) && *id != expected::PREFLIGHT_SNIPPET)
        .collect();
    assert_eq!(
        shown, want,
        "{context}: snippets (all on the page: {all:?})"
    );
    let guide = w.one(".bsc-guide");
    let preflight = w.one("details[data-lazy=\"preflight\"]");
    assert!(
        guide.compare_document_position(&preflight) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING
            != 0,
        "{context}: the preflight after the guide"
    );
}

/// A document shown before its values are typed: the seed page's placeholder, marked, in its
/// `<code>`; nothing offered for copying (`data-ready="false"`), and it says what to type.
pub fn assert_placeholder(w: &Mounted, id: &str, context: &str) {
    let snippet = w.snippet(id);
    assert_eq!(
        snippet.get_attribute("data-ready").as_deref(),
        Some("false"),
        "{context}: snippet {id} is not ready to copy"
    );
    assert!(
        snippet.has_attribute("data-placeholder"),
        "{context}: snippet {id} shows a placeholder document"
    );
    let marked: Vec<String> = snippet
        .query_selector_all("code var.bsc-placeholder")
        .unwrap()
        .pipe_texts();
    assert!(
        !marked.is_empty()
            && marked
                .iter()
                .all(|t| t.starts_with("INSERT") && t.ends_with(|c: char| c.is_ascii_uppercase())),
        "{context}: snippet {id} marks its placeholders: {marked:?}"
    );
    assert!(
        snippet
            .query_selector(".bsc-snippet-waiting a")
            .unwrap()
            .is_some(),
        "{context}: snippet {id} links to the fields to type"
    );
}

/// The text of each node of a list.
trait Texts {
    fn pipe_texts(&self) -> Vec<String>;
}

impl Texts for web_sys::NodeList {
    fn pipe_texts(&self) -> Vec<String> {
        (0..self.length())
            .filter_map(|i| self.item(i))
            .map(|n| n.text_content().unwrap_or_default())
            .collect()
    }
}

/// The steps are exactly `want`, in order, numbered from 1, each titled in French.
pub fn assert_steps(w: &Mounted, want: &[&str], auth: &str, context: &str) {
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
pub fn assert_references(w: &Mounted, context: &str) {
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
pub fn assert_waiting(w: &Mounted, id: &str, context: &str) {
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
pub fn expected_policy(id: &str, bucket: &str, auth: &str) -> Value {
    match id {
        "policy-currents" => expected::currents_policy(bucket),
        "policy-dashboard-export" => expected::dashboard_policy(bucket, auth),
        other => panic!("no single expected document for {other}"),
    }
}

/// Checks the snippet's code: JSON printed with 4-space indentation (as Braze's page), equal
/// as data to FACTS' document. The combined policy, which FACTS describes only as "one policy
/// that covers both", must grant exactly what the two policies grant together.
pub fn check_policy_code(id: &str, code: &str, bucket: &str, auth: &str, context: &str) {
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

pub async fn check_trust_policy(w: &Mounted, context: &str) {
    let code = w.ready_code("trust-policy").await;
    let parsed: Value = serde_json::from_str(&code)
        .unwrap_or_else(|e| panic!("{context}: trust policy is not JSON ({e}):\n{code}"));
    assert_eq!(
        normalize(&parsed),
        normalize(&expected::trust_policy(ACCOUNT, EXTERNAL_ID)),
        "{context}: trust policy differs from FACTS:\n{code}"
    );
}

pub fn assert_field_clean(w: &Mounted, name: &str, context: &str) {
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

pub async fn wait_invalid(w: &Mounted, name: &str, invalid: bool) {
    let input = w.input(name);
    wait_until(&format!("{name} aria-invalid={invalid}"), || {
        (input.get_attribute("aria-invalid").as_deref() == Some("true")) == invalid
    })
    .await;
}

/// Adds a further Currents connector (CONTRACT: rows `[data-connector]`).
pub async fn add_connector(w: &Mounted) {
    let before = w.all("[data-connector]").len();
    let add: web_sys::HtmlElement = w.one(".bsc-connectors > button").unchecked_into();
    add.click();
    wait_until("a new connector row", || {
        w.all("[data-connector]").len() == before + 1
    })
    .await;
}
