//! A radio group (WAI-ARIA radio group pattern, native: arrow keys move the choice).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::rich_text::RichText;
use crate::app::l10n::Ui;
use crate::core::text::Msg;

#[derive(Clone, PartialEq)]
pub struct Choice {
    pub key: &'static str,
    pub label: Msg,
    pub hint: Msg,
}

/// A function, not a component: it has no state of its own, and its `on_change` is a new
/// callback on every form render, so as a component it re-rendered with the form anyway.
///
/// `name` is the inputs' `name`: the URL key.
pub fn choice_group(
    ui: &Ui,
    name: &'static str,
    legend: Msg,
    choices: &[Choice],
    selected: &'static str,
    on_change: Callback<String>,
) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if input.checked() {
            on_change.emit(input.value());
        }
    });
    html! {
        <fieldset class="bsc-choice" data-choice={name}>
            <legend><RichText l={l.clone()} msg={legend} /></legend>
            <div class="bsc-options">
                { for choices.iter().map(|choice| {
                    let id = prefix.id(&format!("{}-{}", name, choice.key));
                    let hint_id = prefix.id(&format!("{}-{}-hint", name, choice.key));
                    html! {
                        <label class="bsc-option" for={id.clone()}>
                            <input type="radio" id={id} name={name} value={choice.key}
                                checked={choice.key == selected}
                                aria-describedby={hint_id.clone()}
                                onchange={onchange.clone()} />
                            <span class="bsc-option-text">
                                <span class="bsc-option-label"><RichText l={l.clone()} msg={choice.label.clone()} /></span>
                                <span class="bsc-option-hint" id={hint_id}><RichText l={l.clone()} msg={choice.hint.clone()} /></span>
                            </span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
