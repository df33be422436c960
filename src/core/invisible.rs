//! Invisible format characters (Unicode general category Cf): zero-width space and joiners,
//! the bidirectional marks, embeddings, overrides and isolates (RLO…), the byte-order mark, the
//! soft hyphen, tag characters. They show as nothing, or reorder what is around them, so a
//! text holding them reads as another text than the one stored: the folder path refuses them.
//! With the control characters, they are what every provider's field rules name for the
//! reader (one table for S3, Google Cloud Storage and Azure).

/// Every code point of general category Cf, as ranges, from the Unicode Character Database
/// 16.0 (`DerivedGeneralCategory.txt`, docs/facts.md). `tests/core_rules.rs` checks it against
/// the `\p{Cf}` class of the regex engine proptest uses, generated from the same database.
const FORMAT: [(char, char); 21] = [
    ('\u{ad}', '\u{ad}'),
    ('\u{600}', '\u{605}'),
    ('\u{61c}', '\u{61c}'),
    ('\u{6dd}', '\u{6dd}'),
    ('\u{70f}', '\u{70f}'),
    ('\u{890}', '\u{891}'),
    ('\u{8e2}', '\u{8e2}'),
    ('\u{180e}', '\u{180e}'),
    ('\u{200b}', '\u{200f}'),
    ('\u{202a}', '\u{202e}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206f}'),
    ('\u{feff}', '\u{feff}'),
    ('\u{fff9}', '\u{fffb}'),
    ('\u{110bd}', '\u{110bd}'),
    ('\u{110cd}', '\u{110cd}'),
    ('\u{13430}', '\u{1343f}'),
    ('\u{1bca0}', '\u{1bca3}'),
    ('\u{1d173}', '\u{1d17a}'),
    ('\u{e0001}', '\u{e0001}'),
    ('\u{e0020}', '\u{e007f}'),
];

/// Whether `c` is a format character (general category Cf).
pub fn is_format(c: char) -> bool {
    FORMAT
        .iter()
        .any(|(first, last)| (*first..=*last).contains(&c))
}

/// The distinct format characters of `text`, in order of appearance, each written as its code
/// point (`U+200B`): shown as themselves they would be invisible.
pub fn format_code_points(text: &str) -> String {
    let mut found: Vec<char> = Vec::new();
    for c in text.chars().filter(|c| is_format(*c)) {
        if !found.contains(&c) {
            found.push(c);
        }
    }
    found
        .iter()
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// C0 and C1 controls, DEL, and the Unicode line and paragraph separators (U+2028, U+2029).
pub fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// A character a reader cannot see as itself: a control or a format character.
pub fn is_invisible(c: char) -> bool {
    is_control(c) || is_format(c)
}

/// The distinct characters of `value` that `allowed` rejects, in order of appearance, for the
/// reader to find them: a space as `␣`, an invisible character as `�`.
pub fn offending(value: &str, allowed: impl Fn(char) -> bool) -> String {
    let mut found = String::new();
    for c in value.chars().filter(|c| !allowed(*c)) {
        let shown = match c {
            ' ' => '␣',
            c if is_invisible(c) => '�',
            c => c,
        };
        if !found.contains(shown) {
            if !found.is_empty() {
                found.push(' ');
            }
            found.push(shown);
        }
    }
    found
}
