//! Localization: locale negotiation, Fluent messages and the inline markup of messages.

pub mod data;
pub mod fluent;
pub mod locale;
pub mod localizer;
pub mod markup;
pub mod packed;

pub use locale::{negotiate, Locale};
pub use localizer::Localizer;
pub use markup::Span;
