//! The language switcher: each language named in itself. It shows the language the guide is
//! in, never one still on its way: while another loads, a line says so; if it fails, a line
//! says that too, with a button to try again (choosing it again in the list retries as well).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::l10n::Ui;
use crate::app::state::LocaleRequest;
use crate::i18n::Locale;
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub ui: Ui,
    /// The language shown.
    pub locale: Locale,
    pub request: Option<LocaleRequest>,
    pub on_change: Callback<Locale>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let LangSwitchProps {
        ui,
        locale,
        request,
        on_change,
    } = props;
    let (l, id) = (&ui.l, ui.prefix.id("lang"));
    let select_ref = use_node_ref();
    {
        // The list follows the language shown, whatever the reader last picked in it: Yew
        // cannot, as an `<option selected>` the reader changed no longer follows its attribute.
        let select_ref = select_ref.clone();
        use_effect_with((*locale, *request), move |(locale, _)| {
            if let Some(select) = select_ref.cast::<HtmlSelectElement>() {
                select.set_value(locale.tag());
            }
        });
    }
    let onchange = {
        let on_change = on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(locale) = Locale::from_tag(&select.value()) {
                on_change.emit(locale);
            }
        })
    };
    let status = request.map(|request| {
        let language = request.locale.endonym();
        if request.failed {
            let retry = on_change.reform(move |_: MouseEvent| request.locale);
            html! {
                <p class="bsc-lang-status bsc-lang-status--failed" role="alert">
                    { l.t(&msg!("lang-failed", language = language)) }{ " " }
                    <button type="button" class="bsc-button bsc-button--secondary" onclick={retry}>
                        { l.t(&msg!("lang-retry")) }
                    </button>
                </p>
            }
        } else {
            html! {
                <p class="bsc-lang-status" role="status">{ l.t(&msg!("lang-loading", language = language)) }</p>
            }
        }
    });
    html! {
        <div class="bsc-lang">
            <label for={id.clone()}>{ l.t(&msg!("lang-label")) }</label>
            <select id={id} name="lang" ref={select_ref} {onchange}>
                { for Locale::ALL.iter().map(|option| html! {
                    <option value={option.tag()} lang={option.tag()}
                        selected={option == locale}>{ option.endonym() }</option>
                }) }
            </select>
            { status }
        </div>
    }
}
