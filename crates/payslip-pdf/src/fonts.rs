//! Helvetica and Helvetica-Bold, two of the standard 14 fonts every PDF reader has, so no font file is
//! embedded: their glyph widths for right-aligning and wrapping, and text as the bytes they show. Arabic
//! text is set in Noto Sans Arabic, embedded (`embedded_font.rs`), of the same weight: a [`Face`] of the
//! [`Font`].
//!
//! The widths are Adobe's, from the Core14 AFM files (`Helvetica.afm`, `Helvetica-Bold.afm`), in
//! thousandths of the font size, for each Windows-1252 code from 0x20 to 0xFF as `WinAnsiEncoding` names
//! its glyph; the five codes Windows-1252 leaves undefined are 0 and never shown.

use pdf_writer::Name;

#[rustfmt::skip]
const HELVETICA: [u16; 224] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // 0x20
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0x30
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 0x40
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 0x50
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // 0x60
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350, // 0x70
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, // 0x80
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, // 0x90
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 0xA0
    400, 584, 333, 333, 333, 578, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 0xB0
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 0xC0
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 0xD0
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, // 0xE0
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500, // 0xF0
];

#[rustfmt::skip]
const HELVETICA_BOLD: [u16; 224] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // 0x20
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0x30
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // 0x40
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // 0x50
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // 0x60
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 350, // 0x70
    556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, // 0x80
    0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, // 0x90
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 0xA0
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 0xB0
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 0xC0
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 0xD0
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, // 0xE0
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556, // 0xF0
];

/// The typeface a piece of text is drawn in, at the weight of its [`Font`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    /// Helvetica in Windows-1252: every payslip's Latin text and figures.
    Standard,
    /// Helvetica in its own (standard) encoding with a `/ToUnicode` map, for the brackets of right-to-left
    /// text: "(" is drawn with the ")" glyph there, yet copied as "(".
    Mirrored,
    /// Noto Sans Arabic, embedded: Arabic letters and the spaces and punctuation between them.
    Embedded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Font {
    Regular,
    Bold,
}

impl Font {
    pub(crate) const ALL: [Font; 2] = [Font::Regular, Font::Bold];

    /// The name a page's resources give the font.
    pub(crate) fn resource(self) -> Name<'static> {
        match self {
            Font::Regular => Name(b"F1"),
            Font::Bold => Name(b"F2"),
        }
    }

    /// The name a page's resources give the font in `face`.
    pub(crate) fn resource_in(self, face: Face) -> Name<'static> {
        match (face, self) {
            (Face::Standard, _) => self.resource(),
            (Face::Embedded, Font::Regular) => Name(b"F3"),
            (Face::Embedded, Font::Bold) => Name(b"F4"),
            (Face::Mirrored, Font::Regular) => Name(b"F5"),
            (Face::Mirrored, Font::Bold) => Name(b"F6"),
        }
    }

    pub(crate) fn base_font(self) -> Name<'static> {
        match self {
            Font::Regular => Name(b"Helvetica"),
            Font::Bold => Name(b"Helvetica-Bold"),
        }
    }

    /// The width of `text` (Windows-1252 bytes) at `size` points.
    pub(crate) fn width(self, text: &[u8], size: f32) -> f32 {
        let table = match self {
            Font::Regular => &HELVETICA,
            Font::Bold => &HELVETICA_BOLD,
        };
        let thousandths: u32 = text
            .iter()
            .map(|&byte| byte.checked_sub(0x20).map_or(0, |index| u32::from(table[usize::from(index)])))
            .sum();
        thousandths as f32 * size / 1000.0
    }
}

/// How a piece of text is set.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    pub font: Font,
    pub size: f32,
    pub grey: f32,
}

impl Style {
    pub(crate) const fn new(font: Font, size: f32, grey: f32) -> Style {
        Style { font, size, grey }
    }

    pub(crate) fn width(self, text: &[u8]) -> f32 {
        self.font.width(text, self.size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_adobes() {
        // Helvetica: space 278, digits 556, "i" 222, "W" 944; Helvetica-Bold: "i" 278, "×" (0xD7) 584.
        assert_eq!(Font::Regular.width(b" ", 1000.0), 278.0);
        assert_eq!(Font::Regular.width(b"0123456789", 10.0), 55.6);
        assert_eq!(Font::Regular.width(b"iW", 1000.0), 1166.0);
        assert_eq!(Font::Bold.width(b"i\xD7", 1000.0), 862.0);
        assert_eq!(Font::Regular.width(b"\x80", 1000.0), 556.0, "the euro sign");
    }
}
