//! A provider's generated file: its code with copy and download, as Amazon S3's snippets; or
//! the fields it waits for; or why the case has none. Its notes follow it.

use gloo::timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use super::super::rich_text::RichText;
use crate::app::browser::clipboard;
use crate::app::l10n::Ui;
use crate::core::providers::case::{Body, SnippetSpec};
use crate::core::snippets;
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct ProviderSnippetProps {
    pub ui: Ui,
    pub spec: SnippetSpec,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    SelectedForManualCopy,
}

#[component]
pub fn ProviderSnippetView(props: &ProviderSnippetProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let spec = &props.spec;
    let status = use_state_eq(|| CopyStatus::Idle);
    let code_ref = use_node_ref();
    let reset = use_mut_ref(|| None::<Timeout>);
    {
        let (status, reset) = (status.clone(), reset.clone());
        use_effect_with(spec.body.clone(), move |_| {
            reset.borrow_mut().take();
            status.set(CopyStatus::Idle);
        });
    }
    let title = l.t(&spec.title);
    let title_id = prefix.id(&format!("snippet-{}", spec.key));
    let content = match &spec.body {
        Body::Ready(text) => {
            let text = AttrValue::from(match &spec.comment {
                Some(comment) => snippets::with_comment(text, &l.0.text(comment)),
                None => text.clone(),
            });
            let on_copy = {
                let (text, status, code_ref, reset) = (
                    text.clone(),
                    status.clone(),
                    code_ref.clone(),
                    reset.clone(),
                );
                Callback::from(move |_: MouseEvent| {
                    let (text, status, code_ref, reset) = (
                        text.clone(),
                        status.clone(),
                        code_ref.clone(),
                        reset.clone(),
                    );
                    wasm_bindgen_futures::spawn_local(async move {
                        match clipboard::copy(&text).await {
                            Ok(()) => {
                                status.set(CopyStatus::Copied);
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
                let (text, file_name) = (text.clone(), spec.file_name);
                Callback::from(move |_: MouseEvent| {
                    clipboard::download(&text, file_name, "text/plain")
                })
            };
            html! {
                <>
                    <div class="bsc-snippet-actions">
                        <button type="button" class="bsc-button bsc-copy" onclick={on_copy}
                            aria-label={l.t(&msg!("copy-button-label", title = title.to_string()))}>
                            { if *status == CopyStatus::Copied {
                                l.t(&msg!("copy-button-done"))
                            } else {
                                l.t(&msg!("copy-button"))
                            } }
                        </button>
                        <button type="button" class="bsc-button bsc-download" onclick={on_download}
                            aria-label={l.t(&msg!("download-button-label", title = title.to_string()))}>
                            { l.t(&msg!("download-button")) }
                        </button>
                    </div>
                    <pre class="bsc-code" tabindex="0" aria-labelledby={title_id.clone()}><code ref={code_ref}>{ text }</code></pre>
                </>
            }
        }
        Body::Waiting(fields) => html! {
            <div class="bsc-snippet-waiting">
                <p>{ l.t(&msg!("snippet-waiting")) }</p>
                <ul>
                    { for fields.iter().map(|(anchor, label)| html! {
                        <li><a href={format!("#{}", prefix.id(anchor))}>{ l.t(label) }</a></li>
                    }) }
                </ul>
            </div>
        },
        Body::NotForCase => html! {
            <p class="bsc-snippet-waiting">{ l.t(&msg!("provider-not-for-case")) }</p>
        },
    };
    let status_text = match *status {
        CopyStatus::Idle => None,
        CopyStatus::Copied => Some(l.t(&msg!("copy-done"))),
        CopyStatus::SelectedForManualCopy => Some(l.t(&msg!("copy-manual"))),
    };
    let ready = matches!(spec.body, Body::Ready(_));
    html! {
        <>
            <figure class={classes!("bsc-snippet", (!ready).then_some("bsc-snippet--waiting"))}
                data-snippet={spec.key} data-ready={if ready { "true" } else { "false" }}>
                <figcaption id={title_id}>{ title.clone() }</figcaption>
                { content }
                <p class="bsc-copy-status" role="status" aria-live="polite">{ status_text }</p>
            </figure>
            { for spec.notes.iter().map(|note| html! {
                <p class="bsc-snippet-note" data-snippet-note={spec.key}><RichText l={l.clone()} msg={note.clone()} /></p>
            }) }
        </>
    }
}
