//! Tells the reader, once, that their progress is not being kept: the browser refused the
//! save (its storage is full or blocked). The widget keeps working without it.

use yew::prelude::*;

use super::rich_text::RichText;
use crate::app::l10n::Ui;
use crate::msg;

/// The status region is always in the page, empty while saves are kept: a screen reader
/// announces a status whose text changes, not one that appears with its text.
pub fn storage_notice(ui: &Ui, not_kept: bool) -> Html {
    html! {
        <div class="bsc-storage-notice" role="status" data-storage-notice="">
            if not_kept {
                <p class="bsc-note bsc-note--warning">
                    <RichText l={ui.l.clone()} msg={msg!("storage-not-kept")} />
                </p>
            }
        </div>
    }
}
