//! The Azure Blob Storage core against docs/facts.md ("Azure Blob Storage"): every input rule
//! at its boundaries, secrets refused, the generated files compared as data, the update path.

use braze_s3_companion::core::config::Integration;
use braze_s3_companion::core::providers::azure::cli::{self, Word};
use braze_s3_companion::core::providers::azure::rules::{self, Problem, Report};
use braze_s3_companion::core::providers::azure::secret::{self, Secret};
use braze_s3_companion::core::providers::azure::snippets::{self, AzureSnippet, Waiting};
use braze_s3_companion::core::providers::azure::{certificate, facts, terraform, update};
use braze_s3_companion::core::providers::azure::{AzureAuth, AzureField, AzureSetup};

fn setup(auth: AzureAuth) -> AzureSetup {
    AzureSetup {
        integration: Integration::Currents,
        auth,
        storage_account: "brazedata01".into(),
        container: "braze-exports".into(),
        prefix: String::new(),
        resource_group: "braze-rg".into(),
        tenant_id: "11111111-2222-3333-4444-555555555555".into(),
        client_id: String::new(),
    }
}

#[test]
fn storage_account_names_at_their_boundaries() {
    assert!(rules::storage_account("abc").is_empty());
    assert!(rules::storage_account(&"a".repeat(24)).is_empty());
    assert!(rules::storage_account("a1b2c3").is_empty());
    assert_eq!(rules::storage_account(""), vec![Problem::Required]);
    assert_eq!(
        rules::storage_account("ab"),
        vec![Problem::AccountLength { len: 2 }]
    );
    assert_eq!(
        rules::storage_account(&"a".repeat(25)),
        vec![Problem::AccountLength { len: 25 }]
    );
    assert_eq!(
        rules::storage_account("Braze-data"),
        vec![Problem::AccountCharacters {
            found: "B -".into()
        }]
    );
    assert_eq!(
        rules::storage_account("brazé"),
        vec![Problem::AccountCharacters { found: "é".into() }]
    );
}

#[test]
fn container_names_at_their_boundaries() {
    for ok in ["abc", "a-b", "1ab", "ab1", "a-1-b", &"a".repeat(63)] {
        assert!(rules::container(ok).is_empty(), "{ok}");
    }
    assert_eq!(
        rules::container("ab"),
        vec![Problem::ContainerLength { len: 2 }]
    );
    assert_eq!(
        rules::container(&"a".repeat(64)),
        vec![Problem::ContainerLength { len: 64 }]
    );
    assert_eq!(rules::container("-ab"), vec![Problem::ContainerStart]);
    assert_eq!(rules::container("ab-"), vec![Problem::ContainerEnd]);
    assert_eq!(rules::container("a--b"), vec![Problem::ContainerDoubleDash]);
    assert_eq!(rules::container("Abc"), vec![Problem::ContainerUppercase]);
    assert_eq!(
        rules::container("a_b.c"),
        vec![Problem::ContainerCharacters {
            found: "_ .".into()
        }]
    );
}

#[test]
fn prefix_rules() {
    assert!(rules::prefix("").is_empty(), "the prefix is optional");
    assert!(rules::prefix("currents/2024 exports").is_empty());
    assert!(rules::prefix("données/日本").is_empty());
    assert!(rules::prefix(&"a".repeat(1024)).is_empty());
    assert_eq!(
        rules::prefix(&"a".repeat(1025)),
        vec![Problem::PrefixLength { len: 1025 }]
    );
    assert_eq!(rules::prefix("braze/"), vec![Problem::PrefixEnd]);
    assert_eq!(rules::prefix("braze."), vec![Problem::PrefixEnd]);
    assert_eq!(
        rules::prefix("a\nb"),
        vec![Problem::PrefixControl {
            found: "�".into()
        }]
    );
    assert_eq!(
        rules::prefix("a\u{200b}b\u{202e}c"),
        vec![Problem::PrefixInvisible {
            found: "U+200B U+202E".into()
        }]
    );
}

