//! Checks the locale files against the code and compiles them, with the Fluent project's own
//! parser (`fluent-syntax`), so that no Fluent parser ships in the widget:
//!
//! - fails the build, naming file and line, on a syntax error, a message the code asks for
//!   that a locale lacks, a message no code asks for, a variable the code does not pass, a
//!   term used but not defined (or the reverse), or a Fluent feature the formatter lacks;
//! - packs each locale into flat tables (`src/i18n/packed.rs`) and writes it as Rust data
//!   (`$OUT_DIR/locale-<tag>.rs`, compiled in by `src/i18n/localizer.rs`) and as JSON
//!   (`$OUT_DIR/locales/<tag>.json`); and English as the first module embeds it, only the
//!   messages its code asks for (`$OUT_DIR/locale-en-first.rs`, `build/first_view.rs`);
//! - copies the JSON of every language but English to `<target dir>/locales-json/`, where
//!   Trunk's post-build hook (`scripts/copy-locales.mjs`) takes it into `dist/locales/`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::exit;

use locale::Locale;

#[path = "src/i18n/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "build/first_view.rs"]
mod first_view;
#[path = "build/l10n_check.rs"]
#[allow(dead_code)]
mod l10n_check;
#[path = "build/l10n_compile.rs"]
mod l10n_compile;
#[path = "src/i18n/locale.rs"]
#[allow(dead_code)]
mod locale;
#[path = "src/i18n/packed.rs"]
#[allow(dead_code)]
mod packed;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=build");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());

    let locales = l10n_check::read_locales(&root);
    let code = l10n_check::code_messages(&root);
    let mut problems: Vec<String> = l10n_check::check(&code, &locales).all().cloned().collect();
    problems.extend(languages_problems(&locales));
    let mut compiled = Vec::new();
    for (tag, _, sources) in &locales {
        match l10n_compile::compile(sources) {
            Ok(entries) => compiled.push((tag, entries)),
            Err(found) => problems.extend(found),
        }
    }
    if !problems.is_empty() {
        eprintln!("The locale files do not match the code (locales/ against msg!() in src/):");
        for problem in &problems {
            eprintln!("  {problem}");
        }
        exit(1);
    }

    let json_dir = out.join("locales");
    let shipped = target_dir(&out).join("locales-json");
    fs::create_dir_all(&json_dir).unwrap();
    fs::create_dir_all(&shipped).unwrap();
    let first_view_ids = first_view::ids(&root);
    for (tag, entries) in &compiled {
        if tag.as_str() == "en" {
            // What the first module embeds (the sections' module embeds all of English).
            let first = first_view::entries(entries, &first_view_ids);
            write(
                &out.join("locale-en-first.rs"),
                &l10n_compile::rust(&packed::Packed::pack(&first)),
            );
        }
        let packed = packed::Packed::pack(entries);
        write(
            &out.join(format!("locale-{tag}.rs")),
            &l10n_compile::rust(&packed),
        );
        let json = serde_json::to_string(&packed).unwrap();
        write(&json_dir.join(format!("{tag}.json")), &json);
        if tag.as_str() != "en" {
            write(&shipped.join(format!("{tag}.json")), &json);
        }
    }
    // What the `all-locales` build embeds, in `Locale::ALL` order.
    let all: String = Locale::ALL
        .iter()
        .map(|l| {
            format!(
                "include!({:?}),\n",
                out.join(format!("locale-{}.rs", l.tag()))
            )
        })
        .collect();
    write(&out.join("locales-all.rs"), &format!("[\n{all}]"));
}

/// `Locale` (src/i18n/locale.rs) is the list of languages: every folder under `locales/` is
/// one of them, and holds exactly its `.ftl` files.
fn languages_problems(locales: &[(String, String, Vec<l10n_check::Source>)]) -> Vec<String> {
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        let Some((_, folder, sources)) = locales.iter().find(|(tag, ..)| tag == locale.tag())
        else {
            problems.push(format!(
                "locales/{}/ is missing (a language of src/i18n/locale.rs)",
                locale.tag()
            ));
            continue;
        };
        let found: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        let wanted: Vec<String> = locale.files().collect();
        for file in &wanted {
            if !found.contains(&file.as_str()) {
                problems.push(format!("{file} is missing"));
            }
        }
        for file in found.iter().filter(|f| !wanted.iter().any(|w| w == *f)) {
            problems.push(format!(
                "{file}: not one of FTL_FILES (src/i18n/locale.rs) in {folder}"
            ));
        }
    }
    for (tag, folder, _) in locales {
        if !Locale::ALL.iter().any(|l| l.tag() == tag) {
            problems.push(format!(
                "{folder}/ is not a language of src/i18n/locale.rs: add its line there"
            ));
        }
    }
    problems
}

/// Writes through a file of this build's own, then renames: builds for several targets may
/// write the shared folder at once.
fn write(path: &Path, text: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, text).unwrap();
    fs::rename(&tmp, path).unwrap();
}

/// Cargo's target directory: the outermost ancestor of `OUT_DIR` that holds `CACHEDIR.TAG`
/// (`<target>/[<triple>/]<profile>/build/<crate>-<hash>/out`; cargo tags `<target>/<triple>`
/// too), so that the wasm build of `trunk` and a native build write the same folder.
fn target_dir(out: &Path) -> PathBuf {
    out.ancestors()
        .filter(|dir| dir.join("CACHEDIR.TAG").is_file())
        .last()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| out.join("../../../..").to_path_buf())
}
