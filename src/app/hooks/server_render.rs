//! The hooks of a server render (the pre-render, `src/bin/prerender.rs`), in place of those
//! that write outside the widget: there is no page, storage, URL or timer yet, and a native
//! build has no browser to call. Same signatures, so the widget renders the same markup.

use std::rc::Rc;

use yew::prelude::*;

use super::saver::Start;
use super::Persistence;
use crate::app::l10n::L10n;
use crate::app::state::{Action, State};

/// Writes nothing; "start over" has nothing to clear (a pre-rendered button does nothing).
#[hook]
pub fn use_persistence(
    _state: &State,
    _l10n: &L10n,
    _owns_url: bool,
    _storage_key: &AttrValue,
    _start: &Rc<Start>,
    _dispatch: &Callback<Action>,
) -> Persistence {
    Persistence {
        start_over: Callback::noop(),
        not_kept: false,
    }
}
