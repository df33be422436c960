//! The preflight: the read-only script for the reader's case, a text area for the report it
//! printed, and what the core found in that report, one finding per check.

use std::rc::Rc;

use yew::prelude::*;

use super::preflight_parts::{outcome_html, paste_field, FindingLine};
use super::snippet_view::SnippetView;
use crate::app::l10n::Ui;
use crate::app::state::Action;
use crate::core::config::Config;
use crate::core::preflight::{self, Finding, JudgedValues, PreparedReport, ReportProblem};
use crate::core::rules::Report;
use crate::core::snippets::{self, SnippetId};
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct PreflightViewProps {
    pub ui: Ui,
    pub config: Config,
    /// The pasted report (the widget's state keeps it, in memory only).
    pub text: Rc<str>,
    pub dispatch: Callback<Action>,
}

/// What a pasted text is: nothing yet, why it is not a report, or the report with its
/// policies converted, once per text (a report may be 2 MB and hold 2,000 policies).
#[derive(Clone)]
struct Read(Rc<Option<Result<PreparedReport, ReportProblem>>>);

/// The same reading, not an equal one: comparing two reports would cost what reading does.
impl PartialEq for Read {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn read(text: &str) -> Read {
    Read(Rc::new(match preflight::read_report(text) {
        Err(ReportProblem::Empty) => None,
        read => Some(read.map(PreparedReport::new)),
    }))
}

/// What a pasted text gives: nothing yet, why it is not a report, or the findings.
type Outcome = Option<Result<Vec<Finding>, ReportProblem>>;

fn judge(read: &Read, config: &Config) -> Outcome {
    let read = read.0.as_ref().as_ref()?;
    Some(match read {
        // The core has no clock: an access key's age is counted to the time of the judging
        // (asked only with a report: a server render has neither a report nor a clock).
        Ok(report) => Ok(preflight::check_prepared(
            report,
            config,
            (js_sys::Date::now() / 1000.0) as i64,
        )),
        Err(problem) => Err(problem.clone()),
    })
}

#[component]
pub fn PreflightView(props: &PreflightViewProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let script = use_memo(props.config.clone(), |config| {
        snippets::build(SnippetId::PreflightScript, config, &Report::new(config))
    });
    // Read once per text; judged again only when the report or a value the judging reads
    // changes (a key in the folder field neither reads nor judges the report again).
    let report = use_memo(props.text.clone(), |text| read(text));
    let found = {
        let config = props.config.clone();
        use_memo(
            ((*report).clone(), JudgedValues::of(&props.config)),
            move |(report, _)| judge(report, &config),
        )
    };
    let on_paste = use_callback(props.dispatch.clone(), |text: Rc<str>, dispatch| {
        dispatch.emit(Action::SetPreflightReport(text))
    });
    let outcome = found.as_ref().as_ref().map(|found| match found {
        Ok(findings) => Ok(findings.iter().map(line).collect()),
        Err(problem) => Err(problem.message()),
    });
    html! {
        <section class="bsc-preflight" data-preflight="">
            <h3 id={prefix.id("preflight-heading")}>{ l.t(&msg!("preflight-heading")) }</h3>
            <p>{ l.t(&msg!("preflight-intro")) }</p>
            <SnippetView ui={props.ui.clone()} id={SnippetId::PreflightScript} body={(*script).clone()} />
            { paste_field(&props.ui, props.text.clone(), on_paste) }
            <div aria-live="polite">{ outcome_html(&props.ui, outcome) }</div>
        </section>
    }
}

fn line(finding: &Finding) -> FindingLine<'_> {
    FindingLine {
        check: finding.id.key(),
        status: finding.status.key(),
        message: &finding.message,
        fix: finding.fix.as_ref(),
        snippet: finding.snippet.map(|id| (id.key(), id.title())),
    }
}
