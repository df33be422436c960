//! Writes every document the core generates, for every case, so that linters no one here wrote
//! can check them (`tests/lint/check_generated.py`).
//!
//! Usage: `cargo run --example generate -- <out-dir>`
//!
//! Cases: each value set below × integration (currents, dashboard-export, both) × auth
//! (secret-key, role-arn). Each case gets a folder with its snippets (the policies of issue 2,
//! the trust policy…) and its three infrastructure files, and `manifest.json` describes each
//! case: its values as typed, the effective names, and each file with its kind. The value sets
//! include the most unusual values the input rules allow (every punctuation character they
//! accept, names starting with `-`, the longest lengths, words YAML would misread).
//! `emitters/` holds the YAML and HCL emitters' output for hostile strings that the input rules
//! would never let through, so real parsers can check the escaping itself.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use braze_s3_companion::core::config::{AuthMethod, Config, Integration, PolicyKind};
use braze_s3_companion::core::guide;
use braze_s3_companion::core::iac::hcl::{self, Block, Expr};
use braze_s3_companion::core::iac::{self, yaml, IacKind};
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::snippets::{self, SnippetBody, SnippetId};
use braze_s3_companion::i18n::{Locale, Localizer};
use serde_json::{json, Value};

/// What a reader typed. Empty names mean "use the default".
struct ValueSet {
    id: &'static str,
    bucket: String,
    account: String,
    external_id: String,
    user_name: String,
    role_name: String,
    policy_name: String,
    folder: String,
    own_account: String,
    sse: bool,
}

/// `len` characters cycling through `alphabet`.
fn cycle(alphabet: &str, len: usize) -> String {
    alphabet.chars().cycle().take(len).collect()
}

fn value_sets() -> Vec<ValueSet> {
    vec![
        // Typical values, default names.
        ValueSet {
            id: "typical",
            bucket: "acme-braze-exports".into(),
            account: "123456789012".into(),
            external_id: "b7c1e2d4-5f60-4a8b-9c0d-1e2f3a4b5c6d".into(),
            user_name: String::new(),
            role_name: String::new(),
            policy_name: String::new(),
            folder: "currents".into(),
            own_account: "111122223333".into(),
            sse: false,
        },
        // Every punctuation character the rules allow, values starting with `-`, dots in the
        // bucket (a warning only).
        ValueSet {
            id: "unusual",
            bucket: "0.a-b.c-9".into(),
            account: "000000000000".into(),
            external_id: "-+=,.@:/-_AZaz09//::@@".into(),
            user_name: "-+=,.@_Zz09-user".into(),
            // A role with a path, as its ARN writes it (issue 22).
            role_name: "team-1/braze.x/--role=+,.@_".into(),
            policy_name: "-@+=,._policy".into(),
            folder: "exports/braze.currents-1".into(),
            own_account: "999999999999".into(),
            sse: true,
        },
        // The longest values the rules allow. With both integrations the derived policy
        // name `<base>-dashboard-export` must fit in 128 characters, so the base is 111.
        ValueSet {
            id: "longest",
            bucket: format!("b{}", cycle("-0a.9z", 62)).replace("..", ".-"),
            account: "999999999999".into(),
            external_id: cycle("+=,.@:/-_Az09", 1224),
            user_name: cycle("U+=,.@-_9", 64),
            role_name: cycle("R@-_=,.+0", 64),
            policy_name: cycle("P.,=+@_-1", 111),
            folder: cycle("abc/", 200).trim_end_matches('/').into(),
            own_account: "123456789012".into(),
            sse: false,
        },
        // Words a careless YAML emitter would turn into numbers, booleans or nulls, and a
        // leading-zero account ID (octal in YAML 1.1).
        ValueSet {
            id: "yaml-traps",
            bucket: "0e5".into(),
            account: "012345678901".into(),
            external_id: "0x10".into(),
            user_name: "null".into(),
            role_name: "true".into(),
            policy_name: "1e3".into(),
            folder: "on".into(),
            own_account: "000000000001".into(),
            sse: false,
        },
    ]
}

fn config(set: &ValueSet, integration: Integration, auth: AuthMethod) -> Config {
    Config {
        integration,
        auth,
        bucket: set.bucket.clone(),
        braze_account: set.account.clone(),
        external_id: set.external_id.clone(),
        folder: set.folder.clone(),
        sse: set.sse,
        user_name: set.user_name.clone(),
        role_name: set.role_name.clone(),
        policy_name: set.policy_name.clone(),
        own_account: set.own_account.clone(),
        ..Config::default()
    }
}

fn policy_slug(kind: PolicyKind) -> &'static str {
    match kind {
        PolicyKind::Currents => "currents",
        PolicyKind::DashboardExport => "dashboard-export",
        PolicyKind::Combined => "combined",
    }
}

struct Out {
    root: PathBuf,
    errors: Vec<String>,
}

impl Out {
    /// Writes `text` to `<root>/<rel>` and returns `rel`.
    fn write(&mut self, rel: &str, text: &str) -> String {
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            if let Err(e) = fs::create_dir_all(parent) {
                self.errors.push(format!("{}: {e}", parent.display()));
            }
        }
        if let Err(e) = fs::write(&path, text) {
            self.errors.push(format!("{}: {e}", path.display()));
        }
        rel.to_owned()
    }
}

