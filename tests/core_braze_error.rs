//! "Paste what Braze said" (issues 13 and 19): Braze's own error messages, as its Amazon S3 page
//! quotes them, and AWS's refusals in AWS's documented format (docs/facts.md, "Braze's error
//! messages") are each read as their symptom, with the bucket, identity and action they name;
//! what differs from the reader's values is said, with why; an unknown message is not forced
//! into a symptom; no input makes the reader panic. Expected values are written from those
//! sources, and compared as data (message ids with their arguments).

use braze_s3_companion::core::braze_error::{self, Difference, Identity, Reading};
use braze_s3_companion::core::config::{AuthMethod, Config, Integration};
use braze_s3_companion::core::text::{Arg, Msg};
use braze_s3_companion::core::troubleshoot::Symptom;
use braze_s3_companion::msg;
use proptest::prelude::*;

/// Braze's PutObject error, whole, as its current page writes it in every language, for a
/// bucket name typed into Braze as `bucket`.
fn put_object(bucket: &str) -> String {
    format!(
        "S3 Credentials are invalid because this account does not have 'PutObject access'. \
         Please check the permissions and ensure that this key has access to 'PutObject' in the \
         '{bucket}' bucket."
    )
}
const KMS: &str = "User: arn:aws:sts::210987654321:assumed-role/braze-iam-role/braze is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:210987654321:key/1234abcd because no identity-based policy allows the kms:GenerateDataKey action";
const UNABLE: &str = "Unable to connect to S3, please validate that your credentials are correct";
/// AWS's refusal of `sts:AssumeRole`: the caller is Braze's own role, in Braze's account
/// (210987654321); the resource is the reader's role, with a path.
const ASSUME: &str = "User: arn:aws:sts::210987654321:assumed-role/braze-prod-caller/braze-session-42 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/integrations/braze-s3-role";

fn config(auth: AuthMethod, bucket: &str) -> Config {
    Config {
        integration: Integration::Both,
        auth,
        bucket: bucket.to_owned(),
        braze_account: "210987654321".to_owned(),
        external_id: "braze-ext".to_owned(),
        ..Config::default()
    }
}

fn role_config(role: &str, own_account: &str) -> Config {
    Config {
        role_name: role.to_owned(),
        own_account: own_account.to_owned(),
        ..config(AuthMethod::RoleArn, "acme")
    }
}

fn texts(differences: &[Difference]) -> Vec<Msg> {
    differences.iter().map(|d| d.text.clone()).collect()
}

fn keys(differences: &[Difference]) -> Vec<&'static str> {
    differences.iter().map(|d| d.key).collect()
}

#[test]
fn braze_s_put_object_message_names_the_symptom_and_the_bucket_it_tried() {
    let reading = braze_error::read(&put_object("acme-old"));
    assert_eq!(reading.symptom, Some(Symptom::PutObjectDenied));
    assert_eq!(reading.bucket.as_deref(), Some("acme-old"));
    assert_eq!(reading.action.as_deref(), Some("s3:PutObject"));
    let differences =
        braze_error::differences(&reading, &config(AuthMethod::SecretKey, "acme-new"));
    assert_eq!(
        texts(&differences),
        [msg!(
            "braze-error-other-bucket",
            tried = "acme-old",
            configured = "acme-new"
        )]
    );
    assert!(differences[0].reasons.is_empty());
    // The bucket the reader configured: nothing to say.
    assert!(
        braze_error::differences(&reading, &config(AuthMethod::SecretKey, "acme-old")).is_empty()
    );
}

