//! A provider's form: the integration, the auth method, and the provider's fields with the
//! problems its rules find, each message next to its field (`aria-invalid`,
//! `aria-describedby`). A secret typed into a field is refused: the field shows why, the
//! text is taken out of the input and nothing of it is kept.

use std::rc::Rc;
use web_sys::HtmlInputElement;

use yew::prelude::*;

use super::super::choice_group::{choice_group, Choice};
use super::super::diagram_view::{diagram_view, Drawing};
use super::super::rich_text::RichText;
use super::super::setup_form::integration_choices;
use super::ProviderViewProps;
use crate::app::state::Action;
use crate::core::config::Integration;
use crate::core::provider::{
    Provider, AZURE_CERTIFICATE_KEY, AZURE_CONNECTION_STRING_KEY, GCS_AUTH_KEY,
};
use crate::core::providers::case::{self, FieldSpec};
use crate::core::providers::diagram::diagram;
use crate::msg;

fn auth_choices(provider: Provider) -> Vec<Choice> {
    match provider {
        Provider::GoogleCloudStorage => vec![Choice {
            key: GCS_AUTH_KEY,
            label: msg!("provider-gcs-auth"),
            hint: msg!("provider-gcs-auth-hint"),
        }],
        _ => vec![
            Choice {
                key: AZURE_CONNECTION_STRING_KEY,
                label: msg!("azure-auth-connection-string"),
                hint: msg!("provider-azure-auth-connection-string-hint"),
            },
            Choice {
                key: AZURE_CERTIFICATE_KEY,
                label: msg!("azure-auth-certificate-service-principal"),
                hint: msg!("provider-azure-auth-certificate-hint"),
            },
        ],
    }
}

pub(super) fn provider_form(props: &ProviderViewProps) -> Html {
    let (ui, config, dispatch) = (&props.ui, &props.config, &props.dispatch);
    let l = &ui.l;
    let on_integration = dispatch.reform(|key: String| {
        Action::SetIntegration(Integration::from_key(&key).unwrap_or_default())
    });
    let on_auth =
        dispatch.reform(|key: String| Action::SetAzureCertificate(key == AZURE_CERTIFICATE_KEY));
    let auth = match config.provider {
        Provider::GoogleCloudStorage => GCS_AUTH_KEY,
        _ => config.providers.azure_auth_key(),
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let case_problem = case::case_problem(config);
    html! {
        <form class="bsc-setup" {onsubmit} novalidate=true data-provider-form={config.provider.key()}>
            <h3 id={ui.prefix.id("setup-heading")}>{ l.t(&msg!("setup-heading")) }</h3>
            if !props.lock_integration {
                { choice_group(ui, "integration", msg!("integration-legend"),
                    &integration_choices(), config.integration.key(), on_integration) }
            }
            { choice_group(ui, "auth", msg!("auth-legend"), &auth_choices(config.provider), auth, on_auth) }
            // The chosen method's picture, right under the choice, as for Amazon S3.
            if let Some(picture) = diagram(config) {
                { diagram_view(ui, &Drawing::new(ui, Rc::new(picture)), "setup") }
            }
            if let Some(problem) = case_problem {
                <p class="bsc-error" role="alert" data-case-problem="">
                    <RichText l={l.clone()} msg={problem} />
                </p>
            }
            <fieldset class="bsc-values">
                <legend>{ l.t(&msg!("values-legend")) }</legend>
                { for case::fields(config).iter().map(|field| field_html(props, field)) }
            </fieldset>
        </form>
    }
}

fn field_html(props: &ProviderViewProps, field: &FieldSpec) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let key = field.key;
    let id = prefix.id(&field.anchor);
    let hint_id = prefix.id(&format!("{}-hint", field.anchor));
    let messages_id = prefix.id(&format!("{}-messages", field.anchor));
    let touched = props.touched.contains(&key);
    let refused = props
        .refused
        .as_ref()
        .filter(|(k, _)| *k == key)
        .map(|(_, m)| m.clone());
    let mut shown: Vec<(crate::core::text::Msg, bool)> = field
        .problems
        .iter()
        .filter(|p| touched || !p.required)
        .map(|p| (p.message.clone(), p.error))
        .collect();
    if let Some(refused) = refused {
        shown.insert(0, (refused, true));
    }
    let invalid = shown.iter().any(|(_, error)| *error);
    let hint = field
        .default_name
        .map(|default| msg!("field-default-hint", default = default));
    let mut described = Vec::new();
    if !shown.is_empty() {
        described.push(messages_id.to_string());
    }
    if hint.is_some() {
        described.push(hint_id.to_string());
    }
    let dispatch = props.dispatch.clone();
    let value = field.value.clone();
    let input = if field.choice {
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let on = if input.checked() {
                case::CHOICE_ON
            } else {
                "off"
            };
            dispatch.emit(Action::SetProviderField(key, on.to_owned()));
        });
        html! {
            <input type="checkbox" id={id.clone()} name={key} value={case::CHOICE_ON}
                checked={field.value == case::CHOICE_ON} {onchange} />
        }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            // A secret leaves the input at once: the state refuses it, and the page must not
            // keep showing it either.
            if case::refused_secret(&text).is_some() {
                input.set_value(&value);
            }
            dispatch.emit(Action::SetProviderField(key, text));
        });
        html! {
            <input type="text" id={id.clone()} name={key} value={field.value.clone()}
                placeholder={field.default_name}
                autocomplete="off" autocapitalize="off" spellcheck="false"
                aria-invalid={invalid.then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                {oninput} />
        }
    };
    let class = classes!(
        "bsc-field",
        field.choice.then_some("bsc-field--check"),
        invalid.then_some("bsc-field--invalid")
    );
    html! {
        <div {class} data-field={key}>
            if field.choice {
                { input }
                <label for={id}><RichText l={l.clone()} msg={field.label.clone()} /></label>
            } else {
                <label for={id}><RichText l={l.clone()} msg={field.label.clone()} /></label>
                { input }
            }
            if let Some(hint) = hint {
                <p class="bsc-hint" id={hint_id}><RichText l={l.clone()} msg={hint} /></p>
            }
            if !shown.is_empty() {
                <ul class="bsc-messages" id={messages_id}>
                    { for shown.iter().map(|(message, error)| {
                        let (class, label) = if *error {
                            ("bsc-error", msg!("error-label"))
                        } else {
                            ("bsc-warning", msg!("warning-label"))
                        };
                        html! {
                            <li {class} data-rule={message.id}>
                                <span class="bsc-visually-hidden">{ l.t(&label) }{ " " }</span>
                                <RichText l={l.clone()} msg={message.clone()} />
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
