//! The guide for the reader's case: the core's steps, in order.

use std::rc::Rc;

use yew::prelude::*;

use super::step_view::StepView;
use crate::app::l10n::{use_id_prefix, use_l10n};
use crate::app::state::State;
use crate::core::guide::Guide;
use crate::core::rules::Report;
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct GuideViewProps {
    pub guide: Rc<Guide>,
    pub state: State,
    pub report: Report,
}

#[component]
pub fn GuideView(props: &GuideViewProps) -> Html {
    let l = use_l10n();
    let prefix = use_id_prefix();
    let heading_id = prefix.id("guide-heading");
    html! {
        <section class="bsc-guide">
            <h3 id={heading_id}>{ l.t(&msg!("guide-heading")) }</h3>
            <ol class="bsc-steps">
                { for props.guide.steps.iter().enumerate().map(|(index, step)| html! {
                    <StepView key={step.id} number={index + 1} step={step.clone()}
                        config={props.state.config.clone()} report={props.report.clone()}
                        ticked={step_ticks(&props.state, step)} />
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
