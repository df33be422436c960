//! The address of the reader's setup, made when it is asked for.

use yew::prelude::*;

use crate::app::browser::sources;
use crate::app::state::State;

/// A callback that returns the link to the current setup. The same callback at every render,
/// reading the state of the latest one: a view that only copies the link at a click is not
/// re-rendered at each keystroke for it.
#[hook]
pub fn use_link(state: &UseReducerHandle<State>) -> Callback<(), String> {
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let link = use_mut_ref(|| {
        let latest = latest.clone();
        Callback::from(move |()| {
            let state = latest.borrow();
            sources::link_to(&state.config, state.locale)
        })
    });
    let link = link.borrow().clone();
    link
}
