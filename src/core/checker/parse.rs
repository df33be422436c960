//! Reads a pasted policy into [`Document`], or says precisely why it is not an IAM policy.
//!
//! The JSON reader keeps where every value and key starts, so every problem comes with a line
//! and column: a syntax error where the reading stopped, "this is not an IAM policy" at the
//! element that is wrong (or at the end of the statement that lacks one).

use super::{Expected, InputProblem};
use crate::core::json::{self, Located, Node, SyntaxProblem, Value};
use crate::core::policy::Effect;

/// The policy language version, which decides how `${…}` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    V2012,
    /// `2008-10-17`, or no `Version` element (IAM then uses 2008-10-17).
    V2008,
}

/// `Action` or `NotAction` (and the same for resources): the patterns and which of the two.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Patterns {
    pub negated: bool,
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrincipalSpec {
    /// `"Principal": "*"`.
    Any,
    /// Principal type (`AWS`, `Service`, …) → its values.
    Map(Vec<(String, Vec<String>)>),
}

/// One `operator → key → values` entry of a `Condition` block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    pub operator: String,
    pub key: String,
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// 1-based position in the document, as shown to the reader.
    pub number: usize,
    pub sid: Option<String>,
    pub effect: Effect,
    pub principal: Option<(PrincipalSpec, bool)>,
    pub action: Patterns,
    pub resource: Option<Patterns>,
    pub conditions: Vec<Condition>,
}

impl Statement {
    /// `(spec, negated)` of `Principal` / `NotPrincipal`.
    pub fn principal(&self) -> Option<(&PrincipalSpec, bool)> {
        self.principal.as_ref().map(|(p, n)| (p, *n))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub version: Version,
    pub statements: Vec<Statement>,
}

/// A problem found while reading, with where it is in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub problem: InputProblem,
    pub line: usize,
    pub column: usize,
}

/// A problem and the byte offset it is at.
type Found<T> = Result<T, (InputProblem, usize)>;

pub fn parse(text: &str) -> Result<Document, ParseError> {
    let root = json::parse(text).map_err(|e| {
        let problem = match e.problem {
            SyntaxProblem::Truncated => InputProblem::Truncated,
            SyntaxProblem::TrailingComma => InputProblem::TrailingComma,
            SyntaxProblem::KeyNotString => InputProblem::KeyNotString,
            SyntaxProblem::TrailingCharacters => InputProblem::TrailingCharacters,
            SyntaxProblem::Other => InputProblem::Syntax,
        };
        ParseError {
            problem,
            line: e.at.line,
            column: e.at.column,
        }
    })?;
    document(root).map_err(|(problem, offset)| {
        let at = json::position(text, offset);
        ParseError {
            problem,
            line: at.line,
            column: at.column,
        }
    })
}

fn document(root: Located) -> Found<Document> {
    let Value::Map(entries) = root.value else {
        return Err((InputProblem::NotAnObject, root.at));
    };
    let mut version = None;
    let mut id_seen = false;
    let mut statements = None;
    for (key, key_at, value) in entries {
        let duplicate = match key.as_str() {
            "Version" => version.is_some(),
            "Id" => id_seen,
            "Statement" => statements.is_some(),
            _ => false,
        };
        if duplicate {
            return Err((InputProblem::DuplicateElement { name: key }, key_at));
        }
        match key.as_str() {
            "Version" => {
                version = Some(match value.as_str() {
                    Some("2012-10-17") => Version::V2012,
                    Some("2008-10-17") => Version::V2008,
                    _ => {
                        let found = shown(&value);
                        return Err((InputProblem::Version { found }, value.at));
                    }
                });
            }
            "Id" => {
                id_seen = true;
                if value.as_str().is_none() {
                    return Err((wrong_type("Id", Expected::Text), value.at));
                }
            }
            "Statement" => statements = Some(statement_list(value)?),
            _ => return Err((InputProblem::UnknownElement { name: key }, key_at)),
        }
    }
    let Some(statements) = statements else {
        let missing = InputProblem::MissingElement {
            element: "Statement",
            statement: None,
        };
        return Err((missing, root.end));
    };
    Ok(Document {
        version: version.unwrap_or(Version::V2008),
        statements,
    })
}

fn statement_list(value: Located) -> Found<Vec<Statement>> {
    match value.value {
        Value::Map(_) => Ok(vec![statement(value, 1)?]),
        Value::List(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| statement(item, i + 1))
            .collect(),
        _ => Err((wrong_type("Statement", Expected::ObjectOrList), value.at)),
    }
}

