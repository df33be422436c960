//! What the widget's state writes outside the widget: the reader's inputs and ticks to the
//! storage, the setup to the URL, the page title in the reader's language.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::browser::{sources, storage};
use crate::app::l10n::L10n;
use crate::app::state::{Action, State};
use crate::core::checklist::{self, Ticks};
use crate::core::persist;
use crate::i18n::Locale;
use crate::msg;

/// How long the URL and the saved state wait for the typing to pause.
const SAVE_DELAY_MS: u32 = 250;

/// Keeps the storage, the URL (when this instance `owns_url`) and the page title in step with
/// `state`. Returns the "start over" callback: it clears the storage and dispatches
/// [`Action::StartOver`]; the storage then stays empty until the reader changes something.
#[hook]
pub fn use_persistence(
    state: &State,
    l10n: &L10n,
    owns_url: bool,
    storage_key: &AttrValue,
    dispatch: &Callback<Action>,
) -> Callback<()> {
    let written = use_mut_ref(Written::default);
    // The saver and the "start over" callback that cancels it, made once (one memo).
    let sync = {
        let (written, dispatch) = (written.clone(), dispatch.clone());
        use_memo(storage_key.clone(), move |key| {
            let saver = Rc::new(DeferredSave::new(key));
            let (key, clear) = (key.clone(), saver.clone());
            let start_over = Callback::from(move |()| {
                clear.cancel();
                storage::clear(&key);
                written.borrow_mut().cleared = true;
                dispatch.emit(Action::StartOver);
            });
            (saver, start_over)
        })
    };
    {
        // One effect for every write (each effect costs its own copy of Yew's effect code).
        // Each write is idempotent, so redoing the others when only one input changed costs
        // nothing visible.
        let (saver, written, l) = (sync.0.clone(), written, l10n.clone());
        let deps = (
            state.config.clone(),
            state.ticks.clone(),
            state.url_locale(),
            state.locale,
            // What "start over" leads to: nothing of the reader's.
            state.config == state.preset && state.ticks == Ticks::default(),
        );
        use_effect_with(deps, move |(config, ticks, pinned, locale, pristine)| {
            let mut written = written.borrow_mut();
            // Saving the presets back right after "start over" would keep, as the reader's
            // own, values the docs author may change later.
            if !(written.cleared && *pristine) {
                written.cleared = false;
                // A tick or a choice is saved at once; typing once it pauses.
                let choices = (
                    checklist::case_key(config),
                    config.sse,
                    config.connectors.len(),
                );
                if written.saved.as_ref() == Some(&(choices.clone(), ticks.clone())) {
                    let (config, ticks) = (config.clone(), ticks.clone());
                    saver.later(SAVE_DELAY_MS, move || persist::encode(&config, &ticks));
                } else {
                    saver.now(&persist::encode(config, ticks));
                    written.saved = Some((choices, ticks.clone()));
                }
            }
            if !owns_url {
                return;
            }
            if written.title != Some(*locale) {
                sources::set_page_title(&l.0.text(&msg!("page-title")));
                written.title = Some(*locale);
            }
            // The first run would only echo the URL the page was opened with: skip it, so a
            // docs page keeps its clean address until the reader changes something.
            if std::mem::replace(&mut written.first_run_done, true) {
                let (config, pinned) = (config.clone(), *pinned);
                written.pending_url = Some(Timeout::new(SAVE_DELAY_MS, move || {
                    sources::write_url(&config, pinned)
                }));
            }
        });
    }
    sync.1.clone()
}

/// What the effect remembers between runs.
#[derive(Default)]
struct Written {
    first_run_done: bool,
    /// The choices and ticks last saved: when they are unchanged, the change is typing.
    saved: Option<((String, bool, usize), Ticks)>,
    /// "Start over" emptied the storage, and the reader has changed nothing since.
    cleared: bool,
    /// The URL write waiting for the typing to pause: `history.replaceState` is slow enough
    /// to show in keystroke latency. Replacing it cancels the previous one.
    pending_url: Option<Timeout>,
    /// The locale the page title is in.
    title: Option<Locale>,
}

/// A save of the reader's state that can wait: typing writes it once the typing pauses,
/// instead of at every key (encoding the state and `setItem` are synchronous, in the key's
/// path). Nothing typed is lost: it is written at once when the page is hidden or left
/// (`visibilitychange`, `pagehide`, which a reload fires too) and when the widget goes away.
struct DeferredSave {
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
            storage::save(&self.key, &encode());
        }
    }
}

impl DeferredSave {
    fn new(key: &str) -> Self {
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
    fn later(&self, delay_ms: u32, encode: impl FnOnce() -> String + 'static) {
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
    fn now(&self, text: &str) {
        self.cancel();
        storage::save(&self.pending.key, text);
    }

    /// Drops any save waiting ("start over" clears the storage).
    fn cancel(&self) {
        self.pending.encode.borrow_mut().take();
        self.pending.timer.borrow_mut().take();
    }
}

impl Drop for DeferredSave {
    fn drop(&mut self) {
        self.pending.flush();
    }
}
