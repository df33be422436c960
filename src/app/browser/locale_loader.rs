//! Fetches a locale that is not built into the bundle (see the `all-locales` feature) from
//! `locales/<tag>.json` next to the bundle (written by `build.rs` from `locales/<tag>/*.ftl`):
//! same origin, so a strict CSP allows it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::localizer;
use crate::i18n::Locale;

#[wasm_bindgen(inline_js = "export function bsc_asset_base() { \
    return new URL('../../', import.meta.url).href; }")]
extern "C" {
    /// The folder the bundle was loaded from. wasm-bindgen writes this snippet to
    /// `snippets/<crate>/inline0.js`, two folders below the bundle.
    fn bsc_asset_base() -> String;
}

/// The folder the bundle was loaded from, with its trailing `/`.
pub fn asset_base() -> String {
    bsc_asset_base()
}

thread_local! {
    /// Each language fetched, as its file: handed on to the sections' module, which keeps
    /// messages of its own, so that it does not fetch it again.
    static FETCHED: RefCell<Vec<(Locale, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

/// The file of `locale`, if it was fetched.
pub fn fetched(locale: Locale) -> Option<Rc<str>> {
    FETCHED.with(|f| {
        f.borrow()
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, json)| json.clone())
    })
}

/// Makes `locale` available, fetching it if needed. `false` if it could not be fetched or read
/// (the widget then stays in English rather than failing).
pub async fn ensure(locale: Locale) -> bool {
    if localizer::is_available(locale) {
        return true;
    }
    let problem = match fetch(locale).await {
        Some(json) => match localizer::register(locale, &json) {
            Ok(()) => {
                FETCHED.with(|f| f.borrow_mut().push((locale, Rc::from(json))));
                return true;
            }
            Err(error) => format!("{error:?}"),
        },
        None => "not fetched".to_owned(),
    };
    gloo::console::warn!(format!(
        "braze-s3-companion: could not load the {} texts ({problem}); showing English.",
        locale.tag()
    ));
    false
}

async fn fetch(locale: Locale) -> Option<String> {
    let window = web_sys::window()?;
    let url = format!("{}locales/{}.json", bsc_asset_base(), locale.tag());
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
