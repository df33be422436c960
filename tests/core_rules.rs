//! One test per input rule of docs/facts.md ("Input rules"), with valid and invalid examples at the
//! boundaries. Expected values come from docs/facts.md, never from the code's output:
//!
//! - Bucket names: 3–63 characters; only `a-z`, `0-9`, `.`, `-`; start and end with a letter or
//!   digit; no `..`; not shaped like an IPv4 address; must not start with `xn--`, `sthree-`,
//!   `amzn-s3-demo-`; must not end with `-s3alias`, `--ol-s3`, `.mrap`, `--x-s3`,
//!   `--table-s3`. Dots: a warning, not an error.
//! - AWS account ID: exactly 12 digits.
//! - External ID: 2–1224 characters of `A-Za-z0-9 + = , . @ : / - _`.
//! - IAM user, role names: 1–64 characters of `A-Za-z0-9 + = , . @ - _`; policy names 1–128.
//! - Folder path: an S3 key prefix; no leading `/`, no empty or `..` segments; none of the
//!   characters AWS lists to avoid in key names (`\ { } ^ % ` ` [ ] " < > ~ # |`) nor a
//!   control character; no invisible format character (Unicode Cf); at most 512 bytes of
//!   UTF-8 (S3 keys stop at 1,024 bytes and Braze writes its own file names under the path).

use braze_s3_companion::core::config::{AuthMethod, Config, Connector, Integration};
use braze_s3_companion::core::query;
use braze_s3_companion::core::rules::{self, Field, Graded, Problem, Report, Severity};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Helpers

