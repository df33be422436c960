//! "Check an existing policy": the reader pastes an identity or trust policy and learns, before
//! Braze's credential test, what it grants, what it lacks and what it grants beyond the need.

use std::rc::Rc;

use yew::prelude::*;

use super::paste_area::PasteArea;
use super::rich_text::RichText;
use crate::app::l10n::Ui;
use crate::core::checker::{self, CheckResult};
use crate::core::config::Config;
use crate::core::preflight::JudgedValues;
use crate::core::text::Msg;
use crate::core::wildcard_note::example_label;
use crate::msg;

/// The fixed texts of the checker's interface.
struct Labels {
    heading: Msg,
    intro: Msg,
    field_label: Msg,
    field_hint: Msg,
    column_action: Msg,
    column_resource: Msg,
    column_access: Msg,
    warnings_heading: Msg,
    trust_heading: Msg,
    notes_heading: Msg,
}

fn labels() -> Labels {
    Labels {
        heading: msg!("checker-heading"),
        intro: msg!("checker-intro"),
        field_label: msg!("checker-field-label"),
        field_hint: msg!("checker-field-hint"),
        column_action: msg!("checker-column-action"),
        column_resource: msg!("checker-column-resource"),
        column_access: msg!("checker-column-access"),
        warnings_heading: msg!("checker-warnings-heading"),
        trust_heading: msg!("checker-trust-heading"),
        notes_heading: msg!("checker-notes-heading"),
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckerViewProps {
    /// The widget's localizer and id prefix, passed down rather than through a Yew context
    /// (one context type costs its own copy of Yew's provider code).
    pub ui: Ui,
    pub config: Config,
}

#[component]
pub fn CheckerView(props: &CheckerViewProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    // An `Rc`: a paste may be megabytes, and the memo below keeps it for comparison.
    let text = use_state_eq(|| Rc::<str>::from(""));
    // Checked again only when the text or a value the checker reads changes: a key in the
    // folder field does not read a long paste again.
    let result = {
        let config = props.config.clone();
        use_memo(
            ((*text).clone(), JudgedValues::of(&props.config)),
            move |(text, _)| (!text.trim().is_empty()).then(|| checker::check(text, &config)),
        )
    };
    let labels = labels();
    let heading_id = prefix.id("checker-heading");
    let field_id = prefix.id("check-policy");
    let hint_id = prefix.id("check-policy-hint");
    let on_change = use_callback(text.setter(), |pasted: Rc<str>, text| text.set(pasted));
    html! {
        <section class="bsc-checker">
            <h3 id={heading_id}>{ l.t(&labels.heading) }</h3>
            <p><RichText l={l.clone()} msg={labels.intro.clone()} /></p>
            <div class="bsc-field">
                <label for={field_id.clone()}>{ l.t(&labels.field_label) }</label>
                <PasteArea id={field_id} name="check-policy" rows={10}
                    described_by={hint_id.clone()} text={(*text).clone()} {on_change} />
                <p class="bsc-hint" id={hint_id}><RichText l={l.clone()} msg={labels.field_hint.clone()} /></p>
            </div>
            <div aria-live="polite">
                if let Some(result) = &*result {
                    { result_view(l, &labels, result, &props.config) }
                }
            </div>
        </section>
    }
}

fn result_view(
    l: &crate::app::l10n::L10n,
    labels: &Labels,
    result: &CheckResult,
    config: &Config,
) -> Html {
    let verdict = result.verdict.key();
    html! {
        <div class={classes!("bsc-check-result", format!("bsc-verdict--{verdict}"))}
            data-check-result="" data-verdict={verdict}>
            <p class="bsc-verdict"><RichText l={l.clone()} msg={result.headline(config)} /></p>
            if let Some(error) = &result.error {
                <p class="bsc-error">
                    if let Some(location) = error.location() {
                        <strong><RichText l={l.clone()} msg={location} /></strong>{ " " }
                    }
                    <RichText l={l.clone()} msg={error.message()} />
                </p>
            }
            if !result.rows.is_empty() {
                <div class="bsc-table-wrap">
                    <table class="bsc-table">
                        <thead>
                            <tr>
                                <th scope="col">{ l.t(&labels.column_action) }</th>
                                <th scope="col">{ l.t(&labels.column_resource) }</th>
                                <th scope="col">{ l.t(&labels.column_access) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for result.rows.iter().map(|row| {
                                let missing = (!row.access.is_granted()).then(|| row.hook());
                                html! {
                                    <tr data-access={row.access.key()} data-missing={missing}>
                                        <td><code>{ row.action.clone() }</code></td>
                                        <td><code>{ row.resource.clone() }</code></td>
                                        <td class={format!("bsc-access--{}", row.access.key())}>
                                            <RichText l={l.clone()} msg={row.access.message()} />
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if let Some(trust) = &result.trust {
                <h4>{ l.t(&labels.trust_heading) }</h4>
                <ul>
                    <li data-trust="principal"><RichText l={l.clone()} msg={trust.principal_message(config)} /></li>
                    if let Some(external) = trust.external_id_message(config) {
                        <li data-trust="external-id"><RichText l={l.clone()} msg={external} /></li>
                    }
                </ul>
            }
            if !result.warnings.is_empty() {
                <h4>{ l.t(&labels.warnings_heading) }</h4>
                <ul class="bsc-check-warnings">
                    { for result.warnings.iter().map(|w| html! {
                        <li class={if w.is_loud() { "bsc-warning bsc-warning--loud" } else { "bsc-warning" }}>
                            <RichText l={l.clone()} msg={w.message(config)} />
                            if !w.examples().is_empty() {
                                <ul class="bsc-bucket-examples">
                                    { for w.examples().iter().map(|(name, matched)| html! {
                                        <li><code>{ name.clone() }</code>{ " — " }
                                            { l.t(&example_label(*matched)) }
                                        </li>
                                    }) }
                                </ul>
                            }
                        </li>
                    }) }
                </ul>
            }
            if !result.notes.is_empty() {
                <h4>{ l.t(&labels.notes_heading) }</h4>
                <ul>
                    { for result.notes.iter().map(|n| html! { <li><RichText l={l.clone()} msg={n.message()} /></li> }) }
                </ul>
            }
        </div>
    }
}
