//! What SEPA lets a file carry: the Latin character set every SEPA bank must accept, ids within it, BICs.

use super::BankFileError;

/// The longest name a SEPA file carries (ISO 20022's `Max70Text`).
pub const SEPA_NAME_MAX: usize = 70;
/// The longest unstructured remittance a SEPA file carries (`Max140Text`).
pub const SEPA_REMITTANCE_MAX: usize = 140;
/// The longest id (`Max35Text`): message, payment information and end-to-end ids.
pub(crate) const SEPA_ID_MAX: usize = 35;

/// Whether `c` is in the character set every SEPA bank accepts (EPC's basic Latin set):
/// `a-z A-Z 0-9 / - ? : ( ) . , ' +` and space.
pub(crate) fn is_sepa_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '?' | ':' | '(' | ')' | '.' | ',' | '\'' | '+' | ' ')
}

/// `text` as a SEPA file carries it, at most `max_chars` characters of the SEPA set:
///
/// - accented Latin letters lose their accents (`é` → `e`, `ł` → `l`, `ç` → `c`), with the German and
///   Nordic conventions for the letters that are more than an accent: `ä ö ü` → `ae oe ue` (as German banks
///   and passports spell them), `ß` → `ss`, `æ` → `ae`, `œ` → `oe`, `ø` → `o`, `å` → `a`, `þ` → `th`;
/// - typographic apostrophes become `'`, dashes `-`, `&` becomes `+`;
/// - anything else (other scripts, symbols, `<`, `"`, `_`, control characters) becomes a space;
/// - runs of spaces become one, the ends are trimmed, and the result is cut to `max_chars` (and trimmed
///   again), so it may be empty when `text` had no Latin letters or digits at all.
///
/// ```
/// use okta_hr_payroll::bank_file::sepa_text;
/// assert_eq!(sepa_text("Zoë O’Brien-Müller & Søn", 70), "Zoe O'Brien-Mueller + Son");
/// assert_eq!(sepa_text("Łukasz  Żółć <3", 10), "Lukasz Zol");
/// ```
pub fn sepa_text(text: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_sepa_char(c) {
            out.push(c);
        } else {
            out.push_str(transliterate(c));
        }
    }
    // Everything pushed is ASCII, so bytes are characters from here on.
    let mut collapsed = String::with_capacity(out.len());
    for word in out.split(' ').filter(|word| !word.is_empty()) {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    collapsed.truncate(max_chars);
    collapsed.truncate(collapsed.trim_end().len());
    collapsed
}

/// The SEPA spelling of a character outside the set: a letter without its accent, or a space.
fn transliterate(c: char) -> &'static str {
    match c {
        'Ä' | 'Æ' | 'Ǽ' => "Ae",
        'ä' | 'æ' | 'ǽ' => "ae",
        'Ö' | 'Œ' => "Oe",
        'ö' | 'œ' => "oe",
        'Ü' => "Ue",
        'ü' => "ue",
        'ß' | 'ẞ' => "ss",
        'Þ' => "Th",
        'þ' => "th",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        'À' | 'Á' | 'Â' | 'Ã' | 'Å' | 'Ā' | 'Ă' | 'Ą' | 'Ǎ' | 'Ạ' => "A",
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ª' => "a",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ð' | 'Ď' | 'Đ' => "D",
        'ð' | 'ď' | 'đ' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' | 'Ẹ' => "E",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' => "e",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĥ' | 'Ħ' => "H",
        'ĥ' | 'ħ' => "h",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' | 'Ǐ' => "I",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
        'Ĵ' => "J",
        'ĵ' => "j",
        'Ķ' => "K",
        'ķ' | 'ĸ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' | 'Ŋ' => "N",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' | 'Ǒ' | 'Ọ' | 'Ơ' => "O",
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' | 'ọ' | 'ơ' | 'º' => "o",
        'Ŕ' | 'Ŗ' | 'Ř' => "R",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "S",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => "s",
        'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "T",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'Ù' | 'Ú' | 'Û' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' | 'Ǔ' | 'Ư' => "U",
        'ù' | 'ú' | 'û' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ư' => "u",
        'Ŵ' => "W",
        'ŵ' => "w",
        'Ý' | 'Ŷ' | 'Ÿ' => "Y",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '´' => "'",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '&' => "+",
        _ => " ",
    }
}

/// `id` if it can identify something in a SEPA file: 1 to 35 characters of the SEPA set, not starting or
/// ending with a space or `/`, without `//` (EPC's rule for references). Ids are refused, never changed:
/// the company reconciles its statement by them.
pub(crate) fn check_id<'a>(field: &'static str, id: &'a str) -> Result<&'a str, BankFileError> {
    let fits = !id.is_empty()
        && id.chars().count() <= SEPA_ID_MAX
        && id.chars().all(is_sepa_char)
        && !id.starts_with(['/', ' '])
        && !id.ends_with(['/', ' '])
        && !id.contains("//");
    if fits { Ok(id) } else { Err(BankFileError::InvalidId { field, id: id.to_owned() }) }
}

/// A BIC without spaces, in capitals, if it is one (ISO 9362: bank, country, location, optional branch).
pub(crate) fn normalize_bic(bic: &str) -> Option<String> {
    let bic: String = bic.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let b = bic.as_bytes();
    let fits = (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && (b[6].is_ascii_uppercase() || (b'2'..=b'9').contains(&b[6]))
        && ((b[7].is_ascii_uppercase() && b[7] != b'O') || b[7].is_ascii_digit())
        && b[8..].iter().all(u8::is_ascii_alphanumeric);
    fits.then_some(bic)
}

/// `text` safe inside an XML element or a double-quoted attribute.
pub(crate) fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_the_set_and_spells_the_rest() {
        assert_eq!(sepa_text("ABC xyz 0-9 /?:().,'+", 140), "ABC xyz 0-9 /?:().,'+");
        assert_eq!(sepa_text("Straße Ærø Þór", 70), "Strasse Aero Thor");
        assert_eq!(sepa_text("  a\t\n b  ", 70), "a b");
        assert_eq!(sepa_text("李小龍", 70), "");
        assert_eq!(sepa_text("Anne Marie", 5), "Anne");
    }

    #[test]
    fn ids_follow_epc_rules() {
        assert!(check_id("id", "PAYSLIP-2026-12/0001").is_ok());
        for bad in ["", "/A", "A/", "A//B", " A", "Zoë", "A_B", &"A".repeat(36)] {
            assert!(check_id("id", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn bics_are_normalized_and_checked() {
        assert_eq!(normalize_bic("cobadeff xxx").as_deref(), Some("COBADEFFXXX"));
        assert_eq!(normalize_bic("DEUTDEFF").as_deref(), Some("DEUTDEFF"));
        assert_eq!(normalize_bic("DEUTDE1F"), None, "location starts with 0 or 1");
        assert_eq!(normalize_bic("DEUTDEFO"), None, "O is not a location's second character");
        assert_eq!(normalize_bic("DEUTDEFFX"), None);
    }
}
