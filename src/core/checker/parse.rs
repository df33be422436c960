//! Reads a pasted policy into [`Document`], or says precisely why it is not an IAM policy.
//!
//! serde_json does the reading, so every problem comes with the line and column where it was
//! found. The structure is checked while reading (element by element, with our own
//! visitors), so "this is not an IAM policy" errors point into the text too. The visitors
//! leave the precise problem in a side channel ([`Sink`]) and return a bare serde error;
//! serde_json adds the position.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
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

/// A problem found while reading, with where serde_json was in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub problem: InputProblem,
    pub line: usize,
    pub column: usize,
}

type Sink = RefCell<Option<InputProblem>>;

/// Records `problem` and returns the error that makes serde_json stop and add the position.
fn fail<E: de::Error>(sink: &Sink, problem: InputProblem) -> E {
    let mut slot = sink.borrow_mut();
    if slot.is_none() {
        *slot = Some(problem);
    }
    E::custom("policy structure")
}

pub fn parse(text: &str) -> Result<Document, ParseError> {
    let sink: Sink = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let result = PolicySeed { sink: &sink }
        .deserialize(&mut deserializer)
        .and_then(|document| deserializer.end().map(|()| document));
    result.map_err(|error| {
        let problem = sink.into_inner().unwrap_or_else(|| match error.classify() {
            serde_json::error::Category::Eof => InputProblem::Truncated,
            serde_json::error::Category::Data => InputProblem::NotAnObject,
            _ => syntax_problem(&error),
        });
        ParseError {
            problem,
            line: error.line(),
            column: error.column(),
        }
    })
}

/// The common JSON mistakes get their own message; serde_json names them in its error text
/// (if a later version words them differently, they fall back to the general message).
fn syntax_problem(error: &serde_json::Error) -> InputProblem {
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

/// Implements the `visit_*` methods of every JSON type but objects, each reporting `problem`.
macro_rules! only_objects {
    ($problem:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Err(fail(self.sink, $problem(&self)))
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Err(fail(self.sink, $problem(&self)))
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Err(fail(self.sink, $problem(&self)))
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Err(fail(self.sink, $problem(&self)))
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Err(fail(self.sink, $problem(&self)))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Err(fail(self.sink, $problem(&self)))
        }
    };
}

struct PolicySeed<'a> {
    sink: &'a Sink,
}

impl<'de> DeserializeSeed<'de> for PolicySeed<'_> {
    type Value = Document;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Document, D::Error> {
        deserializer.deserialize_any(PolicyVisitor { sink: self.sink })
    }
}

struct PolicyVisitor<'a> {
    sink: &'a Sink,
}

impl<'de> Visitor<'de> for PolicyVisitor<'_> {
    type Value = Document;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an IAM policy")
    }

    only_objects!(|_: &Self| InputProblem::NotAnObject);

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Document, A::Error> {
        Err(fail(self.sink, InputProblem::NotAnObject))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
        let sink = self.sink;
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
                return Err(fail(sink, InputProblem::DuplicateElement { name: key }));
            }
            match key.as_str() {
                "Version" => {
                    let value: Value = map.next_value()?;
                    version = Some(match value.as_str() {
                        Some("2012-10-17") => Version::V2012,
                        Some("2008-10-17") => Version::V2008,
                        _ => {
                            return Err(fail(
                                sink,
                                InputProblem::Version {
                                    found: shown(&value),
                                },
                            ))
                        }
                    });
                }
                "Id" => {
                    id_seen = true;
                    let value: Value = map.next_value()?;
                    if !value.is_string() {
                        return Err(fail(sink, wrong_type("Id", Expected::Text)));
                    }
                }
                "Statement" => {
                    statements = Some(map.next_value_seed(StatementsSeed { sink })?);
                }
                _ => {
                    return Err(fail(sink, InputProblem::UnknownElement { name: key }));
                }
            }
        }
        let Some(statements) = statements else {
            return Err(fail(
                sink,
                InputProblem::MissingElement {
                    element: "Statement",
                    statement: None,
                },
            ));
        };
        Ok(Document {
            version: version.unwrap_or(Version::V2008),
            statements,
        })
    }
}

struct StatementsSeed<'a> {
    sink: &'a Sink,
}

impl<'de> DeserializeSeed<'de> for StatementsSeed<'_> {
    type Value = Vec<Statement>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(StatementsVisitor { sink: self.sink })
    }
}

struct StatementsVisitor<'a> {
    sink: &'a Sink,
}

