//! Shifts: when someone is expected at work. Which shift applies on a day, its window (an overnight shift
//! ends the next day), whether a check-in was late or a check-out early (each with its grace), and when a
//! punch left open counts as forgotten and where the server closes it.
//!
//! Every time here is the company's local time: the server converts with the company's time zone before
//! asking, so the rules never see an offset. The wire types of shifts and their assignments live here, with
//! the rules that read them.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

/// How long an open punch waits for its check-out after the shift's end before the server closes it, unless
/// the shift says otherwise; also how long a punch with no shift waits after the midnight that ends its day.
/// Two hours, as Odoo's automatic check-out tolerance: long enough for ordinary overtime to end with a real
/// check-out rather than a guessed one.
pub const DEFAULT_AUTO_CLOSE_AFTER_MINUTES: u32 = 120;

/// A shift's hours and tolerances.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shift {
    pub starts_at: NaiveTime,
    pub ends_at: NaiveTime,
    /// A check-in this long after the start is still on time.
    pub late_grace_minutes: u32,
    /// A check-out this long before the end is not leaving early.
    pub early_grace_minutes: u32,
    /// How long after the end an open punch waits for its check-out before the server closes it.
    pub auto_close_after_minutes: u32,
}

impl Shift {
    /// An overnight shift ends at or before the time it starts, on the next day: 22:00–06:00.
    pub fn overnight(&self) -> bool {
        self.ends_at <= self.starts_at
    }

    /// The shift as worked from `day`, the day it starts.
    pub fn on(&self, day: NaiveDate) -> Occurrence {
        let end_day = if self.overnight() { day.succ_opt().unwrap_or(day) } else { day };
        Occurrence { day, start: day.and_time(self.starts_at), end: end_day.and_time(self.ends_at), shift: *self }
    }

    /// How long the shift lasts, in minutes: never zero or negative, since an end at the start is the next day.
    pub fn length_minutes(&self) -> i64 {
        let occurrence = self.on(NaiveDate::from_ymd_opt(2000, 1, 3).unwrap_or_default());
        (occurrence.end - occurrence.start).num_minutes()
    }
}

/// One day's shift: from its start on `day` to its end (the next day for an overnight shift).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub day: NaiveDate,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub shift: Shift,
}

impl Occurrence {
    /// A check-in later than the start plus the late grace is late.
    pub fn is_late(&self, check_in: NaiveDateTime) -> bool {
        check_in > self.start + Duration::minutes(i64::from(self.shift.late_grace_minutes))
    }

    /// A check-out earlier than the end less the early grace leaves early.
    pub fn left_early(&self, check_out: NaiveDateTime) -> bool {
        check_out < self.end - Duration::minutes(i64::from(self.shift.early_grace_minutes))
    }
}

/// A shift given to someone from a day, until a day (included) or for good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment<S> {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub shift: S,
}

impl<S> Assignment<S> {
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && self.to.is_none_or(|to| day <= to)
    }
}

/// The shift someone works on `day`: of the assignments that cover it, the one that starts latest, so a new
/// assignment takes over from an open-ended older one without HR having to end it first; of two that start
/// the same day, the one made last (later in `assignments`).
pub fn shift_on<S>(assignments: &[Assignment<S>], day: NaiveDate) -> Option<&S> {
    assignments
        .iter()
        .enumerate()
        .filter(|(_, assignment)| assignment.covers(day))
        .max_by_key(|(made, assignment)| (assignment.from, *made))
        .map(|(_, assignment)| &assignment.shift)
}

/// The shift a check-in belongs to: the previous day's overnight shift while it lasts, else the day's own
/// shift until it ends. `None` when the check-in comes after the day's shift has ended, or no shift applies.
pub fn occurrence_of(check_in: NaiveDateTime, shift_on: impl Fn(NaiveDate) -> Option<Shift>) -> Option<Occurrence> {
    let day = check_in.date();
    let previous = day.pred_opt().and_then(|previous| Some(shift_on(previous)?.on(previous)));
    let overnight_still_on = previous.filter(|o| o.shift.overnight() && check_in < o.end);
    overnight_still_on.or_else(|| shift_on(day).map(|shift| shift.on(day)).filter(|o| check_in < o.end))
}

