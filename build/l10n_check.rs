//! The checks of the locale files against the code, shared by `build.rs` (which fails the build
//! on any problem) and `tests/locales.rs`. Every problem names a file and a line.
//!
//! The code's side is read from the source: each message id goes through `msg!("id", var =
//! …)`, so reading those calls gives every id and the variables passed with it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;

/// A file's text and the name problems give it (`locales/fr/main.ftl`).
pub struct Source {
    pub name: String,
    pub text: String,
}

impl Source {
    pub fn read(root: &Path, relative: &str) -> Self {
        let path = root.join(relative);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        Self {
            name: relative.to_owned(),
            text,
        }
    }

    /// `name:line` of byte `pos`.
    pub fn at(&self, pos: usize) -> String {
        let line = self.text[..pos.min(self.text.len())].matches('\n').count() + 1;
        format!("{}:{line}", self.name)
    }

    /// `name:line` of the definition of entry `id` (`-brand` for a term).
    pub fn at_entry(&self, id: &str) -> String {
        let mut pos = 0;
        for line in self.text.split_inclusive('\n') {
            let rest = line.strip_prefix(id).map(str::trim_start);
            if rest.is_some_and(|r| r.starts_with('=')) {
                return self.at(pos);
            }
            pos += line.len();
        }
        format!("{}:?", self.name)
    }
}

/// What the code asks for: id → (variables passed, over every call site; where first asked).
pub type CodeMessages = BTreeMap<String, (BTreeSet<String>, String)>;

/// Reads every `msg!` call of the `.rs` files under `root/src`.
pub fn code_messages(root: &Path) -> CodeMessages {
    let mut found = CodeMessages::new();
    let mut files = Vec::new();
    collect(&root.join("src"), "rs", &mut files);
    files.sort();
    for file in files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let source = Source::read(root, &relative);
        for (id, vars, pos) in msg_calls(&source.text) {
            let entry = found
                .entry(id)
                .or_insert_with(|| (BTreeSet::new(), source.at(pos)));
            entry.0.extend(vars);
        }
    }
    found
}

/// The files under `dir` (recursively) whose name ends with `.ext`.
pub fn collect(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir:?}: {e}")) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Parses `msg!("id", a = expr, b = expr)` calls: the id, the names before each `=`, and the
/// byte position of the call.
pub fn msg_calls(source: &str) -> Vec<(String, Vec<String>, usize)> {
    let mut calls = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find("msg!(") {
        let pos = source.len() - rest.len() + start;
        rest = &rest[start + 5..];
        let trimmed = rest.trim_start();
        let Some(body) = trimmed.strip_prefix('"') else {
            continue; // the macro definition itself
        };
        let Some(end) = body.find('"') else {
            break;
        };
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
        calls.push((id, vars, pos));
    }
    calls
}

/// What one locale defines and uses, each with where.
#[derive(Default)]
pub struct LocaleFile {
    /// id → (variables used, where defined).
    pub messages: BTreeMap<String, (BTreeSet<String>, String)>,
    pub terms: BTreeMap<String, String>,
    /// Term → where first referenced.
    pub term_refs: BTreeMap<String, String>,
}

