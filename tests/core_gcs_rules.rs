//! One test per Google Cloud Storage input rule of docs/facts.md ("Input rules (Google Cloud
//! Storage)"), with valid and invalid values at each boundary. Expected values come from
//! Google's rules as docs/facts.md states them, never from the code's output:
//!
//! - bucket: 3–63 characters; with dots up to 222, each part 1–63; `a-z 0-9 - _ .`; starts and
//!   ends with a letter or digit; not four dot-separated groups of digits; not `goog…`; no
//!   `google` nor a digit-for-letter misspelling; dots: a warning.
//! - project ID: 6–30 of `a-z 0-9 -`, starts with a letter, no trailing hyphen, none of
//!   `google`, `null`, `undefined`, `ssl`.
//! - role ID: 3–64 of `A-Za-z0-9 _ .`; a `-` has its own message.
//! - service account ID: 6–30, `[a-z]([-a-z0-9]*[a-z0-9])`.
//! - prefix: ≤ 1,024 UTF-8 bytes, no CR/LF, not `.`/`..`, not `.well-known/acme-challenge/…`,
//!   no control or invisible format character; `# [ ] * ?` a warning.

use braze_s3_companion::core::providers::gcs::rules::{self, GcsReport, Graded, Problem, Severity};
use braze_s3_companion::core::providers::gcs::secret::Secret;
use braze_s3_companion::core::providers::gcs::setup::{GcsField, GcsSetup};

