//! Issue 23: the providers in the widget's model and engine. Amazon S3's links, embeds and
//! saves read exactly as before; `provider`, the other providers' `auth` values and fields go
//! through the URL and the save and come back; the engine gives each case only its steps, in
//! the order of Braze's pages (docs/facts.md, "What Braze needs (Braze GCS (today))" and
//! "Azure Blob Storage"), and its files built from the reader's values.

use braze_s3_companion::core::checklist::Ticks;
use braze_s3_companion::core::config::{AuthMethod, Config, Integration};
use braze_s3_companion::core::persist;
use braze_s3_companion::core::provider::{Provider, ProviderValues};
use braze_s3_companion::core::providers::case::{self, Body};
use braze_s3_companion::core::providers::guide::{steps, ProviderStep};
use braze_s3_companion::core::query;

fn parse(pairs: &[(&str, &str)]) -> Config {
    query::parse(pairs.iter().copied())
}

fn round_trip(config: &Config) -> Config {
    let pairs = query::to_pairs(config);
    query::parse(pairs.iter().map(|(k, v)| (*k, v.as_str())))
}

fn gcs(integration: Integration) -> Config {
    let mut config = parse(&[
        ("provider", "google-cloud-storage"),
        ("integration", integration.key()),
        ("bucket", "acme-braze-exports"),
        ("project-id", "acme-analytics"),
    ]);
    config.integration = integration;
    config
}

fn azure(integration: Integration, certificate: bool) -> Config {
    let auth = if certificate {
        "certificate-service-principal"
    } else {
        "connection-string"
    };
    parse(&[
        ("provider", "azure-blob-storage"),
        ("integration", integration.key()),
        ("auth", auth),
        ("storage-account", "acmebraze"),
        ("container", "braze-data"),
        ("resource-group", "rg-braze"),
        ("tenant-id", "11111111-2222-3333-4444-555555555555"),
    ])
}

// --- Amazon S3 unchanged -------------------------------------------------------------------

#[test]
fn an_s3_link_reads_as_before_and_is_written_as_before() {
    let link = [
        ("integration", "both"),
        ("auth", "role-arn"),
        ("bucket", "acme-braze"),
        ("account", "123456789012"),
        ("external-id", "abc"),
    ];
    let config = parse(&link);
    let expected = Config {
        integration: Integration::Both,
        auth: AuthMethod::RoleArn,
        bucket: "acme-braze".into(),
        braze_account: "123456789012".into(),
        external_id: "abc".into(),
        ..Config::default()
    };
    assert_eq!(config, expected);
    assert_eq!(config.provider, Provider::AmazonS3);
    // No `provider` in an Amazon S3 link: the pairs are exactly the link's.
    let written: Vec<(&str, String)> = query::to_pairs(&config);
    let expected_pairs: Vec<(&str, String)> =
        link.iter().map(|(k, v)| (*k, v.to_string())).collect();
    assert_eq!(written, expected_pairs);
}

#[test]
fn an_unknown_provider_falls_back_to_amazon_s3() {
    for value in ["", "gcs", "AMAZON-S3", "azure", "google-cloud-storage "] {
        let config = parse(&[
            ("provider", value),
            ("bucket", "acme"),
            ("auth", "role-arn"),
        ]);
        assert_eq!(config.provider, Provider::AmazonS3, "{value:?}");
        assert_eq!(config.auth, AuthMethod::RoleArn);
        assert_eq!(config.bucket, "acme");
    }
}

#[test]
fn a_save_of_the_previous_build_reads_as_before() {
    // What the previous build wrote (no provider, no provider values).
    let text = r#"{"version":1,"config":[["integration","dashboard-export"],["auth","role-arn"],["sse","0"],["bucket","acme"],["account","123456789012"],["external-id","x"],["folder","currents"],["user-name",""],["role-name",""],["policy-name",""],["own-account",""]],"connectors":[],"ticks":{}}"#;
    let read = persist::read(text);
    assert!(read.whole);
    let mut config = Config::default();
    persist::restore(read.saved.unwrap(), &mut config);
    assert_eq!(
        config,
        Config {
            integration: Integration::DashboardExport,
            auth: AuthMethod::RoleArn,
            bucket: "acme".into(),
            braze_account: "123456789012".into(),
            external_id: "x".into(),
            ..Config::default()
        }
    );
}

