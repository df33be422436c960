//! Beyond the page: the policy checker and the generated infrastructure.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::checks::{mount_case, type_role_ids};
use crate::harness::{self, wait_until, Mounted};
use crate::BUCKET;

async fn paste_policy(w: &Mounted, text: &str) -> web_sys::Element {
    if w.find("textarea[name=check-policy]").is_none() {
        w.open("checker").await;
    }
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
    // Braze Currents' requests: every key under its folder (docs/facts.md).
    let folder_keys = format!("arn:aws:s3:::{BUCKET}/currents/*");

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
    assert_eq!(missing, [format!("s3:PutObject {folder_keys}")]);

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
    let row = w.one(&format!("[data-missing=\"s3:GetObject {folder_keys}\"]"));
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
        w.open(id).await;
    }
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
