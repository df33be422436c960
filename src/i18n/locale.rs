//! The languages of Braze's documentation, and how a language tag maps onto one of them.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    #[default]
    En,
    Fr,
    De,
    Es,
    Ja,
    Ko,
    PtBr,
}

impl Locale {
    pub const ALL: [Locale; 7] = [
        Self::En,
        Self::Fr,
        Self::De,
        Self::Es,
        Self::Ja,
        Self::Ko,
        Self::PtBr,
    ];

    /// The BCP 47 tag: the `lang` URL value and the root's `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::De => "de",
            Self::Es => "es",
            Self::Ja => "ja",
            Self::Ko => "ko",
            Self::PtBr => "pt-BR",
        }
    }

    /// Maps any language tag onto a supported locale by its primary language: `fr-CA` → fr,
    /// `pt` and `pt-PT` → pt-BR, `de-AT` → de. Unsupported or malformed tags give `None`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let tag = tag.trim();
        if tag.len() > 35 {
            return None; // longer than any well-formed tag we could map
        }
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Self::En),
            "fr" => Some(Self::Fr),
            "de" => Some(Self::De),
            "es" => Some(Self::Es),
            "ja" => Some(Self::Ja),
            "ko" => Some(Self::Ko),
            "pt" => Some(Self::PtBr),
            _ => None,
        }
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