#[test]
fn another_providers_method_leaves_amazon_s3s_as_it_was() {
    let config = parse(&[
        ("auth", "role-arn"),
        ("auth", "certificate-service-principal"),
    ]);
    assert_eq!(config.auth, AuthMethod::RoleArn);
    assert!(config.providers.azure_certificate);
    let config = parse(&[("auth", "role-arn"), ("auth", "service-account-key")]);
    assert_eq!(config.auth, AuthMethod::RoleArn);
    // An unknown method still falls back to Amazon S3's default, as before.
    assert_eq!(
        parse(&[("auth", "role-arn"), ("auth", "x")]).auth,
        AuthMethod::SecretKey
    );
}

// --- The other providers through the URL and the save ---------------------------------------

#[test]
fn a_gcs_link_round_trips() {
    let mut config = gcs(Integration::Currents);
    config.providers.set("role-id", "brazeWriter".into());
    config
        .providers
        .set("service-account", "braze-writer".into());
    config.providers.set("prefix", "braze/currents".into());
    config.providers.set("hierarchical-namespace", "on".into());
    let pairs = query::to_pairs(&config);
    let keys: Vec<&str> = pairs.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        keys,
        [
            "provider",
            "integration",
            "auth",
            "bucket",
            "project-id",
            "role-id",
            "service-account",
            "prefix",
            "hierarchical-namespace"
        ]
    );
    assert_eq!(pairs[2].1, "service-account-key");
    assert_eq!(round_trip(&config), config);
}

#[test]
fn an_azure_link_round_trips_with_its_method() {
    for certificate in [false, true] {
        let mut config = azure(Integration::Currents, certificate);
        config
            .providers
            .set("client-id", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee".into());
        let pairs = query::to_pairs(&config);
        let auth = pairs
            .iter()
            .find(|(k, _)| *k == "auth")
            .map(|(_, v)| v.as_str());
        let expected = if certificate {
            "certificate-service-principal"
        } else {
            "connection-string"
        };
        assert_eq!(auth, Some(expected));
        // The IDs only for the certificate method.
        assert_eq!(pairs.iter().any(|(k, _)| *k == "tenant-id"), certificate);
        let back = round_trip(&config);
        assert_eq!(back.provider, Provider::AzureBlobStorage);
        assert_eq!(back.providers.azure_certificate, certificate);
        assert_eq!(back.providers.get("storage-account"), "acmebraze");
        assert_eq!(back.providers.get("container"), "braze-data");
        assert_eq!(back.providers.get("resource-group"), "rg-braze");
        if certificate {
            assert_eq!(back, config);
        }
    }
}

#[test]
fn a_save_keeps_every_providers_values_and_both_methods() {
    let mut config = azure(Integration::Currents, true);
    config.auth = AuthMethod::RoleArn;
    config.providers.set("project-id", "acme-analytics".into());
    let text = persist::encode(&config, &Ticks::default());
    let read = persist::read(&text);
    assert!(read.whole);
    let mut back = Config::default();
    persist::restore(read.saved.unwrap(), &mut back);
    assert_eq!(back, config);
    assert_eq!(back.auth, AuthMethod::RoleArn);
    assert!(back.providers.azure_certificate);
}

#[test]
fn the_choice_reads_on_and_off_only() {
    for (value, on) in [("on", true), ("off", false), ("1", false), ("ON", false)] {
        let config = parse(&[
            ("provider", "google-cloud-storage"),
            ("hierarchical-namespace", value),
        ]);
        assert_eq!(
            case::gcs_setup(&config).hierarchical_namespace,
            on,
            "{value}"
        );
    }
    // `off` and absent are the same value.
    let mut values = ProviderValues::default();
    values.set("hierarchical-namespace", "on".into());
    values.set("hierarchical-namespace", "off".into());
    assert_eq!(values, ProviderValues::default());
}

#[test]
fn the_url_keys_include_the_providers() {
    for key in [
        "provider",
        "project-id",
        "role-id",
        "service-account",
        "prefix",
        "hierarchical-namespace",
        "storage-account",
        "container",
        "resource-group",
        "tenant-id",
        "client-id",
    ] {
        assert!(query::KEYS.contains(&key), "{key}");
    }
}

// --- The engine: steps and files per case ---------------------------------------------------

fn ids(steps: &[ProviderStep]) -> Vec<&'static str> {
    steps.iter().map(|s| s.id).collect()
}

