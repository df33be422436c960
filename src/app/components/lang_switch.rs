//! The language switcher: each language named in itself.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::l10n::{use_id_prefix, use_l10n};
use crate::core::text::Msg;
use crate::i18n::Locale;
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
                    // Each language in its own name. The current one reads it from its own
                    // texts; the others from this locale's list (they may not be loaded yet).
                    let name = if *locale == props.locale {
                        l.0.text(&msg!("language-name"))
                    } else {
                        l.0.text(&endonym(*locale))
                    };
                    html! {
                        <option value={locale.tag()} lang={locale.tag()}
                            selected={*locale == props.locale}>{ name }</option>
                    }
                }) }
            </select>
        </div>
    }
}

fn endonym(locale: Locale) -> Msg {
    match locale {
        Locale::En => msg!("lang-name-en"),
        Locale::Fr => msg!("lang-name-fr"),
        Locale::De => msg!("lang-name-de"),
        Locale::Es => msg!("lang-name-es"),
        Locale::Ja => msg!("lang-name-ja"),
        Locale::Ko => msg!("lang-name-ko"),
        Locale::PtBr => msg!("lang-name-pt-BR"),
    }
}
