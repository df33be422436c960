//! The crash box: what a widget shows instead of a frozen half-rendered guide.
//!
//! Two ways to die, two ways to show it. A panic runs Rust's hook, which calls [`show_all`]. A
//! trap (`unreachable`, out of bounds, out of memory) or a JavaScript exception thrown through
//! the wasm stops the module with no Rust left to run: `loader.js` catches it where the page
//! calls into the module and draws the same box from the text [`remember_text`] left on each
//! mount element beforehand (a property, not an attribute: the host's markup is untouched).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::MOUNT_SELECTOR;
use crate::i18n::{Locale, Localizer};
use crate::msg;

/// The property of a mount element that holds its crash text, for `loader.js`.
const CRASH_TEXT_PROPERTY: &str = "__bscCrashText";

fn crash_text(locale: Locale) -> String {
    Localizer::get(locale).text(&msg!("widget-crashed"))
}

/// Leaves on `element` the crash text in `locale`, for a crash that leaves no Rust to run.
pub fn remember_text(element: &Element, locale: Locale) {
    let _ = js_sys::Reflect::set(
        element,
        &JsValue::from_str(CRASH_TEXT_PROPERTY),
        &JsValue::from_str(&crash_text(locale)),
    );
}

/// Replaces every widget of the page by the crash box, in the language it was shown in.
pub fn show_all() {
    let document = gloo::utils::document();
    let Ok(list) = document.query_selector_all(MOUNT_SELECTOR) else {
        return;
    };
    for i in 0..list.length() {
        let Some(element) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let lang = element
            .query_selector(".bsc")
            .ok()
            .flatten()
            .and_then(|root| root.get_attribute("lang"))
            .and_then(|tag| Locale::from_tag(&tag))
            .unwrap_or_default();
        // Text only, no markup: nothing here is a Trusted Types sink. No longer live.
        element.set_text_content(None);
        let _ = element.remove_attribute("data-live");
        if let Ok(box_) = document.create_element("div") {
            box_.set_class_name("bsc bsc-crashed");
            let _ = box_.set_attribute("role", "alert");
            let _ = box_.set_attribute("lang", lang.tag());
            box_.set_text_content(Some(&crash_text(lang)));
            let _ = element.append_child(&box_);
        }
    }
}