fn rep(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

fn errors(problems: &[Problem]) -> Vec<&Problem> {
    problems
        .iter()
        .filter(|p| p.severity() == Severity::Error)
        .collect()
}

#[track_caller]
fn accepted(problems: Vec<Problem>, value: &str) {
    assert!(
        errors(&problems).is_empty(),
        "{value:?} is valid by docs/facts.md, got {problems:?}"
    );
}

#[track_caller]
fn clean(problems: Vec<Problem>, value: &str) {
    assert_eq!(problems, Vec::<Problem>::new(), "{value:?} breaks no rule");
}

#[track_caller]
fn only(problems: Vec<Problem>, expected: Problem, value: &str) {
    assert_eq!(problems, vec![expected], "{value:?}");
}

// ---------------------------------------------------------------------------------------------
// Bucket

#[test]
fn bucket_length_is_3_to_63_without_dots() {
    clean(rules::bucket("abc"), "abc");
    clean(rules::bucket(&rep('a', 63)), "63 a");
    only(
        rules::bucket("ab"),
        Problem::BucketLength { len: 2, max: 63 },
        "ab",
    );
    only(
        rules::bucket(&rep('a', 64)),
        Problem::BucketLength { len: 64, max: 63 },
        "64 a",
    );
    only(rules::bucket(""), Problem::Required, "empty");
}

#[test]
fn dotted_names_reach_222_with_parts_of_at_most_63() {
    let part = rep('a', 63);
    // 63 + 1 + 63 + 1 + 63 + 1 + 30 = 222
    let longest = format!("{part}.{part}.{part}.{}", rep('b', 30));
    assert_eq!(longest.len(), 222);
    accepted(rules::bucket(&longest), &longest);
    let too_long = format!("{longest}b");
    assert!(rules::bucket(&too_long).contains(&Problem::BucketLength { len: 223, max: 222 }));
    let long_part = format!("{}.example.com", rep('a', 64));
    assert!(rules::bucket(&long_part).contains(&Problem::BucketPart { len: 64 }));
    let ok_part = format!("{}.example.com", rep('a', 63));
    accepted(rules::bucket(&ok_part), &ok_part);
    assert!(rules::bucket("a..b").contains(&Problem::BucketPart { len: 0 }));
}

#[test]
fn dots_are_a_warning_only_domain_verification() {
    let problems = rules::bucket("exports.example.com");
    assert_eq!(problems, vec![Problem::BucketDots]);
    assert_eq!(problems[0].severity(), Severity::Warning);
}

#[test]
fn bucket_characters_lowercase_digits_dash_underscore_dot() {
    clean(rules::bucket("a-b_c9"), "a-b_c9");
    only(rules::bucket("Acme"), Problem::BucketUppercase, "Acme");
    only(
        rules::bucket("ac me"),
        Problem::BucketCharacters {
            found: "␣".into()
        },
        "space",
    );
    only(
        rules::bucket("acme!x"),
        Problem::BucketCharacters { found: "!".into() },
        "!",
    );
}

#[test]
fn bucket_starts_and_ends_with_a_letter_or_digit() {
    clean(rules::bucket("1ab2"), "1ab2");
    for name in ["-abc", "abc-", "_abc", "abc_", ".abc"] {
        assert!(rules::bucket(name).contains(&Problem::BucketEdge), "{name}");
    }
}

#[test]
fn bucket_not_an_ip_address() {
    assert!(rules::bucket("192.168.5.4").contains(&Problem::BucketIpAddress));
    accepted(rules::bucket("192.168.5.a"), "192.168.5.a");
    accepted(rules::bucket("192.168.5"), "three groups");
}

#[test]
fn bucket_no_goog_prefix_no_google_nor_misspelling() {
    only(
        rules::bucket("googexports"),
        Problem::BucketGoogPrefix,
        "goog",
    );
    clean(rules::bucket("gooexports"), "goo is not goog");
    for name in ["my-google-exports", "my-g00gle-exports", "exports-goog1e"] {
        assert!(
            rules::bucket(name).contains(&Problem::BucketGoogle),
            "{name}: Google's example is g00gle"
        );
    }
    clean(rules::bucket("my-gogle-exports"), "not google");
}

// ---------------------------------------------------------------------------------------------
// Project ID

#[test]
fn project_id_6_to_30() {
    clean(rules::project_id("abcdef"), "6");
    clean(rules::project_id(&format!("a{}", rep('b', 29))), "30");
    only(
        rules::project_id("abcde"),
        Problem::ProjectLength { len: 5 },
        "5",
    );
    only(
        rules::project_id(&format!("a{}", rep('b', 30))),
        Problem::ProjectLength { len: 31 },
        "31",
    );
}

#[test]
fn project_id_lowercase_digits_hyphens_letter_first_no_trailing_hyphen() {
    clean(rules::project_id("acme-prod-42"), "acme-prod-42");
    assert!(rules::project_id("Acme-prod").contains(&Problem::ProjectStart));
    assert!(
        rules::project_id("acme_prod").contains(&Problem::ProjectCharacters { found: "_".into() })
    );
    only(
        rules::project_id("1acme-prod"),
        Problem::ProjectStart,
        "digit first",
    );
    only(
        rules::project_id("acme-prod-"),
        Problem::ProjectTrailingHyphen,
        "trailing",
    );
}

#[test]
fn project_id_no_restricted_strings() {
    const RESTRICTED: [&str; 4] = ["google", "null", "undefined", "ssl"];
    for word in RESTRICTED {
        let id = format!("acme-{word}-x");
        assert!(
            rules::project_id(&id).contains(&Problem::ProjectRestricted { word }),
            "{id}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Role ID, service account

#[test]
fn role_id_3_to_64_letters_digits_underscore_dot() {
    clean(rules::role_id("abc"), "3");
    clean(rules::role_id(&rep('A', 64)), "64");
    clean(rules::role_id("braze.Cloud_Storage2"), "mixed");
    only(rules::role_id("ab"), Problem::RoleIdLength { len: 2 }, "2");
    only(
        rules::role_id(&rep('a', 65)),
        Problem::RoleIdLength { len: 65 },
        "65",
    );
    only(
        rules::role_id("braze-role"),
        Problem::RoleIdHyphen,
        "hyphen",
    );
    only(
        rules::role_id("braze role"),
        Problem::RoleIdCharacters {
            found: "␣".into()
        },
        "space",
    );
}

#[test]
fn service_account_rfc1035_6_to_30() {
    clean(rules::service_account("abcdef"), "6");
    clean(rules::service_account(&format!("a{}", rep('b', 29))), "30");
    clean(rules::service_account("braze-gcs-1"), "hyphens inside");
    only(
        rules::service_account("abcde"),
        Problem::ServiceAccountLength { len: 5 },
        "5",
    );
    only(
        rules::service_account(&format!("a{}", rep('b', 30))),
        Problem::ServiceAccountLength { len: 31 },
        "31",
    );
    only(
        rules::service_account("1braze"),
        Problem::ServiceAccountStart,
        "digit first",
    );
    only(
        rules::service_account("braze-"),
        Problem::ServiceAccountEnd,
        "trailing",
    );
    only(
        rules::service_account("braze_gcs"),
        Problem::ServiceAccountCharacters { found: "_".into() },
        "underscore",
    );
    assert!(rules::service_account("Braze-gcs").contains(&Problem::ServiceAccountStart));
}

// ---------------------------------------------------------------------------------------------
// Prefix

#[test]
fn prefix_is_optional_and_at_most_1024_bytes() {
    clean(rules::prefix(""), "empty: optional");
    clean(rules::prefix(&rep('a', 1024)), "1024 bytes");
    only(
        rules::prefix(&rep('a', 1025)),
        Problem::PrefixTooLong { bytes: 1025 },
        "1025",
    );
    // 512 × "é" is 1,024 bytes; 513 × "é" is 1,026: bytes count, not characters.
    clean(rules::prefix(&rep('é', 512)), "1024 bytes of é");
    only(
        rules::prefix(&rep('é', 513)),
        Problem::PrefixTooLong { bytes: 1026 },
        "1026 bytes of é",
    );
}

#[test]
fn prefix_object_name_rules() {
    clean(rules::prefix("braze/exports"), "a path");
    clean(rules::prefix("données/été"), "letters of any language");
    only(rules::prefix("a\nb"), Problem::PrefixLineBreak, "LF");
    only(rules::prefix("a\rb"), Problem::PrefixLineBreak, "CR");
    only(rules::prefix("."), Problem::PrefixDots, ".");
    only(rules::prefix(".."), Problem::PrefixDots, "..");
    clean(rules::prefix("..."), "three dots is a name");
    only(
        rules::prefix(".well-known/acme-challenge/x"),
        Problem::PrefixAcmeChallenge,
        "acme",
    );
    clean(rules::prefix(".well-known/x"), "other .well-known");
}

#[test]
fn prefix_refuses_invisible_characters_warns_on_avoided_ones() {
    for c in [
        '\u{0}',
        '\u{7F}',
        '\u{85}',
        '\u{200B}',
        '\u{202E}',
        '\u{2066}',
        '\u{FEFF}',
        '\u{2028}',
        '\u{E0041}',
    ] {
        let value = format!("a{c}b");
        only(rules::prefix(&value), Problem::PrefixInvisible, &value);
    }
    let problems = rules::prefix("exports#1");
    assert_eq!(problems, vec![Problem::PrefixAvoided { found: "#".into() }]);
    assert_eq!(problems[0].severity(), Severity::Warning);
    assert_eq!(
        rules::prefix("a[b]*?"),
        vec![Problem::PrefixAvoided {
            found: "[ ] * ?".into()
        }]
    );
}

#[test]
fn hierarchical_namespace_is_on_or_off() {
    assert!(rules::hierarchical_namespace("on").is_empty());
    assert!(rules::hierarchical_namespace("off").is_empty());
    assert_eq!(
        rules::hierarchical_namespace("yes"),
        vec![Problem::HnsChoice]
    );
    let mut setup = GcsSetup::default();
    setup.set(GcsField::HierarchicalNamespace, "on");
    assert!(setup.hierarchical_namespace);
    setup.set(GcsField::HierarchicalNamespace, "maybe");
    assert!(setup.hierarchical_namespace, "an unknown value falls back");
}

// ---------------------------------------------------------------------------------------------
// Secrets and the report

const KEY_FILE: &str = r#"{
  "type": "service_account",
  "project_id": "acme-prod",
  "private_key_id": "0123456789abcdef",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEv...\n-----END PRIVATE KEY-----\n",
  "client_email": "braze@acme-prod.iam.gserviceaccount.com"
}"#;

#[test]
fn a_secret_in_any_field_is_refused_alone() {
    let pem =
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----";
    for field in [
        GcsField::Bucket,
        GcsField::ProjectId,
        GcsField::RoleId,
        GcsField::ServiceAccount,
        GcsField::Prefix,
    ] {
        for (text, secret) in [
            (KEY_FILE, Secret::ServiceAccountKey),
            (pem, Secret::PrivateKey),
        ] {
            let mut setup = GcsSetup::default();
            setup.set(field, text);
            let report = GcsReport::new(&setup);
            let problems: Vec<&Problem> = report.for_field(field).map(|f| &f.problem).collect();
            assert_eq!(problems, vec![&Problem::Secret(secret)], "{field:?}");
            assert!(!report.is_ok(field));
        }
    }
}

#[test]
fn defaults_stand_in_for_empty_names() {
    let setup = GcsSetup {
        bucket: "acme-exports".into(),
        project_id: "acme-prod".into(),
        ..GcsSetup::default()
    };
    let report = GcsReport::new(&setup);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(setup.role_id(), "brazeCloudStorage");
    assert_eq!(setup.service_account(), "braze-cloud-storage");
    assert_eq!(
        setup.service_account_email(),
        "braze-cloud-storage@acme-prod.iam.gserviceaccount.com"
    );
    assert_eq!(
        setup.role_name(),
        "projects/acme-prod/roles/brazeCloudStorage"
    );
}

#[test]
fn field_keys_are_the_contract_s() {
    let keys: Vec<&str> = GcsField::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(
        keys,
        [
            "bucket",
            "project-id",
            "role-id",
            "service-account",
            "prefix",
            "hierarchical-namespace"
        ]
    );
    for field in GcsField::ALL {
        assert_eq!(GcsField::from_key(field.key()), Some(field));
    }
}
