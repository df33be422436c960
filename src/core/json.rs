//! JSON for the core: one ordered tree of plain data ([`Node`]: what a policy, a template or
//! the saved state is before it becomes text), its two printers, and a reader that says where
//! in the text a problem is ([`parse`]).
//!
//! Why not serde + serde_json: the widget needs little of them (print a few documents, read
//! a pasted policy and its own saved state), and their generic code cost about 12 KB brotli of
//! the wasm size budget. The tests read everything printed here with serde_json, and read
//! the same texts with both readers, so this module cannot drift from real JSON unnoticed.

/// A JSON value whose objects keep their keys in the order they were built or read, so a
/// policy reads `Effect`, `Action`, `Resource` as on Braze's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Null,
    Bool(bool),
    /// A number, as written.
    Number(String),
    Str(String),
    List(Vec<Node>),
    /// Entries in order; keys are unique when built by this crate.
    Map(Vec<(String, Node)>),
}

impl Node {
    pub fn str(value: impl Into<String>) -> Self {
        Node::Str(value.into())
    }

    pub fn map<K: Into<String>>(entries: impl IntoIterator<Item = (K, Node)>) -> Self {
        Node::Map(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    pub fn list(items: impl IntoIterator<Item = Node>) -> Self {
        Node::List(items.into_iter().collect())
    }

    /// A list of strings.
    pub fn strs<S: AsRef<str>>(items: &[S]) -> Self {
        Node::List(items.iter().map(|s| Node::str(s.as_ref())).collect())
    }

    /// The value under `key` of a map.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Every string in the tree, keys included, depth first.
    pub fn strings(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_strings(&mut out);
        out
    }

    fn collect_strings<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Node::Str(s) => out.push(s),
            Node::List(items) => items.iter().for_each(|i| i.collect_strings(out)),
            Node::Map(entries) => {
                for (k, v) in entries {
                    out.push(k);
                    v.collect_strings(out);
                }
            }
            Node::Null | Node::Bool(_) | Node::Number(_) => {}
        }
    }

    /// JSON as Braze's page prints it: one value per line, 4-space indentation.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    /// JSON on one line, without spaces.
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// `indent`: the current depth when pretty-printing, `None` for compact output.
    fn write(&self, out: &mut String, indent: Option<usize>) {
        match self {
            Node::Null => out.push_str("null"),
            Node::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            // A number that is not valid JSON (never built by the crate) is written as text.
            Node::Number(n) if is_number(n) => out.push_str(n),
            Node::Number(n) | Node::Str(n) => write_string(out, n),
            Node::List(items) => {
                write_sequence(out, indent, ['[', ']'], items, |out, item, inner| {
                    item.write(out, inner)
                })
            }
            Node::Map(entries) => write_sequence(
                out,
                indent,
                ['{', '}'],
                entries,
                |out, (key, value), inner| {
                    write_string(out, key);
                    out.push_str(if inner.is_some() { ": " } else { ":" });
                    value.write(out, inner);
                },
            ),
        }
    }
}

/// A list or an object: `[]` when empty, else one item per line when pretty-printing.
fn write_sequence<T>(
    out: &mut String,
    indent: Option<usize>,
    [open, close]: [char; 2],
    items: &[T],
    write_item: impl Fn(&mut String, &T, Option<usize>),
) {
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("    ");
        }
    };
    out.push(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if let Some(depth) = indent {
            newline(out, depth + 1);
        }
        write_item(out, item, indent.map(|d| d + 1));
    }
    if let (Some(depth), false) = (indent, items.is_empty()) {
        newline(out, depth);
    }
    out.push(close);
}

/// A JSON string literal, escaped as serde_json escapes it.
fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Whether `text` is a JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
pub fn is_number(text: &str) -> bool {
    let mut reader = Reader::new(text);
    reader.number().is_ok() && reader.pos == text.len()
}

/// Where something is in the text: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// A value read from text, with where it starts and where it ends (the byte offsets of its
/// first and last characters; [`position`] turns one into a line and column).
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub at: usize,
    pub end: usize,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    Str(String),
    List(Vec<Located>),
    /// Keys with the offset where each starts, in the order written; duplicates kept.
    Map(Vec<(String, usize, Located)>),
}

impl Located {
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value without positions (a duplicate key: the last one wins, as in JavaScript).
    pub fn into_node(self) -> Node {
        match self.value {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(b),
            Value::Number(n) => Node::Number(n),
            Value::Str(s) => Node::Str(s),
            Value::List(items) => Node::List(items.into_iter().map(Located::into_node).collect()),
            Value::Map(entries) => {
                let mut out: Vec<(String, Node)> = Vec::with_capacity(entries.len());
                for (key, _, value) in entries {
                    let value = value.into_node();
                    match out.iter_mut().find(|(k, _)| *k == key) {
                        Some(slot) => slot.1 = value,
                        None => out.push((key, value)),
                    }
                }
                Node::Map(out)
            }
        }
    }

    /// The value as the reader wrote it, compact (strings without their quotes).
    pub fn shown(&self) -> String {
        match &self.value {
            Value::Str(s) => s.clone(),
            _ => self.clone().into_node().to_compact(),
        }
    }
}

/// Why a text is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The text ends in the middle of a value.
    Truncated,
    /// A `,` right before `]` or `}`.
    TrailingComma,
    /// An object key without double quotes.
    KeyNotString,
    /// More text after the value.
    TrailingCharacters,
    /// Anything else.
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub problem: SyntaxProblem,
    pub at: Pos,
}

