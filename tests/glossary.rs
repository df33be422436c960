//! Every locale holds to its glossary (`docs/glossary/<lang>.md`, issue 20): a variant the
//! glossary refuses, found in a message of `locales/<lang>/*.ftl`, fails this test with the
//! file and the message id. How a table row is read is written in `docs/glossary/README.md`.

use std::fs;
use std::path::{Path, PathBuf};

use braze_s3_companion::i18n::Locale;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One row of a glossary: the term, and what the locale refuses for it.
#[derive(Debug, PartialEq)]
struct Rule {
    term: String,
    refused: Vec<String>,
    /// Message ids where a refused variant is quoted on purpose.
    allowed_in: Vec<String>,
}

/// The text between backticks in `cell`, in order.
fn quoted(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The rows of every table of a glossary: `| term | decision | refused | source | allowed in |`.
fn rules(markdown: &str) -> Vec<Rule> {
    markdown
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('|'))
        .map(|line| {
            line.trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect::<Vec<_>>()
        })
        // The header row names no variant; the separator row is all dashes.
        .filter(|cells| {
            !cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
        })
        .skip(1)
        .map(|cells| {
            assert_eq!(cells.len(), 5, "a glossary row has five cells: {cells:?}");
            assert!(
                !cells[0].is_empty() && !cells[1].is_empty() && !cells[3].is_empty(),
                "term, decision and source are written: {cells:?}"
            );
            Rule {
                term: cells[0].to_owned(),
                refused: quoted(cells[2]),
                allowed_in: quoted(cells[4]),
            }
        })
        .collect()
}

/// A message or term of a `.ftl` file: its id, its line, and its text (continuation lines
/// joined), comments left out.
#[derive(Debug, PartialEq)]
struct Entry {
    id: String,
    line: usize,
    text: String,
}

fn entries(ftl: &str) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut open = false;
    for (index, line) in ftl.lines().enumerate() {
        if line.starts_with(' ') && open {
            let last = out.last_mut().expect("an open entry");
            last.text.push(' ');
            last.text.push_str(line.trim());
            continue;
        }
        open = false;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((id, text)) = line.split_once('=') {
            let id = id.trim();
            if !id.is_empty()
                && id
                    .trim_start_matches('-')
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                out.push(Entry {
                    id: id.to_owned(),
                    line: index + 1,
                    text: text.trim().to_owned(),
                });
                open = true;
            }
        }
    }
    out
}

