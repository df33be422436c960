//! A labelled text input with its hint and the rules it breaks, tied together for screen
//! readers (`aria-describedby`, `aria-invalid`).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::rich_text::RichText;
use crate::app::l10n::Ui;
use crate::core::rules::{Field, Finding, Graded, Problem, Severity};
use crate::core::text::Msg;
use crate::msg;

/// What one text field shows (the arguments of [`text_field`]).
pub struct TextField {
    pub field: Field,
    pub label: Msg,
    pub hint: Option<Msg>,
    pub value: AttrValue,
    pub placeholder: Option<AttrValue>,
    pub findings: Vec<Finding>,
    /// Show "required" too (the reader has been in the field).
    pub touched: bool,
    pub inputmode: Option<AttrValue>,
    pub on_input: Callback<(Field, String)>,
}

/// A function, not a component: it has no state of its own, and its `on_input` is a new
/// callback on every form render, so as a component it re-rendered with the form anyway.
pub fn text_field(ui: &Ui, props: &TextField) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let key = props.field.key();
    let anchor = props.field.anchor();
    let id = prefix.id(&anchor);
    let hint_id = prefix.id(&format!("{anchor}-hint"));
    let messages_id = prefix.id(&format!("{anchor}-messages"));
    let shown: Vec<&Finding> = props
        .findings
        .iter()
        .filter(|f| props.touched || f.problem != Problem::Required)
        .collect();
    let invalid = shown
        .iter()
        .any(|f| f.problem.severity() == Severity::Error);
    let mut described = Vec::new();
    if !shown.is_empty() {
        described.push(messages_id.to_string());
    }
    if props.hint.is_some() {
        described.push(hint_id.to_string());
    }
    let oninput = {
        let on_input = props.on_input.clone();
        let field = props.field;
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_input.emit((field, input.value()));
        })
    };
    html! {
        <div class={classes!("bsc-field", invalid.then_some("bsc-field--invalid"))} data-field={key}>
            <label for={id.clone()}><RichText l={l.clone()} msg={props.label.clone()} /></label>
            <input type="text" id={id} name={key} value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                inputmode={props.inputmode.clone()}
                autocomplete="off" autocapitalize="off" spellcheck="false"
                aria-invalid={invalid.then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                {oninput} />
            if let Some(hint) = &props.hint {
                <p class="bsc-hint" id={hint_id}><RichText l={l.clone()} msg={hint.clone()} /></p>
            }
            if !shown.is_empty() {
                <ul class="bsc-messages" id={messages_id}>
                    { for shown.iter().map(|finding| {
                        let error = finding.problem.severity() == Severity::Error;
                        let (class, prefix) = if error {
                            ("bsc-error", msg!("error-label"))
                        } else {
                            ("bsc-warning", msg!("warning-label"))
                        };
                        html! {
                            <li class={class} data-rule={rule_key(&finding.problem)}>
                                <span class="bsc-visually-hidden">{ l.t(&prefix) }{ " " }</span>
                                <RichText l={l.clone()} msg={finding.problem.message()} />
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}

/// The rule's message id, as a stable hook for tests and styling.
fn rule_key(problem: &Problem) -> &'static str {
    problem.message().id
}