/// Reads the `.ftl` files of one locale; syntax errors and duplicates go to `problems`.
pub fn load_locale(sources: &[Source], problems: &mut Vec<String>) -> LocaleFile {
    let mut file = LocaleFile::default();
    for source in sources {
        let resource = match parser::parse(source.text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for error in errors {
                    // The entry that became junk, then where the parser gave up on it.
                    let entry = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
                    problems.push(format!(
                        "{}: syntax error: {:?} at {}",
                        source.at(entry),
                        error.kind,
                        source.at(error.pos.start),
                    ));
                }
                r
            }
        };
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let at = source.at_entry(m.id.name);
                    let mut vars = BTreeSet::new();
                    let mut refs = BTreeSet::new();
                    if let Some(p) = &m.value {
                        walk_pattern(p, &mut vars, &mut refs);
                    }
                    for term in refs {
                        file.term_refs.entry(term).or_insert_with(|| at.clone());
                    }
                    let id = m.id.name.to_owned();
                    if let Some((_, first)) = file.messages.insert(id.clone(), (vars, at.clone())) {
                        problems.push(format!("{at}: message {id} defined twice (also {first})"));
                    }
                }
                ast::Entry::Term(t) => {
                    let at = source.at_entry(&format!("-{}", t.id.name));
                    let mut vars = BTreeSet::new();
                    let mut refs = BTreeSet::new();
                    walk_pattern(&t.value, &mut vars, &mut refs);
                    for term in refs {
                        file.term_refs.entry(term).or_insert_with(|| at.clone());
                    }
                    let id = t.id.name.to_owned();
                    if let Some(first) = file.terms.insert(id.clone(), at.clone()) {
                        problems.push(format!("{at}: term -{id} defined twice (also {first})"));
                    }
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

/// The problems of the locales, by kind. `english` defines the terms every locale must define.
#[derive(Default)]
pub struct Problems {
    pub syntax: Vec<String>,
    pub missing: Vec<String>,
    pub unused: Vec<String>,
    pub variables: Vec<String>,
    pub terms: Vec<String>,
}

impl Problems {
    pub fn all(&self) -> impl Iterator<Item = &String> {
        self.syntax
            .iter()
            .chain(&self.missing)
            .chain(&self.unused)
            .chain(&self.variables)
            .chain(&self.terms)
    }
}

/// Every check, over `locales`: (tag, its folder's name for messages, its sources), English
/// first.
pub fn check(code: &CodeMessages, locales: &[(String, String, Vec<Source>)]) -> Problems {
    let mut problems = Problems::default();
    let mut english_terms: Option<BTreeSet<String>> = None;
    for (tag, folder, sources) in locales {
        let file = load_locale(sources, &mut problems.syntax);
        for (id, (_, asked_at)) in code {
            if !file.messages.contains_key(id) {
                problems.missing.push(format!(
                    "{folder}: missing message {id} (asked for at {asked_at})"
                ));
            }
        }
        for (id, (vars, at)) in &file.messages {
            let Some((passed, _)) = code.get(id) else {
                problems.unused.push(format!(
                    "{at}: {tag}: unused {id} (no msg!(\"{id}\") in src/)"
                ));
                continue;
            };
            for var in vars.difference(passed) {
                problems
                    .variables
                    .push(format!("{at}: {tag}: {id} uses ${var}, never passed"));
            }
        }
        for (term, at) in &file.term_refs {
            if !file.terms.contains_key(term) {
                problems
                    .terms
                    .push(format!("{at}: {tag}: -{term} used, not defined"));
            }
        }
        for (term, at) in &file.terms {
            if !file.term_refs.contains_key(term) {
                problems
                    .terms
                    .push(format!("{at}: {tag}: -{term} defined, never used"));
            }
        }
        let terms: BTreeSet<String> = file.terms.keys().cloned().collect();
        match &english_terms {
            None => english_terms = Some(terms),
            Some(english) if *english != terms => problems.terms.push(format!(
                "{folder}: {tag} defines the terms {terms:?}, English {english:?}"
            )),
            Some(_) => {}
        }
    }
    problems
}

/// The locale folders under `root/locales` (English first, then by name), each with its
/// `.ftl` files by name.
pub fn read_locales(root: &Path) -> Vec<(String, String, Vec<Source>)> {
    let mut tags: Vec<String> = fs::read_dir(root.join("locales"))
        .expect("locales/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort_by_key(|t| (t != "en", t.clone()));
    tags.into_iter()
        .map(|tag| {
            let folder = format!("locales/{tag}");
            let mut files = Vec::new();
            collect(&root.join(&folder), "ftl", &mut files);
            files.sort();
            let sources = files
                .iter()
                .map(|f| {
                    let name = f.file_name().unwrap().to_string_lossy();
                    Source::read(root, &format!("{folder}/{name}"))
                })
                .collect();
            (tag, folder, sources)
        })
        .collect()
}
