//! What the reader should see, written from docs/facts.md and docs/contract.md (the policies
//! through the shared fixture `tests/fixtures/braze-policies.json`), not from the widget's code.

use serde_json::Value;

use crate::fixtures;

pub const INTEGRATIONS: [&str; 3] = ["currents", "dashboard-export", "both"];
pub const AUTHS: [&str; 2] = ["secret-key", "role-arn"];

/// Every integration × auth method.
pub fn cases() -> Vec<(&'static str, &'static str)> {
    INTEGRATIONS
        .iter()
        .flat_map(|i| AUTHS.iter().map(move |a| (*i, *a)))
        .collect()
}

fn has_currents(integration: &str) -> bool {
    matches!(integration, "currents" | "both")
}

fn has_dashboard(integration: &str) -> bool {
    matches!(integration, "dashboard-export" | "both")
}

/// The guide's steps for a case, in the order the reader works (FACTS: "The two auth
/// methods", then linking in Braze, then what changes once the bucket is linked).
pub fn steps(integration: &str, auth: &str) -> Vec<&'static str> {
    let mut steps = vec!["prerequisites", "create-bucket"];
    match auth {
        "secret-key" => steps.extend([
            "create-user",
            "get-credentials",
            "create-policy",
            "attach-policy",
        ]),
        "role-arn" => steps.extend([
            "create-policy",
            "create-role",
            "attach-policy",
            "copy-role-arn",
        ]),
        other => panic!("unknown auth {other}"),
    }
    if has_currents(integration) {
        steps.push("link-currents");
    }
    if has_dashboard(integration) {
        steps.push("link-dashboard-export");
        steps.push("export-behaviour");
    }
    if has_currents(integration) {
        steps.push("several-connectors");
    }
    // Optional: the same setup as CLI, CloudFormation or Terraform.
    steps.push("automate");
    steps
}

/// The guide's steps with Braze's AES-256 option on: the optional bucket policy that refuses
/// unencrypted uploads comes right after the bucket (the option exists for Currents only).
pub fn steps_with_sse(integration: &str, auth: &str) -> Vec<&'static str> {
    let mut steps = steps(integration, auth);
    if has_currents(integration) {
        steps.insert(2, "enforce-encryption");
    }
    steps
}

/// The French title of each step (locales/fr/main.ftl), as the reader reads it.
pub fn french_step_title(step: &str, auth: &str) -> &'static str {
    match (step, auth) {
        ("prerequisites", _) => "Conditions préalables",
        ("create-bucket", _) => "Créer le compartiment S3",
        ("enforce-encryption", _) => "Facultatif : refuser les envois non chiffrés",
        ("create-user", _) => "Créer un utilisateur IAM",
        ("get-credentials", _) => "Obtenir les informations d'identification",
        ("create-policy", _) => "Créer la politique d'autorisations",
        ("attach-policy", "secret-key") => "Joindre la politique à l'utilisateur",
        ("attach-policy", _) => "Joindre la politique et nommer le rôle",
        ("create-role", _) => "Créer le rôle",
        ("copy-role-arn", _) => "Copier l'ARN du rôle",
        ("link-currents", _) => "Lier Braze Currents à AWS",
        ("link-dashboard-export", _) => "Lier l'export du tableau de bord à AWS",
        ("export-behaviour", _) => "Comportement des exportations",
        ("several-connectors", _) => "Plusieurs connecteurs",
        ("automate", _) => "Facultatif\u{a0}: tout créer d'un coup",
        (other, _) => panic!("no French title written for step {other}"),
    }
}

/// Snippet ids docs/contract.md reserves for the infrastructure-as-code issue: allowed on the
/// page, checked by that tests, left out of the comparisons here.
pub const IAC_SNIPPETS: [&str; 3] = ["cli-script", "cloudformation", "terraform"];

/// The preflight's script: not in the guide but in the preflight section after it, for every
/// case (checked by `tests/e2e/preflight.test.mjs` and `tests/core_preflight.rs`).
pub const PREFLIGHT_SNIPPET: &str = "preflight-script";

/// The snippets of a case, in page order: each integration's policy (and, for both, the one
/// policy covering both), then for a role its trust policy and the role ARN to paste.
pub fn snippets(integration: &str, auth: &str) -> Vec<&'static str> {
    let mut ids = match integration {
        "currents" => vec!["policy-currents"],
        "dashboard-export" => vec!["policy-dashboard-export"],
        "both" => vec![
            "policy-currents",
            "policy-dashboard-export",
            "policy-combined",
        ],
        other => panic!("unknown integration {other}"),
    };
    if auth == "role-arn" {
        ids.extend(["trust-policy", "role-arn"]);
    }
    ids
}

/// docs/facts.md, policy 1: Currents, both auth methods.
pub fn currents_policy(bucket: &str) -> Value {
    fixtures::identity_policy("currents", bucket)
}

/// docs/facts.md, policies 2 (secret key) and 3 (role ARN): dashboard data export.
pub fn dashboard_policy(bucket: &str, auth: &str) -> Value {
    match auth {
        "secret-key" => fixtures::identity_policy("dashboard-export/secret-key", bucket),
        "role-arn" => fixtures::identity_policy("dashboard-export/role-arn", bucket),
        other => panic!("unknown auth {other}"),
    }
}

