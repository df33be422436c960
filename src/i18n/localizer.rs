//! The Fluent messages of each locale (English embedded at compile time, the others
//! registered once fetched), and the formatting of a [`Msg`] into plain text or markup spans.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use super::fluent::{Bundle, Language, Value};
use super::locale::Locale;
use super::markup::{self, Slot, Span};
use crate::core::text::{Arg, Msg};

/// The files every locale folder holds, one per part of the widget.
pub const FTL_FILES: [&str; 5] = ["main", "labels", "checklist", "checker", "iac"];

macro_rules! ftl {
    ($dir:literal) => {
        [
            include_str!(concat!("../../locales/", $dir, "/main.ftl")),
            include_str!(concat!("../../locales/", $dir, "/labels.ftl")),
            include_str!(concat!("../../locales/", $dir, "/checklist.ftl")),
            include_str!(concat!("../../locales/", $dir, "/checker.ftl")),
            include_str!(concat!("../../locales/", $dir, "/iac.ftl")),
        ]
    };
}

/// The `.ftl` sources built into the binary for `locale`, in [`FTL_FILES`] order.
#[cfg(feature = "all-locales")]
pub fn embedded(locale: Locale) -> Option<[&'static str; 5]> {
    Some(match locale {
        Locale::En => ftl!("en"),
        Locale::Fr => ftl!("fr"),
        Locale::De => ftl!("de"),
        Locale::Es => ftl!("es"),
        Locale::Ja => ftl!("ja"),
        Locale::Ko => ftl!("ko"),
        Locale::PtBr => ftl!("pt-BR"),
    })
}

/// English only: the other locales are fetched when needed and handed to [`register`].
#[cfg(not(feature = "all-locales"))]
pub fn embedded(locale: Locale) -> Option<[&'static str; 5]> {
    (locale == Locale::En).then_some(ftl!("en"))
}

/// Whether `locale` can be used now (embedded, or already registered).
pub fn is_available(locale: Locale) -> bool {
    embedded(locale).is_some() || cached(locale).is_some()
}

/// Makes a fetched locale available: `sources` in [`FTL_FILES`] order.
pub fn register(locale: Locale, sources: Vec<String>) {
    let fallback = (locale != Locale::En).then(|| Localizer::get(Locale::En));
    let built = Rc::new(Localizer::build(locale, sources, fallback));
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        cache.retain(|(l, _)| *l != locale);
        cache.push((locale, built));
    });
}

/// Turns messages into text in one locale, falling back to English for a missing message.
pub struct Localizer {
    locale: Locale,
    bundle: Bundle,
    fallback: Option<Rc<Localizer>>,
}

thread_local! {
    /// At most one entry per locale (seven).
    static CACHE: RefCell<Vec<(Locale, Rc<Localizer>)>> = const { RefCell::new(Vec::new()) };
}

fn cached(locale: Locale) -> Option<Rc<Localizer>> {
    CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, found)| Rc::clone(found))
    })
}

impl Localizer {
    /// The localizer of `locale`, built once per thread (parsing a locale takes a while).
    /// A locale that is neither embedded nor registered yet gives English.
    pub fn get(locale: Locale) -> Rc<Localizer> {
        if let Some(found) = cached(locale) {
            return found;
        }
        let Some(sources) = embedded(locale) else {
            return Localizer::get(Locale::En);
        };
        register(locale, sources.iter().map(|s| (*s).to_owned()).collect());
        Localizer::get(locale)
    }