#[test]
fn resource_group_rules() {
    for ok in [
        "a",
        "rg_1-(x).y",
        &"r".repeat(90),
        "Ressourcen-Grüße",
        "グループ",
        "그룹",
    ] {
        assert!(rules::resource_group(ok).is_empty(), "{ok}");
    }
    assert_eq!(rules::resource_group(""), vec![Problem::Required]);
    assert_eq!(
        rules::resource_group(&"r".repeat(91)),
        vec![Problem::ResourceGroupLength { len: 91 }]
    );
    assert_eq!(
        rules::resource_group("rg."),
        vec![Problem::ResourceGroupEnd]
    );
    assert_eq!(
        rules::resource_group("rg 1/x"),
        vec![Problem::ResourceGroupCharacters {
            found: "␣ /".into()
        }]
    );
    // A combining accent (decomposed é) is a mark, not a letter: .NET's IsLetterOrDigit refuses it.
    assert_eq!(
        rules::resource_group("e\u{301}"),
        vec![Problem::ResourceGroupCharacters {
            found: "\u{301}".into()
        }]
    );
}

#[test]
fn guids() {
    assert!(rules::guid("11111111-2222-3333-4444-555555555555").is_empty());
    assert!(rules::guid("ABCDEF01-abcd-ABCD-abcd-0123456789ab").is_empty());
    for bad in [
        "11111111222233334444555555555555",
        "11111111-2222-3333-4444-55555555555",
        "g1111111-2222-3333-4444-555555555555",
        "{11111111-2222-3333-4444-555555555555}",
    ] {
        assert_eq!(rules::guid(bad), vec![Problem::Guid], "{bad}");
    }
}

#[test]
fn fields_of_each_method() {
    let s = setup(AzureAuth::ConnectionString);
    assert_eq!(
        s.fields(),
        vec![
            AzureField::StorageAccount,
            AzureField::Container,
            AzureField::Prefix,
            AzureField::ResourceGroup
        ]
    );
    let c = setup(AzureAuth::CertificateServicePrincipal);
    assert_eq!(c.fields().len(), 6);
    let keys: Vec<&str> = AzureField::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(
        keys,
        [
            "storage-account",
            "container",
            "prefix",
            "resource-group",
            "tenant-id",
            "client-id"
        ]
    );
    assert_eq!(
        c.account_endpoint(),
        "https://brazedata01.blob.core.windows.net"
    );
}

#[test]
fn certificate_is_currents_only() {
    let mut s = setup(AzureAuth::CertificateServicePrincipal);
    assert!(rules::case_problem(&s).is_none());
    for integration in [
        Integration::DashboardExport,
        Integration::Both,
        Integration::MessageArchiving,
    ] {
        s.integration = integration;
        assert!(rules::case_problem(&s).is_some(), "{integration:?}");
        let report = Report::new(&s);
        for snippet in AzureSnippet::ALL {
            assert_eq!(snippets::generate(snippet, &s, &report), Err(Waiting::Case));
        }
    }
}

const CONNECTION: &str = "DefaultEndpointsProtocol=https;AccountName=brazedata01;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net";

#[test]
fn secrets_are_refused_in_every_field_and_never_echoed() {
    let cases = [
        (CONNECTION.to_owned(), Secret::ConnectionString),
        ("?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-01-01&sig=AbC%3D".to_owned(), Secret::SasToken),
        ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==".to_owned(), Secret::AccountKey),
        ("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----".to_owned(), Secret::PrivateKey),
        ("-----BEGIN ENCRYPTED PRIVATE KEY-----".to_owned(), Secret::PrivateKey),
        ("abc8Q~0123456789abcdefghijABCDEFGHIJ_-.~".to_owned(), Secret::ClientSecret),
    ];
    for (text, kind) in &cases {
        assert_eq!(secret::find(text), Some(*kind), "{text}");
        for field in AzureField::ALL {
            let mut s = setup(AzureAuth::CertificateServicePrincipal);
            s.set(field, text);
            assert_eq!(
                rules::field(&s, field),
                vec![Problem::Secret(*kind)],
                "{field:?}"
            );
            let message = Problem::Secret(*kind).message();
            assert!(
                message.args.is_empty(),
                "the message repeats nothing of the secret"
            );
        }
    }
    for harmless in [
        "braze-exports",
        "sig",
        "signature=1",
        "-----BEGIN CERTIFICATE-----",
        "a==",
        "ss=1&sv=2",
    ] {
        assert_eq!(secret::find(harmless), None, "{harmless}");
    }
}

