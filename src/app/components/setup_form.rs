//! The reader's choices and values: integration, auth method, bucket, IDs, options, names.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::choice_group::{choice_group, Choice};
use super::connectors_view::connectors_view;
use super::diagram_view::{diagram_view, Drawing};
use super::rich_text::RichText;
use super::text_field::{text_field, TextField};
use crate::app::l10n::Ui;
use crate::app::state::{Action, State};
use crate::core::config::{AuthMethod, Integration};
use crate::core::facts;
use crate::core::rules::{Field, Report};
use crate::core::text::Msg;
use crate::msg;

pub(super) fn integration_choices() -> Vec<Choice> {
    vec![
        Choice {
            key: Integration::Currents.key(),
            label: msg!("integration-currents"),
            hint: msg!("integration-currents-hint"),
        },
        Choice {
            key: Integration::DashboardExport.key(),
            label: msg!("integration-dashboard-export"),
            hint: msg!("integration-dashboard-export-hint"),
        },
        Choice {
            key: Integration::Both.key(),
            label: msg!("integration-both"),
            hint: msg!("integration-both-hint"),
        },
        Choice {
            key: Integration::MessageArchiving.key(),
            label: msg!("integration-message-archiving"),
            hint: msg!("integration-message-archiving-hint"),
        },
    ]
}

fn auth_choices() -> Vec<Choice> {
    vec![
        Choice {
            key: AuthMethod::SecretKey.key(),
            label: msg!("auth-secret-key"),
            hint: msg!("auth-secret-key-hint"),
        },
        Choice {
            key: AuthMethod::RoleArn.key(),
            label: msg!("auth-role-arn"),
            hint: msg!("auth-role-arn-hint"),
        },
    ]
}

/// A function, not a component: it shows the widget's own state and re-renders with it (a
/// component would cost its own copy of Yew's code for a skip that saves little).
pub fn setup_form(
    ui: &Ui,
    state: &State,
    report: &Report,
    lock_integration: bool,
    diagram: &Drawing,
    dispatch: &Callback<Action>,
) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let config = &state.config;

    let on_integration = dispatch.reform(|key: String| {
        Action::SetIntegration(Integration::from_key(&key).unwrap_or_default())
    });
    let on_auth = dispatch
        .reform(|key: String| Action::SetAuth(AuthMethod::from_key(&key).unwrap_or_default()));
    let on_input =
        dispatch.reform(|(field, value): (Field, String)| Action::SetField(field, value));
    let on_sse = dispatch.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetSse(input.checked())
    });
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());

    let field = |field: Field, hint: Option<Msg>, placeholder: Option<&str>| {
        let numeric = matches!(field, Field::BrazeAccount | Field::OwnAccount);
        text_field(
            ui,
            &TextField {
                field,
                label: field.label(),
                hint,
                value: AttrValue::from(config.value(field).to_owned()),
                placeholder: placeholder.map(|p| AttrValue::from(p.to_owned())),
                findings: report.for_field(field).cloned().collect(),
                touched: state.touched.contains(&field),
                inputmode: numeric.then(|| AttrValue::from("numeric")),
                on_input: on_input.clone(),
            },
        )
    };
    let default_hint = |default: &str| Some(msg!("field-default-hint", default = default));
    let role = config.auth == AuthMethod::RoleArn;
    let sse_id = prefix.id("sse");
    let sse_hint_id = prefix.id("sse-hint");
    html! {
        <form class="bsc-setup" {onsubmit} novalidate=true>
            <h3 id={prefix.id("setup-heading")}>{ l.t(&msg!("setup-heading")) }</h3>
            if !lock_integration {
                { choice_group(ui, "integration", msg!("integration-legend"),
                    &integration_choices(), config.integration.key(), on_integration) }
            }
            { choice_group(ui, "auth", msg!("auth-legend"),
                &auth_choices(), config.auth.key(), on_auth) }
            // The chosen method's picture, right under the choice: switching redraws it.
            { diagram_view(ui, diagram, "setup") }
            <fieldset class="bsc-values">
                <legend>{ l.t(&msg!("values-legend")) }</legend>
                { field(Field::Bucket, Some(msg!("field-bucket-hint")), None) }
                if role {
                    { field(Field::BrazeAccount, Some(msg!("field-account-hint")), None) }
                    { field(Field::ExternalId, Some(msg!("field-external-id-hint")), None) }
                }
                if config.integration.has_currents() {
                    { field(Field::Folder, Some(msg!("field-folder-hint")), None) }
                    <div class="bsc-field bsc-field--check">
                        <input type="checkbox" id={sse_id.clone()} name="sse" value="1"
                            checked={config.sse} aria-describedby={sse_hint_id.clone()}
                            onchange={on_sse} />
                        <label for={sse_id}>{ l.t(&msg!("field-sse")) }</label>
                        <p class="bsc-hint" id={sse_hint_id}><RichText l={l.clone()} msg={msg!("field-sse-hint")} /></p>
                    </div>
                }
            </fieldset>
            if config.integration.has_currents() {
                { connectors_view(ui, config, report, &state.touched, dispatch) }
            }
            // Opened on first render when a link or a saved visit filled a name; the value
            // stays the same afterwards, so Yew never touches the reader's open or close.
            <details class="bsc-names" open={state.names_open}>
                <summary>{ l.t(&msg!("names-legend")) }</summary>
                if role {
                    { field(Field::RoleName, default_hint(facts::DEFAULT_ROLE_NAME), Some(facts::DEFAULT_ROLE_NAME)) }
                } else {
                    { field(Field::UserName, default_hint(facts::DEFAULT_USER_NAME), Some(facts::DEFAULT_USER_NAME)) }
                }
                { field(Field::PolicyName, default_hint(facts::DEFAULT_POLICY_NAME), Some(facts::DEFAULT_POLICY_NAME)) }
                if role {
                    { field(Field::OwnAccount, Some(msg!("field-own-account-hint")), None) }
                }
            </details>
        </form>
    }
}
