//! Text set for the page: measured, placed and, on a right-to-left payslip, ordered and shaped.
//!
//! A left-to-right payslip (English, German, French, Spanish, Portuguese) sets every text as it always
//! has: one run of Windows-1252 bytes in Helvetica (`text.rs`), so its PDF is the same bytes as before.
//!
//! A right-to-left payslip (Arabic) sets each line in three steps:
//! 1. **Order**, with the Unicode bidi algorithm (`unicode-bidi`): the paragraph runs in the direction of
//!    its first strong letter (isolated names skipped, as the catalogue's placeables are isolated), else
//!    right to left; each character gets its level, and the level runs their visual order. Western
//!    digits stay as they are (the product writes amounts with them, as Gulf payslips commonly do), and a
//!    number or a Latin name keeps its own left-to-right order inside Arabic.
//! 2. **A typeface for each character**: Noto Sans Arabic ([`Face::Embedded`]) for what Helvetica cannot
//!    write and for what the font has at right-to-left levels (Arabic letters and marks, the spaces and
//!    punctuation between them); Helvetica for the rest (Latin names, figures), a bracket at a
//!    right-to-left level in the mirrored Helvetica.
//! 3. **Shaping** of each Noto run with rustybuzz, HarfBuzz's algorithm: joining forms, the lam-alef
//!    ligature, marks placed over and under their letters.
//!
//! The glyphs are drawn where the visual order puts them but written to the page in the order of the text
//! (each Noto glyph placed on its own), so a reader that takes text in content order, as lopdf does, or
//! copies it, gets the Arabic as it is written rather than as it is drawn.

use crate::embedded_font::{self, MIRRORED};
use crate::fonts::{Face, Style};
use crate::text::{encode, windows_1252, wrap};
use okta_hr_i18n::Language;
use std::borrow::Cow;
use std::ops::Range;
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

/// A line of text set in a style: what to draw, where on the line, and how wide it is.
#[derive(Debug, Clone)]
pub(crate) struct Shaped {
    pub style: Style,
    pub width: f32,
    /// In the order of the text, not of the line.
    pub pieces: Vec<Piece>,
}

/// Something drawn at `x` from the line's start, `rise` above its baseline; it stands for the text from
/// byte `start` of the line's and moves the pen `advance` (a mark over a letter does not move it).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Piece {
    pub x: f32,
    pub rise: f32,
    pub glyphs: Glyphs,
    pub start: usize,
    pub advance: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Glyphs {
    /// Windows-1252 bytes in Helvetica.
    Standard(Vec<u8>),
    /// A bracket of right-to-left text in the mirrored Helvetica: the code of the glyph drawn.
    Mirrored(u8),
    /// A glyph of Noto Sans Arabic, and the text it stands for.
    Embedded { glyph: u16, text: Box<str> },
}

impl Glyphs {
    pub(crate) fn face(&self) -> Face {
        match self {
            Glyphs::Standard(_) => Face::Standard,
            Glyphs::Mirrored(_) => Face::Mirrored,
            Glyphs::Embedded { .. } => Face::Embedded,
        }
    }
}

impl Shaped {
    /// Windows-1252 `bytes` in Helvetica, as every left-to-right payslip sets its text.
    pub(crate) fn standard(bytes: Vec<u8>, style: Style) -> Shaped {
        let width = style.width(&bytes);
        let pieces = if bytes.is_empty() {
            Vec::new()
        } else {
            vec![Piece { x: 0.0, rise: 0.0, glyphs: Glyphs::Standard(bytes), start: 0, advance: width }]
        };
        Shaped { style, width, pieces }
    }

    pub(crate) fn empty(style: Style) -> Shaped {
        Shaped { style, width: 0.0, pieces: Vec::new() }
    }
}

/// How a payslip sets its text: as Helvetica's Windows-1252 alone, or ordered and shaped for Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Typesetter {
    right_to_left: bool,
    /// How the language groups thousands and marks decimals: (',', '.') in English.
    separators: (char, char),
}

impl Typesetter {
    pub(crate) fn new(language: Language) -> Typesetter {
        // Gulf payslips write figures as English does; the continent's languages group with a point (French
        // with a no-break space, which Windows-1252 has) and mark decimals with a comma.
        let separators = match language {
            Language::En | Language::Ar => (',', '.'),
            Language::Fr => ('\u{a0}', ','),
            Language::De | Language::Es | Language::PtBr => ('.', ','),
        };
        Typesetter { right_to_left: language.is_right_to_left(), separators }
    }

