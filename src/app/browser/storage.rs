//! `localStorage`, reached through gloo, without ever panicking: a blocked storage (private
//! mode, sandboxed iframe, disabled cookies) or a full one means nothing is kept, which
//! [`save`] says.

use gloo::storage::{LocalStorage, Storage};

/// Whether the page may use `localStorage` at all. gloo's accessor panics when reading
/// `window.localStorage` throws, so ask the browser first.
fn available() -> bool {
    web_sys::window()
        .map(|w| matches!(w.local_storage(), Ok(Some(_))))
        .unwrap_or(false)
}

pub fn load(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Writes `value` under `key`. `false` when it was not kept: `setItem` threw (the storage is
/// full: quota exceeded; or revoked) or the page may not use the storage at all. The widget
/// keeps working either way; the caller tells the reader.
pub fn save(key: &str, value: &str) -> bool {
    available() && LocalStorage::raw().set_item(key, value).is_ok()
}

pub fn clear(key: &str) {
    if available() {
        let _ = LocalStorage::raw().remove_item(key);
    }
}

/// The storage key of one widget instance: page path + the element's id (or position), so
/// two widgets, or two pages, never share their saved state.
pub fn key_for(element: &web_sys::Element, index: usize) -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let instance = element
        .get_attribute("data-storage-key")
        .or_else(|| Some(element.id()).filter(|id| !id.is_empty()))
        .unwrap_or_else(|| index.to_string());
    format!("braze-s3-companion:{path}:{instance}")
}
