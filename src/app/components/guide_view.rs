//! The guide for the reader's case: the core's steps, in order.

use std::rc::Rc;

use yew::prelude::*;

use super::diagram_view::{diagram_view, Drawing};
use super::rich_text::RichText;
use super::step_view::StepView;
use crate::app::l10n::Ui;
use crate::app::lazy::{Section, Wire};
use crate::app::state::State;
use crate::core::guide::{Block, Step};
use crate::core::shown::ShownStep;
use crate::core::snippets::SnippetId;
use crate::msg;

/// A function, not a component: it has no state of its own and re-renders with the widget
/// anyway. Each step's body is a component: a keystroke re-renders only those that quote the value.
/// `iac`: what each infrastructure file's section is handed (the step that offers them).
pub fn guide_view(
    ui: &Ui,
    steps: &[ShownStep],
    state: &State,
    diagram: &Drawing,
    iac: &Rc<Vec<(Section, Wire)>>,
) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let heading_id = prefix.id("guide-heading");
    html! {
        <section class="bsc-guide">
            <h3 id={heading_id}>{ l.t(&msg!("guide-heading")) }</h3>
            <ol class="bsc-steps">
                // Keyed by step id, so a step that appears or goes away (the encryption
                // option) leaves the others' DOM in place. The number and title are rendered
                // here, with the list: a step inserted renumbers the others in the same pass.
                { for steps.iter().enumerate().map(|(index, ShownStep { step, snippets })| html! {
                    <li key={step.id} class="bsc-step" id={prefix.id(&format!("step-{}", step.id))} data-step={step.id}>
                        <h4 class="bsc-step-title" id={prefix.id(&format!("step-{}-title", step.id))} tabindex="-1">
                            <span class="bsc-step-number">{ l.t(&msg!("step-number", number = index + 1)) }</span>
                            <span class="bsc-step-name"><RichText l={l.clone()} msg={step.title.clone()} /></span>
                        </h4>
                        // The picture again, beside the trust policy it draws.
                        if has_trust_policy(step) {
                            { diagram_view(ui, diagram, "trust-policy") }
                        }
                        <StepView ui={ui.clone()} step={step.clone()}
                            snippets={snippets.clone()} ticked={step_ticks(state, step)}
                            lazy={has_iac(step).then(|| iac.clone())} />
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn has_iac(step: &Step) -> bool {
    step.blocks
        .iter()
        .any(|b| matches!(b, Block::Snippet(SnippetId::Iac(_))))
}

fn has_trust_policy(step: &Step) -> bool {
    step.blocks
        .iter()
        .any(|b| matches!(b, Block::Snippet(SnippetId::TrustPolicy)))
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
