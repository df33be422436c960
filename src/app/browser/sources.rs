//! Where a widget's first state comes from (URL, `data-*` attributes, the host page) and
//! where it goes back (the URL). Nothing here can fail loudly: bad input means defaults.

use web_sys::{Element, Url, UrlSearchParams};

use crate::core::config::Config;
use crate::core::{persist, query};
use crate::i18n::{negotiate, Locale};

/// The page's current query as owned pairs.
pub fn url_pairs() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    // UrlSearchParams is iterable as [key, value] arrays.
    if let Ok(Some(iter)) = js_sys::try_iter(&params) {
        for entry in iter.flatten() {
            let entry = js_sys::Array::from(&entry);
            if let (Some(k), Some(v)) = (entry.get(0).as_string(), entry.get(1).as_string()) {
                pairs.push((k, v));
            }
        }
    }
    pairs
}

/// The presets a docs author put on the mount element. Returns the pairs and warns about
/// values that are not allowed (they fall back to the default).
pub fn attribute_pairs(element: &Element) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for (attribute, key) in [
        ("data-integration", "integration"),
        ("data-auth", "auth"),
        ("data-bucket", "bucket"),
    ] {
        if let Some(value) = element.get_attribute(attribute) {
            let mut probe = Config::default();
            query::apply(&mut probe, [(key, value.as_str())]);
            let accepted = match key {
                "integration" => probe.integration.key() == value,
                "auth" => probe.auth.key() == value,
                _ => true,
            };
            if !accepted {
                gloo::console::warn!(format!(
                    "braze-s3-companion: {attribute}=\"{value}\" is not a known value; using the default."
                ));
            }
            pairs.push((key.to_owned(), value));
        }
    }
    pairs
}

/// The locale for a widget: URL `lang` (when it owns the URL), `data-lang`, `<html lang>`,
/// `navigator.languages`, then English.
pub fn locale_for(element: &Element, url_lang: Option<&str>) -> Locale {
    let data_lang = element.get_attribute("data-lang");
    if let Some(value) = &data_lang {
        if Locale::from_tag(value).is_none() {
            gloo::console::warn!(format!(
                "braze-s3-companion: data-lang=\"{value}\" is not a supported language."
            ));
        }
    }
    let html_lang = gloo::utils::document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"));
    let navigator_langs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    let candidates = url_lang
        .into_iter()
        .chain(data_lang.as_deref())
        .chain(html_lang.as_deref())
        .chain(navigator_langs.iter().map(String::as_str));
    negotiate(candidates)
}

/// Writes the configuration into the page's URL without a new history entry, keeping any
/// query keys that are not ours. Returns the widget's own pairs that the address holds
/// afterwards (read back: a browser may ignore the write), for the save to remember.
pub fn write_url(config: &Config, locale: Option<Locale>) -> Vec<(String, String)> {
    if let Some(url) = page_url() {
        let params = url.search_params();
        for key in query::KEYS.iter().chain(["lang"].iter()) {
            params.delete(key);
        }
        url.set_search(&append_setup(&params, config, locale));
        // An absolute address: `replaceState` resolves a relative one against the page's
        // `<base href>`, which a host may point at another site (it then throws).
        let written = web_sys::window()
            .and_then(|w| w.history().ok())
            .map(|history| {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()))
            });
        if let Some(Err(error)) = written {
            gloo::console::warn!(
                "braze-s3-companion: the address could not be updated:",
                error
            );
        }
    }
    persist::own_pairs(&url_pairs())
}

/// The page's own address (`location`, never the `<base href>`), to edit.
fn page_url() -> Option<Url> {
    let href = web_sys::window()?.location().href().ok()?;
    Url::new(&href).ok()
}

/// Sets the page title, only on pages that ask for it with
/// `<title data-braze-s3-companion-title>` (the demo page): a host page's title is its own.
pub fn set_page_title(text: &str) {
    let document = gloo::utils::document();
    if let Ok(Some(_)) = document.query_selector("title[data-braze-s3-companion-title]") {
        document.set_title(text);
    }
}

/// The address of the current setup (no ticks: they are the reader's own), for sharing: the
/// page's own address, without its fragment.
pub fn link_to(config: &Config, locale: Locale) -> String {
    let Some(url) = page_url() else {
        return String::new();
    };
    let Ok(params) = UrlSearchParams::new() else {
        return String::new();
    };
    url.set_search(&append_setup(&params, config, Some(locale)));
    url.set_hash("");
    url.href()
}

/// Adds the setup's query pairs (and the language, when given) to `params`; the query text.
fn append_setup(params: &UrlSearchParams, config: &Config, locale: Option<Locale>) -> String {
    for (key, value) in query::to_pairs(config) {
        params.append(key, &value);
    }
    if let Some(locale) = locale {
        params.append("lang", locale.tag());
    }
    params.to_string().into()
}
