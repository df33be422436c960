//! A plain `cargo build` builds what ships (issue 20): Cargo's default features are exactly the
//! features `trunk build` builds the bundle with (the rust link of `index.html`), so that a
//! developer, a test or a tool that builds the crate without flags sees the shipped widget.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn read(file: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

/// The names of a TOML array of strings on one line: `["a", "b"]`.
fn names(list: &str) -> BTreeSet<String> {
    list.trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split(',')
        .map(|name| name.trim().trim_matches('"').to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

/// `default = [...]` of `[features]` in Cargo.toml.
fn default_features() -> BTreeSet<String> {
    let cargo = read("Cargo.toml");
    let features = cargo
        .split("\n[features]\n")
        .nth(1)
        .expect("Cargo.toml has a [features] table");
    let table = features.split("\n[").next().unwrap();
    let line = table
        .lines()
        .find(|l| l.trim_start().starts_with("default"))
        .expect("[features] names its default");
    names(line.split_once('=').unwrap().1)
}

/// The `<link data-trunk rel="rust" …>` of index.html.
fn rust_link() -> String {
    let html = read("index.html");
    html.match_indices("<link")
        .map(|(at, _)| &html[at..at + html[at..].find('>').unwrap()])
        .find(|tag| tag.contains("data-trunk") && tag.contains(r#"rel="rust""#))
        .expect("index.html builds the crate with Trunk")
        .to_owned()
}

/// The features Trunk builds with, read as Trunk reads the link's `data-cargo-*` attributes.
fn shipped_features(default: &BTreeSet<String>) -> BTreeSet<String> {
    let link = rust_link();
    assert!(
        !link.contains("data-cargo-all-features"),
        "the bundle is built with every feature: {link}"
    );
    let mut shipped = if link.contains("data-cargo-no-default-features") {
        BTreeSet::new()
    } else {
        default.clone()
    };
    if let Some((_, rest)) = link.split_once(r#"data-cargo-features=""#) {
        shipped.extend(names(rest.split('"').next().unwrap()));
    }
    shipped
}

#[test]
fn a_plain_cargo_build_is_the_shipped_build() {
    let default = default_features();
    assert_eq!(
        shipped_features(&default),
        default,
        "Cargo's default features differ from those of the shipped bundle (index.html)"
    );
}

#[test]
fn the_shipped_build_fetches_the_other_languages() {
    // docs/decisions/0003: English is built in, the other languages are fetched.
    assert!(!default_features().contains("all-locales"));
}