/// Nesting deeper than this is refused (a hostile paste must not exhaust the stack).
const MAX_DEPTH: usize = 128;

/// Reads one JSON value, the whole of `text` (blanks around it allowed).
pub fn parse(text: &str) -> Result<Located, SyntaxError> {
    let mut reader = Reader::new(text);
    reader.skip_blank();
    let value = reader.value(0)?;
    reader.skip_blank();
    if reader.pos < text.len() {
        return Err(reader.error(SyntaxProblem::TrailingCharacters));
    }
    Ok(value)
}

/// Reads JSON without positions; `None` if it is not JSON.
pub fn parse_node(text: &str) -> Option<Node> {
    parse(text).ok().map(Located::into_node)
}

/// The line and column of byte `offset` of `text` (counted once, when a problem is shown:
/// keeping them up to date while reading would cost every value).
pub fn position(text: &str, offset: usize) -> Pos {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Pos {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Self { text, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn here(&self) -> Pos {
        position(self.text, self.pos)
    }

    /// An error at the current character (or at the end of the text).
    fn error(&self, problem: SyntaxProblem) -> SyntaxError {
        let problem = if self.pos >= self.text.len() {
            SyntaxProblem::Truncated
        } else {
            problem
        };
        SyntaxError {
            problem,
            at: self.here(),
        }
    }

    fn skip_blank(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\n' | b'\t' | b'\r' => self.pos += 1,
                _ => break,
            }
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), SyntaxError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(SyntaxProblem::Other))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Located, SyntaxError> {
        let at = self.pos;
        let value = match self.peek() {
            None => return Err(self.error(SyntaxProblem::Truncated)),
            Some(b'{') => self.map(depth + 1)?,
            Some(b'[') => self.list(depth + 1)?,
            Some(b'"') => Value::Str(self.string()?),
            Some(b'-' | b'0'..=b'9') => {
                let start = self.pos;
                self.number()?;
                Value::Number(self.text[start..self.pos].to_owned())
            }
            Some(b't') => self.word("true", Value::Bool(true))?,
            Some(b'f') => self.word("false", Value::Bool(false))?,
            Some(b'n') => self.word("null", Value::Null)?,
            Some(_) => return Err(self.error(SyntaxProblem::Other)),
        };
        // The last character read, for "the object ends here" messages (values end with
        // an ASCII character: a quote, a bracket, a digit or a letter).
        let end = self.pos.saturating_sub(1);
        Ok(Located { at, end, value })
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        for expected in word.bytes() {
            if self.peek() != Some(expected) {
                return Err(self.error(SyntaxProblem::Other));
            }
            self.pos += 1;
        }
        Ok(value)
    }

    fn too_deep(&self, depth: usize) -> Result<(), SyntaxError> {
        if depth > MAX_DEPTH {
            Err(self.error(SyntaxProblem::Other))
        } else {
            Ok(())
        }
    }

    fn list(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.sequence(depth, b']', |reader| reader.value(depth))
            .map(Value::List)
    }

    fn map(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.sequence(depth, b'}', |reader| {
            if reader.peek() != Some(b'"') {
                return Err(reader.error(SyntaxProblem::KeyNotString));
            }
            let key_at = reader.pos;
            let key = reader.string()?;
            reader.skip_blank();
            reader.expect(b':')?;
            reader.skip_blank();
            Ok((key, key_at, reader.value(depth)?))
        })
        .map(Value::Map)
    }

    /// After `[` or `{`: items separated by commas up to `close`, which is consumed. A comma
    /// right before `close` is refused, as JSON does.
    fn sequence<T>(
        &mut self,
        depth: usize,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<T, SyntaxError>,
    ) -> Result<Vec<T>, SyntaxError> {
        self.too_deep(depth)?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_blank();
        if self.peek() == Some(close) {
            self.pos += 1;
            return Ok(items);
        }
        loop {
            self.skip_blank();
            items.push(item(self)?);
            self.skip_blank();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_blank();
                    if self.peek() == Some(close) {
                        return Err(self.error(SyntaxProblem::TrailingComma));
                    }
                }
                Some(b) if b == close => {
                    self.pos += 1;
                    return Ok(items);
                }
                _ => return Err(self.error(SyntaxProblem::Other)),
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.pos;
            // Plain characters up to a quote, a backslash or a control character.
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[start..self.pos]);
            match self.peek() {
                None => return Err(self.error(SyntaxProblem::Truncated)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            out.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.error(SyntaxProblem::Other)),
                    };
                    self.pos += 1;
                    out.push(escaped);
                }
                // A raw control character (a line break inside a string, most often).
                Some(_) => return Err(self.error(SyntaxProblem::Other)),
            }
        }
    }

    /// After `\u`: four hex digits, and a second escape for a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        if !(0xD800..0xDC00).contains(&first) {
            return char::from_u32(first).ok_or_else(|| self.error(SyntaxProblem::Other));
        }
        if !self.text[self.pos..].starts_with("\\u") {
            return Err(self.error(SyntaxProblem::Other));
        }
        self.pos += 2;
        let second = self.hex4()?;
        if !(0xDC00..0xE000).contains(&second) {
            return Err(self.error(SyntaxProblem::Other));
        }
        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
        char::from_u32(code).ok_or_else(|| self.error(SyntaxProblem::Other))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error(SyntaxProblem::Other))?;
        self.pos += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error(SyntaxProblem::Other))
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<(), SyntaxError> {
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error(SyntaxProblem::Other)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error(SyntaxProblem::Other));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error(SyntaxProblem::Other));
            }
        }
        Ok(())
    }
}
