//! Noto Sans Arabic, Regular and Bold (SIL Open Font License, `fonts/OFL.txt`), compiled in, and written
//! into a PDF with only the glyphs the payslip used.
//!
//! Each font in use is a Type0 font with `Identity-H` encoding over a `CIDFontType2` (TrueType outlines):
//! two bytes per glyph on the page. CIDs are handed out in order of first use, one for each glyph *and the
//! text it stands for* (a glyph may stand for more than one text: the lam-alef ligature for "لا" and for
//! "ﻻ"), so the `/ToUnicode` map gives every glyph on the page exactly its text; a `/CIDToGIDMap` stream
//! takes each CID to its glyph in the subset that `subsetter` makes. The subset's tag (the six letters
//! before "+" in its name) is derived from the glyphs it holds, never random, so the same payslip is the
//! same bytes. A page's Helvetica brackets in right-to-left text go in a second, mirrored Helvetica (see
//! [`Face::Mirrored`]) with a map of its own.

use crate::fonts::{Face, Font};
use miniz_oxide::deflate::compress_to_vec_zlib;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str};
use rustybuzz::ttf_parser::GlyphId;
use rustybuzz::{Direction, GlyphBuffer, ShapePlan, UnicodeBuffer, script};
use std::collections::HashMap;
use std::sync::LazyLock;

const REGULAR: &[u8] = include_bytes!("../fonts/NotoSansArabic-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/NotoSansArabic-Bold.ttf");

/// The fonts parsed once: shaping reads their tables on every line.
static FACES: LazyLock<[rustybuzz::Face<'static>; 2]> = LazyLock::new(|| {
    [REGULAR, BOLD].map(|data| rustybuzz::Face::from_slice(data, 0).expect("the vendored Noto Sans Arabic parses"))
});

/// Arabic shaping plans (the font's lookups for each feature, gathered) for each font, right to left
/// and left to right: made once rather than for every run, which cost more than the shaping itself.
static PLANS: LazyLock<[[ShapePlan; 2]; 2]> = LazyLock::new(|| {
    let plan = |face, direction| ShapePlan::new(face, direction, Some(script::ARABIC), None, &[]);
    FACES.each_ref().map(|face| [plan(face, Direction::RightToLeft), plan(face, Direction::LeftToRight)])
});

const DEFLATE_LEVEL: u8 = 6;

const IDENTITY: SystemInfo<'static> = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };

/// A right-to-left "(" is drawn with the ")" glyph, and so on: (what is written, the StandardEncoding code
/// of the glyph drawn for it).
pub(crate) const MIRRORED: [(char, u8); 12] = [
    ('(', b')'),
    (')', b'('),
    ('[', b']'),
    (']', b'['),
    ('{', b'}'),
    ('}', b'{'),
    ('<', b'>'),
    ('>', b'<'),
    ('«', 0xBB),
    ('»', 0xAB),
    ('‹', 0xAD),
    ('›', 0xAC),
];

fn index(font: Font) -> usize {
    match font {
        Font::Regular => 0,
        Font::Bold => 1,
    }
}

/// The parsed Noto Sans Arabic of `font`'s weight, for shaping and metrics.
pub(crate) fn face(font: Font) -> &'static rustybuzz::Face<'static> {
    &FACES[index(font)]
}

/// `text`, in Arabic script, shaped in Noto Sans Arabic of `font`'s weight.
pub(crate) fn shape(font: Font, text: &str, right_to_left: bool) -> GlyphBuffer {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if right_to_left { Direction::RightToLeft } else { Direction::LeftToRight });
    buffer.set_script(script::ARABIC);
    rustybuzz::shape_with_plan(face(font), &PLANS[index(font)][usize::from(!right_to_left)], buffer)
}

/// The glyphs of one embedded font a document used, each with its text, in order of first use: the
/// glyph at index `i` is CID `i + 1` (CID 0 is `.notdef`).
#[derive(Debug, Default)]
struct Subset {
    glyphs: Vec<(u16, Box<str>)>,
    /// Glyph id → (text, CID) for each text it was used for.
    cids: HashMap<u16, Vec<(Box<str>, u16)>>,
}

