//! A locale as the widget holds it: the pre-parsed messages of [`super::data`] packed into one
//! string and three tables of small numbers.
//!
//! Why packed and not the tree itself: compiled into the wasm, a tree of `Cow`s is mostly
//! pointers, which compress poorly (English cost about 17 KB brotli as a tree, against 8 KB as
//! its `.ftl` text); one string holding every text once, and indices into it, compress about
//! as well as the text. Fetched as JSON, the same tables read with one small serde derive.
//!
//! `build.rs` packs every locale ([`Packed::pack`]) and writes it as Rust (English, compiled
//! in) or JSON (fetched). Nothing here trusts a fetched table: every index is looked up with a
//! bounds check and every span with a character-boundary check ([`Packed::node`]).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::data::{Element, Entry, Inline, Key};

/// `[start, len]` of a text in [`Packed::text`], or of a run of rows in a table.
pub type Span = [u32; 2];

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Packed {
    /// Every text of the locale (ids, text pieces, names, keys), each distinct one once.
    pub text: Cow<'static, str>,
    /// One row per message or term, sorted by id: `[id start, id len, pattern start, pattern
    /// len]`; a pattern is a run of rows of `elements`.
    pub entries: Cow<'static, [[u32; 4]]>,
    /// `[kind, a, b, c]`: a span of `text` in `a, b` for the kinds that name or hold text; the
    /// number in `a` for [`kind::NUMBER`]; for [`kind::SELECT`] the selector's row in `a` and
    /// the run of `variants` in `b, c`.
    pub elements: Cow<'static, [[u32; 4]]>,
    /// `[key kind, key a, key b, pattern start, pattern len]`: the key is an identifier (a span
    /// of `text`), a number (in `key a`), and [`kind::DEFAULT`] marks the `*` variant.
    pub variants: Cow<'static, [[u32; 5]]>,
}

/// The values of an element's or a key's first column.
pub mod kind {
    pub const TEXT: u32 = 0;
    pub const STR: u32 = 1;
    pub const NUMBER: u32 = 2;
    pub const VAR: u32 = 3;
    pub const NUMBER_OF: u32 = 4;
    pub const TERM: u32 = 5;
    pub const MESSAGE: u32 = 6;
    pub const SELECT: u32 = 7;
    /// Or-ed into a variant's key kind (`TEXT` for an identifier, `NUMBER`).
    pub const DEFAULT: u32 = 8;
}

