//! A small YAML emitter for JSON data ([`Value`] trees), safe by construction: every string is a
//! double-quoted scalar in which only printable ASCII appears as itself, so no value can be
//! read as a number, a boolean, a null, a tag, an anchor, a comment or a new line. Block style
//! for maps and lists, two-space indentation, as CloudFormation templates are usually written.

use serde_json::Value;

/// The document: comment lines, then `node` in block style.
pub fn document(comments: &[String], node: &Value) -> String {
    let mut out = String::new();
    for line in comments {
        out.push_str(&comment(line));
        out.push('\n');
    }
    match scalar(node) {
        Some(s) => {
            out.push_str(&s);
            out.push('\n');
        }
        None => block(&mut out, node, 0),
    }
    out
}

/// A `# ` comment line; anything that could end the comment early becomes `?`.
pub fn comment(text: &str) -> String {
    let safe: String = text
        .chars()
        .map(|c| {
            if c.is_control() || is_yaml_break(c) {
                '?'
            } else {
                c
            }
        })
        .collect();
    if safe.is_empty() {
        "#".to_owned()
    } else {
        format!("# {safe}")
    }
}

/// Characters YAML 1.1 parsers treat as line breaks besides `\n` and `\r`.
fn is_yaml_break(c: char) -> bool {
    matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A double-quoted YAML scalar. Printable ASCII stays as is (but `"` and `\`); everything
/// else is an escape sequence YAML defines (`\n`, `\t`, `\r`, `\uXXXX`, `\UXXXXXXXX`).
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            c if (c as u32) <= 0xFFFF => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push_str(&format!("\\U{:08X}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Words a YAML 1.1 parser reads as booleans or null when plain.
const RESERVED_WORDS: [&str; 9] = ["y", "yes", "n", "no", "true", "false", "on", "off", "null"];

/// A mapping key: plain when it is a simple word no parser can misread, else quoted.
pub fn key(name: &str) -> String {
    let simple = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && !RESERVED_WORDS.contains(&name.to_ascii_lowercase().as_str());
    if simple {
        name.to_owned()
    } else {
        quote(name)
    }
}

/// The inline form of a node that fits on its key's line, if it has one.
fn scalar(node: &Value) -> Option<String> {
    match node {
        Value::Null => Some("null".to_owned()),
        Value::Bool(b) => Some(b.to_string()),
        // serde_json writes a number as JSON does, which YAML reads as the same number.
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(quote(s)),
        Value::Array(items) if items.is_empty() => Some("[]".to_owned()),
        Value::Object(entries) if entries.is_empty() => Some("{}".to_owned()),
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// A non-empty map or list in block style, every line indented by `indent` spaces.
fn block(out: &mut String, node: &Value, indent: usize) {
    let pad = " ".repeat(indent);
    match node {
        Value::Object(entries) => {
            for (k, v) in entries {
                out.push_str(&pad);
                out.push_str(&key(k));
                out.push(':');
                value_after_indicator(out, v, indent + 2);
            }
        }
        Value::Array(items) => {
            for item in items {
                match item {
                    // `- key: value` with the map's other entries aligned under the first.
                    Value::Object(entries) if !entries.is_empty() => {
                        let mut nested = String::new();
                        block(&mut nested, item, indent + 2);
                        out.push_str(&pad);
                        out.push_str("- ");
                        out.push_str(&nested[indent + 2..]);
                    }
                    _ => {
                        out.push_str(&pad);
                        out.push('-');
                        value_after_indicator(out, item, indent + 2);
                    }
                }
            }
        }
        _ => {
            if let Some(s) = scalar(node) {
                out.push_str(&pad);
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
}

/// What follows `key:` or `-`: a scalar on the same line, or a block on the next lines.
fn value_after_indicator(out: &mut String, node: &Value, indent: usize) {
    match scalar(node) {
        Some(s) => {
            out.push(' ');
            out.push_str(&s);
            out.push('\n');
        }
        None => {
            out.push('\n');
            block(out, node, indent);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_every_string_and_escapes_what_yaml_would_read() {
        assert_eq!(quote("012345678901"), "\"012345678901\"");
        assert_eq!(quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(
            quote("x\ny\u{85}z\u{1F600}"),
            "\"x\\ny\\u0085z\\U0001F600\""
        );
    }

    #[test]
    fn keys_are_plain_only_when_unambiguous() {
        assert_eq!(key("Resources"), "Resources");
        assert_eq!(key("Fn::GetAtt"), "\"Fn::GetAtt\"");
        assert_eq!(key("On"), "\"On\"");
        assert_eq!(key("1a"), "\"1a\"");
    }
}