/// `n` copies of `c`.
fn rep(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

/// The errors (not warnings) among `problems`.
fn errors(problems: &[Problem]) -> Vec<&Problem> {
    problems
        .iter()
        .filter(|p| p.severity() == Severity::Error)
        .collect()
}

/// A bucket name that breaks no rule at all: no finding, not even the dots warning.
#[track_caller]
fn assert_bucket_clean(name: &str) {
    assert_eq!(
        rules::bucket(name),
        Vec::<Problem>::new(),
        "bucket {name:?} breaks no rule of docs/facts.md"
    );
}

/// A bucket name that docs/facts.md accepts: no error (a dots warning is allowed).
#[track_caller]
fn assert_bucket_accepted(name: &str) {
    let problems = rules::bucket(name);
    assert!(
        errors(&problems).is_empty(),
        "bucket {name:?} is valid by docs/facts.md, got {problems:?}"
    );
}

/// A bucket name that breaks exactly one rule, reported once with its own problem.
#[track_caller]
fn assert_bucket_only(name: &str, matches: impl Fn(&Problem) -> bool, rule: &str) {
    let problems = rules::bucket(name);
    assert_eq!(
        problems.len(),
        1,
        "bucket {name:?} breaks only the {rule} rule, got {problems:?}"
    );
    assert!(
        matches(&problems[0]),
        "bucket {name:?} breaks the {rule} rule, got {problems:?}"
    );
    assert_eq!(
        problems[0].severity(),
        Severity::Error,
        "bucket {name:?}: the {rule} rule is an error"
    );
}

fn role_config() -> Config {
    Config {
        integration: Integration::Currents,
        auth: AuthMethod::RoleArn,
        bucket: "braze-exports".to_owned(),
        braze_account: "123456789012".to_owned(),
        external_id: "braze-external-id".to_owned(),
        ..Config::default()
    }
}

fn secret_config() -> Config {
    Config {
        integration: Integration::Currents,
        auth: AuthMethod::SecretKey,
        bucket: "braze-exports".to_owned(),
        ..Config::default()
    }
}

fn field_problems(config: &Config, field: Field) -> Vec<Problem> {
    rules::check(config)
        .into_iter()
        .filter(|f| f.field == field)
        .map(|f| f.problem)
        .collect()
}

fn field_ok(config: &Config, field: Field) -> bool {
    Report::new(config).is_ok(field)
}

// ---------------------------------------------------------------------------------------------
// Bucket names, one rule per test

#[test]
fn bucket_required() {
    assert_eq!(rules::bucket(""), vec![Problem::Required]);
    assert_eq!(Problem::Required.severity(), Severity::Error);
}

#[test]
fn bucket_length_is_3_to_63() {
    // Boundaries inside: 3 and 63 characters.
    assert_bucket_clean("abc");
    assert_bucket_clean("a1b");
    assert_bucket_clean(&rep('a', 63));
    assert_bucket_clean(&format!("a{}z", rep('-', 61)));
    // Boundaries outside: 1, 2 and 64 characters.
    assert_bucket_only(
        "a",
        |p| matches!(p, Problem::BucketLength { len: 1 }),
        "length",
    );
    assert_bucket_only(
        "ab",
        |p| matches!(p, Problem::BucketLength { len: 2 }),
        "length",
    );
    assert_bucket_only(
        &rep('a', 64),
        |p| matches!(p, Problem::BucketLength { len: 64 }),
        "length",
    );
    assert_bucket_only(
        &rep('7', 200),
        |p| matches!(p, Problem::BucketLength { len: 200 }),
        "length",
    );
}

#[test]
fn bucket_characters_are_lowercase_digits_dot_hyphen() {
    // Every allowed character class.
    assert_bucket_clean("abcdefghijklmnopqrstuvwxyz-0123456789");
    assert_bucket_accepted("a.b-c.0-9");
    // Each forbidden character on its own, in the middle of an otherwise valid name.
    for bad in [
        '_', ' ', '/', '\\', '"', '\'', '*', '+', '@', ':', ',', '#', '?', '%', '~', 'é', 'ß',
        '名', '\n', '\t', '\0',
    ] {
        let name = format!("my{bad}bucket");
        assert_bucket_only(
            &name,
            |p| matches!(p, Problem::BucketCharacters { .. }),
            "characters",
        );
    }
    // The offending characters are named for the reader.
    let problems = rules::bucket("my_bucket");
    assert!(
        matches!(&problems[0], Problem::BucketCharacters { found } if found.contains('_')),
        "{problems:?}"
    );
}

#[test]
fn bucket_uppercase_is_its_own_rule() {
    // Uppercase is outside `a-z`; the widget explains it with its own message.
    assert_bucket_only(
        "myBucket",
        |p| matches!(p, Problem::BucketUppercase),
        "uppercase",
    );
    assert_bucket_only(
        "my-BUCKET-2",
        |p| matches!(p, Problem::BucketUppercase),
        "uppercase",
    );
    assert_bucket_clean("my-bucket");
}

#[test]
fn bucket_starts_and_ends_with_letter_or_digit() {
    for name in [
        "-bucket", "bucket-", ".bucket", "bucket.", "-bucket-", "-ab", "ab-",
    ] {
        assert_bucket_only(name, |p| matches!(p, Problem::BucketEdge), "start/end");
    }
    // Letters and digits at both ends.
    assert_bucket_clean("a-b");
    assert_bucket_clean("0-9");
    assert_bucket_clean("a-9");
    assert_bucket_clean("9-a");
}

/// docs/facts.md: "start and end with a letter or digit". An uppercase first or last letter *is* a
/// letter: the name breaks the lowercase/charset rule only, and the reader should get that one
/// message, not also "must start and end with a letter or digit" (which would be untrue).
#[test]
fn bucket_uppercase_letter_at_an_edge_breaks_only_the_uppercase_rule() {
    for name in ["Bucket", "buckeT", "Bucket-Z"] {
        assert_bucket_only(name, |p| matches!(p, Problem::BucketUppercase), "uppercase");
    }
}

#[test]
fn bucket_no_two_adjacent_dots() {
    assert_bucket_only(
        "my..bucket",
        |p| matches!(p, Problem::BucketDoubleDot),
        "double dot",
    );
    assert_bucket_only(
        "a...b",
        |p| matches!(p, Problem::BucketDoubleDot),
        "double dot",
    );
    // Single dots are fine (with the dots warning).
    assert_bucket_accepted("my.bucket.name");
}

#[test]
fn bucket_not_shaped_like_an_ipv4_address() {
    for name in ["192.168.5.4", "10.0.0.1", "1.2.3.4", "255.255.255.255"] {
        assert_bucket_only(
            name,
            |p| matches!(p, Problem::BucketIpAddress),
            "IP address",
        );
    }
    // Close, but not an IPv4 address: allowed (dotted, so only the warning).
    for name in [
        "192.168.5",
        "192.168.5.4.1",
        "192.168.5.a",
        "a192.168.5.4",
        "192.168.5.4b",
        "192-168-5-4",
    ] {
        assert_bucket_accepted(name);
    }
}

#[test]
fn bucket_reserved_prefixes() {
    for (prefix, name) in [
        ("xn--", "xn--bucket"),
        ("sthree-", "sthree-bucket"),
        ("amzn-s3-demo-", "amzn-s3-demo-bucket"),
    ] {
        assert_bucket_only(
            name,
            |p| matches!(p, Problem::BucketReservedPrefix { prefix: found } if *found == prefix),
            "reserved prefix",
        );
    }
    // One character short of each prefix, or the prefix not at the start: allowed.
    for name in [
        "xn-bucket",
        "xnbucket",
        "sthreebucket",
        "sthree",
        "amzn-s3-demo",
        "amzn-s3-demobucket",
        "bucket-xn--a",
        "my-sthree-bucket",
        "my-amzn-s3-demo-bucket",
    ] {
        assert_bucket_clean(name);
    }
}

#[test]
fn bucket_reserved_suffixes() {
    for (suffix, name) in [
        ("-s3alias", "bucket-s3alias"),
        ("--ol-s3", "bucket--ol-s3"),
        (".mrap", "bucket.mrap"),
        ("--x-s3", "bucket--x-s3"),
        ("--table-s3", "bucket--table-s3"),
    ] {
        assert_bucket_only(
            name,
            |p| matches!(p, Problem::BucketReservedSuffix { suffix: found } if *found == suffix),
            "reserved suffix",
        );
    }
    // Near misses: allowed.
    for name in [
        "bucket-s3alia",
        "bucket-s3aliasx",
        "bucket-ol-s3",
        "bucket--ol-s4",
        "bucket-x-s3",
        "bucket-table-s3",
        "bucket-mrap",
        "bucket-s3alias-a",
    ] {
        assert_bucket_clean(name);
    }
    assert_bucket_accepted("bucket.mrapx");
}

#[test]
fn bucket_dots_are_a_warning_not_an_error() {
    for name in ["my.bucket", "a.b.c", "braze.exports.example.com"] {
        let problems = rules::bucket(name);
        assert_eq!(problems, vec![Problem::BucketDots], "bucket {name:?}");
        assert_eq!(problems[0].severity(), Severity::Warning);
    }
    // Through the whole check: the field shows the warning and is still usable.
    let config = Config {
        bucket: "my.bucket".to_owned(),
        ..secret_config()
    };
    let report = Report::new(&config);
    assert!(report.is_ok(Field::Bucket), "dotted bucket stays usable");
    assert_eq!(
        report
            .for_field(Field::Bucket)
            .map(|f| f.problem.clone())
            .collect::<Vec<_>>(),
        vec![Problem::BucketDots]
    );
}

#[test]
fn bucket_rules_each_have_their_own_message() {
    let problems = [
        Problem::Required,
        Problem::BucketLength { len: 2 },
        Problem::BucketUppercase,
        Problem::BucketCharacters {
            found: "_".to_owned(),
        },
        Problem::BucketEdge,
        Problem::BucketDoubleDot,
        Problem::BucketIpAddress,
        Problem::BucketReservedPrefix { prefix: "xn--" },
        Problem::BucketReservedSuffix { suffix: ".mrap" },
        Problem::BucketDots,
    ];
    let mut ids: Vec<&str> = problems.iter().map(|p| p.message().id).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "one message per bucket rule: {ids:?}");
}

