//! "Change or rotate credentials": the core's path (`core::update_credentials`) for the
//! reader's case, folded under its heading after the guide.

use yew::prelude::*;

use super::rich_text::RichText;
use super::step_view::note;
use crate::app::l10n::Ui;
use crate::core::config::Config;
use crate::core::rules::Report;
use crate::core::update_credentials::{self, Part};
use crate::msg;

/// A function, not a component: it quotes the reader's values and re-renders with them.
pub fn update_credentials_view(ui: &Ui, config: &Config, report: &Report) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let path = update_credentials::build(config, report);
    let heading_id = prefix.id("update-credentials-heading");
    html! {
        // Not a landmark (no accessible name): a page may hold several widgets.
        <section class="bsc-update-credentials" data-section="update-credentials">
            <h3 id={heading_id}>{ l.t(&msg!("update-heading")) }</h3>
            <p><RichText l={l.clone()} msg={path.intro} /></p>
            <details class="bsc-update-details">
                <summary>{ l.t(&msg!("update-show")) }</summary>
                { for path.parts.iter().map(|part| part_html(ui, part)) }
            </details>
        </section>
    }
}

fn part_html(ui: &Ui, part: &Part) -> Html {
    let l = &ui.l;
    let items = part.steps.iter().map(|(id, text)| {
        html! { <li data-update-step={*id}><RichText l={l.clone()} msg={text.clone()} /></li> }
    });
    html! {
        <div class="bsc-update-part" data-update-part={part.id}>
            <h4><RichText l={l.clone()} msg={part.title.clone()} /></h4>
            if part.ordered {
                <ol>{ for items }</ol>
            } else {
                <ul>{ for items }</ul>
            }
            { for part.notes.iter().map(|(tone, text)| note(l, *tone, text)) }
        </div>
    }
}
