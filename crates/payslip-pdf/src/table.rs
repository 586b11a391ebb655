//! The payslip's lines, grouped: a section per kind of line, each line its name, its explanation in small
//! grey words under it and its amount on the right, and the section's total. Lines marked hidden are left
//! out (their component is zero and hidden when zero; they stay in the totals, where they add nothing).
//! A section that goes past the page goes on on the next one, under the column heads again.

use crate::figures::money;
use crate::fonts::Font;
use crate::fonts::Style;
use crate::layout::{GREY, INK, LEFT, Pages, RIGHT, RULE, SHADE, SMALL};
use crate::shaping::{Shaped, Typesetter};
use okta_hr_payroll::compute::{LineKind, PayslipLine};
use rust_decimal::Decimal;

const NAME: Style = Style::new(Font::Regular, 10.0, INK);
const EXPLANATION: Style = Style::new(Font::Regular, 8.0, GREY);
const HEADING: Style = Style::new(Font::Bold, 10.0, INK);
const TOTAL: Style = Style::new(Font::Bold, 10.0, INK);

const NAME_LEADING: f32 = 12.0;
const EXPLANATION_LEADING: f32 = 10.0;
const PADDING: f32 = 3.0;
/// A section heading's shaded band.
const BAND: f32 = 16.0;
/// Lines are indented under their section's heading.
const INDENT: f32 = 8.0;
/// Room kept for amounts, so descriptions wrap before them; a longer amount takes more.
const AMOUNT_WIDTH: f32 = 90.0;
const GAP: f32 = 12.0;

/// One section of the table: which lines, and what its heading and total say.
pub(crate) struct Section<'a> {
    pub kind: LineKind,
    pub heading: &'a str,
    /// Said under the heading in small grey words.
    pub note: Option<&'a str>,
    pub total_label: &'a str,
    pub total: Decimal,
    /// Drawn even when no line is visible (earnings and deductions always are).
    pub always: bool,
}

/// Starts the table: its column heads now, and again at the top of each page it goes on to, until
/// [`end`].
pub(crate) fn start(pages: &mut Pages, currency: &str, words: &crate::words::Words) {
    let set = pages.set;
    let description = set.line(words.description.as_str(), SMALL);
    let amount = set.line(&format!("{} ({})", words.amount.as_str(), set.isolate(currency)), SMALL);
    pages.ensure(60.0);
    pages.column_heads(&description, &amount);
    pages.continuation.column_heads = Some((description, amount));
}

/// Ends the table: pages after this one have no column heads.
pub(crate) fn end(pages: &mut Pages) {
    pages.continuation.column_heads = None;
}

/// Draws `section` with the visible lines of its kind, if it has any or is always drawn.
pub(crate) fn draw(pages: &mut Pages, lines: &[PayslipLine], section: &Section) {
    let visible: Vec<&PayslipLine> = lines.iter().filter(|line| line.kind == section.kind && !line.hidden).collect();
    if visible.is_empty() && !section.always {
        return;
    }
    // The note goes on the heading's band after it when it fits, under it when it does not.
    let set = pages.set;
    let heading = set.line(section.heading, HEADING);
    let note_x = LEFT + 4.0 + heading.width + 12.0;
    let (beside, below) = match section.note {
        Some(note) => match set.line(note, EXPLANATION) {
            beside if note_x + beside.width <= RIGHT - 4.0 => (Some(beside), Vec::new()),
            _ => (None, set.wrap(note, EXPLANATION, RIGHT - LEFT - INDENT)),
        },
        None => (None, Vec::new()),
    };
    let below_height = below.len() as f32 * EXPLANATION_LEADING;
    // The heading is not left alone at the foot of a page: it goes with its first line.
    let first = visible.first().map_or(0.0, |line| row_height(set, line));
    pages.ensure(BAND + below_height + first + 20.0);

    let top = pages.y;
    pages.band(top, BAND, SHADE);
    pages.text(LEFT + 4.0, top - 11.5, &heading);
    if let Some(note) = beside {
        pages.text(note_x, top - 11.5, &note);
    }
    pages.y -= BAND;
    for line in &below {
        pages.text(LEFT + INDENT, pages.y - 9.0, line);
        pages.y -= EXPLANATION_LEADING;
    }
    for line in visible {
        row(pages, line);
    }
    pages.ensure(20.0);
    total_row(pages, section.total_label, section.total);
    pages.y -= 8.0;
}

/// The wrapped name and explanation of `line`, and its amount.
fn layout(set: Typesetter, line: &PayslipLine) -> (Vec<Shaped>, Vec<Shaped>, Shaped) {
    let amount = set.number(&money(line.amount), NAME);
    let width = RIGHT - LEFT - INDENT - amount.width.max(AMOUNT_WIDTH) - GAP;
    let mut name = set.wrap(&line.name, NAME, width);
    if name.is_empty() {
        name.push(Shaped::empty(NAME));
    }
    let explanation = set.wrap(&line.explanation, EXPLANATION, width);
    (name, explanation, amount)
}

fn row_height(set: Typesetter, line: &PayslipLine) -> f32 {
    let (name, explanation, _) = layout(set, line);
    2.0 * PADDING + name.len() as f32 * NAME_LEADING + explanation.len() as f32 * EXPLANATION_LEADING
}

/// One line of the payslip, kept on one page unless it is taller than a page.
fn row(pages: &mut Pages, line: &PayslipLine) {
    let (name, explanation, amount) = layout(pages.set, line);
    let height = 2.0 * PADDING + name.len() as f32 * NAME_LEADING + explanation.len() as f32 * EXPLANATION_LEADING;
    pages.ensure(height);
    pages.y -= PADDING;
    for (index, text) in name.iter().enumerate() {
        pages.ensure(NAME_LEADING);
        let baseline = pages.y - 9.0;
        pages.text(LEFT + INDENT, baseline, text);
        if index == 0 {
            pages.text_right(RIGHT, baseline, &amount);
        }
        pages.y -= NAME_LEADING;
    }
    for text in &explanation {
        pages.ensure(EXPLANATION_LEADING);
        pages.text(LEFT + INDENT, pages.y - 7.5, text);
        pages.y -= EXPLANATION_LEADING;
    }
    pages.y -= PADDING;
    pages.rule(pages.y, 0.5, RULE);
}

/// A section's total: bold, over a darker rule.
fn total_row(pages: &mut Pages, label: &str, amount: Decimal) {
    pages.rule(pages.y, 0.75, INK);
    let baseline = pages.y - 12.0;
    let (label, amount) = (pages.set.line(label, TOTAL), pages.set.number(&money(amount), TOTAL));
    pages.text(LEFT + INDENT, baseline, &label);
    pages.text_right(RIGHT, baseline, &amount);
    pages.y -= 16.0;
}
