//! Reads a pasted policy into [`Document`] with serde_json, or says precisely why it is not an
//! IAM policy, and where: a syntax error where serde_json stopped; "this is not an IAM policy"
//! at the last character of the key or the value that is wrong (or at the closing brace of the
//! statement that lacks an element). The reading visitors below stop at the first problem;
//! serde_json attaches the line and column of where it is to their error, and the problem
//! itself waits in a [`Cell`] (serde's errors carry text only).

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

use super::{Expected, InputProblem};
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

pub fn parse(text: &str) -> Result<Document, ParseError> {
    // The whole text first: a syntax error anywhere is reported before what the document says.
    if let Err(error) = serde_json::from_str::<Value>(text) {
        return Err(ParseError {
            problem: syntax_problem(&error),
            line: error.line(),
            column: error.column(),
        });
    }
    let found = Cell::new(None);
    let mut reader = serde_json::Deserializer::from_str(text);
    DocumentSeed(&found)
        .deserialize(&mut reader)
        .map_err(|error| ParseError {
            problem: found.take().unwrap_or(InputProblem::Syntax),
            line: error.line(),
            column: error.column(),
        })
}

/// serde_json tells its syntax errors apart by their text only.
fn syntax_problem(error: &serde_json::Error) -> InputProblem {
    if error.is_eof() {
        return InputProblem::Truncated;
    }
    let text = error.to_string();
    if text.starts_with("trailing comma") {
        InputProblem::TrailingComma
    } else if text.starts_with("key must be a string") {
        InputProblem::KeyNotString
    } else if text.starts_with("trailing characters") {
        InputProblem::TrailingCharacters
    } else {
        InputProblem::Syntax
    }
}

// Where serde_json says a visitor's error is: the last character it had read when the value
// being read gave up, closing bracket included. So each problem is raised while the value
// it is about is still being read: a wrong element in `Checked` (the value's own visitor), a
// missing one before its statement's `visit_map` returns (serde_json then reads the `}`).

/// Where the reading visitors leave the problem they stop at (the first one found wins).
type Found<'c> = &'c Cell<Option<InputProblem>>;

fn record(found: Found, problem: impl FnOnce() -> InputProblem) {
    let first = found.take().unwrap_or_else(problem);
    found.set(Some(first));
}

/// Stops the reading at `problem`; serde_json adds where it is.
fn stop<E: de::Error>(found: Found, problem: InputProblem) -> E {
    record(found, || problem);
    E::custom("")
}

/// `result`, with `problem` recorded if it failed for a reason no visitor recorded (a value
/// of the wrong type, refused by serde's default visitor methods).
fn or_problem<T, E>(
    found: Found,
    result: Result<T, E>,
    problem: impl FnOnce() -> InputProblem,
) -> Result<T, E> {
    if result.is_err() {
        record(found, problem);
    }
    result
}

/// Any value, handed to `check` as soon as it is read (one visitor for every element).
struct Checked<'c, 'f>(
    Found<'c>,
    &'f mut dyn FnMut(Value) -> Result<(), InputProblem>,
);

impl<'de> DeserializeSeed<'de> for Checked<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<(), D::Error> {
        reader.deserialize_any(self)
    }
}

impl Checked<'_, '_> {
    fn check<E: de::Error>(self, value: Value) -> Result<(), E> {
        (self.1)(value).map_err(|problem| stop(self.0, problem))
    }
}