/// Whether the first check-in of a day is late: against the shift it belongs to, or against the day's shift
/// when it comes after that shift ended. `None` when no shift applies, and the company's start decides.
pub fn is_late(check_in: NaiveDateTime, shift_on: impl Fn(NaiveDate) -> Option<Shift>) -> Option<bool> {
    let day = check_in.date();
    let occurrence = occurrence_of(check_in, &shift_on).or_else(|| shift_on(day).map(|shift| shift.on(day)))?;
    Some(occurrence.is_late(check_in))
}

/// Where and when the server closes a punch nobody checked out of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AutoClose {
    /// The check-out it records: the end of the shift, or the end of the check-in's day.
    pub close_at: NaiveDateTime,
    /// From when the punch counts as forgotten: the close plus the shift's wait for a late check-out.
    pub due_at: NaiveDateTime,
}

/// When a punch checked in at `check_in` counts as forgotten, and the check-out the server then records.
///
/// With the shift it belongs to ([`occurrence_of`]), the punch is closed at the shift's end once the shift's
/// wait has passed. Without one (no shift that day, or a check-in after the shift ended), it is closed at the
/// end of the check-in's day, the next midnight, after [`DEFAULT_AUTO_CLOSE_AFTER_MINUTES`]: a day's work
/// that needs to cross midnight needs an overnight shift.
pub fn auto_close(check_in: NaiveDateTime, occurrence: Option<&Occurrence>) -> AutoClose {
    let (close_at, wait) = match occurrence {
        Some(occurrence) => (occurrence.end, occurrence.shift.auto_close_after_minutes),
        None => {
            let next_day = check_in.date().succ_opt().unwrap_or(check_in.date());
            (next_day.and_time(NaiveTime::MIN), DEFAULT_AUTO_CLOSE_AFTER_MINUTES)
        }
    };
    AutoClose { close_at, due_at: close_at + Duration::minutes(i64::from(wait)) }
}

/// A clock time as shifts are written, `HH:MM` (24-hour).
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    (text.len() == 5).then(|| NaiveTime::parse_from_str(text, "%H:%M").ok()).flatten()
}

/// A clock time as the API writes it, `HH:MM`.
pub fn format_clock(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// A shift as the API shows it (`GET /api/v1/shifts`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ShiftAttributes {
    pub name: String,
    /// `HH:MM`, in the company's time zone.
    pub starts_at: String,
    /// `HH:MM`; at or before `starts_at` for a shift that ends the next day.
    pub ends_at: String,
    /// Ends the next day.
    pub overnight: bool,
    pub late_grace_minutes: u32,
    pub early_grace_minutes: u32,
    /// How long after the end an open punch waits for its check-out before the server closes it at the end.
    pub auto_close_after_minutes: u32,
    /// A retired shift can no longer be assigned; the assignments it has keep applying until they end.
    pub retired: bool,
}

impl ShiftAttributes {
    /// The rules' view of this shift; `None` when its times are not `HH:MM`.
    pub fn rule(&self) -> Option<Shift> {
        Some(Shift {
            starts_at: parse_clock(&self.starts_at)?,
            ends_at: parse_clock(&self.ends_at)?,
            late_grace_minutes: self.late_grace_minutes,
            early_grace_minutes: self.early_grace_minutes,
            auto_close_after_minutes: self.auto_close_after_minutes,
        })
    }
}

