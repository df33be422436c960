//! The Fluent formatter: resolves the pre-parsed messages of [`super::data`] (placeables,
//! selectors on plural categories, `NUMBER()`, message and term references) with the
//! selection rules of `fluent-bundle`.
//!
//! The `.ftl` files are parsed at build time, by the Fluent project's own `fluent-syntax`
//! (`build.rs`): no Fluent parser ships in the widget. Why not `fluent-bundle` itself: with
//! its parser, resolver, CLDR plural rules, language identifiers and float formatting it cost
//! about 29 KB brotli of wasm, a fifth of the size budget, for features these files do not
//! use. `tests/fluent_reference.rs` compares every message of every locale, formatted here and
//! by `fluent-bundle`, so the subset cannot drift from real Fluent unnoticed.
//!
//! A fetched locale is data from the network: nothing here may panic on it, and the expansion
//! of nested references is bounded (depth, steps, output length), so that a "billion laughs"
//! locale (`a = {b}{b}{b}`, `b = {c}{c}{c}`, …) ends quickly and small.

use std::borrow::Cow;
use std::cell::Cell;

use super::packed::{Node, Packed, Span, VariantKey};

/// A value passed to a message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    Text(&'a str),
    Number(u64),
}

/// How one language writes numbers and picks plural forms.
pub trait Language {
    fn format_number(&self, n: u64) -> String;
    /// The CLDR cardinal plural category of `n`: "zero", "one", "two", "few", "many", "other".
    fn plural_category(&self, n: u64) -> &'static str;
    /// Applied to the locale's own text (never to arguments), e.g. French spacing.
    fn transform<'t>(&self, text: &'t str) -> Cow<'t, str> {
        Cow::Borrowed(text)
    }
}

/// Deep enough for any real message; stops a reference cycle (`a = { b }`, `b = { a }`).
pub const MAX_DEPTH: usize = 16;
/// Elements visited for one message: real messages take tens.
pub const MAX_STEPS: usize = 10_000;
/// Bytes of one formatted message: the longest real one is a few kilobytes.
pub const MAX_OUTPUT: usize = 64 * 1024;

/// The messages and terms of one locale (terms keyed with their leading `-`).
///
/// Kept sorted by id and searched by bisection: as fast as a hash map for a few hundred
/// entries, without the hash map's generic code in the wasm.
pub struct Bundle {
    data: Cow<'static, Packed>,
}

/// Why pre-parsed data was refused.
#[derive(Debug, PartialEq)]
pub struct Unsorted;

impl Bundle {
    /// The compiled messages of a locale (sorted by `build.rs`).
    pub const fn from_static(data: &'static Packed) -> Self {
        Self {
            data: Cow::Borrowed(data),
        }
    }

    /// Messages from elsewhere (a fetched file): refused unless every id reads and the ids
    /// are sorted, without duplicates, which lookups rely on.
    pub fn new(data: Packed) -> Result<Self, Unsorted> {
        let ids: Option<Vec<&str>> = data.entries.iter().map(|row| data.id(row)).collect();
        match ids {
            Some(ids) if ids.windows(2).all(|pair| pair[0] < pair[1]) => Ok(Self {
                data: Cow::Owned(data),
            }),
            _ => Err(Unsorted),
        }
    }

    fn get(&self, id: &str) -> Option<Span> {
        let entries = &self.data.entries;
        let found = entries.binary_search_by(|row| self.data.id(row).unwrap_or("").cmp(id));
        found.ok().map(|i| [entries[i][2], entries[i][3]])
    }

    pub fn has_message(&self, id: &str) -> bool {
        !id.starts_with('-') && self.get(id).is_some()
    }

    /// The ids of every message (not terms), in order.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.data
            .entries
            .iter()
            .filter_map(|row| self.data.id(row))
            .filter(|id| !id.starts_with('-'))
    }

    /// Formats message `id`; `None` if there is no such message.
    pub fn format(
        &self,
        id: &str,
        args: &[(&str, Value)],
        language: &dyn Language,
    ) -> Option<String> {
        if id.starts_with('-') {
            return None;
        }
        let pattern = self.get(id)?;
        let mut out = String::new();
        let scope = Scope {
            data: &self.data,
            bundle: self,
            args,
            language,
            steps: &Cell::new(MAX_STEPS),
        };
        scope.write_pattern(pattern, &mut out, 0);
        Some(out)
    }
}

struct Scope<'a> {
    data: &'a Packed,
    bundle: &'a Bundle,
    args: &'a [(&'a str, Value<'a>)],
    language: &'a dyn Language,
    /// Shared by every nested scope of one message.
    steps: &'a Cell<usize>,
}

