//! The widget's own Fluent formatter (`i18n::fluent`), reading what `build.rs` compiled, against
//! the reference implementation: every message of every locale, formatted by both with many
//! argument values, must read the same, from the compiled-in data and from the fetched JSON. The arguments come from the messages themselves (each variable, each selector key),
//! so a new message or a new Fluent feature in a locale file is covered without editing here.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use braze_s3_companion::i18n::fluent::{Bundle, Language, Value};
use braze_s3_companion::i18n::localizer::{self, Rules, FTL_FILES};
use braze_s3_companion::i18n::Locale;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;

// What build.rs compiles with, over the widget's own data types.
mod data {
    pub use braze_s3_companion::i18n::data::*;
}
mod packed {
    pub use braze_s3_companion::i18n::packed::*;
}
#[path = "../build/l10n_check.rs"]
#[allow(dead_code)]
mod l10n_check;
#[path = "../build/l10n_compile.rs"]
#[allow(dead_code)]
mod l10n_compile;

fn sources(locale: Locale) -> Vec<String> {
    FTL_FILES
        .iter()
        .map(|file| {
            let path = format!(
                "{}/locales/{}/{file}.ftl",
                env!("CARGO_MANIFEST_DIR"),
                locale.tag()
            );
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        })
        .collect()
}

fn french(text: &str) -> Cow<'_, str> {
    Rules(Locale::Fr).transform(text)
}

/// fluent-bundle set up as the widget used it before it had its own runtime.
fn reference(locale: Locale) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.tag().parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_builtins().unwrap();
    // Numbers are grouped by the widget's own rules in both, so that only parsing, selection
    // and resolution are compared here (grouping has its own tests in i18n.rs).
    macro_rules! grouped {
        ($locale:expr) => {
            |value, _| match value {
                FluentValue::Number(n) => Some(Rules($locale).format_number(n.value as u64)),
                _ => None,
            }
        };
    }
    bundle.set_formatter(Some(match locale {
        Locale::En => grouped!(Locale::En),
        Locale::Fr => grouped!(Locale::Fr),
        Locale::De => grouped!(Locale::De),
        Locale::Es => grouped!(Locale::Es),
        Locale::Ja => grouped!(Locale::Ja),
        Locale::Ko => grouped!(Locale::Ko),
        Locale::PtBr => grouped!(Locale::PtBr),
    }));
    if locale == Locale::Fr {
        bundle.set_transform(Some(french));
    }
    for source in sources(locale) {
        bundle
            .add_resource(FluentResource::try_new(source).expect("locale files parse"))
            .unwrap();
    }
    bundle
}

/// The locale as the widget reads it: compiled in (the tests build with `all-locales`), and
/// as fetched (the JSON build.rs writes for dist/).
fn ours(locale: Locale) -> [(&'static str, Bundle); 2] {
    let compiled = Bundle::from_static(localizer::embedded(locale).expect("all-locales"));
    let path = format!("{}/locales/{}.json", env!("OUT_DIR"), locale.tag());
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let fetched = Bundle::new(serde_json::from_str(&json).unwrap()).unwrap();
    [("compiled", compiled), ("json", fetched)]
}

/// `source` compiled as build.rs compiles a locale file.
fn compile(source: &str) -> Bundle {
    let source = l10n_check::Source {
        name: "test.ftl".to_owned(),
        text: source.to_owned(),
    };
    Bundle::new(packed::Packed::pack(
        &l10n_compile::compile(&[source]).unwrap(),
    ))
    .unwrap()
}

/// Every variable a message uses, with the selector keys it is compared against.
fn variables(locale: Locale) -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    fn walk_pattern(p: &ast::Pattern<String>, vars: &mut BTreeMap<String, BTreeSet<String>>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                walk_expr(expression, vars);
            }
        }
    }
    fn walk_inline(
        e: &ast::InlineExpression<String>,
        vars: &mut BTreeMap<String, BTreeSet<String>>,
    ) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                vars.entry(id.name.clone()).or_default();
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for arg in &arguments.positional {
                    walk_inline(arg, vars);
                }
            }
            ast::InlineExpression::Placeable { expression } => walk_expr(expression, vars),
            _ => {}
        }
    }
    fn walk_expr(e: &ast::Expression<String>, vars: &mut BTreeMap<String, BTreeSet<String>>) {
        match e {
            ast::Expression::Inline(inline) => walk_inline(inline, vars),
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, vars);
                let mut names = BTreeMap::new();
                walk_inline(selector, &mut names);
                for variant in variants {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => name.clone(),
                        ast::VariantKey::NumberLiteral { value } => value.clone(),
                    };
                    for name in names.keys() {
                        vars.get_mut(name).unwrap().insert(key.clone());
                    }
                    walk_pattern(&variant.value, vars);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for source in sources(locale) {
        let resource = fluent_syntax::parser::parse(source).expect("locale files parse");
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeMap::new();
                if let Some(value) = &message.value {
                    walk_pattern(value, &mut vars);
                }
                out.insert(message.id.name, vars);
            }
        }
    }
    out
}

const NUMBERS: [u64; 9] = [0, 1, 2, 3, 5, 21, 1224, 12345, 1_000_000];

