//! Infrastructure as code and CLI (issue 6): the generators refuse every value the input rules
//! reject; the documents they build are checked as data against docs/facts.md; the emitters' output
//! is compared with text written here by hand from the YAML, HCL and bash rules; the shell
//! quoting is checked by bash itself. Expected documents come from docs/facts.md ("The identity
//! policies", "The trust policy") through the shared fixture `tests/fixtures/braze-policies.json`,
//! never from the code's output. `tests/lint/check_generated.py` runs
//! cfn-lint, python-hcl2, parliament and a stub `aws` over the same generators.

use std::process::Command;

use braze_s3_companion::core::config::{AuthMethod, Config, Integration, PolicyKind};
use braze_s3_companion::core::field::Field;
use braze_s3_companion::core::iac::hcl::{self, Block, Expr};
use braze_s3_companion::core::iac::{
    self, cloudformation, shell, terraform, yaml, IacKind, Identity, Plan,
};
use braze_s3_companion::core::policy::to_pretty_json;
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::i18n::{Locale, Localizer};
use proptest::prelude::*;
use serde_json::{json, Value};

mod fixtures;

const BUCKET: &str = "acme-braze-exports";
const ACCOUNT: &str = "123456789012";
const EXTERNAL_ID: &str = "-+=,.@:/-_AZaz09";

fn config(integration: Integration, auth: AuthMethod) -> Config {
    Config {
        integration,
        auth,
        bucket: BUCKET.into(),
        braze_account: ACCOUNT.into(),
        external_id: EXTERNAL_ID.into(),
        user_name: "-user+=,.@_".into(),
        role_name: "-role+=,.@_".into(),
        policy_name: "-policy+=,.@_".into(),
        ..Config::default()
    }
}

/// The generator as the widget calls it: with the report of the same configuration.
fn generate(kind: IacKind, config: &Config) -> Result<String, Vec<Field>> {
    iac::generate(kind, config, &Report::new(config))
}

fn plan(config: &Config) -> Result<Plan, Vec<Field>> {
    Plan::new(config, &Report::new(config))
}

fn every_case() -> impl Iterator<Item = Config> {
    Integration::ALL
        .into_iter()
        .flat_map(|i| AuthMethod::ALL.into_iter().map(move |a| config(i, a)))
}

// ---------------------------------------------------------------------------------------------
// docs/facts.md documents, from the shared fixture

fn facts_currents(bucket: &str) -> Value {
    fixtures::identity_policy("currents", bucket)
}

fn facts_dashboard(bucket: &str, auth: AuthMethod) -> Value {
    match auth {
        AuthMethod::SecretKey => fixtures::identity_policy("dashboard-export/secret-key", bucket),
        AuthMethod::RoleArn => fixtures::identity_policy("dashboard-export/role-arn", bucket),
    }
}

fn facts_trust(account: &str, external_id: &str) -> Value {
    fixtures::trust_policy(account, external_id)
}