/// docs/facts.md, the trust policy of the role.
pub fn trust_policy(account: &str, external_id: &str) -> Value {
    fixtures::trust_policy(account, external_id)
}

/// The document as data: `Action`/`Resource` (and a principal's list) are sets in IAM, and
/// may be a string or a list; the order of statements does not matter either.
pub fn normalize(document: &Value) -> Value {
    let mut document = document.clone();
    if let Some(statements) = document.get_mut("Statement") {
        let mut list: Vec<Value> = match statements.take() {
            Value::Array(list) => list,
            single => vec![single],
        };
        for statement in &mut list {
            if let Value::Object(fields) = statement {
                for key in ["Action", "NotAction", "Resource", "NotResource"] {
                    if let Some(value) = fields.get_mut(key) {
                        *value = as_sorted_set(value);
                    }
                }
                if let Some(Value::Object(principal)) = fields.get_mut("Principal") {
                    for value in principal.values_mut() {
                        *value = as_sorted_set(value);
                    }
                }
            }
        }
        list.sort_by_key(|s| s.to_string());
        *statements = Value::Array(list);
    }
    document
}

fn as_sorted_set(value: &Value) -> Value {
    let mut items: Vec<String> = match value {
        Value::String(s) => vec![s.clone()],
        Value::Array(list) => list
            .iter()
            .map(|v| v.as_str().expect("a string in an IAM list").to_owned())
            .collect(),
        other => panic!("not an IAM string list: {other}"),
    };
    items.sort();
    items.dedup();
    Value::Array(items.into_iter().map(Value::String).collect())
}

/// Every (action, resource) pair a policy allows. Panics on anything but plain `Allow`
/// statements with `Action` and `Resource`: an identity policy here needs nothing else.
pub fn grants(document: &Value) -> Vec<(String, String)> {
    assert_eq!(document["Version"], "2012-10-17", "policy version");
    let normalized = normalize(document);
    let mut pairs = Vec::new();
    for statement in normalized["Statement"].as_array().expect("statements") {
        let fields = statement.as_object().expect("a statement object");
        for key in fields.keys() {
            assert!(
                ["Sid", "Effect", "Action", "Resource"].contains(&key.as_str()),
                "unexpected {key} in identity policy statement {statement}"
            );
        }
        assert_eq!(statement["Effect"], "Allow", "in {statement}");
        for action in statement["Action"].as_array().expect("actions") {
            for resource in statement["Resource"].as_array().expect("resources") {
                pairs.push((
                    action.as_str().unwrap_or_default().to_owned(),
                    resource.as_str().unwrap_or_default().to_owned(),
                ));
            }
        }
    }
    pairs
}

/// IAM resource matching: `*` matches any run of characters, `?` any one character.
pub fn arn_matches(pattern: &str, arn: &str) -> bool {
    let (p, s): (Vec<char>, Vec<char>) = (pattern.chars().collect(), arn.chars().collect());
    let (mut pi, mut si) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while si < s.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == s[si]) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = si;
            pi += 1;
        } else if let Some(star_at) = star {
            pi = star_at + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// Pairs of `wanted` that no pair of `granted` covers (same action, matching resource).
pub fn uncovered(
    wanted: &[(String, String)],
    granted: &[(String, String)],
) -> Vec<(String, String)> {
    wanted
        .iter()
        .filter(|(action, resource)| {
            !granted
                .iter()
                .any(|(a, r)| a == action && arn_matches(r, resource))
        })
        .cloned()
        .collect()
}

/// Whether the bucket policy `document` refuses a `PutObject` into the bucket whose
/// `x-amz-server-side-encryption` header is `header` (`None`: no header). Understands the
/// condition operators such a policy needs (`StringEquals`, `StringNotEquals`, `Null`); any
/// other operator fails the test.
pub fn denies_put(document: &Value, bucket: &str, header: Option<&str>) -> bool {
    const KEY: &str = "s3:x-amz-server-side-encryption";
    let object = format!("arn:aws:s3:::{bucket}/some/object.json");
    let normalized = normalize(document);
    normalized["Statement"]
        .as_array()
        .expect("statements")
        .iter()
        .filter(|s| s["Effect"] == "Deny")
        .filter(|s| {
            s["Action"]
                .as_array()
                .is_some_and(|a| a.iter().any(|a| a == "s3:PutObject" || a == "s3:*"))
        })
        .filter(|s| {
            s["Resource"].as_array().is_some_and(|r| {
                r.iter()
                    .any(|r| arn_matches(r.as_str().unwrap_or_default(), &object))
            })
        })
        .any(|s| {
            let Some(conditions) = s["Condition"].as_object() else {
                return true;
            };
            conditions.iter().all(|(operator, keys)| {
                keys.as_object()
                    .expect("condition keys")
                    .iter()
                    .all(|(key, value)| {
                        let present = if key == KEY { header } else { None };
                        let value = value.as_str().expect("a string condition value");
                        match operator.as_str() {
                            "StringEquals" => present == Some(value),
                            "StringNotEquals" => present != Some(value),
                            "Null" => (present.is_none()) == (value == "true"),
                            other => panic!("operator {other} not understood by the test"),
                        }
                    })
            })
        })
}
