//! The guide for the reader's case: the core's steps, in order.

use std::rc::Rc;

use yew::prelude::*;

use super::step_view::StepView;
use crate::app::l10n::{IdPrefix, L10n};
use crate::app::state::State;
use crate::core::guide::Guide;
use crate::core::rules::Report;
use crate::msg;

/// A function, not a component: it has no state of its own and re-renders with the widget
/// anyway; each step below is a component, skipped when its own props are unchanged.
pub fn guide_view(
    l: &L10n,
    prefix: &IdPrefix,
    guide: &Rc<Guide>,
    state: &State,
    report: &Report,
) -> Html {
    let heading_id = prefix.id("guide-heading");
    html! {
        <section class="bsc-guide">
            <h3 id={heading_id}>{ l.t(&msg!("guide-heading")) }</h3>
            <ol class="bsc-steps">
                { for guide.steps.iter().enumerate().map(|(index, step)| html! {
                    <StepView key={step.id} number={index + 1} step={step.clone()}
                        config={state.config.clone()} report={report.clone()}
                        ticked={step_ticks(state, step)} />
                }) }
            </ol>
        </section>
    }
}

/// The ticked task ids of one step (so a step re-renders only when its own ticks change).
fn step_ticks(state: &State, step: &crate::core::guide::Step) -> Vec<String> {
    step.blocks
        .iter()
        .filter_map(|b| match b {
            crate::core::guide::Block::Task(t) if state.is_ticked(&t.id) => Some(t.id.clone()),
            _ => None,
        })
        .collect()
}
