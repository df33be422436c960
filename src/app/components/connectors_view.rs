//! Further Currents connectors on the same bucket: a name and a distinct folder path each.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::text_field::TextField;
use crate::app::l10n::{use_id_prefix, use_l10n};
use crate::app::state::{Action, MAX_CONNECTORS};
use crate::core::config::Config;
use crate::core::rules::{Field, Report};
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct ConnectorsViewProps {
    pub config: Config,
    pub report: Report,
    pub touched: Vec<Field>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ConnectorsView(props: &ConnectorsViewProps) -> Html {
    let l = use_l10n();
    let prefix = use_id_prefix();
    let on_folder = props
        .dispatch
        .reform(|(field, value): (Field, String)| Action::SetField(field, value));
    let on_add = props.dispatch.reform(|_: MouseEvent| Action::AddConnector);
    html! {
        <fieldset class="bsc-connectors">
            <legend>{ l.t(&msg!("connectors-legend")) }</legend>
            <p class="bsc-hint">{ l.t(&msg!("connectors-hint")) }</p>
            { for props.config.connectors.iter().enumerate().map(|(index, connector)| {
                let id = connector.id;
                let field = Field::ConnectorFolder(id);
                let name_id = prefix.id(&format!("connector-name-{id}"));
                let on_name = props.dispatch.reform(move |e: InputEvent| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    Action::SetConnectorName(id, input.value())
                });
                let on_remove = props.dispatch.reform(move |_: MouseEvent| Action::RemoveConnector(id));
                let number = index + 2;
                html! {
                    <div class="bsc-connector" data-connector={id.to_string()} key={id}>
                        <div class="bsc-field">
                            <label for={name_id.clone()}>{ l.t(&msg!("connector-name", number = number)) }</label>
                            <input type="text" id={name_id} name="connector-name"
                                value={connector.name.clone()} autocomplete="off" oninput={on_name} />
                        </div>
                        <TextField {field} label={msg!("connector-folder", number = number)}
                            value={AttrValue::from(connector.folder.clone())}
                            findings={props.report.for_field(field).cloned().collect::<Vec<_>>()}
                            touched={props.touched.contains(&field)}
                            on_input={on_folder.clone()} />
                        <button type="button" class="bsc-button bsc-button--secondary" onclick={on_remove}
                            aria-label={l.t(&msg!("connector-remove-label", number = number))}>
                            { l.t(&msg!("connector-remove")) }
                        </button>
                    </div>
                }
            }) }
            if props.config.connectors.len() < MAX_CONNECTORS {
                <button type="button" class="bsc-button bsc-button--secondary" onclick={on_add}>
                    { l.t(&msg!("connector-add")) }
                </button>
            }
        </fieldset>
    }
}
