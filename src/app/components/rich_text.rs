//! A localized message with its markup: labels in bold, literals and the reader's values as
//! code. Everything is a text node; nothing is ever parsed as HTML.

use yew::prelude::*;

use crate::app::l10n::use_l10n;
use crate::core::text::Msg;
use crate::i18n::Span;

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    pub msg: Msg,
}

#[component]
pub fn RichText(props: &RichTextProps) -> Html {
    let l = use_l10n();
    let spans = l.0.spans(&props.msg);
    html! { <>{ for spans.into_iter().map(span_html) }</> }
}

fn span_html(span: Span) -> Html {
    match span {
        Span::Text(text) => html! { { text } },
        Span::Strong(text) => html! { <strong class="bsc-label">{ text }</strong> },
        Span::Code(text) => html! { <code>{ text }</code> },
        Span::Value(text) => html! { <code class="bsc-value">{ text }</code> },
        Span::Placeholder(text) => html! { <var class="bsc-placeholder">{ text }</var> },
    }
}
