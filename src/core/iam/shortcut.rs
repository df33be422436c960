//! The evaluator's cheap literal tests (issue 22): a pasted report may hold 2,000 policies,
//! tens of thousands of statements, nearly all about other buckets and other services, and
//! each judging reads every one for each of Braze's requests. Before any pattern is compiled
//! or any set of keys searched, a statement is set aside when plain text comparison shows it
//! cannot touch the request: its actions do not name it, or its resources start with text
//! that no ARN of the request starts with (`arn:aws:s3:::other-bucket…` against
//! `arn:aws:s3:::BUCKET/currents/`). Each test answers exactly what the full evaluation would
//! (`evaluate_every_statement`; `tests/judging_speed.rs` compares both on random policies).

use super::document::Patterns;
use crate::core::wildcard::Glob;

/// Whether one action pattern matches `action`, as [`Glob::action`] does (without case; `*`
/// any run, `?` one character), compiling only the patterns the literal tests cannot decide.
/// Without wildcards, the names compare; otherwise the action must begin with the pattern's
/// literal start, and when only `*` follows it, that is all it takes.
pub(super) fn action_matches(pattern: &str, action: &str) -> bool {
    let Some(at) = pattern.bytes().position(|b| b == b'*' || b == b'?') else {
        return pattern.eq_ignore_ascii_case(action);
    };
    let start = &pattern.as_bytes()[..at];
    let begins = action
        .as_bytes()
        .get(..at)
        .is_some_and(|begins| begins.eq_ignore_ascii_case(start));
    begins
        && (pattern.as_bytes()[at..].iter().all(|b| *b == b'*')
            || Glob::action(pattern).matches(action))
}

/// Whether a resource pattern may match one of a set of ARNs that all start with
/// `set_prefix`: only if the pattern's literal start (up to its first `*`, `?` or `$`: a
/// `${…}` may be a variable, or an escape) and `set_prefix` agree as far as both go. When
/// not, the pattern matches none of the set: what `wildcard::sets::cover` answers first,
/// before any work, from the compiled pattern's literal start (never shorter than the one read
/// here), so leaving such a pattern out changes no answer and no budget. Bytes are compared,
/// as `str::starts_with` does: the wildcards are ASCII.
pub(super) fn may_meet(pattern: &str, set_prefix: &str) -> bool {
    for (p, s) in pattern.bytes().zip(set_prefix.bytes()) {
        if matches!(p, b'*' | b'?' | b'$') {
            return true;
        }
        if p != s {
            return false;
        }
    }
    true
}

/// Whether a statement's `Resource` may take in one of the request's ARNs ([`may_meet`]).
/// When not, the statement applies to no key of the request: it says "no" for every kind of
/// key, which changes no answer, and its principal, conditions and patterns need not be
/// read. A `NotResource` always may; a statement without either applies to nothing.
pub(super) fn may_touch(resource: Option<&Patterns>, set_prefix: &str) -> bool {
    match resource {
        None => false,
        Some(resource) if resource.negated => true,
        Some(resource) => resource.values.iter().any(|p| may_meet(p, set_prefix)),
    }
}
