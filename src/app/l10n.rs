//! The localizer and the id prefix of one widget, passed down to what it renders.

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

/// Ids unique to one widget instance, for `for`, `aria-describedby` and step anchors.
#[derive(Clone, PartialEq)]
pub struct IdPrefix(pub AttrValue);

impl IdPrefix {
    pub fn id(&self, suffix: &str) -> AttrValue {
        AttrValue::from(format!("{}-{suffix}", self.0))
    }
}
