//! The writes of one widget to the storage and the URL that can wait, and what it hears of
//! the other tabs' writes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::app::browser::{sources, storage};
use crate::app::state::Action;
use crate::core::checklist::Ticks;
use crate::core::config::Config;
use crate::core::persist::{self, Saved};
use crate::i18n::Locale;

/// The side key that keeps a save this build could not read, once the reader's change
/// overwrites it (docs/contract.md).
pub fn unread_key(key: &str) -> String {
    format!("{key}.unread")
}

/// Typing writes the save and the URL once it pauses, instead of at every key (encoding the
/// state, `setItem` and `history.replaceState` are synchronous, in the key's path). Nothing
/// typed is lost: whatever waits is written at once when the page is hidden or left
/// (`visibilitychange`, `pagehide`, which a reload fires too) and when the widget goes away,
/// the URL first, so that the save records the address it leaves.
pub struct Saver {
    pending: Rc<Pending>,
    _listeners: [EventListener; 3],
}

/// What the saver knows when it starts: from the storage, read once as the widget was mounted
/// (`mount.rs`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Start {
    /// The save as far as it could be read: the base of the first merge.
    pub seen: Option<Saved>,
    /// The text of a save this build could not read whole, kept until the reader changes
    /// something.
    pub unread: Option<String>,
}

struct Pending {
    key: String,
    /// The state to save (none after "start over", or while an unread save is kept).
    latest: RefCell<Option<(Config, Ticks)>>,
    save_due: Cell<bool>,
    /// The URL to write, when a write waits.
    url: RefCell<Option<(Config, Option<Locale>)>>,
    /// The widget's pairs in the address, as last written (the save records them).
    url_written: RefCell<Vec<Vec<(String, String)>>>,
    /// What this tab last saw in the storage: its own last save, or another tab's.
    seen: RefCell<Option<Saved>>,
    unread: RefCell<Option<String>>,
    timer: RefCell<Option<Timeout>>,
    /// Told whether the latest save was kept, when that changes (the storage notice).
    on_kept: Callback<bool>,
    kept: Cell<Option<bool>>,
}

impl Pending {
    fn flush(&self) {
        self.timer.borrow_mut().take();
        let url = self.url.borrow_mut().take();
        if let Some((config, locale)) = url {
            let written = sources::write_url(&config, locale);
            let mut urls = self.url_written.borrow_mut();
            if urls.last() != Some(&written) {
                urls.push(written);
                let extra = urls.len().saturating_sub(persist::MAX_URLS);
                urls.drain(..extra);
                // The save records the address: rewrite it (when there is a state to save).
                self.save_due.set(true);
            }
        }
        self.flush_save();
    }

    fn flush_save(&self) {
        if !self.save_due.replace(false) {
            return;
        }
        let Some((config, ticks)) = &*self.latest.borrow() else {
            return;
        };
        let saved = persist::snapshot(config, ticks).with_urls(&self.url_written.borrow());
        if let Some(unread) = self.unread.borrow_mut().take() {
            storage::save(&unread_key(&self.key), &unread);
        }
        let text = saved.to_text();
        // `snapshot` bounds every part so that this always holds: never write a save that
        // cannot be read back, even if those bounds drift.
        let kept = text.len() <= persist::MAX_STORED_BYTES && storage::save(&self.key, &text);
        if kept {
            *self.seen.borrow_mut() = Some(saved);
        }
        if self.kept.replace(Some(kept)) != Some(kept) {
            self.on_kept.emit(kept);
        }
    }

    /// Another tab wrote `text` (or removed the save: `None`) under this widget's key.
    fn heard(&self, text: Option<String>, dispatch: &Callback<Action>) {
        let Some(text) = text else {
            // The other tab started over; this tab's state is the reader's still.
            self.seen.borrow_mut().take();
            return;
        };
        let read = persist::read(&text);
        if !read.whole {
            // Another version's save: kept aside, as on load, when this tab next saves.
            *self.unread.borrow_mut() = Some(text);
        }
        if let Some(theirs) = read.saved {
            let base = self.seen.replace(Some(theirs.clone()));
            dispatch.emit(Action::MergeFromOtherTab { base, theirs });
        }
    }
}

