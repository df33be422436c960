//! The English the widget's first module embeds: the messages its own code asks for, with the
//! messages and terms they refer to. The sections' module (docs/decisions/0005) embeds all of
//! English; every other language is one file both read.

use std::collections::BTreeSet;
use std::path::Path;

use crate::data::{Element, Entry, Inline, Pattern};
use crate::l10n_check::{collect, msg_calls, Source};

/// Source files only the sections' module runs (`src/bin/sections.rs` and what only it calls,
/// the other providers' views and cores among them: decision 0010): their messages are not in
/// the first module's English. A file that has a message both use stays out of this list.
const SECTIONS_ONLY: [&str; 12] = [
    "src/bin/",
    "src/app/sections/",
    "src/app/components/checker_view.rs",
    "src/app/components/providers/",
    "src/app/components/preflight_view.rs",
    "src/app/components/troubleshoot_view.rs",
    "src/core/checker/",
    "src/core/preflight/",
    "src/core/braze_error/",
    "src/core/providers/",
    "src/core/troubleshoot.rs",
    "src/core/update_credentials.rs",
];

/// The message ids the first module's code asks for.
pub fn ids(root: &Path) -> BTreeSet<String> {
    let mut files = Vec::new();
    collect(&root.join("src"), "rs", &mut files);
    let mut ids = BTreeSet::new();
    for file in files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if SECTIONS_ONLY.iter().any(|only| relative.starts_with(only)) {
            continue;
        }
        let source = Source::read(root, &relative);
        ids.extend(msg_calls(&source.text).into_iter().map(|(id, ..)| id));
    }
    ids
}

/// The entries of `all` that `wanted` asks for, or refer to, directly or not.
pub fn entries(all: &[Entry], wanted: &BTreeSet<String>) -> Vec<Entry> {
    let mut keep: BTreeSet<String> = wanted.clone();
    let mut todo: Vec<String> = wanted.iter().cloned().collect();
    while let Some(id) = todo.pop() {
        let Some(Entry(_, pattern)) = all.iter().find(|e| e.0 == id) else {
            continue;
        };
        let mut refs = Vec::new();
        references(pattern, &mut refs);
        for r in refs {
            if keep.insert(r.clone()) {
                todo.push(r);
            }
        }
    }
    all.iter()
        .filter(|e| keep.contains(e.0.as_ref()))
        .cloned()
        .collect()
}

/// The messages (`id`) and terms (`-id`) `pattern` refers to.
fn references(pattern: &Pattern, out: &mut Vec<String>) {
    let inline = |inline: &Inline, out: &mut Vec<String>| match inline {
        Inline::Term(id) => out.push(format!("-{id}")),
        Inline::Message(id) => out.push(id.to_string()),
        _ => {}
    };
    for element in pattern.iter() {
        match element {
            Element::Text(_) => {}
            Element::Inline(i) => inline(i, out),
            Element::Select(select) => {
                inline(&select.selector, out);
                for variant in select.variants.iter() {
                    references(&variant.1, out);
                }
            }
        }
    }
}
