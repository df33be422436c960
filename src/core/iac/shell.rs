//! Bash quoting. A single-quoted word is taken literally by the shell, with no expansion of
//! any kind; a `'` inside the value ends the quotes, is written as `\'`, and quoting resumes.

/// `value` as one bash word whose value is exactly `value`.
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('\'');
    for c in value.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// A here-document that writes `body` to the file `target` (a shell word, already quoted),
/// with a quoted delimiter so the shell expands nothing in the body. The delimiter is chosen
/// so that no line of the body can end the document early.
pub fn heredoc_to_file(target: &str, body: &str) -> String {
    let mut delimiter = "JSON".to_owned();
    while body.lines().any(|line| line == delimiter) {
        delimiter.push('_');
    }
    let mut out = format!("cat > {target} <<'{delimiter}'\n{body}");
    if !body.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&delimiter);
    out.push('\n');
    out
}

/// A comment line; anything that could end it early becomes `?`.
pub fn comment(text: &str) -> String {
    let safe: String = text
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if safe.is_empty() {
        "#".to_owned()
    } else {
        format!("# {safe}")
    }
}

/// A line of the script that prints `text` as is.
pub fn say(text: &str) -> String {
    format!("printf '%s\\n' {}", quote(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes() {
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("it's"), "'it'\\''s'");
        assert_eq!(quote("$(x)`y`"), "'$(x)`y`'");
    }

    #[test]
    fn heredoc_delimiter_never_appears_as_a_line() {
        let doc = heredoc_to_file("f", "JSON\nJSON_\n");
        assert!(doc.starts_with("cat > f <<'JSON__'\n"));
        assert!(doc.ends_with("\nJSON__\n"));
    }
}
