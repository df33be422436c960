//! The URL query: `integration = currents | dashboard-export | both`, `auth = secret-key |
//! role-arn`, `bucket`, `account`, `external-id`, `folder`, `sse = 0|1`, `lang`. An unknown
//! value of a choice key falls back to its default; a free-text value is put in its field and
//! validated like typed input; never a panic. Keys and defaults are the ones of docs/contract.md.

use std::collections::BTreeSet;

use braze_s3_companion::core::config::{AuthMethod, Config, Integration};
use braze_s3_companion::core::field::Field;
use braze_s3_companion::core::guide;
use braze_s3_companion::core::query;
use braze_s3_companion::core::rules::{self, Graded, Report, Severity};
use braze_s3_companion::core::snippets::{self, SnippetBody};
use braze_s3_companion::i18n::Locale;
use proptest::prelude::*;

fn parse(pairs: &[(&str, &str)]) -> Config {
    query::parse(pairs.iter().copied())
}

fn parse_owned(pairs: &[(&'static str, String)]) -> Config {
    query::parse(pairs.iter().map(|(k, v)| (*k, v.as_str())))
}

/// Everything the reader sees for a config: the guide and every snippet of the case.
fn rendered(config: &Config) -> (guide::Guide, Vec<SnippetBody>) {
    let report = Report::new(config);
    let guide = guide::build(config, &report);
    let snippets = guide
        .snippets()
        .map(|id| snippets::build(id, config, &report))
        .collect();
    (guide, snippets)
}

fn has_error(config: &Config, field: Field) -> bool {
    rules::check(config)
        .iter()
        .any(|f| f.field == field && f.problem.severity() == Severity::Error)
}

// ---------------------------------------------------------------------------------------------
// Defaults and each key

#[test]
fn empty_query_gives_the_contract_defaults() {
    let config = parse(&[]);
    assert_eq!(config.integration, Integration::Currents);
    assert_eq!(config.auth, AuthMethod::SecretKey);
    assert_eq!(config.bucket, "");
    assert_eq!(config.braze_account, "");
    assert_eq!(config.external_id, "");
    assert_eq!(config.folder, "currents");
    assert!(!config.sse);
    assert_eq!(config, Config::default());
}

#[test]
fn integration_values() {
    for (value, expected) in [
        ("currents", Integration::Currents),
        ("dashboard-export", Integration::DashboardExport),
        ("both", Integration::Both),
    ] {
        assert_eq!(
            parse(&[("integration", value)]).integration,
            expected,
            "{value}"
        );
    }
}

#[test]
fn auth_values() {
    for (value, expected) in [
        ("secret-key", AuthMethod::SecretKey),
        ("role-arn", AuthMethod::RoleArn),
    ] {
        assert_eq!(parse(&[("auth", value)]).auth, expected, "{value}");
    }
}

#[test]
fn sse_values() {
    assert!(parse(&[("sse", "1")]).sse);
    assert!(!parse(&[("sse", "0")]).sse);
}

#[test]
fn free_text_keys_fill_their_fields() {
    let config = parse(&[
        ("bucket", "braze-exports"),
        ("account", "123456789012"),
        ("external-id", "ext-id"),
        ("folder", "braze/currents"),
    ]);
    assert_eq!(config.bucket, "braze-exports");
    assert_eq!(config.braze_account, "123456789012");
    assert_eq!(config.external_id, "ext-id");
    assert_eq!(config.folder, "braze/currents");
}

#[test]
fn query_keys_cover_the_contract() {
    for key in [
        "integration",
        "auth",
        "bucket",
        "account",
        "external-id",
        "folder",
        "sse",
    ] {
        assert!(query::KEYS.contains(&key), "{key}");
    }
}

#[test]
fn input_names_are_their_url_keys() {
    // docs/contract.md: inputs carry `name` = their URL key.
    for (field, key) in [
        (Field::Bucket, "bucket"),
        (Field::BrazeAccount, "account"),
        (Field::ExternalId, "external-id"),
        (Field::Folder, "folder"),
    ] {
        assert_eq!(field.key(), key);
        assert!(query::KEYS.contains(&field.key()));
    }
}

#[test]
fn every_field_has_one_key_read_and_written_through_the_query() {
    let keys: BTreeSet<&str> = Field::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(keys.len(), Field::ALL.len());
    for (i, field) in Field::ALL.into_iter().enumerate() {
        assert!(query::KEYS.contains(&field.key()), "{field:?}");
        let value = format!("value-{i}");
        let config = parse(&[(field.key(), &value)]);
        assert_eq!(config.value(field), value, "{field:?}");
        let saved = query::all_pairs(&config);
        assert!(saved.contains(&(field.key(), value)), "{field:?}");
    }
    let full = Config {
        sse: true,
        ..parse(&Field::ALL.map(|f| (f.key(), "x")))
    };
    assert_eq!(parse_owned(&query::all_pairs(&full)), full);
}

// ---------------------------------------------------------------------------------------------
// Fallbacks

#[test]
fn unknown_integration_falls_back_to_currents() {
    for value in [
        "",
        "Currents",
        "CURRENTS",
        "dashboard",
        "dashboard_export",
        "Dashboard-Export",
        " both",
        "both ",
        "both\0",
        "all",
        "∞",
        "currents,both",
    ] {
        let config = parse(&[("integration", value)]);
        assert_eq!(config.integration, Integration::Currents, "{value:?}");
    }
}

#[test]
fn unknown_auth_falls_back_to_secret_key() {
    for value in [
        "",
        "role",
        "Role-Arn",
        "ROLE-ARN",
        "role_arn",
        "secret",
        "role-arn ",
        "arn:aws:iam::123456789012:role/x",
    ] {
        let config = parse(&[("auth", value)]);
        assert_eq!(config.auth, AuthMethod::SecretKey, "{value:?}");
    }
}

#[test]
fn unknown_sse_falls_back_to_off() {
    for value in [
        "", "2", "true", "yes", "on", "01", "1 ", " 1", "-1", "１", "0x1",
    ] {
        assert!(!parse(&[("sse", value)]).sse, "{value:?}");
    }
}

#[test]
fn fallback_does_not_disturb_other_keys() {
    let config = parse(&[
        ("integration", "nonsense"),
        ("auth", "role-arn"),
        ("bucket", "braze-exports"),
        ("sse", "maybe"),
    ]);
    assert_eq!(config.integration, Integration::Currents);
    assert_eq!(config.auth, AuthMethod::RoleArn);
    assert_eq!(config.bucket, "braze-exports");
    assert!(!config.sse);
}

#[test]
fn unknown_keys_are_ignored() {
    let config = parse(&[
        ("lang", "fr"),
        ("utm_source", "newsletter"),
        ("BUCKET", "shouted"),
        ("Integration", "both"),
        ("secret", "AKIA-something"),
        ("", ""),
        ("bucket ", "spaced"),
    ]);
    assert_eq!(config, Config::default());
}

#[test]
fn absent_keys_keep_presets() {
    // The data-* presets are applied first; a URL that does not mention a key keeps them.
    let mut config = Config::default();
    query::apply(
        &mut config,
        [
            ("integration", "dashboard-export"),
            ("auth", "role-arn"),
            ("bucket", "preset-bucket"),
        ],
    );
    query::apply(&mut config, [("account", "123456789012")]);
    assert_eq!(config.integration, Integration::DashboardExport);
    assert_eq!(config.auth, AuthMethod::RoleArn);
    assert_eq!(config.bucket, "preset-bucket");
    assert_eq!(config.braze_account, "123456789012");
}

// ---------------------------------------------------------------------------------------------
// Free text: kept as typed, validated like typed input

#[test]
fn invalid_free_text_is_kept_as_typed_and_reported() {
    let bucket = "My_Bucket..";
    let account = "12ab";
    let external_id = "a b";
    let folder = "/x//../y";
    let config = parse(&[
        ("auth", "role-arn"),
        ("bucket", bucket),
        ("account", account),
        ("external-id", external_id),
        ("folder", folder),
    ]);
    assert_eq!(config.bucket, bucket);
    assert_eq!(config.braze_account, account);
    assert_eq!(config.external_id, external_id);
    assert_eq!(config.folder, folder);
    // Exactly as if typed: the same findings.
    let typed = Config {
        auth: AuthMethod::RoleArn,
        bucket: bucket.to_owned(),
        braze_account: account.to_owned(),
        external_id: external_id.to_owned(),
        folder: folder.to_owned(),
        ..Config::default()
    };
    assert_eq!(rules::check(&config), rules::check(&typed));
    for field in [
        Field::Bucket,
        Field::BrazeAccount,
        Field::ExternalId,
        Field::Folder,
    ] {
        assert!(has_error(&config, field), "{field:?}");
    }
}

#[test]
fn free_text_is_not_trimmed_or_recased() {
    for value in [
        " braze-exports",
        "braze-exports ",
        "Braze-Exports",
        "braze%2Dexports",
        "braze+exports",
        "a&b=c#d",
        "bücket",
        "\u{202e}evil",
    ] {
        let config = parse(&[("bucket", value)]);
        assert_eq!(config.bucket, value, "{value:?}");
        assert!(has_error(&config, Field::Bucket), "{value:?} is invalid");
    }
}

#[test]
fn empty_free_text_is_kept_empty() {
    let config = parse(&[("folder", ""), ("bucket", "")]);
    assert_eq!(config.folder, "");
    assert_eq!(config.bucket, "");
    assert!(has_error(&config, Field::Bucket));
}

#[test]
fn valid_values_at_the_limits_survive_the_query() {
    let external_id = "x".repeat(1224);
    let bucket = "b".repeat(63);
    let config = query::parse([
        ("auth", "role-arn"),
        ("external-id", external_id.as_str()),
        ("bucket", bucket.as_str()),
        ("account", "123456789012"),
    ]);
    assert_eq!(config.external_id, external_id);
    assert_eq!(config.bucket, bucket);
    assert!(!has_error(&config, Field::ExternalId));
    assert!(!has_error(&config, Field::Bucket));
}

#[test]
fn dotted_bucket_from_the_query_is_a_warning() {
    let config = parse(&[("bucket", "braze.exports")]);
    assert_eq!(config.bucket, "braze.exports");
    let report = Report::new(&config);
    assert!(report.is_ok(Field::Bucket));
    assert!(report.for_field(Field::Bucket).count() > 0);
}

// ---------------------------------------------------------------------------------------------
// Huge values

#[test]
fn huge_values_stay_invalid_and_never_panic() {
    let huge = "a".repeat(1_000_000);
    let config = query::parse([
        ("auth", "role-arn"),
        ("bucket", huge.as_str()),
        ("account", huge.as_str()),
        ("external-id", huge.as_str()),
        ("folder", huge.as_str()),
        ("role-name", huge.as_str()),
        ("policy-name", huge.as_str()),
    ]);
    for field in [
        Field::Bucket,
        Field::BrazeAccount,
        Field::ExternalId,
        Field::RoleName,
        Field::PolicyName,
    ] {
        assert!(has_error(&config, field), "{field:?}");
    }
    let (_, bodies) = rendered(&config);
    assert!(bodies
        .iter()
        .all(|b| matches!(b, SnippetBody::Waiting { .. })));
}

#[test]
fn huge_multibyte_values_never_panic() {
    for unit in ["é", "名", "🚀", "\u{0301}", "\u{0}", "a\"\\"] {
        let huge = unit.repeat(300_000);
        let config = query::parse([
            ("integration", huge.as_str()),
            ("auth", huge.as_str()),
            ("bucket", huge.as_str()),
            ("external-id", huge.as_str()),
            ("folder", huge.as_str()),
            ("sse", huge.as_str()),
        ]);
        assert_eq!(config.integration, Integration::Currents);
        assert_eq!(config.auth, AuthMethod::SecretKey);
        assert!(!config.sse);
        assert!(has_error(&config, Field::Bucket), "{unit:?}");
        // Still a whole number of characters of what was typed.
        assert!(huge.starts_with(&config.bucket), "{unit:?}");
        rendered(&config);
        query::to_pairs(&config);
    }
}

#[test]
fn huge_lang_is_not_a_locale() {
    let huge = "fr".repeat(100_000);
    assert_eq!(Locale::from_tag(&huge), None);
}

#[test]
fn many_pairs_never_panic() {
    let pairs: Vec<(String, String)> = (0..10_000)
        .map(|i| {
            (
                query::KEYS[i % query::KEYS.len()].to_owned(),
                format!("v{i}"),
            )
        })
        .collect();
    let config = query::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    rendered(&config);
}

// ---------------------------------------------------------------------------------------------
// lang

#[test]
fn lang_values_of_the_contract() {
    for (tag, locale) in [
        ("en", Locale::En),
        ("fr", Locale::Fr),
        ("de", Locale::De),
        ("es", Locale::Es),
        ("ja", Locale::Ja),
        ("ko", Locale::Ko),
        ("pt-BR", Locale::PtBr),
    ] {
        assert_eq!(Locale::from_tag(tag), Some(locale), "{tag}");
        assert_eq!(locale.tag(), tag);
    }
}

#[test]
fn unknown_lang_is_negotiated() {
    for tag in ["", "xx", "klingon", "-", "zh-CN", "\u{0}"] {
        assert_eq!(Locale::from_tag(tag), None, "{tag:?}");
    }
}

#[test]
fn lang_does_not_change_the_case() {
    let with = parse(&[("integration", "both"), ("lang", "fr")]);
    let without = parse(&[("integration", "both")]);
    assert_eq!(with, without);
}

// ---------------------------------------------------------------------------------------------
// Round trip

fn full_config(integration: Integration, auth: AuthMethod, sse: bool) -> Config {
    let mut config = Config {
        integration,
        auth,
        bucket: "braze-exports".to_owned(),
        policy_name: "braze-policy".to_owned(),
        ..Config::default()
    };
    match auth {
        AuthMethod::SecretKey => config.user_name = "braze-user".to_owned(),
        AuthMethod::RoleArn => {
            config.braze_account = "123456789012".to_owned();
            config.external_id = "ext-id".to_owned();
            config.role_name = "braze-role".to_owned();
            config.own_account = "210987654321".to_owned();
        }
    }
    if integration.has_currents() {
        config.folder = "braze/prod".to_owned();
        config.sse = sse;
    }
    config
}

#[test]
fn round_trip_gives_the_same_config() {
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            for sse in [false, true] {
                let config = full_config(integration, auth, sse);
                let back = parse_owned(&query::to_pairs(&config));
                assert_eq!(back, config, "{integration:?} {auth:?} sse={sse}");
            }
        }
    }
}