#[test]
fn every_message_of_every_locale_reads_as_fluent_bundle_formats_it() {
    let mut compared = 0;
    for locale in Locale::ALL {
        let reference = reference(locale);
        let rules = Rules(locale);
        let messages = variables(locale);
        for (form, ours) in ours(locale) {
            let our_ids: BTreeSet<&str> = ours.message_ids().collect();
            let their_ids: BTreeSet<&str> = messages.keys().map(String::as_str).collect();
            assert_eq!(
                our_ids, their_ids,
                "{locale:?} {form}: the messages read differ"
            );
            for (id, vars) in &messages {
                // Each variable takes, in turn, every number, a text and each of its keys; the
                // variables of one message move together, offset so that they differ.
                let choices: Vec<Vec<Value>> = vars
                    .values()
                    .map(|keys| {
                        let mut values: Vec<Value> =
                            NUMBERS.iter().map(|n| Value::Number(*n)).collect();
                        values.push(Value::Text("amzn-s3 <b>&"));
                        values.extend(keys.iter().map(|k| Value::Text(k.as_str())));
                        values
                    })
                    .collect();
                let rounds = choices.iter().map(Vec::len).max().unwrap_or(1);
                for round in 0..rounds {
                    let args: Vec<(&str, Value)> = vars
                        .keys()
                        .zip(&choices)
                        .enumerate()
                        .map(|(i, (name, values))| {
                            (name.as_str(), values[(round + i) % values.len()])
                        })
                        .collect();
                    let mut fluent_args = FluentArgs::new();
                    for (name, value) in &args {
                        match value {
                            Value::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                            Value::Text(t) => fluent_args.set(*name, FluentValue::from(*t)),
                        }
                    }
                    let pattern = reference.get_message(id).and_then(|m| m.value()).unwrap();
                    let mut errors = Vec::new();
                    let expected =
                        reference.format_pattern(pattern, Some(&fluent_args), &mut errors);
                    let got = ours.format(id, &args, &rules);
                    assert_eq!(
                        got.as_deref(),
                        Some(expected.as_ref()),
                        "{locale:?} {form} {id} {args:?}"
                    );
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 2 * 7 * 300, "only {compared} comparisons");
}

/// `id` of `source` formatted with a number argument `n` by fluent-bundle (English, no
/// isolation marks) and by ours: (expected, got).
fn both(source: &str, id: &str, n: u64) -> (String, Option<String>) {
    let mut reference = FluentBundle::new(vec!["en".parse().unwrap()]);
    reference.set_use_isolating(false);
    reference
        .add_resource(FluentResource::try_new(source.to_owned()).unwrap())
        .unwrap();
    let pattern = reference.get_message(id).and_then(|m| m.value()).unwrap();
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(n));
    let mut errors = Vec::new();
    let expected = reference
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned();
    let ours = compile(source);
    let got = ours.format(id, &[("n", Value::Number(n))], &Rules(Locale::En));
    (expected, got)
}

#[test]
fn missing_arguments_and_references_read_as_in_fluent_bundle() {
    let source = "-brand = Braze\nwith-var = Bucket { $bucket } of { -brand }\nwith-missing-term = { -nothing } here\nwith-missing-message = { nothing } here\nwith-message = see: { with-var }\n";
    for id in [
        "with-var",
        "with-missing-term",
        "with-missing-message",
        "with-message",
    ] {
        let (expected, got) = both(source, id, 0);
        assert_eq!(got, Some(expected), "{id}");
    }
    let ours = compile(source);
    assert_eq!(
        ours.format("-brand", &[], &Rules(Locale::En)),
        None,
        "terms are not messages"
    );
    assert_eq!(ours.format("absent", &[], &Rules(Locale::En)), None);
}

#[test]
fn multiline_patterns_keep_fluents_indentation_rules() {
    let source = "block =\n    First line\n      indented more\n\n    after a blank line\ninline = Starts here\n    and goes on   \nselect = { $n ->\n    [one] one\n        two lines\n   *[other] many\n}\n";
    for (id, n) in [("block", 0u64), ("inline", 0), ("select", 1), ("select", 2)] {
        let (expected, got) = both(source, id, n);
        assert_eq!(got, Some(expected), "{id} {n}");
    }
}

#[test]
fn fluent_the_formatter_does_not_read_fails_the_build_by_file_and_line() {
    let source = "ok = fine\nwith-attr = x\n    .title = y\nterm-arg = { -t(case: \"x\") }\n-t = T\nother-fn = { DATETIME($d) }\ndecimal = { 1.5 }\n";
    let source = l10n_check::Source {
        name: "locales/xx/main.ftl".to_owned(),
        text: source.to_owned(),
    };
    let problems = l10n_compile::compile(&[source]).unwrap_err();
    let expected = [
        "locales/xx/main.ftl:2: with-attr uses attributes",
        "locales/xx/main.ftl:4: term-arg uses attribute or term arguments",
        "locales/xx/main.ftl:6: other-fn uses DATETIME()",
        "locales/xx/main.ftl:7: decimal uses the number 1.5",
    ];
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    for (problem, start) in problems.iter().zip(expected) {
        assert!(problem.starts_with(start), "{problem}");
    }
}
