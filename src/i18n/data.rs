//! The pre-parsed form of a locale: what `build.rs` makes of the `.ftl` files with the Fluent
//! project's parser. English is compiled into the binary as static data of these types; the
//! other languages are fetched as JSON of the same types. `Cow` lets one definition serve both
//! (borrowed from statics, owned once deserialized).
//!
//! Recursion goes through slices only, so that the statics need no allocation.
//!
//! `build.rs` includes this file too, to write the JSON (the `Serialize` impls are never
//! called in the widget, so they cost it nothing).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub type Text = Cow<'static, str>;
pub type Pattern = Cow<'static, [Element]>;

/// One message (`id`) or term (`-id`) and its value. A locale is a slice of these, sorted by
/// id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry(pub Text, pub Pattern);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Element {
    #[serde(rename = "t")]
    Text(Text),
    #[serde(rename = "x")]
    Inline(Inline),
    #[serde(rename = "s")]
    Select(Select),
}

/// A placeable other than a select expression. `{ { $x } }` is stored as `$x`: it reads the
/// same.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Inline {
    #[serde(rename = "s")]
    Str(Text),
    #[serde(rename = "n")]
    Number(u64),
    #[serde(rename = "v")]
    Var(Text),
    /// `NUMBER($name)`.
    #[serde(rename = "N")]
    NumberOf(Text),
    /// A term reference, without its `-`.
    #[serde(rename = "T")]
    Term(Text),
    #[serde(rename = "m")]
    Message(Text),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Select {
    #[serde(rename = "on")]
    pub selector: Inline,
    #[serde(rename = "v")]
    pub variants: Cow<'static, [Variant]>,
    /// The index of the `*` variant.
    #[serde(rename = "d")]
    pub default: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variant(pub Key, pub Pattern);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Key {
    #[serde(rename = "i")]
    Ident(Text),
    #[serde(rename = "n")]
    Number(u64),
}
