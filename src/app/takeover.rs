//! The live widget taking over from its pre-render (docs/decisions/0006-pre-render.md).
//!
//! A docs page shows the widget's first view as static HTML, written at build time from these
//! same components (`src/bin/prerender.rs`). Its form works before the wasm arrives: the reader
//! may type, choose, tick, open a section. The live widget is rendered aside (`mount.rs`); once
//! it is whole, [`Live`] takes down what the reader did in the pre-render and where they were
//! typing ([`read`]), puts the live widget in its place in one step (the same size: the page
//! does not move), and gives it all back: each change is replayed on the live form as the
//! reader's own event (so every view handles it as typing or a click, whatever keeps its
//! state), focus and caret return, and the element gets `data-live` (docs/contract.md).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::components::widget::{Widget, WidgetProps};
use crate::i18n::Locale;

/// The attribute the element carries once its widget is live (docs/contract.md).
pub const LIVE_ATTRIBUTE: &str = "data-live";

/// The property `loader.js` sets on a pre-rendered `<details>` the reader opened or closed
/// (its `open` attribute alone cannot say whether the reader or the pre-render set it).
const TOGGLED_PROPERTY: &str = "__bscToggled";

/// What the reader did in the pre-rendered view.
#[derive(Clone, Debug, Default, PartialEq)]
struct Taken {
    changes: Vec<Change>,
    focus: Option<Focus>,
}

#[derive(Clone, Debug, PartialEq)]
enum Change {
    /// A text field or text area holds `value` (not what the pre-render wrote).
    Text(Key, String),
    /// A radio button chosen, or a check box whose state the reader changed to `checked`.
    Check(Key, bool),
    /// A list (`<select>`) set to `value`.
    Select(Key, String),
    /// A section the reader opened or closed.
    Details(Key, bool),
}

#[derive(Clone, Debug, PartialEq)]
struct Focus {
    key: Key,
    /// Caret or selection: start, end, direction.
    selection: Option<(u32, u32, String)>,
}

/// The same control in both views: its kind, name (the URL key, for fields), the value of a
/// radio button, a checklist item's id, a section's summary; and its rank among equals.
#[derive(Clone, Debug, PartialEq)]
struct Key(String, usize);

const CONTROLS: &str = "input, textarea, select, details";

/// The language of the pre-render `host` holds, if it holds one.
pub fn prerendered_locale(host: &Element) -> Option<Locale> {
    let root = host.query_selector(":scope > .bsc[lang]").ok().flatten()?;
    Locale::from_tag(&root.get_attribute("lang")?)
}

/// What the reader did in the pre-render `host` holds (nothing when it holds none).
fn read(host: &Element) -> Taken {
    let mut taken = Taken::default();
    if prerendered_locale(host).is_none() {
        return taken;
    }
    let active = gloo::utils::document().active_element();
    for (element, key) in keyed(host) {
        if let Some(change) = change(&element, key.clone()) {
            taken.changes.push(change);
        }
        if active.as_ref() == Some(&element) {
            taken.focus = Some(Focus {
                selection: selection(&element),
                key,
            });
        }
    }
    // Ticks first: an item belongs to the case the pre-render showed, which a replayed choice
    // of integration would change.
    taken.changes.sort_by_key(
        |change| !matches!(change, Change::Check(Key(k, _), _) if k.starts_with("item|")),
    );
    taken
}

/// Every control of `root` with its [`Key`], in document order.
fn keyed(root: &Element) -> Vec<(Element, Key)> {
    let Ok(list) = root.query_selector_all(CONTROLS) else {
        return Vec::new();
    };
    let mut seen: Vec<String> = Vec::new();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .map(|element| {
            let kind = kind(&element);
            let rank = seen.iter().filter(|k| **k == kind).count();
            seen.push(kind.clone());
            (element, Key(kind, rank))
        })
        .collect()
}

fn kind(element: &Element) -> String {
    let attribute = |name: &str| element.get_attribute(name).unwrap_or_default();
    let tag = element.tag_name().to_ascii_lowercase();
    if tag == "details" {
        // Which section: its summary's words (the same in both views of one language).
        let summary = element
            .query_selector(":scope > summary")
            .ok()
            .flatten()
            .and_then(|s| s.text_content())
            .unwrap_or_default();
        return format!("details|{summary}");
    }
    if let Some(item) = element.get_attribute("data-item") {
        return format!("item|{item}");
    }
    match attribute("type").as_str() {
        "radio" => format!("radio|{}|{}", attribute("name"), attribute("value")),
        kind => format!("{tag}|{kind}|{}", attribute("name")),
    }
}

