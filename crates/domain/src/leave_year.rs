//! The leave year: balances, grants, accruals and carry-over run from one leave year to the next, and a
//! company's leave year may start in any month (April in the United Kingdom, July in Australia). A leave
//! year is named by the calendar year it starts in, so a company whose year starts in January sees the
//! years it always saw.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The company's leave year as HR sets it (`GET /api/v1/leave-year`), with the one under way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveYearAttributes {
    /// The month leave years start in, 1 (January) to 12.
    pub start_month: u32,
    /// The leave year under way today, by the calendar year it started in.
    pub current_year: i32,
    /// Its name: `2026`, or `2026/27` for a year that does not start in January.
    pub current_name: String,
    pub current_first_day: NaiveDate,
    pub current_last_day: NaiveDate,
}

/// When a company's leave years start: the first day of `start_month`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct LeaveYear {
    start_month: u32,
}

impl Default for LeaveYear {
    fn default() -> Self {
        LeaveYear::CALENDAR
    }
}

impl TryFrom<u32> for LeaveYear {
    type Error = String;
    fn try_from(month: u32) -> Result<Self, Self::Error> {
        LeaveYear::starting_in(month).ok_or_else(|| format!("{month} is not a month (1 to 12)"))
    }
}

impl From<LeaveYear> for u32 {
    fn from(year: LeaveYear) -> u32 {
        year.start_month
    }
}

impl LeaveYear {
    /// What HR reads of this leave year on `today`.
    pub fn attributes(self, today: NaiveDate) -> LeaveYearAttributes {
        let year = self.of(today);
        LeaveYearAttributes {
            start_month: self.start_month,
            current_year: year,
            current_name: self.name(year),
            current_first_day: self.first_day(year).unwrap_or(today),
            current_last_day: self.last_day(year).unwrap_or(today),
        }
    }

    /// January to December.
    pub const CALENDAR: LeaveYear = LeaveYear { start_month: 1 };

    /// Leave years starting on the first of `month` (1 to 12).
    pub fn starting_in(month: u32) -> Option<LeaveYear> {
        (1..=12).contains(&month).then_some(LeaveYear { start_month: month })
    }

    pub fn start_month(self) -> u32 {
        self.start_month
    }

    /// The leave year `date` falls in.
    pub fn of(self, date: NaiveDate) -> i32 {
        if date.month() >= self.start_month { date.year() } else { date.year() - 1 }
    }

    /// The first day of leave year `year`.
    pub fn first_day(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.start_month, 1)
    }

    /// The last day of leave year `year`.
    pub fn last_day(self, year: i32) -> Option<NaiveDate> {
        self.first_day(year)?.checked_add_months(Months::new(12))?.pred_opt()
    }

    /// How many days leave year `year` has (365 or 366).
    pub fn length(self, year: i32) -> i64 {
        match (self.first_day(year), self.last_day(year)) {
            (Some(first), Some(last)) => (last - first).num_days() + 1,
            _ => 365,
        }
    }

    /// The month of the leave year (1 for its first) that calendar month `month` of `year` is, with the
    /// leave year it belongs to.
    pub fn month_of(self, year: i32, month: u32) -> (i32, u32) {
        let index = (month + 12 - self.start_month) % 12 + 1;
        (if month >= self.start_month { year } else { year - 1 }, index)
    }

    /// The calendar month (year, month) that is month `index` (1 to 12) of leave year `year`.
    pub fn calendar_month(self, year: i32, index: u32) -> (i32, u32) {
        let month0 = self.start_month - 1 + (index.clamp(1, 12) - 1);
        (year + (month0 / 12) as i32, month0 % 12 + 1)
    }

    /// Leave year `year` as people name it: `2026` when it is a calendar year, else `2026/27`.
    pub fn name(self, year: i32) -> String {
        if self.start_month == 1 { year.to_string() } else { format!("{year}/{:02}", (year + 1).rem_euclid(100)) }
    }

    /// Each leave year touched by `start..=end`, with the part of the range inside it.
    pub fn parts(self, start: NaiveDate, end: NaiveDate) -> impl Iterator<Item = (i32, NaiveDate, NaiveDate)> {
        (self.of(start)..=self.of(end)).filter_map(move |year| {
            let from = start.max(self.first_day(year)?);
            let to = end.min(self.last_day(year)?);
            (from <= to).then_some((year, from, to))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn an_april_year_is_named_by_the_year_it_starts_in() {
        let april = LeaveYear::starting_in(4).unwrap();
        assert_eq!(april.of(d("2027-03-31")), 2026);
        assert_eq!(april.of(d("2027-04-01")), 2027);
        assert_eq!((april.first_day(2026), april.last_day(2026)), (Some(d("2026-04-01")), Some(d("2027-03-31"))));
        assert_eq!(april.length(2027), 366, "it holds 29 February 2028");
        assert_eq!(april.name(2026), "2026/27");
        assert_eq!(april.name(2099), "2099/00");
        assert_eq!(LeaveYear::CALENDAR.name(2026), "2026");
        assert_eq!(LeaveYear::starting_in(13), None);
    }

    #[test]
    fn months_are_counted_from_the_start_of_the_leave_year() {
        let april = LeaveYear::starting_in(4).unwrap();
        assert_eq!(april.month_of(2026, 4), (2026, 1));
        assert_eq!(april.month_of(2027, 3), (2026, 12));
        assert_eq!(april.calendar_month(2026, 12), (2027, 3));
        assert_eq!(april.calendar_month(2026, 1), (2026, 4));
        assert_eq!(LeaveYear::CALENDAR.month_of(2026, 7), (2026, 7));
        for index in 1..=12 {
            let (year, month) = april.calendar_month(2030, index);
            assert_eq!(april.month_of(year, month), (2030, index));
        }
    }

    #[test]
    fn a_range_is_split_where_a_leave_year_ends() {
        let april = LeaveYear::starting_in(4).unwrap();
        let parts: Vec<_> = april.parts(d("2027-03-29"), d("2027-04-02")).collect();
        assert_eq!(parts, vec![(2026, d("2027-03-29"), d("2027-03-31")), (2027, d("2027-04-01"), d("2027-04-02"))]);
        assert_eq!(LeaveYear::CALENDAR.parts(d("2027-03-29"), d("2027-04-02")).count(), 1);
    }

    #[test]
    fn it_is_written_as_its_first_month() {
        assert_eq!(serde_json::to_string(&LeaveYear::starting_in(7).unwrap()).unwrap(), "7");
        assert!(serde_json::from_str::<LeaveYear>("0").is_err());
    }
}
