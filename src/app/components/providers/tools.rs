//! A provider's tools after its guide: the checker, the path to change or rotate the
//! credentials, and "paste what Braze said". A paste is read once and only what the engine
//! made of it is kept (in this component, in memory): a secret is refused and leaves the text
//! area at once.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::super::rich_text::RichText;
use crate::app::l10n::Ui;
use crate::core::config::Config;
use crate::core::providers::case::refused_secret;
use crate::core::providers::tools::{self, CheckerResult, ErrorReading};
use crate::core::text::Arg;
use crate::msg;

#[derive(Properties, PartialEq)]
pub struct ProviderToolsProps {
    pub ui: Ui,
    pub config: Config,
}

/// The text of a text area's input event; a secret is taken out of the area, and read as
/// nothing but its refusal.
fn pasted(e: &InputEvent) -> String {
    let area: HtmlTextAreaElement = e.target_unchecked_into();
    let text = area.value();
    if refused_secret(&text).is_some() {
        area.set_value("");
    }
    text
}

#[component]
pub fn ProviderTools(props: &ProviderToolsProps) -> Html {
    let (l, prefix) = (&props.ui.l, &props.ui.prefix);
    let config = &props.config;
    // The pasted texts' readings, re-read when the values they are judged for change.
    let checker_text = use_mut_ref(String::new);
    let error_text = use_mut_ref(String::new);
    let checked = use_state_eq(|| None::<CheckerResult>);
    let read = use_state_eq(|| None::<ErrorReading>);
    {
        let (checked, read) = (checked.clone(), read.clone());
        let (checker_text, error_text) = (checker_text.clone(), error_text.clone());
        use_effect_with(config.clone(), move |config| {
            checked.set(tools::check(config, &checker_text.borrow()));
            read.set(tools::read_error(config, &error_text.borrow()));
        });
    }
    let on_check = {
        let (checked, config) = (checked.clone(), config.clone());
        Callback::from(move |e: InputEvent| {
            let text = pasted(&e);
            checked.set(tools::check(&config, &text));
            // A secret is not kept, even here.
            *checker_text.borrow_mut() = if refused_secret(&text).is_some() {
                String::new()
            } else {
                text
            };
        })
    };
    let on_error = {
        let (read, config) = (read.clone(), config.clone());
        Callback::from(move |e: InputEvent| {
            let text = pasted(&e);
            read.set(tools::read_error(&config, &text));
            *error_text.borrow_mut() = if refused_secret(&text).is_some() {
                String::new()
            } else {
                text
            };
        })
    };
    let check_id = prefix.id("provider-check");
    let error_id = prefix.id("provider-braze-error");
    let path = tools::update_path(config);
    html! {
        <>
            if let Some(intro) = tools::checker_intro(config) {
                <section class="bsc-checker" data-section="checker">
                    <h3 id={prefix.id("checker-heading")}>{ l.t(&msg!("provider-checker-heading")) }</h3>
                    <p><RichText l={l.clone()} msg={intro} /></p>
                    <div class="bsc-field">
                        <label for={check_id.clone()}>{ l.t(&msg!("provider-checker-label")) }</label>
                        <textarea class="bsc-paste" id={check_id} name="check-policy" rows="4"
                            spellcheck="false" autocomplete="off" oninput={on_check} />
                    </div>
                    <div aria-live="polite">
                        if let Some(result) = &*checked {
                            <div class="bsc-check-result" data-check-result="" data-verdict={result.verdict}>
                                <p class="bsc-verdict">{ l.t(&msg!("provider-checker-verdict", verdict = Arg::Key(result.verdict))) }</p>
                                <ul>
                                    { for result.findings.iter().map(|(message, fix)| html! {
                                        <li data-check-finding={message.id}>
                                            <RichText l={l.clone()} msg={message.clone()} />
                                            if let Some(fix) = fix {
                                                { " " }<strong>{ l.t(&msg!("preflight-fix-label")) }</strong>{ " " }
                                                <RichText l={l.clone()} msg={fix.clone()} />
                                            }
                                        </li>
                                    }) }
                                </ul>
                            </div>
                        }
                    </div>
                </section>
            }
            if let Some(path) = path {
                <section class="bsc-update-credentials" data-section="update-credentials">
                    <h3 id={prefix.id("update-credentials-heading")}>{ l.t(&msg!("update-heading")) }</h3>
                    { for path.notes.iter().map(|note| html! {
                        <p><RichText l={l.clone()} msg={note.clone()} /></p>
                    }) }
                    <details class="bsc-update-details">
                        <summary>{ l.t(&msg!("update-show")) }</summary>
                        { for path.parts.iter().map(|part| html! {
                            <div class="bsc-update-part" data-update-part={part.id}>
                                <h4><RichText l={l.clone()} msg={part.title.clone()} /></h4>
                                <ol>
                                    { for part.steps.iter().map(|(id, text, command)| html! {
                                        <li data-update-step={*id}>
                                            <RichText l={l.clone()} msg={text.clone()} />
                                            if let Some(command) = command {
                                                // Focusable: a long command scrolls, and a
                                                // keyboard reader must be able to scroll it.
                                                <pre class="bsc-code" tabindex="0"><code>{ command.clone() }</code></pre>
                                            }
                                        </li>
                                    }) }
                                </ol>
                            </div>
                        }) }
                    </details>
                </section>
            }
            if tools::reads_errors(config.provider) {
                <section class="bsc-troubleshoot" data-section="troubleshoot">
                    <h3 id={prefix.id("troubleshoot-heading")}>{ l.t(&msg!("troubleshoot-heading")) }</h3>
                    <div class="bsc-field">
                        <label for={error_id.clone()}>{ l.t(&msg!("provider-error-label")) }</label>
                        <textarea class="bsc-paste" id={error_id} name="braze-error" rows="3"
                            spellcheck="false" autocomplete="off" oninput={on_error} />
                    </div>
                    <div aria-live="polite">
                        if let Some(reading) = &*read {
                            <div class="bsc-braze-error" data-braze-error="">
                                if let Some(says) = reading.braze_says {
                                    <blockquote data-braze-says="" lang="en">{ says }</blockquote>
                                }
                                { for reading.explanation.iter().map(|m| html! {
                                    <p data-error-explanation={m.id}><RichText l={l.clone()} msg={m.clone()} /></p>
                                }) }
                            </div>
                        }
                    </div>
                </section>
            }
        </>
    }
}
