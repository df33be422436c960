//! Every message the code asks for exists in every locale, with only the variables the code
//! passes; every message of a locale is used by the code; every `.ftl` file parses.
//!
//! `build.rs` runs the same checks (`build/l10n_check.rs`) and fails the build on a problem;
//! here they are run again, each kind on its own, and shown to catch what they should.

use std::collections::BTreeSet;
use std::path::Path;

use braze_s3_companion::i18n::Locale;

#[path = "../build/l10n_check.rs"]
#[allow(dead_code)]
mod l10n_check;

use l10n_check::{check, code_messages, msg_calls, read_locales, CodeMessages, Problems, Source};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn problems() -> Problems {
    check(&code_messages(root()), &read_locales(root()))
}

#[test]
fn the_code_uses_message_ids() {
    let code = code_messages(root());
    assert!(
        code.len() > 100,
        "only {} ids found in the source",
        code.len()
    );
    assert!(code.contains_key("rule-bucket-length"));
}

#[test]
fn every_locale_folder_is_a_locale_with_every_file() {
    let tags: BTreeSet<String> = read_locales(root()).into_iter().map(|l| l.0).collect();
    let expected: BTreeSet<String> = Locale::ALL.iter().map(|l| l.tag().to_owned()).collect();
    assert_eq!(tags, expected);
    for (tag, _, sources) in read_locales(root()) {
        let names: BTreeSet<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        for file in braze_s3_companion::i18n::localizer::FTL_FILES {
            let name = format!("locales/{tag}/{file}.ftl");
            assert!(names.contains(name.as_str()), "{name} missing");
        }
    }
}

