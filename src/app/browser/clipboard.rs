//! Copying and downloading snippets, with a fallback where the Clipboard API is missing or
//! refused (insecure page, denied permission): select the text and let the reader copy it.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// Copies `text`; `Ok` when the Clipboard API took it.
pub async fn copy(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let navigator = window.navigator();
    let clipboard =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).map_err(|_| ())?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(());
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Selects the text of `element` so that Ctrl+C copies it.
pub fn select_contents(element: &Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(range), Ok(Some(selection))) = (
        gloo::utils::document().create_range(),
        window.get_selection(),
    ) else {
        return;
    };
    if range.select_node_contents(element).is_ok() {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
}

/// Offers `text` as a file download named `file_name`.
pub fn download(text: &str, file_name: &str, mime: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(anchor) = document.create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
