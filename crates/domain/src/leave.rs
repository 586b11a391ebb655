//! Checking a leave request against a balance, counting its days with the requester's calendar.

use crate::calendar::WorkCalendar;
use crate::wire::{LeaveRequestAttributes, Role};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
    Overlap {
        start: NaiveDate,
        end: NaiveDate,
    },
    InsufficientBalance {
        leave_type: String,
        year: i32,
        requested: i64,
        available: i64,
    },
    /// The leave type asks for more notice than the request gives.
    TooLittleNotice {
        days: i64,
    },
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
            LeaveProblem::TooLittleNotice { days } => {
                write!(
                    f,
                    "The start date must be at least {days} {} from today.",
                    if *days == 1 { "day" } else { "days" }
                )
            }
        }
    }
}

/// Checks a request against the employee's other open requests and balances, and answers the working
/// days it costs in `calendar`, the requester's.
///
/// `existing` are the employee's pending and approved requests; `balance_for(year)` the balance of the
/// requested leave type in that year (already counting those requests).
pub fn check_request(
    calendar: &WorkCalendar,
    start: NaiveDate,
    end: NaiveDate,
    leave_type_name: &str,
    existing: &[(NaiveDate, NaiveDate)],
    balance_for: impl Fn(i32) -> Balance,
) -> Result<u32, LeaveProblem> {
    let days = calendar.working_days(start, end);
    if days == 0 {
        return Err(LeaveProblem::NoWorkingDays);
    }
    if let Some(&(s, e)) = existing.iter().find(|&&other| overlaps((start, end), other)) {
        return Err(LeaveProblem::Overlap { start: s, end: e });
    }
    for (year, requested) in calendar.working_days_by_year(start, end) {
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
    fn overlap_is_inclusive() {
        assert!(overlaps((d("2026-12-01"), d("2026-12-03")), (d("2026-12-03"), d("2026-12-05"))));
        assert!(!overlaps((d("2026-12-01"), d("2026-12-02")), (d("2026-12-03"), d("2026-12-05"))));
    }

    #[test]
    fn pending_requests_reduce_what_can_be_asked_for() {
        let balance = Balance { entitled: 21, used: 10, pending: 8 };
        assert_eq!(balance.remaining(), 3);
        let problem =
            check_request(&WorkCalendar::default(), d("2026-11-23"), d("2026-11-27"), "Annual Leave", &[], |_| balance)
                .unwrap_err();
        assert_eq!(problem.to_string(), "Not enough Annual Leave balance for 2026: 5 days requested, 3 available.");
        assert_eq!(
            check_request(&WorkCalendar::default(), d("2026-11-23"), d("2026-11-25"), "Annual Leave", &[], |_| balance),
            Ok(3)
        );
    }

    #[test]
    fn overlapping_and_empty_requests_are_refused() {
        let roomy = |_| Balance { entitled: 21, used: 0, pending: 0 };
        let existing = [(d("2026-11-25"), d("2026-11-26"))];
        assert_eq!(
            check_request(&WorkCalendar::default(), d("2026-11-23"), d("2026-11-25"), "Annual Leave", &existing, roomy),
            Err(LeaveProblem::Overlap { start: d("2026-11-25"), end: d("2026-11-26") })
        );
        assert_eq!(
            check_request(&WorkCalendar::default(), d("2026-11-28"), d("2026-11-29"), "Annual Leave", &[], roomy),
            Err(LeaveProblem::NoWorkingDays)
        );
    }
}
