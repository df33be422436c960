//! IAM's wildcards: `*` (any run of characters) and `?` (exactly one character), nothing else.
//! A `.` or any other character stands for itself.
//!
//! Matching is a dynamic programme over the pattern's tokens (one pass over the text, a set of
//! live pattern positions), so a hostile pattern such as `*a*a*a…b` costs at most
//! O(text × tokens) steps and never backtracks. Runs of `*` are collapsed first, and a pattern
//! with more literal characters than the text has is rejected before any work, so the
//! tokens are never more than about twice the text's length.
//!
//! ARNs follow the IAM documentation on wildcards in resource ARNs: wildcards work within a
//! colon-separated segment, except that a `*` that is the last character of a segment may
//! also match across colons. Actions have no segments: their wildcards match anything.

/// One element of a compiled pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    Literal(char),
    /// `?`: exactly one character (not a colon, in an ARN).
    One,
    /// `*`: any run of characters; `spans` says whether colons are part of "any".
    Star {
        spans: bool,
    },
}

/// A compiled wildcard pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glob {
    tokens: Vec<Token>,
    /// Colons are segment boundaries (ARN patterns).
    segmented: bool,
    /// Compared case-insensitively (ASCII), as IAM compares action names.
    fold_case: bool,
    literals: usize,
}

/// How the pattern's `${…}` policy variables are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variables {
    /// Version `2008-10-17` (or none): `${…}` is plain text.
    Literal,
    /// Version `2012-10-17`: `${*}`, `${?}`, `${$}` are the escaped characters; any other
    /// `${…}` is a value known only at request time, read here as "anything".
    Substituted,
}

impl Glob {
    /// A resource (ARN) pattern. Also reports whether a policy variable stands in it.
    pub fn arn(pattern: &str, variables: Variables) -> (Self, bool) {
        Self::compile(pattern, true, variables)
    }

    /// An action pattern, matched case-insensitively (IAM's action names are).
    pub fn action(pattern: &str) -> Self {
        let mut glob = Self::compile(&pattern.to_ascii_lowercase(), false, Variables::Literal).0;
        glob.fold_case = true;
        glob
    }

    /// A plain pattern (`StringLike` values): wildcards match anything, case-sensitively.
    pub fn plain(pattern: &str) -> Self {
        Self::compile(pattern, false, Variables::Literal).0
    }