impl<'de> Visitor<'de> for StatementsVisitor<'_> {
    type Value = Vec<Statement>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a statement or a list of statements")
    }

    only_objects!(|_: &Self| wrong_type("Statement", Expected::ObjectOrList));

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let statement = StatementVisitor {
            sink: self.sink,
            number: 1,
        }
        .visit_map(map)?;
        Ok(vec![statement])
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut statements = Vec::new();
        loop {
            let seed = StatementSeed {
                sink: self.sink,
                number: statements.len() + 1,
            };
            match seq.next_element_seed(seed)? {
                Some(statement) => statements.push(statement),
                None => break,
            }
        }
        Ok(statements)
    }
}

struct StatementSeed<'a> {
    sink: &'a Sink,
    number: usize,
}

impl<'de> DeserializeSeed<'de> for StatementSeed<'_> {
    type Value = Statement;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Statement, D::Error> {
        d.deserialize_any(StatementVisitor {
            sink: self.sink,
            number: self.number,
        })
    }
}

struct StatementVisitor<'a> {
    sink: &'a Sink,
    number: usize,
}

impl<'de> Visitor<'de> for StatementVisitor<'_> {
    type Value = Statement;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a statement")
    }

    only_objects!(|v: &Self| InputProblem::StatementNotObject {
        statement: v.number
    });

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Statement, A::Error> {
        Err(fail(
            self.sink,
            InputProblem::StatementNotObject {
                statement: self.number,
            },
        ))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Statement, A::Error> {
        let (sink, number) = (self.sink, self.number);
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
        while let Some(key) = map.next_key::<String>()? {
            if seen.contains(&key) {
                return Err(fail(sink, InputProblem::DuplicateElement { name: key }));
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
                _ => return Err(fail(sink, InputProblem::UnknownElement { name: key })),
            };
            seen.push(key);
            let value: Value = map.next_value()?;
            let result = match element {
                "Sid" => match value {
                    Value::String(s) => {
                        sid = Some(s);
                        Ok(())
                    }
                    _ => Err(wrong_type("Sid", Expected::Text)),
                },
                "Effect" => match value.as_str() {
                    Some("Allow") => {
                        effect = Some(Effect::Allow);
                        Ok(())
                    }
                    Some("Deny") => {
                        effect = Some(Effect::Deny);
                        Ok(())
                    }
                    _ => Err(InputProblem::Effect {
                        found: shown(&value),
                    }),
                },
                "Principal" => principal_spec(value, number).map(|p| principal = Some(p)),
                "NotPrincipal" => principal_spec(value, number).map(|p| not_principal = Some(p)),
                "Action" => strings(value, "Action").map(|v| action = Some(v)),
                "NotAction" => strings(value, "NotAction").map(|v| not_action = Some(v)),
                "Resource" => strings(value, "Resource").map(|v| resource = Some(v)),
                "NotResource" => strings(value, "NotResource").map(|v| not_resource = Some(v)),
                _ => condition_block(value, number).map(|c| conditions = c),
            };
            if let Err(problem) = result {
                return Err(fail(sink, problem));
            }
        }
        let exclusive = |first, second| InputProblem::Exclusive {
            first,
            second,
            statement: number,
        };
        let missing = |element| InputProblem::MissingElement {
            element,
            statement: Some(number),
        };
        let Some(effect) = effect else {
            return Err(fail(sink, missing("Effect")));
        };
        let action = match (action, not_action) {
            (Some(_), Some(_)) => return Err(fail(sink, exclusive("Action", "NotAction"))),
            (Some(values), None) => Patterns {
                negated: false,
                values,
            },
            (None, Some(values)) => Patterns {
                negated: true,
                values,
            },
            (None, None) => return Err(fail(sink, missing("Action"))),
        };
        let resource = match (resource, not_resource) {
            (Some(_), Some(_)) => return Err(fail(sink, exclusive("Resource", "NotResource"))),
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
            (Some(_), Some(_)) => {
                return Err(fail(sink, exclusive("Principal", "NotPrincipal")));
            }
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
}

fn wrong_type(element: &'static str, expected: Expected) -> InputProblem {
    InputProblem::WrongType { element, expected }
}

/// A value as the reader wrote it, shortened for a message.
fn shown(value: &Value) -> String {
    const MAX: usize = 40;
    let text = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
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
                Value::Bool(b) => Ok(b.to_string()),
                Value::Number(n) => Ok(n.to_string()),
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
