//! Finds every `[data-braze-s3-companion]` element of the page and mounts one independent
//! widget in each.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::browser::{locale_loader, sources, storage};
use super::components::widget::{Widget, WidgetProps};
use yew::AttrValue;

use super::state::State;
use crate::core::{persist, query};
use crate::i18n::{localizer, Locale};

pub const MOUNT_SELECTOR: &str = "[data-braze-s3-companion]";

/// Entry point of the shipped bundle.
pub fn start() {
    // Through Yew, which otherwise installs its own hook at the first render.
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("braze-s3-companion panicked: {info}"));
        show_crash();
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
    let props = initial_props(&element, index, owns_url);
    let locale = props.initial.locale;
    let render = move || {
        element.set_inner_html("");
        yew::Renderer::<Widget>::with_root_and_props(element, props).render();
    };
    if localizer::is_available(locale) {
        render();
    } else {
        // Render once the reader's language is here, rather than flash English first.
        wasm_bindgen_futures::spawn_local(async move {
            locale_loader::ensure(locale).await;
            render();
        });
    }
}

fn initial_props(element: &Element, index: usize, owns_url: bool) -> WidgetProps {
    let attributes = sources::attribute_pairs(element);
    let url = if owns_url {
        sources::url_pairs()
    } else {
        Vec::new()
    };
    // Presets (the docs author's attributes) < what the reader saved < a link's URL.
    let preset = query::parse(attributes.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let mut config = preset.clone();
    let storage_key = storage::key_for(element, index);
    let ticks = storage::load(&storage_key)
        .and_then(|text| persist::decode(&text))
        .map(|saved| persist::restore(saved, &mut config))
        .unwrap_or_default();
    query::apply(
        &mut config,
        url.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
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
        owns_url,
        instance: index,
        lock_integration: element.has_attribute("data-lock-integration"),
        simulate_panic: element.has_attribute("data-simulate-panic"),
        storage_key: AttrValue::from(storage_key),
    }
}

/// Replaces every widget by a short error box: better than a frozen half-rendered widget.
fn show_crash() {
    let document = gloo::utils::document();
    let Ok(list) = document.query_selector_all(MOUNT_SELECTOR) else {
        return;
    };
    for i in 0..list.length() {
        let Some(element) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let lang = element
            .query_selector(".bsc")
            .ok()
            .flatten()
            .and_then(|root| root.get_attribute("lang"))
            .and_then(|tag| Locale::from_tag(&tag))
            .unwrap_or_default();
        let text = crate::i18n::Localizer::get(lang).text(&crate::msg!("widget-crashed"));
        element.set_text_content(None);
        if let Ok(box_) = document.create_element("div") {
            box_.set_class_name("bsc bsc-crashed");
            let _ = box_.set_attribute("role", "alert");
            let _ = box_.set_attribute("lang", lang.tag());
            box_.set_text_content(Some(&text));
            let _ = element.append_child(&box_);
        }
    }
}