#[test]
fn bucket_length_message_carries_the_limits() {
    let msg = Problem::BucketLength { len: 2 }.message();
    let number = |name: &str| {
        msg.args.iter().find_map(|(n, a)| match a {
            braze_s3_companion::core::text::Arg::Number(v) if *n == name => Some(*v),
            _ => None,
        })
    };
    assert_eq!(number("min"), Some(3));
    assert_eq!(number("max"), Some(63));
}

#[test]
fn bucket_broken_rules_are_all_reported() {
    // Several rules at once: each is reported, none hides another.
    let problems = rules::bucket("-xn--a..b_");
    assert!(problems
        .iter()
        .any(|p| matches!(p, Problem::BucketCharacters { .. })));
    assert!(problems.iter().any(|p| matches!(p, Problem::BucketEdge)));
    assert!(problems
        .iter()
        .any(|p| matches!(p, Problem::BucketDoubleDot)));
    assert!(!problems.contains(&Problem::BucketDots));
}

// ---------------------------------------------------------------------------------------------
// AWS account ID

#[test]
fn account_id_is_exactly_12_digits() {
    assert_eq!(rules::account_id("123456789012"), Vec::<Problem>::new());
    assert_eq!(rules::account_id("000000000000"), Vec::<Problem>::new());
    assert_eq!(rules::account_id(""), vec![Problem::Required]);
    for bad in [
        "12345678901",   // 11
        "1234567890123", // 13
        "12345678901a",
        "1234-5678-901",
        " 12345678901",
        "12345678901 ",
        "1234567890.1",
        "+12345678901",
        "１２３４５６７８９０１２", // full-width digits
        "١٢٣٤٥٦٧٨٩٠١٢",             // Arabic-Indic digits
        "arn:aws:iam::123456789012:root",
    ] {
        let problems = rules::account_id(bad);
        assert_eq!(problems, vec![Problem::AccountId], "account {bad:?}");
        assert_eq!(problems[0].severity(), Severity::Error);
    }
}