/// The words of a message: its code spans (`` `…` ``) and simple placeables (`{ $x }`,
/// `{ -term }`, `{ message }`, `{ NUMBER($x) }`) left out, since they are not the locale's
/// wording.
fn wording(text: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '`' {
            in_code = !in_code;
            out.push(' ');
            continue;
        }
        if in_code {
            continue;
        }
        if c == '{' {
            let rest: String = chars.clone().take_while(|&ch| ch != '}').collect();
            let simple = !rest.contains("->") && !rest.contains('{') && !rest.contains('"');
            if simple && chars.clone().any(|ch| ch == '}') {
                for _ in 0..=rest.chars().count() {
                    chars.next();
                }
                out.push(' ');
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Whether `variant` occurs in `text`, as a word where it starts or ends with a letter.
fn occurs(text: &str, variant: &str) -> bool {
    let starts_with_letter = variant.chars().next().is_some_and(char::is_alphanumeric);
    let ends_with_letter = variant.chars().last().is_some_and(char::is_alphanumeric);
    let latin = |c: char| c.is_alphanumeric() && (c as u32) < 0x0250;
    text.match_indices(variant).any(|(at, _)| {
        let before = text[..at].chars().last();
        let after = text[at + variant.len()..].chars().next();
        let glued_before = starts_with_letter && before.is_some_and(latin);
        let glued_after = ends_with_letter && after.is_some_and(latin);
        !glued_before && !glued_after
    })
}

fn ftl_files(tag: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("locales").join(tag))
        .unwrap_or_else(|e| panic!("locales/{tag}: {e}"))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

/// Every refused variant found in `tag`'s files, as "file:line: id: `variant` (term)".
fn violations(tag: &str, rules: &[Rule]) -> Vec<String> {
    let mut found = Vec::new();
    for file in ftl_files(tag) {
        let text = fs::read_to_string(&file).expect("a readable .ftl file");
        let name = file
            .strip_prefix(root())
            .unwrap_or(&file)
            .display()
            .to_string();
        for entry in entries(&text) {
            let words = wording(&entry.text);
            for rule in rules {
                if rule.allowed_in.contains(&entry.id) {
                    continue;
                }
                for variant in &rule.refused {
                    if occurs(&words, variant) {
                        found.push(format!(
                            "{name}:{}: {}: `{variant}` (glossary {tag}: {})",
                            entry.line, entry.id, rule.term
                        ));
                    }
                }
            }
        }
    }
    found
}

fn glossary(tag: &str) -> Vec<Rule> {
    let path = root().join("docs/glossary").join(format!("{tag}.md"));
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}: every language has a glossary", path.display()));
    rules(&text)
}

#[test]
fn every_language_has_a_glossary_with_terms_sources_and_refused_variants() {
    let mut refused = 0;
    for locale in Locale::ALL {
        let rules = glossary(locale.tag());
        assert!(rules.len() >= 3, "{}: {rules:?}", locale.tag());
        refused += rules.iter().map(|r| r.refused.len()).sum::<usize>();
    }
    assert!(
        refused > 30,
        "the glossaries refuse {refused} variants in all"
    );
}

#[test]
fn every_locale_file_holds_to_its_glossary() {
    let found: Vec<String> = Locale::ALL
        .iter()
        .flat_map(|locale| violations(locale.tag(), &glossary(locale.tag())))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Each glossary's "allowed in" names a message of its locale, so an exception cannot outlive
/// the message it was made for.
#[test]
fn every_exception_names_a_message_of_its_locale() {
    for locale in Locale::ALL {
        let tag = locale.tag();
        let ids: Vec<String> = ftl_files(tag)
            .iter()
            .flat_map(|f| entries(&fs::read_to_string(f).expect("readable")))
            .map(|e| e.id)
            .collect();
        for rule in glossary(tag) {
            for id in &rule.allowed_in {
                assert!(
                    ids.contains(id),
                    "{tag}: {id} ({}) is no message",
                    rule.term
                );
            }
        }
    }
}

// The reader itself, on made-up files: it must find what it is meant to find.

#[test]
fn a_refused_variant_is_named_with_its_file_line_and_message_id() {
    let rules = rules(
        "| term | decision | refused | source | allowed in |\n\
         |---|---|---|---|---|\n\
         | address | tú | `usted`, `Pegue` | Braze | `kept` |\n",
    );
    assert_eq!(
        rules,
        [Rule {
            term: "address".into(),
            refused: vec!["usted".into(), "Pegue".into()],
            allowed_in: vec!["kept".into()],
        }]
    );
    let ftl = "# usted in a comment is fine\n\
               ok = Pega el informe.\n\
               bad = Pegue el informe, { $x } por favor.\n\
               multi = { $count ->\n    [one] uno\n   *[other] usted ve { $count }\n}\n\
               code = Escribe `Pegue` tal cual.\n\
               kept = Pegue, citado a propósito.\n\
               -term = Usted\n";
    let found: Vec<(String, usize)> = entries(ftl)
        .into_iter()
        .filter(|e| !rules[0].allowed_in.contains(&e.id))
        .filter(|e| {
            rules[0]
                .refused
                .iter()
                .any(|v| occurs(&wording(&e.text), v))
        })
        .map(|e| (e.id, e.line))
        .collect();
    assert_eq!(
        found,
        [("bad".to_owned(), 3), ("multi".to_owned(), 4)],
        "case-sensitive, code spans and exceptions left out"
    );
}

#[test]
fn a_variant_matches_as_a_word_where_it_starts_or_ends_with_a_letter() {
    assert!(occurs("ce que tu vois", "tu"));
    assert!(!occurs("un tutoriel", "tu"));
    assert!(!occurs("statut", "tu"));
    assert!(occurs("(tu)", "tu"));
    assert!(
        occurs("AWS 보안 키를 입력", "보안 키"),
        "Korean particles follow the word"
    );
    assert!(occurs("オブジェクトロックがオンです", "オブジェクトロック"));
    assert!(!occurs("aba", "abas"));
    assert!(occurs("Na aba Permissões", "aba"));
    assert!(!occurs("trabalhar", "aba"));
}

#[test]
fn code_spans_and_placeables_are_not_the_locale_s_wording() {
    assert_eq!(
        wording("Copie `Pegue` y { $bucket } o { -aws-users } { NUMBER($max) }")
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["Copie", "y", "o"]
    );
    // A selector's variants stay: they are wording.
    assert!(wording("{ $n -> [one] usted *[other] ustedes }").contains("usted"));
}
