//! Which days are worked: a working week (with days worked in the morning only) and public holidays (whole
//! or half days). Leave is counted in worked half days, so the device and the server count with the same
//! calendar, and a request over Christmas Day costs one day fewer on both.

use crate::days::LeaveDays;
use crate::leave_year::LeaveYear;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// Monday to Friday, as ISO weekday numbers.
pub const MONDAY_TO_FRIDAY: [u8; 5] = [1, 2, 3, 4, 5];

/// Which half of a day: leave may start at midday and end at midday, and a half working day or a half-day
/// holiday leaves one half worked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Half {
    #[default]
    Morning,
    Afternoon,
}

impl Half {
    pub fn parse(text: &str) -> Option<Half> {
        match text {
            "morning" => Some(Half::Morning),
            "afternoon" => Some(Half::Afternoon),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Half::Morning => "morning",
            Half::Afternoon => "afternoon",
        }
    }

    /// The default end of a leave: the whole last day.
    pub fn afternoon() -> Half {
        Half::Afternoon
    }
}

/// The time a leave covers: from the morning (the whole day) or the afternoon of `start`, to the morning
/// (until midday) or the afternoon (the whole day) of `end`. A single morning is `start == end` with both
/// halves the morning; a single afternoon, both the afternoon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaveSpan {
    pub start: NaiveDate,
    pub start_half: Half,
    pub end: NaiveDate,
    pub end_half: Half,
}

impl LeaveSpan {
    /// Whole days from `start` to `end`.
    pub fn whole_days(start: NaiveDate, end: NaiveDate) -> LeaveSpan {
        LeaveSpan { start, start_half: Half::Morning, end, end_half: Half::Afternoon }
    }

    /// Whether it covers any time: it ends after it starts.
    pub fn is_ordered(&self) -> bool {
        self.start < self.end || (self.start == self.end && self.start_half <= self.end_half)
    }

    /// Whether a half day is involved: it starts at midday or ends at midday.
    pub fn has_half_days(&self) -> bool {
        self.start_half == Half::Afternoon || self.end_half == Half::Morning
    }

    /// The part of the span from `from` to `to` (days inside it), keeping its halves where its ends are.
    fn part(&self, from: NaiveDate, to: NaiveDate) -> LeaveSpan {
        LeaveSpan {
            start: from,
            start_half: if from == self.start { self.start_half } else { Half::Morning },
            end: to,
            end_half: if to == self.end { self.end_half } else { Half::Afternoon },
        }
    }
}

/// A public holiday: a whole day off for everyone it applies to, or (a half day) its afternoon.
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
    /// Only the afternoon is off (Christmas Eve, New Year's Eve in many companies); the morning is worked.
    #[serde(default)]
    pub half_day: bool,
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

/// A working week as stored: ISO weekday numbers, comma-separated, a day worked in the morning only
/// followed by `h` (`"1,2,3,4,5,6h"`). Answers the working days and, among them, the half days; anything
/// that is not a weekday number is left out.
pub fn parse_week(text: &str) -> (Vec<u8>, Vec<u8>) {
    let mut days = Vec::new();
    let mut half_days = Vec::new();
    for item in text.split(',').map(str::trim) {
        let (number, half) = match item.strip_suffix('h') {
            Some(number) => (number, true),
            None => (item, false),
        };
        if let Some(day) = number.parse::<u8>().ok().filter(|n| (1..=7).contains(n)) {
            days.push(day);
            if half {
                half_days.push(day);
            }
        }
    }
    (days, half_days)
}

/// A working week in the stored form [`parse_week`] reads.
pub fn week_text(working_days: &[u8], half_days: &[u8]) -> String {
    let item = |day: &u8| if half_days.contains(day) { format!("{day}h") } else { day.to_string() };
    working_days.iter().map(item).collect::<Vec<_>>().join(",")
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
    /// Those of the working days worked in the morning only (a Saturday morning at the shop).
    #[serde(default)]
    pub half_days: Vec<u8>,
    /// A branch without a week of its own works the company's.
    pub follows_company: bool,
}

/// A person's working week, the public holidays that apply to them, and when their leave year starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WorkCalendar {
    /// The working weekdays as ISO numbers, Monday 1 to Sunday 7; any other number is ignored.
    #[serde(default = "monday_to_friday")]
    pub working_week: Vec<u8>,
    /// Those of the working weekdays worked in the morning only: leave on one costs half a day.
    #[serde(default)]
    pub half_days: Vec<u8>,
    #[serde(default)]
    pub holidays: Vec<Holiday>,
    /// The month the company's leave years start in (1 to 12), which splits a request between balances.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = u32, minimum = 1, maximum = 12))]
    #[cfg_attr(feature = "specta", specta(type = u8))]
    pub leave_year_starts: LeaveYear,
}

