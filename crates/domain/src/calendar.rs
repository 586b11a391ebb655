//! Which days are working days: a working week and public holidays. Leave is counted in working days, so
//! the device and the server count with the same calendar, and a request over Christmas Day costs one day
//! fewer on both.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// Monday to Friday, as ISO weekday numbers.
pub const MONDAY_TO_FRIDAY: [u8; 5] = [1, 2, 3, 4, 5];

/// A public holiday, a whole day off for everyone it applies to.
///
/// Full days only for now. Half days will be an added field (the part of the day off, defaulting to the
/// whole day through `#[serde(default)]`), so calendars stored or cached today keep their meaning and
/// counting moves to half-day units without a change to what is here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Holiday {
    /// The day; for a recurring holiday, its first occurrence.
    pub date: NaiveDate,
    pub name: String,
    /// Every year on the same month and day from `date`'s year on (an iCalendar `RRULE:FREQ=YEARLY`). A
    /// recurring 29 February falls only in leap years.
    #[serde(default)]
    pub recurring: bool,
}

impl Holiday {
    /// The holiday's day in `year`, if it falls in that year.
    pub fn in_year(&self, year: i32) -> Option<NaiveDate> {
        if !self.recurring {
            return (self.date.year() == year).then_some(self.date);
        }
        if year < self.date.year() {
            return None;
        }
        NaiveDate::from_ymd_opt(year, self.date.month(), self.date.day())
    }
}

/// A working week as stored: ISO weekday numbers, comma-separated (`"1,2,3,4,5"`); anything that is not
/// a weekday number is left out.
pub fn parse_week(text: &str) -> Vec<u8> {
    text.split(',').filter_map(|n| n.trim().parse().ok()).filter(|n| (1..=7).contains(n)).collect()
}

/// A working week in the stored form [`parse_week`] reads.
pub fn week_text(working_days: &[u8]) -> String {
    working_days.iter().map(u8::to_string).collect::<Vec<_>>().join(",")
}

/// The working week of the company (`branch_id` null) or of one branch, as HR keeps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WorkingWeekAttributes {
    pub branch_id: Option<String>,
    pub branch_name: Option<String>,
    /// ISO weekday numbers, Monday 1 to Sunday 7, in order.
    pub working_days: Vec<u8>,
    /// A branch without a week of its own works the company's.
    pub follows_company: bool,
}

/// A person's working week and the public holidays that apply to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WorkCalendar {
    /// The working weekdays as ISO numbers, Monday 1 to Sunday 7; any other number is ignored.
    #[serde(default = "monday_to_friday")]
    pub working_week: Vec<u8>,
    #[serde(default)]
    pub holidays: Vec<Holiday>,
}

fn monday_to_friday() -> Vec<u8> {
    MONDAY_TO_FRIDAY.to_vec()
}

/// Monday to Friday without holidays: how days were counted before calendars, and what a device counts
/// with until it has fetched its calendar.
impl Default for WorkCalendar {
    fn default() -> Self {
        WorkCalendar { working_week: monday_to_friday(), holidays: Vec::new() }
    }
}

impl WorkCalendar {
    /// Whether `weekday` is in the working week.
    pub fn works_on(&self, weekday: Weekday) -> bool {
        self.working_week.contains(&(weekday.number_from_monday() as u8))
    }

    /// Whether `date` is a working day: in the working week and not a holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.works_on(date.weekday()) && !self.holidays.iter().any(|h| h.in_year(date.year()) == Some(date))
    }

    /// Working days from `start` to `end`, both included; zero when `end` is before `start`.
    pub fn working_days(&self, start: NaiveDate, end: NaiveDate) -> u32 {
        if end < start {
            return 0;
        }
        let total = (end - start).num_days() + 1;
        let full_weeks = total / 7;
        let per_week = (1..=7u8).filter(|n| self.working_week.contains(n)).count() as i64;
        let first_of_remainder = start + Duration::days(full_weeks * 7);
        let remainder = (0..total % 7)
            .filter(|&offset| self.works_on((first_of_remainder + Duration::days(offset)).weekday()))
            .count() as i64;
        let holidays = self.holidays_off(start, end) as i64;
        u32::try_from(full_weeks * per_week + remainder - holidays).unwrap_or(u32::MAX)
    }

    /// The working days of `start..=end` that fall in each calendar year, since balances are per year;
    /// years without any are left out.
    pub fn working_days_by_year(&self, start: NaiveDate, end: NaiveDate) -> Vec<(i32, u32)> {
        years_of(start, end)
            .filter_map(|(year, from, to)| {
                let days = self.working_days(from, to);
                (days > 0).then_some((year, days))
            })
            .collect()
    }

    /// How the `booked` days of a request already made fall in each year of `start..=end`.
    ///
    /// A request keeps the days it was booked with: a holiday added later does not rewrite what it cost.
    /// Only how a request across New Year splits between the years follows today's calendar: each year
    /// takes its working days in turn, and the last year takes whatever is left, so the parts always add
    /// up to `booked`.
    pub fn booked_days_by_year(&self, start: NaiveDate, end: NaiveDate, booked: i64) -> Vec<(i32, i64)> {
        let years: Vec<_> = years_of(start, end).collect();
        let mut left = booked;
        years
            .iter()
            .enumerate()
            .map(|(index, &(year, from, to))| {
                let days =
                    if index + 1 == years.len() { left } else { i64::from(self.working_days(from, to)).min(left) };
                left -= days;
                (year, days)
            })
            .filter(|&(_, days)| days != 0)
            .collect()
    }

    /// How many distinct days of `start..=end` are holidays in the working week (two holidays on one day
    /// are one day off).
    fn holidays_off(&self, start: NaiveDate, end: NaiveDate) -> usize {
        let mut days: Vec<NaiveDate> = (start.year()..=end.year())
            .flat_map(|year| self.holidays.iter().filter_map(move |h| h.in_year(year)))
            .filter(|day| (start..=end).contains(day) && self.works_on(day.weekday()))
            .collect();
        days.sort_unstable();
        days.dedup();
        days.len()
    }
}

