//! A text area for a paste that may be megabytes long (a preflight report, a policy). Its own
//! component, rendered again only when its text changes: at every render of a text area whose
//! `value` it sets, Yew reads the area's whole value back from the page (`el.value()`, the
//! megabytes through JavaScript into wasm) to compare it, which a key typed in another field
//! would otherwise pay. Its style (`.bsc-paste`) keeps the browser from laying its lines out
//! again at each change of the page.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasteAreaProps {
    pub id: AttrValue,
    pub name: &'static str,
    pub rows: u32,
    pub described_by: AttrValue,
    pub text: Rc<str>,
    /// The same callback at every render (`use_callback`): a new one would render the area
    /// again.
    pub on_change: Callback<Rc<str>>,
    #[prop_or_default]
    pub autocomplete_off: bool,
}

#[component]
pub fn PasteArea(props: &PasteAreaProps) -> Html {
    let oninput = props.on_change.reform(|e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        Rc::from(area.value())
    });
    html! {
        <textarea class="bsc-paste" id={props.id.clone()} name={props.name} rows={props.rows.to_string()}
            spellcheck="false" autocomplete={props.autocomplete_off.then_some("off")}
            aria-describedby={props.described_by.clone()}
            value={AttrValue::from(props.text.clone())} {oninput} />
    }
}
