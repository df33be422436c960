//! The widget's hooks into the world outside it: what its state writes to the page, the
//! storage and the URL (and what other tabs save), kept apart from what it renders.

// A server render keeps only the saver's `Start` (the widget's props name it).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod saver;
#[cfg(not(target_arch = "wasm32"))]
mod server_render;
mod use_link;
#[cfg(target_arch = "wasm32")]
mod use_persistence;

pub use saver::Start;

/// What `use_persistence` gives the widget (in the browser, and as a server render's stand-in).
pub struct Persistence {
    /// "Start over": clears the storage and dispatches `Action::StartOver`; the storage then
    /// stays empty until the reader changes something.
    pub start_over: yew::Callback<()>,
    /// The latest save was not kept (the storage is full or blocked): the reader is told.
    pub not_kept: bool,
}
#[cfg(not(target_arch = "wasm32"))]
pub use server_render::use_persistence;
pub use use_link::use_link;
#[cfg(target_arch = "wasm32")]
pub use use_persistence::use_persistence;
