//! Why a pasted text cannot be checked, and where: the reading's problems (malformed JSON, not
//! an IAM policy) and the reader's own values that leave nothing to compare with.

use crate::core::rules::{Graded, Problem, Severity};
use crate::core::text::{Arg, Msg};
use crate::msg;

/// What a value should have been, in an error message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    TextOrList,
    ObjectOrList,
}

impl Expected {
    fn key(self) -> &'static str {
        match self {
            Expected::Text => "text",
            Expected::TextOrList => "text-or-list",
            Expected::ObjectOrList => "object-or-list",
        }
    }
}

/// Why a pasted text cannot be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputProblem {
    Empty,
    /// Longer than the checker reads (more than `max` characters without whitespace).
    TooLong {
        max: usize,
    },
    /// An identity policy longer than a managed policy may be.
    IdentityTooLong {
        chars: usize,
        max: usize,
    },
    /// A trust policy longer than a role's trust policy may be.
    TrustTooLong {
        chars: usize,
        max: usize,
    },
    /// Malformed JSON.
    Syntax,
    TrailingComma,
    KeyNotString,
    /// Text after the end of the JSON document (two documents, a stray character).
    TrailingCharacters,
    /// The text stops before the JSON is complete.
    Truncated,
    /// Valid JSON, but not an object.
    NotAnObject,
    UnknownElement {
        name: String,
    },
    DuplicateElement {
        name: String,
    },
    MissingElement {
        element: &'static str,
        statement: Option<usize>,
    },
    Version {
        found: String,
    },
    WrongType {
        element: &'static str,
        expected: Expected,
    },
    StatementNotObject {
        statement: usize,
    },
    Effect {
        found: String,
    },
    Exclusive {
        first: &'static str,
        second: &'static str,
        statement: usize,
    },
    Principal {
        statement: usize,
    },
    Condition {
        statement: usize,
    },
    /// Both `Principal` and `Resource`: a resource-based policy such as a bucket policy.
    ResourcePolicy,
    /// A trust policy statement without `Principal`.
    TrustWithoutPrincipal {
        statement: usize,
    },
    /// The reader's bucket name is not valid: nothing to compare with.
    Bucket,
    /// Braze's account ID or external ID is not valid: nothing to compare a trust policy with.
    TrustValues,
    /// The same, while the secret-key method is chosen (those fields are then hidden).
    TrustWithSecretKey,
}

/// Why the check could not run, and where in the text (1-based line and column, as
/// serde_json counts them) when that is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckError {
    pub problem: InputProblem,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl CheckError {
    /// "Line L, column C", when the problem has a place in the text.
    pub fn location(&self) -> Option<Msg> {
        let (line, column) = (self.line?, self.column?);
        Some(msg!("checker-error-location", line = line, column = column))
    }

    pub fn message(&self) -> Msg {
        match &self.problem {
            InputProblem::Empty => msg!("checker-error-empty"),
            InputProblem::TooLong { max } => msg!("checker-error-too-long", max = *max),
            InputProblem::IdentityTooLong { chars, max } => {
                msg!(
                    "checker-error-identity-too-long",
                    chars = *chars,
                    max = *max
                )
            }
            InputProblem::TrustTooLong { chars, max } => {
                msg!("checker-error-trust-too-long", chars = *chars, max = *max)
            }
            InputProblem::Syntax => msg!("checker-error-syntax"),
            InputProblem::TrailingComma => msg!("checker-error-trailing-comma"),
            InputProblem::KeyNotString => msg!("checker-error-key-not-string"),
            InputProblem::TrailingCharacters => msg!("checker-error-trailing-characters"),
            InputProblem::Truncated => msg!("checker-error-truncated"),
            InputProblem::NotAnObject => msg!("checker-error-not-object"),
            InputProblem::UnknownElement { name } => {
                msg!("checker-error-unknown-element", name = name)
            }
            InputProblem::DuplicateElement { name } => {
                msg!("checker-error-duplicate-element", name = name)
            }
            InputProblem::MissingElement {
                element,
                statement: None,
            } => msg!("checker-error-missing-element", element = *element),
            InputProblem::MissingElement {
                element,
                statement: Some(statement),
            } => msg!(
                "checker-error-missing-in-statement",
                element = *element,
                statement = *statement
            ),
            InputProblem::Version { found } => msg!("checker-error-version", found = found),
            InputProblem::WrongType { element, expected } => msg!(
                "checker-error-wrong-type",
                element = *element,
                expected = Arg::Key(expected.key())
            ),
            InputProblem::StatementNotObject { statement } => {
                msg!("checker-error-statement-not-object", statement = *statement)
            }
            InputProblem::Effect { found } => msg!("checker-error-effect", found = found),
            InputProblem::Exclusive {
                first,
                second,
                statement,
            } => msg!(
                "checker-error-exclusive",
                first = *first,
                second = *second,
                statement = *statement
            ),
            InputProblem::Principal { statement } => {
                msg!("checker-error-principal", statement = *statement)
            }
            InputProblem::Condition { statement } => {
                msg!("checker-error-condition", statement = *statement)
            }
            InputProblem::ResourcePolicy => msg!("checker-error-resource-policy"),
            InputProblem::TrustWithoutPrincipal { statement } => {
                msg!(
                    "checker-error-trust-without-principal",
                    statement = *statement
                )
            }
            InputProblem::Bucket => msg!("checker-error-bucket"),
            InputProblem::TrustValues => msg!("checker-error-trust-values"),
            InputProblem::TrustWithSecretKey => msg!("checker-error-trust-secret-key"),
        }
    }
}

/// Whether a value the reader typed is usable: only warnings, no error.
pub fn usable(problems: &[Problem]) -> bool {
    problems.iter().all(|p| p.severity() == Severity::Warning)
}
