//! The Fluent messages of each locale (English compiled in, the others registered once
//! fetched), and the formatting of a [`Msg`] into plain text or markup spans.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use super::fluent::{Bundle, Language, Value};
use super::locale::Locale;
use super::markup::{self, Slot, Span};
use super::packed::Packed;
use crate::core::markdown;
use crate::core::text::{Arg, Msg};

/// Kept here too, where the tests have always looked for it.
pub use super::locale::FTL_FILES;

/// The messages of a locale, parsed, checked and packed by `build.rs` from
/// `locales/<tag>/*.ftl`.
macro_rules! compiled {
    ($file:literal) => {{
        use std::borrow::Cow::Borrowed as B;
        static PACKED: Packed = include!(concat!(env!("OUT_DIR"), "/", $file));
        &PACKED
    }};
}

/// The locales built into the binary.
#[cfg(feature = "all-locales")]
pub fn embedded(locale: Locale) -> Option<&'static Packed> {
    use std::borrow::Cow::Borrowed as B;
    // build.rs writes the list in `Locale::ALL` order, which is the enum's.
    static ALL: [Packed; Locale::ALL.len()] = include!(concat!(env!("OUT_DIR"), "/locales-all.rs"));
    Some(&ALL[locale as usize])
}

/// English only: the other locales are fetched when needed and handed to [`register`].
#[cfg(not(feature = "all-locales"))]
pub fn embedded(locale: Locale) -> Option<&'static Packed> {
    (locale == Locale::En).then(english)
}

/// Every English message.
pub fn all_english() -> &'static Packed {
    compiled!("locale-en.rs")
}

/// The English messages the widget's first module asks for (`build/first_view.rs`): what
/// `src/main.rs` embeds; the sections' module embeds [`all_english`].
pub fn first_view_english() -> &'static Packed {
    compiled!("locale-en-first.rs")
}

thread_local! {
    /// The English a wasm module embeds, set by its `main` ([`embed_english`]).
    static ENGLISH: std::cell::Cell<Option<&'static Packed>> = const { std::cell::Cell::new(None) };
}

/// Sets the English this module embeds, before any text is formatted: each wasm module links
/// only the one it names.
pub fn embed_english(packed: &'static Packed) {
    ENGLISH.with(|english| english.set(Some(packed)));
}

#[cfg(not(feature = "all-locales"))]
fn english() -> &'static Packed {
    #[cfg(target_arch = "wasm32")]
    {
        // A module that named none shows message ids: loud, and nothing else breaks.
        static NONE: Packed = Packed {
            text: std::borrow::Cow::Borrowed(""),
            entries: std::borrow::Cow::Borrowed(&[]),
            elements: std::borrow::Cow::Borrowed(&[]),
            variants: std::borrow::Cow::Borrowed(&[]),
        };
        ENGLISH.with(std::cell::Cell::get).unwrap_or(&NONE)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        ENGLISH
            .with(std::cell::Cell::get)
            .unwrap_or_else(all_english)
    }
}

/// Whether `locale` can be used now (embedded, or already registered).
pub fn is_available(locale: Locale) -> bool {
    embedded(locale).is_some() || cached(locale).is_some()
}

/// Why a fetched locale was not registered.
#[derive(Debug)]
pub enum LoadError {
    /// Not the JSON `build.rs` writes. (serde_json's message, with its formatting code, is
    /// left out of the wasm: the file is generated, a fault in it is the server's.)
    Json,
    Unsorted,
}

/// Makes a fetched locale available: `json`, a `<tag>.json` written by `build.rs`. Anything
/// else is refused whole (the widget then stays in English).
pub fn register(locale: Locale, json: &str) -> Result<(), LoadError> {
    let packed = read_packed(json).ok_or(LoadError::Json)?;
    let bundle = Bundle::new(packed).map_err(|_| LoadError::Unsorted)?;
    insert(locale, bundle);
    Ok(())
}

/// A `<tag>.json` as [`Packed`]: read as a `serde_json::Value`, whose reader the widget has
/// anyway (the save is read the same way), then table by table. Its derived deserializer was
/// about 5 kB of the compressed wasm, fetched by every reader, English ones included.
pub fn read_packed(json: &str) -> Option<Packed> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    fn rows<const N: usize>(value: Option<&serde_json::Value>) -> Option<Vec<[u32; N]>> {
        value?
            .as_array()?
            .iter()
            .map(|row| {
                let cells = row.as_array().filter(|cells| cells.len() == N)?;
                let mut out = [0u32; N];
                for (slot, cell) in out.iter_mut().zip(cells) {
                    *slot = u32::try_from(cell.as_u64()?).ok()?;
                }
                Some(out)
            })
            .collect()
    }
    Some(Packed {
        text: Cow::Owned(value.get("text")?.as_str()?.to_owned()),
        entries: Cow::Owned(rows(value.get("entries"))?),
        elements: Cow::Owned(rows(value.get("elements"))?),
        variants: Cow::Owned(rows(value.get("variants"))?),
    })
}

fn insert(locale: Locale, bundle: Bundle) -> Rc<Localizer> {
    let fallback = (locale != Locale::En).then(|| Localizer::get(Locale::En));
    let built = Rc::new(Localizer {
        locale,
        bundle,
        fallback,
    });
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        cache.retain(|(l, _)| *l != locale);
        cache.push((locale, Rc::clone(&built)));
    });
    built
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
    /// The localizer of `locale`, made once per thread. A locale that is neither embedded nor
    /// registered yet gives English.
    pub fn get(locale: Locale) -> Rc<Localizer> {
        if let Some(found) = cached(locale) {
            return found;
        }
        match embedded(locale) {
            Some(packed) => insert(locale, Bundle::from_static(packed)),
            None => Localizer::get(Locale::En),
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
    /// spans (a value inside a literal, as in an ARN) share one code span. Every text is
    /// escaped ([`markdown`]): whatever a value holds, it renders as itself, never as markup.
    pub fn markdown(&self, msg: &Msg) -> String {
        let mut out = String::new();
        let mut code = String::new();
        for span in self.spans(msg) {
            if let Span::Code(t) | Span::Value(t) = &span {
                code.push_str(t);
                continue;
            }
            out.push_str(&markdown::code_span(&std::mem::take(&mut code)));
            match span {
                Span::Text(t) => out.push_str(&markdown::escape_text(&t)),
                Span::Strong(t) => out.push_str(&format!("**{}**", markdown::escape_text(&t))),
                Span::Placeholder(t) => out.push_str(&format!("_{}_", markdown::escape_text(&t))),
                Span::Code(_) | Span::Value(_) => {}
            }
        }
        out.push_str(&markdown::code_span(&code));
        out
    }
}

/// How each language writes the numbers the guide shows and picks its plural forms.
pub struct Rules(pub Locale);

impl Language for Rules {
    fn format_number(&self, n: u64) -> String {
        let (separator, min_digits) = self.0.digit_grouping();
        group(n, separator, min_digits)
    }

    fn plural_category(&self, n: u64) -> &'static str {
        self.0.plurals().category(n)
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
