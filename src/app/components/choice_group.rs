//! A radio group (WAI-ARIA radio group pattern, native: arrow keys move the choice).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::rich_text::RichText;
use crate::app::l10n::use_id_prefix;
use crate::core::text::Msg;

#[derive(Clone, PartialEq)]
pub struct Choice {
    pub key: &'static str,
    pub label: Msg,
    pub hint: Msg,
}

#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// The inputs' `name`: the URL key.
    pub name: &'static str,
    pub legend: Msg,
    pub choices: Vec<Choice>,
    pub selected: &'static str,
    pub on_change: Callback<String>,
}

#[component]
pub fn ChoiceGroup(props: &ChoiceGroupProps) -> Html {
    let prefix = use_id_prefix();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if input.checked() {
                on_change.emit(input.value());
            }
        })
    };
    html! {
        <fieldset class="bsc-choice" data-choice={props.name}>
            <legend><RichText msg={props.legend.clone()} /></legend>
            <div class="bsc-options">
                { for props.choices.iter().map(|choice| {
                    let id = prefix.id(&format!("{}-{}", props.name, choice.key));
                    let hint_id = prefix.id(&format!("{}-{}-hint", props.name, choice.key));
                    html! {
                        <label class="bsc-option" for={id.clone()}>
                            <input type="radio" id={id} name={props.name} value={choice.key}
                                checked={choice.key == props.selected}
                                aria-describedby={hint_id.clone()}
                                onchange={onchange.clone()} />
                            <span class="bsc-option-text">
                                <span class="bsc-option-label"><RichText msg={choice.label.clone()} /></span>
                                <span class="bsc-option-hint" id={hint_id}><RichText msg={choice.hint.clone()} /></span>
                            </span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
