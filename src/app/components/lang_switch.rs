//! The language switcher: each language named in itself.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::l10n::{use_id_prefix, use_l10n};
use crate::i18n::{Locale, Localizer};
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub locale: Locale,
    pub on_change: Callback<Locale>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let l = use_l10n();
    let id = use_id_prefix().id("lang");
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(locale) = Locale::from_tag(&select.value()) {
                on_change.emit(locale);
            }
        })
    };
    html! {
        <div class="bsc-lang">
            <label for={id.clone()}>{ l.t(&msg!("lang-label")) }</label>
            <select id={id} name="lang" {onchange}>
                { for Locale::ALL.iter().map(|locale| {
                    let name = Localizer::get(*locale).text(&msg!("language-name"));
                    html! {
                        <option value={locale.tag()} lang={locale.tag()}
                            selected={*locale == props.locale}>{ name }</option>
                    }
                }) }
            </select>
        </div>
    }
}
