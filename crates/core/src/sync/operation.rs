//! The writes a device can make offline, as they wait in the outbox.

use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_domain::calendar::{Half, LeaveSpan};
use okta_hr_domain::geofence::Fix;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Operation {
    CheckIn {
        fix: Option<Fix>,
        is_mocked: bool,
    },
    CheckOut {
        fix: Option<Fix>,
        is_mocked: bool,
    },
    SubmitLeave {
        leave_type: String,
        start_date: NaiveDate,
        end_date: NaiveDate,
        /// Queued before half days, a request took whole days.
        #[serde(default)]
        start_half: Half,
        #[serde(default = "Half::afternoon")]
        end_half: Half,
        reason: Option<String>,
    },
    /// `key` is the request's server id, or the local key of a request still queued.
    CancelLeave {
        key: String,
    },
    ActOnLeave {
        #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
        leave_request_id: i64,
        approve: bool,
        notes: Option<String>,
    },
    MarkNotificationsRead {
        id: Option<String>,
    },
    /// New times for one of the person's records (`attendance_record_id`, the server's id), or a record for
    /// `date`, which has none; an absent time stays as recorded.
    RequestCorrection {
        #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
        attendance_record_id: Option<i64>,
        date: NaiveDate,
        check_in_at: Option<DateTime<Utc>>,
        check_out_at: Option<DateTime<Utc>>,
        reason: String,
    },
    /// A manager's or HR's decision on a correction; `reason` is required to reject.
    DecideCorrection {
        #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
        attendance_correction_id: i64,
        approve: bool,
        reason: Option<String>,
    },
    /// The language the server writes the person's notifications and payslip PDFs in (a BCP 47 tag the
    /// product speaks, `Language::tag`).
    SetLanguage {
        language: String,
    },
}

impl Operation {
    /// The time a queued leave request covers; `None` for any other write.
    pub fn leave_span(&self) -> Option<LeaveSpan> {
        match self {
            Operation::SubmitLeave { start_date, end_date, start_half, end_half, .. } => {
                Some(LeaveSpan { start: *start_date, start_half: *start_half, end: *end_date, end_half: *end_half })
            }
            _ => None,
        }
    }

    /// A check-in's `kind`, which a queued check-out looks for to wait behind.
    pub(crate) const CHECK_IN: &str = "check_in";
    pub(crate) const SUBMIT_LEAVE: &str = "submit_leave";
    pub(crate) const CANCEL_LEAVE: &str = "cancel_leave";

    pub fn kind(&self) -> &'static str {
        match self {
            Operation::CheckIn { .. } => Self::CHECK_IN,
            Operation::CheckOut { .. } => "check_out",
            Operation::SubmitLeave { .. } => Self::SUBMIT_LEAVE,
            Operation::CancelLeave { .. } => Self::CANCEL_LEAVE,
            Operation::ActOnLeave { .. } => "act_on_leave",
            Operation::MarkNotificationsRead { .. } => "mark_notifications_read",
            Operation::RequestCorrection { .. } => "request_correction",
            Operation::DecideCorrection { .. } => "decide_correction",
            Operation::SetLanguage { .. } => "set_language",
        }
    }

    /// How the user would name it: "Check-in", "Leave request 2027-01-11 – 2027-01-15".
    pub fn describe(&self) -> String {
        match self {
            Operation::CheckIn { .. } => "Check-in".to_owned(),
            Operation::CheckOut { .. } => "Check-out".to_owned(),
            Operation::SubmitLeave { leave_type, start_date, end_date, .. } => {
                format!("Leave request ({leave_type}) {start_date} – {end_date}")
            }
            Operation::CancelLeave { key } => format!("Cancelling leave request {key}"),
            Operation::ActOnLeave { leave_request_id, approve, .. } => {
                format!("{} leave request {leave_request_id}", if *approve { "Approving" } else { "Rejecting" })
            }
            Operation::MarkNotificationsRead { id: Some(_) } => "Marking a notification read".to_owned(),
            Operation::MarkNotificationsRead { id: None } => "Marking all notifications read".to_owned(),
            Operation::RequestCorrection { date, .. } => format!("Attendance correction for {date}"),
            Operation::DecideCorrection { attendance_correction_id, approve, .. } => format!(
                "{} attendance correction {attendance_correction_id}",
                if *approve { "Approving" } else { "Rejecting" }
            ),
            Operation::SetLanguage { language } => format!("Language of your notifications and payslips: {language}"),
        }
    }

    /// What a refusal took back on the device, in the words of the screen it shows on.
    pub fn undone(&self) -> &'static str {
        match self {
            Operation::CheckIn { .. } => "The check-in was taken off Today: you are not checked in.",
            Operation::CheckOut { .. } => "The check-out was taken off Today: you are still checked in.",
            Operation::SubmitLeave { .. } => {
                "The request was taken off your list and its days are back in your balance."
            }
            Operation::CancelLeave { .. } => "The request is back as it was: it was not cancelled.",
            Operation::ActOnLeave { .. } => "The request is back in your approvals, undecided.",
            Operation::MarkNotificationsRead { .. } => "The notifications are unread again.",
            Operation::RequestCorrection { .. } => {
                "The correction was taken off your list: your attendance stays as it was recorded."
            }
            Operation::DecideCorrection { .. } => "The correction is back in your approvals, undecided.",
            Operation::SetLanguage { .. } => "Your notifications and payslips keep the language they had.",
        }
    }

    /// What the user can do about a refusal.
    pub fn next_step(&self) -> &'static str {
        match self {
            Operation::CheckIn { .. } | Operation::CheckOut { .. } => {
                "Try again from where you are, or ask your manager or HR to correct your attendance for that time."
            }
            Operation::SubmitLeave { .. } => "Change the dates or the leave type and request again.",
            Operation::CancelLeave { .. } => "Ask your manager or HR to withdraw it for you.",
            Operation::ActOnLeave { .. } => "Open the request again: someone may have decided it already.",
            Operation::MarkNotificationsRead { .. } => "Mark them read again.",
            Operation::RequestCorrection { .. } => "Check the times and ask again, or ask HR to correct it for you.",
            Operation::DecideCorrection { .. } => "Open the correction again: someone may have decided it already.",
            Operation::SetLanguage { .. } => "Choose the language again in Profile & settings.",
        }
    }

    pub fn fix_fields(fix: &Option<Fix>, is_mocked: bool) -> serde_json::Map<String, serde_json::Value> {
        let mut body = serde_json::Map::new();
        if let Some(fix) = fix {
            body.insert("latitude".into(), fix.latitude.into());
            body.insert("longitude".into(), fix.longitude.into());
            if let Some(accuracy) = fix.accuracy_m {
                body.insert("accuracy".into(), accuracy.into());
            }
        }
        if is_mocked {
            body.insert("is_mocked".into(), true.into());
        }
        body
    }
}
