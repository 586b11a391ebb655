//! Correcting attendance: what a correction may propose, judged by the same function on the device (its
//! pre-check, offline) and on the server (its verdict), and who may decide one. The wire type of a
//! correction request lives here with them.

use crate::wire::Role;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The longest reason a correction, or its rejection, may give.
pub const REASON_MAX: usize = 255;
/// The longest a corrected record may last: a check-out more than a day after its check-in is a typo.
pub const LONGEST_RECORD_HOURS: i64 = 24;

/// A record's times: its check-in and, once closed, its check-out.
pub type Span = (DateTime<Utc>, Option<DateTime<Utc>>);

/// Why a proposed correction cannot be made, per field as the API words its validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorrectionProblem {
    /// Neither a check-in nor a check-out was proposed.
    NothingProposed,
    /// A missing record needs both its times.
    CheckInRequired,
    CheckOutRequired,
    InFuture {
        field: &'static str,
    },
    OutNotAfterIn,
    TooLong,
    /// The proposal is what the record already says.
    Unchanged,
    /// The corrected times overlap another of the person's records.
    Overlaps {
        other: Span,
    },
}

impl CorrectionProblem {
    /// The input field the problem is reported on.
    pub fn field(&self) -> &'static str {
        match self {
            CorrectionProblem::InFuture { field } => field,
            CorrectionProblem::CheckOutRequired | CorrectionProblem::OutNotAfterIn | CorrectionProblem::TooLong => {
                "check_out_at"
            }
            _ => "check_in_at",
        }
    }

    /// The message, in Laravel's words where Laravel has a rule for it; `local` writes a time as the reader
    /// reads it (the company's time zone on the server, the device's own on the device).
    pub fn message(&self, local: impl Fn(DateTime<Utc>) -> String) -> String {
        match self {
            CorrectionProblem::NothingProposed => {
                "The check in at field is required when check out at is not present.".to_owned()
            }
            CorrectionProblem::CheckInRequired => {
                "The check in at field is required when attendance record id is not present.".to_owned()
            }
            CorrectionProblem::CheckOutRequired => {
                "The check out at field is required when attendance record id is not present.".to_owned()
            }
            CorrectionProblem::InFuture { field } => {
                format!("The {} field must be a date before or equal to now.", field.replace('_', " "))
            }
            CorrectionProblem::OutNotAfterIn => "The check out at field must be a date after check in at.".to_owned(),
            CorrectionProblem::TooLong => {
                format!("The check out at field must be within {LONGEST_RECORD_HOURS} hours of check in at.")
            }
            CorrectionProblem::Unchanged => "These are the times already recorded.".to_owned(),
            CorrectionProblem::Overlaps { other: (start, end) } => {
                let end = end.map_or_else(|| "no check-out yet".to_owned(), &local);
                format!("These times overlap your attendance from {} to {end}.", local(*start))
            }
        }
    }
}

/// The record's times once corrected, or why the correction cannot be made.
///
/// `current` is the record's times now (`None` to add a missing record, which needs both times); a proposed
/// time replaces the current one, an absent one keeps it. Nothing may be in the future (after `now`), a
/// check-out must come after the check-in and within [`LONGEST_RECORD_HOURS`], and the result may not
/// overlap `others`, the person's other records (an open one lasts until further notice).
pub fn corrected_span(
    current: Option<Span>,
    check_in_at: Option<DateTime<Utc>>,
    check_out_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    others: &[Span],
) -> Result<Span, CorrectionProblem> {
    if check_in_at.is_none() && check_out_at.is_none() {
        return Err(CorrectionProblem::NothingProposed);
    }
    let (check_in, check_out) = match current {
        Some((recorded_in, recorded_out)) => (check_in_at.unwrap_or(recorded_in), check_out_at.or(recorded_out)),
        None => (
            check_in_at.ok_or(CorrectionProblem::CheckInRequired)?,
            Some(check_out_at.ok_or(CorrectionProblem::CheckOutRequired)?),
        ),
    };
    if check_in_at.is_some_and(|at| at > now) {
        return Err(CorrectionProblem::InFuture { field: "check_in_at" });
    }
    if check_out_at.is_some_and(|at| at > now) {
        return Err(CorrectionProblem::InFuture { field: "check_out_at" });
    }
    if let Some(out) = check_out {
        if out <= check_in {
            return Err(CorrectionProblem::OutNotAfterIn);
        }
        if out - check_in > Duration::hours(LONGEST_RECORD_HOURS) {
            return Err(CorrectionProblem::TooLong);
        }
    }
    if current == Some((check_in, check_out)) {
        return Err(CorrectionProblem::Unchanged);
    }
    if let Some(other) = others.iter().find(|other| spans_overlap((check_in, check_out), **other)) {
        return Err(CorrectionProblem::Overlaps { other: *other });
    }
    Ok((check_in, check_out))
}

