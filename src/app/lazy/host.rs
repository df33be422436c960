//! Where a section of the second module sits in the widget: a `<details>` that builds nothing
//! until the reader opens it, then the section's host: "loading", a localized failure with
//! "Try again", or the section, mounted by the other module and handed new inputs only while
//! open, after the widget's own update.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use super::loader::{self, Backend, Mounted};
use super::{action, status_messages, Section, Wire, START_OVER};
use crate::app::l10n::Ui;
use crate::app::state::Action;

#[derive(Properties, PartialEq)]
pub struct LazyDetailsProps {
    pub ui: Ui,
    pub section: Section,
    /// Only the inputs the section reads: equal when none of them changed.
    pub wire: Wire,
    /// How the section changes the widget's state (a section that changes none: default).
    #[prop_or_default]
    pub dispatch: Callback<Action>,
    pub class: &'static str,
    pub summary: AttrValue,
    /// Shown before the section's own content (an infrastructure file's how-to and notes).
    #[prop_or_default]
    pub children: Html,
    /// Shown at once, in a plain block rather than a folded `<details>`, and fetched as the
    /// widget starts (another provider's guide: it is the page's content, not an extra).
    #[prop_or_default]
    pub eager: bool,
    /// "Start over", which the section may ask for (the widget's, not an action).
    #[prop_or_default]
    pub on_start_over: Callback<()>,
}

#[derive(Clone)]
enum Load {
    /// Not opened yet: nothing fetched, nothing built.
    Folded,
    Loading,
    Failed,
    Ready(Rc<dyn Backend>),
}

/// A section folded under its summary. Once opened it stays mounted (a pasted text survives
/// closing it) but is handed new inputs only while open.
#[component]
pub fn LazyDetails(props: &LazyDetailsProps) -> Html {
    let open = use_state_eq(|| props.eager);
    let load = use_state(|| Load::Folded);
    // Counts the reader's "Try again"; each starts a fetch.
    let attempt = use_state_eq(|| 0u32);
    let host = use_node_ref();
    let mounted: Rc<RefCell<Option<Box<dyn Mounted>>>> = use_mut_ref(|| None);
    let pending = use_mut_ref(|| None::<Timeout>);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: Element = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    {
        let load = load.clone();
        let wanted = *open || !matches!(*load, Load::Folded);
        use_effect_with((wanted, *attempt), move |(wanted, _)| {
            if *wanted {
                load.set(Load::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    load.set(match loader::load().await {
                        Some(backend) => Load::Ready(backend),
                        None => Load::Failed,
                    });
                });
            }
        });
    }
    {
        let backend = match &*load {
            Load::Ready(backend) => Some(backend.clone()),
            _ => None,
        };
        let (host, section) = (host.clone(), props.section);
        let dispatch = props.dispatch.clone();
        let on_start_over = props.on_start_over.clone();
        use_effect_with(
            (backend.is_some(), *open, props.wire.clone()),
            move |(_, open, wire)| {
                let Some(backend) = backend else { return };
                let mut slot = mounted.borrow_mut();
                if slot.is_none() {
                    if let Some(element) = host.cast::<Element>() {
                        let on_action: Rc<dyn Fn(String, String)> = Rc::new(move |kind, value| {
                            if kind == START_OVER {
                                on_start_over.emit(());
                            } else if let Some(action) = action(&kind, value) {
                                dispatch.emit(action);
                            }
                        });
                        *slot = Some(backend.mount(&element, section, wire, on_action));
                    }
                } else if *open {
                    // After the widget's own update has been painted: a key press waits for
                    // the guide, not for the sections.
                    let (mounted, wire) = (mounted.clone(), wire.clone());
                    *pending.borrow_mut() = Some(Timeout::new(0, move || {
                        if let Some(section) = &*mounted.borrow() {
                            section.update(&wire);
                        }
                    }));
                }
            },
        );
    }
    let l = &props.ui.l;
    let (loading, failed, retry) = status_messages();
    let (state, status) = match &*load {
        Load::Folded => ("folded", html! {}),
        Load::Loading => (
            "loading",
            html! { <p class="bsc-lazy-status" role="status">{ l.t(&loading) }</p> },
        ),
        Load::Failed => {
            let onclick = {
                let attempt = attempt.clone();
                Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
            };
            (
                "failed",
                html! {
                    <div class="bsc-lazy-failed" role="alert">
                        <p>{ l.t(&failed) }</p>
                        <button type="button" class="bsc-button" {onclick}>{ l.t(&retry) }</button>
                    </div>
                },
            )
        }
        Load::Ready(_) => ("ready", html! {}),
    };
    let folded = matches!(*load, Load::Folded);
    if props.eager {
        // Before its first fetch has started (the pre-render, the live first render), it
        // says it is loading: the same text in both.
        let (state, status) = if folded {
            (
                "loading",
                html! { <p class="bsc-lazy-status" role="status">{ l.t(&loading) }</p> },
            )
        } else {
            (state, status)
        };
        return html! {
            <div class={props.class} data-lazy={props.section.key()}>
                <div class="bsc-lazy-body" data-lazy-state={state}>
                    { status }
                    <div class="bsc-lazy-host" ref={host}></div>
                </div>
            </div>
        };
    }
    html! {
        <details class={props.class} data-lazy={props.section.key()} {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            { props.children.clone() }
            if !folded {
                <div class="bsc-lazy-body" data-lazy-state={state}>
                    { status }
                    // The other module renders here; this widget never touches what is inside.
                    <div class="bsc-lazy-host" ref={host}></div>
                </div>
            }
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProviderPlaceProps {
    pub ui: Ui,
    pub wire: Wire,
    pub dispatch: Callback<Action>,
    pub on_start_over: Callback<()>,
}

/// Another provider's section, in place of Amazon S3's guide: shown at once and fetched as the
/// widget starts. A component type of its own because Yew matches the children of the widget's
/// two branches by position: Amazon S3's last `LazyDetails` (troubleshooting) would otherwise be
/// reused for it, with its state (folded, or mounted as troubleshooting).
#[component]
pub fn ProviderPlace(props: &ProviderPlaceProps) -> Html {
    html! {
        <LazyDetails ui={props.ui.clone()} section={Section::Provider} wire={props.wire.clone()}
            dispatch={props.dispatch.clone()} on_start_over={props.on_start_over.clone()}
            class="bsc-provider-lazy" summary="" eager=true />
    }
}
