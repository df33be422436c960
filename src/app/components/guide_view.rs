//! The guide for the reader's case: the core's steps, in order.

use yew::prelude::*;

use super::step_view::StepView;
use crate::app::l10n::{use_id_prefix, use_l10n};
use crate::core::config::Config;
use crate::core::guide;
use crate::core::rules::Report;
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct GuideViewProps {
    pub config: Config,
    pub report: Report,
}

#[component]
pub fn GuideView(props: &GuideViewProps) -> Html {
    let l = use_l10n();
    let prefix = use_id_prefix();
    let guide = use_memo(
        (props.config.clone(), props.report.clone()),
        |(config, report)| guide::build(config, report),
    );
    let heading_id = prefix.id("guide-heading");
    html! {
        <section class="bsc-guide" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ l.t(&msg!("guide-heading")) }</h3>
            <ol class="bsc-steps">
                { for guide.steps.iter().enumerate().map(|(index, step)| html! {
                    <StepView key={step.id} number={index + 1} step={step.clone()}
                        config={props.config.clone()} report={props.report.clone()} />
                }) }
            </ol>
        </section>
    }
}