#[test]
fn the_kms_message_is_sse_kms_and_names_the_role_and_action() {
    let reading = braze_error::read(KMS);
    assert_eq!(reading.symptom, Some(Symptom::KmsGenerateDataKey));
    // The session's role is the reader's: Braze had assumed it, then called KMS.
    assert_eq!(
        reading.caller,
        Some(Identity::role("210987654321", "", "braze-iam-role"))
    );
    assert_eq!(reading.action.as_deref(), Some("kms:GenerateDataKey"));
    assert_eq!(reading.bucket, None, "a KMS key ARN is not a bucket");
    assert_eq!(reading.role_to_assume, None);
    assert_eq!(
        texts(&braze_error::differences(
            &reading,
            &role_config("braze-s3-role", "")
        )),
        [msg!(
            "braze-error-other-role",
            tried = "braze-iam-role",
            configured = "braze-s3-role"
        )]
    );
    assert!(braze_error::differences(&reading, &role_config("braze-iam-role", "")).is_empty());
    assert_eq!(
        texts(&braze_error::differences(
            &reading,
            &config(AuthMethod::SecretKey, "acme")
        )),
        [msg!("braze-error-role-not-key", tried = "braze-iam-role")]
    );
}

#[test]
fn unable_to_connect_is_the_missing_get_object() {
    assert_eq!(
        braze_error::read(UNABLE).symptom,
        Some(Symptom::DownloadLinksFail)
    );
}

#[test]
fn other_known_shapes() {
    let cases = [
        ("Check additional permissions: s3:GetBucketLocation and s3:PutObject", Symptom::PutObjectDenied),
        (
            "User: arn:aws:iam::210987654321:user/braze-old is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::acme/currents/x.avro\" because no identity-based policy allows the s3:PutObject action",
            Symptom::PutObjectDenied,
        ),
        (ASSUME, Symptom::InvalidRightAfterRole),
        (
            "Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters",
            Symptom::ObjectLock,
        ),
    ];
    for (text, symptom) in cases {
        assert_eq!(braze_error::read(text).symptom, Some(symptom), "{text}");
    }
    let user = braze_error::read(cases[1].0);
    assert_eq!(
        user.caller,
        Some(Identity::user("210987654321", "/", "braze-old"))
    );
    assert_eq!(user.bucket.as_deref(), Some("acme"));
    let key_config = Config {
        user_name: "braze-s3-user".to_owned(),
        ..config(AuthMethod::SecretKey, "acme")
    };
    assert_eq!(
        texts(&braze_error::differences(&user, &key_config)),
        [msg!(
            "braze-error-other-user",
            tried = "braze-old",
            configured = "braze-s3-user"
        )]
    );
    assert_eq!(
        texts(&braze_error::differences(
            &user,
            &config(AuthMethod::RoleArn, "acme")
        )),
        [msg!("braze-error-user-not-role", tried = "braze-old")]
    );
}

