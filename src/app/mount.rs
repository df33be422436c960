//! Finds every `[data-braze-s3-companion]` element of the page and mounts one independent
//! widget in each, taking over from the pre-rendered first view the element may hold
//! (`takeover.rs`).

use wasm_bindgen::JsCast;
use web_sys::Element;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::AttrValue;

use super::browser::{crash, locale_loader, sources, storage};
use super::components::widget::WidgetProps;
use super::hooks::Start;
use super::state::{LocaleRequest, State};
use super::takeover::{self, Live, LiveProps};
use crate::core::checklist::Ticks;
use crate::core::config::Config;
use crate::core::{persist, query};
use crate::i18n::{localizer, Locale};

pub use super::browser::MOUNT_SELECTOR;

/// How long a widget waits for the reader's language before it shows the guide in English (and
/// switches once the language arrives): long enough for a file the page preloads, short enough
/// that a slow or hung server never leaves the reader an empty box.
const FIRST_RENDER_WAIT_MS: u32 = 400;

/// The same wait when the element holds a pre-render in the reader's language: the reader is
/// already reading the guide in it, and an English render would only move the page twice. The
/// language file is normally there long before this (the page preloads it); after it, the
/// widget goes live in English as above.
const PRERENDERED_WAIT_MS: u32 = 8_000;

/// Entry point of the shipped bundle.
pub fn start() {
    // Through Yew, which otherwise installs its own hook at the first render.
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("braze-s3-companion panicked: {info}"));
        crash::show_all();
    }));
    mount_all();
}

/// Mounts a widget in every marked element. The one marked `data-url-state`, else the first,
/// owns the URL.
pub fn mount_all() {
    let document = gloo::utils::document();
    let Ok(list) = document.query_selector_all(MOUNT_SELECTOR) else {
        return;
    };
    let elements: Vec<Element> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect();
    let owner = elements
        .iter()
        .position(|e| e.has_attribute("data-url-state"))
        .unwrap_or(0);
    for (index, element) in elements.into_iter().enumerate() {
        mount(element, index, index == owner);
    }
}

/// Mounts one widget in `element`.
pub fn mount(element: Element, index: usize, owns_url: bool) {
    let mut props = initial_props(&element, index, owns_url);
    let wanted = props.initial.locale;
    if localizer::is_available(wanted) {
        crash::remember_text(&element, wanted);
        render(element, props);
        return;
    }
    // Until the reader's language is here the widget is English, asking for it.
    crash::remember_text(&element, Locale::default());
    props.initial.locale = Locale::default();
    props.initial.locale_request = Some(LocaleRequest {
        locale: wanted,
        failed: false,
        chosen: false,
    });
    let wait = if takeover::prerendered_locale(&element) == Some(wanted) {
        PRERENDERED_WAIT_MS
    } else {
        FIRST_RENDER_WAIT_MS
    };
    // Whichever comes first renders: the language (then no English flashes), or the end of
    // the wait (then English, and the widget switches when the language arrives).
    let pending = Rc::new(RefCell::new(Some((element, props))));
    {
        let pending = pending.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let arrived = locale_loader::ensure(wanted).await;
            if let Some((element, mut props)) = pending.borrow_mut().take() {
                if arrived {
                    crash::remember_text(&element, wanted);
                    props.initial.locale = wanted;
                    props.initial.locale_request = None;
                } else if let Some(request) = props.initial.locale_request.as_mut() {
                    request.failed = true;
                }
                render(element, props);
            }
        });
    }
    Timeout::new(wait, move || {
        if let Some((element, props)) = pending.borrow_mut().take() {
            render(element, props);
        }
    })
    .forget();
}

fn render(element: Element, props: WidgetProps) {
    // Rendered aside, then put in the element at once (`takeover.rs`): until the live widget
    // is whole, the pre-render the element may hold stays in place, usable. (Rendering in the
    // element would empty it at once, and Yew may finish the render a task later, after a
    // frame showed it empty.)
    let Ok(container) = gloo::utils::document().create_element("div") else {
        return;
    };
    let props = LiveProps {
        widget: props,
        host: element,
        container: container.clone(),
    };
    yew::Renderer::<Live>::with_root_and_props(container, props).render();
}

fn initial_props(element: &Element, index: usize, owns_url: bool) -> WidgetProps {
    let attributes = sources::attribute_pairs(element);
    let url = if owns_url {
        sources::url_pairs()
    } else {
        Vec::new()
    };
    let preset = query::parse(attributes.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let storage_key = storage::key_for(element, index);
    // The only read of the save: the first state, and what the saver starts from.
    let (config, ticks, start) = first_config(&preset, storage::load(&storage_key), &url, owns_url);
    let url_lang = url
        .iter()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v.as_str());
    let locale = sources::locale_for(element, url_lang);
    let mut state = State::new(config, preset, locale);
    state.locale_pinned = url_lang.is_some_and(|l| Locale::from_tag(l).is_some());
    state.ticks = ticks;
    WidgetProps {
        initial: state,
        start: Rc::new(start),
        owns_url,
        instance: index,
        lock_integration: element.has_attribute("data-lock-integration"),
        simulate_panic: element.has_attribute("data-simulate-panic"),
        simulate_trap: element.has_attribute("data-simulate-trap"),
        storage_key: AttrValue::from(storage_key),
    }
}

/// The first configuration: presets (the docs author's attributes) < what the reader saved < a
/// link's URL. But when the page's query is the one the widget itself last wrote there (the
/// save records it), the save wins over it, for it may hold what the reader typed after that
/// write; a query the widget did not write is a new link, and wins. A save this build cannot
/// read whole is read as far as it can, and kept as it is until the reader changes something
/// (`Start::unread`).
fn first_config(
    preset: &Config,
    stored: Option<String>,
    url: &[(String, String)],
    owns_url: bool,
) -> (Config, Ticks, Start) {
    let read = stored.as_deref().map(persist::read);
    let whole = read.as_ref().is_none_or(|r| r.whole);
    let seen = read.and_then(|r| r.saved);
    let mut config = preset.clone();
    let ticks = seen
        .clone()
        .map(|saved| persist::restore(saved, &mut config))
        .unwrap_or_default();
    let own_query = owns_url && seen.as_ref().is_some_and(|s| persist::is_own_query(s, url));
    if !own_query {
        query::apply(
            &mut config,
            url.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        );
    }
    let unread = if whole { None } else { stored };
    (config, ticks, Start { seen, unread })
}
