//! The language switcher: each language named in itself.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::l10n::{IdPrefix, L10n};
use crate::i18n::Locale;
use crate::msg;

/// A function, not a component: it has no state of its own, and its `on_change` is a new
/// callback on every widget render, so as a component it re-rendered with the widget anyway.
pub fn lang_switch(
    l: &L10n,
    prefix: &IdPrefix,
    locale: Locale,
    on_change: Callback<Locale>,
) -> Html {
    let id = prefix.id("lang");
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        if let Some(locale) = Locale::from_tag(&select.value()) {
            on_change.emit(locale);
        }
    });
    html! {
        <div class="bsc-lang">
            <label for={id.clone()}>{ l.t(&msg!("lang-label")) }</label>
            <select id={id} name="lang" {onchange}>
                { for Locale::ALL.iter().map(|option| html! {
                    <option value={option.tag()} lang={option.tag()}
                        selected={*option == locale}>{ option.endonym() }</option>
                }) }
            </select>
        </div>
    }
}