impl Saver {
    /// `on_kept` hears whether the saves are kept, each time that changes.
    pub fn new(
        key: &str,
        start: Start,
        dispatch: Callback<Action>,
        on_kept: Callback<bool>,
    ) -> Self {
        let pending = Rc::new(Pending {
            key: key.to_owned(),
            latest: RefCell::new(None),
            save_due: Cell::new(false),
            url: RefCell::new(None),
            url_written: RefCell::new(
                start
                    .seen
                    .as_ref()
                    .map(|s| s.urls.clone())
                    .unwrap_or_default(),
            ),
            seen: RefCell::new(start.seen),
            unread: RefCell::new(start.unread),
            timer: RefCell::new(None),
            on_kept,
            kept: Cell::new(None),
        });
        let on = |target: &web_sys::EventTarget, event: &'static str| {
            let pending = Rc::clone(&pending);
            EventListener::new(target, event, move |_| pending.flush())
        };
        let storage_listener = {
            let pending = Rc::clone(&pending);
            EventListener::new(&gloo::utils::window(), "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if event.key().as_deref() == Some(pending.key.as_str()) {
                    pending.heard(event.new_value(), &dispatch);
                }
            })
        };
        let listeners = [
            on(&gloo::utils::window(), "pagehide"),
            on(&gloo::utils::document(), "visibilitychange"),
            storage_listener,
        ];
        Self {
            pending,
            _listeners: listeners,
        }
    }

    /// Records the widget's pairs of the address the page was opened with (a shared link's
    /// query, say), which the state already holds: as the address the widget itself wrote. A
    /// reload that starts before the first URL write (within its delay, or as the page unloads)
    /// asks for that address again; without this the save, which holds the reader's first edit,
    /// would not know it and the link would win over the edit.
    pub fn landed_on(&self, own_pairs: Vec<(String, String)>) {
        let mut urls = self.pending.url_written.borrow_mut();
        if !own_pairs.is_empty() && urls.last() != Some(&own_pairs) {
            urls.retain(|pairs| *pairs != own_pairs);
            urls.push(own_pairs);
            let extra = urls.len().saturating_sub(persist::MAX_URLS);
            urls.drain(..extra);
        }
    }

    /// Whether a save this build could not read is kept (nothing is saved over it yet).
    pub fn keeps_unread(&self) -> bool {
        self.pending.unread.borrow().is_some()
    }

    /// The state to save, at the next [`Self::schedule`] or [`Self::save_now`].
    pub fn set_state(&self, config: Config, ticks: Ticks) {
        *self.pending.latest.borrow_mut() = Some((config, ticks));
        self.pending.save_due.set(true);
    }

    /// Saves the state now (a tick or a choice); a URL write keeps waiting.
    pub fn save_now(&self) {
        self.pending.flush_save();
    }

    /// The URL to write at the next flush.
    pub fn set_url(&self, config: Config, locale: Option<Locale>) {
        *self.pending.url.borrow_mut() = Some((config, locale));
    }

    /// Writes whatever waits after `delay_ms`, unless a newer schedule replaces it first.
    pub fn schedule(&self, delay_ms: u32) {
        let waiting = self.pending.save_due.get() || self.pending.url.borrow().is_some();
        if !waiting {
            return;
        }
        let pending = Rc::downgrade(&self.pending);
        let timer = Timeout::new(delay_ms, move || {
            if let Some(pending) = pending.upgrade() {
                pending.flush();
            }
        });
        // Replacing the timer cancels the previous one.
        *self.pending.timer.borrow_mut() = Some(timer);
    }

    /// Drops the state waiting to be saved: "start over" emptied the storage.
    pub fn cancel(&self) {
        self.pending.latest.borrow_mut().take();
        self.pending.save_due.set(false);
        self.pending.seen.borrow_mut().take();
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.pending.flush();
    }
}
