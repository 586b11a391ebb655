//! Amounts, days and dates as payroll writes them ("3,000.00"), as the explanations under each line do;
//! the typesetter then writes each figure with the payslip's language's separators (`Typesetter::number`).

use chrono::NaiveDate;
use okta_hr_payroll::component::{MAX_PLACES, Rounding, format_amount, format_number};
use rust_decimal::Decimal;

/// An amount with the decimals it has (payroll rounded it already: a line to its component's places, a
/// total to the currency's), thousands grouped.
pub(crate) fn money(amount: Decimal) -> String {
    format_amount(amount, Rounding { places: amount.scale().min(MAX_PLACES), ..Rounding::default() })
}

/// An amount with at least `places` decimals: the net, rounded to whole units in companies that pay in
/// cash, is still written as the totals above it are ("4,205.00" under "4,050.01").
pub(crate) fn money_with(amount: Decimal, places: u32) -> String {
    format_amount(amount, Rounding { places: amount.scale().max(places).min(MAX_PLACES), ..Rounding::default() })
}

/// An amount taken away: "-190.00", and "0.00" rather than "-0.00".
pub(crate) fn minus(amount: Decimal) -> String {
    money(-amount)
}

/// A count as people write it: "19", "1.5".
pub(crate) fn count(number: Decimal) -> String {
    format_number(number)
}

/// Days counted in halves (as `LeaveDays::halves` gives them): "21", "18.5".
pub(crate) fn half_days(halves: i64) -> String {
    format_number(Decimal::new(halves.saturating_mul(5), 1))
}

/// A day as ISO 8601 writes it, "2026-12-31": read alike in every language until dates are translated.
pub(crate) fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn amounts_keep_their_decimals_and_group_thousands() {
        assert_eq!(money(d("3000.00")), "3,000.00");
        assert_eq!(money(d("1234567.5")), "1,234,567.5");
        assert_eq!(money(d("12")), "12");
        assert_eq!(minus(d("190.00")), "-190.00");
        assert_eq!(money_with(d("4205"), 2), "4,205.00");
        assert_eq!(money_with(d("0.125"), 2), "0.125");
        assert_eq!(minus(d("0.00")), "0.00");
        assert_eq!(half_days(37), "18.5");
        assert_eq!(half_days(42), "21");
        assert_eq!(date(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()), "2026-12-31");
    }
}