/// Whether two records share a moment; a record without a check-out lasts until further notice, and one that
/// ends as the other starts does not overlap it.
pub fn spans_overlap(a: Span, b: Span) -> bool {
    let before_end = |at: DateTime<Utc>, end: Option<DateTime<Utc>>| end.is_none_or(|end| at < end);
    before_end(a.0, b.1) && before_end(b.0, a.1)
}

/// Whether `me` may decide a correction `requester` asked for: while it is pending, their manager (anyone
/// above them, `manages_requester`) or HR, and never the requester. The server enforces it; the device
/// counts what waits with it.
pub fn may_decide(status: &str, requester: &str, me: &str, my_role: Role, manages_requester: bool) -> bool {
    status == "pending" && requester != me && (my_role == Role::Hr || manages_requester)
}

/// A correction someone asked for (`/api/v1/me/attendance/corrections`, `/api/v1/attendance-corrections`):
/// new times for one of their records, or a record for a day that has none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AttendanceCorrectionAttributes {
    /// The working day corrected, in the company's time zone.
    pub date: NaiveDate,
    /// The check-in asked for; absent when the check-in stays as recorded.
    pub check_in_at: Option<DateTime<Utc>>,
    /// The check-out asked for; absent when the check-out stays as recorded.
    pub check_out_at: Option<DateTime<Utc>>,
    pub reason: String,
    /// pending | approved | rejected
    pub status: String,
    pub employee_name: String,
    /// The record's check-in when the correction was asked for; absent for a missing record.
    pub recorded_check_in_at: Option<DateTime<Utc>>,
    pub recorded_check_out_at: Option<DateTime<Utc>>,
    pub requested_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by_name: Option<String>,
    /// Why it was rejected (required), or a note on the approval.
    pub decision_reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> DateTime<Utc> {
        format!("2026-11-20T{text}:00Z").parse().unwrap()
    }

    const NOW: &str = "20:00";

    #[test]
    fn a_forgotten_check_out_is_added_to_the_record() {
        let span = corrected_span(Some((t("08:58"), None)), None, Some(t("17:30")), t(NOW), &[]);
        assert_eq!(span, Ok((t("08:58"), Some(t("17:30")))));
    }

    #[test]
    fn a_missing_record_needs_both_times() {
        assert_eq!(corrected_span(None, None, Some(t("17:00")), t(NOW), &[]), Err(CorrectionProblem::CheckInRequired));
        assert_eq!(corrected_span(None, Some(t("09:00")), None, t(NOW), &[]), Err(CorrectionProblem::CheckOutRequired));
        assert_eq!(corrected_span(None, None, None, t(NOW), &[]), Err(CorrectionProblem::NothingProposed));
    }

    #[test]
    fn times_must_be_past_ordered_and_new() {
        let record = Some((t("09:00"), Some(t("17:00"))));
        let future = corrected_span(record, None, Some(t("21:00")), t(NOW), &[]);
        assert_eq!(future, Err(CorrectionProblem::InFuture { field: "check_out_at" }));
        assert_eq!(corrected_span(record, Some(t("17:30")), None, t(NOW), &[]), Err(CorrectionProblem::OutNotAfterIn));
        assert_eq!(corrected_span(record, Some(t("09:00")), None, t(NOW), &[]), Err(CorrectionProblem::Unchanged));
        let message = CorrectionProblem::InFuture { field: "check_in_at" }.message(|at| at.to_string());
        assert_eq!(message, "The check in at field must be a date before or equal to now.");
    }

    #[test]
    fn a_correction_may_not_run_into_another_record() {
        let lunch_back = (t("13:00"), Some(t("17:00")));
        let problem =
            corrected_span(Some((t("09:00"), Some(t("12:00")))), None, Some(t("13:30")), t(NOW), &[lunch_back]);
        assert_eq!(problem, Err(CorrectionProblem::Overlaps { other: lunch_back }));
        let touching =
            corrected_span(Some((t("09:00"), Some(t("12:00")))), None, Some(t("13:00")), t(NOW), &[lunch_back]);
        assert!(touching.is_ok());
        let words =
            CorrectionProblem::Overlaps { other: (t("13:00"), None) }.message(|at| at.format("%H:%M").to_string());
        assert_eq!(words, "These times overlap your attendance from 13:00 to no check-out yet.");
    }

    #[test]
    fn the_requester_never_decides_their_own() {
        assert!(may_decide("pending", "7", "3", Role::Manager, true));
        assert!(may_decide("pending", "7", "1", Role::Hr, false));
        assert!(!may_decide("pending", "1", "1", Role::Hr, false));
        assert!(!may_decide("pending", "7", "3", Role::Manager, false));
        assert!(!may_decide("approved", "7", "3", Role::Manager, true));
    }
}
