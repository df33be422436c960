//! A provider's preflight: its read-only script, a text area for the report it printed, and
//! the findings the provider's core makes of it. A report holding a secret is refused whole.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::super::preflight_parts::{outcome_html, paste_field, FindingLine, REPORT_KEY};
use super::super::rich_text::RichText;
use super::snippet::ProviderSnippetView;
use crate::app::l10n::Ui;
use crate::app::state::Action;
use crate::core::config::Config;
use crate::core::providers::case::{self, PreflightFinding};
use crate::core::text::Msg;
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct ProviderPreflightProps {
    pub ui: Ui,
    pub config: Config,
    pub report: Rc<str>,
    pub refused: Option<(&'static str, Msg)>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ProviderPreflight(props: &ProviderPreflightProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let script = use_memo(props.config.clone(), case::preflight_script);
    let found = use_memo(
        (props.config.clone(), props.report.clone()),
        |(config, text)| {
            // Nothing pasted, nothing to judge: the clock is read only with a report (a server
            // render, the pre-render, has no clock; reading it there panics).
            if text.trim().is_empty() {
                return None;
            }
            // The core has no clock: key and certificate dates are judged at this time.
            case::preflight(config, text, (js_sys::Date::now() / 1000.0) as i64)
        },
    );
    let on_paste = {
        let paste_id = prefix.id(REPORT_KEY);
        use_callback(props.dispatch.clone(), move |text: Rc<str>, dispatch| {
            if case::refused_secret(&text).is_some() {
                // Out of the page too, not only out of the state.
                let area = gloo::utils::document().get_element_by_id(&paste_id);
                if let Some(area) =
                    area.and_then(|a| wasm_bindgen::JsCast::dyn_into::<HtmlTextAreaElement>(a).ok())
                {
                    area.set_value("");
                }
            }
            dispatch.emit(Action::SetPreflightReport(text))
        })
    };
    let refused = props
        .refused
        .as_ref()
        .filter(|(k, _)| *k == REPORT_KEY)
        .map(|(_, m)| m.clone());
    let outcome = found.as_ref().as_ref().map(|found| match found {
        Ok(findings) => Ok(findings.iter().map(line).collect()),
        Err(problem) => Err(problem.clone()),
    });
    html! {
        <section class="bsc-preflight" data-preflight="">
            <h3 id={prefix.id("preflight-heading")}>{ l.t(&msg!("provider-preflight-heading")) }</h3>
            <p>{ l.t(&msg!("provider-preflight-intro")) }</p>
            if let Some(spec) = (*script).clone() {
                <ProviderSnippetView ui={props.ui.clone()} {spec} />
            }
            { paste_field(&props.ui, props.report.clone(), on_paste) }
            <div aria-live="polite">
                if let Some(refused) = refused {
                    <p class="bsc-preflight-problem bsc-error" data-preflight-problem="secret">
                        <RichText l={l.clone()} msg={refused} />
                    </p>
                }
                { outcome_html(&props.ui, outcome) }
            </div>
        </section>
    }
}

fn line(finding: &PreflightFinding) -> FindingLine<'_> {
    FindingLine {
        check: finding.check,
        status: finding.status,
        message: &finding.message,
        fix: finding.fix.as_ref(),
        snippet: finding.snippet.clone(),
    }
}