/// The published policies the infrastructure creates for `config` (one per integration).
fn expected_policies(config: &Config) -> Vec<Value> {
    let mut out = Vec::new();
    if config.integration.has_currents() {
        out.push(facts_currents(&config.bucket));
    }
    if config.integration.has_dashboard_export() {
        out.push(facts_dashboard(&config.bucket, config.auth));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The generators refuse what the rules reject

/// Values that would break out of a quoted word or inject code, and a few that are merely
/// invalid. None is allowed in any field.
const HOSTILE: [&str; 14] = [
    "a'b", "a\"b", "a$(id)b", "a`id`b", "a\nb", "a b", "a;b", "a\\b", "a${x}b", "a%{x}b", "a|b",
    "a&b", "a#b", "a\u{0}b",
];

fn set(config: &mut Config, field: Field, value: &str) {
    let value = value.to_owned();
    match field {
        Field::Bucket => config.bucket = value,
        Field::BrazeAccount => config.braze_account = value,
        Field::ExternalId => config.external_id = value,
        Field::UserName => config.user_name = value,
        Field::RoleName => config.role_name = value,
        Field::PolicyName => config.policy_name = value,
        other => panic!("{other:?} is not used by the generators"),
    }
}

#[test]
fn every_field_used_is_refused_with_any_hostile_value() {
    for base in every_case() {
        for field in iac::needs(&base) {
            for hostile in HOSTILE {
                let mut config = base.clone();
                set(&mut config, field, hostile);
                for kind in IacKind::ALL {
                    assert_eq!(
                        generate(kind, &config),
                        Err(vec![field]),
                        "{kind:?} {field:?} = {hostile:?} ({:?}, {:?})",
                        config.integration,
                        config.auth
                    );
                }
            }
        }
    }
}

#[test]
fn needs_lists_the_fields_of_each_auth_method() {
    let sk = config(Integration::Both, AuthMethod::SecretKey);
    assert_eq!(
        iac::needs(&sk),
        vec![Field::Bucket, Field::UserName, Field::PolicyName]
    );
    let role = config(Integration::Both, AuthMethod::RoleArn);
    assert_eq!(
        iac::needs(&role),
        vec![
            Field::Bucket,
            Field::BrazeAccount,
            Field::ExternalId,
            Field::RoleName,
            Field::PolicyName
        ]
    );
}

#[test]
fn empty_or_invalid_required_values_are_listed_in_form_order() {
    let mut config = config(Integration::Currents, AuthMethod::RoleArn);
    config.bucket.clear();
    config.braze_account = "12345".into(); // not 12 digits
    config.external_id = "x".into(); // shorter than 2
    for kind in IacKind::ALL {
        assert_eq!(
            generate(kind, &config),
            Err(vec![Field::Bucket, Field::BrazeAccount, Field::ExternalId])
        );
    }
}

#[test]
fn values_the_files_do_not_use_do_not_block_them() {
    // The folder and the reader's own account ID appear in no generated file.
    let mut config = config(Integration::Both, AuthMethod::RoleArn);
    config.folder = "/bad//path".into();
    config.own_account = "not-an-account".into();
    // Secret-key fields are hidden in the role case, and the other way round.
    config.user_name = "bad name".into();
    for kind in IacKind::ALL {
        assert!(generate(kind, &config).is_ok(), "{kind:?}");
    }
    let mut config = self::config(Integration::Currents, AuthMethod::SecretKey);
    config.braze_account = "x".into();
    config.external_id = "$(id)".into();
    config.role_name = "bad name".into();
    for kind in IacKind::ALL {
        assert!(generate(kind, &config).is_ok(), "{kind:?}");
    }
}

#[test]
fn a_policy_base_name_too_long_once_suffixed_is_refused() {
    // IAM: policy names 1–128 characters. With both integrations the longest derived name is
    // `<base>-dashboard-export` (17 more characters).
    let mut config = config(Integration::Both, AuthMethod::SecretKey);
    config.policy_name = "p".repeat(111);
    assert!(generate(IacKind::Terraform, &config).is_ok());
    config.policy_name = "p".repeat(112);
    assert_eq!(
        generate(IacKind::Terraform, &config),
        Err(vec![Field::PolicyName])
    );
}

#[test]
fn bucket_names_with_dots_are_only_a_warning() {
    let mut config = config(Integration::Currents, AuthMethod::SecretKey);
    config.bucket = "my.bucket.example".into();
    assert!(generate(IacKind::CliScript, &config).is_ok());
}

#[test]
fn inert_characters_are_exactly_the_widest_rule() {
    // docs/facts.md: external IDs allow `A-Za-z0-9 + = , . @ : / - _`, the widest of all rules.
    assert!(iac::is_inert("AZaz09+=,.@:/-_"));
    for c in "'\"$`\\ ;|&#(){}[]<>*?!~%^\n\t".chars() {
        assert!(!iac::is_inert(&format!("a{c}b")), "{c:?}");
    }
    assert!(!iac::is_inert(""));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever is typed in the external ID, a generated file either is refused or carries
    /// exactly the value, made only of inert characters.
    #[test]
    fn generated_files_only_ever_carry_inert_values(
        external_id in "[ -~\n\t'\"$`\\\\]{0,24}",
        role in "[ -~]{0,12}",
    ) {
        let mut config = config(Integration::Currents, AuthMethod::RoleArn);
        config.external_id = external_id.clone();
        config.role_name = role.clone();
        match generate(IacKind::CliScript, &config) {
            Ok(script) => {
                prop_assert!(iac::is_inert(&external_id));
                prop_assert!(role.is_empty() || iac::is_inert(&role));
                let needle = format!("\"sts:ExternalId\": \"{external_id}\"");
                prop_assert!(script.contains(&needle));
            }
            Err(fields) => prop_assert!(!fields.is_empty()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The plan: which policies, which identity

#[test]
fn both_integrations_create_the_two_published_policies_not_the_combined_one() {
    for auth in AuthMethod::ALL {
        let config = config(Integration::Both, auth);
        let plan = plan(&config).unwrap();
        let kinds: Vec<PolicyKind> = plan.policies.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![PolicyKind::Currents, PolicyKind::DashboardExport]
        );
        let names: Vec<&str> = plan.policies.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            vec!["-policy+=,.@_-currents", "-policy+=,.@_-dashboard-export"]
        );
        let documents: Vec<Value> = plan
            .policies
            .iter()
            .map(|p| serde_json::from_str::<Value>(&to_pretty_json(&p.document)).unwrap())
            .collect();
        assert_eq!(documents, expected_policies(&config));
    }
}

#[test]
fn one_integration_creates_one_policy_with_the_base_name() {
    let config = config(Integration::DashboardExport, AuthMethod::RoleArn);
    let plan = plan(&config).unwrap();
    assert_eq!(plan.policies.len(), 1);
    assert_eq!(plan.policies[0].name, "-policy+=,.@_");
    match &plan.identity {
        Identity::Role { name, trust, .. } => {
            assert_eq!(name, "-role+=,.@_");
            assert_eq!(
                serde_json::from_str::<Value>(&to_pretty_json(trust)).unwrap(),
                facts_trust(ACCOUNT, EXTERNAL_ID)
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn empty_names_use_the_defaults() {
    let mut config = config(Integration::Currents, AuthMethod::SecretKey);
    config.user_name.clear();
    config.policy_name.clear();
    let plan = plan(&config).unwrap();
    assert_eq!(plan.identity.name(), config.user_name());
    assert_eq!(plan.policies[0].name, config.policy_base_name());
    assert!(!plan.identity.name().is_empty());
}

// ---------------------------------------------------------------------------------------------
// CloudFormation

#[test]
fn cloudformation_templates_hold_the_published_documents() {
    for config in every_case() {
        let plan = plan(&config).unwrap();
        let template = cloudformation::template(&plan);
        assert_eq!(template["AWSTemplateFormatVersion"], "2010-09-09");
        let resources = template["Resources"].as_object().unwrap();
        let policies: Vec<&Value> = resources
            .values()
            .filter(|r| r["Type"] == "AWS::IAM::ManagedPolicy")
            .collect();
        let documents: Vec<Value> = policies
            .iter()
            .map(|p| p["Properties"]["PolicyDocument"].clone())
            .collect();
        assert_eq!(documents, expected_policies(&config), "{config:?}");
        let policy_refs: Vec<Value> = resources
            .iter()
            .filter(|(_, r)| r["Type"] == "AWS::IAM::ManagedPolicy")
            .map(|(id, _)| json!({ "Ref": id }))
            .collect();
        match config.auth {
            AuthMethod::SecretKey => {
                let user = &resources["BrazeUser"];
                assert_eq!(user["Type"], "AWS::IAM::User");
                assert_eq!(user["Properties"]["UserName"], "-user+=,.@_");
                assert_eq!(
                    user["Properties"]["ManagedPolicyArns"],
                    Value::Array(policy_refs)
                );
                assert_eq!(
                    template["Outputs"]["UserName"]["Value"],
                    json!({"Ref": "BrazeUser"})
                );
                // No access key: its secret would sit in the stack.
                assert!(!resources
                    .values()
                    .any(|r| r["Type"] == "AWS::IAM::AccessKey"));
            }
            AuthMethod::RoleArn => {
                let role = &resources["BrazeRole"];
                assert_eq!(role["Type"], "AWS::IAM::Role");
                assert_eq!(role["Properties"]["RoleName"], "-role+=,.@_");
                assert_eq!(
                    role["Properties"]["AssumeRolePolicyDocument"],
                    facts_trust(ACCOUNT, EXTERNAL_ID)
                );
                assert_eq!(
                    role["Properties"]["ManagedPolicyArns"],
                    Value::Array(policy_refs)
                );
                assert_eq!(
                    template["Outputs"]["RoleArn"]["Value"],
                    json!({"Fn::GetAtt": ["BrazeRole", "Arn"]})
                );
            }
        }
        assert_eq!(resources.len(), policies.len() + 1);
    }
}

#[test]
fn cloudformation_yaml_quotes_every_value() {
    let mut config = config(Integration::Currents, AuthMethod::RoleArn);
    config.braze_account = "012345678901".into(); // octal-looking in YAML 1.1
    config.external_id = "0x10".into();
    config.role_name = "true".into();
    let text = generate(IacKind::CloudFormation, &config).unwrap();
    assert!(text.contains("      RoleName: \"true\"\n"), "{text}");
    assert!(
        text.contains("\"AWS\": \"arn:aws:iam::012345678901:root\"")
            || text.contains("AWS: \"arn:aws:iam::012345678901:root\"\n")
    );
    assert!(text.contains("\"sts:ExternalId\": \"0x10\"\n"));
    assert!(text.contains("AWSTemplateFormatVersion: \"2010-09-09\"\n"));
}

// ---------------------------------------------------------------------------------------------
// The YAML emitter, against YAML written by hand

/// YAML 1.1 reads plain `N`, `yes` (and `y`, `no`, `on`, `off`, `null`…) as booleans or null:
/// such keys are quoted.
#[test]
fn yaml_block_style_by_hand() {
    let node = json!({
        "A": "x",
        "Fn::GetAtt": ["R", "Arn"],
        "L": [{ "K": "1", "M": { "N": "2" } }, ["a"], {}, []],
        "yes": true,
        "E": "",
    });
    let expected = "\
# top
A: \"x\"
\"Fn::GetAtt\":
  - \"R\"
  - \"Arn\"
L:
  - K: \"1\"
    M:
      \"N\": \"2\"
  -
    - \"a\"
  - {}
  - []
\"yes\": true
E: \"\"
";
    assert_eq!(yaml::document(&["top".to_owned()], &node), expected);
}

#[test]
fn yaml_strings_escape_everything_but_printable_ascii() {
    assert_eq!(yaml::quote("a\"b\\c"), r#""a\"b\\c""#);
    assert_eq!(yaml::quote("l1\nl2\tt\rr"), r#""l1\nl2\tt\rr""#);
    assert_eq!(
        yaml::quote("é\u{2028}\u{1F600}"),
        r#""\u00E9\u2028\U0001F600""#
    );
    assert_eq!(
        yaml::quote("# not a comment: &x *y !t"),
        "\"# not a comment: &x *y !t\""
    );
    assert_eq!(yaml::comment("two\nlines"), "# two?lines");
}

// ---------------------------------------------------------------------------------------------
// Terraform and the HCL emitter

#[test]
fn hcl_by_hand() {
    let file = hcl::File {
        comments: vec!["head".to_owned()],
        blocks: vec![
            Block::new("resource", &["aws_iam_policy", "p"])
                .attr("name", Expr::str("n"))
                .attr(
                    "policy",
                    Expr::call(
                        "jsonencode",
                        vec![Expr::Object(vec![
                            ("Version".to_owned(), Expr::str("2012-10-17")),
                            (
                                "Statement".to_owned(),
                                Expr::List(vec![Expr::Object(vec![(
                                    "sts:ExternalId".to_owned(),
                                    Expr::List(vec![Expr::str("a"), Expr::str("b")]),
                                )])]),
                            ),
                        ])],
                    ),
                ),
            Block::new("output", &["o"])
                .attr("value", Expr::reference(&["aws_iam_role", "r", "arn"])),
        ],
    };
    let expected = r#"# head

resource "aws_iam_policy" "p" {
  name   = "n"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [
      {
        "sts:ExternalId" = ["a", "b"]
      },
    ]
  })
}

output "o" {
  value = aws_iam_role.r.arn
}
"#;
    assert_eq!(file.to_text(), expected);
}

#[test]
fn hcl_strings_escape_templates_quotes_and_controls() {
    // HCL native syntax: `$${` and `%%{` are the literal `${` and `%{`.
    assert_eq!(hcl::quote("${a}"), r#""$${a}""#);
    assert_eq!(hcl::quote("%{a}"), r#""%%{a}""#);
    assert_eq!(hcl::quote("$${a}"), r#""$$${a}""#);
    assert_eq!(hcl::quote("$ % {"), r#""$ % {""#);
    assert_eq!(hcl::quote("\"\\\n\r\t"), r#""\"\\\n\r\t""#);
    assert_eq!(hcl::quote("é\u{1F600}"), r#""\u00e9\U0001f600""#);
    assert!(!hcl::is_identifier("sts:ExternalId"));
    assert!(!hcl::is_identifier("null"));
    assert!(hcl::is_identifier("aws_iam_role"));
}

fn blocks_of<'a>(file: &'a hcl::File, kind: &str, type_: &str) -> Vec<&'a Block> {
    file.blocks
        .iter()
        .filter(|b| b.kind == kind && b.labels.first().map(String::as_str) == Some(type_))
        .collect()
}

fn jsonencode_arg(expr: Option<&Expr>) -> Value {
    fn to_value(expr: &Expr) -> Value {
        match expr {
            Expr::Str(s) => Value::String(s.clone()),
            Expr::List(items) => Value::Array(items.iter().map(to_value).collect()),
            Expr::Object(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.clone(), to_value(v)))
                    .collect(),
            ),
            other => panic!("unexpected {other:?}"),
        }
    }
    match expr {
        Some(Expr::Call(name, args)) if name == "jsonencode" && args.len() == 1 => {
            to_value(&args[0])
        }
        other => panic!("not jsonencode(...): {other:?}"),
    }
}

#[test]
fn terraform_configurations_hold_the_published_documents() {
    for config in every_case() {
        let plan = plan(&config).unwrap();
        let file = terraform::configuration(&plan);
        let policies = blocks_of(&file, "resource", "aws_iam_policy");
        let documents: Vec<Value> = policies
            .iter()
            .map(|b| jsonencode_arg(b.get("policy")))
            .collect();
        assert_eq!(documents, expected_policies(&config), "{config:?}");
        let (identity, attachment, key, output, attr) = match config.auth {
            AuthMethod::SecretKey => (
                "aws_iam_user",
                "aws_iam_user_policy_attachment",
                "user",
                "user_name",
                "name",
            ),
            AuthMethod::RoleArn => (
                "aws_iam_role",
                "aws_iam_role_policy_attachment",
                "role",
                "role_arn",
                "arn",
            ),
        };
        let identities = blocks_of(&file, "resource", identity);
        assert_eq!(identities.len(), 1);
        let id_name = identities[0].labels[1].as_str();
        let expected_name = match config.auth {
            AuthMethod::SecretKey => "-user+=,.@_",
            AuthMethod::RoleArn => "-role+=,.@_",
        };
        assert_eq!(identities[0].get("name"), Some(&Expr::str(expected_name)));
        if config.auth == AuthMethod::RoleArn {
            assert_eq!(
                jsonencode_arg(identities[0].get("assume_role_policy")),
                facts_trust(ACCOUNT, EXTERNAL_ID)
            );
        }
        let attachments = blocks_of(&file, "resource", attachment);
        assert_eq!(attachments.len(), policies.len());
        for (policy, attached) in policies.iter().zip(&attachments) {
            assert_eq!(
                attached.get(key),
                Some(&Expr::reference(&[identity, id_name, "name"]))
            );
            assert_eq!(
                attached.get("policy_arn"),
                Some(&Expr::reference(&[
                    "aws_iam_policy",
                    &policy.labels[1],
                    "arn"
                ]))
            );
        }
        let outputs = blocks_of(&file, "output", output);
        assert_eq!(outputs.len(), 1);
        assert_eq!(
            outputs[0].get("value"),
            Some(&Expr::reference(&[identity, id_name, attr]))
        );
        assert!(blocks_of(&file, "resource", "aws_iam_access_key").is_empty());
    }
}

// ---------------------------------------------------------------------------------------------
// The CLI script

/// What bash makes of `word`: the value printf receives.
fn bash_value(word: &str) -> String {
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!("printf %s {word}"))
        .output()
        .expect("bash runs");
    assert!(out.status.success(), "{word}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn shell_quote_survives_bash() {
    for value in [
        "",
        "'",
        "''",
        "a'b'c",
        "$(echo pwned)",
        "`echo pwned`",
        "${HOME}",
        "a\nb",
        "\\",
        "\"",
        "-n",
        "*",
        "!x",
        "é ☃",
    ] {
        assert_eq!(bash_value(&shell::quote(value)), value);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn shell_quote_survives_bash_for_any_text(value in "[^\u{0}]{0,40}") {
        prop_assert_eq!(bash_value(&shell::quote(&value)), value);
    }
}

#[test]
fn cli_scripts_quote_values_and_use_equals_options() {
    for config in every_case() {
        let script = generate(IacKind::CliScript, &config).unwrap();
        assert!(script.starts_with("#!/usr/bin/env bash\n"));
        assert!(script.contains("\nset -euo pipefail\n"));
        match config.auth {
            AuthMethod::SecretKey => assert!(script.contains("\nUSER_NAME='-user+=,.@_'\n")),
            AuthMethod::RoleArn => assert!(script.contains("\nROLE_NAME='-role+=,.@_'\n")),
        }
        for line in script
            .lines()
            .filter(|l| l.trim_start().starts_with("aws "))
        {
            // `--name value` would let a value starting with `-` pass for an option.
            for word in line.split_whitespace().filter(|w| w.starts_with("--")) {
                assert!(
                    word.contains('=') || word == "--set-as-default",
                    "{word} in {line}"
                );
            }
        }
        // The documents: quoted here-documents only.
        assert_eq!(
            script.matches("<<'JSON'").count(),
            script.matches("\nJSON\n").count()
        );
        assert!(!script.contains("<<JSON"));
    }
}

#[test]
fn cli_here_documents_hold_the_published_documents() {
    for config in every_case() {
        let script = generate(IacKind::CliScript, &config).unwrap();
        let mut documents: Vec<Value> = Vec::new();
        let mut rest = script.as_str();
        while let Some(start) = rest.find("<<'JSON'\n") {
            let body = &rest[start + 9..];
            let end = body.find("\nJSON\n").unwrap();
            documents.push(serde_json::from_str(&body[..end]).unwrap());
            rest = &body[end..];
        }
        let mut expected = expected_policies(&config);
        if config.auth == AuthMethod::RoleArn {
            expected.push(facts_trust(ACCOUNT, EXTERNAL_ID));
        }
        assert_eq!(documents, expected, "{config:?}");
    }
}

#[test]
fn cli_secret_key_script_creates_the_access_key_last_and_says_the_secret_shows_once() {
    let script = generate(
        IacKind::CliScript,
        &config(Integration::Both, AuthMethod::SecretKey),
    )
    .unwrap();
    let key = script
        .rfind("aws iam create-access-key --user-name=\"$USER_NAME\"")
        .unwrap();
    let last_attach = script.rfind("aws iam attach-user-policy").unwrap();
    assert!(last_attach < key);
    assert!(script.contains("once"));
    assert!(script.contains("type both into Braze"));
}

#[test]
fn cli_role_script_prints_the_role_arn_and_the_propagation_note() {
    let script = generate(
        IacKind::CliScript,
        &config(Integration::Currents, AuthMethod::RoleArn),
    )
    .unwrap();
    assert!(script.contains(
        "ROLE_ARN=\"$(aws iam get-role --role-name=\"$ROLE_NAME\" --query='Role.Arn' --output=text)\""
    ));
    assert!(script.contains("printf '  %s\\n' \"$ROLE_ARN\""));
    assert!(script.contains("S3 credentials are invalid"));
}

#[test]
fn cli_scripts_pass_bash_syntax_check() {
    for config in every_case() {
        let script = generate(IacKind::CliScript, &config).unwrap();
        let out = Command::new("bash")
            .arg("-n")
            .arg("-c")
            .arg(&script)
            .output()
            .expect("bash runs");
        assert!(out.status.success(), "{:?}", out);
    }
}

// ---------------------------------------------------------------------------------------------
// Reader-visible text

#[test]
fn snippet_ids_are_the_contracts() {
    // docs/contract.md, Snippets.
    let keys: Vec<&str> = IacKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(keys, ["cli-script", "cloudformation", "terraform"]);
    for kind in IacKind::ALL {
        assert_eq!(IacKind::from_key(kind.key()), Some(kind));
    }
}

/// `message` as the reader of `locale` sees it: its own translation (a missing one falls back
/// to English, a missing message to its id, and both would pass a test of non-emptiness).
fn shown(locale: Locale, message: &braze_s3_companion::core::text::Msg) -> String {
    let text = Localizer::get(locale).text(message);
    assert_ne!(text, message.id, "{locale:?}: {} is missing", message.id);
    if locale != Locale::En {
        let english = Localizer::get(Locale::En).text(message);
        assert_ne!(text, english, "{locale:?}: {} is English", message.id);
    }
    text
}

#[test]
fn file_names_titles_how_to_run_and_notes_read_in_every_locale_with_the_values() {
    let config = config(Integration::Currents, AuthMethod::RoleArn);
    // Each file: its name's suffix, the tool and the format its title names (docs/contract.md).
    let files = [
        (".sh", "CLI", "bash"),
        (".yaml", "CloudFormation", "YAML"),
        (".tf", "Terraform", "HCL"),
    ];
    for locale in Locale::ALL {
        let l10n = Localizer::get(locale);
        for (kind, (suffix, tool, format)) in IacKind::ALL.into_iter().zip(files) {
            let file = l10n.text(&iac::file_name(kind, &config));
            assert!(file.starts_with(BUCKET) && file.ends_with(suffix), "{file}");
            // The how-to names the file through a Fluent message reference.
            let how = shown(locale, &iac::how_to_run(kind, &config));
            assert!(how.contains(&file), "{locale:?}: {how}");
            let title = shown(locale, &iac::title(kind));
            assert!(
                title.contains(tool) && title.contains(format),
                "{locale:?}: {title}"
            );
            for note in iac::notes(kind, &config) {
                // The role notes: the ARN Braze needs, and IAM's propagation delay.
                let text = shown(locale, &note);
                assert!(
                    text.contains("ARN") && text.contains("IAM"),
                    "{locale:?}: {text}"
                );
            }
        }
    }
}

/// The notes name what the reader typed: the two policies Braze publishes (both integrations),
/// the user whose key is created by hand (secret key, CloudFormation and Terraform).
#[test]
fn the_notes_name_the_reader_s_policies_and_user_in_every_locale() {
    let config = config(Integration::Both, AuthMethod::SecretKey);
    let currents = config.policy_name_for(PolicyKind::Currents);
    let dashboard = config.policy_name_for(PolicyKind::DashboardExport);
    for locale in Locale::ALL {
        for kind in IacKind::ALL {
            let notes = iac::notes(kind, &config);
            let separate = shown(locale, &notes[0]);
            assert!(
                separate.contains(&currents) && separate.contains(&dashboard),
                "{locale:?}: {separate}"
            );
            let key = shown(locale, &notes[1]);
            if kind == IacKind::CliScript {
                assert!(!key.contains(config.user_name()), "{locale:?}: {key}");
            } else {
                assert!(key.contains(config.user_name()), "{locale:?}: {key}");
            }
        }
    }
}

#[test]
fn notes_fit_the_case() {
    let ids = |kind, integration, auth| -> Vec<&'static str> {
        iac::notes(kind, &config(integration, auth))
            .into_iter()
            .map(|m| m.id)
            .collect()
    };
    assert_eq!(
        ids(IacKind::CliScript, Integration::Both, AuthMethod::SecretKey),
        ["iac-note-separate-policies", "iac-note-secret-once"]
    );
    assert_eq!(
        ids(
            IacKind::Terraform,
            Integration::Currents,
            AuthMethod::SecretKey
        ),
        ["iac-note-access-key-later"]
    );
    assert_eq!(
        ids(
            IacKind::CloudFormation,
            Integration::DashboardExport,
            AuthMethod::RoleArn
        ),
        ["iac-note-role-arn-cloudformation"]
    );
}
