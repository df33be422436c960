//! The picture "who may do what" (issue 14) as data: its boxes and arrows for each auth method,
//! the reader's values in them, the actions of the policy Braze's page publishes for the case
//! (docs/facts.md, listed here by hand), placeholders for missing or invalid values, a title
//! that names the bucket (and for a role Braze's account and the external ID) in every
//! language, and a layout whose every line fits the picture's width.

use braze_s3_companion::core::config::{AuthMethod, Config, Connector, Integration};
use braze_s3_companion::core::diagram::layout::{self, Input, Style, WIDTH};
use braze_s3_companion::core::diagram::{self, Diagram, Line, NodeKind, Part, Shown};
use braze_s3_companion::core::rules::Report;
use braze_s3_companion::core::text::Msg;
use braze_s3_companion::i18n::{Locale, Localizer};

fn config(integration: Integration, auth: AuthMethod) -> Config {
    Config {
        integration,
        auth,
        bucket: "acme-braze-export".into(),
        braze_account: "123456789012".into(),
        external_id: "braze-ext-7f3a".into(),
        ..Config::default()
    }
}

fn build(config: &Config) -> Diagram {
    diagram::build(config, &Report::new(config))
}

/// Boxes as their kinds, arrows as "→".
fn shape(d: &Diagram) -> Vec<&'static str> {
    d.parts
        .iter()
        .map(|p| match p {
            Part::Node { kind, .. } => kind.key(),
            Part::Arrow { .. } => "→",
        })
        .collect()
}

fn values(part: &Part) -> Vec<String> {
    part.lines()
        .iter()
        .filter_map(|l| match l {
            Line::Code(Shown::Value(v)) => Some(v.clone()),
            _ => None,
        })
        .collect()
}

fn placeholders(d: &Diagram) -> Vec<&'static str> {
    d.parts
        .iter()
        .flat_map(|p| p.lines())
        .filter_map(|l| match l {
            Line::Code(Shown::Placeholder(m)) => Some(m.id),
            _ => None,
        })
        .collect()
}

#[test]
fn role_braze_account_assumes_the_role_whose_policy_reaches_the_bucket() {
    let d = build(&config(Integration::Currents, AuthMethod::RoleArn));
    assert_eq!(shape(&d), ["braze-account", "→", "role", "→", "bucket"]);
    assert_eq!(values(&d.parts[0]), ["123456789012"]);
    assert_eq!(
        values(&d.parts[1]),
        ["braze-ext-7f3a"],
        "the assume arrow shows the external ID"
    );
    assert_eq!(
        values(&d.parts[2]),
        ["braze-s3-role"],
        "the default role name"
    );
    assert_eq!(
        values(&d.parts[3]),
        [
            "s3:ListBucket",
            "s3:GetBucketLocation",
            "s3:PutObject",
            "s3:GetObject"
        ]
    );
    assert_eq!(values(&d.parts[4]), ["acme-braze-export", "currents"]);
    assert!(placeholders(&d).is_empty());
}

#[test]
fn secret_key_the_user_and_its_key_then_the_policy_then_the_bucket() {
    let mut c = config(Integration::DashboardExport, AuthMethod::SecretKey);
    c.user_name = "braze-exporter".into();
    let d = build(&c);
    assert_eq!(shape(&d), ["user", "→", "bucket"]);
    assert_eq!(values(&d.parts[0]), ["braze-exporter"]);
    assert_eq!(
        values(&d.parts[1]),
        [
            "s3:ListBucket",
            "s3:GetBucketLocation",
            "s3:GetObject",
            "s3:PutObject",
            "s3:DeleteObject"
        ]
    );
    // Dashboard export has no Currents folder.
    assert_eq!(values(&d.parts[2]), ["acme-braze-export"]);
    assert!(!d.parts.iter().any(|p| matches!(
        p,
        Part::Node {
            kind: NodeKind::BrazeAccount | NodeKind::Role,
            ..
        }
    )));
}

#[test]
fn both_integrations_show_every_action_of_the_combined_policy() {
    let d = build(&config(Integration::Both, AuthMethod::RoleArn));
    let actions = values(&d.parts[3]);
    for action in [
        "s3:ListBucket",
        "s3:GetBucketLocation",
        "s3:PutObject",
        "s3:GetObject",
        "s3:DeleteObject",
    ] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }
    assert_eq!(actions.len(), 5);
}

