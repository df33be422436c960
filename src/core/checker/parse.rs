//! Reads a pasted policy into a [`Document`] with serde_json, or says precisely why it is not
//! an IAM policy, and where: a syntax error where serde_json stopped; "this is not an IAM
//! policy" at the last character of the key or the value that is wrong (or at the closing
//! brace of the statement that lacks an element).
//!
//! One reader ([`Reader`]) walks the whole text, told by its [`Place`] what the value it reads
//! must be: one visitor type, so the wasm holds one copy of serde_json's parser for it (next to
//! the `Value` parser every JSON reading of the widget shares). It stops at the first problem;
//! serde_json attaches the line and column of where it is to its error, and the problem itself
//! waits in [`Reading`] (serde's errors carry text only).

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::document::{Document, Gathered, ROOT_ELEMENTS, STATEMENT_ELEMENTS};
use super::errors::{Expected, InputProblem};

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
    let mut reading = Reading::default();
    let reader = Reader {
        reading: &mut reading,
        place: Place::Root,
    };
    match reader.deserialize(&mut serde_json::Deserializer::from_str(text)) {
        Ok(_) => Ok(reading.gathered.document()),
        Err(error) => Err(ParseError {
            problem: reading.problem.unwrap_or(InputProblem::Syntax),
            line: error.line(),
            column: error.column(),
        }),
    }
}

/// A policy an AWS answer holds as a JSON object (the report's records are read once, as
/// JSON): the document [`parse`] reads from that object's text, without writing the text out
/// and reading it twice (a report holds up to 2,000 policies). `None` where `parse` has a
/// problem: a value has no syntax errors, and the same reader sees the same keys in the same
/// order (`preserve_order`), so it finds the same problems.
pub fn from_value(value: &Value) -> Option<Document> {
    let mut reading = Reading::default();
    let reader = Reader {
        reading: &mut reading,
        place: Place::Root,
    };
    reader.deserialize(value).ok()?;
    Some(reading.gathered.document())
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
// being read gave up, closing bracket included. So each problem is raised while the value it
// is about is still being read: a wrong element by the element's own visit (`Place::Element`),
// a missing one before its statement's `visit_map` returns (serde_json then reads the `}`).

/// What the value being read must be.
#[derive(Clone, Copy)]
enum Place {
    /// The document: an object of `Version`, `Id` and `Statement`.
    Root,
    /// `Statement`: one statement object, or a list of them.
    Statements,
    /// One statement, numbered from 1.
    Statement(usize),
    /// The value of an element of statement `number` (of the document when 0): read whole,
    /// then checked.
    Element(&'static str, usize),
    /// Any value inside an element.
    Any,
}

impl Place {
    /// The problem of a value of the wrong kind here (only objects or lists reach the others).
    fn refused(self) -> InputProblem {
        match self {
            Place::Root => InputProblem::NotAnObject,
            Place::Statement(statement) => InputProblem::StatementNotObject { statement },
            _ => InputProblem::WrongType {
                element: "Statement",
                expected: Expected::ObjectOrList,
            },
        }
    }
}

#[derive(Default)]
struct Reading {
    /// The first problem found.
    problem: Option<InputProblem>,
    gathered: Gathered,
}

impl Reading {
    /// Stops the reading at `problem` (the first one found wins); serde_json adds where it is.
    fn stop<E: de::Error>(&mut self, problem: InputProblem) -> E {
        self.problem.get_or_insert(problem);
        E::custom("")
    }
}

/// Reads the value at `place`. Values inside elements come back whole; the others are
/// gathered in `reading` as they are read (and come back as `null`).
struct Reader<'r> {
    reading: &'r mut Reading,
    place: Place,
}

impl<'de> DeserializeSeed<'de> for Reader<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<Value, D::Error> {
        reader.deserialize_any(self)
    }
}

impl Reader<'_> {
    fn at(&mut self, place: Place) -> Reader<'_> {
        Reader {
            reading: &mut *self.reading,
            place,
        }
    }

    /// A value read whole: kept where it belongs, or refused.
    fn value<E: de::Error>(self, value: Value) -> Result<Value, E> {
        match self.place {
            Place::Any => Ok(value),
            Place::Element(element, number) => {
                let kept = self.reading.gathered.element(element, value, number);
                kept.map_err(|problem| self.reading.stop(problem))?;
                Ok(Value::Null)
            }
            place => Err(self.reading.stop(place.refused())),
        }
    }

    /// The document or a statement: its elements, each checked as soon as it is read.
    fn elements<'de, A: MapAccess<'de>>(
        mut self,
        mut map: A,
        number: usize,
    ) -> Result<(), A::Error> {
        let names: &[&'static str] = if number == 0 {
            &ROOT_ELEMENTS
        } else {
            &STATEMENT_ELEMENTS
        };
        let mut seen: Vec<&'static str> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let Some(&name) = names.iter().find(|name| **name == key) else {
                return Err(self
                    .reading
                    .stop(InputProblem::UnknownElement { name: key }));
            };
            if seen.contains(&name) {
                return Err(self
                    .reading
                    .stop(InputProblem::DuplicateElement { name: key }));
            }
            seen.push(name);
            let place = match name {
                "Statement" => Place::Statements,
                _ => Place::Element(name, number),
            };
            map.next_value_seed(self.at(place))?;
        }
        // Before serde_json reads the closing brace, which is then where the problem is.
        let ended = if number > 0 {
            self.reading.gathered.end_statement(number)
        } else if seen.contains(&"Statement") {
            Ok(())
        } else {
            Err(InputProblem::MissingElement {
                element: "Statement",
                statement: None,
            })
        };
        ended.map_err(|problem| self.reading.stop(problem))
    }
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an IAM policy")
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        self.value(Value::Bool(b))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value, E> {
        self.value(Value::from(n))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value, E> {
        self.value(Value::from(n))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Value, E> {
        self.value(Value::from(n))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        self.value(Value::String(s.to_owned()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.value(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Value, A::Error> {
        match self.place {
            Place::Statements => {
                let mut number = 1;
                while seq
                    .next_element_seed(self.at(Place::Statement(number)))?
                    .is_some()
                {
                    number += 1;
                }
                Ok(Value::Null)
            }
            Place::Element(..) | Place::Any => {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element_seed(self.at(Place::Any))? {
                    items.push(item);
                }
                self.value(Value::Array(items))
            }
            place => Err(self.reading.stop(place.refused())),
        }
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Value, A::Error> {
        match self.place {
            Place::Root => self.elements(map, 0).map(|()| Value::Null),
            Place::Statements => self.elements(map, 1).map(|()| Value::Null),
            Place::Statement(number) => self.elements(map, number).map(|()| Value::Null),
            Place::Element(..) | Place::Any => {
                let mut object = Map::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value_seed(self.at(Place::Any))?;
                    object.insert(key, value);
                }
                self.value(Value::Object(object))
            }
        }
    }
}
