//! What the widget's state writes outside the widget: the reader's inputs and ticks to the
//! storage, the setup to the URL, the page title in the reader's language.

use std::rc::Rc;

use yew::prelude::*;

use super::saver::{Saver, Start};
use super::Persistence;
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
/// `state`, and merges what other tabs of the page save. `start` is what `mount.rs` read from
/// the storage.
#[hook]
pub fn use_persistence(
    state: &State,
    l10n: &L10n,
    owns_url: bool,
    storage_key: &AttrValue,
    start: &Rc<Start>,
    dispatch: &Callback<Action>,
) -> Persistence {
    let written = use_mut_ref(Written::default);
    let not_kept = use_state_eq(|| false);
    // The saver and the "start over" callback that cancels it, made once (one memo).
    let sync = {
        let (written, dispatch, start) = (written.clone(), dispatch.clone(), start.clone());
        let on_kept = {
            let not_kept = not_kept.clone();
            Callback::from(move |kept: bool| not_kept.set(!kept))
        };
        use_memo(storage_key.clone(), move |key| {
            let saver = Rc::new(Saver::new(key, (*start).clone(), dispatch.clone(), on_kept));
            if owns_url {
                // The address the page was opened with, as the state now holds it.
                saver.landed_on(persist::own_pairs(&sources::url_pairs()));
            }
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
            let first_run = !std::mem::replace(&mut written.first_run_done, true);
            // Saving the presets back right after "start over" would keep, as the reader's
            // own, values the docs author may change later. A save this build cannot read
            // stays as it is until the reader changes something.
            let keep = (written.cleared && *pristine) || (first_run && saver.keeps_unread());
            if !keep {
                written.cleared = false;
                saver.set_state(config.clone(), ticks.clone());
                // A tick or a choice is saved at once; typing once it pauses.
                let choices = (
                    checklist::case_key(config),
                    config.sse,
                    config.connectors.len(),
                );
                if written.saved.as_ref() != Some(&(choices.clone(), ticks.clone())) {
                    saver.save_now();
                    written.saved = Some((choices, ticks.clone()));
                }
            }
            if owns_url {
                if written.title != Some(*locale) {
                    sources::set_page_title(&l.0.text(&msg!("page-title")));
                    written.title = Some(*locale);
                }
                // The first run would only echo the URL the page was opened with: skip it, so
                // a docs page keeps its clean address until the reader changes something.
                if !first_run {
                    saver.set_url(config.clone(), *pinned);
                }
            }
            saver.schedule(SAVE_DELAY_MS);
        });
    }
    Persistence {
        start_over: sync.1.clone(),
        not_kept: *not_kept,
    }
}

/// What the effect remembers between runs.
#[derive(Default)]
struct Written {
    first_run_done: bool,
    /// The choices and ticks last saved: when they are unchanged, the change is typing.
    saved: Option<((String, bool, usize), Ticks)>,
    /// "Start over" emptied the storage, and the reader has changed nothing since.
    cleared: bool,
    /// The locale the page title is in.
    title: Option<Locale>,
}