/// A shift given to someone for a span of days (`GET /api/v1/shift-assignments`), with the shift itself so a
/// device can show the person's hours offline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ShiftAssignmentAttributes {
    /// The first day it applies.
    pub from: NaiveDate,
    /// The last day it applies; open-ended when absent.
    pub to: Option<NaiveDate>,
    pub employee_name: String,
    pub shift: ShiftAttributes,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: &str, time: &str) -> NaiveDateTime {
        day.parse::<NaiveDate>().unwrap().and_time(parse_clock(time).unwrap())
    }

    fn shift(starts: &str, ends: &str) -> Shift {
        Shift {
            starts_at: parse_clock(starts).unwrap(),
            ends_at: parse_clock(ends).unwrap(),
            late_grace_minutes: 10,
            early_grace_minutes: 5,
            auto_close_after_minutes: 60,
        }
    }

    #[test]
    fn an_overnight_shift_ends_the_next_morning() {
        let night = shift("22:00", "06:00").on("2026-11-20".parse().unwrap());
        assert_eq!((night.start, night.end), (at("2026-11-20", "22:00"), at("2026-11-21", "06:00")));
        assert_eq!(shift("22:00", "06:00").length_minutes(), 8 * 60);
        assert_eq!(shift("09:00", "09:00").length_minutes(), 24 * 60);
        assert!(!shift("09:00", "17:30").overnight());
    }

    #[test]
    fn late_and_early_count_from_the_grace_not_the_bell() {
        let day = shift("09:00", "17:30").on("2026-11-20".parse().unwrap());
        assert!(!day.is_late(at("2026-11-20", "09:10")));
        assert!(day.is_late(at("2026-11-20", "09:11")));
        assert!(!day.left_early(at("2026-11-20", "17:25")));
        assert!(day.left_early(at("2026-11-20", "17:24")));
    }

    #[test]
    fn a_newer_assignment_takes_over_from_an_open_ended_one() {
        let day = |d: &str| d.parse::<NaiveDate>().unwrap();
        let assignments = [
            Assignment { from: day("2026-01-01"), to: None, shift: "early" },
            Assignment { from: day("2026-06-01"), to: Some(day("2026-06-30")), shift: "late" },
        ];
        assert_eq!(shift_on(&assignments, day("2025-12-31")), None);
        assert_eq!(shift_on(&assignments, day("2026-05-31")), Some(&"early"));
        assert_eq!(shift_on(&assignments, day("2026-06-15")), Some(&"late"));
        assert_eq!(shift_on(&assignments, day("2026-07-01")), Some(&"early"));
    }

    #[test]
    fn a_check_in_after_midnight_belongs_to_the_night_shift_that_began_the_day_before() {
        let night = shift("22:00", "06:00");
        let occurrence = occurrence_of(at("2026-11-21", "00:40"), |_| Some(night)).unwrap();
        assert_eq!(occurrence.day, "2026-11-20".parse::<NaiveDate>().unwrap());
        assert!(occurrence.is_late(at("2026-11-21", "00:40")));
        let close = auto_close(at("2026-11-21", "00:40"), Some(&occurrence));
        assert_eq!((close.close_at, close.due_at), (at("2026-11-21", "06:00"), at("2026-11-21", "07:00")));
    }

    #[test]
    fn without_a_shift_a_forgotten_punch_closes_at_midnight() {
        let close = auto_close(at("2026-11-20", "08:58"), None);
        assert_eq!(close.close_at, at("2026-11-21", "00:00"));
        assert_eq!(close.due_at, at("2026-11-21", "02:00"));
        // After the day's shift ended, the shift no longer bounds the punch.
        let day = shift("09:00", "17:30");
        assert_eq!(occurrence_of(at("2026-11-20", "18:00"), |_| Some(day)), None);
        assert_eq!(is_late(at("2026-11-20", "18:00"), |_| Some(day)), Some(true));
        assert_eq!(is_late(at("2026-11-20", "18:00"), |_| None), None);
    }

    #[test]
    fn clock_times_are_strictly_hours_and_minutes() {
        assert_eq!(parse_clock("07:05").map(format_clock).as_deref(), Some("07:05"));
        for wrong in ["7:05", "24:00", "07:60", "07:05:00", "", "seven"] {
            assert_eq!(parse_clock(wrong), None, "{wrong}");
        }
    }
}
