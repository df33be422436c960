//! "Change or rotate credentials": the core's path (`core::update_credentials`) for the
//! reader's case, folded under its heading after the guide, built once opened.

use yew::prelude::*;

use super::rich_text::RichText;
use super::step_view::note;
use crate::app::l10n::Ui;
use crate::app::lazy::host::LazyDetails;
use crate::app::lazy::{Section, Wire};
use crate::core::config::Config;
use crate::core::rules::Report;
use crate::core::update_credentials::{self, Part};
use crate::msg;

/// The section after the guide: its heading, and the path folded until the reader opens it
/// (its code, with the rest of the sections', is fetched then: `app::lazy`).
pub fn update_credentials_section(ui: &Ui, wire: Wire) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let heading_id = prefix.id("update-credentials-heading");
    html! {
        // Not a landmark (no accessible name): a page may hold several widgets.
        <section class="bsc-update-credentials" data-section="update-credentials">
            <h3 id={heading_id}>{ l.t(&msg!("update-heading")) }</h3>
            <LazyDetails ui={ui.clone()} section={Section::UpdateCredentials} {wire}
                class="bsc-update-details" summary={l.t(&msg!("update-show"))} />
        </section>
    }
}

/// The path for the reader's case (rendered by the sections' module): its intro and parts.
pub fn update_credentials_parts(ui: &Ui, config: &Config) -> Html {
    let l = &ui.l;
    let path = update_credentials::build(config, &Report::new(config));
    html! {
        <>
            <p><RichText l={l.clone()} msg={path.intro} /></p>
            { for path.parts.iter().map(|part| part_html(ui, part)) }
        </>
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
