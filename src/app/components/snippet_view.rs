//! A generated snippet: its code, a copy button that says it copied, a download button; or,
//! while its inputs are invalid, what it is waiting for (and nothing to copy).

use yew::prelude::*;

use super::copy_actions::{use_copying, CopyStatus};
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

#[component]
pub fn SnippetView(props: &SnippetViewProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let copying = use_copying(props.body.clone());
    let key = props.id.key();
    let title = l.t(&props.id.title());
    let title_id = prefix.id(&format!("snippet-{key}"));

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
            let on_copy = copying.on_copy(text.clone());
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
                    { copying.actions(&props.ui, &title, on_copy, on_download) }
                    <pre class="bsc-code" tabindex="0" aria-labelledby={title_id.clone()}><code ref={copying.code_ref.clone()}>{ text }</code></pre>
                </>
            }
        }
        SnippetBody::Placeholder { text, missing } => {
            // Both buttons explain instead of copying a document AWS would refuse.
            let explain = {
                let status = copying.status.clone();
                Callback::from(move |_: MouseEvent| status.set(CopyStatus::NeedsValues))
            };
            html! {
                <>
                    { copying.actions(&props.ui, &title, explain.clone(), explain) }
                    { field_links(&props.ui, msg!("snippet-placeholder"), missing) }
                    <pre class="bsc-code" tabindex="0" aria-labelledby={title_id.clone()}>
                        <code ref={copying.code_ref.clone()}>{ marked(text) }</code>
                    </pre>
                </>
            }
        }
        SnippetBody::Waiting { fields } => field_links(&props.ui, msg!("snippet-waiting"), fields),
    };
    let status_text = copying.status_text(&props.ui);
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