#[test]
fn every_ftl_file_parses() {
    let found = problems().syntax;
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_locale_has_every_message_the_code_asks_for() {
    let found = problems().missing;
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_locale_has_a_message_the_code_never_asks_for() {
    let found = problems().unused;
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn messages_use_only_variables_the_code_passes() {
    let found = problems().variables;
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_term_referenced_is_defined_and_every_term_defined_is_used_and_shared() {
    let found = problems().terms;
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_scanner_reads_ids_and_variables() {
    let source = r#"x = msg!("a-b", one = f(x, y), two = "s,=)"); msg!("c")"#;
    let calls: Vec<(String, Vec<String>)> = msg_calls(source)
        .into_iter()
        .map(|(id, vars, _)| (id, vars))
        .collect();
    assert_eq!(
        calls,
        vec![
            ("a-b".to_owned(), vec!["one".to_owned(), "two".to_owned()]),
            ("c".to_owned(), vec![])
        ]
    );
}

fn ftl(name: &str, text: &str) -> Source {
    Source {
        name: name.to_owned(),
        text: text.to_owned(),
    }
}

/// Each kind of problem is found, and named by file and line.
#[test]
fn the_checks_name_the_file_and_line_of_each_problem() {
    let mut code = CodeMessages::new();
    for (id, vars) in [("hello", vec!["name"]), ("bye", vec![]), ("asked", vec![])] {
        let vars = vars.into_iter().map(str::to_owned).collect();
        code.insert(id.to_owned(), (vars, "src/x.rs:3".to_owned()));
    }
    let english = vec![ftl(
        "locales/en/main.ftl",
        "-brand = Braze\nhello = Hi { $name } of { -brand }\nbye = Bye\nasked = Yes\n",
    )];
    let french = vec![ftl(
        "locales/fr/main.ftl",
        "-brand = Braze\n# comment\nhello = Salut { $nom }\nbye = { -brand\nextra = En trop { -nothing }\n",
    )];
    let locales = vec![
        ("en".to_owned(), "locales/en".to_owned(), english),
        ("fr".to_owned(), "locales/fr".to_owned(), french),
    ];
    let found = check(&code, &locales);
    let has = |list: &[String], text: &str| list.iter().any(|p| p.contains(text));
    assert!(
        has(&found.syntax, "locales/fr/main.ftl:4: syntax error"),
        "{:?}",
        found.syntax
    );
    assert!(has(
        &found.missing,
        "locales/fr: missing message asked (asked for at src/x.rs:3)"
    ));
    assert!(
        has(&found.missing, "missing message bye"),
        "junk is not a message"
    );
    assert!(has(
        &found.unused,
        "locales/fr/main.ftl:5: fr: unused extra"
    ));
    assert!(has(
        &found.variables,
        "locales/fr/main.ftl:3: fr: hello uses $nom, never passed"
    ));
    assert!(has(
        &found.terms,
        "locales/fr/main.ftl:5: fr: -nothing used, not defined"
    ));
    assert!(has(
        &found.terms,
        "locales/fr/main.ftl:1: fr: -brand defined, never used"
    ));
    assert_eq!(
        found.all().count(),
        7,
        "{:#?}",
        found.all().collect::<Vec<_>>()
    );
}

// ---------------------------------------------------------------------------------------------
// Sentences against their sources (issue 20). Each message is formatted by the widget's
// localizer, in every language, with the values the code passes; the expected words are typed
// from the sources cited in docs/facts.md (Braze's current pages, AWS's documentation), never
// read from the `.ftl` files.

use braze_s3_companion::i18n::Localizer;
use braze_s3_companion::msg;

/// The message as the reader sees it, with every kind of space read as a plain space.
fn seen(locale: Locale, message: &braze_s3_companion::core::text::Msg) -> String {
    Localizer::get(locale)
        .text(message)
        .replace(['\u{a0}', '\u{202f}', '\u{2009}'], " ")
}

/// `(locale, expected)` pairs must cover every locale exactly once.
fn per_locale<T: Copy>(table: &[(Locale, T)]) -> Vec<(Locale, T)> {
    let locales: Vec<Locale> = table.iter().map(|(l, _)| *l).collect();
    assert_eq!(
        locales,
        Locale::ALL.to_vec(),
        "one row per locale, in order"
    );
    table.to_vec()
}

/// A sentence in a language other than English reads differently from the English one: a
/// missing translation falls back to English (and a missing message to its id).
fn assert_translated(locale: Locale, message: &braze_s3_companion::core::text::Msg) {
    let text = seen(locale, message);
    assert_ne!(text, message.id, "{locale:?}: {} is missing", message.id);
    if locale != Locale::En {
        assert_ne!(
            text,
            seen(Locale::En, message),
            "{locale:?}: {} is English",
            message.id
        );
    }
}

/// Braze (today), "Export behaviour": JSON exports, from the dashboard or the API, are JSONL;
/// CSV exports and reports are CSV. Not "dashboard data exports are JSONL".
#[test]
fn json_exports_are_jsonl_csv_exports_are_csv_in_every_language() {
    let message = msg!("today-format-exports");
    for locale in Locale::ALL {
        assert_translated(locale, &message);
        let text = seen(locale, &message);
        for word in ["JSONL", "API", "CSV"] {
            assert!(text.contains(word), "{locale:?} names {word:?}: {text}");
        }
        // JSON as such, besides JSONL: "JSON exports … are JSONL".
        assert!(
            text.replace("JSONL", "").contains("JSON"),
            "{locale:?}: {text}"
        );
    }
}

/// Braze message archiving: one gzipped JSON file per message sent, under
/// `sent_messages/{channel}/…/{dispatch ID}.json.gz`; not the exports' JSONL.
#[test]
fn message_archives_are_one_gzipped_json_file_per_message() {
    let message = msg!("today-format-archives");
    for locale in Locale::ALL {
        assert_translated(locale, &message);
        let text = seen(locale, &message);
        for word in ["sent_messages/", ".json.gz", "gzip", "email", "push", "sms"] {
            assert!(text.contains(word), "{locale:?} names {word:?}: {text}");
        }
        assert!(!text.contains("JSONL"), "{locale:?}: {text}");
    }
}

/// AWS third party ("the confused deputy problem"): changing Braze's account or external ID
/// locks Braze out; removing the external ID condition does not, it removes the protection.
/// Each language names the problem as AWS's documentation in that language does.
#[test]
fn removing_the_external_id_condition_removes_the_protection_not_braze() {
    let message = msg!(
        "update-role-trust",
        account = "123456789012",
        external_id = "braze-ext-42"
    );
    for (locale, deputy) in per_locale(&[
        (Locale::En, "confused deputy"),
        (Locale::Fr, "confused deputy"),
        (Locale::De, "verwirrten Stellvertreters"),
        (Locale::Es, "confused deputy"),
        (Locale::Ja, "混乱した代理"),
        (Locale::Ko, "혼동된 대리자"),
        (Locale::PtBr, "confused deputy"),
    ]) {
        assert_translated(locale, &message);
        let text = seen(locale, &message);
        assert!(text.contains(deputy), "{locale:?}: {text}");
        assert!(text.contains("123456789012") && text.contains("braze-ext-42"));
    }
    let english = seen(Locale::En, &message);
    assert!(!english.contains("Change or remove them"), "{english}");
}

/// Braze (today) says 5 days, the seed 48 hours: every warning shows both, today's first
/// (docs/facts.md, "Today vs the seed"), in the guide, the checklist, the update path and
/// troubleshooting.
#[test]
fn the_expiry_window_reads_five_days_today_then_the_earlier_48_hours() {
    let messages = [
        msg!("link-currents-expiry", days = 5u32, hours = 48u32),
        msg!("update-expiry", days = 5u32, hours = 48u32),
        msg!("cause-events-stopped", days = 5u32, hours = 48u32),
        msg!("checklist-verify-expiry", days = 5u32, hours = 48u32),
    ];
    for (locale, (days, hours)) in per_locale(&[
        (Locale::En, ("5 days", "48 hours")),
        (Locale::Fr, ("5 jours", "48 heures")),
        (Locale::De, ("5 Tagen", "48 Stunden")),
        (Locale::Es, ("5 días", "48 horas")),
        (Locale::Ja, ("5 日", "48 時間")),
        (Locale::Ko, ("5일", "48시간")),
        (Locale::PtBr, ("5 dias", "48 horas")),
    ]) {
        for message in &messages {
            assert_translated(locale, message);
            let text = seen(locale, message);
            let today = text.find(days);
            let earlier = text.find(hours);
            assert!(
                matches!((today, earlier), (Some(t), Some(e)) if t < e),
                "{locale:?} {}: {days:?} then {hours:?} in {text}",
                message.id
            );
        }
    }
}

/// Braze (today): "The result explains what failed validation—for example, the key might be
/// missing GetObject permission". An example, not "the usual cause".
#[test]
fn a_missing_get_object_is_braze_s_example_not_the_usual_cause() {
    let message = msg!("today-unable-to-connect");
    for (locale, example) in per_locale(&[
        (Locale::En, "example"),
        (Locale::Fr, "exemple"),
        (Locale::De, "Beispiel"),
        (Locale::Es, "ejemplo"),
        (Locale::Ja, "例"),
        (Locale::Ko, "예로"),
        (Locale::PtBr, "exemplo"),
    ]) {
        assert_translated(locale, &message);
        let text = seen(locale, &message);
        assert!(
            text.contains(example) && text.contains("s3:GetObject"),
            "{locale:?}: {text}"
        );
        assert!(text.contains("Test Credentials"), "{locale:?}: {text}");
    }
    assert!(!seen(Locale::En, &message).contains("usual"));
}

/// AWS, PutObject: "The Content-MD5 or x-amz-sdk-checksum-algorithm header is required for
/// any request to upload an object with a retention period configured using Amazon S3 Object
/// Lock". That is what happens to uploads under a default retention period; retained files are
/// not "replaced or deleted".
#[test]
fn object_lock_on_an_export_bucket_says_which_uploads_s3_refuses() {
    let message = msg!("preflight-object-lock-export");
    for locale in Locale::ALL {
        assert_translated(locale, &message);
        let text = seen(locale, &message);
        assert!(text.contains("Content-MD5"), "{locale:?}: {text}");
        assert!(text.contains("Object Lock"), "{locale:?}: {text}");
    }
    assert!(!seen(Locale::En, &message).contains("replace or delete"));
}

/// AWS IAM: access keys are long-term credentials, they do not expire; AWS advises rotating
/// them. The checklist says so, not "the access key must be renewed".
#[test]
fn iam_access_keys_do_not_expire_rotating_them_is_advice() {
    let message = msg!("checklist-verify-key-rotation");
    for (locale, no_expiry) in per_locale(&[
        (Locale::En, "do not expire"),
        (Locale::Fr, "n'expirent pas"),
        (Locale::De, "laufen nicht ab"),
        (Locale::Es, "no caducan"),
        (Locale::Ja, "有効期限はありません"),
        (Locale::Ko, "만료 기한이 없습니다"),
        (Locale::PtBr, "não expiram"),
    ]) {
        assert_translated(locale, &message);
        let text = seen(locale, &message);
        assert!(text.contains(no_expiry), "{locale:?}: {text}");
        assert!(text.contains("IAM"), "{locale:?}: {text}");
    }
    assert!(!seen(Locale::En, &message).contains("must be renewed"));
}

/// Braze's message-archiving page: "available as an add-on feature" that the company has
/// "purchased"; archives go to "the one marked as the default data export destination"
/// ("Make this the default data export destination", English on every page).
#[test]
fn message_archiving_is_a_paid_add_on_written_to_the_default_destination() {
    let intro = msg!("archiving-intro");
    let hint = msg!("integration-message-archiving-hint");
    let turn_on = msg!("archiving-turn-on", bucket = "acme-archive");
    for (locale, paid) in per_locale(&[
        (Locale::En, "paid add-on"),
        (Locale::Fr, "option payante"),
        (Locale::De, "kostenpflichtig"),
        (Locale::Es, "de pago"),
        (Locale::Ja, "有料"),
        (Locale::Ko, "유료"),
        (Locale::PtBr, "pago"),
    ]) {
        for message in [&intro, &hint, &turn_on] {
            assert_translated(locale, message);
        }
        for message in [&intro, &hint] {
            let text = seen(locale, message).to_lowercase();
            assert!(text.contains(paid), "{locale:?}: {text}");
        }
        let text = seen(locale, &turn_on);
        assert!(
            text.contains("Make this the default data export destination")
                && text.contains("acme-archive")
                && text.contains("S3"),
            "{locale:?}: {text}"
        );
    }
}

/// The secret-key policy step: Braze's page says the policy limits Braze to "the specified
/// buckets"; the dashboard export policy's `BUCKET*` also matches other buckets (the guide's
/// note), so the step may not say "only the bucket you name" (fr: "n'accède qu'au
/// compartiment indiqué").
#[test]
fn the_policy_step_does_not_promise_a_single_bucket() {
    let message = msg!("sk-policy-open");
    for (locale, resources) in per_locale(&[
        (Locale::En, "resources"),
        (Locale::Fr, "ressources"),
        (Locale::De, "Ressourcen"),
        (Locale::Es, "recursos"),
        (Locale::Ja, "リソース"),
        (Locale::Ko, "리소스"),
        (Locale::PtBr, "recursos"),
    ]) {
        assert_translated(locale, &message);
        let text = seen(locale, &message);
        assert!(text.contains(resources), "{locale:?}: {text}");
    }
    assert!(!seen(Locale::Fr, &message).contains("qu'au compartiment"));
    assert!(!seen(Locale::En, &message).contains("only the bucket"));
}

/// Braze (today): the KMS error comes "from Braze Support or in your AWS logs", not from the
/// dashboard.
#[test]
fn the_kms_error_is_placed_where_braze_says_it_appears() {
    let english = seen(Locale::En, &msg!("today-kms"));
    assert!(
        english.contains("Braze Support") && english.contains("AWS logs"),
        "{english}"
    );
    assert!(!seen(Locale::En, &msg!("today-braze-says")).contains("dashboard"));
    for locale in Locale::ALL {
        assert_translated(locale, &msg!("today-kms"));
        assert_translated(locale, &msg!("today-braze-says"));
    }
}

/// The AWS console runs in English or in the reader's language: every AWS label carries its
/// English form (the AWS console in English; docs/facts.md: Braze's French and Spanish pages
/// write these buttons and tabs in English), whatever the language.
#[test]
fn aws_console_labels_carry_their_english_form_in_every_language() {
    let cases = [
        (
            msg!("bucket-create", bucket = "acme"),
            vec!["Create bucket"],
        ),
        (msg!("sk-policy-open"), vec!["Policies", "Create policy"]),
        (msg!("role-policy-open"), vec!["Policies", "Create policy"]),
        (
            msg!("sk-attach", user = "braze-user"),
            vec!["Users", "Permissions", "Attach Policy"],
        ),
        (msg!("role-role-open"), vec!["Roles", "Create role"]),
        (
            msg!(
                "role-trusted-entity",
                account = "123456789012",
                external_id = "ext-1"
            ),
            vec!["Another AWS account", "Require external ID", "Next"],
        ),
        (msg!("role-arn-copy", role = "braze-role"), vec!["Role ARN"]),
        (
            msg!("role-trust-explain"),
            vec!["Trust relationships", "Custom trust policy"],
        ),
        (
            msg!("link-new-access-key"),
            vec!["Security credentials", "Create access key"],
        ),
        (
            msg!("sse-bucket-policy", bucket = "acme"),
            vec!["Permissions", "Bucket policy", "Edit"],
        ),
        (
            msg!("update-key-deactivate", user = "braze-user"),
            vec!["Actions", "Deactivate"],
        ),
        (msg!("update-key-delete"), vec!["Actions", "Delete"]),
        (
            msg!("preflight-encryption-kms-fix", bucket = "acme"),
            vec!["Properties", "Default encryption"],
        ),
        (
            msg!("iac-how-cloudformation", bucket = "acme"),
            vec!["Create stack"],
        ),
        (msg!("iac-note-role-arn-cloudformation"), vec!["Outputs"]),
    ];
    let mut missing = Vec::new();
    for locale in Locale::ALL {
        for (message, labels) in &cases {
            let text = seen(locale, message).to_lowercase();
            for label in labels {
                if !text.contains(&label.to_lowercase()) {
                    missing.push(format!("{locale:?} {}: {label}", message.id));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Braze's current French page writes the dashboard's navigation and the invalid-credentials
/// error in English ("Partner Integrations > Currents", "Technology Partners", "S3 credentials
/// are invalid"); the Spanish page its secret-key steps' labels ("Test Credentials", "Save",
/// "Credentials") and the error too. docs/facts.md, "Today vs the seed".
#[test]
fn braze_labels_as_the_french_and_spanish_pages_write_them() {
    let fr = |m| seen(Locale::Fr, &m);
    assert!(fr(msg!("link-currents-open")).contains("Partner Integrations > Currents"));
    assert!(fr(msg!("link-dashboard-open")).contains("Partner Integrations > Technology Partners"));
    assert!(fr(msg!("link-dashboard-old-nav")).contains("Technology Partners"));
    for locale in [Locale::Fr, Locale::Es] {
        let text = seen(locale, &msg!("link-role-propagation"));
        assert!(
            text.contains("S3 credentials are invalid"),
            "{locale:?}: {text}"
        );
    }
    let es = |m| seen(Locale::Es, &m);
    let test = es(msg!("link-dashboard-test"));
    assert!(
        test.contains("Test Credentials") && test.contains("Save"),
        "{test}"
    );
    let credentials = es(msg!("link-currents-credentials-sk", bucket = "acme"));
    assert!(credentials.contains("(Credentials)"), "{credentials}");
    assert!(es(msg!("link-currents-open")).contains("Partner Integrations"));
}
