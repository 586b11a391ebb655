//! Matching what people type against names as people expect: case and accents do not matter, and every
//! word of a search must be found, in any order.

use icu_normalizer::DecomposingNormalizerBorrowed;
use icu_normalizer::properties::CanonicalCombiningClassMapBorrowed;

/// Lower case without accents, so "kohler" finds "Köhler" and "strasse" finds "Straße": the compatibility
/// decomposition splits letters from their accents (and "ﬁ" into "fi"), the accents (the characters
/// that combine with the one before) are dropped, and the few letters with no decomposition are spelt
/// the way people type them without the key.
pub(crate) fn fold(text: &str) -> String {
    let marks = CanonicalCombiningClassMapBorrowed::new();
    let not_an_accent = |c: &char| marks.get_u8(*c) == 0;
    let mut folded = String::with_capacity(text.len());
    for c in DecomposingNormalizerBorrowed::new_nfkd().normalize_iter(text.chars()).filter(not_an_accent) {
        match c {
            'ß' | 'ẞ' => folded.push_str("ss"),
            'æ' | 'Æ' => folded.push_str("ae"),
            'œ' | 'Œ' => folded.push_str("oe"),
            'þ' | 'Þ' => folded.push_str("th"),
            'ø' | 'Ø' => folded.push('o'),
            'ł' | 'Ł' => folded.push('l'),
            'đ' | 'Đ' | 'ð' | 'Ð' => folded.push('d'),
            'ı' => folded.push('i'),
            // Lower-casing "İ" gives "i" and a combining dot.
            _ => folded.extend(c.to_lowercase().filter(not_an_accent)),
        }
    }
    folded
}

/// Whether every word of `query` appears in one of `fields`, folded: "fischer emma" finds Emma Fischer.
pub(crate) fn every_word_in<'a>(query: &str, fields: impl IntoIterator<Item = &'a str>) -> bool {
    let fields: Vec<String> = fields.into_iter().map(fold).collect();
    fold(query).split_whitespace().all(|word| fields.iter().any(|field| field.contains(word)))
}

#[cfg(test)]
mod tests {
    use super::{every_word_in, fold};

    #[test]
    fn folding_drops_case_and_accents_and_spells_out_letters_without_them() {
        assert_eq!(fold("Köhler"), "kohler");
        assert_eq!(fold("ZOË Åsa"), "zoe asa");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Søren Łukasz Ærø"), "soren lukasz aero");
        assert_eq!(fold("İpek"), "ipek");
        assert_eq!(fold("ﬁnance"), "finance");
    }

    #[test]
    fn every_word_must_be_found_in_some_field_in_any_order() {
        let fields = ["Emma Fischer", "emma@acme.test", "Engineering"];
        assert!(every_word_in("fischer EMMA", fields));
        assert!(every_word_in("emma engineering", fields));
        assert!(!every_word_in("emma sales", fields));
        assert!(every_word_in("  ", fields), "an empty search finds everyone");
    }
}