fn words(call: &cli::AzCall) -> Vec<String> {
    call.argv(&|name| format!("${name}"))
}

#[test]
fn cli_calls_as_data() {
    let s = setup(AzureAuth::ConnectionString);
    let plan = snippets::plan(&s, &Report::new(&s), AzureSnippet::CliScript).unwrap();
    let calls: Vec<Vec<String>> = cli::calls(&plan).iter().map(words).collect();
    let expected: Vec<Vec<&str>> = vec![
        vec![
            "storage",
            "account",
            "show",
            "--name",
            "$STORAGE_ACCOUNT",
            "--resource-group",
            "$RESOURCE_GROUP",
            "--output",
            "none",
        ],
        vec![
            "storage",
            "account",
            "create",
            "--name",
            "$STORAGE_ACCOUNT",
            "--resource-group",
            "$RESOURCE_GROUP",
            "--sku",
            "Standard_LRS",
            "--kind",
            "StorageV2",
            "--min-tls-version",
            "TLS1_2",
            "--allow-blob-public-access",
            "false",
            "--output",
            "none",
        ],
        vec![
            "storage",
            "container",
            "create",
            "--name",
            "$CONTAINER",
            "--account-name",
            "$STORAGE_ACCOUNT",
            "--auth-mode",
            "login",
            "--output",
            "none",
        ],
    ];
    assert_eq!(calls, expected);
    let script = snippets::generate(AzureSnippet::CliScript, &s, &Report::new(&s)).unwrap();
    for forbidden in [
        "keys list",
        "show-connection-string",
        "--account-key",
        "--connection-string",
        "AccountKey",
    ] {
        assert!(!script.contains(forbidden), "{forbidden}");
    }
}

#[test]
fn certificate_cli_appends_and_assigns_at_the_account() {
    let mut s = setup(AzureAuth::CertificateServicePrincipal);
    let plan = snippets::plan(&s, &Report::new(&s), AzureSnippet::CliScript).unwrap();
    let calls: Vec<Vec<String>> = cli::calls(&plan).iter().map(words).collect();
    let reset: Vec<&Vec<String>> = calls
        .iter()
        .filter(|c| c[..4] == ["ad", "app", "credential", "reset"])
        .collect();
    assert_eq!(reset.len(), 1);
    assert_eq!(
        *reset[0],
        [
            "ad",
            "app",
            "credential",
            "reset",
            "--id",
            "$CLIENT_ID",
            "--cert",
            "@cert.pem",
            "--append",
            "--years",
            "2",
            "--output",
            "none"
        ]
    );
    let role = calls
        .iter()
        .find(|c| c[..3] == ["role", "assignment", "create"])
        .unwrap();
    assert_eq!(
        *role,
        [
            "role",
            "assignment",
            "create",
            "--role",
            "Storage Blob Data Contributor",
            "--assignee-object-id",
            "$SP_OBJECT_ID",
            "--assignee-principal-type",
            "ServicePrincipal",
            "--scope",
            "$ACCOUNT_ID",
            "--output",
            "none"
        ]
    );
    let account_id = calls
        .iter()
        .find(|c| c.contains(&"id".to_owned()) && c[..3] == ["storage", "account", "show"])
        .unwrap();
    assert!(account_id.contains(&"$RESOURCE_GROUP".to_owned()));
    assert!(
        calls.iter().any(|c| c[..3] == ["ad", "app", "create"]),
        "no client ID: the app is created"
    );
    s.client_id = "22222222-3333-4444-5555-666666666666".into();
    let plan = snippets::plan(&s, &Report::new(&s), AzureSnippet::CliScript).unwrap();
    let calls: Vec<Vec<String>> = cli::calls(&plan).iter().map(words).collect();
    assert!(
        !calls.iter().any(|c| c[..3] == ["ad", "app", "create"]),
        "a client ID: the app is reused"
    );
    // Every call of every case appends; no word is a key option.
    for call in cli::calls(&plan) {
        assert!(!call.words.contains(&Word::Lit("--account-key")));
    }
}