/// What the reader changed in `element`, if anything.
fn change(element: &Element, key: Key) -> Option<Change> {
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        return match input.type_().as_str() {
            "radio" => {
                (input.checked() && !input.default_checked()).then_some(Change::Check(key, true))
            }
            "checkbox" => (input.checked() != input.default_checked())
                .then(|| Change::Check(key, input.checked())),
            _ => (input.value() != input.default_value()).then(|| Change::Text(key, input.value())),
        };
    }
    if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        let written = area.default_value().unwrap_or_default();
        return (area.value() != written).then(|| Change::Text(key, area.value()));
    }
    if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        let written = select
            .query_selector("option[selected]")
            .ok()
            .flatten()
            .and_then(|option| option.get_attribute("value"));
        let value = select.value();
        return (written.as_deref() != Some(value.as_str())).then_some(Change::Select(key, value));
    }
    let toggled = js_sys::Reflect::get(element, &JsValue::from_str(TOGGLED_PROPERTY))
        .is_ok_and(|v| v.is_truthy());
    toggled.then(|| Change::Details(key, element.has_attribute("open")))
}

fn selection(element: &Element) -> Option<(u32, u32, String)> {
    // Only text fields have one (a check box's `selectionStart` is null).
    let (start, end, direction) = if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        (
            input.selection_start().ok()??,
            input.selection_end().ok()??,
            input.selection_direction().ok()??,
        )
    } else {
        let area = element.dyn_ref::<HtmlTextAreaElement>()?;
        (
            area.selection_start().ok()??,
            area.selection_end().ok()??,
            area.selection_direction().ok()??,
        )
    };
    Some((start, end, direction))
}

/// Replays `taken` on the live widget in `host`.
fn replay(host: &Element, taken: &Taken) {
    let live = keyed(host);
    let find = |key: &Key| live.iter().find(|(_, k)| k == key).map(|(e, _)| e);
    for change in &taken.changes {
        match change {
            Change::Text(key, value) => {
                let Some(element) = find(key) else { continue };
                if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                    input.set_value(value);
                } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                    area.set_value(value);
                }
                dispatch(element, "input");
            }
            Change::Check(key, checked) => {
                let Some(input) = find(key).and_then(|e| e.dyn_ref::<HtmlInputElement>()) else {
                    continue;
                };
                // A click, as the reader's: it sets the box and fires what the view listens to.
                if input.checked() != *checked {
                    input.click();
                }
            }
            Change::Select(key, value) => {
                let Some(element) = find(key) else { continue };
                if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
                    select.set_value(value);
                    dispatch(element, "change");
                }
            }
            Change::Details(key, open) => {
                if let Some(element) = find(key) {
                    let _ = element.toggle_attribute_with_force("open", *open);
                }
            }
        }
    }
    let Some(focus) = &taken.focus else { return };
    let Some(element) = find(&focus.key).and_then(|e| e.dyn_ref::<HtmlElement>()) else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
    if let Some((start, end, direction)) = &focus.selection {
        if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
            let _ = input.set_selection_range_with_direction(*start, *end, direction);
        } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
            let _ = area.set_selection_range_with_direction(*start, *end, direction);
        }
    }
}

fn dispatch(element: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
        let _ = element.dispatch_event(&event);
    }
}

#[derive(Properties, PartialEq)]
pub struct LiveProps {
    pub widget: WidgetProps,
    /// The element the widget is mounted in (`[data-braze-s3-companion]`).
    pub host: Element,
    /// Where Yew renders it, outside the page until the widget is whole.
    pub container: Element,
}

/// The widget; once it is rendered (this effect runs after its children's), the swap.
#[component]
pub fn Live(props: &LiveProps) -> Html {
    {
        let (host, container) = (props.host.clone(), props.container.clone());
        use_effect_with((), move |()| {
            let taken = read(&host);
            // One step, in one task: no frame shows both, or neither.
            host.replace_children_with_node_1(&container);
            replay(&host, &taken);
            let _ = host.set_attribute(LIVE_ATTRIBUTE, "");
        });
    }
    html! { <Widget ..props.widget.clone() /> }
}
