//! Counting leave days and checking a request against a balance.

use crate::wire::{LeaveRequestAttributes, Role};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Monday to Friday are working days; a request's cost is the working days it covers.
pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Working days from `start` to `end`, both included; zero when `end` is before `start`.
pub fn working_days(start: NaiveDate, end: NaiveDate) -> u32 {
    if end < start {
        return 0;
    }
    let total = (end - start).num_days() + 1;
    let full_weeks = total / 7;
    let first_of_remainder = start + chrono::Duration::days(full_weeks * 7);
    let remainder =
        (0..total % 7).filter(|&offset| is_working_day(first_of_remainder + chrono::Duration::days(offset))).count();
    let days = full_weeks * 5 + remainder as i64;
    u32::try_from(days).unwrap_or(u32::MAX)
}

/// The working days of `start..=end` that fall in each calendar year, since balances are per year.
pub fn working_days_by_year(start: NaiveDate, end: NaiveDate) -> Vec<(i32, u32)> {
    (start.year()..=end.year())
        .filter_map(|year| {
            let from = start.max(NaiveDate::from_ymd_opt(year, 1, 1)?);
            let to = end.min(NaiveDate::from_ymd_opt(year, 12, 31)?);
            let days = working_days(from, to);
            (days > 0).then_some((year, days))
        })
        .collect()
}

/// Whether the employee may still withdraw a request: while it is pending, and once approved until the
/// leave starts.
pub fn can_cancel(status: &str, start_date: NaiveDate, today: NaiveDate) -> bool {
    status == "pending" || (status == "approved" && start_date > today)
}

/// Whether `me` may decide `request` now: its current step is a manager's and names `me`, or is HR's
/// and `me` is in HR and not the requester. The server enforces it; the device counts what waits.
pub fn may_decide(request: &LeaveRequestAttributes, requester: &str, me: &str, my_role: Role) -> bool {
    if request.status != "pending" {
        return false;
    }
    let current = request.approval_steps.iter().filter(|s| s.status == "pending").min_by_key(|s| s.sequence);
    match current {
        Some(step) if step.role == "manager" => step.approver_id.as_deref() == Some(me),
        Some(_) => my_role == Role::Hr && requester != me,
        None => false,
    }
}

/// Whether two inclusive date ranges share at least one day.
pub fn overlaps(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// A leave balance for one leave type and year, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Balance {
    pub entitled: i64,
    pub used: i64,
    pub pending: i64,
}

impl Balance {
    /// What can still be requested: pending requests already count against it.
    pub fn remaining(&self) -> i64 {
        self.entitled - self.used - self.pending
    }
}

/// Why a leave request cannot be made, as the user should read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaveProblem {
    NoWorkingDays,
    Overlap { start: NaiveDate, end: NaiveDate },
    InsufficientBalance { leave_type: String, year: i32, requested: i64, available: i64 },
}

impl std::fmt::Display for LeaveProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LeaveProblem::NoWorkingDays => write!(f, "The selected dates contain no working days."),
            LeaveProblem::Overlap { start, end } => {
                write!(f, "These dates overlap your leave request from {start} to {end}.")
            }
            LeaveProblem::InsufficientBalance { leave_type, year, requested, available } => write!(
                f,
                "Not enough {leave_type} balance for {year}: {requested} {} requested, {available} available.",
                if *requested == 1 { "day" } else { "days" }
            ),
        }
    }
}

/// Checks a request against the employee's other open requests and balances.
///
/// `existing` are the employee's pending and approved requests; `balance_for(year)` the balance of the
/// requested leave type in that year (already counting those requests).
pub fn check_request(
    start: NaiveDate,
    end: NaiveDate,
    leave_type_name: &str,
    existing: &[(NaiveDate, NaiveDate)],
    balance_for: impl Fn(i32) -> Balance,
) -> Result<u32, LeaveProblem> {
    let days = working_days(start, end);
    if days == 0 {
        return Err(LeaveProblem::NoWorkingDays);
    }
    if let Some(&(s, e)) = existing.iter().find(|&&other| overlaps((start, end), other)) {
        return Err(LeaveProblem::Overlap { start: s, end: e });
    }
    for (year, requested) in working_days_by_year(start, end) {
        let available = balance_for(year).remaining();
        if i64::from(requested) > available {
            return Err(LeaveProblem::InsufficientBalance {
                leave_type: leave_type_name.to_owned(),
                year,
                requested: i64::from(requested),
                available: available.max(0),
            });
        }
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn pending_requests_can_be_withdrawn_and_approved_ones_until_they_start() {
        let today = d("2026-11-23");
        assert!(can_cancel("pending", d("2026-11-20"), today));
        assert!(can_cancel("approved", d("2026-11-24"), today));
        assert!(!can_cancel("approved", today, today), "the leave has started");
        for status in ["rejected", "cancelled"] {
            assert!(!can_cancel(status, d("2027-01-04"), today), "{status}");
        }
    }

    #[test]
    fn weekends_do_not_count() {
        // 2026-11-23 is a Monday.
        assert_eq!(working_days(d("2026-11-23"), d("2026-11-23")), 1);
        assert_eq!(working_days(d("2026-11-23"), d("2026-11-29")), 5);
        assert_eq!(working_days(d("2026-11-28"), d("2026-11-29")), 0);
        assert_eq!(working_days(d("2026-11-27"), d("2026-12-07")), 7);
        assert_eq!(working_days(d("2026-01-01"), d("2026-12-31")), 261);
        assert_eq!(working_days(d("2026-11-24"), d("2026-11-23")), 0);
    }

    #[test]
    fn a_request_over_new_year_is_split_between_the_years() {
        assert_eq!(working_days_by_year(d("2026-12-28"), d("2027-01-08")), vec![(2026, 4), (2027, 6)]);
    }

    #[test]
    fn overlap_is_inclusive() {
        assert!(overlaps((d("2026-12-01"), d("2026-12-03")), (d("2026-12-03"), d("2026-12-05"))));
        assert!(!overlaps((d("2026-12-01"), d("2026-12-02")), (d("2026-12-03"), d("2026-12-05"))));
    }

    #[test]
    fn pending_requests_reduce_what_can_be_asked_for() {
        let balance = Balance { entitled: 21, used: 10, pending: 8 };
        assert_eq!(balance.remaining(), 3);
        let problem = check_request(d("2026-11-23"), d("2026-11-27"), "Annual Leave", &[], |_| balance).unwrap_err();
        assert_eq!(problem.to_string(), "Not enough Annual Leave balance for 2026: 5 days requested, 3 available.");
        assert_eq!(check_request(d("2026-11-23"), d("2026-11-25"), "Annual Leave", &[], |_| balance), Ok(3));
    }

    #[test]
    fn overlapping_and_empty_requests_are_refused() {
        let roomy = |_| Balance { entitled: 21, used: 0, pending: 0 };
        let existing = [(d("2026-11-25"), d("2026-11-26"))];
        assert_eq!(
            check_request(d("2026-11-23"), d("2026-11-25"), "Annual Leave", &existing, roomy),
            Err(LeaveProblem::Overlap { start: d("2026-11-25"), end: d("2026-11-26") })
        );
        assert_eq!(
            check_request(d("2026-11-28"), d("2026-11-29"), "Annual Leave", &[], roomy),
            Err(LeaveProblem::NoWorkingDays)
        );
    }
}
