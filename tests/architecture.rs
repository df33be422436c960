//! The shape of `src/`, checked: no file `use`s its way back to itself through other files (no
//! import circle), and no file is longer than one sitting's read. `docs/ARCHITECTURE.md` draws
//! the map these rules keep true.
//!
//! The graph is read from the source text: every `use` tree and every `crate::…`/`super::…`
//! path outside comments, resolved to the longest module path that is a file of `src/`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// No file under `src/` is longer than this (issue 11).
const MAX_LINES: usize = 500;

struct Module {
    path: PathBuf,
    /// Lines of the file without its inline `#[cfg(test)]` module.
    code: String,
    lines: usize,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rs_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/core/checker/mod.rs` → `["core", "checker"]`; `src/lib.rs` → `[]`.
fn module_name(path: &Path) -> Vec<String> {
    let rel = path.strip_prefix(src_dir()).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

fn modules() -> BTreeMap<Vec<String>, Module> {
    let mut files = Vec::new();
    rs_files(&src_dir(), &mut files);
    files
        .into_iter()
        .filter(|p| !p.ends_with("main.rs"))
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let code = text
                .split("#[cfg(test)]")
                .next()
                .unwrap()
                .lines()
                .map(|l| l.split("//").next().unwrap())
                .collect::<Vec<_>>()
                .join("\n");
            let lines = text.lines().count();
            (module_name(&path), Module { path, code, lines })
        })
        .collect()
}

/// Every path a `use` tree names: `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap().trim().to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap()];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(expand)
        .map(|p| {
            if p == "self" {
                prefix.trim_end_matches("::").to_owned()
            } else {
                format!("{prefix}{p}")
            }
        })
        .collect()
}

/// The paths a file names: its `use` trees, and `crate::…` / `super::…` paths in its code.
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        rest = &rest[at + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let end = rest.find(';').unwrap_or(rest.len());
        let tree: String = rest[..end].split_whitespace().collect();
        paths.extend(expand(&tree));
        rest = &rest[end..];
    }
    for start in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(at) = rest.find(start) {
            let before = rest[..at].chars().last();
            let tail = &rest[at..];
            let len = tail
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(tail.len());
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                paths.push(tail[..len].to_owned());
            }
            rest = &rest[at + start.len()..];
        }
    }
    paths
}

/// The module (a file of `src/`) a path written in `from` leads to, if any.
fn resolve(
    from: &[String],
    is_dir_module: bool,
    path: &str,
    known: &BTreeSet<Vec<String>>,
) -> Option<Vec<String>> {
    let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
    // `super` in `a/b.rs` is `a`; in `a/b/mod.rs` (module a::b) it is also `a`.
    let mut base: Vec<String> = match *segments.peek()? {
        "crate" => {
            segments.next();
            Vec::new()
        }
        "self" => {
            segments.next();
            from.to_vec()
        }
        "super" => from.to_vec(),
        // An external crate, or a name of this module: not an edge between files.
        _ => return None,
    };
    let _ = is_dir_module;
    while segments.peek() == Some(&"super") {
        segments.next();
        base.pop();
    }
    let mut best = known.contains(&base).then(|| base.clone());
    for segment in segments {
        base.push(segment.to_owned());
        if known.contains(&base) {
            best = Some(base.clone());
        }
    }
    best
}

fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let known: BTreeSet<Vec<String>> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(name, module)| {
            let is_dir = module.path.ends_with("mod.rs");
            let edges = named_paths(&module.code)
                .iter()
                .filter_map(|p| resolve(name, is_dir, p, &known))
                // The crate root only declares modules and the allocator; `crate::msg!` is
                // a macro exported there, not a dependency on a file.
                .filter(|target| target != name && !target.is_empty())
                .collect();
            (name.clone(), edges)
        })
        .collect()
}

/// A cycle through `start`, if any, as the list of modules walked.
fn find_cycle(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        marks: &mut BTreeMap<Vec<String>, Mark>,
        stack: &mut Vec<Vec<String>>,
    ) -> Option<Vec<String>> {
        match marks.get(node) {
            Some(Mark::Done) => return None,
            Some(Mark::Open) => {
                let from = stack.iter().position(|n| n == node).unwrap();
                let mut cycle: Vec<String> = stack[from..].iter().map(|m| m.join("::")).collect();
                cycle.push(node.join("::"));
                return Some(cycle);
            }
            None => {}
        }
        marks.insert(node.clone(), Mark::Open);
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, marks, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        marks.insert(node.clone(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, graph, &mut marks, &mut Vec::new()) {
            return Some(cycle);
        }
    }
    None
}

#[test]
fn the_import_graph_of_src_has_no_circle() {
    let graph = graph();
    assert!(graph.len() > 20, "too few modules read: {:?}", graph.keys());
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import circle: {}", cycle.join(" → "));
    }
}

#[test]
fn no_file_under_src_is_over_the_limit() {
    let long: Vec<String> = modules()
        .values()
        .filter(|m| m.lines > MAX_LINES)
        .map(|m| format!("{} ({} lines)", m.path.display(), m.lines))
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

// The checker of the rules above must itself be able to fail.

#[test]
fn use_trees_expand_to_every_path() {
    assert_eq!(
        expand("super::{a,b::{c,self},d as e}"),
        ["super::a", "super::b::c", "super::b", "super::d"]
    );
}

#[test]
fn a_circle_is_found() {
    let m = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    let mut graph = BTreeMap::new();
    graph.insert(m("core::a"), BTreeSet::from([m("core::b")]));
    graph.insert(m("core::b"), BTreeSet::from([m("core::c")]));
    graph.insert(m("core::c"), BTreeSet::from([m("core::a")]));
    assert_eq!(
        find_cycle(&graph).unwrap(),
        ["core::a", "core::b", "core::c", "core::a"]
    );
    graph.insert(m("core::c"), BTreeSet::new());
    assert_eq!(find_cycle(&graph), None);
}

#[test]
fn paths_resolve_to_the_file_that_defines_them() {
    let m = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    let known = BTreeSet::from([
        m("core"),
        m("core::guide"),
        m("core::snippets"),
        m("core::checker"),
        m("core::checker::eval"),
    ]);
    let from = m("core::guide");
    assert_eq!(
        resolve(&from, false, "super::snippets::SnippetId", &known),
        Some(m("core::snippets"))
    );
    assert_eq!(
        resolve(&from, false, "crate::core::checker::eval::access", &known),
        Some(m("core::checker::eval"))
    );
    assert_eq!(resolve(&from, false, "std::rc::Rc", &known), None);
    let from = m("core::checker::eval");
    assert_eq!(
        resolve(&from, false, "super::Reason", &known),
        Some(m("core::checker"))
    );
}