#[test]
fn round_trip_of_defaults() {
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            let config = Config {
                integration,
                auth,
                ..Config::default()
            };
            let back = parse_owned(&query::to_pairs(&config));
            assert_eq!(back, config, "{integration:?} {auth:?}");
        }
    }
}

#[test]
fn round_trip_gives_the_same_guide_and_snippets() {
    // Values that do not matter to the case may be dropped from the link, but the reader sees
    // the same guide and the same snippets.
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            let config = Config {
                integration,
                auth,
                bucket: "braze.exports".to_owned(),
                braze_account: "123456789012".to_owned(),
                external_id: "ext-id".to_owned(),
                folder: "braze/prod".to_owned(),
                sse: true,
                user_name: "u".to_owned(),
                role_name: "r".to_owned(),
                policy_name: "p".to_owned(),
                own_account: "210987654321".to_owned(),
                ..Config::default()
            };
            let back = parse_owned(&query::to_pairs(&config));
            assert_eq!(
                rendered(&back),
                rendered(&config),
                "{integration:?} {auth:?}"
            );
        }
    }
}

#[test]
fn round_trip_keeps_invalid_and_hostile_text() {
    for value in [
        "My Bucket!",
        "a&b=c#d?e",
        "\"quoted\"\\",
        "line\nbreak",
        "名前",
        "%20",
        "",
    ] {
        let config = Config {
            auth: AuthMethod::RoleArn,
            bucket: value.to_owned(),
            braze_account: value.to_owned(),
            external_id: value.to_owned(),
            folder: value.to_owned(),
            ..Config::default()
        };
        let back = parse_owned(&query::to_pairs(&config));
        assert_eq!(back, config, "{value:?}");
    }
}

