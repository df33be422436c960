//! Every Google Cloud Storage reader of untrusted input, fed arbitrary and hostile text: the
//! checker (role YAML or JSON, bucket policy), the strict role reader, the preflight report
//! reader and its judging, Braze's error reader, the input rules and the files built from a
//! setup. None may panic; the answers stay consistent (a line number inside the text, nothing
//! generated from a refused value, a secret always refused whatever surrounds it).

use braze_s3_companion::core::config::Integration;
use braze_s3_companion::core::providers::gcs::checker::{self, yaml_role, InputProblem, Outcome};
use braze_s3_companion::core::providers::gcs::preflight::{self, read_report};
use braze_s3_companion::core::providers::gcs::snippets::generate;
use braze_s3_companion::core::providers::gcs::{braze_error, rules};
use braze_s3_companion::core::providers::gcs::{GcsField, GcsReport, GcsSetup, GcsSnippet};
use proptest::prelude::*;

fn setup() -> GcsSetup {
    GcsSetup {
        integration: Integration::Both,
        bucket: "acme-exports".into(),
        project_id: "acme-prod".into(),
        ..GcsSetup::default()
    }
}

const ROLE: &str = "description: 'a: b'\netag: BwYx\nincludedPermissions:\n- storage.buckets.get\n- storage.objects.create\n- storage.objects.delete\n- storage.objects.get\n- storage.objects.list\nname: projects/acme-prod/roles/brazeCloudStorage\nstage: GA\ntitle: Braze\n";

const REPORT: &str = "# braze-s3-companion preflight v1\n{\"preflight\":1,\"provider\":\"google-cloud-storage\",\"bucket\":\"acme-exports\",\"project\":\"acme-prod\",\"role\":\"brazeCloudStorage\",\"service_account\":\"braze-cloud-storage@acme-prod.iam.gserviceaccount.com\"}\n{\"check\":\"bucket-exists\",\"call\":\"storage buckets describe\",\"via\":\"bucket\",\"subject\":\"acme-exports\",\"status\":\"ok\",\"error\":null,\"data\":{\"location\":\"EU\",\"hierarchicalNamespace\":{\"enabled\":true}}}\n{\"check\":\"permissions\",\"call\":\"storage buckets get-iam-policy\",\"via\":\"bucket\",\"subject\":\"acme-exports\",\"status\":\"ok\",\"error\":null,\"data\":{\"bindings\":[{\"role\":\"projects/acme-prod/roles/brazeCloudStorage\",\"members\":[\"serviceAccount:braze-cloud-storage@acme-prod.iam.gserviceaccount.com\"]}],\"etag\":\"x\"}}\n{\"check\":\"service-account-key\",\"call\":\"iam service-accounts keys list\",\"via\":\"service-account\",\"subject\":\"x\",\"status\":\"ok\",\"error\":null,\"data\":[{\"validAfterTime\":\"2026-01-01T00:00:00Z\",\"validBeforeTime\":\"9999-12-31T23:59:59Z\"}]}\n# end 3\n";

fn consistent(text: &str) {
    match checker::check(text, &setup()) {
        Outcome::Invalid(InputProblem::NotReadable { line }) => {
            assert!(
                line >= 1 && line <= text.lines().count().max(1),
                "line {line}"
            );
        }
        Outcome::Role(role) => {
            for message in role.messages() {
                assert!(message.id.starts_with("gcs-"));
            }
        }
        _ => {}
    }
    let _ = yaml_role::read(text);
    if let Ok(report) = read_report(text) {
        for finding in preflight::check(&report, &setup(), 1_780_000_000) {
            assert!(finding.message.id.starts_with("gcs-"));
        }
    }
    let _ = braze_error::read(text);
}

/// Cuts `base` at `at`, splices `insert` in, then keeps at most `len` more bytes: edits that
/// reach every branch of the readers.
fn edited(base: &str, at: usize, insert: &str, cut: usize) -> String {
    let at = floor(base, at % (base.len() + 1));
    let rest = &base[at..];
    let cut = floor(rest, cut % (rest.len() + 1));
    format!("{}{}{}", &base[..at], insert, &rest[cut..])
}

fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_text_panics_any_reader(text in any::<String>()) {
        consistent(&text);
    }

    #[test]
    fn edited_roles_and_reports_never_panic(
        at in any::<usize>(),
        cut in 0usize..64,
        insert in prop::sample::select(vec![
            "", "\n", "- ", ": ", "'", "\"", "[", "]", "{", "}", "\t", "#", "---\n", "|-\n  ",
            "  - storage.*\n", "deleted: true\n", "stage: DISABLED\n", "\u{0}", "é", "\r\n",
            ",", "null", "\\u0000", "{\"a\":", "9999-99-99T99:99:99Z",
        ]),
    ) {
        consistent(&edited(ROLE, at, insert, cut));
        consistent(&edited(REPORT, at, insert, cut));
    }

    #[test]
    fn a_key_is_refused_whatever_surrounds_it(before in ".{0,40}", after in ".{0,40}") {
        let key = "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMII\\n\"}";
        let text = format!("{before}{key}{after}");
        prop_assert!(matches!(checker::check(&text, &setup()), Outcome::Secret(_)));
        prop_assert!(braze_error::read(&text).is_err());
        prop_assert!(read_report(&text).is_err());
    }

    #[test]
    fn nothing_is_generated_from_a_refused_value(
        value in any::<String>(),
        field in prop::sample::select(vec![
            GcsField::Bucket, GcsField::ProjectId, GcsField::RoleId, GcsField::ServiceAccount,
        ]),
    ) {
        let mut setup = setup();
        setup.set(field, &value);
        let report = GcsReport::new(&setup);
        for snippet in [GcsSnippet::CliScript, GcsSnippet::Terraform, GcsSnippet::PreflightScript] {
            match generate(snippet, &setup, &report) {
                Ok(text) => {
                    prop_assert!(report.is_ok(field));
                    // A value that reaches a file is made of inert characters only.
                    let value = setup.value_or_default(field);
                    prop_assert!(value.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)));
                    prop_assert!(text.contains(value));
                }
                Err(fields) => prop_assert_eq!(fields, vec![field]),
            }
        }
        let _ = rules::prefix(&value);
    }
}
