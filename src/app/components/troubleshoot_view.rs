//! Troubleshooting: the reader picks the symptom they see and gets its cause, its fix and the
//! checklist items to recheck.

use std::rc::Rc;

use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::rich_text::RichText;
use crate::app::l10n::Ui;
use crate::app::state::{Action, State};
use crate::core::braze_error::{self, Reading};
use crate::core::checklist;
use crate::core::troubleshoot::{self, Symptom};
use crate::msg;

/// A function, not a component: the chosen symptom lives in the widget's state like every
/// other choice of the reader, and a component would cost its own copy of Yew's code.
/// `items`: the checklist items of the case, in guide order.
pub fn troubleshoot_view(
    ui: &Ui,
    items: &Rc<Vec<checklist::Item>>,
    state: &State,
    dispatch: &Callback<Action>,
) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let symptoms = troubleshoot::symptoms_for(&state.config);
    let reading =
        (!state.braze_error.trim().is_empty()).then(|| braze_error::read(&state.braze_error));
    // A symptom of another case (after the reader switched) is no longer offered, unless the
    // message Braze showed says it is the one.
    let current = state.symptom.filter(|s| {
        symptoms.contains(s) || reading.as_ref().is_some_and(|r| r.symptom == Some(*s))
    });
    let paste_id = prefix.id("braze-error");
    let on_paste = dispatch.reform(|e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        Action::SetBrazeError(area.value())
    });
    let heading_id = prefix.id("troubleshoot-heading");
    let select_id = prefix.id("symptom");
    let onchange = dispatch.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Action::ChooseSymptom(Symptom::from_key(&select.value()))
    });
    html! {
        <section class="bsc-troubleshoot" data-troubleshoot="">
            <h3 id={heading_id}>{ l.t(&msg!("troubleshoot-heading")) }</h3>
            <div class="bsc-field">
                <label for={select_id.clone()}>{ l.t(&msg!("troubleshoot-label")) }</label>
                <select id={select_id} name="symptom" {onchange}>
                    <option value="" selected={current.is_none()}>{ l.t(&msg!("troubleshoot-choose")) }</option>
                    { for symptoms.iter().map(|s| html! {
                        <option value={s.key()} selected={current == Some(*s)}>{ l.t(&s.title()) }</option>
                    }) }
                </select>
            </div>
            <div class="bsc-field">
                <label for={paste_id.clone()}>{ l.t(&msg!("troubleshoot-paste-label")) }</label>
                <textarea id={paste_id} name="braze-error" rows="3" spellcheck="false"
                    value={state.braze_error.clone()} oninput={on_paste} />
                <p class="bsc-hint">{ l.t(&msg!("troubleshoot-paste-hint")) }</p>
            </div>
            if let Some(reading) = &reading {
                { reading_view(ui, reading, &symptoms, state) }
            }
            if let Some(symptom) = current {
                <div class="bsc-diagnosis" data-symptom={symptom.key()} aria-live="polite">
                    { diagnosis(ui, symptom, items) }
                </div>
            }
            <h4>{ l.t(&msg!("today-notes-heading")) }</h4>
            <ul class="bsc-today-notes">
                { for troubleshoot::notes(&state.config).into_iter().map(|(key, text)| html! {
                    <li data-troubleshoot-note={key}><RichText l={l.clone()} msg={text} /></li>
                }) }
            </ul>
        </section>
    }
}

/// What the pasted message was read as: its symptom, the action refused, and what differs from
/// the reader's values; or an honest "not recognised" with the symptoms to choose from.
fn reading_view(ui: &Ui, reading: &Reading, symptoms: &[Symptom], state: &State) -> Html {
    let l = &ui.l;
    let Some(symptom) = reading.symptom else {
        return html! {
            <div class="bsc-braze-error" data-braze-error-reading="unknown" aria-live="polite">
                <p>{ l.t(&msg!("braze-error-unknown")) }</p>
                <ul>
                    { for symptoms.iter().map(|s| html! { <li>{ l.t(&s.title()) }</li> }) }
                </ul>
            </div>
        };
    };
    let differences = braze_error::differences(reading, &state.config);
    html! {
        <div class="bsc-braze-error" data-braze-error-reading={symptom.key()} aria-live="polite">
            <p>{ l.t(&msg!("braze-error-recognised")) }{ " " }<strong>{ l.t(&symptom.title()) }</strong></p>
            if let Some(action) = &reading.action {
                <p><RichText l={l.clone()} msg={msg!("braze-error-action", action = action)} /></p>
            }
            if !differences.is_empty() {
                <ul>
                    { for differences.into_iter().map(|d| html! {
                        <li data-braze-error-difference=""><RichText l={l.clone()} msg={d} /></li>
                    }) }
                </ul>
            }
        </div>
    }
}

fn diagnosis(ui: &Ui, symptom: Symptom, items: &[checklist::Item]) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let d = symptom.diagnosis();
    let recheck: Vec<&checklist::Item> = items
        .iter()
        .filter(|i| d.recheck.contains(&i.id.as_str()))
        .collect();
    html! {
        <>
            <h4>{ l.t(&msg!("troubleshoot-cause")) }</h4>
            <p><RichText l={l.clone()} msg={d.cause} /></p>
            if !symptom.braze_says().is_empty() {
                <p>{ l.t(&msg!("today-braze-says")) }</p>
                { for symptom.braze_says().iter().map(|text| html! {
                    <blockquote class="bsc-braze-says" data-braze-says="" lang="en"><code>{ *text }</code></blockquote>
                }) }
            }
            <h4>{ l.t(&msg!("troubleshoot-fix")) }</h4>
            <p><RichText l={l.clone()} msg={d.fix} /></p>
            if let Some(today) = symptom.today() {
                <p data-symptom-today=""><RichText l={l.clone()} msg={today} /></p>
            }
            if !recheck.is_empty() {
                <h4>{ l.t(&msg!("troubleshoot-recheck")) }</h4>
                <ul>
                    { for recheck.into_iter().map(|item| html! {
                        <li data-recheck={item.id.clone()}>
                            <a href={format!("#{}", prefix.id(&format!("item-{}", item.id.replace('.', "-"))))}>
                                <RichText l={l.clone()} msg={item.text.clone()} />
                            </a>
                        </li>
                    }) }
                </ul>
            }
        </>
    }
}