/// Issue 19: an `sts:AssumeRole` refusal named Braze's calling role as "the role you
/// configured". AWS's message names the identity refused first and the resource it acted on
/// last: the reader's role is the resource.
#[test]
fn an_assume_role_refusal_names_the_resource_role_never_braze_s() {
    let reading = braze_error::read(ASSUME);
    assert_eq!(reading.action.as_deref(), Some("sts:AssumeRole"));
    assert_eq!(
        reading.caller,
        Some(Identity::role("210987654321", "", "braze-prod-caller"))
    );
    let readers = Identity::role("123456789012", "/integrations/", "braze-s3-role");
    assert_eq!(reading.role_to_assume.as_ref(), Some(&readers));
    assert_eq!(reading.readers_identity(), Some(&readers));
    assert_eq!(
        reading.role_arn.as_deref(),
        Some("arn:aws:iam::123456789012:role/integrations/braze-s3-role")
    );

    // The reader's role and account: only the path differs from the guide's role.
    let same = braze_error::differences(&reading, &role_config("braze-s3-role", "123456789012"));
    assert_eq!(
        texts(&same),
        [msg!("braze-error-role-path", path = "/integrations/")]
    );
    // Everything differs: the role, its account, and the account Braze called from is not the
    // Braze account the trust policy names.
    let other = Config {
        braze_account: "999988887777".to_owned(),
        ..role_config("other-role", "111122223333")
    };
    let differences = braze_error::differences(&reading, &other);
    assert_eq!(
        keys(&differences),
        ["identity", "role-path", "account", "braze-account"]
    );
    assert_eq!(
        texts(&differences),
        [
            msg!(
                "braze-error-other-role-to-assume",
                tried = "braze-s3-role",
                configured = "other-role"
            ),
            msg!("braze-error-role-path", path = "/integrations/"),
            msg!(
                "braze-error-other-account",
                tried = "123456789012",
                configured = "111122223333"
            ),
            msg!(
                "braze-error-other-braze-account",
                tried = "210987654321",
                configured = "999988887777"
            ),
        ]
    );
    // Never Braze's own role as the one Braze tried, whatever the case.
    let braze_s = ("tried", Arg::Text("braze-prod-caller".to_owned()));
    for config in [
        role_config("braze-prod-caller", ""),
        config(AuthMethod::SecretKey, "acme"),
    ] {
        for d in braze_error::differences(&reading, &config) {
            assert!(!d.text.args.contains(&braze_s), "{d:?}");
        }
    }
    assert_eq!(
        texts(&braze_error::differences(
            &reading,
            &config(AuthMethod::SecretKey, "acme")
        )),
        [msg!("braze-error-role-not-key", tried = "braze-s3-role")]
    );

    // Braze's own example writes the account `XXX`: no account is compared with it.
    let example = braze_error::read(&ASSUME.replace("210987654321", "XXX"));
    assert!(!keys(&braze_error::differences(&example, &other)).contains(&"braze-account"));

    // Without a path, the reader's role and account: nothing to say.
    let plain = braze_error::read(&ASSUME.replace("role/integrations/", "role/"));
    assert!(
        braze_error::differences(&plain, &role_config("braze-s3-role", "123456789012")).is_empty()
    );
    // A refusal of AssumeRole that names no resource: no role of the reader's is named.
    let bare = braze_error::read(
        "AccessDenied: arn:aws:sts::210987654321:assumed-role/braze-prod-caller/s sts:AssumeRole",
    );
    assert_eq!(bare.symptom, Some(Symptom::InvalidRightAfterRole));
    assert_eq!(bare.readers_identity(), None);
    assert!(braze_error::differences(&bare, &role_config("braze-s3-role", "")).is_empty());
}