impl<'de> Visitor<'de> for Checked<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<(), E> {
        self.check(Value::Bool(b))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<(), E> {
        self.check(Value::from(n))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<(), E> {
        self.check(Value::from(n))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<(), E> {
        self.check(Value::from(n))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<(), E> {
        self.check(Value::String(s.to_owned()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.check(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        let value = Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        self.check(value)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let value = Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
        self.check(value)
    }
}

/// The root object: `Version`, `Id` and `Statement`.
struct DocumentSeed<'c>(Found<'c>);

impl<'de> DeserializeSeed<'de> for DocumentSeed<'_> {
    type Value = Document;

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<Document, D::Error> {
        let found = self.0;
        or_problem(found, reader.deserialize_any(self), || {
            InputProblem::NotAnObject
        })
    }
}

impl<'de> Visitor<'de> for DocumentSeed<'_> {
    type Value = Document;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an IAM policy")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
        let found = self.0;
        let mut version = None;
        let mut id_seen = false;
        let mut statements = None;
        while let Some(key) = map.next_key::<String>()? {
            let duplicate = match key.as_str() {
                "Version" => version.is_some(),
                "Id" => id_seen,
                "Statement" => statements.is_some(),
                _ => false,
            };
            if duplicate {
                return Err(stop(found, InputProblem::DuplicateElement { name: key }));
            }
            match key.as_str() {
                "Version" => map.next_value_seed(Checked(found, &mut |value| {
                    version = Some(match value.as_str() {
                        Some("2012-10-17") => Version::V2012,
                        Some("2008-10-17") => Version::V2008,
                        _ => {
                            let found = shown(&value);
                            return Err(InputProblem::Version { found });
                        }
                    });
                    Ok(())
                }))?,
                "Id" => {
                    id_seen = true;
                    map.next_value_seed(Checked(found, &mut |value| match value {
                        Value::String(_) => Ok(()),
                        _ => Err(wrong_type("Id", Expected::Text)),
                    }))?;
                }
                "Statement" => statements = Some(map.next_value_seed(StatementsSeed(found))?),
                _ => return Err(stop(found, InputProblem::UnknownElement { name: key })),
            }
        }
        let Some(statements) = statements else {
            let missing = InputProblem::MissingElement {
                element: "Statement",
                statement: None,
            };
            return Err(stop(found, missing));
        };
        Ok(Document {
            version: version.unwrap_or(Version::V2008),
            statements,
        })
    }
}

/// `Statement`: one statement object, or a list of them.
struct StatementsSeed<'c>(Found<'c>);

impl<'de> DeserializeSeed<'de> for StatementsSeed<'_> {
    type Value = Vec<Statement>;

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<Self::Value, D::Error> {
        let found = self.0;
        or_problem(found, reader.deserialize_any(self), || {
            wrong_type("Statement", Expected::ObjectOrList)
        })
    }
}

impl<'de> Visitor<'de> for StatementsSeed<'_> {
    type Value = Vec<Statement>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("statements")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Ok(vec![StatementSeed(self.0, 1).visit_map(map)?])
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut statements = Vec::new();
        while let Some(statement) =
            seq.next_element_seed(StatementSeed(self.0, statements.len() + 1))?
        {
            statements.push(statement);
        }
        Ok(statements)
    }
}

/// One statement, numbered from 1.
struct StatementSeed<'c>(Found<'c>, usize);

/// A statement's elements as read, before the checks that need all of them.
#[derive(Default)]
struct Partial {
    sid: Option<String>,
    effect: Option<Effect>,
    principal: Option<PrincipalSpec>,
    not_principal: Option<PrincipalSpec>,
    action: Option<Vec<String>>,
    not_action: Option<Vec<String>>,
    resource: Option<Vec<String>>,
    not_resource: Option<Vec<String>>,
    conditions: Vec<Condition>,
}

impl<'de> DeserializeSeed<'de> for StatementSeed<'_> {
    type Value = Statement;

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<Statement, D::Error> {
        let (found, number) = (self.0, self.1);
        or_problem(found, reader.deserialize_any(self), || {
            InputProblem::StatementNotObject { statement: number }
        })
    }
}

impl<'de> Visitor<'de> for StatementSeed<'_> {
    type Value = Statement;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a statement")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Statement, A::Error> {
        let (found, number) = (self.0, self.1);
        let mut seen: Vec<String> = Vec::new();
        let mut s = Partial::default();
        while let Some(key) = map.next_key::<String>()? {
            if seen.contains(&key) {
                return Err(stop(found, InputProblem::DuplicateElement { name: key }));
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
                _ => return Err(stop(found, InputProblem::UnknownElement { name: key })),
            };
            seen.push(key);
            map.next_value_seed(Checked(found, &mut |value| s.read(element, value, number)))?;
        }
        // Before serde_json reads the closing brace, which is then where the problem is.
        s.finish(number).map_err(|problem| stop(found, problem))
    }
}

impl Partial {
    /// Keeps `value` as `element`, or says what is wrong with it.
    fn read(&mut self, element: &str, value: Value, number: usize) -> Result<(), InputProblem> {
        match element {
            "Effect" => {
                self.effect = Some(match value.as_str() {
                    Some("Allow") => Effect::Allow,
                    Some("Deny") => Effect::Deny,
                    // Shown as written: only a wrong effect needs the text of its value.
                    _ => {
                        let found = shown(&value);
                        return Err(InputProblem::Effect { found });
                    }
                })
            }
            "Sid" => match value {
                Value::String(text) => self.sid = Some(text),
                _ => return Err(wrong_type("Sid", Expected::Text)),
            },
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
            sid: self.sid,
            effect,
            principal,
            action,
            resource,
            conditions: self.conditions,
        })
    }
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
