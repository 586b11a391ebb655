//! A4 pages filled from the top: a cursor that moves down, a new page when the next block does not fit,
//! and the few marks a payslip is drawn with (text, rules, shaded bands). Points throughout, the origin
//! at the bottom left as PDF has it.
//!
//! The rest of the crate lays a page out left to right; a right-to-left payslip's pages are its mirror
//! image, drawn here: text that starts at `x` ends at `PAGE_WIDTH - x`, a right-aligned amount starts at
//! `PAGE_WIDTH - right`, the logo goes top left. The margins are the same on both sides, so the text
//! column stays where it is.

use crate::embedded_font::UsedGlyphs;
use crate::fonts::{Face, Font, Style};
use crate::shaping::{Glyphs, Piece, Shaped, Typesetter};
use pdf_writer::{Content, Str};

pub(crate) const PAGE_WIDTH: f32 = 595.28;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
pub(crate) const MARGIN: f32 = 42.0;
pub(crate) const LEFT: f32 = MARGIN;
pub(crate) const RIGHT: f32 = PAGE_WIDTH - MARGIN;
/// Nothing but the footer goes below this.
const BOTTOM: f32 = MARGIN + 24.0;
const TOP: f32 = PAGE_HEIGHT - MARGIN;

/// Black, the explanations' grey, the rules' grey and the bands' shade.
pub(crate) const INK: f32 = 0.0;
pub(crate) const GREY: f32 = 0.4;
pub(crate) const RULE: f32 = 0.8;
pub(crate) const SHADE: f32 = 0.93;

/// Small grey words: column heads, labels, the running head and the footer.
pub(crate) const SMALL: Style = Style::new(Font::Regular, 8.0, GREY);

/// What a page after the first starts with.
pub(crate) struct Continuation {
    /// A line naming whose payslip this is, so a loose page is never anonymous.
    pub running_head: Shaped,
    /// The table's column heads, repeated while the table goes on: (description, amount).
    pub column_heads: Option<(Shaped, Shaped)>,
}

pub(crate) struct Pages {
    done: Vec<Content>,
    current: Content,
    /// Where the next block's top goes.
    pub y: f32,
    /// `y` on a fresh page, after its head: a block taller than a page starts there and is cut.
    fresh_y: f32,
    pub continuation: Continuation,
    /// How the payslip sets its text, and which way its pages read.
    pub set: Typesetter,
    glyphs: UsedGlyphs,
}

impl Pages {
    pub(crate) fn new(set: Typesetter, running_head: Shaped) -> Pages {
        Pages {
            done: Vec::new(),
            current: Content::new(),
            y: TOP,
            fresh_y: TOP,
            continuation: Continuation { running_head, column_heads: None },
            set,
            glyphs: UsedGlyphs::default(),
        }
    }