/// Issue 19: a bucket typed wrongly in Braze was refused or trimmed by the reading, so no
/// difference was pointed out. Read as Braze has it, each mistake named (AWS's naming rules:
/// lower-case letters, digits, dots and hyphens; `s3://` and the ARN are other forms of the
/// bucket; a folder belongs to the folder path field).
#[test]
fn a_bucket_typed_wrongly_in_braze_is_read_as_braze_has_it_and_each_mistake_named() {
    let cases: [(&str, &[&str]); 9] = [
        ("Acme-Bucket", &["upper-case"]),
        ("acme-bucket ", &["space"]),
        (" acme-bucket", &["space"]),
        ("s3://acme-bucket", &["s3-scheme"]),
        ("arn:aws:s3:::acme-bucket", &["arn"]),
        ("acme-bucket/currents", &["folder"]),
        ("acme-bucket/", &["folder"]),
        (
            "s3://Acme-Bucket/currents/ ",
            &["space", "s3-scheme", "folder", "upper-case"],
        ),
        ("S3://acme-old", &["s3-scheme", "other-bucket"]),
    ];
    for (typed, expected) in cases {
        let reading = braze_error::read(&put_object(typed));
        assert_eq!(reading.bucket.as_deref(), Some(typed), "{typed:?}");
        let differences =
            braze_error::differences(&reading, &config(AuthMethod::SecretKey, "acme-bucket"));
        assert_eq!(keys(&differences), ["bucket"], "{typed:?}");
        assert_eq!(
            differences[0].text,
            msg!(
                "braze-error-bucket-typed",
                braze = typed,
                configured = "acme-bucket"
            ),
            "{typed:?}"
        );
        let reasons: Vec<&str> = differences[0].reasons.iter().map(|(k, _)| *k).collect();
        assert_eq!(reasons, expected, "{typed:?}");
    }
    // The messages of the reasons, with their values.
    let reasons = |typed: &str, configured: &str| -> Vec<Msg> {
        let reading = braze_error::read(&put_object(typed));
        braze_error::differences(&reading, &config(AuthMethod::SecretKey, configured))
            .remove(0)
            .reasons
            .into_iter()
            .map(|(_, m)| m)
            .collect()
    };
    assert_eq!(
        reasons("s3://Acme-Bucket/currents/ ", "acme-bucket"),
        [
            msg!("braze-error-bucket-space"),
            msg!("braze-error-bucket-scheme"),
            msg!("braze-error-bucket-folder", folder = "currents"),
            msg!("braze-error-bucket-upper-case"),
        ]
    );
    assert_eq!(
        reasons("acme-bucket/", "acme-bucket"),
        [msg!("braze-error-bucket-slash")]
    );
    assert_eq!(
        reasons("arn:aws:s3:::acme-old", "acme-bucket"),
        [
            msg!("braze-error-bucket-arn"),
            msg!(
                "braze-error-bucket-other-name",
                name = "acme-old",
                configured = "acme-bucket"
            ),
        ]
    );
    // No bucket entered in the widget: the mistakes are still named.
    let alone = braze_error::differences(
        &braze_error::read(&put_object("Acme-Bucket")),
        &config(AuthMethod::SecretKey, ""),
    );
    assert_eq!(
        texts(&alone),
        [msg!(
            "braze-error-bucket-typed-alone",
            braze = "Acme-Bucket"
        )]
    );
    // In AWS's own message, the bucket of the resource's ARN, as written.
    let aws = braze_error::read(
        "User: arn:aws:iam::123456789012:user/braze-s3 is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::Acme-Bucket/currents/x.avro\"",
    );
    assert_eq!(aws.bucket.as_deref(), Some("Acme-Bucket"));
    // Localized quotes: French guillemets are set off by spaces that are typography, not part
    // of the name; Japanese brackets keep what is inside as it is.
    let fr = "Les identifiants S3 ne sont pas valides, car ce compte n'a pas l'accès « PutObject » au compartiment « Acme-Bucket ».";
    assert_eq!(braze_error::read(fr).bucket.as_deref(), Some("Acme-Bucket"));
    let ja = "このアカウントにはバケット「acme-bucket 」への「PutObject」アクセス権がないため、S3の認証情報が無効です。";
    assert_eq!(
        braze_error::read(ja).bucket.as_deref(),
        Some("acme-bucket ")
    );
}

/// Issue 19: `user/integrations/braze-s3` was read as the user "integrations". IAM's ARN puts
/// the path between `user/` and the name: the name is the last part.
#[test]
fn a_user_with_a_path_is_the_last_part_of_its_arn() {
    let reading = braze_error::read(
        "User: arn:aws:iam::123456789012:user/integrations/braze-s3 is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::acme/currents/x.avro\"",
    );
    assert_eq!(
        reading.caller,
        Some(Identity::user("123456789012", "/integrations/", "braze-s3"))
    );
    let key = |user: &str| Config {
        user_name: user.to_owned(),
        ..config(AuthMethod::SecretKey, "acme")
    };
    assert!(braze_error::differences(&reading, &key("braze-s3")).is_empty());
    assert_eq!(
        texts(&braze_error::differences(&reading, &key("integrations"))),
        [msg!(
            "braze-error-other-user",
            tried = "braze-s3",
            configured = "integrations"
        )]
    );
    let deep = braze_error::read(
        "User: arn:aws:iam::123456789012:user/a/b/c/braze-s3 is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::acme/x",
    );
    assert_eq!(
        deep.caller,
        Some(Identity::user("123456789012", "/a/b/c/", "braze-s3"))
    );
}

