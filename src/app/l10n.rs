//! What every view of one widget needs: its localizer and its id prefix, together as [`Ui`].

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::text::Msg;
use crate::i18n::{Locale, Localizer};

/// Most plain texts one widget keeps: its labels take about a hundred; past this the cache
/// starts again, so texts quoting what the reader typed cannot pile up.
const CACHE_LIMIT: usize = 256;

/// The widget's localizer and id prefix, handed to every view. Passed down as an argument or
/// a prop rather than through a Yew context: one context type costs its own copy of Yew's
/// provider code. Cheap to clone and to compare (the locale, then a short id), so a component
/// that takes it is still skipped when nothing else changed.
#[derive(Clone, PartialEq)]
pub struct Ui {
    pub l: L10n,
    pub prefix: IdPrefix,
}

impl Ui {
    pub fn new(locale: Locale, instance: usize) -> Self {
        Self {
            l: L10n::new(locale),
            prefix: IdPrefix(AttrValue::from(format!("bsc{instance}"))),
        }
    }
}

/// The current locale's localizer, with the plain texts it already formatted. Equal when the
/// locale is: that is all a re-render needs.
#[derive(Clone)]
pub struct L10n(pub Rc<Localizer>, Rc<RefCell<Vec<(Msg, AttrValue)>>>);

impl PartialEq for L10n {
    fn eq(&self, other: &Self) -> bool {
        self.0.locale() == other.0.locale()
    }
}

impl L10n {
    pub fn new(locale: Locale) -> Self {
        Self(Localizer::get(locale), Rc::default())
    }

    /// Plain text of a message, for attributes and short labels. Every render asks for the
    /// same labels again: each is formatted once per locale (Fluent, then its markup), after
    /// that it is a shared string.
    pub fn t(&self, msg: &Msg) -> AttrValue {
        let mut cache = self.1.borrow_mut();
        // Message ids are literals: the same address, compared before the arguments.
        let same = |m: &Msg| std::ptr::eq(m.id, msg.id) && m.args == msg.args;
        if let Some((_, text)) = cache.iter().find(|(m, _)| same(m)) {
            return text.clone();
        }
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        let text = AttrValue::from(self.0.text(msg));
        cache.push((msg.clone(), text.clone()));
        text
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
