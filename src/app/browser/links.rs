//! Links inside the widget (`href="#<id>"`: a finding's snippet, a field a snippet waits for, a
//! checklist item) stay inside it, whatever the host page's `<base href>` says. A browser
//! resolves `#id` against the base: under `<base href="https://cdn.example/">` a click would
//! leave the page, and lose what the widget keeps in memory only (a pasted report).
//!
//! So a plain click is handled here: the target is opened (a closed `<details>` around it),
//! brought into view and focused, and the page does not navigate. A click that opens a new tab
//! or window (middle button, Ctrl, ⌘, Shift) stays the browser's, on an address that is the
//! page's own: under a base that is not the page, the link's `href` is made absolute from
//! `location` as the pointer or the focus reaches it.

use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlAnchorElement, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition,
};
use yew::{Callback, FocusEvent, MouseEvent, NodeRef, PointerEvent};

/// The handlers to put on the widget's root element: Yew calls them after those of the
/// elements inside, so a link with its own handler (the checklist's) is left to it.
pub struct LinkHandlers {
    pub click: Callback<MouseEvent>,
    pub pointerdown: Callback<PointerEvent>,
    pub focusin: Callback<FocusEvent>,
}

pub fn handlers(root: &NodeRef) -> LinkHandlers {
    let click = {
        let root = root.clone();
        Callback::from(move |event: MouseEvent| follow(&event, root.cast::<Element>()))
    };
    let pointerdown = {
        let root = root.clone();
        Callback::from(move |event: PointerEvent| {
            if let Some(anchor) = anchor_in(event.target(), root.cast::<Element>()) {
                own_address(&anchor);
            }
        })
    };
    let focusin = {
        let root = root.clone();
        Callback::from(move |event: FocusEvent| {
            if let Some(anchor) = anchor_in(event.target(), root.cast::<Element>()) {
                own_address(&anchor);
            }
        })
    };
    LinkHandlers {
        click,
        pointerdown,
        focusin,
    }
}

/// The same handling for the links of a section the second module renders into `host`
/// (`app::sections`), as the page's own listeners on `host`, for as long as they are kept.
///
/// Yew's handlers on the widget's root do not see every event inside a section: each module's
/// Yew hands an event to the app whose root is nearest the target, by an id both modules count
/// from zero, so the widget's module may take a section's event for another app's. A plain
/// listener sees every event that bubbles through `host`, after both modules' Yew handlers
/// (which run in the capture phase): a click one of them already followed is left alone.
pub fn listen_in_section(host: &Element) -> [gloo::events::EventListener; 3] {
    use gloo::events::{EventListener, EventListenerOptions};
    let widget = || host.closest("[data-widget-root]").ok().flatten();
    let click = {
        let (host, root) = (host.clone(), widget());
        // Not passive (gloo's default): a passive listener cannot keep the page from
        // navigating.
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&host, "click", options, move |event| {
            if let Some(event) = event.dyn_ref::<MouseEvent>() {
                follow(event, root.clone());
            }
        })
    };
    let own = |kind: &'static str| {
        let (host, root) = (host.clone(), widget());
        EventListener::new(&host, kind, move |event| {
            if let Some(anchor) = anchor_in(event.target(), root.clone()) {
                own_address(&anchor);
            }
        })
    };
    [click, own("pointerdown"), own("focusin")]
}

/// A plain click on an in-widget link: reveals its target instead of navigating.
fn follow(event: &MouseEvent, root: Option<Element>) {
    let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
    if event.default_prevented() || event.button() != 0 || modified {
        return;
    }
    let Some(anchor) = anchor_in(event.target(), root.clone()) else {
        return;
    };
    let Some(id) = fragment(&anchor) else {
        return;
    };
    // Never navigate away from the widget, even when the target is gone.
    event.prevent_default();
    let target = gloo::utils::document().get_element_by_id(&id);
    if let (Some(target), Some(root)) = (target, root) {
        if root.contains(Some(&target)) {
            reveal(&target);
        }
    }
}

/// The link `target` is in, when it is inside the widget.
fn anchor_in(
    target: Option<web_sys::EventTarget>,
    root: Option<Element>,
) -> Option<HtmlAnchorElement> {
    let element = target?.dyn_into::<Element>().ok()?;
    let anchor = element.closest("a[href]").ok()??;
    if !root?.contains(Some(&anchor)) {
        return None;
    }
    anchor.dyn_into().ok()
}

/// The element id an in-widget link points at: its `href` as rendered (`#id`), or as
/// [`own_address`] made it (the page's address, then `#id`). `None` for any other link.
fn fragment(anchor: &HtmlAnchorElement) -> Option<String> {
    let href = anchor.get_attribute("href")?;
    let (address, id) = href.split_once('#')?;
    (address.is_empty() || Some(address) == page_address().as_deref()).then(|| id.to_owned())
}

/// The page's own address without its fragment: `location`, never the `<base href>`.
fn page_address() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(match href.split_once('#') {
        Some((address, _)) => address.to_owned(),
        None => href,
    })
}

/// Under a `<base href>` other than the page, makes an in-widget link's `href` the page's own
/// address and its fragment, for the browser's new tab or copied link.
fn own_address(anchor: &HtmlAnchorElement) {
    let document = gloo::utils::document();
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let Some(page) = page_address() else {
        return;
    };
    if base.split('#').next() == Some(page.as_str()) {
        return;
    }
    if let Some(id) = fragment(anchor) {
        anchor.set_href(&format!("{page}#{id}"));
    }
}

/// Opens the `<details>` around `target`, scrolls it into view and focuses it (as a fragment's
/// navigation would, and for keyboard and screen reader users).
fn reveal(target: &Element) {
    let mut parent = target.parent_element();
    while let Some(element) = parent {
        if element.tag_name().eq_ignore_ascii_case("details") && !element.has_attribute("open") {
            let _ = element.set_attribute("open", "");
        }
        parent = element.parent_element();
    }
    let Ok(target) = target.clone().dyn_into::<HtmlElement>() else {
        return;
    };
    // A field shows with its label above it; anything else at the top.
    let field = matches!(
        target.tag_name().to_ascii_lowercase().as_str(),
        "input" | "textarea" | "select"
    );
    if target.tab_index() < 0 && !target.has_attribute("tabindex") {
        // Focusable by script only, as a fragment's target is for the keyboard.
        let _ = target.set_attribute("tabindex", "-1");
    }
    // Focus first (it scrolls as little as it can), then the position a reader expects.
    let _ = target.focus();
    let options = ScrollIntoViewOptions::new();
    options.set_block(if field {
        ScrollLogicalPosition::Center
    } else {
        ScrollLogicalPosition::Start
    });
    target.scroll_into_view_with_scroll_into_view_options(&options);
}
