//! A small Fluent runtime: the part of the Fluent syntax the locale files use, read with
//! Fluent's own rules (the whitespace and indentation rules of `fluent-syntax`, the
//! selection rules of `fluent-bundle`).
//!
//! Why not `fluent-bundle` itself: with its parser, resolver, CLDR plural rules, language
//! identifiers and float formatting it cost about 29 KB brotli of wasm, a fifth of the size
//! budget, for features these files do not use. The locale tests parse every file with the
//! reference parser and compare every message, formatted here and by `fluent-bundle`, so the
//! subset cannot drift from real Fluent unnoticed.
//!
//! Supported: messages and terms (values only), comments, multiline patterns, placeables with
//! variables, term and message references, string and number literals, `NUMBER()`, and
//! select expressions with identifier and number keys. Anything else is skipped as junk,
//! as Fluent does with entries it cannot parse.

use std::borrow::Cow;

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

#[derive(Debug, Clone, PartialEq)]
enum Element {
    Text(String),
    Expr(Expr),
}

type Pattern = Vec<Element>;

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Str(String),
    Number(u64),
    Var(String),
    Term(String),
    Message(String),
    NumberFn(Box<Expr>),
    Select {
        selector: Box<Expr>,
        variants: Vec<(Key, Pattern)>,
        default: usize,
    },
    /// A nested placeable: `{ { $x } }`.
    Nested(Box<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
enum Key {
    Ident(String),
    Number(u64),
}

/// The messages and terms of one locale (terms keyed with their leading `-`).
///
/// Kept sorted by id and searched by bisection: as fast as a hash map for a few hundred
/// entries, without the hash map's generic code in the wasm.
#[derive(Default)]
pub struct Bundle {
    entries: Vec<(String, Pattern)>,
}

impl Bundle {
    /// Adds every entry of `source`; a later entry replaces an earlier one of the same id.
    pub fn add(&mut self, source: &str) {
        let mut parser = Parser::new(source);
        while let Some((id, pattern)) = parser.next_entry() {
            match self.find(&id) {
                Ok(i) => self.entries[i].1 = pattern,
                Err(i) => self.entries.insert(i, (id, pattern)),
            }
        }
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    fn get(&self, id: &str) -> Option<&Pattern> {
        self.find(id).ok().map(|i| &self.entries[i].1)
    }

    pub fn has_message(&self, id: &str) -> bool {
        !id.starts_with('-') && self.find(id).is_ok()
    }

    /// The ids of every message (not terms), in order.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .map(|(id, _)| id.as_str())
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
            bundle: self,
            args,
            language,
        };
        scope.write_pattern(pattern, &mut out, 0);
        Some(out)
    }
}

struct Scope<'a> {
    bundle: &'a Bundle,
    args: &'a [(&'a str, Value<'a>)],
    language: &'a dyn Language,
}

/// Deep enough for any real message; stops a reference cycle (`a = { b }`, `b = { a }`).
const MAX_DEPTH: usize = 16;

enum Resolved<'a> {
    Text(Cow<'a, str>),
    Number(u64),
    /// What could not be resolved, written as Fluent does: `{$name}`, `{-term}`.
    Error(String),
}