fn monday_to_friday() -> Vec<u8> {
    MONDAY_TO_FRIDAY.to_vec()
}

/// Monday to Friday without holidays, in calendar years: how days were counted before calendars, and
/// what a device counts with until it has fetched its calendar.
impl Default for WorkCalendar {
    fn default() -> Self {
        WorkCalendar {
            working_week: monday_to_friday(),
            half_days: Vec::new(),
            holidays: Vec::new(),
            leave_year_starts: LeaveYear::CALENDAR,
        }
    }
}

impl WorkCalendar {
    /// Every day worked in full: how a leave type that counts weekends and holidays counts, in this
    /// calendar's leave years.
    pub fn every_day(&self) -> WorkCalendar {
        WorkCalendar {
            working_week: (1..=7).collect(),
            leave_year_starts: self.leave_year_starts,
            ..Default::default()
        }
    }

    /// Whether `weekday` is in the working week.
    pub fn works_on(&self, weekday: Weekday) -> bool {
        self.weekday_halves(weekday) > 0
    }

    /// How many halves of `weekday` are worked: 2, 1 (the morning) or 0.
    fn weekday_halves(&self, weekday: Weekday) -> i64 {
        let day = weekday.number_from_monday() as u8;
        match (self.working_week.contains(&day), self.half_days.contains(&day)) {
            (false, _) => 0,
            (true, true) => 1,
            (true, false) => 2,
        }
    }

    /// The holiday of `date`, the whole day when it has a whole-day and a half-day one.
    fn holiday_on(&self, date: NaiveDate) -> Option<&Holiday> {
        let mut on_the_day = self.holidays.iter().filter(|h| h.in_year(date.year()) == Some(date));
        let first = on_the_day.next()?;
        Some(if first.half_day { on_the_day.find(|h| !h.half_day).unwrap_or(first) } else { first })
    }

    /// Which halves of `date` are worked: (morning, afternoon).
    pub fn worked_halves(&self, date: NaiveDate) -> (bool, bool) {
        let halves = self.weekday_halves(date.weekday());
        match self.holiday_on(date) {
            Some(holiday) if !holiday.half_day => (false, false),
            Some(_) => (halves > 0, false),
            None => (halves > 0, halves == 2),
        }
    }