#[test]
fn account_id_checked_for_the_role_method() {
    let mut config = role_config();
    assert!(field_ok(&config, Field::BrazeAccount));
    config.braze_account = "12345678901".to_owned();
    assert!(!field_ok(&config, Field::BrazeAccount));
    config.braze_account.clear();
    assert_eq!(
        field_problems(&config, Field::BrazeAccount),
        vec![Problem::Required]
    );
}

#[test]
fn own_account_id_is_optional_but_checked_when_given() {
    let mut config = role_config();
    assert!(field_ok(&config, Field::OwnAccount));
    config.own_account = "210987654321".to_owned();
    assert!(field_ok(&config, Field::OwnAccount));
    config.own_account = "2109876543210".to_owned();
    assert_eq!(
        field_problems(&config, Field::OwnAccount),
        vec![Problem::AccountId]
    );
}

// ---------------------------------------------------------------------------------------------
// External ID

#[test]
fn external_id_length_is_2_to_1224() {
    assert_eq!(rules::external_id("ab"), Vec::<Problem>::new());
    assert_eq!(rules::external_id(&rep('x', 1224)), Vec::<Problem>::new());
    assert_eq!(rules::external_id(""), vec![Problem::Required]);
    assert_eq!(
        rules::external_id("a"),
        vec![Problem::ExternalIdLength { len: 1 }]
    );
    assert_eq!(
        rules::external_id(&rep('x', 1225)),
        vec![Problem::ExternalIdLength { len: 1225 }]
    );
    let msg = Problem::ExternalIdLength { len: 1 }.message();
    assert!(msg
        .args
        .iter()
        .any(|(n, a)| *n == "min" && *a == braze_s3_companion::core::text::Arg::Number(2)));
    assert!(msg
        .args
        .iter()
        .any(|(n, a)| *n == "max" && *a == braze_s3_companion::core::text::Arg::Number(1224)));
}

#[test]
fn external_id_charset() {
    // Every allowed class and symbol: A-Z a-z 0-9 + = , . @ : / - _
    assert_eq!(rules::external_id("AZaz09+=,.@:/-_"), Vec::<Problem>::new());
    for symbol in ['+', '=', ',', '.', '@', ':', '/', '-', '_'] {
        assert_eq!(
            rules::external_id(&format!("id{symbol}x")),
            Vec::<Problem>::new(),
            "{symbol:?} is allowed in an external ID"
        );
    }
    for bad in [
        ' ', '#', '*', '!', '"', '\'', '\\', '$', '%', '&', '(', ';', '<', '?', '[', '{', '|', '~',
        'é', '名', '\n', '\0',
    ] {
        let problems = rules::external_id(&format!("id{bad}x"));
        assert_eq!(problems.len(), 1, "{bad:?}: {problems:?}");
        assert!(
            matches!(&problems[0], Problem::ExternalIdCharacters { .. }),
            "{bad:?} is not allowed in an external ID: {problems:?}"
        );
    }
}

#[test]
fn external_id_checked_for_the_role_method() {
    let mut config = role_config();
    assert!(field_ok(&config, Field::ExternalId));
    config.external_id = "a b".to_owned();
    assert!(!field_ok(&config, Field::ExternalId));
    config.external_id = "x".to_owned();
    assert!(!field_ok(&config, Field::ExternalId));
}

// ---------------------------------------------------------------------------------------------
// IAM user, role and policy names

const NAME_SYMBOLS: [char; 6] = ['+', '=', ',', '.', '@', '-'];
const NAME_FORBIDDEN: [char; 14] = [
    ':', '/', ' ', '#', '*', '!', '"', '\\', '$', '%', '?', 'é', '\n', '\0',
];

#[test]
fn iam_name_charset() {
    for max in [64, 128] {
        assert_eq!(rules::iam_name("AZaz09+=,.@-_", max), Vec::<Problem>::new());
        for symbol in NAME_SYMBOLS.iter().chain(['_'].iter()) {
            assert_eq!(
                rules::iam_name(&format!("name{symbol}x"), max),
                Vec::<Problem>::new(),
                "{symbol:?} is allowed in IAM names"
            );
        }
        for bad in NAME_FORBIDDEN {
            let problems = rules::iam_name(&format!("name{bad}x"), max);
            assert_eq!(problems.len(), 1, "{bad:?}: {problems:?}");
            assert!(
                matches!(&problems[0], Problem::NameCharacters { .. }),
                "{bad:?} is not allowed in IAM names: {problems:?}"
            );
        }
    }
}

