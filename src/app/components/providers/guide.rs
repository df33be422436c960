//! A provider's guide: its steps in order, each with its sentences, where to click, and its
//! generated files.

use yew::prelude::*;

use super::super::rich_text::RichText;
use super::snippet::ProviderSnippetView;
use crate::app::l10n::Ui;
use crate::core::providers::guide::ProviderStep;
use crate::msg;

pub(super) fn provider_guide(ui: &Ui, steps: &[ProviderStep]) -> Html {
    let (l, prefix) = (&ui.l, &ui.prefix);
    html! {
        <section class="bsc-guide">
            <h3 id={prefix.id("guide-heading")}>{ l.t(&msg!("guide-heading")) }</h3>
            <ol class="bsc-steps">
                { for steps.iter().enumerate().map(|(index, step)| html! {
                    <li key={step.id} class="bsc-step" id={prefix.id(&format!("step-{}", step.id))} data-step={step.id}>
                        <h4 class="bsc-step-title" id={prefix.id(&format!("step-{}-title", step.id))} tabindex="-1">
                            <span class="bsc-step-number">{ l.t(&msg!("step-number", number = index + 1)) }</span>
                            <span class="bsc-step-name"><RichText l={l.clone()} msg={step.title.clone()} /></span>
                        </h4>
                        { for step.body.iter().map(|text| html! {
                            <p><RichText l={l.clone()} msg={text.clone()} /></p>
                        }) }
                        { for step.paths.iter().map(|path| html! {
                            <p class="bsc-path" data-path={path.id}><RichText l={l.clone()} msg={path.clone()} /></p>
                        }) }
                        { for step.snippets.iter().map(|spec| html! {
                            <ProviderSnippetView ui={ui.clone()} spec={spec.clone()} />
                        }) }
                    </li>
                }) }
            </ol>
        </section>
    }
}
