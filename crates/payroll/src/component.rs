//! Pay components as HR configures them: what kind of line each is, how its amount is found, and how it
//! is rounded.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// Where a component's amount goes on the payslip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ComponentKind {
    /// Part of gross pay.
    Earning,
    /// Taken from gross pay on the way to net.
    Deduction,
    /// Paid by the company on top of the salary (a pension or social contribution): shown, not in net.
    EmployerContribution,
}

/// How an amount is found, before proration and rounding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AmountRule {
    /// The same amount for everyone on the structure.
    Fixed {
        #[cfg_attr(feature = "specta", specta(type = String))]
        amount: Decimal,
    },
    /// `percent` % of another component of the structure, after that one's rounding.
    PercentOf {
        component: String,
        #[cfg_attr(feature = "specta", specta(type = String))]
        percent: Decimal,
    },
    /// `percent` % of gross pay; not for an earning, since every earning is part of gross.
    PercentOfGross {
        #[cfg_attr(feature = "specta", specta(type = String))]
        percent: Decimal,
    },
    /// A formula (see [`crate::expression`]) over the inputs of [`INPUT_NAMES`], `gross` (not in an
    /// earning) and the codes of the structure's other components.
    Expression { expression: String },
}

/// The names a formula may read besides component codes and `gross`.
pub const INPUT_NAMES: [&str; 5] = ["base", "working_days", "paid_days", "unpaid_days", "overtime_hours"];

/// The name of gross pay in a formula.
pub const GROSS: &str = "gross";

/// How a half-way or finer amount is rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum RoundingMode {
    /// Half-way rounds away from zero (2.345 → 2.35): commercial rounding, what most people expect.
    #[default]
    HalfUp,
    /// Half-way rounds to the even neighbour (2.345 → 2.34, 2.355 → 2.36): banker's rounding.
    HalfEven,
    /// Towards zero: never pays or deducts more than the exact amount.
    Down,
    /// Away from zero.
    Up,
}

/// How many decimals an amount keeps, and how it gets there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Rounding {
    pub places: u32,
    #[serde(default)]
    pub mode: RoundingMode,
}

/// The most decimals a component or a net may keep.
pub const MAX_PLACES: u32 = 10;

impl Default for Rounding {
    /// Cents, half-way up.
    fn default() -> Self {
        Rounding { places: 2, mode: RoundingMode::HalfUp }
    }
}

impl Rounding {
    /// `amount` rounded, and always written with exactly `places` decimals, so that equal amounts
    /// serialise to equal bytes ("2714.29", never "2714.290" or "-0.00").
    pub fn apply(self, amount: Decimal) -> Decimal {
        let strategy = match self.mode {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::Down => RoundingStrategy::ToZero,
            RoundingMode::Up => RoundingStrategy::AwayFromZero,
        };
        let places = self.places.min(MAX_PLACES);
        let mut rounded = amount.round_dp_with_strategy(places, strategy);
        rounded.rescale(places);
        if rounded.is_zero() {
            rounded.set_sign_positive(true);
        }
        rounded
    }
}

/// One component of a salary structure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Component {
    /// Unique in the structure; formulas and percentages name the component by it (`BASIC`, `PENSION`).
    pub code: String,
    /// What the payslip calls the line.
    pub name: String,
    pub kind: ComponentKind,
    pub rule: AmountRule,
    /// Scaled by the days paid over the working days of the period: joining or leaving during it, unpaid
    /// or partly paid leave. A percentage of a prorated component is prorated already through it.
    #[serde(default)]
    pub prorated: bool,
    /// Left off the printed payslip when it comes to zero (it stays in the figures).
    #[serde(default)]
    pub hidden_when_zero: bool,
    #[serde(default)]
    pub rounding: Rounding,
}

/// An amount as a payslip writes it: thousands grouped with commas, `places` decimals (`3,000.00`).
pub fn format_amount(amount: Decimal, rounding: Rounding) -> String {
    let rounded = rounding.apply(amount);
    let text = rounded.abs().to_string();
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut grouped = String::with_capacity(text.len() + whole.len() / 3 + 1);
    if rounded.is_sign_negative() {
        grouped.push('-');
    }
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if let Some(fraction) = fraction {
        grouped.push('.');
        grouped.push_str(fraction);
    }
    grouped
}

/// A count or a percentage as people write it: no trailing zeros (`19`, `18.5`, `12.5`).
pub fn format_number(number: Decimal) -> String {
    let mut normal = number.normalize();
    if normal.is_zero() {
        normal.set_sign_positive(true);
    }
    normal.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn cents(mode: RoundingMode) -> Rounding {
        Rounding { places: 2, mode }
    }

    #[test]
    fn each_mode_rounds_as_named() {
        let cases = [
            ("2.345", "2.35", "2.34", "2.34", "2.35"),
            ("2.355", "2.36", "2.36", "2.35", "2.36"),
            ("-2.345", "-2.35", "-2.34", "-2.34", "-2.35"),
            ("2.341", "2.34", "2.34", "2.34", "2.35"),
            ("7", "7.00", "7.00", "7.00", "7.00"),
            ("-0.001", "0.00", "0.00", "0.00", "-0.01"),
        ];
        for (amount, half_up, half_even, down, up) in cases {
            assert_eq!(cents(RoundingMode::HalfUp).apply(d(amount)).to_string(), half_up, "{amount}");
            assert_eq!(cents(RoundingMode::HalfEven).apply(d(amount)).to_string(), half_even, "{amount}");
            assert_eq!(cents(RoundingMode::Down).apply(d(amount)).to_string(), down, "{amount}");
            assert_eq!(cents(RoundingMode::Up).apply(d(amount)).to_string(), up, "{amount}");
        }
        assert_eq!(Rounding { places: 0, mode: RoundingMode::HalfUp }.apply(d("3610.50")).to_string(), "3611");
    }

    #[test]
    fn amounts_are_grouped_by_thousands() {
        let rounding = Rounding::default();
        assert_eq!(format_amount(d("3000"), rounding), "3,000.00");
        assert_eq!(format_amount(d("2714.285714"), rounding), "2,714.29");
        assert_eq!(format_amount(d("-1234567.5"), rounding), "-1,234,567.50");
        assert_eq!(format_amount(d("999.999"), rounding), "1,000.00");
        assert_eq!(format_amount(d("12"), Rounding { places: 0, mode: RoundingMode::Down }), "12");
        assert_eq!(format_number(d("18.50")), "18.5");
        assert_eq!(format_number(d("-0.0")), "0");
    }

    #[test]
    fn rules_travel_tagged_by_type() {
        let rule = AmountRule::PercentOf { component: "BASIC".to_owned(), percent: d("40") };
        let json = serde_json::to_string(&rule).unwrap();
        assert_eq!(json, r#"{"type":"percent_of","component":"BASIC","percent":"40"}"#);
        assert_eq!(serde_json::from_str::<AmountRule>(&json).unwrap(), rule);
        let component: Component = serde_json::from_str(
            r#"{"code":"BASIC","name":"Basic pay","kind":"earning","rule":{"type":"expression","expression":"base"}}"#,
        )
        .unwrap();
        assert_eq!(component.rounding, Rounding::default());
        assert!(!component.prorated && !component.hidden_when_zero);
    }
}
