//! The guide for the reader's case: the core's steps, in order.

use std::rc::Rc;

use yew::prelude::*;

use super::step_view::StepView;
use crate::app::l10n::{IdPrefix, L10n};
use crate::app::state::State;
use crate::core::guide::{Block, Step};
use crate::core::snippets::{SnippetBody, SnippetId};
use crate::msg;

/// A step of the guide with the snippets it shows, built once per configuration.
pub type GuideStep = (Rc<Step>, Rc<Vec<(SnippetId, SnippetBody)>>);

/// A function, not a component: it has no state of its own and re-renders with the widget
/// anyway. Its steps are components: a keystroke re-renders only those that quote the value.
pub fn guide_view(l: &L10n, prefix: &IdPrefix, steps: &[GuideStep], state: &State) -> Html {
    let heading_id = prefix.id("guide-heading");
    html! {
        <section class="bsc-guide">
            <h3 id={heading_id}>{ l.t(&msg!("guide-heading")) }</h3>
            <ol class="bsc-steps">
                { for steps.iter().enumerate().map(|(index, (step, snippets))| html! {
                    <StepView key={step.id} l={l.clone()} prefix={prefix.clone()}
                        number={index + 1} step={step.clone()} snippets={snippets.clone()}
                        ticked={step_ticks(state, step)} />
                }) }
            </ol>
        </section>
    }
}

/// The ticked task ids of one step.
fn step_ticks(state: &State, step: &Step) -> Vec<String> {
    step.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Task(t) if state.is_ticked(&t.id) => Some(t.id.clone()),
            _ => None,
        })
        .collect()
}
