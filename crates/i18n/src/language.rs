//! The languages the product speaks, and choosing one from what a person or a request asks for.

use unic_langid::{LanguageIdentifier, langid};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    De,
    Fr,
    Es,
    PtBr,
    Ar,
}

impl Language {
    pub const ALL: [Language; 6] =
        [Language::En, Language::De, Language::Fr, Language::Es, Language::PtBr, Language::Ar];

    /// The BCP 47 tag the catalogue's folder, the UI and the API use: "en", "pt-BR".
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::PtBr => "pt-BR",
            Language::Ar => "ar",
        }
    }

    pub fn is_right_to_left(self) -> bool {
        self == Language::Ar
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    pub(crate) fn identifier(self) -> LanguageIdentifier {
        match self {
            Language::En => langid!("en"),
            Language::De => langid!("de"),
            Language::Fr => langid!("fr"),
            Language::Es => langid!("es"),
            Language::PtBr => langid!("pt-BR"),
            Language::Ar => langid!("ar"),
        }
    }

    /// The language a tag asks for, by its primary language ("de-AT" → German, "pt" or "pt-PT" →
    /// Portuguese (Brazil), the only Portuguese there is); `None` for a language the product does not speak.
    pub fn matching(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|language| language.tag().split('-').next() == Some(primary.as_str()))
    }

    /// The first of `wanted` the product speaks, English when none.
    pub fn negotiate<'a>(wanted: impl IntoIterator<Item = &'a str>) -> Language {
        wanted.into_iter().find_map(Language::matching).unwrap_or_default()
    }

    /// The language an `Accept-Language` header prefers among ours, by its q-values (RFC 9110 §12.5.4);
    /// `None` when it names none of them, or only with q=0.
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut ranges: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, range)| {
                let mut parts = range.split(';');
                let tag = parts.next()?.trim();
                let quality = parts
                    .filter_map(|parameter| parameter.trim().strip_prefix("q="))
                    .find_map(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                (quality > 0.0 && !tag.is_empty()).then_some((quality, position, tag))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.into_iter().find_map(|(_, _, tag)| Language::matching(tag))
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn a_regional_or_neighbouring_tag_picks_our_language() {
        assert_eq!(Language::negotiate(["de-AT", "en"]), Language::De);
        assert_eq!(Language::negotiate(["pt-PT"]), Language::PtBr);
        assert_eq!(Language::negotiate(["ja", "fr_CA"]), Language::Fr);
        assert_eq!(Language::negotiate(["ja"]), Language::En);
        assert_eq!(Language::negotiate([]), Language::En);
    }

    #[test]
    fn accept_language_follows_its_quality_values() {
        assert_eq!(Language::from_accept_language("fr;q=0.5, ar-AE;q=0.9, *;q=0.1"), Language::Ar.into());
        assert_eq!(Language::from_accept_language("ja, es-MX;q=0.8"), Language::Es.into());
        assert_eq!(Language::from_accept_language("de;q=0, ja"), None);
        assert_eq!(Language::from_accept_language(""), None);
        assert_eq!(Language::from_accept_language("en-US,en;q=0.9"), Language::En.into());
    }
}
