//! The guide for the reader's case: the core's steps, in order.

use yew::prelude::*;

use super::step_view::{step_view, StepViewProps};
use crate::app::l10n::{IdPrefix, L10n};
use crate::app::state::State;
use crate::core::guide::Guide;
use crate::core::snippets::{SnippetBody, SnippetId};
use crate::msg;

/// A function, not a component: it has no state of its own and re-renders with the widget
/// anyway.
pub fn guide_view(
    l: &L10n,
    prefix: &IdPrefix,
    guide: &Guide,
    snippets: &[(SnippetId, SnippetBody)],
    state: &State,
) -> Html {
    let heading_id = prefix.id("guide-heading");
    html! {
        <section class="bsc-guide">
            <h3 id={heading_id}>{ l.t(&msg!("guide-heading")) }</h3>
            <ol class="bsc-steps">
                { for guide.steps.iter().enumerate().map(|(index, step)| {
                    let ticked = step_ticks(state, step);
                    let props = StepViewProps {
                        number: index + 1,
                        step,
                        snippets,
                        ticked: &ticked,
                    };
                    step_view(l, prefix, &props)
                }) }
            </ol>
        </section>
    }
}

/// The ticked task ids of one step.
fn step_ticks(state: &State, step: &crate::core::guide::Step) -> Vec<String> {
    step.blocks
        .iter()
        .filter_map(|b| match b {
            crate::core::guide::Block::Task(t) if state.is_ticked(&t.id) => Some(t.id.clone()),
            _ => None,
        })
        .collect()
}