fn snippet_keys(steps: &[ProviderStep]) -> Vec<&'static str> {
    steps
        .iter()
        .flat_map(|s| s.snippets.iter().map(|f| f.key))
        .collect()
}

#[test]
fn gcs_steps_follow_braze_s_page_for_each_purpose() {
    // Role, service account, key (Braze's page, steps 1-3), then Braze's side per purpose.
    let cases = [
        (Integration::Currents, vec!["gcs-currents"]),
        (Integration::DashboardExport, vec!["gcs-export"]),
        (Integration::Both, vec!["gcs-currents", "gcs-export"]),
        (
            Integration::MessageArchiving,
            vec!["gcs-export", "message-archiving"],
        ),
    ];
    for (integration, braze_side) in cases {
        let steps = steps(&gcs(integration));
        let mut expected = vec!["gcs-role", "gcs-service-account", "gcs-key"];
        expected.extend(braze_side);
        assert_eq!(ids(&steps), expected, "{integration:?}");
        assert_eq!(
            snippet_keys(&steps),
            ["gcs-role", "gcs-cli-script", "gcs-terraform"]
        );
    }
}

#[test]
fn azure_steps_follow_braze_s_page_for_each_method() {
    let connection = [
        (Integration::Currents, vec!["azure-currents"]),
        (Integration::DashboardExport, vec!["azure-export"]),
        (Integration::Both, vec!["azure-currents", "azure-export"]),
        (
            Integration::MessageArchiving,
            vec!["azure-export", "message-archiving"],
        ),
    ];
    for (integration, braze_side) in connection {
        let steps = steps(&azure(integration, false));
        let mut expected = vec!["azure-storage-account", "azure-connection-string"];
        expected.extend(braze_side);
        assert_eq!(ids(&steps), expected, "{integration:?}");
        assert_eq!(
            snippet_keys(&steps),
            ["azure-cli-script", "azure-terraform"]
        );
    }
    let steps = steps(&azure(Integration::Currents, true));
    assert_eq!(
        ids(&steps),
        [
            "azure-storage-account",
            "azure-app",
            "azure-certificate",
            "azure-role",
            "azure-endpoint",
            "azure-currents"
        ]
    );
    assert_eq!(
        snippet_keys(&steps),
        ["azure-cli-script", "azure-terraform", "azure-certificate"]
    );
}

#[test]
fn the_certificate_method_outside_currents_generates_nothing() {
    for integration in [
        Integration::DashboardExport,
        Integration::Both,
        Integration::MessageArchiving,
    ] {
        let config = azure(integration, true);
        assert!(case::case_problem(&config).is_some(), "{integration:?}");
        for step in steps(&config) {
            for file in step.snippets {
                assert_eq!(file.body, Body::NotForCase, "{}", file.key);
            }
        }
        assert_eq!(
            case::preflight_script(&config).unwrap().body,
            Body::NotForCase
        );
    }
}

#[test]
fn amazon_s3_has_no_provider_steps_fields_or_preflight() {
    let config = Config::default();
    assert!(steps(&config).is_empty());
    assert!(case::fields(&config).is_empty());
    assert!(case::preflight_script(&config).is_none());
}

/// The permission list of the role YAML (`includedPermissions:` block list), read as data.
fn yaml_permissions(yaml: &str) -> Vec<String> {
    let mut in_list = false;
    let mut out = Vec::new();
    for line in yaml.lines() {
        if !line.starts_with(' ') && !line.starts_with('-') {
            in_list = line.trim_end() == "includedPermissions:";
            continue;
        }
        if in_list {
            if let Some(item) = line.trim().strip_prefix("- ") {
                out.push(item.trim_matches(|c| c == '"' || c == '\'').to_owned());
            }
        }
    }
    out
}

