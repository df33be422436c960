//! Another provider's page in the sections' module (docs/decisions/0010): the engine's view
//! (`components::providers`) fed the widget's state as text, and its actions sent back as
//! text. What only this view uses stays here: the fields the reader has been in, and a secret
//! refused where it was typed or pasted (the widget's state never sees it).

use std::rc::Rc;

use yew::prelude::*;

use super::super::browser::sources;
use super::super::components::providers::ProviderView;
use super::super::l10n::Ui;
use super::super::lazy::{ProviderInputs, Wire, ON, START_OVER};
use super::super::state::Action;
use crate::core::providers::case::refused_secret;
use crate::core::text::Msg;

/// The key a refused report is shown under (`ProviderView`'s preflight).
const REPORT_KEY: &str = "preflight-report";

#[derive(Properties, PartialEq)]
pub struct ProviderSectionProps {
    pub ui: Ui,
    pub wire: Wire,
    pub on_action: Callback<(String, String)>,
}

/// What the reader did here that the widget's state does not hold.
#[derive(Clone, Default, PartialEq)]
struct Local {
    touched: Vec<&'static str>,
    refused: Option<(&'static str, Msg)>,
}

impl Local {
    /// `text` typed under `key`: refused if it holds a secret (then it is not sent on).
    fn take(&mut self, key: &'static str, text: &str) -> bool {
        match refused_secret(text) {
            Some(message) => {
                self.refused = Some((key, message));
                false
            }
            None => {
                if self.refused.as_ref().is_some_and(|(k, _)| *k == key) {
                    self.refused = None;
                }
                true
            }
        }
    }
}

#[component]
pub fn ProviderSection(props: &ProviderSectionProps) -> Html {
    let local = use_state_eq(Local::default);
    // The report this view last sent, kept while the widget hands the same text back (a copy):
    // the text area is not written again.
    let sent_report = use_mut_ref(|| Rc::<str>::from(""));
    let dispatch = {
        let (send, local, sent_report) =
            (props.on_action.clone(), local.clone(), sent_report.clone());
        Callback::from(move |action: Action| {
            let mut next = (*local).clone();
            match action {
                Action::SetProviderField(key, value) => {
                    if !next.touched.contains(&key) {
                        next.touched.push(key);
                    }
                    if next.take(key, &value) {
                        send.emit(("provider-field".into(), format!("{key}={value}")));
                    }
                }
                // A report holding a secret is refused whole: nothing of it kept.
                Action::SetPreflightReport(text) => {
                    let text = if next.take(REPORT_KEY, &text) {
                        text
                    } else {
                        Rc::from("")
                    };
                    *sent_report.borrow_mut() = text.clone();
                    send.emit(("preflight-report".into(), text.to_string()));
                }
                Action::SetIntegration(integration) => {
                    send.emit(("integration".into(), integration.key().into()))
                }
                Action::SetAzureCertificate(on) => send.emit((
                    "azure-certificate".into(),
                    if on { ON } else { "off" }.into(),
                )),
                Action::ToggleTick(item) => send.emit(("tick".into(), item)),
                _ => {}
            }
            local.set(next);
        })
    };
    let wire = &props.wire;
    let report = {
        let mut sent = sent_report.borrow_mut();
        if &**sent != wire.text.as_str() {
            *sent = Rc::from(wire.text.as_str());
        }
        sent.clone()
    };
    let inputs = ProviderInputs::from_text(&wire.extra);
    let link = {
        let (config, locale) = (wire.config.clone(), wire.locale);
        Callback::from(move |()| sources::link_to(&config, locale))
    };
    let on_start_over = {
        let (send, local) = (props.on_action.clone(), local.clone());
        Callback::from(move |()| {
            local.set(Local::default());
            send.emit((START_OVER.into(), String::new()));
        })
    };
    html! {
        <ProviderView ui={props.ui.clone()} config={wire.config.clone()}
            touched={local.touched.clone()} refused={local.refused.clone()}
            lock_integration={inputs.lock_integration}
            {report} ticked={inputs.ticked} {link} {on_start_over} {dispatch} />
    }
}
