//! An amount of leave, in days that may end in a half.
//!
//! Half-day leave, half-day holidays and half working days must add up exactly on the device and on the
//! server, so an amount is a count of half days: no float rounding, and it compares and sums as an
//! integer. On the wire it is a plain number of days (`3`, `1.5`), whole amounts written as integers so
//! that readers from before half days see what they always saw; in the database it is stored the same way.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

/// Days of leave, positive or negative, to the half day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct LeaveDays {
    halves: i64,
}

impl LeaveDays {
    pub const ZERO: LeaveDays = LeaveDays { halves: 0 };
    pub const HALF: LeaveDays = LeaveDays { halves: 1 };

    /// `days` whole days.
    pub const fn whole(days: i64) -> LeaveDays {
        LeaveDays { halves: days.saturating_mul(2) }
    }

    /// `halves` half days.
    pub const fn from_halves(halves: i64) -> LeaveDays {
        LeaveDays { halves }
    }

    /// How many half days this is.
    pub const fn halves(self) -> i64 {
        self.halves
    }

    /// A number of days, when it is a whole or a half number within range.
    pub fn from_number(days: f64) -> Option<LeaveDays> {
        let halves = days * 2.0;
        // Beyond 2^53 a float no longer holds every integer; no amount of leave comes near it.
        (halves.is_finite() && halves.fract() == 0.0 && halves.abs() < 9_007_199_254_740_992.0)
            .then_some(LeaveDays { halves: halves as i64 })
    }

    pub fn as_number(self) -> f64 {
        self.halves as f64 / 2.0
    }

    pub const fn is_whole(self) -> bool {
        self.halves % 2 == 0
    }

    pub const fn is_zero(self) -> bool {
        self.halves == 0
    }

    /// `numerator / denominator` days rounded to the nearest half day, halves of a half up (both
    /// non-negative): how a prorated grant or a monthly accrual is rounded.
    pub fn rounded_ratio(numerator: i64, denominator: i64) -> LeaveDays {
        if denominator <= 0 {
            return LeaveDays::ZERO;
        }
        let (numerator, denominator) = (i128::from(numerator) * 2, i128::from(denominator));
        let halves = (2 * numerator + denominator) / (2 * denominator);
        LeaveDays { halves: i64::try_from(halves).unwrap_or(i64::MAX) }
    }

    /// "day" or "days", as this amount is read.
    pub fn unit(self) -> &'static str {
        if self.halves == 2 { "day" } else { "days" }
    }
}

impl fmt::Display for LeaveDays {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.halves / 2;
        match self.halves % 2 {
            0 => write!(f, "{whole}"),
            _ if self.halves < 0 && whole == 0 => write!(f, "-0.5"),
            _ => write!(f, "{whole}.5"),
        }
    }
}

impl Add for LeaveDays {
    type Output = LeaveDays;
    fn add(self, other: LeaveDays) -> LeaveDays {
        LeaveDays { halves: self.halves.saturating_add(other.halves) }
    }
}

impl Sub for LeaveDays {
    type Output = LeaveDays;
    fn sub(self, other: LeaveDays) -> LeaveDays {
        LeaveDays { halves: self.halves.saturating_sub(other.halves) }
    }
}

impl Neg for LeaveDays {
    type Output = LeaveDays;
    fn neg(self) -> LeaveDays {
        LeaveDays { halves: self.halves.saturating_neg() }
    }
}

impl AddAssign for LeaveDays {
    fn add_assign(&mut self, other: LeaveDays) {
        *self = *self + other;
    }
}

impl SubAssign for LeaveDays {
    fn sub_assign(&mut self, other: LeaveDays) {
        *self = *self - other;
    }
}

impl Sum for LeaveDays {
    fn sum<I: Iterator<Item = LeaveDays>>(iter: I) -> LeaveDays {
        iter.fold(LeaveDays::ZERO, Add::add)
    }
}

impl Serialize for LeaveDays {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_whole() {
            serializer.serialize_i64(self.halves / 2)
        } else {
            serializer.serialize_f64(self.as_number())
        }
    }
}

