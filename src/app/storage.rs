//! `localStorage`, reached through gloo, without ever panicking: a blocked storage (private
//! mode, sandboxed iframe, disabled cookies) or a full one just means nothing is kept.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use gloo::timers::callback::Timeout;

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

pub fn save(key: &str, value: &str) {
    if available() {
        // Quota exceeded or storage revoked: keep working without persistence.
        let _ = LocalStorage::raw().set_item(key, value);
    }
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

/// A save of the reader's state that can wait: typing writes it once the typing pauses,
/// instead of at every key (encoding the state and `setItem` are synchronous, in the key's
/// path). Nothing typed is lost: it is written at once when the page is hidden or left
/// (`visibilitychange`, `pagehide`, which a reload fires too) and when the widget goes away.
pub struct DeferredSave {
    pending: Rc<Pending>,
    _listeners: [EventListener; 2],
}

struct Pending {
    key: String,
    encode: RefCell<Option<Box<dyn FnOnce() -> String>>>,
    timer: RefCell<Option<Timeout>>,
}

impl Pending {
    fn flush(&self) {
        let encode = self.encode.borrow_mut().take();
        if let Some(encode) = encode {
            save(&self.key, &encode());
        }
    }
}

impl DeferredSave {
    pub fn new(key: &str) -> Self {
        let pending = Rc::new(Pending {
            key: key.to_owned(),
            encode: RefCell::new(None),
            timer: RefCell::new(None),
        });
        let on = |target: &web_sys::EventTarget, event: &'static str| {
            let pending = Rc::clone(&pending);
            EventListener::new(target, event, move |_| pending.flush())
        };
        let listeners = [
            on(&gloo::utils::window(), "pagehide"),
            on(&gloo::utils::document(), "visibilitychange"),
        ];
        Self {
            pending,
            _listeners: listeners,
        }
    }

    /// Saves what `encode` returns after `delay_ms`, unless a newer save replaces it first.
    pub fn later(&self, delay_ms: u32, encode: impl FnOnce() -> String + 'static) {
        *self.pending.encode.borrow_mut() = Some(Box::new(encode));
        let pending = Rc::downgrade(&self.pending);
        let timer = Timeout::new(delay_ms, move || {
            if let Some(pending) = pending.upgrade() {
                pending.flush();
            }
        });
        // Replacing the timer cancels the previous one.
        *self.pending.timer.borrow_mut() = Some(timer);
    }

    /// Saves `text` now (and drops any save waiting).
    pub fn now(&self, text: &str) {
        self.cancel();
        save(&self.pending.key, text);
    }

    /// Drops any save waiting ("start over" clears the storage).
    pub fn cancel(&self) {
        self.pending.encode.borrow_mut().take();
        self.pending.timer.borrow_mut().take();
    }
}

impl Drop for DeferredSave {
    fn drop(&mut self) {
        self.pending.flush();
    }
}
