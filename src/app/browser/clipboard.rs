//! Copying and downloading snippets, with a fallback where the Clipboard API is missing,
//! refused (insecure page, denied permission), throws, or never answers: select the text and
//! let the reader copy it.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// How long a copy may wait for the clipboard before the reader is offered the manual copy
/// (a browser that neither resolves nor rejects `writeText` would leave the button silent).
pub const COPY_TIMEOUT_MS: i32 = 1_500;

/// Copies `text`; `Ok` when the Clipboard API took it within [`COPY_TIMEOUT_MS`]. Every
/// failure is an `Err`, never an exception: no clipboard, a `writeText` that throws at once
/// (called through `Function::call1`, which catches), one that rejects, one that hangs.
pub async fn copy(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let get = |target: &JsValue, key: &str| js_sys::Reflect::get(target, &JsValue::from_str(key));
    let clipboard = get(&window.navigator(), "clipboard").map_err(|_| ())?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(());
    }
    let write: js_sys::Function = get(&clipboard, "writeText")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    let written = write
        .call1(&clipboard, &JsValue::from_str(text))
        .map_err(|_| ())?;
    // Whatever it returned, as a promise (a stub may return a plain value).
    let written = js_sys::Promise::resolve(&written);
    // The timeout settles the race with a value no `writeText` can return: a symbol, not an
    // object, which a host page's `Object.prototype.then` would make a never-settling thenable.
    let timed_out = JsValue::symbol(Some("braze-s3-companion: clipboard timed out"));
    let timeout = {
        let timed_out = timed_out.clone();
        js_sys::Promise::new(&mut |resolve, _reject| {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_1(
                &resolve,
                COPY_TIMEOUT_MS,
                &timed_out,
            );
        })
    };
    let race = js_sys::Promise::race(&js_sys::Array::of2(&written, &timeout));
    match JsFuture::from(race).await {
        Ok(value) if js_sys::Object::is(&value, &timed_out) => Err(()),
        Ok(_) => Ok(()),
        Err(_) => Err(()),
    }
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
