//! Localizable text as data: a Fluent message id and its arguments. The core says *which*
//! sentence and *with what values*; the locale files say how it reads.

/// A value passed to a Fluent message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, usually something the reader typed. Rendered verbatim, never parsed as markup.
    Text(String),
    /// A whole number (counts, hours), formatted and used for plural selection by the locale.
    Number(u64),
    /// Stands where a value is not known yet (or not valid): the locale's placeholder text.
    Placeholder(Box<Msg>),
    /// A fixed keyword for a Fluent selector (`[currents]`, `[both]`…), never shown as is.
    Key(&'static str),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Arg::Number(value.into())
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(value as u64)
    }
}

/// A message to show: which Fluent id, with which arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// Builds a [`Msg`] from a literal message id and named arguments, as in
/// `msg!(<id>, bucket = name, hours = 48u32)`.
///
/// Every message id the code uses goes through this macro with a literal id, so the locale
/// test can find each id and the variables passed to it by reading the source.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::core::text::Msg {
            id: $id,
            args: vec![$((stringify!($name), $crate::core::text::Arg::from($value))),*],
        }
    };
}
