//! The languages of Braze's documentation, as data: one line each in [`languages!`] below,
//! plus the language's folder `locales/<tag>/` holding the [`FTL_FILES`]. `build.rs` reads
//! this file too: it checks the folders against it and embeds the locales in its order.

/// The `.ftl` files of every locale folder, one per part of the widget.
pub const FTL_FILES: [&str; 11] = [
    "main",
    "labels",
    "checklist",
    "checker",
    "iac",
    "preflight",
    "archiving",
    "diagram",
    "today",
    "gcs",
    "azure",
];

/// Writes the `Locale` enum and its data from one line per language: the variant, its BCP 47
/// tag, the primary language subtag it answers to, its name in itself, its digit grouping
/// (separator, from how many digits), its plural rules.
macro_rules! languages {
    ($( $(#[$attr:meta])* $variant:ident $tag:literal $primary:literal $endonym:literal
        ($separator:literal, $min_digits:literal) $plurals:ident; )*) => {
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Locale {
            $( $(#[$attr])* $variant, )*
        }

        impl Locale {
            /// Every language, in the language menu's order.
            pub const ALL: [Locale; [$($tag),*].len()] = [$(Self::$variant),*];

            /// The BCP 47 tag: the `lang` URL value, the root's `lang` attribute, the folder
            /// under `locales/`.
            pub fn tag(self) -> &'static str {
                match self { $(Self::$variant => $tag,)* }
            }

            /// The language's name in itself, as the language menu shows it.
            pub fn endonym(self) -> &'static str {
                match self { $(Self::$variant => $endonym,)* }
            }

            /// How whole numbers are grouped: the separator, and from how many digits on.
            pub fn digit_grouping(self) -> (&'static str, usize) {
                match self { $(Self::$variant => ($separator, $min_digits),)* }
            }

            pub fn plurals(self) -> Plurals {
                match self { $(Self::$variant => Plurals::$plurals,)* }
            }

            fn from_primary(primary: &str) -> Option<Self> {
                match primary {
                    $($primary => Some(Self::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

languages! {
    #[default]
    En "en" "en" "English" (",", 4) One;
    Fr "fr" "fr" "Français" ("\u{202F}", 4) ZeroOneMany;
    De "de" "de" "Deutsch" (".", 4) One;
    // Spanish groups only from five digits on.
    Es "es" "es" "Español" (".", 5) OneMany;
    Ja "ja" "ja" "日本語" (",", 4) Other;
    Ko "ko" "ko" "한국어" (",", 4) Other;
    PtBr "pt-BR" "pt" "Português (Brasil)" (".", 4) ZeroOneMany;
}

/// CLDR cardinal rules for whole numbers (what `intl_pluralrules` gives Fluent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plurals {
    /// One form for every number.
    Other,
    /// `one` for 1.
    One,
    /// `one` for 1, `many` for whole millions.
    OneMany,
    /// `one` for 0 and 1, `many` for whole millions.
    ZeroOneMany,
}

impl Plurals {
    pub fn category(self, n: u64) -> &'static str {
        let millions = n != 0 && n % 1_000_000 == 0;
        match (self, n) {
            (Self::Other, _) => "other",
            (Self::One | Self::OneMany, 1) | (Self::ZeroOneMany, 0 | 1) => "one",
            (Self::OneMany | Self::ZeroOneMany, _) if millions => "many",
            _ => "other",
        }
    }
}

impl Locale {
    /// Maps any language tag onto a supported locale by its primary language: `fr-CA` → fr,
    /// `pt` and `pt-PT` → pt-BR, `de-AT` → de. Unsupported or malformed tags give `None`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let tag = tag.trim();
        if tag.len() > 35 {
            return None; // longer than any well-formed tag we could map
        }
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Self::from_primary(&primary)
    }

    /// The locale's files, relative to the crate: `locales/<tag>/<file>.ftl`.
    pub fn files(self) -> impl Iterator<Item = String> {
        FTL_FILES
            .iter()
            .map(move |file| format!("locales/{}/{file}.ftl", self.tag()))
    }
}

/// The first candidate that maps onto a supported locale, else English. Candidates come in
/// priority order: URL `lang`, the mount element's `data-lang`, `<html lang>`,
/// `navigator.languages`.
pub fn negotiate<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Locale {
    candidates
        .into_iter()
        .find_map(Locale::from_tag)
        .unwrap_or_default()
}