impl Subset {
    fn cid(&mut self, glyph: u16, text: &str) -> u16 {
        let known = self.cids.entry(glyph).or_default();
        if let Some((_, cid)) = known.iter().find(|(known, _)| &**known == text) {
            return *cid;
        }
        // Two bytes a glyph: past 65,535 (glyph, text) pairs a glyph keeps the first text it had.
        let Ok(cid) = u16::try_from(self.glyphs.len() + 1) else {
            return known.first().map_or(0, |(_, cid)| *cid);
        };
        known.push((text.into(), cid));
        self.glyphs.push((glyph, text.into()));
        cid
    }

    /// Six capital letters from the glyphs and their texts (FNV-1a), as PDF names a subset.
    fn tag(&self, font: Font) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ index(font) as u64;
        for (glyph, text) in &self.glyphs {
            for byte in glyph.to_be_bytes().iter().chain(text.as_bytes()).chain([&0xFF]) {
                hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        (0..6).map(|place| char::from(b'A' + (hash >> (place * 8) & 0xFF) as u8 % 26)).collect()
    }
}

/// What the pages drew beyond the two standard fonts: glyphs of the embedded fonts, mirrored brackets.
#[derive(Debug, Default)]
pub(crate) struct UsedGlyphs {
    embedded: [Subset; 2],
    mirrored: [bool; 2],
}

impl UsedGlyphs {
    /// The CID that shows `glyph` standing for `text` in Noto Sans Arabic of `font`'s weight.
    pub(crate) fn cid(&mut self, font: Font, glyph: u16, text: &str) -> u16 {
        self.embedded[index(font)].cid(glyph, text)
    }

    pub(crate) fn mirror(&mut self, font: Font) {
        self.mirrored[index(font)] = true;
    }

    /// The fonts to write besides Helvetica, in a fixed order.
    pub(crate) fn fonts(&self) -> Vec<(Face, Font)> {
        let embedded = Font::ALL.into_iter().filter(|&font| !self.embedded[index(font)].glyphs.is_empty());
        let mirrored = Font::ALL.into_iter().filter(|&font| self.mirrored[index(font)]);
        embedded.map(|font| (Face::Embedded, font)).chain(mirrored.map(|font| (Face::Mirrored, font))).collect()
    }

    /// Writes `font` of `face` as [`objects`]`(face)` objects from `first` on.
    pub(crate) fn write(&self, pdf: &mut Pdf, (face, font): (Face, Font), first: Ref) {
        match face {
            Face::Embedded => write_embedded(pdf, font, &self.embedded[index(font)], first),
            Face::Mirrored | Face::Standard => write_mirrored(pdf, font, first),
        }
    }
}

/// How many objects a font of `face` takes: the Type0 font, its CID font, descriptor, program, `/ToUnicode`
/// and `/CIDToGIDMap`; a mirrored Helvetica and its `/ToUnicode`.
pub(crate) fn objects(face: Face) -> i32 {
    match face {
        Face::Embedded => 6,
        Face::Mirrored | Face::Standard => 2,
    }
}

/// Helvetica in StandardEncoding, whose `/ToUnicode` names each bracket glyph as its mirror image.
fn write_mirrored(pdf: &mut Pdf, font: Font, first: Ref) {
    let to_unicode = first.next();
    pdf.type1_font(first).base_font(font.base_font()).to_unicode(to_unicode);
    let mut cmap = UnicodeCmap::<u8>::new(Name(b"Mirrored"), IDENTITY);
    for (written, drawn) in MIRRORED {
        cmap.pair(drawn, written);
    }
    let cmap = compress_to_vec_zlib(&cmap.finish(), DEFLATE_LEVEL);
    pdf.cmap(to_unicode, &cmap).filter(Filter::FlateDecode);
}

/// The font's PostScript name, as its name table gives it.
fn postscript_name(font: Font) -> &'static str {
    match font {
        Font::Regular => "NotoSansArabic-Regular",
        Font::Bold => "NotoSansArabic-Bold",
    }
}

