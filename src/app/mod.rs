//! The Yew widget. It renders what the core returns; all state lives in [`state`].

// A server render (the pre-render) reaches the views' part of it only; mounting is the browser's.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod browser;
mod components;
mod hooks;
mod l10n;
pub mod lazy;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
pub mod sections;
mod state;
#[cfg(target_arch = "wasm32")]
mod takeover;

pub use components::widget::{Widget, WidgetProps};
#[cfg(target_arch = "wasm32")]
pub use mount::{mount, mount_all, start, MOUNT_SELECTOR};
pub use state::{Action, State};
