//! Turns a locale's `.ftl` files, parsed by `fluent-syntax`, into the pre-parsed form of
//! `src/i18n/data.rs`, and writes that as Rust (English, compiled in) or JSON (fetched).
//! Fluent features the widget's formatter does not implement fail the build here, by file and
//! line, rather than reading differently at run time.

use fluent_syntax::ast;
use fluent_syntax::parser;
use fluent_syntax::unicode::unescape_unicode_to_string;

use crate::data::{Element, Entry, Inline, Key, Select, Variant};
use crate::l10n_check::Source;
use crate::packed::Packed;

/// Every entry of `sources`, sorted by id (terms with their `-`); or the problems.
pub fn compile(sources: &[Source]) -> Result<Vec<Entry>, Vec<String>> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut problems = Vec::new();
    for source in sources {
        // Syntax errors are reported by the checks; what parsed is compiled.
        let resource = parser::parse(source.text.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            let (id, value, has_attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, !m.attributes.is_empty()),
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    Some(t.value),
                    !t.attributes.is_empty(),
                ),
                _ => continue,
            };
            let at = source.at_entry(&id);
            let pattern = match value {
                _ if has_attributes => Err("attributes".to_owned()),
                None => Err("a message without a value".to_owned()),
                Some(value) => pattern(&value),
            };
            match pattern {
                Ok(p) => entries.push(Entry(id.into(), p.into())),
                Err(what) => problems.push(format!(
                    "{at}: {id} uses {what}, which the widget's formatter does not read"
                )),
            }
        }
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries.dedup_by(|later, earlier| later.0 == earlier.0);
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

type Compiled<T> = Result<T, String>;

fn pattern(p: &ast::Pattern<&str>) -> Compiled<Vec<Element>> {
    let mut out = Vec::new();
    for element in &p.elements {
        match element {
            // fluent-syntax keeps line pieces apart; joined, they read the same.
            ast::PatternElement::TextElement { value } => match out.last_mut() {
                Some(Element::Text(text)) => text.to_mut().push_str(value),
                _ => out.push(Element::Text(value.to_string().into())),
            },
            ast::PatternElement::Placeable { expression } => out.push(expr(expression)?),
        }
    }
    Ok(out)
}

fn expr(e: &ast::Expression<&str>) -> Compiled<Element> {
    match e {
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expr(expression)
        }
        ast::Expression::Inline(inline) => Ok(Element::Inline(self::inline(inline)?)),
        ast::Expression::Select { selector, variants } => {
            let mut out = Vec::new();
            let mut default = 0;
            for (i, v) in variants.iter().enumerate() {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => Key::Ident(name.to_string().into()),
                    ast::VariantKey::NumberLiteral { value } => Key::Number(number(value)?),
                };
                if v.default {
                    default = i;
                }
                out.push(Variant(key, pattern(&v.value)?.into()));
            }
            Ok(Element::Select(Select {
                selector: inline(selector)?,
                variants: out.into(),
                default,
            }))
        }
    }
}

/// A whole number that fits the packed tables (`u32`); the locale files use small ones.
fn number(value: &str) -> Compiled<u64> {
    value
        .parse::<u32>()
        .map(u64::from)
        .map_err(|_| format!("the number {value}"))
}

fn inline(e: &ast::InlineExpression<&str>) -> Compiled<Inline> {
    use ast::InlineExpression as I;
    Ok(match e {
        I::StringLiteral { value } => {
            Inline::Str(unescape_unicode_to_string(value).into_owned().into())
        }
        I::NumberLiteral { value } => Inline::Number(number(value)?),
        I::VariableReference { id } => Inline::Var(id.name.to_string().into()),
        I::MessageReference {
            id,
            attribute: None,
        } => Inline::Message(id.name.to_string().into()),
        I::TermReference {
            id,
            attribute: None,
            arguments: None,
        } => Inline::Term(id.name.to_string().into()),
        I::FunctionReference { id, arguments }
            if id.name == "NUMBER" && arguments.named.is_empty() =>
        {
            match arguments.positional.as_slice() {
                [I::VariableReference { id }] => Inline::NumberOf(id.name.to_string().into()),
                [I::NumberLiteral { value }] => Inline::Number(number(value)?),
                _ => return Err("NUMBER() of something other than a variable".to_owned()),
            }
        }
        I::Placeable { expression } => match expr(expression)? {
            Element::Inline(inner) => inner,
            _ => return Err("a select expression as a selector".to_owned()),
        },
        I::FunctionReference { id, .. } => return Err(format!("{}()", id.name)),
        _ => return Err("attribute or term arguments".to_owned()),
    })
}

/// `packed` as a Rust expression of type `Packed`, in the scope `compiled!` of
/// `src/i18n/localizer.rs` sets up (`Cow::Borrowed` as `B`).
pub fn rust(packed: &Packed) -> String {
    fn table<const N: usize>(rows: &[[u32; N]]) -> String {
        let rows: Vec<String> = rows.iter().map(|row| format!("{row:?}")).collect();
        format!("B(&[{}])", rows.join(","))
    }
    format!(
        "Packed {{ text: B({:?}), entries: {}, elements: {}, variants: {} }}",
        packed.text.as_ref(),
        table(&packed.entries),
        table(&packed.elements),
        table(&packed.variants),
    )
}