/// An element, read back from the tables.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Node<'a> {
    Text(&'a str),
    Str(&'a str),
    Number(u64),
    Var(&'a str),
    NumberOf(&'a str),
    Term(&'a str),
    Message(&'a str),
    Select { selector: usize, variants: Span },
}

/// A variant's key, read back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum VariantKey<'a> {
    Ident(&'a str),
    Number(u64),
}

impl Packed {
    /// `text[start..start + len]`, if that is a slice of it.
    pub fn span(&self, [start, len]: Span) -> Option<&str> {
        let start = start as usize;
        self.text.get(start..start.checked_add(len as usize)?)
    }

    /// Rows `start..start + len` of `table`, if they are all there.
    pub fn rows<T>(table: &[T], [start, len]: Span) -> Option<&[T]> {
        let start = start as usize;
        table.get(start..start.checked_add(len as usize)?)
    }

    /// The element in row `row`; `None` for a row that is not there or does not read.
    pub fn node(&self, row: usize) -> Option<Node<'_>> {
        let [k, a, b, c] = *self.elements.get(row)?;
        let text = || self.span([a, b]);
        Some(match k {
            kind::TEXT => Node::Text(text()?),
            kind::STR => Node::Str(text()?),
            kind::NUMBER => Node::Number(a.into()),
            kind::VAR => Node::Var(text()?),
            kind::NUMBER_OF => Node::NumberOf(text()?),
            kind::TERM => Node::Term(text()?),
            kind::MESSAGE => Node::Message(text()?),
            kind::SELECT => Node::Select {
                selector: a as usize,
                variants: [b, c],
            },
            _ => return None,
        })
    }

    /// A variant's key, whether it is the default, and its pattern.
    pub fn variant(&self, row: &[u32; 5]) -> Option<(VariantKey<'_>, bool, Span)> {
        let [k, a, b, start, len] = *row;
        let key = match k & !kind::DEFAULT {
            kind::TEXT => VariantKey::Ident(self.span([a, b])?),
            kind::NUMBER => VariantKey::Number(a.into()),
            _ => return None,
        };
        Some((key, k & kind::DEFAULT != 0, [start, len]))
    }

    /// The id of entry `row`.
    pub fn id(&self, row: &[u32; 4]) -> Option<&str> {
        self.span([row[0], row[1]])
    }

    /// Packs `entries` (sorted by id, as `build.rs` compiles them). Numbers above `u32::MAX`
    /// do not occur in the locale files (`build.rs` refuses them).
    pub fn pack(entries: &[Entry]) -> Packed {
        let mut packer = Packer::default();
        let mut rows = Vec::with_capacity(entries.len());
        for Entry(id, pattern) in entries {
            let id = packer.text(id);
            let pattern = packer.pattern(pattern);
            rows.push([id[0], id[1], pattern[0], pattern[1]]);
        }
        Packed {
            text: packer.text.into(),
            entries: rows.into(),
            elements: packer.elements.into(),
            variants: packer.variants.into(),
        }
    }
}

#[derive(Default)]
struct Packer {
    text: String,
    /// Texts already in `text`, kept sorted for bisection.
    seen: Vec<(String, Span)>,
    elements: Vec<[u32; 4]>,
    variants: Vec<[u32; 5]>,
}

fn n(value: usize) -> u32 {
    u32::try_from(value).expect("a locale fits in 4 GiB")
}

impl Packer {
    fn text(&mut self, text: &str) -> Span {
        match self.seen.binary_search_by(|(t, _)| t.as_str().cmp(text)) {
            Ok(i) => self.seen[i].1,
            Err(i) => {
                let span = [n(self.text.len()), n(text.len())];
                self.text.push_str(text);
                self.seen.insert(i, (text.to_owned(), span));
                span
            }
        }
    }

    /// The pattern's elements as one run of rows; the rows a select needs (its selector)
    /// come after the run, and its variants' patterns after that.
    fn pattern(&mut self, pattern: &[Element]) -> Span {
        let start = self.elements.len();
        self.elements.resize(start + pattern.len(), [0; 4]);
        for (i, element) in pattern.iter().enumerate() {
            let row = match element {
                Element::Text(text) => self.with_text(kind::TEXT, text),
                Element::Inline(inline) => self.inline(inline),
                Element::Select(select) => {
                    let selector = self.elements.len();
                    let row = self.inline(&select.selector);
                    self.elements.push(row);
                    let patterns: Vec<Span> =
                        select.variants.iter().map(|v| self.pattern(&v.1)).collect();
                    let first = self.variants.len();
                    for (j, (variant, pattern)) in select.variants.iter().zip(patterns).enumerate()
                    {
                        let default = if j == select.default {
                            kind::DEFAULT
                        } else {
                            0
                        };
                        let [k, a, b] = match &variant.0 {
                            Key::Ident(name) => {
                                let [a, b] = self.text(name);
                                [kind::TEXT, a, b]
                            }
                            Key::Number(number) => [kind::NUMBER, to_u32(*number), 0],
                        };
                        self.variants
                            .push([k | default, a, b, pattern[0], pattern[1]]);
                    }
                    [
                        kind::SELECT,
                        n(selector),
                        n(first),
                        n(select.variants.len()),
                    ]
                }
            };
            self.elements[start + i] = row;
        }
        [n(start), n(pattern.len())]
    }

    fn inline(&mut self, inline: &Inline) -> [u32; 4] {
        match inline {
            Inline::Str(text) => self.with_text(kind::STR, text),
            Inline::Number(number) => [kind::NUMBER, to_u32(*number), 0, 0],
            Inline::Var(name) => self.with_text(kind::VAR, name),
            Inline::NumberOf(name) => self.with_text(kind::NUMBER_OF, name),
            Inline::Term(name) => self.with_text(kind::TERM, name),
            Inline::Message(name) => self.with_text(kind::MESSAGE, name),
        }
    }

    fn with_text(&mut self, kind: u32, text: &str) -> [u32; 4] {
        let [a, b] = self.text(text);
        [kind, a, b, 0]
    }
}

fn to_u32(number: u64) -> u32 {
    u32::try_from(number).expect("build.rs refuses numbers above u32::MAX")
}
