//! A generated snippet: its code, a copy button that says it copied, a download button; or,
//! while its inputs are invalid, what it is waiting for (and nothing to copy).

use gloo::timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use crate::app::browser::clipboard;
use crate::app::l10n::Ui;
use crate::core::field::Field;
use crate::core::outputs::PLACEHOLDERS;
use crate::core::snippets::{self, SnippetBody, SnippetId};
use crate::core::text::Msg;
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct SnippetViewProps {
    pub ui: Ui,
    pub id: SnippetId,
    pub body: SnippetBody,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    SelectedForManualCopy,
    /// Copy or download asked while the document still shows a placeholder: not done, and
    /// the reader is told why.
    NeedsValues,
}

#[component]
pub fn SnippetView(props: &SnippetViewProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let status = use_state_eq(|| CopyStatus::Idle);
    let code_ref = use_node_ref();
    // The timer that ends "Copied!". Kept, not forgotten: a newer copy replaces it (dropping
    // a `Timeout` cancels it), and so does unmounting, which drops the hook's state.
    let reset = use_mut_ref(|| None::<Timeout>);
    let key = props.id.key();
    let title = l.t(&props.id.title());
    let title_id = prefix.id(&format!("snippet-{key}"));

    // A new text makes an old "copied" stale.
    {
        let (status, reset) = (status.clone(), reset.clone());
        use_effect_with(props.body.clone(), move |_| {
            reset.borrow_mut().take();
            status.set(CopyStatus::Idle);
        });
    }

    let content = match &props.body {
        SnippetBody::Ready {
            text,
            file_name,
            comment,
        } => {
            // One copy of the text, shared by the code and both buttons.
            let text = AttrValue::from(match comment {
                Some(comment) => snippets::with_comment(text, &l.0.text(comment)),
                None => text.clone(),
            });
            let on_copy = {
                let text = text.clone();
                let status = status.clone();
                let code_ref = code_ref.clone();
                let reset = reset.clone();
                Callback::from(move |_: MouseEvent| {
                    let text = text.clone();
                    let status = status.clone();
                    let code_ref = code_ref.clone();
                    let reset = reset.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match clipboard::copy(&text).await {
                            Ok(()) => {
                                status.set(CopyStatus::Copied);
                                // The button reads "Copied!" for a moment, then offers again.
                                let status = status.clone();
                                *reset.borrow_mut() =
                                    Some(Timeout::new(2500, move || status.set(CopyStatus::Idle)));
                            }
                            Err(()) => {
                                if let Some(code) = code_ref.cast::<Element>() {
                                    clipboard::select_contents(&code);
                                }
                                status.set(CopyStatus::SelectedForManualCopy);
                            }
                        }
                    });
                })
            };
            let on_download = {
                let text = text.clone();
                // Formatted on the click, not at each keystroke: it quotes the bucket.
                let (l, file_name) = (l.clone(), file_name.clone());
                let mime = if props.id.is_json() {
                    "application/json"
                } else {
                    "text/plain"
                };
                Callback::from(move |_: MouseEvent| {
                    clipboard::download(&text, &l.0.text(&file_name), mime)
                })
            };
            html! {
                <>
                    { actions(&props.ui, &title, *status == CopyStatus::Copied, on_copy, on_download) }
                    <pre class="bsc-code" tabindex="0" aria-labelledby={title_id.clone()}><code ref={code_ref}>{ text }</code></pre>
                </>
            }
        }
        SnippetBody::Placeholder { text, missing } => {
            // Both buttons explain instead of copying a document AWS would refuse.
            let explain = {
                let status = status.clone();
                Callback::from(move |_: MouseEvent| status.set(CopyStatus::NeedsValues))
            };
            html! {
                <>
                    { actions(&props.ui, &title, *status == CopyStatus::Copied, explain.clone(), explain) }
                    { field_links(&props.ui, msg!("snippet-placeholder"), missing) }
                    <pre class="bsc-code" tabindex="0" aria-labelledby={title_id.clone()}>
                        <code ref={code_ref}>{ marked(text) }</code>
                    </pre>
                </>
            }
        }
        SnippetBody::Waiting { fields } => field_links(&props.ui, msg!("snippet-waiting"), fields),
    };
    let status_text = match *status {
        CopyStatus::Idle => None,
        CopyStatus::Copied => Some(l.t(&msg!("copy-done"))),
        CopyStatus::SelectedForManualCopy => Some(l.t(&msg!("copy-manual"))),
        CopyStatus::NeedsValues => Some(l.t(&msg!("copy-placeholder"))),
    };
    let ready = matches!(props.body, SnippetBody::Ready { .. });
    let placeholder = matches!(props.body, SnippetBody::Placeholder { .. });
    html! {
        <figure class={classes!("bsc-snippet", (!ready).then_some("bsc-snippet--waiting"))}
            data-snippet={key} data-ready={if ready { "true" } else { "false" }}
            data-placeholder={placeholder.then_some("")}>
            <figcaption id={title_id}>{ title.clone() }</figcaption>
            { content }
            <p class="bsc-copy-status" role="status" aria-live="polite">{ status_text }</p>
        </figure>
    }
}

/// The copy and download buttons.
fn actions(
    ui: &Ui,
    title: &AttrValue,
    copied: bool,
    on_copy: Callback<MouseEvent>,
    on_download: Callback<MouseEvent>,
) -> Html {
    let l = &ui.l;
    html! {
        <div class="bsc-snippet-actions">
            <button type="button" class="bsc-button bsc-copy" onclick={on_copy}
                aria-label={l.t(&msg!("copy-button-label", title = title.to_string()))}>
                { if copied { l.t(&msg!("copy-button-done")) } else { l.t(&msg!("copy-button")) } }
            </button>
            <button type="button" class="bsc-button bsc-download" onclick={on_download}
                aria-label={l.t(&msg!("download-button-label", title = title.to_string()))}>
                { l.t(&msg!("download-button")) }
            </button>
        </div>
    }
}

/// `intro`, then a link to each of `fields` in the form.
fn field_links(ui: &Ui, intro: Msg, fields: &[Field]) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    html! {
        <div class="bsc-snippet-waiting">
            <p>{ l.t(&intro) }</p>
            <ul>
                { for fields.iter().map(|field| html! {
                    <li><a href={format!("#{}", prefix.id(&field.anchor()))}>{ l.t(&field.label()) }</a></li>
                }) }
            </ul>
        </div>
    }
}

/// `text` with each placeholder marked, so the reader sees where their values go.
fn marked(text: &str) -> Html {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some((at, token)) = PLACEHOLDERS
        .iter()
        .filter_map(|token| rest.find(token).map(|at| (at, *token)))
        .min()
    {
        parts.push(html! { { rest[..at].to_owned() } });
        parts.push(html! { <var class="bsc-placeholder">{ token }</var> });
        rest = &rest[at + token.len()..];
    }
    parts.push(html! { { rest.to_owned() } });
    html! { <>{ for parts }</> }
}
