//! The top of the first page: the company (and its logo), "Payslip" and the period, then who is paid and
//! when.

use crate::document::PayslipDocument;
use crate::figures::date;
use crate::fonts::Font;
use crate::fonts::Style;
use crate::layout::{GREY, INK, LEFT, Pages, RIGHT, RULE, SMALL};
use crate::shaping::Shaped;
use crate::words::Words;
use pdf_writer::Name;

/// The logo's box: it keeps its proportions inside it.
const LOGO_WIDTH: f32 = 160.0;
const LOGO_HEIGHT: f32 = 50.0;

/// A logo written to the PDF, to be drawn.
pub(crate) struct PlacedLogo {
    pub name: Name<'static>,
    pub width: u32,
    pub height: u32,
}

/// The size `width` × `height` pixels take in the logo's box, proportions kept.
fn logo_size(width: u32, height: u32) -> (f32, f32) {
    let (width, height) = (width as f32, height as f32);
    let scale = (LOGO_WIDTH / width).min(LOGO_HEIGHT / height);
    (width * scale, height * scale)
}

const COMPANY: Style = Style::new(Font::Bold, 14.0, INK);
const ADDRESS: Style = Style::new(Font::Regular, 9.0, GREY);
const TITLE: Style = Style::new(Font::Bold, 20.0, INK);
const PERIOD: Style = Style::new(Font::Regular, 12.0, INK);
const NAME: Style = Style::new(Font::Bold, 11.0, INK);
const DETAIL: Style = Style::new(Font::Regular, 9.0, INK);

/// Draws `lines` from `top`, each `leading` below the last; returns the height used.
fn lines(pages: &mut Pages, x: f32, top: f32, lines: &[Shaped], leading: f32) -> f32 {
    for (index, line) in lines.iter().enumerate() {
        pages.text(x, top - line.style.size - leading * index as f32, line);
    }
    leading * lines.len() as f32
}

pub(crate) fn draw(pages: &mut Pages, document: &PayslipDocument, words: &Words, logo: Option<&PlacedLogo>) {
    let top = pages.y;
    let logo_box = logo.map(|logo| {
        let (width, height) = logo_size(logo.width, logo.height);
        pages.image(logo.name, RIGHT, top, width, height);
        (width, height)
    });
    let text_width = RIGHT - LEFT - logo_box.map_or(0.0, |(width, _)| width + 20.0);

    let (company, set) = (&document.company, pages.set);
    let name = set.wrap(company.name, COMPANY, text_width);
    let mut used = lines(pages, LEFT, top, &name, 17.0);
    let address: Vec<Shaped> = company.address.iter().flat_map(|line| set.wrap(line, ADDRESS, text_width)).collect();
    used += lines(pages, LEFT, top - used - 2.0, &address, 11.0);
    pages.y = top - used.max(logo_box.map_or(0.0, |(_, height)| height)) - 16.0;

    let title_top = pages.y;
    pages.text(LEFT, title_top - 20.0, &set.line(words.payslip.as_str(), TITLE));
    let period = set.wrap(document.period_label, PERIOD, RIGHT - LEFT);
    let used = lines(pages, LEFT, title_top - 26.0, &period, 15.0);
    pages.y = title_top - 26.0 - used - 8.0;
    pages.rule(pages.y, 0.5, RULE);
    pages.y -= 10.0;
    person(pages, document, words);
}

/// Who is paid on the left; the period, the pay date, the account and the currency on the right.
fn person(pages: &mut Pages, document: &PayslipDocument, words: &Words) {
    let (top, set) = (pages.y, pages.set);
    let employee = &document.employee;
    let left_width = 250.0;
    let name = set.wrap(employee.name, NAME, left_width);
    let mut left_used = lines(pages, LEFT, top, &name, 14.0);
    let number = format!("{} {}", words.employee_number.as_str(), set.isolate(employee.number));
    let details: Vec<Shaped> = [Some(number.as_str()), employee.department, employee.job_title]
        .into_iter()
        .flatten()
        .flat_map(|line| set.wrap(line, DETAIL, left_width))
        .collect();
    left_used += lines(pages, LEFT, top - left_used - 2.0, &details, 12.0);

    let (label_x, value_x) = (LEFT + 290.0, LEFT + 360.0);
    let period = document.payslip.period;
    // Each date isolated: after Arabic letters the bidi algorithm would read "2026-05-31" as three
    // Arabic numbers and draw "31-05-2026".
    let (first_day, last_day) = (date(period.first_day), date(period.last_day));
    let period_days = format!("{} – {}", set.isolate(&first_day), set.isolate(&last_day));
    let pay_date = date(document.pay_date);
    // The masked account is a figure: left to right on every payslip.
    let account = employee.bank_account.map(|account| set.wrap_figure(account, DETAIL, RIGHT - value_x));
    let wrapped = |value: &str| set.wrap(value, DETAIL, RIGHT - value_x);
    let rows = [
        Some((words.period.as_str(), wrapped(&period_days))),
        Some((words.pay_date.as_str(), wrapped(&pay_date))),
        account.map(|account| (words.paid_to.as_str(), account)),
        Some((words.currency.as_str(), wrapped(&document.payslip.currency))),
    ];
    let mut right_used = 0.0;
    for (label, value) in rows.into_iter().flatten() {
        pages.text(label_x, top - right_used - 9.0, &set.line(label, SMALL));
        right_used += lines(pages, value_x, top - right_used, &value, 12.0).max(12.0);
    }
    pages.y = top - f32::max(left_used, right_used) - 14.0;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_logo_keeps_its_proportions_inside_its_box() {
        assert_eq!(logo_size(320, 100), (160.0, 50.0));
        assert_eq!(logo_size(100, 100), (50.0, 50.0));
        assert_eq!(logo_size(1600, 100), (160.0, 10.0));
        assert_eq!(logo_size(10, 5), (100.0, 50.0), "a small logo is scaled up to its box");
    }
}
