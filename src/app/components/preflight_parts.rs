//! What Amazon S3's preflight and a provider's preflight show alike: the field the report is
//! pasted in, and what was found in it (why it is not a report, or one finding per check).

use std::rc::Rc;

use yew::prelude::*;

use super::paste_area::PasteArea;
use super::rich_text::RichText;
use crate::app::l10n::Ui;
use crate::core::text::{Arg, Msg};
use crate::msg;

/// The state's key of the pasted report, and its field's name.
pub const REPORT_KEY: &str = "preflight-report";

/// One finding, as either core words it: its check's and status' keys, its sentence, its fix
/// and the snippet that fixes it (its key and title).
pub struct FindingLine<'a> {
    pub check: &'static str,
    pub status: &'static str,
    pub message: &'a Msg,
    pub fix: Option<&'a Msg>,
    pub snippet: Option<(&'static str, Msg)>,
}

/// The report's field, described by its hint; `on_paste` gets each new text.
pub fn paste_field(ui: &Ui, text: Rc<str>, on_paste: Callback<Rc<str>>) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let paste_id = prefix.id(REPORT_KEY);
    let hint_id = prefix.id("preflight-report-hint");
    html! {
        <div class="bsc-field">
            <label for={paste_id.clone()}>{ l.t(&msg!("preflight-paste-label")) }</label>
            <PasteArea id={paste_id} name={REPORT_KEY} rows={4}
                described_by={hint_id.clone()} {text} on_change={on_paste} />
            <p class="bsc-hint" id={hint_id}>{ l.t(&msg!("preflight-paste-hint")) }</p>
        </div>
    }
}

/// What a pasted text gave: nothing (`None`), why it is not a report, or the findings.
pub fn outcome_html(ui: &Ui, outcome: Option<Result<Vec<FindingLine>, Msg>>) -> Html {
    let l = &ui.l;
    match outcome {
        None => html! {},
        Some(Err(problem)) => html! {
            <p class="bsc-preflight-problem" data-preflight-problem="">
                <RichText l={l.clone()} msg={problem} />
            </p>
        },
        Some(Ok(findings)) => html! {
            <>
                <h4>{ l.t(&msg!("preflight-findings")) }</h4>
                <ul class="bsc-preflight-findings">
                    { for findings.iter().map(|f| finding_html(ui, f)) }
                </ul>
            </>
        },
    }
}

/// One finding: its status as a word (never by colour alone), its sentence, its fix and the
/// snippet that fixes it, linked to where the page shows it.
fn finding_html(ui: &Ui, finding: &FindingLine) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let status = finding.status;
    html! {
        <li class={classes!("bsc-finding", format!("bsc-finding--{status}"))}
            data-preflight-check={finding.check} data-status={status}>
            <span class="bsc-finding-status">{ l.t(&msg!("preflight-status", status = Arg::Key(status))) }</span>
            { " " }
            <span class="bsc-finding-message"><RichText l={l.clone()} msg={finding.message.clone()} /></span>
            if let Some(fix) = finding.fix {
                <p class="bsc-finding-fix">
                    <strong>{ l.t(&msg!("preflight-fix-label")) }</strong>{ " " }
                    <RichText l={l.clone()} msg={fix.clone()} />
                </p>
            }
            if let Some((key, title)) = &finding.snippet {
                <p class="bsc-finding-snippet">
                    { l.t(&msg!("preflight-use-snippet")) }{ " " }
                    <a href={format!("#{}", prefix.id(&format!("snippet-{key}")))}
                        data-preflight-snippet={*key}>{ l.t(title) }</a>
                </p>
            }
        </li>
    }
}