    fn compile(pattern: &str, segmented: bool, variables: Variables) -> (Self, bool) {
        let chars: Vec<char> = pattern.chars().collect();
        let mut tokens: Vec<Token> = Vec::new();
        let mut has_variable = false;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if variables == Variables::Substituted && c == '$' && chars.get(i + 1) == Some(&'{') {
                if let Some(len) = chars[i + 2..].iter().position(|&c| c == '}') {
                    let inner: String = chars[i + 2..i + 2 + len].iter().collect();
                    i += len + 3;
                    match inner.as_str() {
                        "*" => tokens.push(Token::Literal('*')),
                        "?" => tokens.push(Token::Literal('?')),
                        "$" => tokens.push(Token::Literal('$')),
                        _ => {
                            has_variable = true;
                            push_star(&mut tokens, true);
                        }
                    }
                    continue;
                }
            }
            i += 1;
            match c {
                '*' => {
                    // The last character of a segment: followed by a colon or the end.
                    let spans = !segmented || matches!(chars.get(i), None | Some(':'));
                    push_star(&mut tokens, spans);
                }
                '?' => tokens.push(Token::One),
                c => tokens.push(Token::Literal(c)),
            }
        }
        let literals = tokens
            .iter()
            .filter(|t| !matches!(t, Token::Star { .. }))
            .count();
        (
            Self {
                tokens,
                segmented,
                fold_case: false,
                literals,
            },
            has_variable,
        )
    }

    /// Whether the pattern matches all of `text`.
    pub fn matches(&self, text: &str) -> bool {
        let text: Vec<char> = if self.fold_case {
            text.chars().map(|c| c.to_ascii_lowercase()).collect()
        } else {
            text.chars().collect()
        };
        if self.literals > text.len() {
            return false;
        }
        let n = self.tokens.len();
        let mut live = vec![false; n + 1];
        live[0] = true;
        self.close(&mut live);
        let mut next = vec![false; n + 1];
        for &c in &text {
            next.iter_mut().for_each(|b| *b = false);
            let mut any = false;
            for j in 0..n {
                if !live[j] {
                    continue;
                }
                match self.tokens[j] {
                    Token::Literal(l) if l == c => {
                        next[j + 1] = true;
                        any = true;
                    }
                    Token::One if !(self.segmented && c == ':') => {
                        next[j + 1] = true;
                        any = true;
                    }
                    Token::Star { spans } if spans || c != ':' => {
                        next[j] = true;
                        any = true;
                    }
                    _ => {}
                }
            }
            if !any {
                return false;
            }
            std::mem::swap(&mut live, &mut next);
            self.close(&mut live);
        }
        live[n]
    }

    /// Lets every live `*` also match nothing.
    fn close(&self, live: &mut [bool]) {
        for j in 0..self.tokens.len() {
            if live[j] && matches!(self.tokens[j], Token::Star { .. }) {
                live[j + 1] = true;
            }
        }
    }

    /// Whether the pattern has any wildcard.
    pub fn is_wild(&self) -> bool {
        self.tokens
            .iter()
            .any(|t| matches!(t, Token::One | Token::Star { .. }))
    }

    /// Whether the pattern matches some text that `reference` classifies as accepted.
    ///
    /// `reference` is read as a trie of one string: a text either follows it for a while and
    /// then leaves it (at some position, by some character), or ends inside it, or goes past
    /// its end. [`Outcome`] names each case, and `accept` decides which count. The search is
    /// a breadth-first walk of (pattern position, reference position) pairs, so it is
    /// bounded by tokens × reference length, whatever the pattern.
    pub fn can_match(&self, reference: &str, accept: impl Fn(Outcome) -> bool) -> bool {
        let reference: Vec<char> = reference.chars().collect();
        let n = self.tokens.len();
        let r = reference.len();
        // Reference states: 0..=r follow the reference; LEFT(at) = diverged at `at`.
        // A pair is (pattern position, state); state r + 1 + at means "left at `at`".
        let states = 2 * r + 2;
        let mut seen = vec![false; (n + 1) * states];
        let mut stack: Vec<(usize, usize)> = Vec::new();
        let push = |p: usize, s: usize, seen: &mut Vec<bool>, stack: &mut Vec<(usize, usize)>| {
            if !seen[p * states + s] {
                seen[p * states + s] = true;
                stack.push((p, s));
            }
        };
        push(0, 0, &mut seen, &mut stack);
        while let Some((p, s)) = stack.pop() {
            if p == n {
                let outcome = if s <= r {
                    if s == r {
                        Outcome::Past
                    } else {
                        Outcome::Inside(s)
                    }
                } else {
                    Outcome::Left(s - r - 1)
                };
                if accept(outcome) {
                    return true;
                }
                continue;
            }
            // The reference state after reading `c`.
            let step = |s: usize, c: char| -> usize {
                if s < r {
                    if reference[s] == c {
                        s + 1
                    } else {
                        r + 1 + s
                    }
                } else {
                    s // past the end, or already left: stays
                }
            };
            // Characters worth trying for a wildcard: the reference's next one, and two
            // others (one of them differs from it), never a colon.
            let candidates = |s: usize| -> [Option<char>; 3] {
                let next = if s < r { Some(reference[s]) } else { None };
                [next, Some('x'), Some('y')]
            };
            match self.tokens[p] {
                Token::Literal(c) => push(p + 1, step(s, c), &mut seen, &mut stack),
                Token::One => {
                    for c in candidates(s).into_iter().flatten() {
                        if self.segmented && c == ':' {
                            continue;
                        }
                        push(p + 1, step(s, c), &mut seen, &mut stack);
                    }
                }
                Token::Star { spans } => {
                    push(p + 1, s, &mut seen, &mut stack);
                    for c in candidates(s).into_iter().flatten() {
                        if !spans && c == ':' {
                            continue;
                        }
                        push(p, step(s, c), &mut seen, &mut stack);
                    }
                }
            }
        }
        false
    }
}

/// Where a text ends up relative to a reference string (see [`Glob::can_match`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The text is a proper prefix of the reference, `len` characters long.
    Inside(usize),
    /// The text starts with the whole reference.
    Past,
    /// The text follows the reference for `at` characters, then differs.
    Left(usize),
}

fn push_star(tokens: &mut Vec<Token>, spans: bool) {
    if let Some(Token::Star { spans: last }) = tokens.last_mut() {
        // `**` is `*`; the run spans colons if its last star does (see module docs).
        *last = spans;
        return;
    }
    tokens.push(Token::Star { spans });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arn(p: &str, t: &str) -> bool {
        Glob::arn(p, Variables::Substituted).0.matches(t)
    }

    #[test]
    fn wildcards() {
        assert!(arn("arn:aws:s3:::b?cket", "arn:aws:s3:::bucket"));
        assert!(!arn("arn:aws:s3:::bucket?", "arn:aws:s3:::bucket"));
        assert!(!arn("arn:aws:s3:::b.cket", "arn:aws:s3:::bucket"));
        assert!(arn("arn:aws:s3:::bucket*", "arn:aws:s3:::bucket/*"));
        assert!(arn("*", "arn:aws:s3:::bucket"));
        assert!(arn("arn:aws:s3*", "arn:aws:s3:::bucket"));
        assert!(!arn("arn:a*3:::bucket", "arn:aws:s3:::bucket"));
        assert!(arn("arn:aws:s3:::${aws:username}", "arn:aws:s3:::bucket"));
        assert!(arn("arn:aws:s3:::a${*}", "arn:aws:s3:::a*"));
        assert!(!arn("arn:aws:s3:::a${*}", "arn:aws:s3:::ab"));
    }

    #[test]
    fn witness_search() {
        let (g, _) = Glob::arn("arn:aws:s3:::bucket*", Variables::Literal);
        assert!(g.can_match("arn:aws:s3:::bucket/", |o| o == Outcome::Left(19)));
        let (g, _) = Glob::arn("arn:aws:s3:::bucket/*", Variables::Literal);
        assert!(!g.can_match("arn:aws:s3:::bucket/", |o| matches!(o, Outcome::Left(_))));
    }
}
