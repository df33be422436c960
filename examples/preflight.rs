//! The preflight from the command line, for `tests/lint/preflight_moto.py`.
//!
//! - `cargo run --example preflight -- script <case.json>`: prints the preflight script;
//! - `cargo run --example preflight -- check <case.json> <report.txt> <now>`: reads the report
//!   and prints the findings as JSON (`[{"id", "status", "message", "fix", "snippet"}]`, the
//!   messages in English), or `{"problem": "<message>"}`. `now` is in seconds since the epoch.
//!
//! `case.json`: `{"integration", "auth", "bucket", "braze_account", "external_id", "user_name",
//! "role_name", "own_account", "folder", "sse"}` (values as in the URL: `currents`,
//! `secret-key`…; `role_name` may carry the role's path, `service/braze/name`; missing =
//! default).

use std::fs;
use std::process::ExitCode;

use braze_s3_companion::core::config::{AuthMethod, Config, Integration};
use braze_s3_companion::core::preflight;
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::i18n::{Locale, Localizer};
use serde_json::{json, Value};

fn config(case: &Value) -> Config {
    let text = |key: &str| {
        case.get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    Config {
        integration: Integration::from_key(&text("integration")).unwrap_or_default(),
        auth: AuthMethod::from_key(&text("auth")).unwrap_or_default(),
        bucket: text("bucket"),
        braze_account: text("braze_account"),
        external_id: text("external_id"),
        user_name: text("user_name"),
        role_name: text("role_name"),
        own_account: text("own_account"),
        folder: case
            .get("folder")
            .and_then(Value::as_str)
            .map_or_else(|| Config::default().folder, str::to_owned),
        sse: case.get("sse").and_then(Value::as_bool).unwrap_or(false),
        ..Config::default()
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let read = |path: &String| fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let case: Value = match args.get(1) {
        Some(path) => serde_json::from_str(&read(path)?).map_err(|e| e.to_string())?,
        None => return Err("usage: preflight script|check <case.json> [report now]".into()),
    };
    let config = config(&case);
    let en = Localizer::get(Locale::En);
    match (args.first().map(String::as_str), args.get(2), args.get(3)) {
        (Some("script"), None, None) => preflight::script(&config, &Report::new(&config))
            .map_err(|fields| format!("refused: {fields:?}")),
        (Some("check"), Some(report), Some(now)) => {
            let now: i64 = now.parse().map_err(|_| format!("not a time: {now}"))?;
            let value = match preflight::read_report(&read(report)?) {
                Err(problem) => json!({ "problem": en.text(&problem.message()) }),
                Ok(report) => preflight::check(&report, &config, now)
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
            };
            Ok(serde_json::to_string_pretty(&value).unwrap_or_default())
        }
        _ => Err("usage: preflight script|check <case.json> [report now]".into()),
    }
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
