//! A text area for a paste that may be megabytes long (a preflight report, a policy).
//!
//! Not controlled: at every render of a text area whose `value` it sets, Yew reads the area's
//! whole value back from the page (`el.value()`, the megabytes through JavaScript into wasm)
//! to compare it, which a key typed in another field would pay, and the paste itself twice.
//! So the page keeps what the reader pasted, and the state's text is written into the area only
//! when it did not come from it ("start over" empties it). Its own component, it renders only
//! when its props change. Its style (`.bsc-paste`) keeps the browser from laying its lines out
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
}

#[component]
pub fn PasteArea(props: &PasteAreaProps) -> Html {
    let area = use_node_ref();
    // The text the area holds: as it last gave it, or as it was last written into it.
    let held = use_mut_ref(|| Rc::<str>::from(""));
    {
        let (area, held) = (area.clone(), held.clone());
        use_effect_with(props.text.clone(), move |text| {
            if *held.borrow() != *text {
                if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                    area.set_value(text);
                }
                *held.borrow_mut() = text.clone();
            }
        });
    }
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let text: Rc<str> = Rc::from(area.value());
            *held.borrow_mut() = text.clone();
            on_change.emit(text);
        })
    };
    html! {
        // autocomplete off: Chromium copies the value of a text area without it into the session
        // history at each URL update (to restore the form), megabytes each time.
        <textarea class="bsc-paste" ref={area} id={props.id.clone()} name={props.name}
            rows={props.rows.to_string()} spellcheck="false" autocomplete="off"
            aria-describedby={props.described_by.clone()} {oninput} />
    }
}
