//! How each element's JSON value becomes part of a policy ([`Document`], the evaluator's type),
//! or the [`InputProblem`] that says why it cannot.

use serde_json::Value;

use super::errors::{Expected, InputProblem};
pub use crate::core::iam::document::{
    Condition, Document, Patterns, PrincipalSpec, Statement, Version,
};
use crate::core::policy::Effect;

/// The elements a policy may have, at its root and in a statement.
pub const ROOT_ELEMENTS: [&str; 3] = ["Version", "Id", "Statement"];
pub const STATEMENT_ELEMENTS: [&str; 9] = [
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

/// What the reading has gathered so far, element by element in the text's order.
#[derive(Default)]
pub struct Gathered {
    version: Option<Version>,
    statements: Vec<Statement>,
    /// The statement being read.
    statement: Partial,
}

impl Gathered {
    /// Keeps `value` as `element` of statement `number` (of the document itself when 0), or
    /// says what is wrong with it.
    pub fn element(
        &mut self,
        element: &str,
        value: Value,
        number: usize,
    ) -> Result<(), InputProblem> {
        match element {
            "Version" if number == 0 => {
                let versions = [
                    ("2012-10-17", Version::V2012),
                    ("2008-10-17", Version::V2008),
                ];
                let version = one_of(&value, &versions, |found| InputProblem::Version { found });
                self.version = Some(version?);
            }
            "Id" if number == 0 => {
                if !value.is_string() {
                    return Err(wrong_type("Id", Expected::Text));
                }
            }
            _ => self.statement.read(element, value, number)?,
        }
        Ok(())
    }

    /// Ends statement `number`: the element it lacks or has twice over.
    pub fn end_statement(&mut self, number: usize) -> Result<(), InputProblem> {
        let statement = std::mem::take(&mut self.statement).finish(number)?;
        self.statements.push(statement);
        Ok(())
    }

    pub fn document(self) -> Document {
        Document {
            version: self.version.unwrap_or(Version::V2008),
            statements: self.statements,
        }
    }
}

/// A statement's elements as read, before the checks that need all of them.
#[derive(Default)]
struct Partial {
    effect: Option<Effect>,
    principal: Option<PrincipalSpec>,
    not_principal: Option<PrincipalSpec>,
    action: Option<Vec<String>>,
    not_action: Option<Vec<String>>,
    resource: Option<Vec<String>>,
    not_resource: Option<Vec<String>>,
    conditions: Vec<Condition>,
}

impl Partial {
    /// Keeps `value` as `element`, or says what is wrong with it.
    fn read(&mut self, element: &str, value: Value, number: usize) -> Result<(), InputProblem> {
        match element {
            "Effect" => {
                let effects = [("Allow", Effect::Allow), ("Deny", Effect::Deny)];
                self.effect = Some(one_of(&value, &effects, |found| InputProblem::Effect {
                    found,
                })?);
            }
            "Sid" => {
                if !value.is_string() {
                    return Err(wrong_type("Sid", Expected::Text));
                }
            }
            "Principal" => self.principal = Some(principal_spec(value, number)?),
            "NotPrincipal" => self.not_principal = Some(principal_spec(value, number)?),
            "Action" => self.action = Some(strings(value, "Action")?),
            "NotAction" => self.not_action = Some(strings(value, "NotAction")?),
            "Resource" => self.resource = Some(strings(value, "Resource")?),
            "NotResource" => self.not_resource = Some(strings(value, "NotResource")?),
            _ => self.conditions = condition_block(value, number)?,
        }
        Ok(())
    }

    /// The statement, or the element it lacks or has twice over.
    fn finish(self, number: usize) -> Result<Statement, InputProblem> {
        let exclusive = |first, second| InputProblem::Exclusive {
            first,
            second,
            statement: number,
        };
        let missing = |element| InputProblem::MissingElement {
            element,
            statement: Some(number),
        };
        let Some(effect) = self.effect else {
            return Err(missing("Effect"));
        };
        let patterns = |values, negated| Patterns { negated, values };
        let action = match (self.action, self.not_action) {
            (Some(_), Some(_)) => return Err(exclusive("Action", "NotAction")),
            (Some(values), None) => patterns(values, false),
            (None, Some(values)) => patterns(values, true),
            (None, None) => return Err(missing("Action")),
        };
        let resource = match (self.resource, self.not_resource) {
            (Some(_), Some(_)) => return Err(exclusive("Resource", "NotResource")),
            (Some(values), None) => Some(patterns(values, false)),
            (None, Some(values)) => Some(patterns(values, true)),
            (None, None) => None,
        };
        let principal = match (self.principal, self.not_principal) {
            (Some(_), Some(_)) => return Err(exclusive("Principal", "NotPrincipal")),
            (Some(p), None) => Some((p, false)),
            (None, Some(p)) => Some((p, true)),
            (None, None) => None,
        };
        Ok(Statement {
            number,
            effect,
            principal,
            action,
            resource,
            conditions: self.conditions,
        })
    }
}

/// The value `value` names among `known`, or the problem it is, with the text as written (a
/// wrong version or effect is shown to the reader).
fn one_of<T: Copy>(
    value: &Value,
    known: &[(&str, T)],
    wrong: fn(String) -> InputProblem,
) -> Result<T, InputProblem> {
    known
        .iter()
        .find(|(name, _)| value.as_str() == Some(*name))
        .map(|(_, named)| *named)
        .ok_or_else(|| wrong(shown(value)))
}

fn wrong_type(element: &'static str, expected: Expected) -> InputProblem {
    InputProblem::WrongType { element, expected }
}

/// A value as the reader wrote it (compact), shortened for a message.
fn shown(value: &Value) -> String {
    const MAX: usize = 40;
    let text = match value {
        Value::String(s) => s.clone(),
        _ => value.to_string(),
    };
    if text.chars().count() > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    } else {
        text
    }
}

/// A string, or a list of strings (IAM accepts both wherever a list is allowed).
fn strings(value: Value, element: &'static str) -> Result<Vec<String>, InputProblem> {
    match value {
        Value::String(s) => Ok(vec![s]),
        Value::Array(items) => items
            .into_iter()
            .map(|item| match item {
                Value::String(s) => Ok(s),
                _ => Err(wrong_type(element, Expected::TextOrList)),
            })
            .collect(),
        _ => Err(wrong_type(element, Expected::TextOrList)),
    }
}

const PRINCIPAL_TYPES: [&str; 4] = ["AWS", "Service", "Federated", "CanonicalUser"];

fn principal_spec(value: Value, statement: usize) -> Result<PrincipalSpec, InputProblem> {
    match value {
        Value::String(s) if s == "*" => Ok(PrincipalSpec::Any),
        Value::Object(map) => {
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
fn condition_block(value: Value, statement: usize) -> Result<Vec<Condition>, InputProblem> {
    let bad = || InputProblem::Condition { statement };
    let Value::Object(operators) = value else {
        return Err(bad());
    };
    let mut conditions = Vec::new();
    for (operator, keys) in operators {
        let Value::Object(keys) = keys else {
            return Err(bad());
        };
        for (key, values) in keys {
            let scalar = |v: Value| match v {
                Value::String(s) => Ok(s),
                Value::Number(n) => Ok(n.to_string()),
                Value::Bool(b) => Ok(b.to_string()),
                _ => Err(bad()),
            };
            let values = match values {
                Value::Array(items) => items.into_iter().map(scalar).collect::<Result<_, _>>()?,
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
