//! IAM's wildcards: `*` (any run of characters) and `?` (exactly one character), nothing else.
//! A `.` or any other character stands for itself. The core's lowest floor: the policy
//! evaluator ([`crate::core::iam`]), the checker's warnings and the guide's wildcard note
//! ([`crate::core::wildcard_note`]) all match through it.
//!
//! Matching one text is a dynamic programme over the pattern's tokens (one pass over the text, a
//! set of live pattern positions), so a hostile pattern such as `*a*a*a…b` costs at most
//! O(text × tokens) steps and never backtracks. Runs of `*` are collapsed first, and a pattern
//! with more literal characters than the text has is rejected before any work, so the tokens
//! are never more than about twice the text's length. Sets of texts ("every key Braze writes
//! under the folder") against patterns are [`sets`]'s: intersection and containment.
//!
//! ARNs follow the IAM documentation on wildcards in resource ARNs: wildcards work within a
//! colon-separated segment, except that a `*` that is the last character of a segment may
//! also match across colons. Actions have no segments: their wildcards match anything.

pub mod sets;

/// One element of a compiled pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token {
    Literal(char),
    /// `?`: exactly one character; `colon` says whether a colon is one of them.
    One {
        colon: bool,
    },
    /// `*`: any run of characters; `colon` says whether colons are part of "any".
    Star {
        colon: bool,
    },
}

impl Token {
    /// Whether this token can consume `c` (a `*` stays where it is).
    fn takes(self, c: char) -> bool {
        match self {
            Token::Literal(l) => l == c,
            Token::One { colon } | Token::Star { colon } => colon || c != ':',
        }
    }
}

/// A compiled wildcard pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glob {
    tokens: Vec<Token>,
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

    /// Exactly `text`, every character literal (a `*` in it is a star, not a wildcard).
    pub fn exact(text: &str) -> Self {
        Self::from_tokens(text.chars().map(Token::Literal).collect())
    }

    /// Every text that starts with `prefix` (taken literally) and goes on for at least one
    /// more character, of any kind: the keys Braze may write under a folder.
    pub fn under(prefix: &str) -> Self {
        let mut tokens: Vec<Token> = prefix.chars().map(Token::Literal).collect();
        tokens.push(Token::One { colon: true });
        tokens.push(Token::Star { colon: true });
        Self::from_tokens(tokens)
    }

    fn from_tokens(tokens: Vec<Token>) -> Self {
        let literals = tokens
            .iter()
            .filter(|t| !matches!(t, Token::Star { .. }))
            .count();
        Self {
            tokens,
            fold_case: false,
            literals,
        }
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
                    let colon = !segmented || matches!(chars.get(i), None | Some(':'));
                    push_star(&mut tokens, colon);
                }
                '?' => tokens.push(Token::One { colon: !segmented }),
                c => tokens.push(Token::Literal(c)),
            }
        }
        (Self::from_tokens(tokens), has_variable)
    }

    pub(crate) fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The literal characters the pattern starts with, and the tokens after them.
    pub(crate) fn split_literal(&self) -> (String, &[Token]) {
        let at = self
            .tokens
            .iter()
            .position(|t| !matches!(t, Token::Literal(_)))
            .unwrap_or(self.tokens.len());
        let prefix = self.tokens[..at]
            .iter()
            .filter_map(|t| match t {
                Token::Literal(c) => Some(*c),
                _ => None,
            })
            .collect();
        (prefix, &self.tokens[at..])
    }

    /// The live positions at the start: position 0, and every position a leading run of `*`
    /// may skip to.
    pub(crate) fn start(&self) -> Vec<bool> {
        let mut live = vec![false; self.tokens.len() + 1];
        live[0] = true;
        self.close(&mut live);
        live
    }

    /// The live positions after reading `c` from `live` (all false: the text cannot match).
    pub(crate) fn step(&self, live: &[bool], c: char) -> Vec<bool> {
        let mut next = vec![false; self.tokens.len() + 1];
        self.step_into(live, c, &mut next);
        next
    }

    /// [`Self::step`] into a buffer of the same length as `live`.
    fn step_into(&self, live: &[bool], c: char, next: &mut [bool]) {
        next.iter_mut().for_each(|b| *b = false);
        for (j, token) in self.tokens.iter().enumerate() {
            if live[j] && token.takes(c) {
                match token {
                    Token::Star { .. } => next[j] = true,
                    _ => next[j + 1] = true,
                }
            }
        }
        self.close(next);
    }

    /// Whether `live` holds the end of the pattern: the text read so far matches.
    pub(crate) fn accepts(&self, live: &[bool]) -> bool {
        live[self.tokens.len()]
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
        let mut live = self.start();
        let mut next = vec![false; live.len()];
        for &c in &text {
            self.step_into(&live, c, &mut next);
            if !next.contains(&true) {
                return false;
            }
            std::mem::swap(&mut live, &mut next);
        }
        self.accepts(&live)
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
            .any(|t| matches!(t, Token::One { .. } | Token::Star { .. }))
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
                token @ Token::One { .. } => {
                    for c in candidates(s).into_iter().flatten() {
                        if token.takes(c) {
                            push(p + 1, step(s, c), &mut seen, &mut stack);
                        }
                    }
                }
                token @ Token::Star { .. } => {
                    push(p + 1, s, &mut seen, &mut stack);
                    for c in candidates(s).into_iter().flatten() {
                        if token.takes(c) {
                            push(p, step(s, c), &mut seen, &mut stack);
                        }
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

fn push_star(tokens: &mut Vec<Token>, colon: bool) {
    if let Some(Token::Star { colon: last }) = tokens.last_mut() {
        // `**` is `*`; the run spans colons if its last star does (see module docs).
        *last = colon;
        return;
    }
    tokens.push(Token::Star { colon });
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
    fn exact_and_under_take_their_text_literally() {
        assert!(Glob::exact("a*b").matches("a*b"));
        assert!(!Glob::exact("a*b").matches("axb"));
        let keys = Glob::under("b/c?/");
        assert!(keys.matches("b/c?/x"));
        assert!(keys.matches("b/c?/x:y/z"));
        assert!(!keys.matches("b/c?/"));
        assert!(!keys.matches("b/cx/y"));
    }

    #[test]
    fn witness_search() {
        let (g, _) = Glob::arn("arn:aws:s3:::bucket*", Variables::Literal);
        assert!(g.can_match("arn:aws:s3:::bucket/", |o| o == Outcome::Left(19)));
        let (g, _) = Glob::arn("arn:aws:s3:::bucket/*", Variables::Literal);
        assert!(!g.can_match("arn:aws:s3:::bucket/", |o| matches!(o, Outcome::Left(_))));
    }
}
