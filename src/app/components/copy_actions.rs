//! A snippet's copy and download buttons and what they say, for Amazon S3's snippets and the
//! providers' alike.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use crate::app::browser::clipboard;
use crate::app::l10n::Ui;
use crate::msg;

#[derive(Clone, Copy, PartialEq)]
pub enum CopyStatus {
    Idle,
    Copied,
    SelectedForManualCopy,
    /// Copy or download asked while the document still shows a placeholder: not done, and
    /// the reader is told why.
    NeedsValues,
}

/// A snippet's copying: what it last did, the code it selects when the clipboard refuses.
#[derive(Clone)]
pub struct Copying {
    pub status: UseStateHandle<CopyStatus>,
    pub code_ref: NodeRef,
    /// The timer that ends "Copied!". Kept, not forgotten: a newer copy replaces it (dropping
    /// a `Timeout` cancels it), and so does unmounting, which drops the hook's state.
    reset: Rc<RefCell<Option<Timeout>>>,
}

/// The copying of a snippet whose text is `body`: a new text makes an old "copied" stale.
#[hook]
pub fn use_copying<B: PartialEq + 'static>(body: B) -> Copying {
    let copying = Copying {
        status: use_state_eq(|| CopyStatus::Idle),
        code_ref: use_node_ref(),
        reset: use_mut_ref(|| None::<Timeout>),
    };
    {
        let copying = copying.clone();
        use_effect_with(body, move |_| {
            copying.reset.borrow_mut().take();
            copying.status.set(CopyStatus::Idle);
        });
    }
    copying
}

impl Copying {
    /// Copies `text`; where the clipboard refuses, selects the code for a manual copy.
    pub fn on_copy(&self, text: AttrValue) -> Callback<MouseEvent> {
        let copying = self.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, copying) = (text.clone(), copying.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match clipboard::copy(&text).await {
                    Ok(()) => {
                        copying.status.set(CopyStatus::Copied);
                        // The button reads "Copied!" for a moment, then offers again.
                        let status = copying.status.clone();
                        *copying.reset.borrow_mut() =
                            Some(Timeout::new(2500, move || status.set(CopyStatus::Idle)));
                    }
                    Err(()) => {
                        if let Some(code) = copying.code_ref.cast::<Element>() {
                            clipboard::select_contents(&code);
                        }
                        copying.status.set(CopyStatus::SelectedForManualCopy);
                    }
                }
            });
        })
    }

    /// The copy and download buttons of the snippet titled `title`.
    pub fn actions(
        &self,
        ui: &Ui,
        title: &AttrValue,
        on_copy: Callback<MouseEvent>,
        on_download: Callback<MouseEvent>,
    ) -> Html {
        let l = &ui.l;
        let copied = *self.status == CopyStatus::Copied;
        html! {
            <div class="bsc-snippet-actions">
                <button type="button" class="bsc-button bsc-copy" onclick={on_copy}
                    aria-label={l.t(&msg!("copy-button-label", title = title.to_string()))}>
                    { if copied { l.t(&msg!("copy-button-done")) } else { l.t(&msg!("copy-button")) } }
                </button>
                <button type="button" class="bsc-button bsc-download" onclick={on_download}
                    aria-label={l.t(&msg!("download-button-label", title = title.to_string()))}>
                    { l.t(&msg!("download-button")) }
                </button>
            </div>
        }
    }

    /// What the last copy did, for the snippet's status line.
    pub fn status_text(&self, ui: &Ui) -> Option<AttrValue> {
        let l = &ui.l;
        match *self.status {
            CopyStatus::Idle => None,
            CopyStatus::Copied => Some(l.t(&msg!("copy-done"))),
            CopyStatus::SelectedForManualCopy => Some(l.t(&msg!("copy-manual"))),
            CopyStatus::NeedsValues => Some(l.t(&msg!("copy-placeholder"))),
        }
    }
}