    /// Starts a new page unless `height` fits above the footer (or this page has nothing on it yet).
    pub(crate) fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM && self.y < self.fresh_y {
            self.new_page();
        }
    }

    fn new_page(&mut self) {
        self.done.push(std::mem::replace(&mut self.current, Content::new()));
        self.y = TOP;
        let head = self.continuation.running_head.clone();
        self.text(LEFT, self.y - 8.0, &head);
        self.y -= 14.0;
        self.rule(self.y, 0.5, RULE);
        self.y -= 10.0;
        if let Some((description, amount)) = self.continuation.column_heads.take() {
            self.column_heads(&description, &amount);
            self.continuation.column_heads = Some((description, amount));
        }
        self.fresh_y = self.y;
    }

    /// The table's column heads: small grey words over a rule.
    pub(crate) fn column_heads(&mut self, description: &Shaped, amount: &Shaped) {
        let baseline = self.y - 9.0;
        self.text(LEFT + 4.0, baseline, description);
        self.text_right(RIGHT, baseline, amount);
        self.y -= 13.0;
        self.rule(self.y, 0.5, INK);
        self.y -= 2.0;
    }

    /// The pages drawn, the last one included, each with its footer: `whose` payslip it is on the left
    /// and `page(n, count)` ("Page 2 of 3") on the right (mirrored right to left); and the glyphs drawn.
    pub(crate) fn finish(
        mut self,
        whose: &Shaped,
        page: impl Fn(usize, usize) -> Shaped,
    ) -> (Vec<Content>, UsedGlyphs) {
        self.done.push(self.current);
        let count = self.done.len();
        let right_to_left = self.set.is_right_to_left();
        for (index, content) in self.done.iter_mut().enumerate() {
            let page = page(index + 1, count);
            draw_text(content, &mut self.glyphs, starting(right_to_left, LEFT, whose.width), MARGIN, whose);
            draw_text(content, &mut self.glyphs, ending(right_to_left, RIGHT, page.width), MARGIN, &page);
        }
        (self.done, self.glyphs)
    }

    /// `text` with its baseline at `y`, starting at `x`.
    pub(crate) fn text(&mut self, x: f32, y: f32, text: &Shaped) {
        let x = starting(self.set.is_right_to_left(), x, text.width);
        draw_text(&mut self.current, &mut self.glyphs, x, y, text);
    }

    /// `text` with its baseline at `y`, ending at `right`.
    pub(crate) fn text_right(&mut self, right: f32, y: f32, text: &Shaped) {
        let x = ending(self.set.is_right_to_left(), right, text.width);
        draw_text(&mut self.current, &mut self.glyphs, x, y, text);
    }

    /// A horizontal rule across the text column.
    pub(crate) fn rule(&mut self, y: f32, width: f32, grey: f32) {
        self.current.set_stroke_gray(grey).set_line_width(width).move_to(LEFT, y).line_to(RIGHT, y).stroke();
    }

    /// A shaded band across the text column from `top` down `height`.
    pub(crate) fn band(&mut self, top: f32, height: f32, grey: f32) {
        self.current.set_fill_gray(grey).rect(LEFT, top - height, RIGHT - LEFT, height).fill_nonzero();
    }

    /// A thin frame from (`x`, `top`), `width` wide and `height` down.
    pub(crate) fn frame_at(&mut self, x: f32, top: f32, width: f32, height: f32, grey: f32) {
        let x = starting(self.set.is_right_to_left(), x, width);
        self.current.set_stroke_gray(grey).set_line_width(0.75).rect(x, top - height, width, height).stroke();
    }

    /// Draws the image named `name` with its top right corner at (`right`, `top`).
    pub(crate) fn image(&mut self, name: pdf_writer::Name, right: f32, top: f32, width: f32, height: f32) {
        let right = ending(self.set.is_right_to_left(), right, width) + width;
        self.current
            .save_state()
            .transform([width, 0.0, 0.0, height, right - width, top - height])
            .x_object(name)
            .restore_state();
    }
}

/// Where something `width` wide that starts at `x` on a left-to-right page starts on this page.
fn starting(right_to_left: bool, x: f32, width: f32) -> f32 {
    if right_to_left { PAGE_WIDTH - x - width } else { x }
}

/// Where something `width` wide that ends at `right` on a left-to-right page starts on this page.
fn ending(right_to_left: bool, right: f32, width: f32) -> f32 {
    if right_to_left { PAGE_WIDTH - right } else { right - width }
}

fn draw_text(content: &mut Content, glyphs: &mut UsedGlyphs, x: f32, y: f32, text: &Shaped) {
    let style = text.style;
    match text.pieces.as_slice() {
        [] => {}
        // One run of Helvetica: as every left-to-right payslip has always been written.
        [Piece { x: 0.0, rise: 0.0, glyphs: Glyphs::Standard(bytes), .. }] => {
            content.set_fill_gray(style.grey);
            content.begin_text();
            content.set_font(style.font.resource(), style.size);
            content.next_line(x, y);
            content.show(Str(bytes));
            content.end_text();
        }
        // Each piece placed where the line puts it, in the order of the text.
        pieces => {
            content.set_fill_gray(style.grey);
            content.begin_text();
            let mut current: Option<Face> = None;
            for piece in pieces {
                let face = piece.glyphs.face();
                if current != Some(face) {
                    content.set_font(style.font.resource_in(face), style.size);
                    current = Some(face);
                }
                content.set_text_matrix([1.0, 0.0, 0.0, 1.0, x + piece.x, y + piece.rise]);
                match &piece.glyphs {
                    Glyphs::Standard(bytes) => content.show(Str(bytes)),
                    Glyphs::Mirrored(code) => {
                        glyphs.mirror(style.font);
                        content.show(Str(&[*code]))
                    }
                    Glyphs::Embedded { glyph, text } => {
                        content.show(Str(&glyphs.cid(style.font, *glyph, text).to_be_bytes()))
                    }
                };
            }
            content.end_text();
        }
    }
}