#[test]
fn empty_and_invalid_values_are_placeholders() {
    let mut c = Config {
        auth: AuthMethod::RoleArn,
        ..Config::default()
    };
    let d = build(&c);
    assert_eq!(shape(&d), ["braze-account", "→", "role", "→", "bucket"]);
    for id in [
        "placeholder-account",
        "placeholder-external-id",
        "placeholder-bucket",
    ] {
        assert!(
            placeholders(&d).contains(&id),
            "{id} in {:?}",
            placeholders(&d)
        );
    }
    c.bucket = "Bad_Bucket..".into();
    c.braze_account = "12ab".into();
    c.external_id = "<".into();
    c.folder = "/x//..".into();
    c.role_name = "a b".into();
    c.policy_name = "a b".into();
    let d = build(&c);
    let all: Vec<String> = d.parts.iter().flat_map(values).collect();
    for bad in ["Bad_Bucket..", "12ab", "<", "/x//..", "a b"] {
        assert!(!all.iter().any(|v| v == bad), "{bad} is not drawn: {all:?}");
    }
    for id in [
        "placeholder-account",
        "placeholder-external-id",
        "placeholder-role",
        "placeholder-bucket",
        "placeholder-folder",
    ] {
        assert!(placeholders(&d).contains(&id), "{id}");
    }
    // The text alternative says so too, in every language: each sentence in its own words,
    // the locale's placeholder where a value is not valid, never the invalid value.
    for locale in Locale::ALL {
        let l = Localizer::get(locale);
        let mut seen = shown(locale, &d.title);
        for m in &d.description {
            seen.push(' ');
            seen.push_str(&shown(locale, m));
        }
        for id in [
            "placeholder-account",
            "placeholder-external-id",
            "placeholder-role",
            "placeholder-bucket",
        ] {
            let placeholder = l.text(&Msg { id, args: vec![] });
            assert!(seen.contains(&placeholder), "{locale:?}: {id} in {seen}");
        }
        for bad in ["Bad_Bucket..", "12ab", "/x//..", "a b"] {
            assert!(!seen.contains(bad), "{locale:?}: {bad} in {seen}");
        }
        assert!(seen.contains("sts:AssumeRole"), "{locale:?}: {seen}");
    }
}

/// `message` as the reader of `locale` sees it: its own translation (a missing one falls back
/// to English, a missing message to its id; neither is empty).
fn shown(locale: Locale, message: &Msg) -> String {
    let text = Localizer::get(locale).text(message);
    assert_ne!(text, message.id, "{locale:?}: {} is missing", message.id);
    if locale != Locale::En {
        let english = Localizer::get(Locale::En).text(message);
        assert_ne!(text, english, "{locale:?}: {} is English", message.id);
    }
    text
}

#[test]
fn the_title_names_bucket_account_and_external_id_in_every_language() {
    let role = build(&config(Integration::Currents, AuthMethod::RoleArn));
    let key = build(&config(Integration::Currents, AuthMethod::SecretKey));
    for locale in Locale::ALL {
        let title = shown(locale, &role.title);
        for value in ["acme-braze-export", "123456789012", "braze-ext-7f3a"] {
            assert!(title.contains(value), "{locale:?}: {title}");
        }
        let desc: String = role.description.iter().map(|m| shown(locale, m)).collect();
        for value in [
            "braze-s3-role",
            "sts:AssumeRole",
            "s3:PutObject",
            "currents",
        ] {
            assert!(desc.contains(value), "{locale:?}: {desc}");
        }
        let title = shown(locale, &key.title);
        assert!(
            title.contains("acme-braze-export") && title.contains("braze-s3"),
            "{title}"
        );
    }
}

#[test]
fn many_connectors_list_three_folders_and_count_the_rest() {
    let mut c = config(Integration::Currents, AuthMethod::SecretKey);
    c.connectors = (1..=5)
        .map(|id| Connector {
            id,
            name: format!("c{id}"),
            folder: format!("currents-{id}"),
        })
        .collect();
    let d = build(&c);
    let bucket = d.parts.last().unwrap();
    assert_eq!(
        values(bucket),
        ["acme-braze-export", "currents", "currents-1", "currents-2"]
    );
    assert!(bucket
        .lines()
        .iter()
        .any(|l| matches!(l, Line::Label(m) if m.id == "diagram-more-folders")));
}

/// The diagram's lines in `locale`, as the view hands them to the layout.
fn inputs(d: &Diagram, locale: Locale) -> Vec<Input> {
    let l = Localizer::get(locale);
    d.parts
        .iter()
        .map(|p| Input {
            arrow: matches!(p, Part::Arrow { .. }),
            lines: p
                .lines()
                .iter()
                .map(|line| match line {
                    Line::Label(m) => (Style::Label, l.text(m)),
                    Line::Code(Shown::Value(v)) => (Style::Code, v.clone()),
                    Line::Code(Shown::Placeholder(m)) => (Style::Placeholder, l.text(m)),
                })
                .collect(),
        })
        .collect()
}