fn case(out: &mut Out, set: &ValueSet, integration: Integration, auth: AuthMethod) -> Value {
    let en = Localizer::get(Locale::En);
    let config = config(set, integration, auth);
    let report = Report::new(&config);
    let id = format!("{}--{}--{}", set.id, integration.key(), auth.key());
    let mut files = Vec::new();

    // The snippets the guide offers (issue 2's policies, the trust policy, …).
    for snippet in guide::build(&config, &report).snippets() {
        match snippets::build(snippet, &config, &report) {
            SnippetBody::Ready {
                text, file_name, ..
            } => {
                let name = en.text(&file_name);
                let path = out.write(&format!("{id}/{name}"), &text);
                let mut entry = json!({ "path": path, "snippet": snippet.key() });
                let policy = config
                    .policy_kinds()
                    .into_iter()
                    .find(|kind| SnippetId::for_policy(*kind) == snippet);
                entry["kind"] = match (policy, snippet) {
                    (Some(kind), _) => {
                        entry["policy"] = json!(policy_slug(kind));
                        json!("identity-policy")
                    }
                    (None, SnippetId::TrustPolicy) => json!("trust-policy"),
                    (None, _) if snippet.is_json() => json!("other-json"),
                    (None, _) => json!("other-text"),
                };
                files.push(entry);
            }
            SnippetBody::Waiting { fields }
            | SnippetBody::Placeholder {
                missing: fields, ..
            } => out.errors.push(format!(
                "{id}: snippet {} waits for {fields:?} although every value is valid",
                snippet.key()
            )),
        }
    }

    // The infrastructure files.
    for kind in IacKind::ALL {
        match iac::generate(kind, &config, &report) {
            Ok(text) => {
                let name = en.text(&iac::file_name(kind, &config));
                let path = out.write(&format!("{id}/{name}"), &text);
                files.push(json!({ "path": path, "kind": kind.key() }));
            }
            Err(fields) => out.errors.push(format!(
                "{id}: {} refused valid values: {fields:?}",
                kind.key()
            )),
        }
    }

    let policies: serde_json::Map<String, Value> = [
        PolicyKind::Currents,
        PolicyKind::DashboardExport,
        PolicyKind::Combined,
    ]
    .into_iter()
    .map(|kind| {
        (
            policy_slug(kind).to_owned(),
            json!(config.policy_name_for(kind)),
        )
    })
    .collect();
    json!({
        "id": id,
        "value_set": set.id,
        "integration": integration.key(),
        "auth": auth.key(),
        "values": {
            "bucket": set.bucket,
            "account": set.account,
            "external-id": set.external_id,
            "user-name": set.user_name,
            "role-name": set.role_name,
            "policy-name": set.policy_name,
            "folder": set.folder,
            "own-account": set.own_account,
            "sse": set.sse,
        },
        "names": {
            "user": config.user_name(),
            "role": config.role_name(),
            "role_path": config.role_path(),
            "policies": policies,
        },
        "files": files,
    })
}

/// Strings no input rule lets through, to check the emitters' escaping with real parsers.
fn hostile_strings() -> Vec<String> {
    [
        "plain",
        "",
        " leading and trailing ",
        "012345678901",
        "0x1F",
        "1e3",
        ".inf",
        "true",
        "no",
        "On",
        "null",
        "~",
        "- dash",
        "a: b",
        "# hash",
        "'single'",
        "\"double\"",
        "back\\slash",
        "new\nline",
        "tab\there",
        "cr\rhere",
        "${interp}",
        "%{directive}",
        "$${already}",
        "%%{already}",
        "$$",
        "$",
        "%",
        "{}",
        "[x]",
        "*alias",
        "&anchor",
        "!tag",
        "@at",
        "`tick`",
        "|",
        ">",
        "? q",
        "$(rm -rf /)",
        "é ☃ 😀",
        "nel\u{85}",
        "ls\u{2028}",
        "ps\u{2029}",
        "bom\u{feff}",
        "nul\u{0}",
        "bell\u{7}",
        "del\u{7f}",
        "c1\u{9b}",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect()
}

fn emitter_fixtures(out: &mut Out) -> Value {
    let strings = hostile_strings();
    let keys: serde_json::Map<String, Value> = strings
        .iter()
        .enumerate()
        .map(|(i, s)| (s.clone(), Value::String(i.to_string())))
        .collect();
    let node = json!({ "values": strings, "keys": keys });
    let yaml_path = out.write(
        "emitters/hostile.yaml",
        &yaml::document(&["hostile\nstrings # comment".to_owned()], &node),
    );
    let file = hcl::File {
        comments: vec!["hostile\nstrings".to_owned()],
        blocks: vec![Block::new("locals", &[])
            .attr(
                "values",
                Expr::List(strings.iter().map(|s| Expr::str(s.as_str())).collect()),
            )
            .attr(
                "keys",
                Expr::Object(
                    strings
                        .iter()
                        .enumerate()
                        .map(|(i, s)| (s.clone(), Expr::str(i.to_string())))
                        .collect(),
                ),
            )
            .attr("encoded", Expr::call("jsonencode", vec![Expr::from(&node)]))],
    };
    let hcl_path = out.write("emitters/hostile.tf", &file.to_text());
    json!({ "strings": strings, "yaml": yaml_path, "hcl": hcl_path })
}

fn main() -> ExitCode {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: generate <out-dir>");
        return ExitCode::from(2);
    };
    let mut out = Out {
        root: Path::new(&root).to_path_buf(),
        errors: Vec::new(),
    };
    let mut cases = Vec::new();
    for set in value_sets() {
        for integration in Integration::ALL {
            for auth in AuthMethod::ALL {
                cases.push(case(&mut out, &set, integration, auth));
            }
        }
    }
    let emitters = emitter_fixtures(&mut out);
    let manifest = json!({ "cases": cases, "emitters": emitters });
    let text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    out.write("manifest.json", &text);
    if out.errors.is_empty() {
        println!("{} cases written to {root}", cases.len());
        ExitCode::SUCCESS
    } else {
        for e in &out.errors {
            eprintln!("error: {e}");
        }
        ExitCode::FAILURE
    }
}