impl Scope<'_> {
    fn write_pattern(&self, pattern: &Pattern, out: &mut String, depth: usize) {
        for element in pattern {
            match element {
                Element::Text(text) => out.push_str(&self.language.transform(text)),
                Element::Expr(expr) => self.write_expr(expr, out, depth),
            }
        }
    }

    fn write_expr(&self, expr: &Expr, out: &mut String, depth: usize) {
        match expr {
            Expr::Select {
                selector,
                variants,
                default,
            } => {
                let chosen = self.select(selector, variants, *default);
                self.write_pattern(&variants[chosen].1, out, depth);
            }
            Expr::Term(id) | Expr::Message(id) => {
                let key = match expr {
                    Expr::Term(_) => format!("-{id}"),
                    _ => id.clone(),
                };
                match self.bundle.get(&key) {
                    Some(pattern) if depth < MAX_DEPTH => {
                        // A term sees no argument of the message that uses it.
                        let args: &[(&str, Value)] = match expr {
                            Expr::Term(_) => &[],
                            _ => self.args,
                        };
                        let inner = Scope {
                            bundle: self.bundle,
                            args,
                            language: self.language,
                        };
                        inner.write_pattern(pattern, out, depth + 1);
                    }
                    _ => {
                        out.push('{');
                        out.push_str(&key);
                        out.push('}');
                    }
                }
            }
            Expr::Nested(inner) => self.write_expr(inner, out, depth),
            _ => match self.resolve(expr) {
                Resolved::Text(text) => out.push_str(&text),
                Resolved::Number(n) => out.push_str(&self.language.format_number(n)),
                Resolved::Error(text) => out.push_str(&text),
            },
        }
    }

    fn resolve<'e>(&'e self, expr: &'e Expr) -> Resolved<'e> {
        match expr {
            Expr::Str(text) => Resolved::Text(text.as_str().into()),
            Expr::Number(n) => Resolved::Number(*n),
            Expr::Var(name) => match self.args.iter().find(|(k, _)| k == name) {
                Some((_, Value::Text(text))) => Resolved::Text((*text).into()),
                Some((_, Value::Number(n))) => Resolved::Number(*n),
                None => Resolved::Error(format!("{{${name}}}")),
            },
            Expr::NumberFn(arg) => match self.resolve(arg) {
                Resolved::Text(text) => match text.parse() {
                    Ok(n) => Resolved::Number(n),
                    Err(_) => Resolved::Error("NUMBER()".into()),
                },
                other => other,
            },
            Expr::Nested(inner) => self.resolve(inner),
            // Only reached as a selector: render and select on the text.
            other => {
                let mut text = String::new();
                self.write_expr(other, &mut text, MAX_DEPTH - 1);
                Resolved::Text(text.into())
            }
        }
    }

    fn select(&self, selector: &Expr, variants: &[(Key, Pattern)], default: usize) -> usize {
        let value = self.resolve(selector);
        let found = variants.iter().position(|(key, _)| match (&value, key) {
            (Resolved::Text(text), Key::Ident(key)) => text == key,
            (Resolved::Number(n), Key::Number(key)) => n == key,
            (Resolved::Number(n), Key::Ident(key)) => self.language.plural_category(*n) == key,
            _ => false,
        });
        found.unwrap_or(default)
    }
}

/// Reads entries the way `fluent-syntax` does, for the subset above.
struct Parser<'s> {
    src: &'s str,
    pos: usize,
}

/// Something the subset cannot read: the entry is dropped, as Fluent drops junk.
struct Junk;