#[test]
fn every_line_fits_the_width_long_values_are_cut_in_every_language() {
    let mut c = config(Integration::Both, AuthMethod::RoleArn);
    c.bucket = format!("acme-{}", "very-long-bucket-name-".repeat(3))[..63]
        .trim_end_matches('-')
        .into();
    c.external_id = "x".repeat(1224);
    c.policy_name = "p".repeat(100);
    let d = build(&c);
    for locale in Locale::ALL {
        let placed = layout::layout(&inputs(&d, locale));
        assert_eq!(placed.width, WIDTH);
        let mut y = 0.0;
        for part in &placed.parts {
            assert!(part.y >= y, "parts do not overlap");
            y = part.y + part.height;
            for t in &part.texts {
                let right = t.x + layout::width(&t.text, t.style);
                assert!(
                    right <= WIDTH - 10.0,
                    "{locale:?}: {:?} ends at {right}",
                    t.text
                );
                assert!(
                    t.y < part.y + part.height && t.y > part.y,
                    "inside its part"
                );
            }
        }
        assert!(placed.height >= y);
        let texts: Vec<&str> = placed
            .parts
            .iter()
            .flat_map(|p| &p.texts)
            .map(|t| t.text.as_str())
            .collect();
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("xxxx") && t.ends_with('…')),
            "{texts:?}"
        );
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("acme-very") && t.ends_with('…')),
            "{texts:?}"
        );
        // The title keeps the whole value.
        assert!(Localizer::get(locale)
            .text(&d.title)
            .contains(&c.external_id));
    }
}

/// What the fonts draw (issue 22): DejaVu Sans's advance widths, in thousandths of an em, of
/// every character the pictures' texts use (Chromium's `measureText` on this machine, where it
/// is `system-ui`; the widest of the usual interface fonts), DejaVu Sans Mono's 602 for every
/// monospace character, and a full em for a CJK one in either.
fn drawn_em(c: char, style: Style) -> f32 {
    let cjk =
        matches!(c as u32, 0x3000..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 | 0xFF00..=0xFF60);
    if cjk {
        return 1.0;
    }
    if style != Style::Label {
        return 0.602;
    }
    const ASCII: &str =
        " 318 !401 \"460 #838 $636 %950 &780 '275 (390 )390 *500 +838 ,318 -361 .318 /337 \
        0636 1636 2636 3636 4636 5636 6636 7636 8636 9636 :337 ;337 <838 =838 >838 ?531 @1000 \
        A684 B686 C698 D770 E632 F575 G775 H752 I295 J295 K656 L557 M863 N748 O787 P603 Q787 \
        R695 S635 T611 U732 V684 W989 X685 Y611 Z685 [390 \\337 ]390 ^838 _500 `500 a613 b635 \
        c550 d635 e615 f352 g635 h634 i278 j278 k579 l278 m974 n634 o612 p635 q635 r411 s521 \
        t392 u634 v592 w818 x592 y592 z525 {636 |337 }636 ~838 «612 »612 á613 ã613 ä613 ç550 \
        è615 é615 ê615 í278 ó612 ô612 õ612 ö612 ú634 ü634 “518 „518 …1000";
    let thousandths = ASCII
        .split(' ')
        .filter(|entry| !entry.is_empty())
        .map(|entry| entry.split_at(entry.chars().next().unwrap().len_utf8()))
        .chain([(" ", "318")])
        .find(|(glyph, _)| glyph.starts_with(c))
        .unwrap_or_else(|| panic!("no width known for {c:?}: add DejaVu Sans's"))
        .1;
    thousandths.parse::<f32>().unwrap() / 1000.0
}

/// How wide a line is drawn, in the picture's units.
fn drawn_width(text: &str, style: Style) -> f32 {
    let size = match style {
        Style::Label => layout::LABEL_SIZE,
        Style::Code | Style::Placeholder => layout::CODE_SIZE,
    };
    text.chars().map(|c| drawn_em(c, style)).sum::<f32>() * size
}

/// Issue 22: a long policy name in capitals (IAM allows 128 characters of `A-Z a-z 0-9 +=,.@-_`)
/// was estimated at 0.8 em a character where `W` is drawn at 0.99 em, and ran out of the
/// picture at 360 px, cut by its edge with no ellipsis. Every line, as drawn, now ends inside
/// its box, in every language, and the name is cut with `…`.
#[test]
fn wide_letters_are_cut_with_an_ellipsis_inside_the_box_in_every_language() {
    let names = [
        format!("BRAZE-{}", "W".repeat(122)),
        "M".repeat(128),
        "m".repeat(128),
        "@".repeat(128),
        "WM@=+_%".replace('%', "W").repeat(18),
    ];
    for name in names {
        for auth in [AuthMethod::RoleArn, AuthMethod::SecretKey] {
            let mut c = config(Integration::Currents, auth);
            c.policy_name = name.clone();
            // Role and user names stop at 64 characters.
            c.role_name = name[..64].to_owned();
            c.user_name = name[..64].to_owned();
            let d = build(&c);
            for locale in Locale::ALL {
                let placed = layout::layout(&inputs(&d, locale));
                let mut cut = false;
                for part in &placed.parts {
                    for t in &part.texts {
                        let right = t.x + drawn_width(&t.text, t.style);
                        assert!(
                            right <= WIDTH - 10.0,
                            "{locale:?} {auth:?}: {:?} is drawn to {right}, past the box",
                            t.text
                        );
                        let kept = t.text.trim_end_matches('…');
                        cut |= t.text.ends_with('…') && kept.len() > 3 && name.contains(kept);
                    }
                }
                assert!(cut, "{locale:?} {auth:?}: {name} is cut with an ellipsis");
            }
        }
    }
}
