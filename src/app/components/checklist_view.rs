//! The checklist: every task of the guide, ticked by the reader, with progress, what to verify
//! once done, a Markdown copy, a link to this setup, and "start over".

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::rich_text::RichText;
use crate::app::browser::clipboard;
use crate::app::l10n::Ui;
use crate::app::state::Action;
use crate::core::checklist;
use crate::core::text::Msg;
use crate::msg;

/// Only what the checklist shows: a keystroke that changes none of it leaves it alone.
#[derive(Properties, PartialEq)]
pub struct ChecklistViewProps {
    pub ui: Ui,
    /// The checklist items of the case, in guide order.
    pub items: Rc<Vec<checklist::Item>>,
    /// The ids of the ticked items of the case.
    pub ticked: Vec<String>,
    /// What to verify next, once every item is ticked.
    pub next_checks: Option<Vec<Msg>>,
    /// The link to this setup, made at the click.
    pub link: Callback<(), String>,
    pub dispatch: Callback<Action>,
    pub on_start_over: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    MarkdownCopied,
    LinkCopied,
    /// Copy refused: the text is shown, selected, for Ctrl+C.
    Manual(String),
}

#[component]
pub fn ChecklistView(props: &ChecklistViewProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let status = use_state_eq(|| Status::Idle);
    let confirming = use_state_eq(|| false);
    let manual_ref = use_node_ref();
    let items = &props.items;
    let is_ticked = |id: &str| props.ticked.iter().any(|t| t == id);
    let (done, total) = checklist::progress(items, is_ticked);
    let heading_id = prefix.id("checklist-heading");

    // Selects the fallback text once it is on screen.
    {
        let manual_ref = manual_ref.clone();
        use_effect_with((*status).clone(), move |status| {
            if matches!(status, Status::Manual(_)) {
                if let Some(el) = manual_ref.cast::<Element>() {
                    clipboard::select_contents(&el);
                }
            }
        });
    }

    let copy = {
        let status = status.clone();
        move |text: String, ok: Status| {
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match clipboard::copy(&text).await {
                    Ok(()) => status.set(ok),
                    Err(()) => status.set(Status::Manual(text)),
                }
            });
        }
    };
    let on_markdown = {
        let l = l.clone();
        let items = items.clone();
        let ticked = props.ticked.clone();
        let copy = copy.clone();
        Callback::from(move |_: MouseEvent| {
            let title = l.0.text(&msg!("checklist-heading"));
            let text = checklist::to_markdown(
                &title,
                &items,
                |id| ticked.iter().any(|t| t == id),
                |m| l.0.markdown(m),
            );
            copy(text, Status::MarkdownCopied);
        })
    };
    let on_link = {
        let link = props.link.clone();
        Callback::from(move |_: MouseEvent| copy(link.emit(()), Status::LinkCopied))
    };
    let ask_start_over = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel_start_over = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let confirm_start_over = {
        let confirming = confirming.clone();
        let status = status.clone();
        let on_start_over = props.on_start_over.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            status.set(Status::Idle);
            on_start_over.emit(());
        })
    };

    let status_text = match &*status {
        Status::Idle | Status::Manual(_) => None,
        Status::MarkdownCopied => Some(l.t(&msg!("checklist-markdown-copied"))),
        Status::LinkCopied => Some(l.t(&msg!("checklist-link-copied"))),
    };

    html! {
        <section class="bsc-checklist" data-checklist="">
            <h3 id={heading_id}>{ l.t(&msg!("checklist-heading")) }</h3>
            <p class="bsc-progress" data-progress="" data-done={done.to_string()} data-total={total.to_string()}>
                <progress max={total.to_string()} value={done.to_string()}
                    aria-label={l.t(&msg!("checklist-progress-label"))}></progress>
                <span>{ l.t(&msg!("checklist-progress", done = done, total = total)) }</span>
            </p>
            <ul class="bsc-checklist-items">
                { for items.iter().map(|item| {
                    let id = prefix.id(&format!("item-{}", item.id.replace('.', "-")));
                    let ticked = is_ticked(&item.id);
                    let onchange = {
                        let dispatch = props.dispatch.clone();
                        let item_id = item.id.clone();
                        Callback::from(move |_: Event| dispatch.emit(Action::ToggleTick(item_id.clone())))
                    };
                    let step_anchor = prefix.id(&format!("step-{}", item.step));
                    let step_title = prefix.id(&format!("step-{}-title", item.step));
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        scroll_to(&step_anchor, &step_title);
                    });
                    html! {
                        <li class={classes!("bsc-item", ticked.then_some("bsc-item--done"))}>
                            <input type="checkbox" id={id.clone()} data-item={item.id.clone()}
                                checked={ticked} {onchange} />
                            <label for={id}><RichText l={l.clone()} msg={item.text.clone()} /></label>
                            <a class="bsc-item-link" href={format!("#{}", prefix.id(&format!("step-{}", item.step)))}
                                {onclick}>{ l.t(&msg!("checklist-go-to-step")) }</a>
                        </li>
                    }
                }) }
            </ul>
            if let Some(checks) = &props.next_checks {
                <div class="bsc-complete" role="status">
                    <p><strong>{ l.t(&msg!("checklist-complete")) }</strong></p>
                    <ul>
                        { for checks.iter().map(|m| html! {
                            <li><RichText l={l.clone()} msg={m.clone()} /></li>
                        }) }
                    </ul>
                </div>
            }
            <div class="bsc-checklist-actions">
                <button type="button" class="bsc-button" onclick={on_markdown}>{ l.t(&msg!("checklist-copy-markdown")) }</button>
                <button type="button" class="bsc-button bsc-button--secondary" onclick={on_link}>{ l.t(&msg!("checklist-copy-link")) }</button>
                if *confirming {
                    <span class="bsc-confirm" role="group" aria-label={l.t(&msg!("checklist-start-over"))}>
                        <span>{ l.t(&msg!("checklist-start-over-confirm")) }</span>
                        <button type="button" class="bsc-button bsc-button--danger" onclick={confirm_start_over}>{ l.t(&msg!("checklist-start-over-yes")) }</button>
                        <button type="button" class="bsc-button bsc-button--secondary" onclick={cancel_start_over}>{ l.t(&msg!("checklist-start-over-no")) }</button>
                    </span>
                } else {
                    <button type="button" class="bsc-button bsc-button--secondary" onclick={ask_start_over}>{ l.t(&msg!("checklist-start-over")) }</button>
                }
            </div>
            <p class="bsc-copy-status" role="status" aria-live="polite">{ status_text }</p>
            if let Status::Manual(text) = &*status {
                <div class="bsc-manual-copy">
                    <p>{ l.t(&msg!("copy-manual")) }</p>
                    <pre class="bsc-code" tabindex="0"><code ref={manual_ref}>{ text.clone() }</code></pre>
                </div>
            }
        </section>
    }
}

/// Brings a step into view and moves focus to its title, for keyboard and screen-reader users.
fn scroll_to(step_id: &str, title_id: &str) {
    let document = gloo::utils::document();
    if let Some(step) = document.get_element_by_id(step_id) {
        step.scroll_into_view();
    }
    if let Some(title) = document.get_element_by_id(title_id) {
        if let Ok(title) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(title) {
            let _ = title.focus();
        }
    }
}