impl<'de> Deserialize<'de> for LeaveDays {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LeaveDays, D::Error> {
        let days = f64::deserialize(deserializer)?;
        LeaveDays::from_number(days)
            .ok_or_else(|| serde::de::Error::custom(format!("{days} is not a number of whole or half days")))
    }
}

#[cfg(feature = "specta")]
impl specta::Type for LeaveDays {
    fn definition(types: &mut specta::Types) -> specta::datatype::DataType {
        <specta_typescript::Number as specta::Type>::definition(types)
    }
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for LeaveDays {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::Number))
            .multiple_of(Some(0.5))
            .description(Some("Days of leave, whole or ending in a half"))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for LeaveDays {}

/// Stored as the number of days: an integer when whole, so that SQL sums and existing rows read alike.
#[cfg(feature = "rusqlite")]
impl rusqlite::types::ToSql for LeaveDays {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value};
        Ok(ToSqlOutput::Owned(if self.is_whole() {
            Value::Integer(self.halves / 2)
        } else {
            Value::Real(self.as_number())
        }))
    }
}

#[cfg(feature = "rusqlite")]
impl rusqlite::types::FromSql for LeaveDays {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<LeaveDays> {
        use rusqlite::types::{FromSqlError, ValueRef};
        match value {
            ValueRef::Integer(days) => Ok(LeaveDays::whole(days)),
            ValueRef::Real(days) => LeaveDays::from_number(days).ok_or(FromSqlError::InvalidType),
            _ => Err(FromSqlError::InvalidType),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn whole_amounts_are_written_as_integers_and_halves_as_decimals() {
        assert_eq!(serde_json::to_string(&LeaveDays::whole(3)).unwrap(), "3");
        assert_eq!(serde_json::to_string(&LeaveDays::from_halves(3)).unwrap(), "1.5");
        assert_eq!(serde_json::from_str::<LeaveDays>("2.5").unwrap(), LeaveDays::from_halves(5));
        assert_eq!(serde_json::from_str::<LeaveDays>("4").unwrap(), LeaveDays::whole(4));
        assert!(serde_json::from_str::<LeaveDays>("0.25").is_err());
        assert_eq!(LeaveDays::from_halves(-1).to_string(), "-0.5");
        assert_eq!(LeaveDays::from_halves(-3).to_string(), "-1.5");
        assert_eq!(LeaveDays::whole(1).unit(), "day");
        assert_eq!(LeaveDays::HALF.unit(), "days");
    }

    #[test]
    fn ratios_round_to_the_nearest_half_day() {
        // 25 days over 183 of 365 days is 12.53: twelve and a half.
        assert_eq!(LeaveDays::rounded_ratio(25 * 183, 365), LeaveDays::from_halves(25));
        assert_eq!(LeaveDays::rounded_ratio(25, 12), LeaveDays::whole(2));
        assert_eq!(LeaveDays::rounded_ratio(21, 12), LeaveDays::from_halves(4), "1.75 rounds up to 2");
        assert_eq!(LeaveDays::rounded_ratio(3, 4), LeaveDays::whole(1), "0.75 is halfway: up");
        assert_eq!(LeaveDays::rounded_ratio(5, 0), LeaveDays::ZERO);
    }

    proptest! {
        #[test]
        fn every_amount_reads_back_as_written(halves in -2_000_000i64..2_000_000) {
            let days = LeaveDays::from_halves(halves);
            let text = serde_json::to_string(&days).unwrap();
            prop_assert_eq!(serde_json::from_str::<LeaveDays>(&text).unwrap(), days);
            prop_assert_eq!(text.parse::<f64>().unwrap(), days.as_number());
            prop_assert_eq!(days.to_string().parse::<f64>().unwrap(), days.as_number());
        }

        #[test]
        fn sums_are_exact(amounts in proptest::collection::vec(-400i64..400, 0..50)) {
            let total: LeaveDays = amounts.iter().map(|&h| LeaveDays::from_halves(h)).sum();
            prop_assert_eq!(total.halves(), amounts.iter().sum::<i64>());
        }
    }
}
