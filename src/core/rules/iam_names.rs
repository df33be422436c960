//! IAM's name rules: a user's or policy's name, and a role typed as its name or as its path and
//! name (the way the role's ARN writes them).

use super::{Problem, USER_ROLE_NAME_MAX};
use crate::core::invisible::offending;

/// An IAM user, role or policy name: 1–`max` characters of `A-Za-z0-9 + = , . @ - _`.
pub fn iam_name(value: &str, max: usize) -> Vec<Problem> {
    let mut problems = Vec::new();
    let len = value.chars().count();
    if !(1..=max).contains(&len) {
        problems.push(Problem::NameLength { max, len });
    }
    let found = offending(value, |c| {
        c.is_ascii_alphanumeric() || "+=,.@-_".contains(c)
    });
    if !found.is_empty() {
        problems.push(Problem::NameCharacters { found });
    }
    problems
}

/// The longest path IAM gives a role, slashes included (AWS, IAM API `CreateRole`, `Path`).
pub const ROLE_PATH_MAX: usize = 512;

/// An IAM role as the reader may type it: its name, or its path and name as the role's ARN
/// writes them (`service/braze/pc-r`; a leading `/` may be typed). The name follows IAM's
/// name rules; the path IAM's path rules (`/`-separated, at most 512 characters with its
/// slashes), narrowed to what this widget writes into scripts and templates: no empty segment,
/// and in each segment the characters of IAM names (IAM also accepts other printable ASCII
/// characters in a path; they would need quoting in every generated file).
pub fn role_name(value: &str) -> Vec<Problem> {
    let typed = value.strip_prefix('/').unwrap_or(value);
    let Some((path, name)) = typed.rsplit_once('/') else {
        return iam_name(value, USER_ROLE_NAME_MAX);
    };
    let mut problems = Vec::new();
    let len = path.chars().count() + 2;
    if len > ROLE_PATH_MAX {
        problems.push(Problem::RolePathLength {
            max: ROLE_PATH_MAX,
            len,
        });
    }
    if path.split('/').any(str::is_empty) {
        problems.push(Problem::RolePathEmptySegment);
    }
    let found = offending(path, |c| {
        c == '/' || c.is_ascii_alphanumeric() || "+=,.@-_".contains(c)
    });
    if !found.is_empty() {
        problems.push(Problem::RolePathCharacters { found });
    }
    problems.extend(iam_name(name, USER_ROLE_NAME_MAX));
    problems
}