#[test]
fn user_name_is_1_to_64_characters() {
    let with = |name: String| Config {
        user_name: name,
        ..secret_config()
    };
    assert!(field_ok(&with("u".to_owned()), Field::UserName));
    assert!(field_ok(&with(rep('u', 64)), Field::UserName));
    assert!(!field_ok(&with(rep('u', 65)), Field::UserName));
    assert!(matches!(
        field_problems(&with(rep('u', 65)), Field::UserName)[..],
        [Problem::NameLength { len: 65, max: 64 }]
    ));
    // An empty field means "use the default name", which is valid.
    assert!(field_ok(&with(String::new()), Field::UserName));
}

#[test]
fn user_name_charset() {
    for bad in NAME_FORBIDDEN {
        let config = Config {
            user_name: format!("braze{bad}user"),
            ..secret_config()
        };
        assert!(
            !field_ok(&config, Field::UserName),
            "user name with {bad:?}"
        );
    }
    let config = Config {
        user_name: "Braze+S3=user,1.2@corp-x_y".to_owned(),
        ..secret_config()
    };
    assert!(field_ok(&config, Field::UserName));
}

#[test]
fn role_name_is_1_to_64_characters() {
    let with = |name: String| Config {
        role_name: name,
        ..role_config()
    };
    assert!(field_ok(&with("r".to_owned()), Field::RoleName));
    assert!(field_ok(&with(rep('r', 64)), Field::RoleName));
    assert!(!field_ok(&with(rep('r', 65)), Field::RoleName));
    assert!(matches!(
        field_problems(&with(rep('r', 65)), Field::RoleName)[..],
        [Problem::NameLength { len: 65, max: 64 }]
    ));
    assert!(field_ok(&with(String::new()), Field::RoleName));
}

#[test]
fn role_name_charset() {
    // A `/` separates the role's path from its name (see the next test).
    for bad in NAME_FORBIDDEN.iter().filter(|c| **c != '/') {
        let config = Config {
            role_name: format!("braze{bad}role"),
            ..role_config()
        };
        assert!(
            !field_ok(&config, Field::RoleName),
            "role name with {bad:?}"
        );
    }
    let config = Config {
        role_name: "Braze+S3=role,1.2@corp-x_y".to_owned(),
        ..role_config()
    };
    assert!(field_ok(&config, Field::RoleName));
}

/// Issue 22: the role may be typed with its path, as its ARN writes it (AWS, "IAM
/// identifiers"; IAM API `CreateRole`: a path is `/`-separated, 1 to 512 characters).
#[test]
fn role_name_may_carry_a_path() {
    let with = |name: &str| Config {
        role_name: name.to_owned(),
        ..role_config()
    };
    for good in [
        "service/braze/pc-r",
        "/service/braze/pc-r",
        "a/b",
        "team+1/x.y@z/pc-r",
    ] {
        assert!(field_ok(&with(good), Field::RoleName), "{good}");
    }
    let config = with("service/braze/pc-r");
    assert_eq!(config.role_name(), "pc-r");
    assert_eq!(config.role_path(), "/service/braze/");
    assert_eq!(with("/service/pc-r").role_path(), "/service/");
    assert_eq!(with("pc-r").role_path(), "/");
    assert_eq!(role_config().role_path(), "/");
    // An empty segment, a trailing `/` (no name), a name too long, characters the page does
    // not write into scripts, a path over 512 characters with its slashes.
    assert!(matches!(
        field_problems(&with("service//pc-r"), Field::RoleName)[..],
        [Problem::RolePathEmptySegment]
    ));
    assert!(matches!(
        field_problems(&with("service/braze/"), Field::RoleName)[..],
        [Problem::NameLength { len: 0, max: 64 }]
    ));
    assert!(matches!(
        field_problems(&with(&format!("service/{}", rep('r', 65))), Field::RoleName)[..],
        [Problem::NameLength { len: 65, max: 64 }]
    ));
    assert!(matches!(
        &field_problems(&with("serv$ce/pc-r"), Field::RoleName)[..],
        [Problem::RolePathCharacters { found }] if found == "$"
    ));
    let long = format!("{}/pc-r", rep('p', 510));
    assert!(field_ok(&with(&long), Field::RoleName));
    let longer = format!("{}/pc-r", rep('p', 511));
    assert!(matches!(
        field_problems(&with(&longer), Field::RoleName)[..],
        [Problem::RolePathLength { len: 513, max: 512 }]
    ));
}

