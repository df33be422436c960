//! The setup assistant: checklist, saved state, connectors, troubleshooting.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::checks::{add_connector, type_role_ids};
use crate::harness::{self, wait_until, Mounted};
use crate::BUCKET;

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
    // The save runs in an effect after the render that shows the tick; under load the
    // scheduler may run it a task later, so wait for it rather than race it.
    let saved = |item: &str| {
        local_storage()
            .get_item(&key)
            .ok()
            .flatten()
            .is_some_and(|s| s.contains(item))
    };
    wait_until("both ticks saved", || {
        saved("create-bucket.create") && saved("create-role.trusted-entity")
    })
    .await;
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
async fn corrupted_or_foreign_storage_falls_back_to_defaults_and_is_kept() {
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
        match instance {
            // A stored value is shown and validated like typed input.
            "t-bad-3" => assert_eq!(w.input("bucket").value(), "Bad_Bucket"),
            // A newer version's inputs are read as far as they look like ours (issue 12).
            "t-bad-2" => assert_eq!(w.input("bucket").value(), "x"),
            _ => assert_eq!(w.input("bucket").value(), "", "{instance}"),
        }
        if instance != "t-bad-3" {
            // Not read whole: kept as it is until the reader changes something (issue 12).
            let kept = local_storage().get_item(&key).unwrap();
            assert_eq!(kept.as_deref(), Some(text), "{instance}");
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
    w.open("troubleshoot").await;
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
