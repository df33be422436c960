//! Google Cloud Storage from the command line, for the linters of `tests/lint/gcs_*.py`:
//!
//! - `cargo run --example gcs -- generate <case.json>`: the generated files as JSON,
//!   `{"gcs-role": …, "gcs-cli-script": …, "gcs-terraform": …, "preflight-script": …}`, each
//!   the text or `{"needs": [<field keys>]}`;
//! - `cargo run --example gcs -- check <case.json> <report.txt> <now>`: reads a preflight
//!   report and prints the findings (`[{"id", "status", "message", "fix", "snippet"}]`, the
//!   messages in English), or `{"problem": "<message>"}`. `now` is in seconds since the epoch.
//!
//! `case.json`: `{"integration", "bucket", "project_id", "role_id", "service_account",
//! "prefix", "hierarchical_namespace"}` (keys as in the URL; missing = default).

use std::fs;
use std::process::ExitCode;

use braze_s3_companion::core::config::Integration;
use braze_s3_companion::core::providers::gcs::preflight;
use braze_s3_companion::core::providers::gcs::snippets::generate;
use braze_s3_companion::core::providers::gcs::{GcsReport, GcsSetup, GcsSnippet};
use braze_s3_companion::i18n::{Locale, Localizer};
use serde_json::{json, Map, Value};

fn setup(case: &Value) -> GcsSetup {
    let text = |key: &str| {
        case.get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    GcsSetup {
        integration: Integration::from_key(&text("integration")).unwrap_or_default(),
        bucket: text("bucket"),
        project_id: text("project_id"),
        role_id: text("role_id"),
        service_account: text("service_account"),
        prefix: text("prefix"),
        hierarchical_namespace: case
            .get("hierarchical_namespace")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let usage = || "usage: gcs generate <case.json> | gcs check <case.json> <report> <now>";
    let read = |path: &String| fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let case: Value = match args.get(1) {
        Some(path) => serde_json::from_str(&read(path)?).map_err(|e| e.to_string())?,
        None => return Err(usage().into()),
    };
    let setup = setup(&case);
    let report = GcsReport::new(&setup);
    let en = Localizer::get(Locale::En);
    let value = match (args.first().map(String::as_str), args.get(2), args.get(3)) {
        (Some("generate"), None, None) => {
            let mut files = Map::new();
            for snippet in GcsSnippet::ALL {
                let file = match generate(snippet, &setup, &report) {
                    Ok(text) => Value::String(text),
                    Err(fields) => {
                        json!({ "needs": fields.iter().map(|f| f.key()).collect::<Vec<_>>() })
                    }
                };
                files.insert(snippet.key().to_owned(), file);
            }
            Value::Object(files)
        }
        (Some("check"), Some(report_path), Some(now)) => {
            let now: i64 = now.parse().map_err(|_| format!("not a time: {now}"))?;
            match preflight::read_report(&read(report_path)?) {
                Err(problem) => json!({ "problem": en.text(&problem.message()) }),
                Ok(report) => preflight::check(&report, &setup, now)
                    .iter()
                    .map(|f| {
                        json!({
                            "id": f.id.key(),
                            "status": f.status.key(),
                            "message": en.text(&f.message),
                            "fix": f.fix.as_ref().map(|m| en.text(m)),
                            "snippet": f.snippet.map(|s| s.key()),
                        })
                    })
                    .collect(),
            }
        }
        _ => return Err(usage().into()),
    };
    Ok(serde_json::to_string_pretty(&value).unwrap_or_default())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