impl<'s> Parser<'s> {
    fn new(src: &'s str) -> Self {
        Self { src, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + offset).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), Junk> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(Junk)
        }
    }

    /// Skips spaces on the line; returns how many.
    fn skip_blank_inline(&mut self) -> usize {
        let start = self.pos;
        while self.peek() == Some(b' ') {
            self.pos += 1;
        }
        self.pos - start
    }

    fn skip_eol(&mut self) -> bool {
        if self.eat(b'\n') {
            return true;
        }
        if self.peek() == Some(b'\r') && self.peek_at(1) == Some(b'\n') {
            self.pos += 2;
            return true;
        }
        false
    }

    /// Skips whole blank lines, leaving the position at the start of the next line with text.
    fn skip_blank_block(&mut self) {
        loop {
            let line_start = self.pos;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.pos = line_start;
                return;
            }
        }
    }

    /// Spaces and line ends.
    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn skip_line(&mut self) {
        while let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'\n' {
                break;
            }
        }
    }

    fn next_entry(&mut self) -> Option<(String, Pattern)> {
        loop {
            self.skip_blank_block();
            let first = self.peek()?;
            let start = self.pos;
            let entry = if first.is_ascii_alphabetic() || first == b'-' {
                self.entry()
            } else {
                Err(Junk)
            };
            match entry {
                Ok(found) => return Some(found),
                Err(Junk) => {
                    // Comments and junk: skip to the next line that can start an entry.
                    self.pos = start;
                    self.skip_line();
                    while let Some(b) = self.peek() {
                        if b.is_ascii_alphabetic() || b == b'-' || b == b'#' {
                            break;
                        }
                        self.skip_line();
                    }
                }
            }
        }
    }

    fn entry(&mut self) -> Result<(String, Pattern), Junk> {
        let term = self.eat(b'-');
        let name = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        let pattern = self.pattern()?.ok_or(Junk)?;
        // Attributes (`.name = …`) are not part of the subset: an entry with them is junk.
        let line_start = self.pos;
        self.skip_blank();
        if self.peek() == Some(b'.') {
            return Err(Junk);
        }
        self.pos = line_start;
        let id = if term { format!("-{name}") } else { name };
        Ok((id, pattern))
    }

    fn identifier(&mut self) -> Result<String, Junk> {
        let start = self.pos;
        if !self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
            return Err(Junk);
        }
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            self.pos += 1;
        }
        Ok(self.src[start..self.pos].to_owned())
    }

    /// A pattern, with Fluent's rules: the first line's leading spaces dropped, the common
    /// indentation of the other lines removed, trailing blanks of the last text trimmed. It
    /// ends at a line that is not indented, or whose text starts with `}`, `[`, `*` or `.`.
    fn pattern(&mut self) -> Result<Option<Pattern>, Junk> {
        // (text, indent, starts a line) before dedenting; placeables as they are.
        enum Piece {
            Text(usize, usize, usize, bool),
            Expr(Expr),
        }
        let mut pieces: Vec<Piece> = Vec::new();
        let mut last_non_blank: Option<usize> = None;
        let mut common_indent: Option<usize> = None;
        self.skip_blank_inline();
        let mut line_start = if self.skip_eol() {
            self.skip_blank_block();
            true
        } else {
            false
        };
        while let Some(byte) = self.peek() {
            if byte == b'{' {
                self.pos += 1;
                if line_start {
                    common_indent = Some(0);
                }
                let expr = self.placeable()?;
                last_non_blank = Some(pieces.len());
                pieces.push(Piece::Expr(expr));
                line_start = false;
                continue;
            }
            let slice_start = self.pos;
            let mut indent = 0;
            if line_start {
                indent = self.skip_blank_inline();
                match self.peek() {
                    None => break,
                    Some(b) if indent == 0 => {
                        if b != b'\r' && b != b'\n' {
                            break;
                        }
                    }
                    Some(b'}' | b'.' | b'[' | b'*') => {
                        self.pos = slice_start;
                        break;
                    }
                    Some(_) => {}
                }
            }
            // The text up to a placeable, a line end (included) or the end.
            let text_start = self.pos;
            let mut ended_by_newline = false;
            while let Some(b) = self.peek() {
                match b {
                    b'{' => break,
                    b'}' => return Err(Junk),
                    b'\n' => {
                        self.pos += 1;
                        ended_by_newline = true;
                        break;
                    }
                    _ => self.pos += 1,
                }
            }
            let end = self.pos;
            if slice_start != end {
                let blank = self.src[text_start..end]
                    .bytes()
                    .all(|b| matches!(b, b' ' | b'\n' | b'\r'));
                if line_start && !blank {
                    common_indent = Some(common_indent.map_or(indent, |c| c.min(indent)));
                }
                if !line_start || !blank || ended_by_newline {
                    if !blank {
                        last_non_blank = Some(pieces.len());
                    }
                    pieces.push(Piece::Text(slice_start, end, indent, line_start));
                }
            }
            line_start = ended_by_newline;
        }
        let Some(last) = last_non_blank else {
            return Ok(None);
        };
        let mut pattern: Pattern = Vec::new();
        for (i, piece) in pieces.into_iter().take(last + 1).enumerate() {
            match piece {
                Piece::Expr(expr) => pattern.push(Element::Expr(expr)),
                Piece::Text(start, end, indent, at_line_start) => {
                    let start = if at_line_start {
                        start + common_indent.map_or(indent, |c| c.min(indent))
                    } else {
                        start
                    };
                    let mut text = &self.src[start..end];
                    if i == last {
                        text = text.trim_end();
                    }
                    // Fluent keeps text pieces apart; joining them changes nothing rendered.
                    match pattern.last_mut() {
                        Some(Element::Text(previous)) => previous.push_str(text),
                        _ => pattern.push(Element::Text(text.to_owned())),
                    }
                }
            }
        }
        Ok(Some(pattern))
    }

    /// After `{`: an expression, or a select expression, then `}`.
    fn placeable(&mut self) -> Result<Expr, Junk> {
        self.skip_blank();
        let expr = self.inline_expression()?;
        self.skip_blank();
        if self.peek() == Some(b'-') && self.peek_at(1) == Some(b'>') {
            self.pos += 2;
            let expr = self.variants(expr)?;
            self.skip_blank();
            self.expect(b'}')?;
            return Ok(expr);
        }
        self.expect(b'}')?;
        Ok(expr)
    }

    fn variants(&mut self, selector: Expr) -> Result<Expr, Junk> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            let is_default = self.eat(b'*');
            if self.peek() != Some(b'[') {
                if is_default {
                    return Err(Junk);
                }
                break;
            }
            self.pos += 1;
            self.skip_blank();
            let key = if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                Key::Number(self.number()?)
            } else {
                Key::Ident(self.identifier()?)
            };
            self.skip_blank();
            self.expect(b']')?;
            let value = self.pattern()?.unwrap_or_default();
            if is_default {
                if default.is_some() {
                    return Err(Junk);
                }
                default = Some(variants.len());
            }
            variants.push((key, value));
        }
        let default = default.ok_or(Junk)?;
        Ok(Expr::Select {
            selector: Box::new(selector),
            variants,
            default,
        })
    }

    fn number(&mut self) -> Result<u64, Junk> {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        // Decimals and negative numbers are not part of the subset.
        if matches!(self.peek(), Some(b'.')) {
            return Err(Junk);
        }
        self.src[start..self.pos].parse().map_err(|_| Junk)
    }

    fn inline_expression(&mut self) -> Result<Expr, Junk> {
        match self.peek().ok_or(Junk)? {
            b'"' => {
                self.pos += 1;
                self.string_literal().map(Expr::Str)
            }
            b'0'..=b'9' => self.number().map(Expr::Number),
            b'$' => {
                self.pos += 1;
                self.identifier().map(Expr::Var)
            }
            b'-' => {
                self.pos += 1;
                let id = self.identifier()?;
                if matches!(self.peek(), Some(b'.' | b'(')) {
                    return Err(Junk); // term attributes and arguments: not in the subset
                }
                Ok(Expr::Term(id))
            }
            b'{' => {
                self.pos += 1;
                self.placeable().map(|e| Expr::Nested(Box::new(e)))
            }
            b if b.is_ascii_alphabetic() => {
                let id = self.identifier()?;
                if self.peek() == Some(b'(') {
                    self.pos += 1;
                    return self.call(&id);
                }
                if self.peek() == Some(b'.') {
                    return Err(Junk);
                }
                Ok(Expr::Message(id))
            }
            _ => Err(Junk),
        }
    }

    /// `NUMBER(arg)`, the only function of the subset; named options are not supported.
    fn call(&mut self, name: &str) -> Result<Expr, Junk> {
        if name != "NUMBER" {
            return Err(Junk);
        }
        self.skip_blank();
        let arg = self.inline_expression()?;
        self.skip_blank();
        self.expect(b')')?;
        Ok(Expr::NumberFn(Box::new(arg)))
    }

    fn string_literal(&mut self) -> Result<String, Junk> {
        let mut out = String::new();
        loop {
            let rest = &self.src[self.pos..];
            let mut chars = rest.chars();
            let c = chars.next().ok_or(Junk)?;
            self.pos += c.len_utf8();
            match c {
                '"' => return Ok(out),
                '\n' => return Err(Junk),
                '\\' => {
                    let escaped = chars.next().ok_or(Junk)?;
                    self.pos += 1;
                    match escaped {
                        '\\' | '"' => out.push(escaped),
                        'u' | 'U' => {
                            let len = if escaped == 'u' { 4 } else { 6 };
                            let hex = self.src.get(self.pos..self.pos + len).ok_or(Junk)?;
                            let code = u32::from_str_radix(hex, 16).map_err(|_| Junk)?;
                            self.pos += len;
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(Junk),
                    }
                }
                c => out.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn format(source: &str, id: &str, args: &[(&str, Value)]) -> Option<String> {
        let mut bundle = Bundle::default();
        bundle.add(source);
        bundle.format(id, args, &Plain)
    }

    #[test]
    fn reads_a_multiline_select_with_a_term() {
        let src = "-brand = Braze\n# c\nhello = Hi { -brand },\n    { $n ->\n        [one] one file\n       *[other] { $n } files\n    } in { $b }.\n";
        let one = format(
            src,
            "hello",
            &[("n", Value::Number(1)), ("b", Value::Text("x"))],
        );
        assert_eq!(one.as_deref(), Some("Hi Braze,\none file in x."));
        let many = format(src, "hello", &[("n", Value::Number(3))]);
        assert_eq!(many.as_deref(), Some("Hi Braze,\n3 files in {$b}."));
    }

    #[test]
    fn junk_is_skipped_and_the_next_entry_read() {
        let src = "broken = { $x\nok = fine\n";
        assert_eq!(format(src, "broken", &[]), None);
        assert_eq!(format(src, "ok", &[]).as_deref(), Some("fine"));
    }

    #[test]
    fn a_reference_cycle_ends() {
        let src = "a = { b }\nb = { a }\n";
        assert!(format(src, "a", &[]).is_some());
    }
}