    fn build(locale: Locale, sources: Vec<String>, fallback: Option<Rc<Localizer>>) -> Self {
        let mut bundle = Bundle::default();
        for source in &sources {
            // An entry that does not parse is dropped alone; the locale tests report it.
            bundle.add(source);
        }
        Self {
            locale,
            bundle,
            fallback,
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message as spans of text, labels, literals and the reader's values.
    pub fn spans(&self, msg: &Msg) -> Vec<Span> {
        if !self.has(msg.id) {
            if let Some(fallback) = &self.fallback {
                return fallback.spans(msg);
            }
        }
        let mut slots = Vec::new();
        let mut markers = Vec::new();
        for (_, arg) in &msg.args {
            match arg {
                Arg::Text(text) => slots.push(Slot::Value(text.clone())),
                Arg::Placeholder(inner) => slots.push(Slot::Placeholder(self.text(inner))),
                Arg::Number(_) | Arg::Key(_) => continue,
            }
            markers.push(markup::marker(slots.len() - 1));
        }
        let mut markers = markers.iter();
        let args: Vec<(&str, Value)> = msg
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Number(n) => Value::Number(*n),
                    Arg::Key(key) => Value::Text(key),
                    // Text and placeholders take their markers in order.
                    Arg::Text(_) | Arg::Placeholder(_) => {
                        Value::Text(markers.next().map_or("", String::as_str))
                    }
                };
                (*name, value)
            })
            .collect();
        let formatted = self
            .bundle
            .format(msg.id, &args, &Rules(self.locale))
            .unwrap_or_else(|| msg.id.to_owned());
        markup::parse(&formatted, &slots)
    }

    /// The message as plain text (markup dropped): for attributes, titles, file names.
    pub fn text(&self, msg: &Msg) -> String {
        self.spans(msg).iter().map(Span::text).collect()
    }

    /// The message as Markdown: labels in bold, literals and values as code. Adjacent code
    /// spans (a value inside a literal, as in an ARN) share one pair of backticks.
    pub fn markdown(&self, msg: &Msg) -> String {
        let mut out = String::new();
        let mut in_code = false;
        for span in self.spans(msg) {
            let code = matches!(span, Span::Code(_) | Span::Value(_));
            if code != in_code {
                out.push('`');
                in_code = code;
            }
            match span {
                Span::Text(t) | Span::Code(t) | Span::Value(t) => out.push_str(&t),
                Span::Strong(t) => out.push_str(&format!("**{t}**")),
                Span::Placeholder(t) => out.push_str(&format!("_{t}_")),
            }
        }
        if in_code {
            out.push('`');
        }
        out
    }
}

/// How each language writes the numbers the guide shows and picks its plural forms.
pub struct Rules(pub Locale);

impl Language for Rules {
    /// Each language's digit grouping for whole numbers (1,224 · 1 224 · 1.224). Spanish
    /// groups only from five digits on.
    fn format_number(&self, n: u64) -> String {
        let (separator, min_digits) = match self.0 {
            Locale::En | Locale::Ja | Locale::Ko => (",", 4),
            Locale::Fr => ("\u{202F}", 4),
            Locale::De | Locale::PtBr => (".", 4),
            Locale::Es => (".", 5),
        };
        group(n, separator, min_digits)
    }

    /// CLDR cardinal rules for whole numbers (what `intl_pluralrules` gives Fluent).
    fn plural_category(&self, n: u64) -> &'static str {
        let millions = n != 0 && n % 1_000_000 == 0;
        match self.0 {
            Locale::Ja | Locale::Ko => "other",
            Locale::En | Locale::De => {
                if n == 1 {
                    "one"
                } else {
                    "other"
                }
            }
            Locale::Es => match n {
                1 => "one",
                _ if millions => "many",
                _ => "other",
            },
            Locale::Fr | Locale::PtBr => match n {
                0 | 1 => "one",
                _ if millions => "many",
                _ => "other",
            },
        }
    }

    fn transform<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.0 == Locale::Fr && text.contains([' ', '«']) {
            Cow::Owned(markup::french_spacing(text))
        } else {
            Cow::Borrowed(text)
        }
    }
}

/// `n` with `separator` between groups of three digits, from `min_digits` digits on.
pub fn group(n: u64, separator: &str, min_digits: usize) -> String {
    let digits = n.to_string();
    if digits.len() < min_digits {
        return digits;
    }
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(d);
    }
    out
}