#[test]
fn written_pairs_use_known_keys_and_choice_values() {
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            let pairs = query::to_pairs(&full_config(integration, auth, true));
            for (key, _) in &pairs {
                assert!(query::KEYS.contains(key), "{key}");
            }
            let value = |key: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| v.as_str())
            };
            assert_eq!(value("integration"), Some(integration.key()));
            assert_eq!(value("auth"), Some(auth.key()));
            assert!(matches!(value("sse"), None | Some("0") | Some("1")));
            // The widget never carries a secret.
            assert!(pairs
                .iter()
                .all(|(k, _)| !k.contains("secret") || *k == "auth"));
        }
    }
}

#[test]
fn choice_keys_are_the_contract_spellings() {
    assert_eq!(Integration::Currents.key(), "currents");
    assert_eq!(Integration::DashboardExport.key(), "dashboard-export");
    assert_eq!(Integration::Both.key(), "both");
    assert_eq!(AuthMethod::SecretKey.key(), "secret-key");
    assert_eq!(AuthMethod::RoleArn.key(), "role-arn");
}

// ---------------------------------------------------------------------------------------------
// What a link carries (issue 22): never more than servers and CDNs take

/// `value` as `URLSearchParams` writes it (the WHATWG URL standard's
/// application/x-www-form-urlencoded serializer): ASCII alphanumerics and `*-._` kept, the
/// space as `+`, every other byte of the UTF-8 as `%XX`. Written from the standard, not from
/// the code under test.
fn form_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                (b as char).to_string()
            }
            b' ' => "+".to_owned(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

fn query_text(pairs: &[(&'static str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[test]
fn the_encoded_length_is_the_url_standards() {
    for value in [
        "", "acme", "a b", "a+b", "é", "名前", "🚀", "~!'()", "%2F", "\n",
    ] {
        assert_eq!(
            query::url_encoded_len(value),
            form_encode(value).len(),
            "{value:?}"
        );
    }
    assert_eq!(form_encode("a b~é"), "a+b%7E%C3%A9");
}

/// A value at the very end of what AWS accepts in `field`, of characters valid there that
/// take the most room in a URL.
fn longest_valid(field: Field) -> String {
    let max = field.max_bytes();
    match field {
        Field::Bucket => "a".repeat(max),
        Field::BrazeAccount | Field::OwnAccount => "1".repeat(max),
        Field::ExternalId | Field::UserName | Field::PolicyName => "+".repeat(max),
        // A role typed with the longest path IAM accepts (512 with its slashes), then its name.
        Field::RoleName => format!("/{}/{}", "+".repeat(510), "+".repeat(64)),
        // 3-byte letters, and plain letters for what is left.
        Field::Folder | Field::ConnectorFolder(_) => {
            let letters = "名".repeat(max / 3);
            letters.clone() + &"a".repeat(max - letters.len())
        }
    }
}

#[test]
fn every_valid_value_fits_a_link() {
    for integration in [Integration::Currents, Integration::Both] {
        for auth in AuthMethod::ALL {
            let mut config = Config {
                integration,
                auth,
                ..Config::default()
            };
            for field in Field::ALL {
                *config.value_mut(field).unwrap() = longest_valid(field);
            }
            // The policy name grows a suffix with both integrations: the base is shorter.
            if integration == Integration::Both {
                config.policy_name = "+".repeat(128 - "-dashboard-export".len());
            }
            let report = Report::new(&config);
            for field in Field::ALL {
                assert!(report.is_ok(field), "{integration:?} {auth:?} {field:?}");
            }
            assert_eq!(query::left_out(&config), Vec::<Field>::new());
            let back = parse_owned(&query::to_pairs(&config));
            let mut linked = vec![Field::Bucket, Field::PolicyName, Field::Folder];
            match auth {
                AuthMethod::RoleArn => linked.extend([
                    Field::BrazeAccount,
                    Field::ExternalId,
                    Field::RoleName,
                    Field::OwnAccount,
                ]),
                AuthMethod::SecretKey => linked.push(Field::UserName),
            }
            for field in linked {
                assert_eq!(back.value(field), config.value(field), "{field:?}");
            }
        }
    }
}

#[test]
fn the_longest_link_stays_under_what_servers_and_cdns_accept() {
    // docs/contract.md: CloudFront takes URLs of at most 8,192 bytes, nginx and Apache request
    // lines of 8 KB by default. The widget keeps its part under MAX_QUERY_BYTES, leaving 392
    // bytes to the page's own address (a role may now carry a 512-character path).
    const { assert!(query::MAX_QUERY_BYTES + 392 <= 8_192) };
    for integration in Integration::ALL {
        for auth in AuthMethod::ALL {
            // Every value at the most a link carries: three times its field's limit, encoded.
            let mut config = Config {
                integration,
                auth,
                sse: true,
                ..Config::default()
            };
            for field in Field::ALL {
                *config.value_mut(field).unwrap() = "%".repeat(field.max_bytes());
            }
            let mut pairs = query::to_pairs(&config);
            assert_eq!(query::left_out(&config), Vec::<Field>::new());
            pairs.push(("lang", "pt-BR".to_owned()));
            let text = query_text(&pairs);
            assert!(
                text.len() <= query::MAX_QUERY_BYTES,
                "{integration:?} {auth:?}: {} bytes",
                text.len()
            );
        }
    }
}

#[test]
fn a_value_over_its_room_stays_out_of_the_link_and_the_rest_goes_in() {
    // The issue: 150,000 characters pasted into the folder field.
    let config = Config {
        bucket: "acme-exports".to_owned(),
        folder: "x".repeat(150_000),
        ..Config::default()
    };
    let pairs = query::to_pairs(&config);
    assert!(pairs.iter().all(|(k, _)| *k != "folder"), "{pairs:?}");
    assert!(pairs.contains(&("bucket", "acme-exports".to_owned())));
    assert_eq!(query::left_out(&config), vec![Field::Folder]);
    assert!(query_text(&pairs).len() < 100);
    // One byte over the room of a bucket name (3 × 63 encoded bytes) is out; at it, in.
    let at = |value: String| query::link_carries(Field::Bucket, &value);
    assert!(at("%".repeat(63)));
    assert!(!at("%".repeat(63) + "a"));
    assert!(at("a".repeat(189)));
    assert!(!at("a".repeat(190)));
}

// ---------------------------------------------------------------------------------------------
// Never a panic

fn any_key() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(query::KEYS.to_vec()).prop_map(str::to_owned),
        Just("lang".to_owned()),
        ".{0,12}",
    ]
}

fn any_value() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,80}",
        "[a-z0-9.-]{0,70}",
        "[0-9]{10,14}",
        proptest::sample::select(vec![
            "currents",
            "dashboard-export",
            "both",
            "secret-key",
            "role-arn",
            "0",
            "1",
        ])
        .prop_map(str::to_owned),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_query_parses_renders_and_round_trips(
        pairs in proptest::collection::vec((any_key(), any_value()), 0..12)
    ) {
        let config = query::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let back = parse_owned(&query::to_pairs(&config));
        let left_out = query::left_out(&config);
        if left_out.is_empty() {
            prop_assert_eq!(rendered(&back), rendered(&config));
        }
        // What a link leaves out is refused where it was typed; the rest comes back as is.
        for field in Field::ALL {
            if left_out.contains(&field) {
                prop_assert!(has_error(&config, field), "{:?}", field);
            } else if !field.is_optional() || !config.value(field).is_empty() {
                let linked = query::to_pairs(&config).iter().any(|(k, _)| *k == field.key());
                if linked {
                    prop_assert_eq!(back.value(field), config.value(field));
                }
            }
        }
    }

    #[test]
    fn free_text_is_kept_verbatim(value in ".{0,200}") {
        let config = query::parse([
            ("bucket", value.as_str()),
            ("account", value.as_str()),
            ("external-id", value.as_str()),
            ("folder", value.as_str()),
        ]);
        prop_assert_eq!(&config.bucket, &value);
        prop_assert_eq!(&config.braze_account, &value);
        prop_assert_eq!(&config.external_id, &value);
        prop_assert_eq!(&config.folder, &value);
    }
}
