//! The localizer shared through Yew context, with the helpers components use.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::text::Msg;
use crate::i18n::{Locale, Localizer};

/// The current locale's localizer. Equal when the locale is: that is all a re-render needs.
#[derive(Clone)]
pub struct L10n(pub Rc<Localizer>);

impl PartialEq for L10n {
    fn eq(&self, other: &Self) -> bool {
        self.0.locale() == other.0.locale()
    }
}

impl L10n {
    pub fn new(locale: Locale) -> Self {
        Self(Localizer::get(locale))
    }

    /// Plain text of a message, for attributes and short labels.
    pub fn t(&self, msg: &Msg) -> AttrValue {
        AttrValue::from(self.0.text(msg))
    }
}

/// What every component of one widget shares through Yew context: one context rather than
/// two, since each context type costs its own copy of Yew's provider and lookup code.
#[derive(Clone, PartialEq)]
pub struct WidgetContext {
    pub l10n: L10n,
    pub prefix: IdPrefix,
}

/// The localizer of the surrounding widget (English outside one, which never happens).
#[hook]
pub fn use_l10n() -> L10n {
    use_context::<WidgetContext>().map_or_else(|| L10n::new(Locale::En), |c| c.l10n)
}

/// Ids unique to one widget instance, for `for`, `aria-describedby` and step anchors.
#[derive(Clone, PartialEq)]
pub struct IdPrefix(pub AttrValue);

impl IdPrefix {
    pub fn id(&self, suffix: &str) -> AttrValue {
        AttrValue::from(format!("{}-{suffix}", self.0))
    }
}

#[hook]
pub fn use_id_prefix() -> IdPrefix {
    use_context::<WidgetContext>().map_or_else(|| IdPrefix(AttrValue::from("bsc")), |c| c.prefix)
}
