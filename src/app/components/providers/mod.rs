//! The providers other than Amazon S3 on the page: one engine drawing any provider's spec
//! (`core::providers::case` and `guide`): the provider's form, its guide with its generated
//! files, its preflight, checklist and tools. Nothing here names Google or Azure: every text,
//! field, step and file comes from the provider's core. It runs in the sections' module
//! (`app::sections::provider`, docs/decisions/0010): an Amazon S3 reader's first module holds
//! none of it; the widget draws only the provider choice (`provider_choice.rs`).

mod form;
mod guide;
mod preflight;
mod snippet;
mod tools;

use std::rc::Rc;

use yew::prelude::*;

use super::checklist_view::ChecklistView;
use crate::app::l10n::Ui;
use crate::app::state::Action;
use crate::core::config::Config;
use crate::core::providers::guide::{checklist_items, steps};
use crate::core::text::Msg;

#[derive(Properties, PartialEq)]
pub struct ProviderViewProps {
    pub ui: Ui,
    pub config: Config,
    pub touched: Vec<&'static str>,
    pub refused: Option<(&'static str, Msg)>,
    pub lock_integration: bool,
    /// The pasted preflight report (in memory only).
    pub report: Rc<str>,
    /// The checklist's ticked items of this case, its link and "start over" (the widget's).
    pub ticked: Vec<String>,
    pub link: Callback<(), String>,
    pub on_start_over: Callback<()>,
    pub dispatch: Callback<Action>,
}

/// A provider's form, guide and preflight (never Amazon S3's: the widget draws its own).
#[component]
pub fn ProviderView(props: &ProviderViewProps) -> Html {
    let steps = use_memo(props.config.clone(), steps);
    let items = use_memo(steps.clone(), |steps| Rc::new(checklist_items(steps)));
    html! {
        <div class="bsc-provider-guide" data-provider-guide={props.config.provider.key()}>
            { form::provider_form(props) }
            { guide::provider_guide(&props.ui, &steps) }
            <preflight::ProviderPreflight ui={props.ui.clone()} config={props.config.clone()}
                report={props.report.clone()} refused={props.refused.clone()}
                dispatch={props.dispatch.clone()} />
            <ChecklistView ui={props.ui.clone()} items={(*items).clone()}
                ticked={props.ticked.clone()} next_checks={None::<Vec<Msg>>} link={props.link.clone()}
                dispatch={props.dispatch.clone()} on_start_over={props.on_start_over.clone()} />
            <tools::ProviderTools ui={props.ui.clone()} config={props.config.clone()} />
        </div>
    }
}
