//! Writing text into Markdown (CommonMark and GitHub's dialect) so that it reads as itself:
//! the checklist's "Copy as Markdown" holds the reader's values (a folder path from a link,
//! a bucket), and a value must never become a list item, emphasis, a link or HTML there.
//!
//! Two tools: [`escape_text`] for running text (every character with a meaning in Markdown
//! is backslash-escaped) and [`code_span`] for values shown as code (backslashes are literal
//! inside a code span, so the fence is made longer than any run of backticks inside). Both
//! show control characters as visible symbols, so no value can start a new line, which is
//! where lists, headings and block quotes begin.

/// The character shown for `c` when `c` would break a line or hide itself: C0 controls as
/// their Control Pictures (`␊` for a line feed), DEL as `␡`, C1 controls and Unicode line and
/// paragraph separators as `�`.
pub fn visible(c: char) -> char {
    match c {
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => '\u{FFFD}',
        c => c,
    }
}

/// The ASCII punctuation that means something in CommonMark or GitHub Markdown anywhere in a
/// line: code, emphasis, strikethrough, links and images, autolinks and HTML, entities,
/// tables, headings, math. (`- + . )` only mean something at the start of a line, which
/// running text here never is: it follows `- [ ] ` or `## `; `(` only after a `]`, which is
/// always escaped, so parentheses stay as they are, for the reader of the raw text.)
const SPECIAL: &str = "\\`*_[]<>|#!~&$";

/// `text` as Markdown running text that renders as exactly `text` (control characters made
/// [`visible`]).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars().map(visible) {
        if SPECIAL.contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `code` as one Markdown code span (empty text gives nothing). The fence is one backtick
/// longer than the longest run of backticks inside, and a space pads each side when the text
/// starts or ends with a backtick or a space (CommonMark strips one space each side).
pub fn code_span(code: &str) -> String {
    if code.is_empty() {
        return String::new();
    }
    let code: String = code.chars().map(visible).collect();
    let (mut longest, mut run) = (0, 0);
    for c in code.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let edge = |c: Option<char>| matches!(c, Some('`' | ' '));
    let pad = if (edge(code.chars().next()) || edge(code.chars().last()))
        && !code.chars().all(|c| c == ' ')
    {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_outlast_the_backticks_inside() {
        assert_eq!(code_span("acme"), "`acme`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(code_span("a``b`"), "``` a``b` ```");
        assert_eq!(code_span(""), "");
    }

    #[test]
    fn no_value_breaks_a_line() {
        let out = code_span("ok\n\n- [x] done\r\u{2028}\u{85}");
        assert!(!out.contains(['\n', '\r', '\u{2028}', '\u{85}']), "{out}");
        assert!(out.contains("␊␊- [x] done␍"), "{out}");
        assert_eq!(escape_text("a\nb"), "a␊b");
    }

    #[test]
    fn running_text_escapes_markup() {
        assert_eq!(
            escape_text("**b** [t](https://x) <i> `c` _e_ |t| # ~s~ &amp; !$"),
            r"\*\*b\*\* \[t\](https://x) \<i\> \`c\` \_e\_ \|t\| \# \~s\~ \&amp; \!\$"
        );
        assert_eq!(escape_text(r"a\b"), r"a\\b");
    }
}
