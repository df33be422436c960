//! The root of one widget instance: its state, what it derives from it, and the views. What
//! the state writes outside the widget is the hooks' (`use_persistence`).

use std::rc::Rc;

use yew::prelude::*;

use super::checklist_view::ChecklistView;
use super::diagram_view::Drawing;
use super::guide_view::guide_view;
use super::lang_switch::LangSwitch;
use super::provider_choice::provider_choice;
use super::setup_form::setup_form;
use super::storage_notice::storage_notice;
use super::update_credentials_view::update_credentials_section;
use gloo::timers::callback::Timeout;
use web_sys::Element;

use crate::app::browser::{crash, links, locale_loader, MOUNT_SELECTOR};
use crate::app::hooks::{use_link, use_persistence, Start};
use crate::app::l10n::Ui;
use crate::app::lazy::host::ProviderPlace;
use crate::app::lazy::{loader, section_details, ProviderInputs, Section, Wire};
use crate::app::state::{Action, LocaleRequest, Pasted, State};
use crate::core::checklist;
use crate::core::config::Config;
use crate::core::iac::IacKind;
use crate::core::shown::Derivation;
use crate::msg;

#[derive(Properties, Clone, PartialEq)]
pub struct WidgetProps {
    /// The first state: the presets, the save and the URL, read once (`mount.rs`).
    pub initial: State,
    /// What the save held as the widget was mounted, for the saver to start from.
    #[prop_or_default]
    pub start: Rc<Start>,
    /// This instance reads and writes the page's URL.
    pub owns_url: bool,
    /// Position on the page, for unique element ids.
    pub instance: usize,
    /// The page is about one integration: hide the integration choice.
    #[prop_or_default]
    pub lock_integration: bool,
    /// The page is about one provider (`data-lock-provider`): hide the provider choice.
    #[prop_or_default]
    pub lock_provider: bool,
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
    let state = use_reducer_eq(|| props.initial.clone());
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
    let persistence = use_persistence(
        &state,
        &ui.l,
        props.owns_url,
        &props.storage_key,
        &props.start,
        &dispatch,
    );
    let link = use_link(&state);

    // What the first view shows, output by output: each rebuilt only when an input of its
    // row of `core::outputs` changed (ticking an item or choosing a symptom rebuilds nothing).
    // Amazon S3's guide is derived from Amazon S3's case only: a reader of another provider
    // computes it once, for the defaults, and never again as they type.
    let s3 = state.config.provider.is_amazon_s3();
    let amazon_s3_case_config = if s3 {
        state.config.clone()
    } else {
        Config::default()
    };
    let derivation = use_mut_ref(Derivation::default);
    let shown = use_memo(amazon_s3_case_config, move |config| {
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
        // The crash box a trap leaves to `loader.js` speaks the language shown. (The mount
        // element is found once the widget is in it: `mount.rs` set the first language's.)
        let root_ref = root_ref.clone();
        use_effect_with(state.locale, move |locale| {
            let host = root_ref.cast::<Element>();
            if let Some(host) = host.and_then(|r| r.closest(MOUNT_SELECTOR).ok().flatten()) {
                crash::remember_text(&host, *locale);
            }
        });
    }
    // The sections' code, once the widget is live and the browser idle: opening one then
    // finds it here.
    use_effect_with((), |_| loader::prefetch_when_idle());
    // Links inside the widget stay in it, whatever the host's `<base href>` says.
    let link_handlers = {
        let root_ref = root_ref.clone();
        use_memo((), move |_| links::handlers(&root_ref))
    };
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
            .map(|kind| {
                (
                    Section::Iac(kind),
                    wire(Section::Iac(kind), Pasted::default()),
                )
            })
            .to_vec(),
    );
    // Another provider's section: the whole configuration, its report, ticks and lock.
    let provider_wire = Wire {
        extra: ProviderInputs {
            lock_integration: props.lock_integration,
            ticked: ticked.clone(),
        }
        .to_text(),
        ..wire(
            Section::Provider,
            Pasted::from(state.preflight_report.clone()),
        )
    };
    html! {
        <div class="bsc" lang={state.locale.tag()} data-widget-root="" ref={root_ref}
            onclick={link_handlers.click.clone()} onpointerdown={link_handlers.pointerdown.clone()}
            onfocusin={link_handlers.focusin.clone()}>
            <header class="bsc-header">
                <h2 class="bsc-title">{ ui.l.t(&msg!("widget-title")) }</h2>
                <LangSwitch ui={(*ui).clone()} locale={state.locale}
                    request={state.locale_request} on_change={on_locale} />
            </header>
            <p class="bsc-intro">{ ui.l.t(&msg!("widget-intro")) }</p>
            { storage_notice(&ui, persistence.not_kept) }
            { provider_choice(&ui, state.config.provider, props.lock_provider, &dispatch) }
            if !s3 {
                // Its form and guide come with the sections' module, fetched at once: an
                // Amazon S3 reader's first module holds none of it (decision 0010).
                <ProviderPlace ui={(*ui).clone()} wire={provider_wire}
                    dispatch={dispatch.clone()} on_start_over={persistence.start_over.clone()} />
            } else {
            { setup_form(&ui, &state, report, props.lock_integration, &drawing, &dispatch) }
            { guide_view(&ui, &shown.steps, &state, &drawing, &iac) }
            { section_details(&ui, Section::Preflight, wire(Section::Preflight, Pasted::from(state.preflight_report.clone())), &dispatch) }
            <ChecklistView ui={(*ui).clone()}
                items={items.clone()}
                {ticked}
                {next_checks}
                {link}
                dispatch={dispatch.clone()}
                on_start_over={persistence.start_over.clone()}
            />
            { section_details(&ui, Section::Checker, wire(Section::Checker, Pasted::default()), &dispatch) }
            { update_credentials_section(&ui, wire(Section::UpdateCredentials, Pasted::default())) }
            { section_details(&ui, Section::Troubleshoot, wire(Section::Troubleshoot, state.braze_error.clone()), &dispatch) }
            }
        </div>
    }
}
