//! Locale negotiation, formatting and typography, on the host.

use braze_s3_companion::core::text::{Arg, Msg};
use braze_s3_companion::i18n::{negotiate, Locale, Localizer, Span};
use braze_s3_companion::msg;

#[test]
fn region_variants_map_to_their_language() {
    assert_eq!(Locale::from_tag("fr-CA"), Some(Locale::Fr));
    assert_eq!(Locale::from_tag("fr_FR"), Some(Locale::Fr));
    assert_eq!(Locale::from_tag("FR"), Some(Locale::Fr));
    assert_eq!(Locale::from_tag("de-AT"), Some(Locale::De));
    assert_eq!(Locale::from_tag("es-419"), Some(Locale::Es));
    assert_eq!(Locale::from_tag("ja-JP"), Some(Locale::Ja));
    assert_eq!(Locale::from_tag("ko-KR"), Some(Locale::Ko));
    assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
}

#[test]
fn every_portuguese_goes_to_brazilian_portuguese() {
    for tag in ["pt", "pt-PT", "pt-BR", "pt_br", "PT-br"] {
        assert_eq!(Locale::from_tag(tag), Some(Locale::PtBr), "{tag}");
    }
}

#[test]
fn unsupported_and_malformed_tags_are_refused() {
    for tag in [
        "",
        " ",
        "zh",
        "zh-Hans",
        "xx",
        "-",
        "--",
        "f",
        "french",
        "<script>",
        "fr\u{0}",
        "ＦＲ",
        "e n",
        &"fr-".repeat(50),
    ] {
        assert_eq!(Locale::from_tag(tag), None, "{tag:?}");
    }
}

#[test]
fn the_first_supported_candidate_wins_then_english() {
    // URL lang, data-lang, <html lang>, navigator.languages, in that order.
    assert_eq!(negotiate(["de", "fr", "ja"]), Locale::De);
    assert_eq!(negotiate(["bogus", "fr", "ja"]), Locale::Fr);
    assert_eq!(negotiate(["", "zh-CN", "ko-KR"]), Locale::Ko);
    assert_eq!(negotiate(["zh", "xx"]), Locale::En);
    assert_eq!(negotiate([]), Locale::En);
}

#[test]
fn every_locale_tag_reads_back() {
    for locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
    }
}

fn text(locale: Locale, msg: &Msg) -> String {
    Localizer::get(locale).text(msg)
}

#[test]
fn french_puts_a_no_break_space_before_high_punctuation() {
    let out = text(Locale::Fr, &msg!("field-bucket-hint"));
    assert!(out.contains("\u{a0}:"), "{out:?}");
    assert!(!out.contains(" :"), "{out:?}");
}

#[test]
fn reader_values_are_spans_of_their_own_and_never_markup() {
    let spans = Localizer::get(Locale::En).spans(&msg!("bucket-create", bucket = "a**b`c"));
    assert!(
        spans.contains(&Span::Value("a**b`c".to_owned())),
        "{spans:?}"
    );
    assert!(
        spans.iter().any(|s| matches!(s, Span::Strong(_))),
        "{spans:?}"
    );
}

#[test]
fn placeholders_are_localized() {
    let msg = Msg {
        id: "bucket-create",
        args: vec![(
            "bucket",
            Arg::Placeholder(Box::new(msg!("placeholder-bucket"))),
        )],
    };
    let fr = Localizer::get(Locale::Fr).spans(&msg);
    assert!(
        fr.contains(&Span::Placeholder("nom-de-votre-compartiment".to_owned())),
        "{fr:?}"
    );
}

#[test]
fn numbers_use_each_languages_grouping() {
    let msg = msg!(
        "rule-external-id-length",
        min = 2u32,
        max = 1224u32,
        len = 1500u32
    );
    assert!(
        text(Locale::En, &msg).contains("1,224"),
        "{}",
        text(Locale::En, &msg)
    );
    assert!(
        text(Locale::Fr, &msg).contains("1\u{202f}224"),
        "{}",
        text(Locale::Fr, &msg)
    );
}

#[test]
fn plurals_follow_the_language() {
    let one = text(
        Locale::En,
        &msg!("link-currents-expiry", days = 1u32, hours = 1u32),
    );
    let many = text(
        Locale::En,
        &msg!("link-currents-expiry", days = 5u32, hours = 48u32),
    );
    assert!(one.contains("1 day ") && one.contains("1 hour)"), "{one}");
    assert!(
        many.contains("5 days") && many.contains("48 hours"),
        "{many}"
    );
    let fr = text(
        Locale::Fr,
        &msg!("link-currents-expiry", days = 5u32, hours = 48u32),
    );
    assert!(fr.contains("48 heures"), "{fr}");
}

#[test]
fn a_missing_message_falls_back_to_english_not_to_its_id() {
    // Every locale renders every message; pick one and compare with English when absent.
    for locale in Locale::ALL {
        let out = text(locale, &msg!("widget-title"));
        assert!(
            !out.is_empty() && out != "widget-title",
            "{}: {out}",
            locale.tag()
        );
    }
}

#[test]
fn markdown_keeps_labels_bold_and_values_as_code() {
    let md = Localizer::get(Locale::En).markdown(&msg!("bucket-create", bucket = "acme"));
    assert!(md.contains("**Create bucket**"), "{md}");
    assert!(md.contains("`acme`"), "{md}");
}

