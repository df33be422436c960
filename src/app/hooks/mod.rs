//! The widget's hooks into the world outside it: what its state writes to the page, the
//! storage and the URL (and what other tabs save), kept apart from what it renders.

mod saver;
mod use_link;
mod use_persistence;

pub use saver::Start;
pub use use_link::use_link;
pub use use_persistence::use_persistence;