/// Issue 19: "GetObject" anywhere in the text won over the action Braze's sentence names, and
/// a bare "Access denied" was read as PutObject. The refused action is the one named as
/// refused (AWS's `not authorized to perform: ACTION`, or Braze's `'PutObject access'`).
#[test]
fn the_action_named_as_refused_wins_over_any_other_mention() {
    let with_get = format!(
        "{} Note: s3:GetObject and GetObject work.",
        put_object("acme")
    );
    let reading = braze_error::read(&with_get);
    assert_eq!(reading.symptom, Some(Symptom::PutObjectDenied));
    assert_eq!(reading.action.as_deref(), Some("s3:PutObject"));
    // AWS names GetObject as refused; PutObject elsewhere decides nothing.
    let aws_get = braze_error::read(
        "User: arn:aws:iam::123456789012:user/braze-s3 is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::acme/x because no identity-based policy allows the s3:GetObject action (PutObject works)",
    );
    assert_eq!(aws_get.symptom, Some(Symptom::DownloadLinksFail));
    assert_eq!(aws_get.action.as_deref(), Some("s3:GetObject"));
    // A KMS key mentioned beside a refused PutObject: the refusal is PutObject's.
    let aws_put = braze_error::read(
        "User: arn:aws:iam::123456789012:user/braze-s3 is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::acme/x (the bucket has a kms: key)",
    );
    assert_eq!(aws_put.symptom, Some(Symptom::PutObjectDenied));
}

#[test]
fn a_bare_access_denied_names_no_action_and_chooses_no_symptom() {
    for text in [
        "Access Denied",
        "access denied",
        "An error occurred (AccessDenied) when calling the operation: Access Denied",
        "AccessDenied",
    ] {
        let reading = braze_error::read(text);
        assert_eq!(reading.symptom, None, "{text}");
        assert_eq!(reading.action, None, "{text}");
        assert!(reading.denied_unknown_action, "{text}");
    }
    // What it can be: every refusal Braze can meet in the reader's case (the role's trust only
    // with a role; a missing GetObject only where Braze makes download links: dashboard export).
    assert_eq!(
        braze_error::refusal_symptoms(&config(AuthMethod::RoleArn, "acme")),
        [
            Symptom::InvalidRightAfterRole,
            Symptom::PutObjectDenied,
            Symptom::KmsGenerateDataKey,
            Symptom::DownloadLinksFail,
        ]
    );
    let currents_key = Config {
        integration: Integration::Currents,
        ..config(AuthMethod::SecretKey, "acme")
    };
    assert_eq!(
        braze_error::refusal_symptoms(&currents_key),
        [Symptom::PutObjectDenied, Symptom::KmsGenerateDataKey]
    );
    // A message that is no refusal is not one.
    assert!(!braze_error::read("Your export is ready").denied_unknown_action);
}

#[test]
fn an_unknown_message_is_not_forced_into_a_symptom() {
    for text in [
        "",
        "Something went wrong",
        "Your export is ready",
        "bucket 'acme' bucket",
    ] {
        let reading = braze_error::read(text);
        assert_eq!(reading.symptom, None, "{text:?}");
        assert!(!reading.denied_unknown_action, "{text:?}");
    }
}

/// A 10 MB paste: only its first characters are read, and the reading says it was cut.
#[test]
fn only_the_start_of_a_huge_paste_is_read_and_the_reading_says_so() {
    let message = put_object("acme-old");
    let huge = format!("{message}{}", "x".repeat(10 << 20));
    assert_eq!(
        braze_error::read(&huge),
        Reading {
            cut: true,
            ..braze_error::read(&message)
        }
    );
    assert!(!braze_error::read(&message).cut);
    let late = format!("{}{message}", "x".repeat(braze_error::MAX_READ_CHARS));
    assert_eq!(
        braze_error::read(&late),
        Reading {
            cut: true,
            ..Reading::default()
        }
    );
    // Counted in characters, not bytes: a multi-byte text is cut on a character.
    let wide = "é".repeat(braze_error::MAX_READ_CHARS + 1);
    assert!(braze_error::read(&wide).cut);
    assert!(!braze_error::read(&wide[2..]).cut);
}