fn write_embedded(pdf: &mut Pdf, font: Font, subset: &Subset, first: Ref) {
    let [type0, cid_font, descriptor, program_id, to_unicode, cid_to_gid] =
        std::array::from_fn(|offset| Ref::new(first.get() + offset as i32));
    let face = face(font);
    let data = [REGULAR, BOLD][index(font)];
    let mut remapper = subsetter::GlyphRemapper::new();
    for (glyph, _) in &subset.glyphs {
        remapper.remap(*glyph);
    }
    // The subset should never fail on the vendored fonts; if it did, the whole font goes in.
    let (program, new_ids): (Vec<u8>, Vec<u16>) = match subsetter::subset(data, 0, &remapper) {
        Ok(program) => (program, subset.glyphs.iter().map(|(glyph, _)| remapper.get(*glyph).unwrap_or(0)).collect()),
        Err(_) => (data.to_vec(), subset.glyphs.iter().map(|(glyph, _)| *glyph).collect()),
    };
    let name = format!("{}+{}", subset.tag(font), postscript_name(font));
    let name = Name(name.as_bytes());
    let units = face.units_per_em() as f32;
    let scale = |value: i16| f32::from(value) * 1000.0 / units;

    pdf.type0_font(type0)
        .base_font(name)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(to_unicode);

    let mut cid = pdf.cid_font(cid_font);
    cid.subtype(CidFontType::Type2).base_font(name).system_info(IDENTITY).font_descriptor(descriptor);
    cid.default_width(0.0).cid_to_gid_map_stream(cid_to_gid);
    let widths = subset.glyphs.iter().map(|(glyph, _)| {
        let advance = face.glyph_hor_advance(GlyphId(*glyph)).unwrap_or(0);
        (f32::from(advance) * 1000.0 / units).round()
    });
    if !subset.glyphs.is_empty() {
        cid.widths().consecutive(1, widths);
    }
    cid.finish();

    let bbox = face.global_bounding_box();
    let weight = f32::from(face.weight().to_number());
    pdf.font_descriptor(descriptor)
        .name(name)
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(scale(bbox.x_min), scale(bbox.y_min), scale(bbox.x_max), scale(bbox.y_max)))
        .italic_angle(0.0)
        .ascent(scale(face.ascender()))
        .descent(scale(face.descender()))
        .cap_height(scale(face.capital_height().unwrap_or(face.ascender())))
        // PDF wants the vertical stems' width, which a TrueType font does not give: estimated from the
        // weight class as typst does.
        .stem_v((10.0 + 0.244 * (weight - 50.0)).round())
        .font_file2(program_id);

    let deflated = compress_to_vec_zlib(&program, DEFLATE_LEVEL);
    pdf.stream(program_id, &deflated).filter(Filter::FlateDecode).pair(Name(b"Length1"), program.len() as i32);

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), IDENTITY);
    for (position, (_, text)) in subset.glyphs.iter().enumerate() {
        // A glyph that stands for no text of its own (a font's decomposition) gets no entry.
        if !text.is_empty() {
            cmap.pair_with_multiple(position as u16 + 1, text.chars());
        }
    }
    let cmap = compress_to_vec_zlib(&cmap.finish(), DEFLATE_LEVEL);
    pdf.cmap(to_unicode, &cmap).filter(Filter::FlateDecode);

    let map: Vec<u8> = std::iter::once(0).chain(new_ids).flat_map(u16::to_be_bytes).collect();
    let map = compress_to_vec_zlib(&map, DEFLATE_LEVEL);
    pdf.stream(cid_to_gid, &map).filter(Filter::FlateDecode);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glyph_gets_a_cid_for_each_text_it_stands_for() {
        let mut used = UsedGlyphs::default();
        assert!(used.fonts().is_empty());
        assert_eq!(used.cid(Font::Regular, 704, "لا"), 1);
        assert_eq!(used.cid(Font::Regular, 46, "ا"), 2);
        assert_eq!(used.cid(Font::Regular, 704, "ﻻ"), 3);
        assert_eq!(used.cid(Font::Regular, 704, "لا"), 1);
        assert_eq!(used.cid(Font::Bold, 46, "ا"), 1, "each font counts its own");
        used.mirror(Font::Bold);
        assert_eq!(
            used.fonts(),
            [(Face::Embedded, Font::Regular), (Face::Embedded, Font::Bold), (Face::Mirrored, Font::Bold)]
        );
    }

    #[test]
    fn the_subset_tag_is_six_capitals_from_the_glyphs() {
        let mut used = UsedGlyphs::default();
        used.cid(Font::Regular, 46, "ا");
        let tag = used.embedded[0].tag(Font::Regular);
        assert_eq!(tag.len(), 6);
        assert!(tag.bytes().all(|byte| byte.is_ascii_uppercase()));
        assert_eq!(tag, used.embedded[0].tag(Font::Regular));
        used.cid(Font::Regular, 47, "ل");
        assert_ne!(tag, used.embedded[0].tag(Font::Regular));
    }
}
