//! The bucket a message names, exactly as Braze has it, and how that differs from a bucket name.
//!
//! Braze quotes the bucket name the reader typed into its form (`… in the 'NAME' bucket.`), so a
//! name typed wrongly there comes back in its message as typed: upper case, a space at either
//! end, the AWS CLI's `s3://NAME`, the ARN `arn:aws:s3:::NAME`, `NAME/folder`. It is read as it
//! is (never trimmed nor refused), and each mistake is named, so the reader sees exactly what
//! Braze has and why it is not a bucket name (AWS's naming rules, docs/facts.md).

use super::arn;

/// A way the name Braze has is not a bucket name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mistake {
    /// White space before or after the name.
    Space,
    /// `s3://NAME`: the AWS CLI's address of the bucket, not its name.
    Scheme,
    /// `arn:aws:s3:::NAME`: the bucket's ARN, not its name.
    Arn,
    /// `NAME/FOLDER`: a folder path after the name (without its slashes; empty for a lone
    /// trailing slash).
    Folder(String),
    /// Upper-case letters: bucket names have none.
    UpperCase,
}

impl Mistake {
    /// The value of `data-braze-error-reason`.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Space => "space",
            Self::Scheme => "s3-scheme",
            Self::Arn => "arn",
            Self::Folder(_) => "folder",
            Self::UpperCase => "upper-case",
        }
    }
}

/// What a name as typed stands for: the bucket name without the mistakes, and the mistakes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AsTyped {
    /// Lower case, without spaces, scheme, ARN prefix or folder.
    pub name: String,
    pub mistakes: Vec<Mistake>,
}

pub fn as_typed(raw: &str) -> AsTyped {
    let mut mistakes = Vec::new();
    let mut rest = raw.trim();
    if rest.len() != raw.len() {
        mistakes.push(Mistake::Space);
    }
    let lower = rest.to_ascii_lowercase();
    if lower.starts_with("s3://") {
        mistakes.push(Mistake::Scheme);
        rest = &rest["s3://".len()..];
    } else if let Some(at) = lower
        .strip_prefix("arn:")
        .and_then(|_| lower.find(":s3:::"))
    {
        mistakes.push(Mistake::Arn);
        rest = &rest[at + ":s3:::".len()..];
    }
    if let Some((name, folder)) = rest.split_once('/') {
        mistakes.push(Mistake::Folder(folder.trim_matches('/').to_owned()));
        rest = name;
    }
    if rest.chars().any(|c| c.is_ascii_uppercase()) {
        mistakes.push(Mistake::UpperCase);
    }
    AsTyped {
        name: rest.to_ascii_lowercase(),
        mistakes,
    }
}

/// Whether `name` has the length and characters of a bucket name (the full rules are
/// `rules.rs`'s; this only tells a bucket name from other quoted words).
fn plausible(name: &str) -> bool {
    (3..=63).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

/// Whether a quoted or ARN value stands for a bucket name, typed rightly or wrongly.
fn names_a_bucket(raw: &str) -> bool {
    raw.len() <= 2_048 && !raw.contains(['\n', '\r']) && plausible(&as_typed(raw).name)
}

/// The word for "bucket" as Braze's message may say it in the widget's languages (the AWS
/// console's word too, for Spanish): the name is quoted next to it, before or after.
const BUCKET_WORDS: [&str; 5] = ["bucket", "compartiment", "contenedor", "バケット", "버킷"];

fn is_quote(c: char) -> bool {
    "'\"‘’“”«»「」„".contains(c)
}

/// Guillemets are set off by a (narrow) space in French: typography, not part of the name.
fn spaced(c: char) -> bool {
    c == '«' || c == '»'
}

/// A quoted stretch of the text: what is between two quote marks, and the text on either side
/// up to the next marks. Every pair of neighbouring marks is tried, so an apostrophe (`n'a`,
/// `doesn't`) cannot shift the pairs that follow it.
struct Quoted<'a> {
    inside: &'a str,
    before: &'a str,
    after: &'a str,
}

fn quoted_all(text: &str) -> Vec<Quoted<'_>> {
    let marks: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| is_quote(*c)).collect();
    let end_of = |i: usize| marks[i].0 + marks[i].1.len_utf8();
    (0..marks.len().saturating_sub(1))
        .map(|i| {
            let (open, close) = (marks[i].1, marks[i + 1].1);
            let mut inside = &text[end_of(i)..marks[i + 1].0];
            if spaced(open) || spaced(close) {
                inside = inside.trim();
            }
            Quoted {
                inside,
                before: &text[if i == 0 { 0 } else { end_of(i - 1) }..marks[i].0],
                after: &text[end_of(i + 1)..marks.get(i + 2).map_or(text.len(), |m| m.0)],
            }
        })
        .collect()
}

/// What is between each pair of neighbouring quote marks, in order.
pub fn quoted_spans(text: &str) -> impl Iterator<Item = &str> {
    quoted_all(text).into_iter().map(|q| q.inside)
}

/// `… in the 'acme' bucket`, `… au compartiment « acme »`, `バケット「acme」`: a quoted name
/// beside the word for bucket, as written between its quotes.
pub fn quoted(text: &str) -> Option<String> {
    let beside_word = |s: &str, before: bool| {
        let lower = s.trim().to_lowercase();
        BUCKET_WORDS.iter().any(|word| {
            if before {
                lower.ends_with(word)
            } else {
                lower.starts_with(word)
            }
        })
    };
    quoted_all(text).into_iter().find_map(|q| {
        let named = beside_word(q.after, false) || beside_word(q.before, true);
        (named && names_a_bucket(q.inside)).then(|| q.inside.to_owned())
    })
}

/// The bucket of the first S3 ARN of the text, as written.
pub fn in_arn(text: &str) -> Option<String> {
    arn::all(text)
        .into_iter()
        .filter_map(|found| arn::bucket(found.arn))
        .find(|name| names_a_bucket(name))
        .map(str::to_owned)
}
