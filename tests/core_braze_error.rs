//! "Paste what Braze said" (issue 13): Braze's own error messages, as its Amazon S3 page quotes
//! them (docs/facts.md, "Braze's error messages"), are each read as their symptom, with the
//! bucket, identity and action they name; what differs from the reader's values is said; an
//! unknown message is not forced into a symptom; no input makes the reader panic.

use braze_s3_companion::core::braze_error::{self, Identity, Reading};
use braze_s3_companion::core::config::{AuthMethod, Config, Integration};
use braze_s3_companion::core::troubleshoot::Symptom;
use proptest::prelude::*;

const PUT_OBJECT: &str = "S3 Credentials are invalid because this account does not have 'PutObject access' to the 'acme-old' bucket.";
const KMS: &str = "User: arn:aws:sts::210987654321:assumed-role/braze-iam-role/braze is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:210987654321:key/1234abcd";
const UNABLE: &str = "Unable to connect to S3, please validate that your credentials are correct";

fn config(auth: AuthMethod, bucket: &str) -> Config {
    Config {
        integration: Integration::Both,
        auth,
        bucket: bucket.to_owned(),
        braze_account: "123456789012".to_owned(),
        external_id: "braze-ext".to_owned(),
        ..Config::default()
    }
}

fn ids(messages: &[braze_s3_companion::core::text::Msg]) -> Vec<&'static str> {
    messages.iter().map(|m| m.id).collect()
}

#[test]
fn braze_s_put_object_message_names_the_symptom_and_the_bucket_it_tried() {
    let reading = braze_error::read(PUT_OBJECT);
    assert_eq!(reading.symptom, Some(Symptom::PutObjectDenied));
    assert_eq!(reading.bucket.as_deref(), Some("acme-old"));
    assert_eq!(reading.action.as_deref(), Some("s3:PutObject"));
    let differences =
        braze_error::differences(&reading, &config(AuthMethod::SecretKey, "acme-new"));
    assert_eq!(ids(&differences), ["braze-error-other-bucket"]);
    let text = format!("{:?}", differences[0].args);
    assert!(
        text.contains("acme-old") && text.contains("acme-new"),
        "{text}"
    );
    // The bucket the reader configured: nothing to say.
    assert!(
        braze_error::differences(&reading, &config(AuthMethod::SecretKey, "acme-old")).is_empty()
    );
}

#[test]
fn the_kms_message_is_sse_kms_and_names_the_role_and_action() {
    let reading = braze_error::read(KMS);
    assert_eq!(reading.symptom, Some(Symptom::KmsGenerateDataKey));
    assert_eq!(
        reading.identity,
        Some(Identity::Role("braze-iam-role".to_owned()))
    );
    assert_eq!(reading.action.as_deref(), Some("kms:GenerateDataKey"));
    assert_eq!(reading.bucket, None, "a KMS key ARN is not a bucket");
    let role_config = Config {
        role_name: "braze-s3-role".to_owned(),
        ..config(AuthMethod::RoleArn, "acme")
    };
    assert_eq!(
        ids(&braze_error::differences(&reading, &role_config)),
        ["braze-error-other-role"]
    );
    let same_role = Config {
        role_name: "braze-iam-role".to_owned(),
        ..config(AuthMethod::RoleArn, "acme")
    };
    assert!(braze_error::differences(&reading, &same_role).is_empty());
    assert_eq!(
        ids(&braze_error::differences(
            &reading,
            &config(AuthMethod::SecretKey, "acme")
        )),
        ["braze-error-role-not-key"]
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
        (
            "User: arn:aws:sts::123456789012:assumed-role/x/y is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/braze",
            Symptom::InvalidRightAfterRole,
        ),
        (
            "Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters",
            Symptom::ObjectLock,
        ),
    ];
    for (text, symptom) in cases {
        assert_eq!(braze_error::read(text).symptom, Some(symptom), "{text}");
    }
    let user = braze_error::read(cases[1].0);
    assert_eq!(user.identity, Some(Identity::User("braze-old".to_owned())));
    assert_eq!(user.bucket.as_deref(), Some("acme"));
    let key_config = Config {
        user_name: "braze-s3-user".to_owned(),
        ..config(AuthMethod::SecretKey, "acme")
    };
    assert_eq!(
        ids(&braze_error::differences(&user, &key_config)),
        ["braze-error-other-user"]
    );
    assert_eq!(
        ids(&braze_error::differences(
            &user,
            &config(AuthMethod::RoleArn, "acme")
        )),
        ["braze-error-user-not-role"]
    );
}

#[test]
fn an_unknown_message_is_not_forced_into_a_symptom() {
    for text in [
        "",
        "Something went wrong",
        "Your export is ready",
        "bucket 'acme' bucket",
    ] {
        assert_eq!(braze_error::read(text).symptom, None, "{text:?}");
    }
}

#[test]
fn only_the_start_of_a_huge_paste_is_read() {
    let huge = format!("{}{PUT_OBJECT}", "x".repeat(braze_error::MAX_READ_CHARS));
    assert_eq!(braze_error::read(&huge), Reading::default());
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
        let mut text: Vec<char> = KMS.chars().collect();
        let at = cut.min(text.len());
        text.splice(at..at, insert.chars());
        let text: String = text.into_iter().collect();
        let reading = braze_error::read(&text);
        let _ = braze_error::differences(&reading, &config(AuthMethod::SecretKey, "acme"));
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
        assert_eq!(reading.bucket.as_deref(), Some(bucket), "{text}");
    }
    // A quoted word that is not a bucket name, beside the word, is not taken for one.
    assert_eq!(
        braze_error::read("the 'Bucket Policy' bucket setting").bucket,
        None
    );
}