enum Resolved<'a> {
    Text(Cow<'a, str>),
    Number(u64),
    /// What could not be resolved, written as Fluent does: `{$name}`, `{-term}`.
    Error(String),
}

/// Appends `text` unless that would pass [`MAX_OUTPUT`].
fn push(out: &mut String, text: &str) {
    if out.len() + text.len() <= MAX_OUTPUT {
        out.push_str(text);
    }
}

impl Scope<'_> {
    /// Writes the elements of `pattern` (rows of the element table); a row that does not
    /// read, in a fetched file, is skipped.
    fn write_pattern(&self, pattern: Span, out: &mut String, depth: usize) {
        let Some(rows) = Packed::rows(&self.data.elements, pattern) else {
            return;
        };
        for row in pattern[0] as usize..pattern[0] as usize + rows.len() {
            let left = self.steps.get();
            if left == 0 || out.len() >= MAX_OUTPUT {
                return;
            }
            self.steps.set(left - 1);
            match self.data.node(row) {
                Some(Node::Text(text)) => push(out, &self.language.transform(text)),
                Some(Node::Select { selector, variants }) => {
                    if let Some(pattern) = self.select(selector, variants) {
                        self.write_pattern(pattern, out, depth);
                    }
                }
                Some(node) => self.write_inline(node, out, depth),
                None => {}
            }
        }
    }

    fn write_inline(&self, node: Node, out: &mut String, depth: usize) {
        match node {
            Node::Term(id) | Node::Message(id) => {
                let key = match node {
                    Node::Term(_) => Cow::Owned(format!("-{id}")),
                    _ => Cow::Borrowed(id),
                };
                match self.bundle.get(&key) {
                    Some(pattern) if depth < MAX_DEPTH => {
                        // A term sees no argument of the message that uses it.
                        let args: &[(&str, Value)] = match node {
                            Node::Term(_) => &[],
                            _ => self.args,
                        };
                        let inner = Scope { args, ..*self };
                        inner.write_pattern(pattern, out, depth + 1);
                    }
                    _ => push(out, &format!("{{{key}}}")),
                }
            }
            _ => match self.resolve(node) {
                Resolved::Text(text) => push(out, &text),
                Resolved::Number(n) => push(out, &self.language.format_number(n)),
                Resolved::Error(text) => push(out, &text),
            },
        }
    }

    fn resolve<'e>(&'e self, node: Node<'e>) -> Resolved<'e> {
        let var = |name: &str| self.args.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
        match node {
            Node::Str(text) => Resolved::Text(Cow::Borrowed(text)),
            Node::Number(n) => Resolved::Number(n),
            Node::Var(name) => match var(name) {
                Some(Value::Text(text)) => Resolved::Text(text.into()),
                Some(Value::Number(n)) => Resolved::Number(n),
                None => Resolved::Error(format!("{{${name}}}")),
            },
            Node::NumberOf(name) => match var(name) {
                Some(Value::Number(n)) => Resolved::Number(n),
                Some(Value::Text(text)) => match text.parse() {
                    Ok(n) => Resolved::Number(n),
                    Err(_) => Resolved::Error("NUMBER()".into()),
                },
                None => Resolved::Error(format!("{{${name}}}")),
            },
            // Only reached as a selector: render and select on the text.
            Node::Term(_) | Node::Message(_) => {
                let mut text = String::new();
                self.write_inline(node, &mut text, MAX_DEPTH - 1);
                Resolved::Text(text.into())
            }
            // A select or text as a selector does not come from build.rs; it selects the
            // default.
            Node::Text(_) | Node::Select { .. } => Resolved::Error(String::new()),
        }
    }

    /// The pattern of the variant `selector`'s value selects, else of the default variant.
    fn select(&self, selector: usize, variants: Span) -> Option<Span> {
        let value = self.resolve(self.data.node(selector)?);
        let variants = Packed::rows(&self.data.variants, variants)?;
        let mut default = None;
        for row in variants {
            let Some((key, is_default, pattern)) = self.data.variant(row) else {
                continue;
            };
            let matches = match (&value, key) {
                (Resolved::Text(text), VariantKey::Ident(key)) => text == key,
                (Resolved::Number(n), VariantKey::Number(key)) => *n == key,
                (Resolved::Number(n), VariantKey::Ident(key)) => {
                    self.language.plural_category(*n) == key
                }
                _ => false,
            };
            if matches {
                return Some(pattern);
            }
            if is_default {
                default = Some(pattern);
            }
        }
        default
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::data::{Element, Entry, Inline, Key, Select, Variant};

    struct Plain;
    impl Language for Plain {
        fn format_number(&self, n: u64) -> String {
            n.to_string()
        }
        fn plural_category(&self, n: u64) -> &'static str {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
    }

    fn text(t: &str) -> Element {
        Element::Text(t.to_owned().into())
    }

    fn message(id: &str) -> Element {
        Element::Inline(Inline::Message(id.to_owned().into()))
    }

    fn bundle(mut entries: Vec<(&str, Vec<Element>)>) -> Bundle {
        entries.sort_by(|a, b| a.0.cmp(b.0));
        let entries = entries
            .into_iter()
            .map(|(id, p)| Entry(id.to_owned().into(), p.into()))
            .collect::<Vec<_>>();
        Bundle::new(Packed::pack(&entries)).unwrap()
    }

    #[test]
    fn selects_on_the_plural_category_then_the_default() {
        let select = Element::Select(Select {
            selector: Inline::Var("n".into()),
            variants: vec![
                Variant(Key::Number(0), vec![text("none")].into()),
                Variant(Key::Ident("one".into()), vec![text("one file")].into()),
                Variant(
                    Key::Ident("other".into()),
                    vec![Element::Inline(Inline::Var("n".into())), text(" files")].into(),
                ),
            ]
            .into(),
            default: 2,
        });
        let b = bundle(vec![("f", vec![text("Hi, "), select])]);
        let f = |n| b.format("f", &[("n", Value::Number(n))], &Plain).unwrap();
        assert_eq!(f(0), "Hi, none");
        assert_eq!(f(1), "Hi, one file");
        assert_eq!(f(3), "Hi, 3 files");
        let text_arg = b.format("f", &[("n", Value::Text("x"))], &Plain);
        assert_eq!(text_arg.as_deref(), Some("Hi, x files"));
    }

    #[test]
    fn a_reference_cycle_ends() {
        let b = bundle(vec![("a", vec![message("b")]), ("b", vec![message("a")])]);
        assert_eq!(b.format("a", &[], &Plain).as_deref(), Some("{b}"));
    }

    #[test]
    fn a_billion_laughs_stays_small_and_ends() {
        // Each level names the next ten times: 10^16 copies of the last one, unbounded.
        let names: Vec<String> = (0..16).map(|i| format!("l{i:02}")).collect();
        let mut entries: Vec<(&str, Vec<Element>)> = names
            .windows(2)
            .map(|w| (w[0].as_str(), vec![message(&w[1]); 10]))
            .collect();
        entries.push((names[15].as_str(), vec![text("lol")]));
        let b = bundle(entries);
        let out = b.format("l00", &[], &Plain).unwrap();
        assert!(out.len() <= MAX_OUTPUT, "{} bytes", out.len());
        assert!(out.starts_with("lollol"));
        // The same with nothing to write: bounded by steps, not by output.
        let mut empty: Vec<(&str, Vec<Element>)> = names
            .windows(2)
            .map(|w| (w[0].as_str(), vec![message(&w[1]); 10]))
            .collect();
        empty.push((names[15].as_str(), vec![]));
        assert_eq!(
            bundle(empty).format("l00", &[], &Plain).as_deref(),
            Some("")
        );
    }

    #[test]
    fn a_long_text_is_not_appended_past_the_cap() {
        let long = "x".repeat(MAX_OUTPUT / 2 + 1);
        let b = bundle(vec![("a", vec![text(&long), text(&long), text("end")])]);
        let out = b.format("a", &[], &Plain).unwrap();
        assert!(out.len() <= MAX_OUTPUT);
        assert!(out.ends_with("end"));
    }

    #[test]
    fn a_select_default_out_of_range_writes_nothing() {
        let select = Element::Select(Select {
            selector: Inline::Var("n".into()),
            variants: vec![Variant(Key::Number(1), vec![text("one")].into())].into(),
            default: 7,
        });
        let b = bundle(vec![("a", vec![select, text("!")])]);
        assert_eq!(b.format("a", &[], &Plain).as_deref(), Some("!"));
    }

    #[test]
    fn unsorted_or_duplicate_entries_are_refused() {
        let entry = |id: &str| Entry(id.to_owned().into(), vec![text(id)].into());
        let new = |entries: &[Entry]| Bundle::new(Packed::pack(entries));
        assert!(new(&[entry("b"), entry("a")]).is_err());
        assert!(new(&[entry("a"), entry("a")]).is_err());
        assert!(new(&[entry("a"), entry("b")]).is_ok());
    }
}
