//! Further Currents connectors on the same bucket: a name and a distinct folder path each.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::text_field::{text_field, TextField};
use crate::app::l10n::Ui;
use crate::app::state::Action;
use crate::core::config::{Config, MAX_CONNECTORS};
use crate::core::rules::{Field, Report};
use crate::msg;

/// A function, not a component: it has no state of its own, and its inputs are the form's
/// own (config, report, touched fields), so as a component it re-rendered with the form anyway.
pub fn connectors_view(
    ui: &Ui,
    config: &Config,
    report: &Report,
    touched: &[Field],
    dispatch: &Callback<Action>,
) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    let on_folder =
        dispatch.reform(|(field, value): (Field, String)| Action::SetField(field, value));
    let on_add = dispatch.reform(|_: MouseEvent| Action::AddConnector);
    html! {
        <fieldset class="bsc-connectors">
            <legend>{ l.t(&msg!("connectors-legend")) }</legend>
            <p class="bsc-hint">{ l.t(&msg!("connectors-hint")) }</p>
            { for config.connectors.iter().enumerate().map(|(index, connector)| {
                let id = connector.id;
                let field = Field::ConnectorFolder(id);
                let name_id = prefix.id(&format!("connector-name-{id}"));
                let on_name = dispatch.reform(move |e: InputEvent| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    Action::SetConnectorName(id, input.value())
                });
                let on_remove = dispatch.reform(move |_: MouseEvent| Action::RemoveConnector(id));
                let number = index + 2;
                html! {
                    <div class="bsc-connector" data-connector={id.to_string()} key={id}>
                        <div class="bsc-field">
                            <label for={name_id.clone()}>{ l.t(&msg!("connector-name", number = number)) }</label>
                            <input type="text" id={name_id} name="connector-name"
                                value={connector.name.clone()} autocomplete="off" oninput={on_name} />
                        </div>
                        { text_field(ui, &TextField {
                            field,
                            label: msg!("connector-folder", number = number),
                            hint: None,
                            value: AttrValue::from(connector.folder.clone()),
                            placeholder: None,
                            findings: report.for_field(field).cloned().collect(),
                            touched: touched.contains(&field),
                            inputmode: None,
                            on_input: on_folder.clone(),
                        }) }
                        <button type="button" class="bsc-button bsc-button--secondary" onclick={on_remove}
                            aria-label={l.t(&msg!("connector-remove-label", number = number))}>
                            { l.t(&msg!("connector-remove")) }
                        </button>
                    </div>
                }
            }) }
            if config.connectors.len() < MAX_CONNECTORS {
                <button type="button" class="bsc-button bsc-button--secondary" onclick={on_add}>
                    { l.t(&msg!("connector-add")) }
                </button>
            }
        </fieldset>
    }
}
