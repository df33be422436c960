//! The live widget taking over from its pre-render (docs/decisions/0006-pre-render.md).
//!
//! A docs page shows the widget's first view as static HTML, written at build time from these
//! same components (`src/bin/prerender.rs`). Its form works before the wasm arrives: the reader
//! may type, choose, tick, open a section. The live widget is rendered aside (`mount.rs`); once
//! it is whole, [`Live`] hands it to `takeover.js`, which takes down what the reader did in the
//! pre-render and where they were typing, puts the live widget in its place in one step (the
//! same size: the page does not move), gives it all back as the reader's own events, focus and
//! caret included, and marks the element `data-live` (docs/contract.md).

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;

use super::components::widget::{Widget, WidgetProps};
use crate::i18n::Locale;

#[wasm_bindgen(module = "/src/app/takeover.js")]
extern "C" {
    /// Puts `container` (the live widget) in `host` in place of its pre-render, replaying what
    /// the reader did in it, and marks `host` live.
    #[wasm_bindgen(js_name = takeOver, catch)]
    fn take_over(host: &Element, container: &Element) -> Result<(), JsValue>;
}

/// The attribute the element carries once its widget is live (docs/contract.md).
const LIVE_ATTRIBUTE: &str = "data-live";

/// The language of the pre-render `host` holds, if it holds one.
pub fn prerendered_locale(host: &Element) -> Option<Locale> {
    let root = host.query_selector(":scope > .bsc[lang]").ok().flatten()?;
    Locale::from_tag(&root.get_attribute("lang")?)
}

#[derive(Properties, PartialEq)]
pub struct LiveProps {
    pub widget: WidgetProps,
    /// The element the widget is mounted in (`[data-braze-s3-companion]`).
    pub host: Element,
    /// Where Yew renders it, outside the page until the widget is whole.
    pub container: Element,
}

/// The widget; once it is rendered (this effect runs after its children's), the take-over.
#[component]
pub fn Live(props: &LiveProps) -> Html {
    {
        let (host, container) = (props.host.clone(), props.container.clone());
        use_effect_with((), move |()| {
            if let Err(error) = take_over(&host, &container) {
                // Whatever the reader did in the pre-render is lost, not the widget.
                gloo::console::warn!("braze-s3-companion: the take-over failed", error);
                host.replace_children_with_node_1(&container);
                let _ = host.set_attribute(LIVE_ATTRIBUTE, "");
            }
        });
    }
    html! { <Widget ..props.widget.clone() /> }
}