    /// A number payroll wrote ("4,250.00", "18.5", "EUR 4,205.00") as the language writes it
    /// ("4.250,00" in German), set as a figure.
    pub(crate) fn number(self, written: &str, style: Style) -> Shaped {
        let (group, decimal) = self.separators;
        let local: String = written
            .chars()
            .map(|c| match c {
                ',' => group,
                '.' => decimal,
                other => other,
            })
            .collect();
        self.figure(&local, style)
    }

    /// Whether the page is laid out from the right.
    pub(crate) fn is_right_to_left(self) -> bool {
        self.right_to_left
    }

    /// `text` on one line, however wide.
    pub(crate) fn line(self, text: &str, style: Style) -> Shaped {
        if !self.right_to_left {
            return Shaped::standard(encode(text), style);
        }
        let text = clean(text);
        set(&text, style, paragraph_level(&text))
    }

    /// A figure (an amount, a masked account), left to right on every payslip: "-190.00" keeps its sign
    /// on the left in Arabic too.
    pub(crate) fn figure(self, text: &str, style: Style) -> Shaped {
        Shaped::standard(encode(text), style)
    }

    /// A figure wrapped to `width`, each line left to right as [`Typesetter::figure`] sets it.
    pub(crate) fn wrap_figure(self, text: &str, style: Style, width: f32) -> Vec<Shaped> {
        let lines = wrap(&encode(text), style.font, style.size, width);
        lines.into_iter().map(|line| Shaped::standard(line, style)).collect()
    }

