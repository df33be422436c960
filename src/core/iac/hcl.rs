//! A small HCL (Terraform) emitter: blocks, attributes and expressions as data, written with
//! the escapes the HCL native syntax defines. In a quoted template string `\` and `"` are
//! escaped, control characters become `\n`, `\r`, `\t` or `\uNNNN`, and the two template
//! introducers are doubled (`${` → `$${`, `%{` → `%%{`), so no value is ever interpolated.

use serde_json::Value;

/// An expression on the right of `=`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    Null,
    Bool(bool),
    /// A number as JSON writes it, which HCL reads as the same number.
    Number(serde_json::Number),
    Str(String),
    List(Vec<Expr>),
    /// `{ key = value }`, keys in order.
    Object(Vec<(String, Expr)>),
    /// A reference such as `aws_iam_role.braze.arn`: identifiers joined by dots.
    Ref(Vec<String>),
    /// A function call such as `jsonencode({...})`.
    Call(String, Vec<Expr>),
}

impl Expr {
    pub fn str(value: impl Into<String>) -> Self {
        Expr::Str(value.into())
    }

    /// `parts` joined by dots; each part must be an identifier (checked when written).
    pub fn reference(parts: &[&str]) -> Self {
        Expr::Ref(parts.iter().map(|p| (*p).to_owned()).collect())
    }

    pub fn call(name: &str, args: Vec<Expr>) -> Self {
        Expr::Call(name.to_owned(), args)
    }
}

impl From<&Value> for Expr {
    fn from(node: &Value) -> Self {
        match node {
            Value::Null => Expr::Null,
            Value::Bool(b) => Expr::Bool(*b),
            Value::Number(n) => Expr::Number(n.clone()),
            Value::String(s) => Expr::Str(s.clone()),
            Value::Array(items) => Expr::List(items.iter().map(Expr::from).collect()),
            Value::Object(entries) => Expr::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.clone(), Expr::from(v)))
                    .collect(),
            ),
        }
    }
}

/// A body item: `name = expr`, or a nested block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Attr(String, Expr),
    Block(Block),
}

/// `kind "label" "label" { body }`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: String,
    pub labels: Vec<String>,
    pub body: Vec<Item>,
}

impl Block {
    pub fn new(kind: &str, labels: &[&str]) -> Self {
        Self {
            kind: kind.to_owned(),
            labels: labels.iter().map(|l| (*l).to_owned()).collect(),
            body: Vec::new(),
        }
    }

    pub fn attr(mut self, name: &str, value: Expr) -> Self {
        self.body.push(Item::Attr(name.to_owned(), value));
        self
    }

    pub fn block(mut self, block: Block) -> Self {
        self.body.push(Item::Block(block));
        self
    }

    /// The attribute `name` of this block's body.
    pub fn get(&self, name: &str) -> Option<&Expr> {
        self.body.iter().find_map(|item| match item {
            Item::Attr(n, v) if n == name => Some(v),
            _ => None,
        })
    }
}

/// A whole `.tf` file: leading comment lines, then top-level blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct File {
    pub comments: Vec<String>,
    pub blocks: Vec<Block>,
}

impl File {
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for line in &self.comments {
            out.push_str(&comment(line));
            out.push('\n');
        }
        for (i, block) in self.blocks.iter().enumerate() {
            if i > 0 || !self.comments.is_empty() {
                out.push('\n');
            }
            write_block(&mut out, block, 0);
        }
        out
    }
}

/// HCL and shell write `# ` comment lines alike.
pub use super::shell::comment;

/// A quoted HCL template string whose value is exactly `value`.
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' | '%' if chars.peek() == Some(&'{') => {
                // `$${` and `%%{` are the literal `${` and `%{`.
                out.push(c);
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if (c as u32) <= 0xFFFF => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// An HCL identifier: a letter or `_`, then letters, digits, `_` or `-`.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !matches!(name, "true" | "false" | "null")
}

/// An object key: bare when it is an identifier (read literally), else quoted.
fn object_key(key: &str) -> String {
    if is_identifier(key) {
        key.to_owned()
    } else {
        quote(key)
    }
}

