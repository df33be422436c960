//! The Yew widget. It renders what the core returns; all state lives in [`state`].

mod browser;
mod components;
mod hooks;
mod l10n;
pub mod lazy;
mod mount;
pub mod sections;
mod state;

pub use components::widget::{Widget, WidgetProps};
pub use mount::{mount, mount_all, start, MOUNT_SELECTOR};
pub use state::{Action, State};
