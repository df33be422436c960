//! The root of one widget instance: owns the state, provides the localizer, writes the URL.

use yew::prelude::*;

use super::guide_view::GuideView;
use super::lang_switch::LangSwitch;
use super::setup_form::SetupForm;
use crate::app::l10n::{IdPrefix, L10n};
use crate::app::sources;
use crate::app::state::{Action, State};
use crate::core::rules::Report;
use crate::msg;

#[derive(Properties, Clone, PartialEq)]
pub struct WidgetProps {
    pub initial: State,
    /// This instance reads and writes the page's URL.
    pub owns_url: bool,
    /// Position on the page, for unique element ids.
    pub instance: usize,
    /// The page is about one integration: hide the integration choice.
    #[prop_or_default]
    pub lock_integration: bool,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer_eq(move || initial);
    let l10n = use_memo(state.locale, |locale| L10n::new(*locale));
    let report = use_memo(state.config.clone(), Report::new);
    let prefix = use_memo(props.instance, |i| {
        IdPrefix(AttrValue::from(format!("bsc{i}")))
    });

    {
        let owns_url = props.owns_url;
        let url_state = (
            state.config.clone(),
            state.locale_pinned.then_some(state.locale),
        );
        use_effect_with(url_state, move |(config, locale)| {
            if owns_url {
                sources::write_url(config, *locale);
            }
        });
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_locale = dispatch.reform(Action::SetLocale);
    let l = (*l10n).clone();

    html! {
        <ContextProvider<L10n> context={l.clone()}>
        <ContextProvider<IdPrefix> context={(*prefix).clone()}>
            <div class="bsc" lang={state.locale.tag()} data-widget-root="">
                <header class="bsc-header">
                    <h2 class="bsc-title">{ l.t(&msg!("widget-title")) }</h2>
                    <LangSwitch locale={state.locale} on_change={on_locale} />
                </header>
                <p class="bsc-intro">{ l.t(&msg!("widget-intro")) }</p>
                <SetupForm
                    config={state.config.clone()}
                    report={(*report).clone()}
                    touched={state.touched.clone()}
                    lock_integration={props.lock_integration}
                    dispatch={dispatch.clone()}
                />
                <GuideView config={state.config.clone()} report={(*report).clone()} />
            </div>
        </ContextProvider<IdPrefix>>
        </ContextProvider<L10n>>
    }
}
