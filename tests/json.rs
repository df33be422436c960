//! The core's JSON (`core::json`) against serde_json, an independent implementation: what one
//! prints the other reads back as the same data, pretty printing is byte for byte serde_json's
//! 4-space output, and both agree on which texts are JSON at all.

use braze_s3_companion::core::json::{self, Node, SyntaxProblem};
use proptest::prelude::*;
use serde_json::Value;

/// The same data as a core node (keys in serde_json's order).
fn node(value: &Value) -> Node {
    match value {
        Value::Null => Node::Null,
        Value::Bool(b) => Node::Bool(*b),
        Value::Number(n) => Node::Number(n.to_string()),
        Value::String(s) => Node::str(s),
        Value::Array(items) => Node::list(items.iter().map(node)),
        Value::Object(map) => Node::map(map.iter().map(|(k, v)| (k.clone(), node(v)))),
    }
}

fn serde_pretty(value: &Value) -> String {
    use serde::Serialize;
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    value.serialize(&mut serializer).unwrap();
    String::from_utf8(out).unwrap()
}

fn any_json() -> impl Strategy<Value = Value> {
    let text = prop_oneof![
        ".{0,12}",
        Just("\"\\/\u{0}\u{1f}\u{7f}\n\r\t\u{8}\u{c}é€😀".to_owned())
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(Value::from),
        text.prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(".{0,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn pretty_printing_is_serde_jsons_four_space_output(value in any_json()) {
        prop_assert_eq!(node(&value).to_pretty(), serde_pretty(&value));
    }

    #[test]
    fn compact_printing_is_serde_jsons(value in any_json()) {
        prop_assert_eq!(node(&value).to_compact(), serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn what_serde_json_prints_reads_back_as_the_same_data(value in any_json()) {
        for text in [serde_json::to_string(&value).unwrap(), serde_pretty(&value)] {
            let read = json::parse_node(&text).expect("valid JSON");
            // Compared as serde_json reads both texts (its float reading is not exact, so
            // comparing with `value` itself would test serde_json).
            let again: Value = serde_json::from_str(&read.to_compact()).unwrap();
            let original: Value = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&again, &original);
        }
    }

    /// Edits of a valid text: both readers accept it, or both refuse it.
    #[test]
    fn both_readers_agree_on_what_is_json(
        value in any_json(),
        edits in prop::collection::vec((0.0f64..1.0, prop::sample::select(vec![
            ",", "]", "}", "[", "{", "\"", "\\", ":", " ", "\n", "0", "-", ".", "e", "x", "\u{1}",
        ])), 1..4),
    ) {
        let mut text = serde_pretty(&value);
        for (at, insert) in edits {
            let mut i = ((text.len() as f64) * at) as usize;
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            text.insert_str(i, insert);
        }
        let theirs = serde_json::from_str::<Value>(&text);
        // serde_json refuses numbers beyond f64 ("1e999"); JSON itself does not.
        if matches!(&theirs, Err(e) if e.to_string().contains("out of range")) {
            return Ok(());
        }
        prop_assert_eq!(json::parse(&text).is_ok(), theirs.is_ok(), "{:?}", text);
    }
}

#[test]
fn syntax_errors_say_what_and_where() {
    let cases = [
        ("[1, 2,]", SyntaxProblem::TrailingComma, 1, 7),
        ("{\n  \"a\": 1,\n}", SyntaxProblem::TrailingComma, 3, 1),
        ("{\n  a: 1}", SyntaxProblem::KeyNotString, 2, 3),
        ("{} {}", SyntaxProblem::TrailingCharacters, 1, 4),
        ("{\"a\": [1,", SyntaxProblem::Truncated, 1, 10),
        ("\"déjà\" x", SyntaxProblem::TrailingCharacters, 1, 8),
        ("[01]", SyntaxProblem::Other, 1, 3),
        ("\"a\nb\"", SyntaxProblem::Other, 1, 3),
    ];
    for (text, problem, line, column) in cases {
        let error = json::parse(text).unwrap_err();
        assert_eq!(
            (error.problem, error.at.line, error.at.column),
            (problem, line, column),
            "{text:?}"
        );
    }
}

#[test]
fn hostile_nesting_is_refused_not_overflowed() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert!(json::parse(&deep).is_err());
    let fine = "[".repeat(100) + &"]".repeat(100);
    assert!(json::parse(&fine).is_ok());
}

#[test]
fn a_long_single_line_reads_in_one_pass() {
    // A megabyte of values on one line: positions are only counted for an error.
    let text = format!("[{}1]", "1,".repeat(500_000));
    let Node::List(items) = json::parse_node(&text).unwrap() else {
        panic!("not a list")
    };
    assert_eq!(items.len(), 500_001);
}

#[test]
fn numbers_follow_the_json_grammar() {
    for ok in ["0", "-0", "12", "1.5", "-1.5e10", "1E+2", "1e-2"] {
        assert!(json::is_number(ok), "{ok}");
    }
    for bad in [
        "", "-", "01", "1.", ".5", "1e", "+1", "0x10", "1 ", "NaN", "Infinity",
    ] {
        assert!(!json::is_number(bad), "{bad}");
    }
}
