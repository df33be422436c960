//! Every message the code asks for exists in every locale, with only the variables the code
//! passes; every message of a locale is used by the code; every `.ftl` file parses.
//!
//! The code's side is read from the source: each message id goes through `msg!("id", var =
//! …)`, so reading those calls gives every id and the variables passed with it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use braze_s3_companion::i18n::Locale;
use fluent_syntax::ast;
use fluent_syntax::parser;

/// id → set of variable names passed, over every call site (intersection would be stricter,
/// but each id is built in one place).
fn code_messages() -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = Vec::new();
    collect_rs(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (id, vars) in msg_calls(&text) {
            found.entry(id).or_default().extend(vars);
        }
    }
    found
}

fn collect_rs(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Parses `msg!("id", a = expr, b = expr)` calls: the id and the names before each `=`.
fn msg_calls(source: &str) -> Vec<(String, Vec<String>)> {
    let mut calls = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find("msg!(") {
        rest = &rest[start + 5..];
        let trimmed = rest.trim_start();
        let Some(body) = trimmed.strip_prefix('"') else {
            continue; // the macro definition itself
        };
        let end = body.find('"').unwrap();
        let id = body[..end].to_owned();
        // Walk the arguments at depth 0 until the closing parenthesis.
        let mut vars = Vec::new();
        let args = &body[end + 1..];
        let mut depth = 0usize;
        let mut in_string = false;
        let mut current = String::new();
        let mut chars = args.chars();
        while let Some(c) = chars.next() {
            if in_string {
                if c == '\\' {
                    chars.next();
                } else if c == '"' {
                    in_string = false;
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth > 0 => depth -= 1,
                ')' => break,
                ',' if depth == 0 => current.clear(),
                '=' if depth == 0 && !current.contains('=') => {
                    let name = current.trim().to_owned();
                    if !name.is_empty() {
                        vars.push(name);
                    }
                    current.push('=');
                }
                c => current.push(c),
            }
        }
        calls.push((id, vars));
    }
    calls
}

struct LocaleFile {
    messages: BTreeMap<String, BTreeSet<String>>,
    terms: BTreeSet<String>,
    term_refs: BTreeSet<String>,
}

fn load_locale(locale: Locale) -> LocaleFile {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales")).join(locale.tag());
    let mut file = LocaleFile {
        messages: BTreeMap::new(),
        terms: BTreeSet::new(),
        term_refs: BTreeSet::new(),
    };
    for name in braze_s3_companion::i18n::localizer::FTL_FILES {
        let path = dir.join(format!("{name}.ftl"));
        let source = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path:?} missing"));
        let resource = match parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{path:?} has syntax errors: {errors:?}"),
        };
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        walk_pattern(p, &mut vars, &mut file.term_refs);
                    }
                    let id = m.id.name.to_owned();
                    assert!(
                        file.messages.insert(id.clone(), vars).is_none(),
                        "{}: message {id} defined twice",
                        locale.tag()
                    );
                }
                ast::Entry::Term(t) => {
                    let mut vars = BTreeSet::new();
                    walk_pattern(&t.value, &mut vars, &mut file.term_refs);
                    file.terms.insert(t.id.name.to_owned());
                }
                _ => {}
            }
        }
    }
    file
}

fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, terms: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars, terms);
        }
    }
}

fn walk_expression(
    e: &ast::Expression<&str>,
    vars: &mut BTreeSet<String>,
    terms: &mut BTreeSet<String>,
) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, terms);
            for v in variants {
                walk_pattern(&v.value, vars, terms);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, vars, terms),
    }
}

fn walk_inline(
    e: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    terms: &mut BTreeSet<String>,
) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, terms);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, terms);
            }
        }
        ast::InlineExpression::TermReference { id, .. } => {
            terms.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars, terms),
        _ => {}
    }
}

#[test]
fn the_code_uses_message_ids() {
    let code = code_messages();
    assert!(
        code.len() > 100,
        "only {} ids found in the source",
        code.len()
    );
    assert!(code.contains_key("rule-bucket-length"));
}

#[test]
fn every_locale_has_every_message_the_code_asks_for() {
    let code = code_messages();
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        let file = load_locale(locale);
        for id in code.keys() {
            if !file.messages.contains_key(id) {
                problems.push(format!("{}: missing {id}", locale.tag()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_locale_has_a_message_the_code_never_asks_for() {
    let code = code_messages();
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        for id in load_locale(locale).messages.keys() {
            if !code.contains_key(id) {
                problems.push(format!("{}: unused {id}", locale.tag()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn messages_use_only_variables_the_code_passes() {
    let code = code_messages();
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        for (id, vars) in load_locale(locale).messages {
            let Some(passed) = code.get(&id) else {
                continue;
            };
            for var in vars.difference(passed) {
                problems.push(format!("{}: {id} uses ${var}, never passed", locale.tag()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_term_referenced_is_defined_and_every_term_defined_is_used() {
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        let file = load_locale(locale);
        for term in file.term_refs.difference(&file.terms) {
            problems.push(format!("{}: -{term} used, not defined", locale.tag()));
        }
        for term in file.terms.difference(&file.term_refs) {
            problems.push(format!("{}: -{term} defined, never used", locale.tag()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_locale_defines_the_same_terms() {
    let english = load_locale(Locale::En).terms;
    for locale in Locale::ALL {
        assert_eq!(load_locale(locale).terms, english, "{}", locale.tag());
    }
}

#[test]
fn the_scanner_reads_ids_and_variables() {
    let calls = msg_calls(r#"x = msg!("a-b", one = f(x, y), two = "s,=)"); msg!("c")"#);
    assert_eq!(
        calls,
        vec![
            ("a-b".to_owned(), vec!["one".to_owned(), "two".to_owned()]),
            ("c".to_owned(), vec![])
        ]
    );
}
