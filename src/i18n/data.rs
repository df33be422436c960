//! The pre-parsed form of a locale: what `build.rs` makes of the `.ftl` files with the Fluent
//! project's parser, as a tree. The widget holds it packed into flat tables
//! ([`super::packed::Packed`]); the tree is what the build and the tests write and read.

use std::borrow::Cow;

pub type Text = Cow<'static, str>;
pub type Pattern = Cow<'static, [Element]>;

/// One message (`id`) or term (`-id`) and its value. A locale is a slice of these, sorted by
/// id.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry(pub Text, pub Pattern);

#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    Text(Text),
    Inline(Inline),
    Select(Select),
}

/// A placeable other than a select expression. `{ { $x } }` is stored as `$x`: it reads the
/// same.
#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    Str(Text),
    Number(u64),
    Var(Text),
    /// `NUMBER($name)`.
    NumberOf(Text),
    /// A term reference, without its `-`.
    Term(Text),
    Message(Text),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    pub selector: Inline,
    pub variants: Cow<'static, [Variant]>,
    /// The index of the `*` variant.
    pub default: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Variant(pub Key, pub Pattern);

#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Ident(Text),
    Number(u64),
}
