//! The provider choice (`name="provider"`): the one part of the other providers the widget's
//! first module draws; the chosen provider's form and guide come with the sections' module.

use yew::prelude::*;

use super::choice_group::{choice_group, Choice};
use crate::app::l10n::Ui;
use crate::app::state::Action;
use crate::core::provider::Provider;
use crate::msg;

fn provider_choices() -> Vec<Choice> {
    vec![
        Choice {
            key: Provider::AmazonS3.key(),
            label: msg!("provider-amazon-s3"),
            hint: msg!("provider-amazon-s3-hint"),
        },
        Choice {
            key: Provider::GoogleCloudStorage.key(),
            label: msg!("provider-google-cloud-storage"),
            hint: msg!("provider-google-cloud-storage-hint"),
        },
        Choice {
            key: Provider::AzureBlobStorage.key(),
            label: msg!("provider-azure-blob-storage"),
            hint: msg!("provider-azure-blob-storage-hint"),
        },
    ]
}

/// The provider choice (`name="provider"`), unless the page fixed the provider.
pub fn provider_choice(
    ui: &Ui,
    provider: Provider,
    locked: bool,
    dispatch: &Callback<Action>,
) -> Html {
    if locked {
        return html! {};
    }
    let on_change = dispatch
        .reform(|key: String| Action::SetProvider(Provider::from_key(&key).unwrap_or_default()));
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    // A form of its own: radios outside any form share one group across the whole page, with
    // the pre-render's (which the live widget replaces) and with other widgets'.
    html! {
        <form class="bsc-provider" {onsubmit} novalidate=true>
            { choice_group(ui, "provider", msg!("provider-legend"), &provider_choices(),
                provider.key(), on_change) }
        </form>
    }
}