/// A block type or attribute name must be an identifier; anything else is quoted so that
/// the file fails to parse rather than meaning something else.
fn name(name: &str) -> String {
    if is_identifier(name) {
        name.to_owned()
    } else {
        quote(name)
    }
}

fn write_block(out: &mut String, block: &Block, indent: usize) {
    let pad = " ".repeat(indent);
    out.push_str(&pad);
    out.push_str(&name(&block.kind));
    for label in &block.labels {
        out.push(' ');
        out.push_str(&quote(label));
    }
    out.push_str(" {\n");
    // Like `terraform fmt`: the `=` of consecutive attributes line up.
    let width = block
        .body
        .iter()
        .filter_map(|item| match item {
            Item::Attr(n, _) => Some(name(n).len()),
            Item::Block(_) => None,
        })
        .max()
        .unwrap_or(0);
    let mut previous_was_block = false;
    for (i, item) in block.body.iter().enumerate() {
        match item {
            Item::Attr(n, v) => {
                if previous_was_block {
                    out.push('\n');
                }
                out.push_str(&pad);
                out.push_str("  ");
                out.push_str(&format!("{:<width$} = ", name(n)));
                write_expr(out, v, indent + 2);
                out.push('\n');
                previous_was_block = false;
            }
            Item::Block(b) => {
                if i > 0 {
                    out.push('\n');
                }
                write_block(out, b, indent + 2);
                previous_was_block = true;
            }
        }
    }
    out.push_str(&pad);
    out.push_str("}\n");
}

/// Whether `expr` is written on one line.
fn is_inline(expr: &Expr) -> bool {
    match expr {
        Expr::List(items) => items.iter().all(|i| {
            matches!(
                i,
                Expr::Str(_) | Expr::Number(_) | Expr::Bool(_) | Expr::Null | Expr::Ref(_)
            )
        }),
        Expr::Object(entries) => entries.is_empty(),
        Expr::Call(_, args) => args.iter().all(is_inline),
        _ => true,
    }
}

/// `expr`, its continuation lines indented from `indent` (the indentation of its line).
fn write_expr(out: &mut String, expr: &Expr, indent: usize) {
    let pad = " ".repeat(indent);
    match expr {
        Expr::Null => out.push_str("null"),
        Expr::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Expr::Number(n) => out.push_str(&n.to_string()),
        Expr::Str(s) => out.push_str(&quote(s)),
        Expr::Ref(parts) => {
            if parts.iter().all(|p| is_identifier(p)) && !parts.is_empty() {
                out.push_str(&parts.join("."));
            } else {
                // Never emitted by this crate; a quoted string keeps it from being code.
                out.push_str(&quote(&parts.join(".")));
            }
        }
        Expr::Call(function, args) => {
            out.push_str(&name(function));
            out.push('(');
            for (i, arg) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(out, arg, indent);
            }
            out.push(')');
        }
        Expr::List(items) if is_inline(expr) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(out, item, indent);
            }
            out.push(']');
        }
        Expr::List(items) => {
            out.push_str("[\n");
            for item in items {
                out.push_str(&pad);
                out.push_str("  ");
                write_expr(out, item, indent + 2);
                out.push_str(",\n");
            }
            out.push_str(&pad);
            out.push(']');
        }
        Expr::Object(entries) if entries.is_empty() => out.push_str("{}"),
        Expr::Object(entries) => {
            out.push_str("{\n");
            let keys: Vec<String> = entries.iter().map(|(k, _)| object_key(k)).collect();
            let width = keys.iter().map(String::len).max().unwrap_or(0);
            for (key, (_, value)) in keys.iter().zip(entries) {
                out.push_str(&pad);
                out.push_str("  ");
                out.push_str(&format!("{key:<width$} = "));
                write_expr(out, value, indent + 2);
                out.push('\n');
            }
            out.push_str(&pad);
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_sequences_are_doubled() {
        assert_eq!(quote("a${b}%{c}"), r#""a$${b}%%{c}""#);
        assert_eq!(quote("$$ %% $"), r#""$$ %% $""#);
        assert_eq!(quote("\"\\\n"), r#""\"\\\n""#);
    }
}
