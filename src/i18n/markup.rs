//! The tiny inline markup of the locale files: `**label**` for a product's button or menu,
//! `` `literal` `` for code. Arguments are swapped for private-use markers before formatting
//! and put back as their own spans afterwards, so nothing a reader types is read as markup.

/// One run of text in a formatted message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    Text(String),
    /// A product label: a button, menu, tab or field name.
    Strong(String),
    /// A literal: a header name, a default value.
    Code(String),
    /// One of the reader's values.
    Value(String),
    /// Stands for a value not known yet.
    Placeholder(String),
}

impl Span {
    pub fn text(&self) -> &str {
        match self {
            Span::Text(t)
            | Span::Strong(t)
            | Span::Code(t)
            | Span::Value(t)
            | Span::Placeholder(t) => t,
        }
    }
}

/// First char of an argument marker; the next char encodes the argument's index.
pub const MARK: char = '\u{E000}';
const INDEX_BASE: u32 = 0xE100;

pub fn marker(index: usize) -> String {
    let index = char::from_u32(INDEX_BASE + index as u32).unwrap_or(MARK);
    format!("{MARK}{index}")
}

/// What a marker stands for.
pub enum Slot {
    Value(String),
    Placeholder(String),
}

/// Splits formatted text into spans, resolving markers through `slots`.
pub fn parse(formatted: &str, slots: &[Slot]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut buf = String::new();
    let (mut strong, mut code) = (false, false);
    let flush = |buf: &mut String, spans: &mut Vec<Span>, strong: bool, code: bool| {
        if buf.is_empty() {
            return;
        }
        let text = std::mem::take(buf);
        spans.push(if code {
            Span::Code(text)
        } else if strong {
            Span::Strong(text)
        } else {
            Span::Text(text)
        });
    };
    let mut chars = formatted.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' if !code && chars.peek() == Some(&'*') => {
                chars.next();
                flush(&mut buf, &mut spans, strong, code);
                strong = !strong;
            }
            '`' => {
                flush(&mut buf, &mut spans, strong, code);
                code = !code;
            }
            MARK => {
                flush(&mut buf, &mut spans, strong, code);
                let index = chars
                    .next()
                    .map(|i| (i as u32).saturating_sub(INDEX_BASE) as usize);
                match index.and_then(|i| slots.get(i)) {
                    Some(Slot::Value(v)) => spans.push(Span::Value(v.clone())),
                    Some(Slot::Placeholder(p)) => spans.push(Span::Placeholder(p.clone())),
                    None => {}
                }
            }
            c => buf.push(c),
        }
    }
    flush(&mut buf, &mut spans, strong, code);
    spans
}

/// French typography: a no-break space before `: ; ? ! »` and after `«`, so punctuation never
/// starts a line. Applied to the locale's own text only, never to the reader's values.
pub fn french_spacing(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            (' ', Some(':')) => out.push('\u{00A0}'),
            (' ', Some(';' | '?' | '!' | '»')) => out.push('\u{202F}'),
            ('«', Some(' ')) => {
                chars.next();
                out.push_str("«\u{00A0}");
            }
            (c, _) => out.push(c),
        }
    }
    out
}
