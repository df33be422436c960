//! Troubleshooting: the reader picks the symptom they see and gets its cause, its fix and the
//! checklist items to recheck.

use std::rc::Rc;

use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::rich_text::RichText;
use crate::app::l10n::Ui;
use crate::app::state::{Action, Pasted, State};
use crate::core::braze_error::{self, Difference, Reading};
use crate::core::checklist;
use crate::core::troubleshoot::{self, Symptom};
use crate::msg;

/// A function, not a component: the chosen symptom lives in the widget's state like every
/// other choice of the reader, and a component would cost its own copy of Yew's code (the
/// paste's text area alone is one: see [`BrazeErrorField`]).
/// `items`: the checklist items of the case, in guide order; `reading`: what the pasted message
/// was read as (`None`: nothing pasted), read once per paste by the section (`app::sections`),
/// never here, at every render.
pub fn troubleshoot_view(
    ui: &Ui,
    items: &Rc<Vec<checklist::Item>>,
    state: &State,
    reading: Option<&Reading>,
    dispatch: &Callback<Action>,
) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let symptoms = troubleshoot::symptoms_for(&state.config);
    // A symptom of another case (after the reader switched) is no longer offered, unless the
    // message Braze showed says it is the one.
    let current = state
        .symptom
        .filter(|s| symptoms.contains(s) || reading.is_some_and(|r| r.symptom == Some(*s)));
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
            <BrazeErrorField ui={ui.clone()} text={state.braze_error.clone()}
                dispatch={dispatch.clone()} />
            if let Some(reading) = reading {
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

#[derive(Properties, PartialEq)]
struct BrazeErrorFieldProps {
    ui: Ui,
    text: Pasted,
    dispatch: Callback<Action>,
}

/// The text area on its own: Yew reads a controlled text area's value back from the page at each
/// render of it, which for a 10 MB paste cost tens of milliseconds on every key pressed anywhere
/// in the widget, and a second copy of the paste on the paste itself. So the text area is not
/// controlled: the page keeps what the reader typed, and the state's text is written into it
/// only when it did not come from it ("start over"). Alone, it renders only when its props
/// change (a [`Pasted`] is equal only to itself).
#[component]
fn BrazeErrorField(props: &BrazeErrorFieldProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let paste_id = prefix.id("braze-error");
    let hint_id = prefix.id("braze-error-hint");
    let area = use_node_ref();
    // The text the text area last gave the state.
    let given = use_mut_ref(Pasted::default);
    {
        let (area, given) = (area.clone(), given.clone());
        use_effect_with(props.text.clone(), move |text| {
            if *given.borrow() != *text {
                if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                    area.set_value(text.as_str());
                }
            }
        });
    }
    let on_paste = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let text = Pasted::new(area.value());
            *given.borrow_mut() = text.clone();
            dispatch.emit(Action::SetBrazeError(text));
        })
    };
    html! {
        <div class="bsc-field">
            <label for={paste_id.clone()}>{ l.t(&msg!("troubleshoot-paste-label")) }</label>
            // autocomplete off: Chromium copies every other text area's value into the session
            // history at each URL update (to restore the form), 10 MB on every key elsewhere.
            <textarea id={paste_id} name="braze-error" rows="3" spellcheck="false" autocomplete="off"
                aria-describedby={hint_id.clone()} ref={area} oninput={on_paste} />
            <p class="bsc-hint" id={hint_id}>{ l.t(&msg!("troubleshoot-paste-hint")) }</p>
        </div>
    }
}

/// What the pasted message was read as: its symptom, the action refused, and what differs from
/// the reader's values; a refusal that names no action, with the symptoms it may be; or an
/// honest "not recognised" with the symptoms to choose from.
fn reading_view(ui: &Ui, reading: &Reading, symptoms: &[Symptom], state: &State) -> Html {
    let l = &ui.l;
    let differences = braze_error::differences(reading, &state.config);
    let cut = reading.cut.then(|| {
        html! {
            <p data-braze-error-cut="">
                { l.t(&msg!("braze-error-cut", chars = braze_error::MAX_READ_CHARS)) }
            </p>
        }
    });
    let Some(symptom) = reading.symptom else {
        let (key, intro, listed) = if reading.denied_unknown_action {
            let listed = braze_error::refusal_symptoms(&state.config);
            ("access-denied", msg!("braze-error-access-denied"), listed)
        } else {
            ("unknown", msg!("braze-error-unknown"), symptoms.to_vec())
        };
        return html! {
            <div class="bsc-braze-error" data-braze-error-reading={key} aria-live="polite">
                <p>{ l.t(&intro) }</p>
                <ul>
                    { for listed.iter().map(|s| html! { <li>{ l.t(&s.title()) }</li> }) }
                </ul>
                { differences_view(ui, differences) }
                { cut }
            </div>
        };
    };
    html! {
        <div class="bsc-braze-error" data-braze-error-reading={symptom.key()} aria-live="polite">
            <p>{ l.t(&msg!("braze-error-recognised")) }{ " " }<strong>{ l.t(&symptom.title()) }</strong></p>
            if let Some(action) = &reading.action {
                <p><RichText l={l.clone()} msg={msg!("braze-error-action", action = action)} /></p>
            }
            if let Some(arn) = &reading.role_arn {
                <p><RichText l={l.clone()} msg={msg!("braze-error-role-to-assume", arn = arn)} /></p>
            }
            { differences_view(ui, differences) }
            { cut }
        </div>
    }
}

/// Each value of the message that differs from the reader's, with why it is wrong.
fn differences_view(ui: &Ui, differences: Vec<Difference>) -> Html {
    let l = &ui.l;
    if differences.is_empty() {
        return html! {};
    }
    html! {
        <ul>
            { for differences.into_iter().map(|d| html! {
                <li data-braze-error-difference={d.key}>
                    <RichText l={l.clone()} msg={d.text} />
                    if !d.reasons.is_empty() {
                        <ul>
                            { for d.reasons.into_iter().map(|(key, reason)| html! {
                                <li data-braze-error-reason={key}><RichText l={l.clone()} msg={reason} /></li>
                            }) }
                        </ul>
                    }
                </li>
            }) }
        </ul>
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
