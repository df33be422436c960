//! The Azure Blob Storage core from the command line, for `tests/lint/azure_*.py`.
//!
//! - `azure generate <case.json> <folder>`: writes the files the case shows
//!   (`azure-cli-script.sh`, `azure-certificate.sh`, `azure-terraform.tf`), or prints why not;
//! - `azure script <case.json>`: prints the preflight script;
//! - `azure check <case.json> <report.txt> <now>`: reads the report and prints the findings
//!   as JSON (`[{"id", "status", "message", "fix", "snippet"}]`, English), or
//!   `{"problem": "<message>"}`; `now` in seconds since the epoch;
//! - `azure checker <case.json> <assignments.json> [<definitions.json>]`: the role-assignment
//!   checker's verdict and findings as JSON.
//!
//! `case.json`: `{"integration", "auth", "storage-account", "container", "prefix",
//! "resource-group", "tenant-id", "client-id"}` (keys and values as in the URL).

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use braze_s3_companion::core::config::Integration;
use braze_s3_companion::core::providers::azure::checker::{self, Principal, Target};
use braze_s3_companion::core::providers::azure::rules::Report;
use braze_s3_companion::core::providers::azure::snippets::{self, AzureSnippet};
use braze_s3_companion::core::providers::azure::{preflight, AzureAuth, AzureField, AzureSetup};
use braze_s3_companion::i18n::{Locale, Localizer};
use serde_json::{json, Value};

fn setup(case: &Value) -> AzureSetup {
    let text = |key: &str| case.get(key).and_then(Value::as_str).unwrap_or("");
    let mut setup = AzureSetup {
        integration: Integration::from_key(text("integration")).unwrap_or_default(),
        auth: AzureAuth::from_key(text("auth")).unwrap_or_default(),
        ..AzureSetup::default()
    };
    for field in AzureField::ALL {
        setup.set(field, text(field.key()));
    }
    setup
}

fn run(args: &[String]) -> Result<String, String> {
    let read = |path: &String| fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let usage = || "usage: azure generate|script|check|checker <case.json> …".to_owned();
    let case: Value = match args.get(1) {
        Some(path) => serde_json::from_str(&read(path)?).map_err(|e| e.to_string())?,
        None => return Err(usage()),
    };
    let setup = setup(&case);
    let report = Report::new(&setup);
    let en = Localizer::get(Locale::En);
    match (args.first().map(String::as_str), args.get(2), args.get(3)) {
        (Some("generate"), Some(folder), None) => {
            let mut written = Vec::new();
            for snippet in AzureSnippet::ALL.into_iter().filter(|s| s.applies(&setup)) {
                let text = snippets::generate(snippet, &setup, &report)
                    .map_err(|why| format!("refused: {why:?}"))?;
                let ext = if snippet == AzureSnippet::Terraform {
                    "tf"
                } else {
                    "sh"
                };
                let path = Path::new(folder).join(format!("{}.{ext}", snippet.key()));
                fs::write(&path, text).map_err(|e| e.to_string())?;
                written.push(path.display().to_string());
            }
            Ok(written.join("\n"))
        }
        (Some("script"), None, None) => {
            preflight::script(&setup, &report).map_err(|fields| format!("refused: {fields:?}"))
        }
        (Some("check"), Some(report_path), Some(now)) => {
            let now: i64 = now.parse().map_err(|_| format!("not a time: {now}"))?;
            let value = match preflight::read_report(&read(report_path)?) {
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
            };
            Ok(serde_json::to_string_pretty(&value).unwrap_or_default())
        }
        (Some("checker"), Some(list), definitions) => {
            let target = Target {
                account: setup.storage_account.clone(),
                container: setup.container.clone(),
                resource_group: setup.resource_group.clone(),
                account_id: None,
                principal: Principal::ClientId(setup.client_id.clone()),
            };
            let definitions = definitions.map(read).transpose()?;
            let judgement = checker::check(&read(list)?, definitions.as_deref(), &target);
            let findings: Vec<Value> = judgement
                .findings
                .iter()
                .map(|f| json!({ "message": en.text(&f.message()), "fix": f.fix().map(|m| en.text(&m)) }))
                .collect();
            Ok(serde_json::to_string_pretty(
                &json!({ "verdict": judgement.verdict.key(), "findings": findings }),
            )
            .unwrap_or_default())
        }
        _ => Err(usage()),
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