#[test]
fn the_gcs_role_file_holds_braze_s_permissions_and_the_folders_one_with_hns() {
    // Braze's page: the five permissions; storage.folders.create on a bucket with
    // hierarchical namespace (docs/facts.md, "What Braze needs").
    let five = [
        "storage.objects.create",
        "storage.objects.delete",
        "storage.objects.list",
        "storage.objects.get",
        "storage.buckets.get",
    ];
    for hns in [false, true] {
        let mut config = gcs(Integration::Currents);
        config.providers.set(
            "hierarchical-namespace",
            if hns { "on" } else { "off" }.into(),
        );
        let steps = steps(&config);
        let role = steps[0]
            .snippets
            .iter()
            .find(|f| f.key == "gcs-role")
            .unwrap();
        let Body::Ready(yaml) = &role.body else {
            panic!("the role file waits: {:?}", role.body);
        };
        let mut expected: Vec<String> = five.iter().map(|p| p.to_string()).collect();
        if hns {
            expected.push("storage.folders.create".into());
        }
        let mut got = yaml_permissions(yaml);
        got.sort();
        expected.sort();
        assert_eq!(got, expected, "{yaml}");
    }
}

#[test]
fn the_gcs_cli_script_binds_the_role_on_the_bucket_and_creates_no_key() {
    let steps = steps(&gcs(Integration::Currents));
    let script = steps[1]
        .snippets
        .iter()
        .find(|f| f.key == "gcs-cli-script")
        .unwrap();
    let Body::Ready(text) = &script.body else {
        panic!("waits: {:?}", script.body);
    };
    // The script's variables, then each gcloud command with them expanded, as words.
    let variables: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| l.split_once("='"))
        .filter(|(name, _)| name.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
        .map(|(name, value)| (format!("${name}"), value.trim_end_matches('\'').to_owned()))
        .collect();
    let expand = |word: &str| {
        variables
            .iter()
            .fold(word.replace('"', ""), |w, (name, value)| {
                w.replace(name, value)
            })
    };
    let commands: Vec<Vec<String>> = text
        .lines()
        .filter_map(|l| l.find("gcloud ").map(|at| &l[at..]))
        .map(|l| l.split_whitespace().map(expand).collect())
        .collect();
    let bucket_binding = commands.iter().any(|c| {
        c[..4] == ["gcloud", "storage", "buckets", "add-iam-policy-binding"]
            && c[4] == "gs://acme-braze-exports"
            && c.contains(&"--role=projects/acme-analytics/roles/brazeCloudStorage".to_owned())
    });
    assert!(bucket_binding, "{text}");
    assert!(!text.contains("keys create"), "{text}");
    assert!(!commands
        .iter()
        .any(|c| c[..3] == ["gcloud", "projects", "add-iam-policy-binding"]));
}

#[test]
fn a_file_waits_for_its_invalid_fields_and_names_them() {
    let config = parse(&[
        ("provider", "google-cloud-storage"),
        ("bucket", "Not_Valid"),
    ]);
    let steps = steps(&config);
    let script = steps[1]
        .snippets
        .iter()
        .find(|f| f.key == "gcs-cli-script")
        .unwrap();
    let Body::Waiting(fields) = &script.body else {
        panic!("ready with an invalid bucket: {:?}", script.body);
    };
    let anchors: Vec<&str> = fields.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(anchors, ["gcs-bucket", "gcs-project-id"]);
}

#[test]
fn the_fields_of_each_provider_are_the_contract_s() {
    let keys = |config: &Config| -> Vec<&'static str> {
        case::fields(config).iter().map(|f| f.key).collect()
    };
    assert_eq!(
        keys(&gcs(Integration::Currents)),
        [
            "bucket",
            "project-id",
            "role-id",
            "service-account",
            "prefix",
            "hierarchical-namespace"
        ]
    );
    assert_eq!(
        keys(&azure(Integration::Currents, false)),
        ["storage-account", "container", "prefix", "resource-group"]
    );
    assert_eq!(
        keys(&azure(Integration::Currents, true)),
        [
            "storage-account",
            "container",
            "prefix",
            "resource-group",
            "tenant-id",
            "client-id"
        ]
    );
}

