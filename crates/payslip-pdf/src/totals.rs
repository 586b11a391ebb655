//! Below the lines: how gross becomes net pay, the days behind the proration, and the year to date.

use crate::document::PayslipDocument;
use crate::figures::{count, date, half_days, minus, money, money_with};
use crate::fonts::Font;
use crate::fonts::Style;
use crate::layout::{INK, LEFT, Pages, RIGHT, RULE, SHADE, SMALL};
use crate::words::Words;

const LABEL: Style = Style::new(Font::Regular, 10.0, INK);
const NET: Style = Style::new(Font::Bold, 13.0, INK);
const HEADING: Style = Style::new(Font::Bold, 10.0, INK);
const VALUE: Style = Style::new(Font::Bold, 10.0, INK);

/// Gross pay, less deductions, plus advances, plus the net's rounding, is net pay.
pub(crate) fn net(pages: &mut Pages, document: &PayslipDocument, words: &Words) {
    let payslip = document.payslip;
    // Payroll writes the totals with the currency's decimals at least; the net and its rounding follow.
    let places = payslip.gross.scale().max(payslip.total_deductions.scale());
    let mut rows = vec![
        (words.gross_pay.as_str(), money(payslip.gross)),
        (words.total_deductions.as_str(), minus(payslip.total_deductions)),
    ];
    if !payslip.advances.is_zero() {
        rows.push((words.advances.as_str(), money(payslip.advances)));
    }
    if !payslip.net_rounding.is_zero() {
        rows.push((words.net_rounding.as_str(), money_with(payslip.net_rounding, places)));
    }
    pages.ensure(rows.len() as f32 * 14.0 + 34.0);
    let set = pages.set;
    for (label, amount) in rows {
        let baseline = pages.y - 11.0;
        pages.text(LEFT + 4.0, baseline, &set.line(label, LABEL));
        pages.text_right(RIGHT - 4.0, baseline, &set.number(&amount, LABEL));
        pages.y -= 14.0;
    }
    pages.y -= 4.0;
    let top = pages.y;
    pages.band(top, 24.0, SHADE);
    pages.rule(top, 1.0, INK);
    let baseline = top - 16.5;
    pages.text(LEFT + 4.0, baseline, &set.line(words.net_pay.as_str(), NET));
    let amount = format!("{} {}", payslip.currency, money_with(payslip.net, places));
    pages.text_right(RIGHT - 4.0, baseline, &set.number(&amount, NET));
    pages.y -= 24.0 + 12.0;
}

/// Labels over values in columns from `x` across `width`, their tops at `top`: (label, value) each.
fn columns(pages: &mut Pages, cells: &[(&str, String)], x: f32, width: f32, top: f32) {
    let column = width / cells.len() as f32;
    for (index, (label, value)) in cells.iter().enumerate() {
        let left = x + column * index as f32;
        let (label, value) = (pages.set.line(label, SMALL), pages.set.number(value, VALUE));
        pages.text(left, top - 8.0, &label);
        pages.text(left, top - 21.0, &value);
    }
}

/// Side by side: on the left the days the proration counted (working days of the period, days paid,
/// days unpaid, and the days employed when someone joined or left during the period); on the right, in a
/// frame, the year's gross, deductions and net so far.
pub(crate) fn days_and_year_to_date(pages: &mut Pages, document: &PayslipDocument, words: &Words) {
    let height = 62.0;
    pages.ensure(height);
    let top = pages.y;
    let half = (RIGHT - LEFT) / 2.0;

    let (days, set) = (&document.payslip.days, pages.set);
    let period = document.payslip.period;
    pages.text(LEFT, top - 14.0, &set.line(words.days.as_str(), HEADING));
    let cells = [
        (words.working_days.as_str(), half_days(days.working_days.halves())),
        (words.paid_days.as_str(), count(days.paid_days)),
        (words.unpaid_days.as_str(), count(days.unpaid_days)),
    ];
    columns(pages, &cells, LEFT, half - 16.0, top - 20.0);
    if days.employed_from != period.first_day || days.employed_to != period.last_day {
        let (from, to) = (date(days.employed_from), date(days.employed_to));
        let employed = format!("{} {} – {}", words.employed.as_str(), set.isolate(&from), set.isolate(&to));
        pages.text(LEFT, top - height + 4.0, &set.line(&employed, SMALL));
    }

    let (x, width) = (LEFT + half, half);
    pages.frame_at(x, top, width, height, RULE);
    let totals = document.year_to_date;
    let heading = format!("{} ({})", words.year_to_date.as_str(), set.isolate(&document.payslip.currency));
    pages.text(x + 10.0, top - 14.0, &set.line(&heading, HEADING));
    let cells = [
        (words.gross_pay.as_str(), money(totals.gross)),
        (words.total_deductions.as_str(), money(totals.total_deductions)),
        (words.net_pay.as_str(), money(totals.net)),
    ];
    columns(pages, &cells, x + 10.0, width - 20.0, top - 20.0);
    pages.y = top - height - 12.0;
}
