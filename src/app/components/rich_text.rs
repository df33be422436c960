//! A localized message with its markup: labels in bold, literals and the reader's values as
//! code. Everything is a text node; nothing is ever parsed as HTML.

use yew::prelude::*;

use crate::app::l10n::L10n;
use crate::core::text::Msg;
use crate::i18n::Span;

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    pub l: L10n,
    pub msg: Msg,
}

#[component]
pub fn RichText(props: &RichTextProps) -> Html {
    let spans = props.l.0.spans(&props.msg);
    let mut out: Vec<Html> = Vec::new();
    // A value inside a literal (a file name, an ARN) reads as one piece of code: adjacent
    // literal and value spans share one <code>.
    let mut code: Vec<Html> = Vec::new();
    let mut only_value = true;
    let flush = |code: &mut Vec<Html>, only_value: &mut bool, out: &mut Vec<Html>| {
        if code.is_empty() {
            return;
        }
        let class = if *only_value { Some("bsc-value") } else { None };
        out.push(html! { <code class={class}>{ for code.drain(..) }</code> });
        *only_value = true;
    };
    for span in spans {
        match span {
            Span::Code(text) => {
                only_value = false;
                code.push(html! { { text } });
            }
            Span::Value(text) => code.push(html! { <span class="bsc-value">{ text }</span> }),
            other => {
                flush(&mut code, &mut only_value, &mut out);
                out.push(match other {
                    Span::Strong(text) => html! { <strong class="bsc-label">{ text }</strong> },
                    Span::Placeholder(text) => {
                        html! { <var class="bsc-placeholder">{ text }</var> }
                    }
                    Span::Text(text) | Span::Code(text) | Span::Value(text) => html! { { text } },
                });
            }
        }
    }
    flush(&mut code, &mut only_value, &mut out);
    html! { <>{ for out }</> }
}
