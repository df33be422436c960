//! Fetches a locale that is not built into the bundle (see the `all-locales` feature) from
//! `locales/<tag>/*.ftl` next to the bundle: same origin, so a strict CSP allows it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::localizer::{self, FTL_FILES};
use crate::i18n::Locale;

#[wasm_bindgen(inline_js = "export function bsc_asset_base() { \
    return new URL('../../', import.meta.url).href; }")]
extern "C" {
    /// The folder the bundle was loaded from. wasm-bindgen writes this snippet to
    /// `snippets/<crate>/inline0.js`, two folders below the bundle.
    fn bsc_asset_base() -> String;
}

/// Makes `locale` available, fetching it if needed. `false` if it could not be fetched (the
/// widget then stays in English rather than failing).
pub async fn ensure(locale: Locale) -> bool {
    if localizer::is_available(locale) {
        return true;
    }
    match fetch_all(locale).await {
        Some(sources) => {
            localizer::register(locale, sources);
            true
        }
        None => {
            gloo::console::warn!(format!(
                "braze-s3-companion: could not load the {} texts; showing English.",
                locale.tag()
            ));
            false
        }
    }
}

async fn fetch_all(locale: Locale) -> Option<Vec<String>> {
    let window = web_sys::window()?;
    let base = bsc_asset_base();
    // Start every request first, so they travel in parallel.
    let pending: Vec<js_sys::Promise> = FTL_FILES
        .iter()
        .map(|name| window.fetch_with_str(&format!("{base}locales/{}/{name}.ftl", locale.tag())))
        .collect();
    let mut sources = Vec::with_capacity(pending.len());
    for promise in pending {
        let response: web_sys::Response = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let text = JsFuture::from(response.text().ok()?).await.ok()?;
        sources.push(text.as_string()?);
    }
    Some(sources)
}