#[test]
fn secrets_are_recognised_wherever_they_are_typed() {
    let key_file = r#"{"type": "service_account", "project_id": "p", "private_key_id": "abc", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n"}"#;
    let connection = "DefaultEndpointsProtocol=https;AccountName=acmebraze;AccountKey=bm90IGEga2V5IGF0IGFsbA==;EndpointSuffix=core.windows.net";
    let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----";
    for secret in [key_file, connection, pem] {
        assert!(case::refused_secret(secret).is_some(), "{secret}");
    }
    for plain in [
        "acme-braze",
        "braze/currents",
        "11111111-2222-3333-4444-555555555555",
    ] {
        assert_eq!(case::refused_secret(plain), None, "{plain}");
    }
}

#[test]
fn a_report_holding_a_secret_is_refused_for_every_provider() {
    let connection =
        "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=bm90IGEga2V5IGF0IGFsbA==";
    for config in [
        gcs(Integration::Currents),
        azure(Integration::Currents, false),
    ] {
        let found = case::preflight(&config, connection, 0);
        assert!(matches!(found, Some(Err(_))), "{found:?}");
    }
    assert_eq!(
        case::preflight(&gcs(Integration::Currents), "  \n", 0),
        None
    );
}

// --- The tools: checker, update path, Braze's error -----------------------------------------

/// A role as `gcloud iam roles describe` prints it (YAML), with `permissions`.
fn role_yaml(permissions: &[&str]) -> String {
    let mut yaml = String::from("name: projects/acme-analytics/roles/brazeCloudStorage\nstage: GA\ntitle: Braze\nincludedPermissions:\n");
    for p in permissions {
        yaml.push_str(&format!("- {p}\n"));
    }
    yaml
}

#[test]
fn the_gcs_checker_judges_a_role_against_braze_s_list() {
    use braze_s3_companion::core::providers::tools;
    let five = [
        "storage.objects.create",
        "storage.objects.delete",
        "storage.objects.list",
        "storage.objects.get",
        "storage.buckets.get",
    ];
    let config = gcs(Integration::Currents);
    let verdict = |config: &Config, text: &str| tools::check(config, text).unwrap().verdict;
    assert_eq!(verdict(&config, &role_yaml(&five)), "sufficient");
    // Without storage.buckets.get, Braze's credential test fails (Braze's page, intro).
    assert_eq!(verdict(&config, &role_yaml(&five[..4])), "insufficient");
    // A bucket with hierarchical namespace needs storage.folders.create too.
    let mut hns = config.clone();
    hns.providers.set("hierarchical-namespace", "on".into());
    assert_eq!(verdict(&hns, &role_yaml(&five)), "insufficient");
    let mut six = five.to_vec();
    six.push("storage.folders.create");
    assert_eq!(verdict(&hns, &role_yaml(&six)), "sufficient");
    assert_eq!(verdict(&config, "not a role"), "invalid");
    assert_eq!(tools::check(&config, "  "), None);
}

fn assignment(scope: &str, client: &str) -> serde_json::Value {
    // Storage Blob Data Contributor's role definition ID, as Microsoft publishes it.
    serde_json::json!({
        "scope": scope,
        "roleDefinitionId": "/subscriptions/00000000-1111-2222-3333-444444444444/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe",
        "roleDefinitionName": "Storage Blob Data Contributor",
        "principalId": "33333333-4444-5555-6666-777777777777",
        "principalName": client,
        "principalType": "ServicePrincipal",
        "condition": null
    })
}