/// Each year touched by `start..=end`, with the part of the range inside it.
fn years_of(start: NaiveDate, end: NaiveDate) -> impl Iterator<Item = (i32, NaiveDate, NaiveDate)> {
    (start.year()..=end.year()).filter_map(move |year| {
        let from = start.max(NaiveDate::from_ymd_opt(year, 1, 1)?);
        let to = end.min(NaiveDate::from_ymd_opt(year, 12, 31)?);
        (from <= to).then_some((year, from, to))
    })
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of 1876, also known as
/// Meeus/Jones/Butcher): Good Friday, Easter Monday, Ascension and Whit Monday are counted from it.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn holiday(date: &str, recurring: bool) -> Holiday {
        Holiday { date: d(date), name: "Holiday".to_owned(), recurring }
    }

    #[test]
    fn weekends_do_not_count() {
        let calendar = WorkCalendar::default();
        // 2026-11-23 is a Monday.
        assert_eq!(calendar.working_days(d("2026-11-23"), d("2026-11-23")), 1);
        assert_eq!(calendar.working_days(d("2026-11-23"), d("2026-11-29")), 5);
        assert_eq!(calendar.working_days(d("2026-11-28"), d("2026-11-29")), 0);
        assert_eq!(calendar.working_days(d("2026-11-27"), d("2026-12-07")), 7);
        assert_eq!(calendar.working_days(d("2026-01-01"), d("2026-12-31")), 261);
        assert_eq!(calendar.working_days(d("2026-11-24"), d("2026-11-23")), 0);
    }

    #[test]
    fn a_request_over_new_year_is_split_between_the_years() {
        let calendar = WorkCalendar::default();
        assert_eq!(calendar.working_days_by_year(d("2026-12-28"), d("2027-01-08")), vec![(2026, 4), (2027, 6)]);
        let with_new_year = WorkCalendar { holidays: vec![holiday("2027-01-01", true)], ..calendar };
        assert_eq!(with_new_year.working_days_by_year(d("2026-12-28"), d("2027-01-08")), vec![(2026, 4), (2027, 5)]);
    }

    #[test]
    fn christmas_costs_nothing_and_a_six_day_week_counts_saturdays() {
        let christmas = WorkCalendar { holidays: vec![holiday("2026-12-25", true)], ..WorkCalendar::default() };
        // Monday to Sunday; Christmas is a Friday in 2026 and a Saturday in 2027.
        assert_eq!(christmas.working_days(d("2026-12-21"), d("2026-12-27")), 4);
        assert_eq!(christmas.working_days(d("2027-12-20"), d("2027-12-26")), 5);
        assert_eq!(christmas.working_days(d("2025-12-22"), d("2025-12-26")), 5, "it recurs from 2026 on");
        let six_days = WorkCalendar { working_week: vec![1, 2, 3, 4, 5, 6], ..christmas };
        assert_eq!(six_days.working_days(d("2027-12-20"), d("2027-12-26")), 5);
        assert!(!six_days.is_working_day(d("2027-12-25")));
        assert!(six_days.is_working_day(d("2027-12-18")));
    }

    #[test]
    fn booked_days_keep_their_total_when_the_calendar_changes() {
        let calendar = WorkCalendar { holidays: vec![holiday("2027-01-01", false)], ..WorkCalendar::default() };
        // Booked as 10 days before New Year's Day was a holiday.
        assert_eq!(calendar.booked_days_by_year(d("2026-12-28"), d("2027-01-08"), 10), vec![(2026, 4), (2027, 6)]);
        assert_eq!(calendar.booked_days_by_year(d("2026-03-02"), d("2026-03-06"), 5), vec![(2026, 5)]);
    }

    #[test]
    fn easter_falls_where_the_almanac_says() {
        assert_eq!(easter_sunday(2024), Some(d("2024-03-31")));
        assert_eq!(easter_sunday(2026), Some(d("2026-04-05")));
        assert_eq!(easter_sunday(2027), Some(d("2027-03-28")));
        assert_eq!(easter_sunday(2038), Some(d("2038-04-25")));
        assert_eq!(easter_sunday(2285), Some(d("2285-03-22")));
    }

    #[test]
    fn a_stored_week_reads_back_as_written_and_ignores_what_is_not_a_weekday() {
        assert_eq!(parse_week(&week_text(&[1, 2, 3, 4, 5, 6])), vec![1, 2, 3, 4, 5, 6]);
        assert_eq!(parse_week("1, 3,x,9,0,7"), vec![1, 3, 7]);
        assert_eq!(parse_week(""), Vec::<u8>::new());
    }

    #[test]
    fn a_cached_calendar_without_a_week_works_monday_to_friday() {
        let calendar: WorkCalendar = serde_json::from_str(r#"{"holidays": []}"#).unwrap();
        assert_eq!(calendar, WorkCalendar::default());
    }
}