    /// `text` broken into lines at most `width` wide: at spaces where it can, inside a word longer than a
    /// line where it must. Empty text is no line at all.
    pub(crate) fn wrap(self, text: &str, style: Style, width: f32) -> Vec<Shaped> {
        if !self.right_to_left {
            return self.wrap_figure(text, style, width);
        }
        let text = clean(text);
        let words: Vec<&str> = text.split(' ').filter(|word| !word.is_empty()).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let level = paragraph_level(&text);
        // Most texts fit: set once.
        let whole = set(&words.join(" "), style, level);
        if whole.width <= width {
            return vec![whole];
        }
        let space = set(" ", style, level).width;
        let mut lines: Vec<String> = Vec::new();
        let (mut line, mut line_width) = (String::new(), 0.0);
        for word in words {
            let word_width = set(word, style, level).width;
            if line.is_empty() && word_width <= width || line_width + space + word_width <= width {
                if !line.is_empty() {
                    line.push(' ');
                    line_width += space;
                }
                line.push_str(word);
                line_width += word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word longer than the line is cut where it reaches the edge.
            let mut rest = word;
            loop {
                let shaped = set(rest, style, level);
                if shaped.width <= width {
                    (line, line_width) = (rest.to_owned(), shaped.width);
                    break;
                }
                let cut = longest_fitting(rest, &shaped, level, width);
                lines.push(rest[..cut].to_owned());
                rest = &rest[cut..];
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines.iter().map(|line| set(line, style, level)).collect()
    }

    /// The first line of `text` as it fits `width`.
    pub(crate) fn first_line(self, text: &str, style: Style, width: f32) -> Shaped {
        self.wrap(text, style, width).into_iter().next().unwrap_or_else(|| Shaped::empty(style))
    }

    /// `text` to be put inside words of the page's language: isolated (U+2068 … U+2069) on a right-to-left
    /// page, so that a Latin name does not take the words around it into its direction; as it is on a
    /// left-to-right one.
    pub(crate) fn isolate(self, text: &str) -> Cow<'_, str> {
        if self.right_to_left { Cow::Owned(format!("\u{2068}{text}\u{2069}")) } else { Cow::Borrowed(text) }
    }
}

/// The length of the longest start of `word` (`shaped` on one line) that fits `width`, cut between
/// characters of Helvetica or clusters of Noto glyphs (a letter with its marks, a ligature); at least one.
fn longest_fitting(word: &str, shaped: &Shaped, level: Level, width: f32) -> usize {
    // Where each cut would fall, and the width before it, from the pieces' advances in the text's order.
    let mut cuts: Vec<(usize, f32)> = Vec::new();
    let mut used = 0.0;
    for (index, piece) in shaped.pieces.iter().enumerate() {
        match &piece.glyphs {
            Glyphs::Standard(bytes) => {
                for ((at, c), byte) in word[piece.start..].char_indices().zip(bytes) {
                    used += shaped.style.width(&[*byte]);
                    cuts.push((piece.start + at + c.len_utf8(), used));
                }
            }
            _ => {
                used += piece.advance;
                let end = shaped.pieces[index + 1..].iter().map(|next| next.start).find(|&next| next > piece.start);
                match cuts.last_mut() {
                    Some(last) if last.0 > piece.start => last.1 = used,
                    _ => cuts.push((end.unwrap_or(word.len()), used)),
                }
            }
        }
    }
    let fitting = cuts.iter().take_while(|(_, used)| *used <= width).count().max(1);
    // Letters cut from the rest of their word take other forms: step back while the start is too wide.
    let mut count = fitting;
    while count > 1 && set(&word[..cuts[count - 1].0], shaped.style, level).width > width {
        count -= 1;
    }
    cuts.get(count - 1).map_or(word.len(), |(cut, _)| *cut)
}

/// Line breaks, tabs and the other separators of paragraphs and segments become spaces: a line is one
/// paragraph.
fn clean(text: &str) -> Cow<'_, str> {
    let separator = |c: char| matches!(bidi_class(c), BidiClass::B | BidiClass::S);
    if text.contains(separator) { Cow::Owned(text.replace(separator, " ")) } else { Cow::Borrowed(text) }
}

/// Right to left unless the text's first strong letter is left to right.
fn paragraph_level(text: &str) -> Level {
    match unicode_bidi::get_base_direction(text) {
        unicode_bidi::Direction::Ltr => Level::ltr(),
        _ => Level::rtl(),
    }
}

/// Characters not drawn: the bidi algorithm's controls and other invisible formatting.
fn invisible(c: char) -> bool {
    use BidiClass::*;
    matches!(bidi_class(c), BN | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI)
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{61C}')
}

/// Zero-width (non-)joiners steer Arabic joining: they stay in a Noto run.
fn joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// The face `c` is set in at a level of this direction.
fn face_of(c: char, style: Style, right_to_left: bool) -> Face {
    let noto = embedded_font::face(style.font).glyph_index(c).is_some();
    let helvetica = windows_1252(c).is_some();
    if noto && (right_to_left || !helvetica) {
        Face::Embedded
    } else if right_to_left && MIRRORED.iter().any(|(written, _)| *written == c) {
        Face::Mirrored
    } else {
        Face::Standard
    }
}

/// The runs of one face in `range` of `text`, in the order of the text; invisible characters end a run
/// and are left out (joiners inside a Noto run excepted).
fn segments(text: &str, range: Range<usize>, style: Style, right_to_left: bool) -> Vec<(Face, Range<usize>)> {
    let mut segments: Vec<(Face, Range<usize>)> = Vec::new();
    let mut open = false;
    for (at, c) in text[range.clone()].char_indices() {
        let (start, end) = (range.start + at, range.start + at + c.len_utf8());
        let face = match segments.last() {
            Some((Face::Embedded, _)) if open && joiner(c) => Face::Embedded,
            _ if invisible(c) => {
                open = false;
                continue;
            }
            _ => face_of(c, style, right_to_left),
        };
        match segments.last_mut() {
            Some((last, run)) if open && *last == face => run.end = end,
            _ => segments.push((face, start..end)),
        }
        open = true;
    }
    segments
}

/// `text` set on one line in a paragraph of `level`.
fn set(text: &str, style: Style, level: Level) -> Shaped {
    let text = clean(text);
    if text.is_empty() {
        return Shaped::empty(style);
    }
    let info = ParagraphBidiInfo::new(&text, Some(level));
    let (levels, runs) = info.visual_runs(0..text.len());
    let mut pen = 0.0;
    // Sorted by where they start in the text at the end.
    let mut pieces: Vec<Piece> = Vec::new();
    for run in runs {
        let right_to_left = levels[run.start].is_rtl();
        let mut segments = segments(&text, run, style, right_to_left);
        if right_to_left {
            segments.reverse();
        }
        for (face, range) in segments {
            match face {
                Face::Embedded => shape(&text, range, style, right_to_left, &mut pen, &mut pieces),
                // Left to right, a run of Helvetica is one piece.
                Face::Standard if !right_to_left => {
                    let bytes = encode(&text[range.clone()]);
                    let advance = style.width(&bytes);
                    let glyphs = Glyphs::Standard(bytes);
                    pieces.push(Piece { x: pen, rise: 0.0, glyphs, start: range.start, advance });
                    pen += advance;
                }
                // Right to left, each character on its own, from the right.
                Face::Standard | Face::Mirrored => {
                    for (at, c) in text[range.clone()].char_indices().rev() {
                        let byte = windows_1252(c).unwrap_or(b'?');
                        let glyphs = match MIRRORED.iter().find(|(written, _)| *written == c) {
                            Some((_, drawn)) => Glyphs::Mirrored(*drawn),
                            None => Glyphs::Standard(vec![byte]),
                        };
                        let advance = style.width(&[byte]);
                        pieces.push(Piece { x: pen, rise: 0.0, glyphs, start: range.start + at, advance });
                        pen += advance;
                    }
                }
            }
        }
    }
    pieces.sort_by_key(|piece| piece.start);
    Shaped { style, width: pen, pieces }
}

/// Shapes `range` of `text` in Noto Sans Arabic from `pen` on, adding a piece for each glyph.
fn shape(text: &str, range: Range<usize>, style: Style, right_to_left: bool, pen: &mut f32, pieces: &mut Vec<Piece>) {
    let run = &text[range.clone()];
    let shaped = embedded_font::shape(style.font, run, right_to_left);
    let scale = style.size / embedded_font::face(style.font).units_per_em() as f32;

    // Where each cluster's text ends: at the next cluster's start.
    let mut starts: Vec<usize> = shaped.glyph_infos().iter().map(|info| info.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| starts.iter().find(|&&next| next > start).copied().unwrap_or(run.len());

    let glyphs = shaped.glyph_infos().iter().zip(shaped.glyph_positions());
    let mut placed: Vec<(usize, u16, f32, f32, f32)> = Vec::new();
    for (info, position) in glyphs {
        let (x, rise) = (*pen + position.x_offset as f32 * scale, position.y_offset as f32 * scale);
        let advance = position.x_advance as f32 * scale;
        placed.push((info.cluster as usize, u16::try_from(info.glyph_id).unwrap_or(0), x, rise, advance));
        *pen += advance;
    }
    // A cluster's glyphs, in the text's order (right to left, HarfBuzz gives them reversed), share its
    // characters: one each, the last glyph the rest.
    for cluster in placed.chunk_by_mut(|a, b| a.0 == b.0) {
        if right_to_left {
            cluster.reverse();
        }
        let cluster_start = cluster[0].0;
        let mut chars = run[cluster_start..end_of(cluster_start)].chars();
        let count = cluster.len();
        for (place, &mut (_, glyph, x, rise, advance)) in cluster.iter_mut().enumerate() {
            let text: String =
                if place + 1 < count { chars.next().into_iter().collect() } else { chars.by_ref().collect() };
            let glyphs = Glyphs::Embedded { glyph, text: text.into() };
            pieces.push(Piece { x, rise, glyphs, start: range.start + cluster_start, advance });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Font;

    const STYLE: Style = Style::new(Font::Regular, 10.0, 0.0);
    const ARABIC: Typesetter = Typesetter { right_to_left: true, separators: (',', '.') };
    const ENGLISH: Typesetter = Typesetter { right_to_left: false, separators: (',', '.') };

    /// The text a piece stands for, as a reader copies it.
    fn text(shaped: &Shaped) -> String {
        shaped
            .pieces
            .iter()
            .map(|piece| match &piece.glyphs {
                Glyphs::Standard(bytes) => bytes.iter().map(|&byte| char::from(byte)).collect(),
                Glyphs::Mirrored(drawn) => MIRRORED.iter().find(|(_, code)| code == drawn).unwrap().0.to_string(),
                Glyphs::Embedded { text, .. } => text.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_left_to_right_payslip_sets_windows_1252_as_before() {
        let shaped = ENGLISH.line("Net pay", STYLE);
        let advance = STYLE.width(b"Net pay");
        let piece = Piece { x: 0.0, rise: 0.0, glyphs: Glyphs::Standard(b"Net pay".to_vec()), start: 0, advance };
        assert_eq!(shaped.pieces, [piece]);
        assert_eq!(shaped.width, STYLE.width(b"Net pay"));
        assert!(ENGLISH.line("", STYLE).pieces.is_empty());
        assert_eq!(ENGLISH.isolate("Ada"), "Ada");
    }

    #[test]
    fn arabic_is_shaped_drawn_from_the_right_and_kept_in_the_order_it_is_written() {
        let shaped = ARABIC.line("صافي الراتب", STYLE);
        assert_eq!(text(&shaped), "صافي الراتب");
        assert!(shaped.pieces.iter().all(|piece| piece.glyphs.face() == Face::Embedded));
        // The first letter written is the rightmost drawn.
        let first = &shaped.pieces[0];
        assert!(shaped.pieces.iter().all(|piece| piece.x <= first.x));
        assert!(shaped.width > 40.0 && shaped.width < 70.0, "{}", shaped.width);
        // Joined: "ص" at the start of a word is not the glyph of "ص" alone.
        let alone = ARABIC.line("ص", STYLE);
        assert_ne!(shaped.pieces[0].glyphs, alone.pieces[0].glyphs);
    }

    #[test]
    fn lam_alef_is_one_glyph_standing_for_both_letters() {
        let shaped = ARABIC.line("الاستقطاعات", STYLE);
        assert_eq!(text(&shaped), "الاستقطاعات");
        assert!(shaped.pieces.len() < "الاستقطاعات".chars().count());
        assert!(
            shaped.pieces.iter().any(|piece| matches!(&piece.glyphs, Glyphs::Embedded { text, .. } if &**text == "لا"))
        );
    }

    #[test]
    fn marks_sit_on_their_letters_and_are_read_back_in_order() {
        let shaped = ARABIC.line("يُحوَّل إلى", STYLE);
        assert_eq!(text(&shaped), "يُحوَّل إلى");
    }

    #[test]
    fn latin_and_figures_keep_helvetica_and_their_direction_inside_arabic() {
        let shaped = ARABIC.line("الرقم الوظيفي \u{2068}E-0042\u{2069}", STYLE);
        assert_eq!(text(&shaped), "الرقم الوظيفي E-0042");
        let latin = shaped.pieces.iter().find(|piece| piece.glyphs == Glyphs::Standard(b"E-0042".to_vec())).unwrap();
        // Drawn on the left of the Arabic words.
        assert!(
            shaped.pieces.iter().filter(|piece| piece.glyphs.face() == Face::Embedded).all(|piece| piece.x > latin.x)
        );
        // A Latin name alone is a left-to-right line in Helvetica.
        let name = ARABIC.line("Ada Lovelace", STYLE);
        assert_eq!(name.pieces, ENGLISH.line("Ada Lovelace", STYLE).pieces);
        assert_eq!(ARABIC.figure("-190.00", STYLE).pieces, ENGLISH.line("-190.00", STYLE).pieces);
    }

    #[test]
    fn brackets_of_right_to_left_text_are_mirrored_and_read_back_as_written() {
        let shaped = ARABIC.line("المبلغ (EUR)", STYLE);
        assert_eq!(text(&shaped), "المبلغ (EUR)");
        let drawn: Vec<u8> = shaped
            .pieces
            .iter()
            .filter_map(|piece| match piece.glyphs {
                Glyphs::Mirrored(code) => Some(code),
                _ => None,
            })
            .collect();
        assert_eq!(drawn, b")(", "'(' is drawn as ')' and written first");
    }

    #[test]
    fn arabic_wraps_at_spaces_within_the_width() {
        let note = "تُصرف مع هذه القسيمة مقدمًا من رواتب قادمة، وليست من إجمالي الراتب";
        let lines = ARABIC.wrap(note, STYLE, 100.0);
        assert!(lines.len() > 2, "{} lines", lines.len());
        assert!(lines.iter().all(|line| line.width <= 100.0));
        let rejoined: Vec<String> = lines.iter().map(text).collect();
        assert_eq!(rejoined.join(" "), note);
        let long = "ب".repeat(200);
        let lines = ARABIC.wrap(&long, STYLE, 50.0);
        assert!(lines.len() > 1 && lines.iter().all(|line| line.width <= 50.0));
        assert_eq!(lines.iter().map(text).collect::<String>(), long);
        assert!(ARABIC.wrap(" \n ", STYLE, 50.0).is_empty());
    }

    #[test]
    fn invisible_controls_are_not_drawn() {
        let shaped = ARABIC.line("صفحة \u{2068}1\u{2069} من \u{2068}2\u{2069}\u{200F}", STYLE);
        assert_eq!(text(&shaped), "صفحة 1 من 2");
    }
}
