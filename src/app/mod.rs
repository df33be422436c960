//! The Yew widget. It renders what the core returns; all state lives in [`state`].

mod clipboard;
mod components;
mod l10n;
pub mod locale_loader;
mod mount;
mod sources;
mod state;
mod storage;

pub use components::widget::{Widget, WidgetProps};
pub use mount::{mount, mount_all, start, MOUNT_SELECTOR};
pub use state::{Action, State};
