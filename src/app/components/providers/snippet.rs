//! A provider's generated file: its code with copy and download, as Amazon S3's snippets; or
//! the fields it waits for; or why the case has none. Its notes follow it.

use yew::prelude::*;

use super::super::copy_actions::use_copying;
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

#[component]
pub fn ProviderSnippetView(props: &ProviderSnippetProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let spec = &props.spec;
    let copying = use_copying(spec.body.clone());
    let title = l.t(&spec.title);
    let title_id = prefix.id(&format!("snippet-{}", spec.key));
    let content = match &spec.body {
        Body::Ready(text) => {
            let text = AttrValue::from(match &spec.comment {
                Some(comment) => snippets::with_comment(text, &l.0.text(comment)),
                None => text.clone(),
            });
            let on_copy = copying.on_copy(text.clone());
            let on_download = {
                let (text, file_name) = (text.clone(), spec.file_name);
                Callback::from(move |_: MouseEvent| {
                    clipboard::download(&text, file_name, "text/plain")
                })
            };
            html! {
                <>
                    { copying.actions(&props.ui, &title, on_copy, on_download) }
                    <pre class="bsc-code" tabindex="0" aria-labelledby={title_id.clone()}><code ref={copying.code_ref.clone()}>{ text }</code></pre>
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
    let status_text = copying.status_text(&props.ui);
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
