//! The root of one widget instance: its state, what it derives from it, and the views. What
//! the state writes outside the widget is the hooks' (`use_persistence`).

use std::rc::Rc;

use yew::prelude::*;

use super::checklist_view::ChecklistView;
use super::diagram_view::Drawing;
use super::guide_view::guide_view;
use super::lang_switch::LangSwitch;
use super::setup_form::setup_form;
use super::update_credentials_view::update_credentials_section;
use gloo::timers::callback::Timeout;
use web_sys::Element;

use crate::app::browser::{crash, locale_loader};
use crate::app::hooks::{use_link, use_loaded, use_persistence};
use crate::app::l10n::Ui;
use crate::app::lazy::{loader, section_details, Section, Wire};
use crate::app::state::{Action, LocaleRequest, State};
use crate::core::checklist;
use crate::core::iac::IacKind;
use crate::core::shown::Derivation;
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
    /// Where this instance keeps the reader's inputs and ticks.
    pub storage_key: AttrValue,
    /// Test hook (`data-simulate-panic`): panic on first render, to check that a crash shows
    /// the error box instead of a frozen widget.
    #[prop_or_default]
    pub simulate_panic: bool,
    /// Test hook (`data-simulate-trap`): a wasm trap on first render, which no panic hook sees.
    #[prop_or_default]
    pub simulate_trap: bool,
}

/// How long a language may take to arrive before the widget says it did not (it still
/// switches if the file comes later).
const LOCALE_PATIENCE_MS: u32 = 8_000;

/// Fetches the language asked for, if any, then switches to it or says it failed.
#[hook]
fn use_locale_loading(request: Option<LocaleRequest>, dispatch: &Callback<Action>) {
    let loading = request.filter(|r| !r.failed).map(|r| r.locale);
    let dispatch = dispatch.clone();
    use_effect_with(loading, move |loading| {
        let patience = loading.map(|locale| {
            let arrived = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                arrived.emit(if locale_loader::ensure(locale).await {
                    Action::LocaleArrived(locale)
                } else {
                    Action::LocaleFailed(locale)
                });
            });
            Timeout::new(LOCALE_PATIENCE_MS, move || {
                dispatch.emit(Action::LocaleFailed(locale))
            })
        });
        move || drop(patience)
    });
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    if props.simulate_panic {
        panic!("data-simulate-panic is set on this widget's element");
    }
    if props.simulate_trap {
        // A trap, not a panic: no Rust hook runs (`loader.js` shows the crash box).
        std::process::abort();
    }
    let loaded = use_loaded(&props.initial, &props.storage_key, props.owns_url);
    let state = {
        let loaded = loaded.clone();
        use_reducer_eq(move || loaded.state.clone())
    };
    // The same callback at every render, so the views that take it can compare their props.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let ui = use_memo((state.locale, props.instance), |(locale, instance)| {
        Ui::new(*locale, *instance)
    });
    let on_start_over = use_persistence(
        &state,
        &ui.l,
        props.owns_url,
        &props.storage_key,
        &loaded,
        &dispatch,
    );
    let link = use_link(&state);

    // What the first view shows, output by output: each rebuilt only when an input of its
    // row of `core::outputs` changed (ticking an item or choosing a symptom rebuilds nothing).
    let derivation = use_mut_ref(Derivation::default);
    let shown = use_memo(state.config.clone(), move |config| {
        derivation.borrow_mut().built.clear();
        derivation.borrow_mut().shown(config)
    });
    let report = &shown.report;
    // The picture, laid out once for its two copies (the form's, the trust step's).
    let drawing = {
        let ui = ui.clone();
        use_memo(
            (shown.diagram.clone(), state.locale),
            move |(diagram, _)| Drawing::new(&ui, diagram.clone()),
        )
    };
    let items = &shown.items;
    let ticked = state
        .ticks
        .items(&checklist::case_key(&state.config))
        .to_vec();
    let (done, total) = checklist::progress(items, |id| ticked.iter().any(|t| t == id));
    // They quote the reader's values: computed once they show, so that typing does not
    // re-render the checklist.
    let next_checks =
        (total > 0 && done == total).then(|| checklist::next_checks(&state.config, report));

    use_locale_loading(state.locale_request, &dispatch);
    let root_ref = use_node_ref();
    {
        // The crash box a trap leaves to `loader.js` speaks the language shown.
        let root_ref = root_ref.clone();
        use_effect_with(state.locale, move |locale| {
            if let Some(host) = root_ref.cast::<Element>().and_then(|r| r.parent_element()) {
                crash::remember_text(&host, *locale);
            }
        });
    }
    // The sections' code, once the widget is live and the browser idle: opening one then
    // finds it here.
    use_effect_with((), |_| loader::prefetch_when_idle());
    let on_locale = dispatch.reform(|locale| Action::RequestLocale {
        locale,
        chosen: true,
    });

    // What each section of the second module is handed: the inputs it reads.
    let wire = |section, text| {
        Wire::new(
            section,
            state.locale,
            props.instance,
            &state.config,
            text,
            state.symptom,
        )
    };
    let iac: Rc<Vec<(Section, Wire)>> = Rc::new(
        IacKind::ALL
            .map(|kind| (Section::Iac(kind), wire(Section::Iac(kind), Rc::from(""))))
            .to_vec(),
    );
    html! {
        <div class="bsc" lang={state.locale.tag()} data-widget-root="" ref={root_ref}>
            <header class="bsc-header">
                <h2 class="bsc-title">{ ui.l.t(&msg!("widget-title")) }</h2>
                <LangSwitch ui={(*ui).clone()} locale={state.locale}
                    request={state.locale_request} on_change={on_locale} />
            </header>
            <p class="bsc-intro">{ ui.l.t(&msg!("widget-intro")) }</p>
            { setup_form(&ui, &state, report, props.lock_integration, &drawing, &dispatch) }
            { guide_view(&ui, &shown.steps, &state, &drawing, &iac) }
            { section_details(&ui, Section::Preflight, wire(Section::Preflight, state.preflight_report.clone()), &dispatch) }
            <ChecklistView ui={(*ui).clone()}
                items={items.clone()}
                {ticked}
                {next_checks}
                {link}
                dispatch={dispatch.clone()}
                {on_start_over}
            />
            { section_details(&ui, Section::Checker, wire(Section::Checker, Rc::from("")), &dispatch) }
            { update_credentials_section(&ui, wire(Section::UpdateCredentials, Rc::from(""))) }
            { section_details(&ui, Section::Troubleshoot, wire(Section::Troubleshoot, Rc::from(state.braze_error.as_str())), &dispatch) }
        </div>
    }
}