/// Pieces of the shapes the reader looks for, to build hostile texts from.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("arn:".to_owned()),
        Just("arn:aws:s3:::".to_owned()),
        Just("arn:aws:iam::123456789012:user/".to_owned()),
        Just("arn:aws:iam::123456789012:role/".to_owned()),
        Just(":assumed-role/".to_owned()),
        Just("not authorized to perform:".to_owned()),
        Just(" sts:AssumeRole on resource: ".to_owned()),
        Just("s3://".to_owned()),
        Just(" bucket".to_owned()),
        Just("バケット".to_owned()),
        "['\"‘’“”«»「」„/ :.,]".prop_map(|s| s.to_owned()),
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_reads_without_panic(text in "\\PC{0,300}") {
        let reading = braze_error::read(&text);
        let _ = braze_error::differences(&reading, &config(AuthMethod::RoleArn, "acme"));
    }

    #[test]
    fn any_edit_of_a_real_message_reads_without_panic(cut in 0usize..200, insert in "\\PC{0,20}") {
        for message in [KMS, ASSUME] {
            let mut text: Vec<char> = message.chars().collect();
            let at = cut.min(text.len());
            text.splice(at..at, insert.chars());
            let text: String = text.into_iter().collect();
            let reading = braze_error::read(&text);
            let _ = braze_error::differences(&reading, &config(AuthMethod::SecretKey, "acme"));
        }
    }
}

proptest! {
    // Fewer cases: each text is up to the whole bound long.
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_text_up_to_the_bound_made_of_the_shapes_reads_without_panic(
        pieces in proptest::collection::vec(piece(), 0..400)
    ) {
        let text: String = pieces.concat().chars().take(braze_error::MAX_READ_CHARS + 8).collect();
        let reading = braze_error::read(&text);
        for auth in AuthMethod::ALL {
            let config = Config { own_account: "123456789012".to_owned(), ..config(auth, "acme") };
            let _ = braze_error::differences(&reading, &config);
        }
        if let Some(bucket) = &reading.bucket {
            prop_assert!(text.contains(bucket.as_str()), "the bucket is read as written: {bucket:?}");
        }
    }
}

/// Braze's message in the reader's language: the action and the bucket are still found, the
/// quoted name beside that language's word for bucket, before or after it.
#[test]
fn the_message_in_other_languages_names_its_bucket() {
    let cases = [
        ("Les identifiants S3 ne sont pas valides, car ce compte n'a pas l'accès « PutObject » au compartiment « acme-old ».", "acme-old"),
        ("Las credenciales de S3 no son válidas porque esta cuenta no tiene acceso 'PutObject' al contenedor 'acme-es'.", "acme-es"),
        ("S3-Zugangsdaten sind ungültig, weil dieses Konto keinen 'PutObject'-Zugriff auf den Bucket 'acme-de' hat.", "acme-de"),
        ("このアカウントにはバケット「acme-ja」への「PutObject」アクセス権がないため、S3の認証情報が無効です。", "acme-ja"),
        ("이 계정에 'acme-ko' 버킷에 대한 'PutObject' 액세스 권한이 없으므로 S3 자격 증명이 유효하지 않습니다.", "acme-ko"),
    ];
    for (text, bucket) in cases {
        let reading = braze_error::read(text);
        assert_eq!(reading.symptom, Some(Symptom::PutObjectDenied), "{text}");
        assert_eq!(reading.action.as_deref(), Some("s3:PutObject"), "{text}");
        assert_eq!(reading.bucket.as_deref(), Some(bucket), "{text}");
    }
    // A quoted word that is not a bucket name, beside the word, is not taken for one.
    assert_eq!(
        braze_error::read("the 'Bucket Policy' bucket setting").bucket,
        None
    );
}