#[test]
fn policy_name_is_1_to_128_characters() {
    for auth in AuthMethod::ALL {
        for integration in [Integration::Currents, Integration::DashboardExport] {
            let with = |name: String| Config {
                integration,
                auth,
                policy_name: name,
                ..role_config()
            };
            assert!(field_ok(&with("p".to_owned()), Field::PolicyName));
            // 65..=128: too long for a user or role, fine for a policy.
            assert!(field_ok(&with(rep('p', 65)), Field::PolicyName));
            assert!(field_ok(&with(rep('p', 128)), Field::PolicyName));
            assert!(!field_ok(&with(rep('p', 129)), Field::PolicyName));
            assert!(matches!(
                field_problems(&with(rep('p', 129)), Field::PolicyName)[..],
                [Problem::NameLength { len: 129, max: 128 }]
            ));
            assert!(field_ok(&with(String::new()), Field::PolicyName));
        }
    }
}

#[test]
fn policy_name_charset() {
    for bad in NAME_FORBIDDEN {
        let config = Config {
            policy_name: format!("braze{bad}policy"),
            ..secret_config()
        };
        assert!(
            !field_ok(&config, Field::PolicyName),
            "policy name with {bad:?}"
        );
    }
    let config = Config {
        policy_name: "Braze+S3=policy,1.2@corp-x_y".to_owned(),
        ..secret_config()
    };
    assert!(field_ok(&config, Field::PolicyName));
}