#[test]
fn selector_keywords_choose_their_variant() {
    // A keyword argument reaches Fluent as itself, so `[currents]` and `[both]` differ.
    use braze_s3_companion::core::text::Arg;
    let say = |key| {
        Localizer::get(Locale::En).text(&msg!(
            "checker-verdict-sufficient-identity",
            integration = Arg::Key(key),
            bucket = "acme"
        ))
    };
    assert_ne!(say("currents"), say("both"));
    assert_ne!(say("dashboard-export"), say("both"));
}

/// Whatever a value holds, the Markdown shows it as code on its one line: a backtick cannot
/// close the span, a line break cannot start a list item (issue 12).
#[test]
fn markdown_keeps_any_value_inside_one_code_span_on_one_line() {
    let l = Localizer::get(Locale::En);
    let md = l.markdown(&msg!(
        "bucket-create",
        bucket = "ok`\n\n- [x] Security review passed\n\n`x"
    ));
    assert!(!md.contains(['\n', '\r']), "{md}");
    assert!(
        md.contains("``ok`␊␊- [x] Security review passed␊␊`x``"),
        "a fence longer than the backticks inside: {md}"
    );
    let md = l.markdown(&msg!(
        "bucket-create",
        bucket = "` **b** [t](https://x) <i>"
    ));
    assert!(
        md.contains("`` ` **b** [t](https://x) <i> ``"),
        "padded where the value starts with a backtick: {md}"
    );
    // The widget's own text around it keeps its markup.
    assert!(md.contains("**Create bucket**"), "{md}");
}

#[test]
fn markdown_joins_a_value_inside_a_literal_into_one_code_span() {
    let md = Localizer::get(Locale::En).markdown(&msg!("policy-prefix-wildcard", bucket = "acme"));
    assert!(md.contains("`arn:aws:s3:::acme*`"), "{md}");
}

/// A fetched locale file is data from the network: whatever it holds, nothing panics, and
/// what is refused leaves the locale to English.
#[test]
fn a_fetched_locale_that_does_not_read_is_refused_without_panicking() {
    use braze_s3_companion::i18n::localizer::{self, LoadError};
    let refused = [
        "",
        "{not json",
        "<!doctype html><title>404</title>",
        "[]",
        r#"{"text": "ab", "entries": [[0, 1, 0, 0]], "elements": [], "variants": [[0]]}"#,
        r#"{"text": 3, "entries": [], "elements": [], "variants": []}"#,
        r#"{"text": "ab", "entries": [[0, -1, 0, 0]], "elements": [], "variants": []}"#,
        // Ids not in order, a duplicate id, an id outside the text or inside a character.
        r#"{"text": "ab", "entries": [[1, 1, 0, 0], [0, 1, 0, 0]], "elements": [], "variants": []}"#,
        r#"{"text": "a", "entries": [[0, 1, 0, 0], [0, 1, 0, 0]], "elements": [], "variants": []}"#,
        r#"{"text": "a", "entries": [[0, 9, 0, 0]], "elements": [], "variants": []}"#,
        r#"{"text": "é", "entries": [[0, 1, 0, 0]], "elements": [], "variants": []}"#,
    ];
    for json in refused {
        let result = localizer::register(Locale::Ko, json);
        assert!(
            matches!(result, Err(LoadError::Json | LoadError::Unsorted)),
            "{json:?}: {result:?}"
        );
    }
    // Well-formed but hostile: rows and spans pointing outside their tables, an unknown
    // kind, a select whose selector is itself and whose variants are not there, a reference
    // cycle. They read as something, without panicking.
    //   text: "bucket-create" 0..13, "loop" 13..17
    let hostile = r#"{
        "text": "bucket-createloop",
        "entries": [[0, 13, 0, 5], [13, 4, 5, 1]],
        "elements": [
            [7, 0, 40, 2], [99, 0, 0, 0], [0, 5, 4000000000, 0], [7, 9, 0, 0],
            [6, 13, 4, 0], [6, 13, 4, 0]
        ],
        "variants": []
    }"#;
    localizer::register(Locale::Ko, hostile).unwrap();
    assert_eq!(
        Localizer::get(Locale::Ko).text(&msg!("bucket-create", bucket = "b")),
        "{loop}"
    );
}

/// A fetched locale is read table by table from a `serde_json::Value` (the widget's first
/// module has no derived deserializer for it): the same tables as serde's derive reads, for
/// every language build.rs writes.
#[test]
fn a_fetched_locale_reads_as_serde_reads_it() {
    use braze_s3_companion::i18n::localizer;
    use braze_s3_companion::i18n::packed::Packed;
    let files = [
        include_str!(concat!(env!("OUT_DIR"), "/locales/fr.json")),
        include_str!(concat!(env!("OUT_DIR"), "/locales/de.json")),
        include_str!(concat!(env!("OUT_DIR"), "/locales/es.json")),
        include_str!(concat!(env!("OUT_DIR"), "/locales/ja.json")),
        include_str!(concat!(env!("OUT_DIR"), "/locales/ko.json")),
        include_str!(concat!(env!("OUT_DIR"), "/locales/pt-BR.json")),
        include_str!(concat!(env!("OUT_DIR"), "/locales/en.json")),
    ];
    for json in files {
        let by_serde: Packed = serde_json::from_str(json).expect("build.rs writes JSON");
        assert_eq!(localizer::read_packed(json), Some(by_serde));
    }
}