#[test]
fn nothing_generated_from_an_invalid_value() {
    let mut s = setup(AzureAuth::ConnectionString);
    s.container = "Bad--Name".into();
    s.resource_group = "rg.".into();
    let report = Report::new(&s);
    assert_eq!(
        snippets::generate(AzureSnippet::CliScript, &s, &report),
        Err(Waiting::Fields(vec![
            AzureField::Container,
            AzureField::ResourceGroup
        ]))
    );
    assert_eq!(
        snippets::generate(AzureSnippet::Terraform, &s, &report),
        Err(Waiting::Fields(vec![
            AzureField::Container,
            AzureField::ResourceGroup
        ]))
    );
    let mut c = setup(AzureAuth::CertificateServicePrincipal);
    c.client_id = "not-a-guid".into();
    assert_eq!(
        snippets::generate(AzureSnippet::CliScript, &c, &Report::new(&c)),
        Err(Waiting::Fields(vec![AzureField::ClientId]))
    );
    assert!(snippets::generate(AzureSnippet::Certificate, &c, &Report::new(&c)).is_ok());
    assert_eq!(
        snippets::generate(AzureSnippet::Certificate, &s, &report),
        Err(Waiting::Case),
        "no certificate for the connection string"
    );
}

#[test]
fn unusual_values_are_quoted_in_the_script() {
    let mut s = setup(AzureAuth::ConnectionString);
    s.resource_group = "grp(it's)".into();
    assert!(
        rules::resource_group(&s.resource_group).len() == 1,
        "an apostrophe is refused by Azure"
    );
    s.resource_group = "grp(テスト)_1.x".into();
    let script = snippets::generate(AzureSnippet::CliScript, &s, &Report::new(&s)).unwrap();
    assert!(script.contains("RESOURCE_GROUP='grp(テスト)_1.x'\n"));
}

#[test]
fn certificate_commands_are_brazes() {
    assert_eq!(
        certificate::commands(),
        vec![
            "openssl req -x509 -newkey rsa:2048 -keyout key.pem -out cert.pem -days 730 -nodes -subj \"/CN=braze-currents\"",
            "cat cert.pem key.pem > braze-currents.pem",
            "openssl x509 -in cert.pem -noout -enddate",
        ]
    );
    assert_eq!(
        certificate::pfx_commands(),
        vec![
            "openssl pkcs12 -in your-cert.pfx -nokeys -out cert.pem",
            "openssl pkcs12 -in your-cert.pfx -nodes -out braze-currents.pem",
        ]
    );
    let script = certificate::script();
    assert!(script.contains("\numask 077\n"));
}