    /// Whether any of `date` is worked: in the working week and not a whole-day holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.worked_halves(date).0
    }

    /// The leave a span costs: the worked halves it covers.
    pub fn leave_days(&self, span: &LeaveSpan) -> LeaveDays {
        if !span.is_ordered() {
            return LeaveDays::ZERO;
        }
        let (start, end) = (span.start, span.end);
        let total = (end - start).num_days() + 1;
        let full_weeks = total / 7;
        let per_week: i64 =
            (1..=7u8).filter_map(|n| Weekday::try_from(n - 1).ok()).map(|weekday| self.weekday_halves(weekday)).sum();
        let first_of_remainder = start + Duration::days(full_weeks * 7);
        let remainder: i64 = (0..total % 7)
            .map(|offset| self.weekday_halves((first_of_remainder + Duration::days(offset)).weekday()))
            .sum();
        let mut halves = full_weeks * per_week + remainder - self.halves_off(start, end);
        if span.start_half == Half::Afternoon && self.worked_halves(start).0 {
            halves -= 1;
        }
        if span.end_half == Half::Morning && self.worked_halves(end).1 {
            halves -= 1;
        }
        LeaveDays::from_halves(halves.max(0))
    }

    /// The leave a span costs in each leave year it touches, since balances are per leave year; years
    /// where it costs nothing are left out.
    pub fn leave_days_by_year(&self, span: &LeaveSpan) -> Vec<(i32, LeaveDays)> {
        self.leave_year_starts
            .parts(span.start, span.end)
            .filter_map(|(year, from, to)| {
                let days = self.leave_days(&span.part(from, to));
                (!days.is_zero()).then_some((year, days))
            })
            .collect()
    }

    /// How the `booked` days of a request already made fall in each leave year of its span.
    ///
    /// A request keeps the days it was booked with: a holiday added later does not rewrite what it cost.
    /// Only how a request across a year's end splits between the years follows today's calendar: each
    /// year takes what it costs now in turn, and the last year takes whatever is left, so the parts always
    /// add up to `booked`.
    pub fn booked_days_by_year(&self, span: &LeaveSpan, booked: LeaveDays) -> Vec<(i32, LeaveDays)> {
        let years: Vec<_> = self.leave_year_starts.parts(span.start, span.end).collect();
        let mut left = booked;
        years
            .iter()
            .enumerate()
            .map(|(index, &(year, from, to))| {
                let days =
                    if index + 1 == years.len() { left } else { self.leave_days(&span.part(from, to)).min(left) };
                left -= days;
                (year, days)
            })
            .filter(|&(_, days)| !days.is_zero())
            .collect()
    }

    /// How many worked halves of `start..=end` holidays take off (two holidays on one day take it once).
    fn halves_off(&self, start: NaiveDate, end: NaiveDate) -> i64 {
        let mut days: Vec<NaiveDate> = (start.year()..=end.year())
            .flat_map(|year| self.holidays.iter().filter_map(move |h| h.in_year(year)))
            .filter(|day| (start..=end).contains(day))
            .collect();
        days.sort_unstable();
        days.dedup();
        days.into_iter()
            .map(|day| {
                let (morning, afternoon) = self.worked_halves(day);
                self.weekday_halves(day.weekday()) - i64::from(morning) - i64::from(afternoon)
            })
            .sum()
    }
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
        Holiday { date: d(date), name: "Holiday".to_owned(), recurring, half_day: false }
    }

    fn days(calendar: &WorkCalendar, start: &str, end: &str) -> LeaveDays {
        calendar.leave_days(&LeaveSpan::whole_days(d(start), d(end)))
    }

    fn whole(n: i64) -> LeaveDays {
        LeaveDays::whole(n)
    }

    #[test]
    fn weekends_do_not_count() {
        let calendar = WorkCalendar::default();
        // 2026-11-23 is a Monday.
        assert_eq!(days(&calendar, "2026-11-23", "2026-11-23"), whole(1));
        assert_eq!(days(&calendar, "2026-11-23", "2026-11-29"), whole(5));
        assert_eq!(days(&calendar, "2026-11-28", "2026-11-29"), whole(0));
        assert_eq!(days(&calendar, "2026-11-27", "2026-12-07"), whole(7));
        assert_eq!(days(&calendar, "2026-01-01", "2026-12-31"), whole(261));
        assert_eq!(days(&calendar, "2026-11-24", "2026-11-23"), whole(0));
    }

    #[test]
    fn a_request_over_new_year_is_split_between_the_years() {
        let calendar = WorkCalendar::default();
        let span = LeaveSpan::whole_days(d("2026-12-28"), d("2027-01-08"));
        assert_eq!(calendar.leave_days_by_year(&span), vec![(2026, whole(4)), (2027, whole(6))]);
        let with_new_year = WorkCalendar { holidays: vec![holiday("2027-01-01", true)], ..calendar };
        assert_eq!(with_new_year.leave_days_by_year(&span), vec![(2026, whole(4)), (2027, whole(5))]);
    }

    #[test]
    fn a_leave_year_starting_in_april_splits_at_april() {
        let april = WorkCalendar { leave_year_starts: LeaveYear::starting_in(4).unwrap(), ..WorkCalendar::default() };
        // Monday 29 March to Friday 2 April 2027.
        let span = LeaveSpan { start_half: Half::Afternoon, ..LeaveSpan::whole_days(d("2027-03-29"), d("2027-04-02")) };
        assert_eq!(april.leave_days_by_year(&span), vec![(2026, LeaveDays::from_halves(5)), (2027, whole(2))]);
        assert_eq!(
            april.booked_days_by_year(&span, LeaveDays::from_halves(9)),
            vec![(2026, LeaveDays::from_halves(5)), (2027, whole(2))]
        );
    }

    #[test]
    fn christmas_costs_nothing_and_a_six_day_week_counts_saturdays() {
        let christmas = WorkCalendar { holidays: vec![holiday("2026-12-25", true)], ..WorkCalendar::default() };
        // Monday to Sunday; Christmas is a Friday in 2026 and a Saturday in 2027.
        assert_eq!(days(&christmas, "2026-12-21", "2026-12-27"), whole(4));
        assert_eq!(days(&christmas, "2027-12-20", "2027-12-26"), whole(5));
        assert_eq!(days(&christmas, "2025-12-22", "2025-12-26"), whole(5), "it recurs from 2026 on");
        let six_days = WorkCalendar { working_week: vec![1, 2, 3, 4, 5, 6], ..christmas };
        assert_eq!(days(&six_days, "2027-12-20", "2027-12-26"), whole(5));
        assert!(!six_days.is_working_day(d("2027-12-25")));
        assert!(six_days.is_working_day(d("2027-12-18")));
    }

    #[test]
    fn half_days_cost_half() {
        let calendar = WorkCalendar::default();
        // Monday 23 November 2026: the afternoon alone, the morning alone, Monday afternoon to Wednesday midday.
        let monday = LeaveSpan::whole_days(d("2026-11-23"), d("2026-11-23"));
        let afternoon = LeaveSpan { start_half: Half::Afternoon, ..monday };
        let morning = LeaveSpan { end_half: Half::Morning, ..monday };
        assert_eq!(calendar.leave_days(&afternoon), LeaveDays::HALF);
        assert_eq!(calendar.leave_days(&morning), LeaveDays::HALF);
        let neither = LeaveSpan { start_half: Half::Afternoon, end_half: Half::Morning, ..monday };
        assert!(!neither.is_ordered());
        assert_eq!(calendar.leave_days(&neither), LeaveDays::ZERO);
        let across = LeaveSpan { start_half: Half::Afternoon, end: d("2026-11-25"), end_half: Half::Morning, ..monday };
        assert_eq!(calendar.leave_days(&across), whole(2));
        // Starting on a Saturday afternoon changes nothing: Saturday is not worked.
        let weekend_start =
            LeaveSpan { start_half: Half::Afternoon, ..LeaveSpan::whole_days(d("2026-11-28"), d("2026-11-30")) };
        assert_eq!(calendar.leave_days(&weekend_start), whole(1));
    }

    #[test]
    fn half_day_holidays_and_saturday_mornings_are_worked_in_the_morning_only() {
        let eve = Holiday { half_day: true, ..holiday("2026-12-24", true) };
        let shop = WorkCalendar {
            working_week: vec![1, 2, 3, 4, 5, 6],
            half_days: vec![6],
            holidays: vec![eve.clone(), holiday("2026-12-25", true)],
            ..WorkCalendar::default()
        };
        // Monday 21 to Sunday 27 December 2026: three days, Christmas Eve's morning, Saturday's morning.
        assert_eq!(days(&shop, "2026-12-21", "2026-12-27"), LeaveDays::whole(4));
        assert_eq!(shop.worked_halves(d("2026-12-24")), (true, false));
        assert_eq!(shop.worked_halves(d("2026-12-26")), (true, false));
        // A Christmas Eve afternoon off costs nothing: it is a holiday already.
        let eve_afternoon =
            LeaveSpan { start_half: Half::Afternoon, ..LeaveSpan::whole_days(d("2026-12-24"), d("2026-12-24")) };
        assert_eq!(shop.leave_days(&eve_afternoon), LeaveDays::ZERO);
        // A whole-day holiday on the same day as a half-day one wins.
        let both = WorkCalendar { holidays: vec![eve, holiday("2026-12-24", false)], ..WorkCalendar::default() };
        assert_eq!(days(&both, "2026-12-24", "2026-12-24"), LeaveDays::ZERO);
    }

    #[test]
    fn booked_days_keep_their_total_when_the_calendar_changes() {
        let calendar = WorkCalendar { holidays: vec![holiday("2027-01-01", false)], ..WorkCalendar::default() };
        // Booked as 10 days before New Year's Day was a holiday.
        let span = LeaveSpan::whole_days(d("2026-12-28"), d("2027-01-08"));
        assert_eq!(calendar.booked_days_by_year(&span, whole(10)), vec![(2026, whole(4)), (2027, whole(6))]);
        let march = LeaveSpan::whole_days(d("2026-03-02"), d("2026-03-06"));
        assert_eq!(calendar.booked_days_by_year(&march, whole(5)), vec![(2026, whole(5))]);
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
        assert_eq!(parse_week(&week_text(&[1, 2, 3, 4, 5, 6], &[6])), (vec![1, 2, 3, 4, 5, 6], vec![6]));
        assert_eq!(week_text(&[1, 2, 6], &[6, 7]), "1,2,6h");
        assert_eq!(parse_week("1, 3,x,9,0,7, 5h,hh"), (vec![1, 3, 7, 5], vec![5]));
        assert_eq!(parse_week(""), (Vec::<u8>::new(), Vec::<u8>::new()));
    }

    #[test]
    fn a_cached_calendar_from_before_half_days_reads_as_it_was() {
        let calendar: WorkCalendar = serde_json::from_str(r#"{"holidays": []}"#).unwrap();
        assert_eq!(calendar, WorkCalendar::default());
        let holiday: Holiday = serde_json::from_str(r#"{"date": "2026-12-25", "name": "Christmas Day"}"#).unwrap();
        assert!(!holiday.half_day && !holiday.recurring);
    }
}
