//! A provider's preflight: its read-only script, a text area for the report it printed, and
//! the findings the provider's core makes of it. A report holding a secret is refused whole.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::super::paste_area::PasteArea;
use super::super::rich_text::RichText;
use super::snippet::ProviderSnippetView;
use crate::app::l10n::Ui;
use crate::app::state::Action;
use crate::core::config::Config;
use crate::core::providers::case::{self, PreflightFinding};
use crate::core::text::{Arg, Msg};
use crate::msg;

/// The state's key of a refused report (`State::refused`).
const REPORT_KEY: &str = "preflight-report";

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
    let paste_id = prefix.id(REPORT_KEY);
    let hint_id = prefix.id("preflight-report-hint");
    let on_paste = {
        let paste_id = paste_id.clone();
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
    html! {
        <section class="bsc-preflight" data-preflight="">
            <h3 id={prefix.id("preflight-heading")}>{ l.t(&msg!("provider-preflight-heading")) }</h3>
            <p>{ l.t(&msg!("provider-preflight-intro")) }</p>
            if let Some(spec) = (*script).clone() {
                <ProviderSnippetView ui={props.ui.clone()} {spec} />
            }
            <div class="bsc-field">
                <label for={paste_id.clone()}>{ l.t(&msg!("preflight-paste-label")) }</label>
                <PasteArea id={paste_id} name={REPORT_KEY} rows={4}
                    described_by={hint_id.clone()} text={props.report.clone()} on_change={on_paste} />
                <p class="bsc-hint" id={hint_id}>{ l.t(&msg!("preflight-paste-hint")) }</p>
            </div>
            <div aria-live="polite">
                if let Some(refused) = refused {
                    <p class="bsc-preflight-problem bsc-error" data-preflight-problem="secret">
                        <RichText l={l.clone()} msg={refused} />
                    </p>
                }
                { match &*found {
                    None => html! {},
                    Some(Err(problem)) => html! {
                        <p class="bsc-preflight-problem" data-preflight-problem="">
                            <RichText l={l.clone()} msg={problem.clone()} />
                        </p>
                    },
                    Some(Ok(findings)) => html! {
                        <>
                            <h4>{ l.t(&msg!("preflight-findings")) }</h4>
                            <ul class="bsc-preflight-findings">
                                { for findings.iter().map(|f| finding_html(&props.ui, f)) }
                            </ul>
                        </>
                    },
                } }
            </div>
        </section>
    }
}

fn finding_html(ui: &Ui, finding: &PreflightFinding) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let status = finding.status;
    html! {
        <li class={classes!("bsc-finding", format!("bsc-finding--{status}"))}
            data-preflight-check={finding.check} data-status={status}>
            <span class="bsc-finding-status">{ l.t(&msg!("preflight-status", status = Arg::Key(status))) }</span>
            { " " }
            <span class="bsc-finding-message"><RichText l={l.clone()} msg={finding.message.clone()} /></span>
            if let Some(fix) = &finding.fix {
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
