//! Fluent bundles for each locale, embedded at compile time, and the formatting of a
//! [`Msg`] into plain text or into markup spans.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

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
    embedded(locale).is_some() || CACHE.with(|c| c.borrow().contains_key(&locale))
}

/// Makes a fetched locale available: `sources` in [`FTL_FILES`] order.
pub fn register(locale: Locale, sources: Vec<String>) {
    let fallback = (locale != Locale::En).then(|| Localizer::get(Locale::En));
    let built = Rc::new(Localizer::build(locale, sources, fallback));
    CACHE.with(|c| c.borrow_mut().insert(locale, built));
}

/// Turns messages into text in one locale, falling back to English for a missing message.
pub struct Localizer {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Rc<Localizer>>,
}

thread_local! {
    static CACHE: RefCell<HashMap<Locale, Rc<Localizer>>> = RefCell::new(HashMap::new());
}

impl Localizer {
    /// The localizer of `locale`, built once per thread (parsing a locale takes a while).
    /// A locale that is neither embedded nor registered yet gives English.
    pub fn get(locale: Locale) -> Rc<Localizer> {
        if let Some(found) = CACHE.with(|c| c.borrow().get(&locale).cloned()) {
            return found;
        }
        let Some(sources) = embedded(locale) else {
            return Localizer::get(Locale::En);
        };
        register(locale, sources.iter().map(|s| (*s).to_owned()).collect());
        Localizer::get(locale)
    }

    fn build(locale: Locale, sources: Vec<String>, fallback: Option<Rc<Localizer>>) -> Self {
        let langid = locale.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // Isolation marks would end up inside copied text; our values are all left-to-right.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(number_formatter(locale)));
        // NUMBER() for the locale files; registering a builtin cannot fail on a new bundle.
        let _ = bundle.add_builtins();
        if locale == Locale::Fr {
            bundle.set_transform(Some(french_transform));
        }
        for source in sources {
            // A syntax error drops only the broken entry; the locale test reports it.
            let resource = match FluentResource::try_new(source) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            let _ = bundle.add_resource(resource);
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
        let mut args = FluentArgs::new();
        for (name, arg) in &msg.args {
            let value = match arg {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Key(key) => FluentValue::from(*key),
                Arg::Text(text) => {
                    slots.push(Slot::Value(text.clone()));
                    FluentValue::from(markup::marker(slots.len() - 1))
                }
                Arg::Placeholder(inner) => {
                    slots.push(Slot::Placeholder(self.text(inner)));
                    FluentValue::from(markup::marker(slots.len() - 1))
                }
            };
            args.set(*name, value);
        }
        let formatted = self.format(msg.id, &args);
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

    fn format(&self, id: &str, args: &FluentArgs) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned()
    }
}

fn french_transform(text: &str) -> Cow<'_, str> {
    if text.contains([' ', '«']) {
        Cow::Owned(markup::french_spacing(text))
    } else {
        Cow::Borrowed(text)
    }
}

type NumberFormatter = fn(&FluentValue, &intl_memoizer::IntlLangMemoizer) -> Option<String>;

/// Each language's digit grouping for the whole numbers the guide shows (1,224 · 1 224 ·
/// 1.224). Spanish groups only from five digits on.
fn number_formatter(locale: Locale) -> NumberFormatter {
    match locale {
        Locale::En | Locale::Ja | Locale::Ko => |v, _| group(v, ",", 4),
        Locale::Fr => |v, _| group(v, "\u{202F}", 4),
        Locale::De | Locale::PtBr => |v, _| group(v, ".", 4),
        Locale::Es => |v, _| group(v, ".", 5),
    }
}

fn group(value: &FluentValue, separator: &str, min_digits: usize) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let n = number.value;
    if n.fract() != 0.0 || !n.is_finite() || n.abs() >= 1e15 {
        return None; // only whole numbers are grouped; others keep Fluent's own output
    }
    let digits = format!("{}", n.abs() as u64);
    let sign = if n < 0.0 { "-" } else { "" };
    if digits.len() < min_digits {
        return Some(format!("{sign}{digits}"));
    }
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(d);
    }
    Some(format!("{sign}{out}"))
}