#[test]
fn every_policy_name_the_reader_types_fits_128() {
    // With both integrations the reader types several policy names: each must be 1–128.
    for base_len in [1, 64, 100, 110, 111, 112, 120, 128] {
        let config = Config {
            integration: Integration::Both,
            policy_name: rep('p', base_len),
            ..secret_config()
        };
        let all_fit = config
            .policy_kinds()
            .into_iter()
            .map(|k| config.policy_name_for(k))
            .all(|n| (1..=128).contains(&n.chars().count()));
        assert_eq!(
            field_ok(&config, Field::PolicyName),
            all_fit,
            "base name of {base_len} characters"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Folder path

#[test]
fn folder_valid_key_prefixes() {
    for value in [
        "currents",
        "a",
        "braze/currents",
        "braze-currents/prod/eu",
        "..a",
        "a..b",
        "a/..b/c",
    ] {
        assert_eq!(rules::folder(value), Vec::<Problem>::new(), "{value:?}");
    }
}

#[test]
fn folder_no_leading_slash() {
    for value in ["/currents", "/a/b"] {
        assert_eq!(
            rules::folder(value),
            vec![Problem::FolderLeadingSlash],
            "{value:?}"
        );
    }
}

#[test]
fn folder_no_empty_segment() {
    for value in ["a//b", "currents//x", "a/b//c"] {
        assert_eq!(
            rules::folder(value),
            vec![Problem::FolderEmptySegment],
            "{value:?}"
        );
    }
}

#[test]
fn folder_no_dot_dot_segment() {
    for value in ["..", "../a", "a/..", "a/../b"] {
        assert_eq!(
            rules::folder(value),
            vec![Problem::FolderDotDot],
            "{value:?}"
        );
    }
}

#[test]
fn folder_refuses_the_characters_aws_advises_against_in_key_names() {
    // docs/facts.md, "Input rules": AWS object keys, "Characters to avoid".
    for c in [
        '\\', '{', '}', '^', '%', '`', '[', ']', '"', '<', '>', '~', '#', '|',
    ] {
        let value = format!("currents{c}x");
        assert_eq!(
            rules::folder(&value),
            vec![Problem::FolderCharacters {
                found: c.to_string()
            }],
            "{value:?}"
        );
    }
    // Non-printable characters (C0, DEL, C1) and line separators: shown as a visible symbol.
    for c in [
        '\n', '\r', '\t', '\u{0}', '\u{7f}', '\u{85}', '\u{9b}', '\u{2028}',
    ] {
        let value = format!("a{c}b");
        let problems = rules::folder(&value);
        assert!(
            matches!(problems.as_slice(), [Problem::FolderCharacters { .. }]),
            "{value:?}: {problems:?}"
        );
    }
    // The issue's link: a backtick, line breaks and brackets, each named once, in order.
    assert_eq!(
        rules::folder("ok`\n\n- [x] Security review passed\n\n`x"),
        vec![Problem::FolderCharacters {
            found: "` \u{FFFD} [ ]".to_owned()
        }]
    );
}

#[test]
fn folder_allows_the_safe_and_special_handling_characters_and_letters() {
    // AWS's "safe" characters, those that "might require special handling", and letters of
    // any language (S3 keys are UTF-8).
    for value in [
        "a!-_.*'()b",
        "exports & co/2026 $ @ = ; : + , ?",
        "événements/データ/이벤트",
    ] {
        assert_eq!(rules::folder(value), Vec::<Problem>::new(), "{value:?}");
    }
}

#[test]
fn folder_empty_is_an_error() {
    let problems = rules::folder("");
    assert!(!errors(&problems).is_empty(), "{problems:?}");
}

#[test]
fn folder_checked_only_when_currents_is_chosen() {
    for integration in Integration::ALL {
        let config = Config {
            integration,
            folder: "/bad//path".to_owned(),
            ..secret_config()
        };
        assert_eq!(
            field_ok(&config, Field::Folder),
            !integration.has_currents(),
            "{integration:?}"
        );
    }
}

#[test]
fn folder_rules_each_have_their_own_message() {
    let ids = [
        Problem::FolderLeadingSlash.message().id,
        Problem::FolderEmptySegment.message().id,
        Problem::FolderDotDot.message().id,
    ];
    assert_ne!(ids[0], ids[1]);
    assert_ne!(ids[1], ids[2]);
    assert_ne!(ids[0], ids[2]);
}

#[test]
fn folder_is_at_most_512_bytes_of_utf8() {
    // docs/facts.md: 512 bytes, counted in UTF-8 as S3 counts key names.
    assert_eq!(rules::folder(&rep('a', 512)), Vec::<Problem>::new());
    assert_eq!(
        rules::folder(&rep('a', 513)),
        vec![Problem::FolderLength { bytes: 513 }]
    );
    // A Japanese character is 3 bytes: 170 of them and two letters are 512 bytes.
    let fits = format!("{}ab", rep('名', 170));
    assert_eq!(rules::folder(&fits), Vec::<Problem>::new());
    assert_eq!(
        rules::folder(&format!("{fits}c")),
        vec![Problem::FolderLength { bytes: 513 }]
    );
    // The issue's 400 Japanese characters (1,200 bytes) no longer pass.
    assert_eq!(
        rules::folder(&rep('デ', 400)),
        vec![Problem::FolderLength { bytes: 1200 }]
    );
    let message = Problem::FolderLength { bytes: 1200 }.message();
    assert_eq!(message.id, "rule-folder-length");
    let arg = |name: &str| {
        message
            .args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    };
    use braze_s3_companion::core::text::Arg;
    assert_eq!(arg("max"), Some(Arg::Number(512)));
    assert_eq!(arg("len"), Some(Arg::Number(1200)));
    assert_eq!(arg("key"), Some(Arg::Number(1024)));
    assert_eq!(arg("room"), Some(Arg::Number(512)));
}

#[test]
fn folder_refuses_invisible_format_characters_by_code_point() {
    // The issue's characters: zero-width space, bidi override (RLO), byte-order mark, soft
    // hyphen; and the joiners, marks, isolates, word joiner and a tag character.
    for (c, shown) in [
        ('\u{200B}', "U+200B"),
        ('\u{202E}', "U+202E"),
        ('\u{FEFF}', "U+FEFF"),
        ('\u{AD}', "U+00AD"),
        ('\u{200C}', "U+200C"),
        ('\u{200D}', "U+200D"),
        ('\u{200E}', "U+200E"),
        ('\u{200F}', "U+200F"),
        ('\u{202A}', "U+202A"),
        ('\u{2066}', "U+2066"),
        ('\u{2069}', "U+2069"),
        ('\u{2060}', "U+2060"),
        ('\u{61C}', "U+061C"),
        ('\u{E0041}', "U+E0041"),
    ] {
        let value = format!("curr{c}ents");
        assert_eq!(
            rules::folder(&value),
            vec![Problem::FolderInvisible {
                found: shown.to_owned()
            }],
            "{value:?}"
        );
    }
    // Each named once, in order of appearance.
    assert_eq!(
        rules::folder("a\u{202E}b\u{200B}c\u{202E}d"),
        vec![Problem::FolderInvisible {
            found: "U+202E U+200B".to_owned()
        }]
    );
    assert_eq!(
        Problem::FolderInvisible {
            found: "U+200B".to_owned()
        }
        .message()
        .id,
        "rule-folder-invisible"
    );
}

#[test]
fn invisible_and_over_long_folders_are_refused_typed_in_a_connector_and_from_a_link() {
    let invisible = "exports\u{200B}/eu";
    let long = rep('a', 600);
    // A link's preset.
    for value in [invisible, long.as_str()] {
        let config = query::parse([("bucket", "braze-exports"), ("folder", value)]);
        assert!(!Report::new(&config).is_ok(Field::Folder), "{value:?}");
    }
    // A further connector's folder, typed.
    let mut config = secret_config();
    config.connectors = vec![
        Connector {
            id: 1,
            name: "eu".to_owned(),
            folder: invisible.to_owned(),
        },
        Connector {
            id: 2,
            name: "us".to_owned(),
            folder: long.clone(),
        },
    ];
    assert!(field_problems(&config, Field::ConnectorFolder(1))
        .iter()
        .any(|p| matches!(p, Problem::FolderInvisible { .. })));
    assert!(field_problems(&config, Field::ConnectorFolder(2))
        .contains(&Problem::FolderLength { bytes: 600 }));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    // `\p{Cf}` is generated by proptest's regex engine from the Unicode database: the
    // widget's own table must agree with it both ways.
    #[test]
    fn every_format_character_is_refused(c in "\\p{Cf}") {
        let value = format!("a{c}b");
        let refused = rules::folder(&value)
            .iter()
            .any(|p| matches!(p, Problem::FolderInvisible { .. }));
        prop_assert!(refused, "{:?}", value);
    }

    #[test]
    fn no_other_character_is_called_invisible(c in "\\P{Cf}") {
        let value = format!("a{c}b");
        let called = rules::folder(&value)
            .iter()
            .any(|p| matches!(p, Problem::FolderInvisible { .. }));
        prop_assert!(!called, "{:?}", value);
    }
}

// ---------------------------------------------------------------------------------------------
// Too long for a link (the value stays in the save only)

#[test]
fn a_value_too_long_for_a_link_is_refused_and_said_to_be_left_out() {
    let config = Config {
        folder: rep('x', 150_000),
        ..role_config()
    };
    let problems = field_problems(&config, Field::Folder);
    assert!(problems.contains(&Problem::FolderLength { bytes: 150_000 }));
    assert!(problems.contains(&Problem::NotInLink));
    assert_eq!(Problem::NotInLink.severity(), Severity::Warning);
    assert_eq!(Problem::NotInLink.message().id, "rule-not-in-link");
    // Said only of what the link leaves out.
    for field in [Field::Bucket, Field::BrazeAccount, Field::ExternalId] {
        assert!(!field_problems(&config, field).contains(&Problem::NotInLink));
    }
}

#[test]
fn every_value_a_link_leaves_out_is_refused_by_its_own_rule() {
    // The longest values AWS refuses, field by field, and values just over each limit.
    for n in [64, 1225, 5000] {
        let mut config = role_config();
        config.bucket = rep('a', n);
        config.external_id = rep('+', n);
        config.role_name = rep('=', n);
        config.policy_name = rep(',', n.min(200));
        config.folder = rep('é', n);
        let report = Report::new(&config);
        for field in query::left_out(&config) {
            assert!(
                report
                    .for_field(field)
                    .any(|f| f.problem == Problem::NotInLink),
                "{field:?}"
            );
            assert!(
                !report.is_ok(field),
                "{field:?} is left out, so it is refused"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The whole check

#[test]
fn a_valid_case_has_no_error_anywhere() {
    for integration in Integration::ALL {
        for base in [secret_config(), role_config()] {
            let config = Config {
                integration,
                own_account: "210987654321".to_owned(),
                ..base
            };
            let findings = rules::check(&config);
            assert!(
                findings
                    .iter()
                    .all(|f| f.problem.severity() == Severity::Warning),
                "{integration:?} {:?}: {findings:?}",
                config.auth
            );
        }
    }
}

#[test]
fn role_fields_are_not_checked_for_the_secret_key_method() {
    // The secret-key case does not show the role fields: nothing to fix there.
    let config = Config {
        braze_account: "nope".to_owned(),
        external_id: "x".to_owned(),
        role_name: rep('r', 200),
        ..secret_config()
    };
    let report = Report::new(&config);
    assert!(report.is_ok(Field::BrazeAccount));
    assert!(report.is_ok(Field::ExternalId));
    assert!(report.is_ok(Field::RoleName));
}