fn statement(value: Located, number: usize) -> Found<Statement> {
    let end = value.end;
    let Value::Map(entries) = value.value else {
        let problem = InputProblem::StatementNotObject { statement: number };
        return Err((problem, value.at));
    };
    let mut seen: Vec<String> = Vec::new();
    let mut sid = None;
    let mut effect = None;
    let mut principal = None;
    let mut not_principal = None;
    let mut action = None;
    let mut not_action = None;
    let mut resource = None;
    let mut not_resource = None;
    let mut conditions = Vec::new();
    for (key, key_at, value) in entries {
        if seen.contains(&key) {
            return Err((InputProblem::DuplicateElement { name: key }, key_at));
        }
        let element: &'static str = match key.as_str() {
            "Sid" => "Sid",
            "Effect" => "Effect",
            "Principal" => "Principal",
            "NotPrincipal" => "NotPrincipal",
            "Action" => "Action",
            "NotAction" => "NotAction",
            "Resource" => "Resource",
            "NotResource" => "NotResource",
            "Condition" => "Condition",
            _ => return Err((InputProblem::UnknownElement { name: key }, key_at)),
        };
        seen.push(key);
        let value_at = value.at;
        if element == "Effect" {
            effect = Some(match value.as_str() {
                Some("Allow") => Effect::Allow,
                Some("Deny") => Effect::Deny,
                // Shown as written: only a wrong effect needs the text of its value.
                _ => {
                    return Err((
                        InputProblem::Effect {
                            found: shown(&value),
                        },
                        value_at,
                    ))
                }
            });
            continue;
        }
        let value = value.into_node();
        let result = match element {
            "Sid" => match value {
                Node::Str(s) => {
                    sid = Some(s);
                    Ok(())
                }
                _ => Err(wrong_type("Sid", Expected::Text)),
            },
            "Principal" => principal_spec(value, number).map(|p| principal = Some(p)),
            "NotPrincipal" => principal_spec(value, number).map(|p| not_principal = Some(p)),
            "Action" => strings(value, "Action").map(|v| action = Some(v)),
            "NotAction" => strings(value, "NotAction").map(|v| not_action = Some(v)),
            "Resource" => strings(value, "Resource").map(|v| resource = Some(v)),
            "NotResource" => strings(value, "NotResource").map(|v| not_resource = Some(v)),
            _ => condition_block(value, number).map(|c| conditions = c),
        };
        result.map_err(|problem| (problem, value_at))?;
    }
    let exclusive = |first, second| {
        let problem = InputProblem::Exclusive {
            first,
            second,
            statement: number,
        };
        (problem, end)
    };
    let missing = |element| {
        let problem = InputProblem::MissingElement {
            element,
            statement: Some(number),
        };
        (problem, end)
    };
    let Some(effect) = effect else {
        return Err(missing("Effect"));
    };
    let action = match (action, not_action) {
        (Some(_), Some(_)) => return Err(exclusive("Action", "NotAction")),
        (Some(values), None) => Patterns {
            negated: false,
            values,
        },
        (None, Some(values)) => Patterns {
            negated: true,
            values,
        },
        (None, None) => return Err(missing("Action")),
    };
    let resource = match (resource, not_resource) {
        (Some(_), Some(_)) => return Err(exclusive("Resource", "NotResource")),
        (Some(values), None) => Some(Patterns {
            negated: false,
            values,
        }),
        (None, Some(values)) => Some(Patterns {
            negated: true,
            values,
        }),
        (None, None) => None,
    };
    let principal = match (principal, not_principal) {
        (Some(_), Some(_)) => return Err(exclusive("Principal", "NotPrincipal")),
        (Some(p), None) => Some((p, false)),
        (None, Some(p)) => Some((p, true)),
        (None, None) => None,
    };
    Ok(Statement {
        number,
        sid,
        effect,
        principal,
        action,
        resource,
        conditions,
    })
}

fn wrong_type(element: &'static str, expected: Expected) -> InputProblem {
    InputProblem::WrongType { element, expected }
}

/// A value as the reader wrote it, shortened for a message.
fn shown(value: &Located) -> String {
    const MAX: usize = 40;
    let text = value.shown();
    if text.chars().count() > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    } else {
        text
    }
}

/// A string, or a list of strings (IAM accepts both wherever a list is allowed).
fn strings(value: Node, element: &'static str) -> Result<Vec<String>, InputProblem> {
    match value {
        Node::Str(s) => Ok(vec![s]),
        Node::List(items) => items
            .into_iter()
            .map(|item| match item {
                Node::Str(s) => Ok(s),
                _ => Err(wrong_type(element, Expected::TextOrList)),
            })
            .collect(),
        _ => Err(wrong_type(element, Expected::TextOrList)),
    }
}

const PRINCIPAL_TYPES: [&str; 4] = ["AWS", "Service", "Federated", "CanonicalUser"];

fn principal_spec(value: Node, statement: usize) -> Result<PrincipalSpec, InputProblem> {
    match value {
        Node::Str(s) if s == "*" => Ok(PrincipalSpec::Any),
        Node::Map(map) => {
            let mut entries = Vec::new();
            for (kind, values) in map {
                if !PRINCIPAL_TYPES.contains(&kind.as_str()) {
                    return Err(InputProblem::Principal { statement });
                }
                let values = strings(values, "Principal")
                    .map_err(|_| InputProblem::Principal { statement })?;
                entries.push((kind, values));
            }
            Ok(PrincipalSpec::Map(entries))
        }
        _ => Err(InputProblem::Principal { statement }),
    }
}

/// A `Condition` block: operator → key → a value or a list of values (text, number or
/// boolean, each read as text as IAM does).
fn condition_block(value: Node, statement: usize) -> Result<Vec<Condition>, InputProblem> {
    let bad = || InputProblem::Condition { statement };
    let Node::Map(operators) = value else {
        return Err(bad());
    };
    let mut conditions = Vec::new();
    for (operator, keys) in operators {
        let Node::Map(keys) = keys else {
            return Err(bad());
        };
        for (key, values) in keys {
            let scalar = |v: Node| match v {
                Node::Str(s) | Node::Number(s) => Ok(s),
                Node::Bool(b) => Ok(b.to_string()),
                _ => Err(bad()),
            };
            let values = match values {
                Node::List(items) => items.into_iter().map(scalar).collect::<Result<_, _>>()?,
                other => vec![scalar(other)?],
            };
            conditions.push(Condition {
                operator: operator.clone(),
                key,
                values,
            });
        }
    }
    Ok(conditions)
}