#[test]
fn the_azure_checker_counts_the_app_s_own_assignment_at_the_account_only() {
    use braze_s3_companion::core::providers::tools;
    let client = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    let account = "/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg-braze/providers/Microsoft.Storage/storageAccounts/acmebraze";
    let mut config = azure(Integration::Currents, true);
    // Without the client ID nothing is judged: other principals' grants must not count.
    let list = serde_json::json!([assignment(account, client)]).to_string();
    assert_eq!(tools::check(&config, &list).unwrap().verdict, "invalid");
    config.providers.set("client-id", client.into());
    assert_eq!(tools::check(&config, &list).unwrap().verdict, "sufficient");
    // On the container: Braze's page asks for the storage account (decision 0008).
    let container = format!("{account}/blobServices/default/containers/braze-data");
    let list = serde_json::json!([assignment(&container, client)]).to_string();
    assert_eq!(
        tools::check(&config, &list).unwrap().verdict,
        "insufficient"
    );
    // Another app's grant is not this app's.
    let list = serde_json::json!([assignment(account, "99999999-8888-7777-6666-555555555555")])
        .to_string();
    assert_eq!(
        tools::check(&config, &list).unwrap().verdict,
        "insufficient"
    );
    // No checker for the connection string: it is no role.
    assert!(tools::checker_intro(&azure(Integration::Currents, false)).is_none());
}

#[test]
fn a_secret_pasted_into_the_checker_is_refused() {
    use braze_s3_companion::core::providers::tools;
    let connection =
        "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=bm90IGEga2V5IGF0IGFsbA==";
    for config in [
        gcs(Integration::Currents),
        azure(Integration::Currents, true),
    ] {
        let result = tools::check(&config, connection).unwrap();
        assert_eq!(result.verdict, "invalid");
        assert_eq!(result.findings.len(), 1);
        assert_eq!(
            Some(result.findings[0].0.clone()),
            case::refused_secret(connection)
        );
    }
}

#[test]
fn the_update_path_follows_each_provider_s_page() {
    use braze_s3_companion::core::providers::tools;
    let steps = |config: &Config| -> Vec<(&'static str, Vec<&'static str>)> {
        tools::update_path(config)
            .unwrap()
            .parts
            .into_iter()
            .map(|p| (p.id, p.steps.iter().map(|s| s.0).collect()))
            .collect()
    };
    // A new key first, Braze next, a test, the old key last (no gap).
    assert_eq!(
        steps(&gcs(Integration::Both)),
        [(
            "rotate-key",
            vec![
                "create-key",
                "update-currents",
                "update-export",
                "test",
                "delete-old-key"
            ]
        )]
    );
    // Azure: the other access key first (Microsoft's two keys).
    assert_eq!(
        steps(&azure(Integration::DashboardExport, false)),
        [(
            "rotate-access-key",
            vec![
                "regenerate-unused",
                "update-braze",
                "test",
                "regenerate-old"
            ]
        )]
    );
    let mut certificate = azure(Integration::Currents, true);
    certificate.providers.set("client-id", "not-a-guid".into());
    let path = tools::update_path(&certificate).unwrap();
    assert_eq!(path.parts[0].id, "renew-certificate");
    let append = path.parts[0]
        .steps
        .iter()
        .find(|s| s.0 == "append")
        .unwrap();
    let command = append.2.as_deref().unwrap();
    // Never without --append (it would delete the app's other credentials); an invalid client
    // ID is not written into a command.
    assert!(
        command.split_whitespace().any(|w| w == "--append"),
        "{command}"
    );
    assert!(!command.contains("not-a-guid"), "{command}");
    assert_eq!(path.parts.last().unwrap().id, "switch-method");
    assert!(tools::update_path(&Config::default()).is_none());
}

#[test]
fn braze_s_gcs_error_is_recognised_and_quoted() {
    use braze_s3_companion::core::providers::tools;
    let config = gcs(Integration::Currents);
    // Braze's page, "Google Cloud Storage Credentials are invalid".
    let literal = "Google Cloud Storage Credentials are invalid. Please ensure that your credentials string, bucket name, and prefix are valid. You do not have read permission.";
    let reading = tools::read_error(&config, literal).unwrap();
    assert_eq!(reading.braze_says, Some(literal));
    let unknown = tools::read_error(&config, "something else").unwrap();
    assert_eq!(unknown.braze_says, None);
    assert!(tools::read_error(&azure(Integration::Currents, false), literal).is_none());
}

// --- The checklist: one item per step, ticks kept per case ----------------------------------