#[test]
fn terraform_as_data() {
    let s = setup(AzureAuth::CertificateServicePrincipal);
    let plan = snippets::plan(&s, &Report::new(&s), AzureSnippet::Terraform).unwrap();
    let file = terraform::configuration(&plan);
    let find = |kind: &str, label: &str| {
        file.blocks
            .iter()
            .find(|b| b.kind == "resource" && b.labels == [kind, label])
            .unwrap_or_else(|| panic!("{kind}"))
    };
    use braze_s3_companion::core::iac::hcl::Expr;
    let role = find("azurerm_role_assignment", "braze");
    assert_eq!(
        role.get("scope"),
        Some(&Expr::reference(&[
            "azurerm_storage_account",
            "braze",
            "id"
        ]))
    );
    assert_eq!(
        role.get("role_definition_name"),
        Some(&Expr::str("Storage Blob Data Contributor"))
    );
    let cert = find("azuread_application_certificate", "braze");
    assert_eq!(
        cert.get("value"),
        Some(&Expr::call("file", vec![Expr::str("cert.pem")]))
    );
    assert_eq!(
        cert.get("application_id"),
        Some(&Expr::reference(&["azuread_application", "braze", "id"]))
    );
    let container = find("azurerm_storage_container", "braze");
    assert_eq!(
        container.get("storage_account_id"),
        Some(&Expr::reference(&[
            "azurerm_storage_account",
            "braze",
            "id"
        ]))
    );
    let text = file.to_text();
    for forbidden in [
        "azuread_application_password",
        "tls_private_key",
        "primary_access_key",
        "connection_string",
    ] {
        assert!(!text.contains(forbidden), "{forbidden}");
    }
    let c = setup(AzureAuth::ConnectionString);
    let plan = snippets::plan(&c, &Report::new(&c), AzureSnippet::Terraform).unwrap();
    assert!(!terraform::configuration(&plan)
        .to_text()
        .contains("azuread"));
}

#[test]
fn update_path() {
    let s = setup(AzureAuth::ConnectionString);
    let parts = update::path(&s);
    let ids: Vec<&str> = parts.iter().map(|p| p.id).collect();
    assert_eq!(ids, ["rotate-access-key", "switch-method"]);
    let steps: Vec<&str> = parts[0].steps.iter().map(|s| s.id).collect();
    assert_eq!(
        steps,
        [
            "regenerate-unused",
            "update-braze",
            "test",
            "regenerate-old"
        ]
    );
    let mut c = setup(AzureAuth::CertificateServicePrincipal);
    c.client_id = "22222222-3333-4444-5555-666666666666".into();
    let parts = update::path(&c);
    let append = parts[0].steps.iter().find(|s| s.id == "append").unwrap();
    assert_eq!(
        append.command.as_deref(),
        Some("az ad app credential reset --id 22222222-3333-4444-5555-666666666666 --cert @cert.pem --append --years 2")
    );
    let steps: Vec<&str> = parts[0].steps.iter().map(|s| s.id).collect();
    assert_eq!(
        steps,
        ["new-certificate", "append", "update-braze", "remove-old"],
        "the old one goes last"
    );
    let export = AzureSetup {
        integration: Integration::DashboardExport,
        ..s
    };
    assert_eq!(
        update::path(&export).len(),
        1,
        "no switching outside Currents"
    );
    assert_eq!(
        update::expiry(&setup(AzureAuth::ConnectionString))
            .args
            .len(),
        1
    );
    assert_eq!(facts::CONNECTION_STRING_EXPIRY_HOURS, 48);
}

#[test]
fn fuzz_rules_and_secrets_never_panic() {
    use proptest::prelude::*;
    let mut runner = proptest::test_runner::TestRunner::default();
    runner
        .run(&("\\PC{0,300}", any::<u8>()), |(text, pick)| {
            let field = AzureField::ALL[pick as usize % AzureField::ALL.len()];
            let mut s = setup(AzureAuth::CertificateServicePrincipal);
            s.set(field, &text);
            let _ = rules::check(&s);
            let _ = secret::find(&text);
            let report = Report::new(&s);
            for snippet in AzureSnippet::ALL {
                if let Ok(out) = snippets::generate(snippet, &s, &report) {
                    // What is generated holds the value only where the rules allowed it.
                    prop_assert!(report.is_ok(field) || !out.contains(&text) || text.len() < 4);
                }
            }
            Ok(())
        })
        .unwrap();
}
