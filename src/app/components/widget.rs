//! The root of one widget instance: owns the state, hands the localizer down, keeps the URL
//! and the saved state current.

use std::rc::Rc;

use yew::prelude::*;

use super::checker_view::CheckerView;
use super::checklist_view::ChecklistView;
use super::guide_view::{guide_view, GuideStep};
use super::lang_switch::lang_switch;
use super::setup_form::setup_form;
use super::troubleshoot_view::troubleshoot_view;
use crate::app::l10n::{IdPrefix, L10n};
use crate::app::state::{Action, State};
use crate::app::{locale_loader, sources, storage};
use crate::core::config::Config;
use crate::core::guide::{Block, Step};
use crate::core::rules::Report;
use crate::core::snippets::{self, SnippetBody, SnippetId};
use crate::core::{checklist, guide, persist};
use crate::i18n::Locale;
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
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    if props.simulate_panic {
        panic!("data-simulate-panic is set on this widget's element");
    }
    let initial = props.initial.clone();
    let state = use_reducer_eq(move || initial);
    let l10n = use_memo(state.locale, |locale| L10n::new(*locale));
    let report = use_memo(state.config.clone(), Report::new);
    // Everything that follows from the configuration alone, derived once per change of it
    // (ticking an item or choosing a symptom re-renders the guide, not its snippets).
    let derived = use_memo(
        (state.config.clone(), (*report).clone()),
        |(config, report)| {
            let guide = guide::build(config, report);
            Derived {
                // The checklist is the guide's tasks, shown by the checklist and rechecked
                // by troubleshooting.
                items: Rc::new(checklist::items(&guide)),
                // Each step with its own snippets: a step the change leaves equal is not
                // re-rendered (its view compares them).
                steps: guide
                    .steps
                    .into_iter()
                    .map(|step| {
                        let snippets = step_snippets(&step, config, report);
                        (Rc::new(step), Rc::new(snippets))
                    })
                    .collect(),
            }
        },
    );
    let items = &derived.items;
    let prefix = use_memo(props.instance, |i| {
        IdPrefix(AttrValue::from(format!("bsc{i}")))
    });

    let saver = use_memo(props.storage_key.clone(), |key| {
        storage::DeferredSave::new(key)
    });

    {
        // One effect for what the state writes outside the widget (each effect costs its own
        // copy of Yew's effect code): the reader's inputs and ticks to storage, the setup to
        // the URL, the page title in the reader's language. Each write is idempotent, so
        // redoing the others when only one input changed costs nothing visible.
        let owns_url = props.owns_url;
        let saver = saver.clone();
        let l = (*l10n).clone();
        let deps = (
            state.config.clone(),
            state.ticks.clone(),
            state.locale_pinned.then_some(state.locale),
            state.locale,
        );
        let written = use_mut_ref(Written::default);
        use_effect_with(deps, move |(config, ticks, pinned, locale)| {
            let mut written = written.borrow_mut();
            // A tick or a choice is saved at once; typing once it pauses (`DeferredSave`).
            let choices = (
                checklist::case_key(config),
                config.sse,
                config.connectors.len(),
            );
            let typing = written.saved.as_ref() == Some(&(choices.clone(), ticks.clone()));
            if typing {
                let (config, ticks) = (config.clone(), ticks.clone());
                saver.later(SAVE_DELAY_MS, move || persist::encode(&config, &ticks));
            } else {
                saver.now(&persist::encode(config, ticks));
                written.saved = Some((choices, ticks.clone()));
            }
            if !owns_url {
                return;
            }
            if written.title != Some(*locale) {
                sources::set_page_title(&l.0.text(&msg!("page-title")));
                written.title = Some(*locale);
            }
            // The first run would only echo the URL the page was opened with: skip it, so a
            // docs page keeps its clean address until the reader changes something.
            if std::mem::replace(&mut written.first_run_done, true) {
                let (config, pinned) = (config.clone(), *pinned);
                written.pending_url = Some(gloo::timers::callback::Timeout::new(
                    SAVE_DELAY_MS,
                    move || sources::write_url(&config, pinned),
                ));
            }
        });
    }

    // The same callback at every render, so the views that take it can compare their props.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let on_start_over = {
        let dispatch = dispatch.clone();
        let key = props.storage_key.clone();
        let saver = saver.clone();
        Callback::from(move |()| {
            saver.cancel();
            storage::clear(&key);
            dispatch.emit(Action::StartOver);
        })
    };
    let on_locale = {
        let dispatch = dispatch.clone();
        Callback::from(move |locale| {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Switch only once the texts are here; if they cannot be fetched, stay put.
                if locale_loader::ensure(locale).await {
                    dispatch.emit(Action::SetLocale(locale));
                }
            });
        })
    };
    let l = (*l10n).clone();

    html! {
        <div class="bsc" lang={state.locale.tag()} data-widget-root="">
            <header class="bsc-header">
                <h2 class="bsc-title">{ l.t(&msg!("widget-title")) }</h2>
                { lang_switch(&l, &prefix, state.locale, on_locale) }
            </header>
            <p class="bsc-intro">{ l.t(&msg!("widget-intro")) }</p>
            { setup_form(&l, &prefix, &state, &report, props.lock_integration, &dispatch) }
            { guide_view(&l, &prefix, &derived.steps, &state) }
            <ChecklistView l={l.clone()} prefix={(*prefix).clone()}
                items={items.clone()}
                state={(*state).clone()}
                report={(*report).clone()}
                dispatch={dispatch.clone()}
                on_start_over={on_start_over}
            />
            <CheckerView l={l.clone()} prefix={(*prefix).clone()} config={state.config.clone()} />
            { troubleshoot_view(&l, &prefix, items, &state, &dispatch) }
        </div>
    }
}

/// How long the URL and the saved state wait for the typing to pause.
const SAVE_DELAY_MS: u32 = 250;

/// What the widget's effect remembers between runs.
#[derive(Default)]
struct Written {
    first_run_done: bool,
    /// The choices and ticks last saved: when they are unchanged, the change is typing.
    saved: Option<((String, bool, usize), checklist::Ticks)>,
    /// The URL write waiting for the typing to pause: `history.replaceState` is slow enough
    /// to show in keystroke latency. Replacing it cancels the previous one.
    pending_url: Option<gloo::timers::callback::Timeout>,
    /// The locale the page title is in.
    title: Option<Locale>,
}

/// What the widget derives from the configuration (see `derived` above).
#[derive(PartialEq)]
struct Derived {
    steps: Vec<GuideStep>,
    items: Rc<Vec<checklist::Item>>,
}

/// The snippets a step shows, built once per configuration.
fn step_snippets(step: &Step, config: &Config, report: &Report) -> Vec<(SnippetId, SnippetBody)> {
    step.blocks
        .iter()
        .filter_map(|block| match block {
            Block::Snippet(id) => Some((*id, snippets::build(*id, config, report))),
            _ => None,
        })
        .collect()
}
