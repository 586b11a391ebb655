//! Text as the standard fonts show it: Windows-1252 bytes (`WinAnsiEncoding`), wrapped to a width.
//!
//! The standard fonts have glyphs for Windows-1252 only, so other characters are written as the nearest
//! letter where there is an obvious one (Latin Extended-A's letters lose their accent: "Łukasz" is written
//! "Lukasz", "Ğ" "G") and as "?" otherwise. Arabic payslips set Arabic letters in an embedded font
//! (`shaping.rs`); other scripts (Cyrillic, Greek, CJK) would need fonts of their own.

use crate::fonts::Font;

/// Windows-1252's bytes 0x80 to 0x9F, as characters; `\0` where the code page leaves the byte undefined.
const HIGH: [char; 32] = [
    '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', //
    '\0', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
];

/// U+0100 to U+017F (Latin Extended-A) as the Windows-1252 letter written for each: the letter itself
/// where the code page has it, else the letter without its accent, "?" where there is none.
const LATIN_EXTENDED_A: &str = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLlLlNnNnNnnNnOoOoOoŒœRrRrRrSsSsSsŠšTtTtTtUuUuUuUuUuUuWwYyŸZzZzŽžs";

/// The Windows-1252 byte of `c`, if the code page has it.
fn byte_of(c: char) -> Option<u8> {
    match c {
        ' '..='~' | '\u{A0}'..='\u{FF}' => u8::try_from(u32::from(c)).ok(),
        _ => HIGH.iter().position(|&high| high == c && c != '\0').map(|index| 0x80 + index as u8),
    }
}

/// The Windows-1252 byte `c` is written as: itself, or the nearest letter; a space for line breaks and
/// tabs; `None` where [`encode`] writes "?".
pub(crate) fn windows_1252(c: char) -> Option<u8> {
    match c {
        '\t' | '\n' | '\r' => Some(b' '),
        '\u{100}'..='\u{17F}' => {
            let near = LATIN_EXTENDED_A.chars().nth(c as usize - 0x100).unwrap_or('?');
            Some(byte_of(near).unwrap_or(b'?'))
        }
        // Romanian's comma-below letters read as their cedilla twins.
        'Ș' => Some(b'S'),
        'ș' => Some(b's'),
        'Ț' => Some(b'T'),
        'ț' => Some(b't'),
        '−' | '‐' | '‑' => Some(b'-'),
        _ => byte_of(c),
    }
}

/// `text` as Windows-1252 bytes, every character one byte: line breaks and tabs become spaces, other
/// control characters and characters the code page has no near letter for become "?".
pub(crate) fn encode(text: &str) -> Vec<u8> {
    text.chars().map(|c| windows_1252(c).unwrap_or(b'?')).collect()
}

/// `text` broken into lines at most `width` points wide at `size`: at spaces where it can, inside a word
/// longer than a line where it must. Empty text is no line at all.
pub(crate) fn wrap(text: &[u8], font: Font, size: f32, width: f32) -> Vec<Vec<u8>> {
    let mut lines: Vec<Vec<u8>> = Vec::new();
    let mut line: Vec<u8> = Vec::new();
    for word in text.split(|&byte| byte == b' ').filter(|word| !word.is_empty()) {
        let joined = if line.is_empty() {
            font.width(word, size)
        } else {
            font.width(&line, size) + font.width(b" ", size) + font.width(word, size)
        };
        if joined <= width {
            if !line.is_empty() {
                line.push(b' ');
            }
            line.extend_from_slice(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word longer than the line is cut where it reaches the edge.
        for &byte in word {
            if !line.is_empty() && font.width(&line, size) + font.width(&[byte], size) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(byte);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_has_the_signs_of_a_payslip() {
        assert_eq!(encode("3,000.00 × 19/21 days"), b"3,000.00 \xD7 19/21 days");
        assert_eq!(encode("•••• 1234"), b"\x95\x95\x95\x95 1234");
        assert_eq!(encode("€ – ’"), b"\x80 \x96 \x92");
        assert_eq!(encode("Müller"), b"M\xFCller");
    }

    #[test]
    fn other_latin_letters_lose_their_accent_and_other_scripts_are_question_marks() {
        assert_eq!(encode("Łukasz Dąbrowski"), b"Lukasz Dabrowski");
        assert_eq!(encode("Şükrü Ğ ı"), b"S\xFCkr\xFC G i");
        assert_eq!(encode("Štěpán"), b"\x8Atep\xE1n");
        assert_eq!(encode("محمد"), b"????");
        assert_eq!(encode("a\u{81}b\u{1F600}\n"), b"a?b? ");
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_inside_long_words() {
        let lines = wrap(b"one two three four", Font::Regular, 10.0, 45.0);
        assert_eq!(lines, vec![b"one two".to_vec(), b"three four".to_vec()]);
        let long = wrap(b"aaaaaaaaaaaaaaaaaaaa", Font::Regular, 10.0, 30.0);
        assert!(long.len() > 1);
        assert!(long.iter().all(|line| Font::Regular.width(line, 10.0) <= 30.0));
        assert_eq!(long.concat(), b"aaaaaaaaaaaaaaaaaaaa");
        assert!(wrap(b"  ", Font::Regular, 10.0, 30.0).is_empty());
    }
}