#[test]
fn case_keys_keep_amazon_s3_s_and_separate_the_providers() {
    use braze_s3_companion::core::checklist::case_key;
    // Amazon S3's keys as saved by every earlier build.
    let s3 = parse(&[("integration", "both"), ("auth", "role-arn")]);
    assert_eq!(case_key(&s3), "both/role-arn");
    assert_eq!(
        case_key(&gcs(Integration::Currents)),
        "gcs/currents/service-account-key"
    );
    assert_eq!(
        case_key(&azure(Integration::Currents, true)),
        "azure/currents/certificate-service-principal"
    );
}

#[test]
fn the_ticks_of_every_case_of_every_provider_are_saved_and_read_back_whole() {
    use braze_s3_companion::core::checklist::case_key;
    use braze_s3_companion::core::providers::guide::checklist_items;
    let mut configs = Vec::new();
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            configs.push(Config {
                integration,
                auth,
                ..Config::default()
            });
        }
        configs.push(gcs(integration));
        configs.push(azure(integration, false));
        configs.push(azure(integration, true));
    }
    assert_eq!(configs.len(), 20);
    let mut ticks = Ticks::default();
    for config in &configs {
        let items = checklist_items(&steps(config));
        let id = items
            .first()
            .map_or("create-bucket.create".to_owned(), |i| i.id.clone());
        ticks.tick(&case_key(config), &id);
    }
    let read = persist::read(&persist::encode(&Config::default(), &ticks));
    assert!(read.whole);
    let mut back = Config::default();
    assert_eq!(persist::restore(read.saved.unwrap(), &mut back), ticks);
}

#[test]
fn a_provider_s_checklist_is_its_steps() {
    use braze_s3_companion::core::providers::guide::checklist_items;
    let steps = steps(&azure(Integration::Both, false));
    let items = checklist_items(&steps);
    let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "azure-storage-account.done",
            "azure-connection-string.done",
            "azure-currents.done",
            "azure-export.done"
        ]
    );
    assert!(items
        .iter()
        .zip(&steps)
        .all(|(i, s)| i.step == s.id && i.text == s.title));
}

// --- The picture ------------------------------------------------------------------------------

#[test]
fn each_provider_s_picture_names_its_method_and_the_reader_s_values() {
    use braze_s3_companion::core::diagram::{Line, NodeKind, Part, Shown};
    use braze_s3_companion::core::providers::diagram::diagram;
    let values = |d: &braze_s3_companion::core::diagram::Diagram| -> Vec<String> {
        d.parts
            .iter()
            .flat_map(|p| p.lines().to_vec())
            .filter_map(|l| match l {
                Line::Code(Shown::Value(v)) => Some(v),
                _ => None,
            })
            .collect()
    };
    let kinds = |d: &braze_s3_companion::core::diagram::Diagram| -> Vec<NodeKind> {
        d.parts
            .iter()
            .filter_map(|p| match p {
                Part::Node { kind, .. } => Some(*kind),
                Part::Arrow { .. } => None,
            })
            .collect()
    };
    let picture = diagram(&gcs(Integration::Currents)).unwrap();
    assert_eq!(picture.auth, "service-account-key");
    assert_eq!(
        kinds(&picture),
        [NodeKind::BrazeAccount, NodeKind::User, NodeKind::Bucket]
    );
    assert_eq!(
        values(&picture),
        [
            "braze-cloud-storage@acme-analytics.iam.gserviceaccount.com",
            "brazeCloudStorage",
            "acme-braze-exports"
        ]
    );
    let picture = diagram(&azure(Integration::Currents, false)).unwrap();
    assert_eq!(picture.auth, "connection-string");
    assert_eq!(kinds(&picture), [NodeKind::BrazeAccount, NodeKind::Bucket]);
    assert_eq!(values(&picture), ["acmebraze", "braze-data"]);
    // The certificate: Braze signs in as the app, which holds the role on the account; an
    // invalid client ID is not drawn.
    let mut certificate = azure(Integration::Currents, true);
    certificate.providers.set("client-id", "not-a-guid".into());
    let picture = diagram(&certificate).unwrap();
    assert_eq!(picture.auth, "certificate-service-principal");
    assert_eq!(
        kinds(&picture),
        [NodeKind::BrazeAccount, NodeKind::Role, NodeKind::Bucket]
    );
    assert_eq!(values(&picture), ["acmebraze", "braze-data"]);
    assert!(diagram(&Config::default()).is_none());
}
