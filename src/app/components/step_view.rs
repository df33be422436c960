//! One step of the guide: its title, explanations, tasks, notes and snippets.

use std::rc::Rc;

use yew::prelude::*;

use super::rich_text::RichText;
use super::snippet_view::SnippetView;
use crate::app::l10n::{L10n, Ui};
use crate::app::lazy::host::LazyDetails;
use crate::app::lazy::{Section, Wire};
use crate::core::guide::{Block, Step, Tone};
use crate::core::snippets::{SnippetBody, SnippetId};
use crate::core::wildcard_note::example_label;
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    pub ui: Ui,
    pub step: Rc<Step>,
    /// This step's snippets, built once per configuration.
    pub snippets: Rc<Vec<(SnippetId, SnippetBody)>>,
    /// Ids of this step's tasks the reader ticked in the checklist.
    pub ticked: Vec<String>,
    /// What the sections this step folds (the infrastructure files) are handed.
    #[prop_or_default]
    pub lazy: Option<Rc<Vec<(Section, Wire)>>>,
}

/// The body of a step (its number and title are the guide's). A component: a keystroke
/// changes a few steps (those quoting the value typed), and Yew skips the others, equal
/// props. Within a step, its messages (`RichText`) and snippets (`SnippetView`) are
/// components too, skipped when unchanged.
#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    html! { <>{ for blocks_html(props) }</> }
}

/// The step's blocks. The optional infrastructure files are long: each one, with its how-to
/// and notes, folds into its own disclosure, so the reader opens only the one they want.
fn blocks_html(props: &StepViewProps) -> Vec<Html> {
    let l = &props.ui.l;
    let mut out = Vec::new();
    let mut group: Vec<Html> = Vec::new();
    let folding = props.step.id == "automate";
    for (index, block) in props.step.blocks.iter().enumerate() {
        let html = block_html(props, block);
        match block {
            // Built, with its code, once the reader opens it (`app::lazy`).
            Block::Snippet(id @ SnippetId::Iac(kind)) => {
                let section = Section::Iac(*kind);
                let wire = props
                    .lazy
                    .iter()
                    .flat_map(|wires| wires.iter())
                    .find(|(s, _)| *s == section)
                    .map(|(_, wire)| wire.clone());
                if let Some(wire) = wire {
                    out.push(html! {
                        <LazyDetails ui={props.ui.clone()} {section} {wire}
                            class="bsc-iac" summary={l.t(&id.title())}>
                            { for group.drain(..) }
                        </LazyDetails>
                    });
                }
            }
            _ if folding && index > 0 => group.push(html),
            _ => out.push(html),
        }
    }
    out.extend(group);
    out
}

fn block_html(props: &StepViewProps, block: &Block) -> Html {
    let (ui, l) = (&props.ui, &props.ui.l);
    match block {
        Block::Text(text) => html! { <p><RichText l={l.clone()} msg={text.clone()} /></p> },
        Block::Task(task) => {
            let done = props.ticked.contains(&task.id);
            html! {
                <p class={classes!("bsc-task", done.then_some("bsc-task--done"))}
                    data-task={task.id.clone()}><RichText l={l.clone()} msg={task.text.clone()} /></p>
            }
        }
        Block::Note(tone, text) => note(l, *tone, text),
        Block::BucketExamples(examples) => html! {
            <ul class="bsc-bucket-examples">
                { for examples.iter().map(|(name, matched)| html! {
                    <li class={if *matched { "bsc-example--match" } else { "bsc-example--no-match" }}>
                        <code>{ name.clone() }</code>{ " — " }
                        { l.t(&example_label(*matched)) }
                    </li>
                }) }
            </ul>
        },
        Block::Snippet(id) => html! {
            // The documents of the guide are built with it (`core::shown`); the others, in
            // their own sections.
            if let Some((_, body)) = props.snippets.iter().find(|(i, _)| i == id) {
                <SnippetView ui={ui.clone()} id={*id} body={body.clone()} />
            }
        },
    }
}

pub(super) fn note(l: &L10n, tone: Tone, text: &crate::core::text::Msg) -> Html {
    let (class, title) = match tone {
        Tone::Note => ("bsc-note--note", msg!("note-note")),
        Tone::Tip => ("bsc-note--tip", msg!("note-tip")),
        Tone::Important => ("bsc-note--important", msg!("note-important")),
        Tone::Warning => ("bsc-note--warning", msg!("note-warning")),
    };
    html! {
        <aside class={classes!("bsc-note", class)} role="note">
            <strong class="bsc-note-title">{ l.t(&title) }</strong>
            <p><RichText l={l.clone()} msg={text.clone()} /></p>
        </aside>
    }
}
