//! Checking a leave request against a balance, counting its days with the requester's calendar.

use crate::calendar::{LeaveSpan, WorkCalendar};
use crate::days::LeaveDays;
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

/// Whether two leaves share a half day: a morning off and the same day's afternoon off do not.
pub fn spans_overlap(a: &LeaveSpan, b: &LeaveSpan) -> bool {
    (a.start, a.start_half) <= (b.end, b.end_half) && (b.start, b.start_half) <= (a.end, a.end_half)
}

/// A leave balance for one leave type and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Balance {
    pub entitled: LeaveDays,
    pub used: LeaveDays,
    pub pending: LeaveDays,
}

impl Balance {
    /// What can still be requested: pending requests already count against it.
    pub fn remaining(&self) -> LeaveDays {
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
        /// The leave year as people name it (`2026`, `2026/27`).
        year: String,
        requested: LeaveDays,
        available: LeaveDays,
    },
    /// The leave type is taken in whole days and the request starts or ends at midday.
    WholeDaysOnly {
        leave_type: String,
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
                requested.unit()
            ),
            LeaveProblem::WholeDaysOnly { leave_type } => write!(f, "{leave_type} is taken in whole days."),
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

/// Checks a request against the employee's other open requests and balances, and answers the days it
/// costs in `calendar`, the requester's.
///
/// `existing` are the employee's pending and approved requests; `balance_for(year)` the balance of the
/// requested leave type in that leave year (already counting those requests).
pub fn check_request(
    calendar: &WorkCalendar,
    span: &LeaveSpan,
    leave_type_name: &str,
    existing: &[LeaveSpan],
    balance_for: impl Fn(i32) -> Balance,
) -> Result<LeaveDays, LeaveProblem> {
    let days = calendar.leave_days(span);
    if days.is_zero() {
        return Err(LeaveProblem::NoWorkingDays);
    }
    if let Some(other) = existing.iter().find(|other| spans_overlap(span, other)) {
        return Err(LeaveProblem::Overlap { start: other.start, end: other.end });
    }
    for (year, requested) in calendar.leave_days_by_year(span) {
        let available = balance_for(year).remaining();
        if requested > available {
            return Err(LeaveProblem::InsufficientBalance {
                leave_type: leave_type_name.to_owned(),
                year: calendar.leave_year_starts.name(year),
                requested,
                available: available.max(LeaveDays::ZERO),
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

    fn span(start: &str, end: &str) -> LeaveSpan {
        LeaveSpan::whole_days(d(start), d(end))
    }

    fn balance(entitled: i64, used: i64, pending: i64) -> Balance {
        Balance {
            entitled: LeaveDays::whole(entitled),
            used: LeaveDays::whole(used),
            pending: LeaveDays::whole(pending),
        }
    }

    #[test]
    fn pending_requests_reduce_what_can_be_asked_for() {
        let balance = balance(21, 10, 8);
        assert_eq!(balance.remaining(), LeaveDays::whole(3));
        let calendar = WorkCalendar::default();
        let problem =
            check_request(&calendar, &span("2026-11-23", "2026-11-27"), "Annual Leave", &[], |_| balance).unwrap_err();
        assert_eq!(problem.to_string(), "Not enough Annual Leave balance for 2026: 5 days requested, 3 available.");
        assert_eq!(
            check_request(&calendar, &span("2026-11-23", "2026-11-25"), "Annual Leave", &[], |_| balance),
            Ok(LeaveDays::whole(3))
        );
        let three_and_a_half =
            LeaveSpan { end_half: crate::calendar::Half::Morning, ..span("2026-11-23", "2026-11-26") };
        assert_eq!(
            check_request(&calendar, &three_and_a_half, "Annual Leave", &[], |_| balance).unwrap_err().to_string(),
            "Not enough Annual Leave balance for 2026: 3.5 days requested, 3 available."
        );
    }

    #[test]
    fn overlapping_and_empty_requests_are_refused() {
        let roomy = |_| balance(21, 0, 0);
        let calendar = WorkCalendar::default();
        let existing = [span("2026-11-25", "2026-11-26")];
        assert_eq!(
            check_request(&calendar, &span("2026-11-23", "2026-11-25"), "Annual Leave", &existing, roomy),
            Err(LeaveProblem::Overlap { start: d("2026-11-25"), end: d("2026-11-26") })
        );
        assert_eq!(
            check_request(&calendar, &span("2026-11-28", "2026-11-29"), "Annual Leave", &[], roomy),
            Err(LeaveProblem::NoWorkingDays)
        );
    }

    #[test]
    fn a_morning_off_and_the_same_afternoon_off_do_not_overlap() {
        use crate::calendar::Half;
        let monday = span("2026-11-23", "2026-11-23");
        let morning = LeaveSpan { end_half: Half::Morning, ..monday };
        let afternoon = LeaveSpan { start_half: Half::Afternoon, ..monday };
        assert!(!spans_overlap(&morning, &afternoon));
        assert!(spans_overlap(&monday, &afternoon));
        let roomy = |_| balance(21, 0, 0);
        assert_eq!(
            check_request(&WorkCalendar::default(), &afternoon, "Annual Leave", &[morning], roomy),
            Ok(LeaveDays::HALF)
        );
    }
}
