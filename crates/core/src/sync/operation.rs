//! The writes a device can make offline, as they wait in the outbox.

use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_domain::calendar::{Half, LeaveSpan};
use okta_hr_domain::geofence::Fix;
use okta_hr_i18n::{Language, args};
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

    /// How the user would name it, in `language`: "Check-in", "Leave request (annual) 2027-01-11 – 2027-01-15".
    pub fn describe(&self, language: Language) -> String {
        match self {
            Operation::CheckIn { .. } => language.tr("device-check-in"),
            Operation::CheckOut { .. } => language.tr("device-check-out"),
            Operation::SubmitLeave { leave_type, start_date, end_date, .. } => language.tr_with(
                "device-leave-request",
                &args!["type" => leave_type.clone(), "start" => start_date.to_string(), "end" => end_date.to_string()],
            ),
            Operation::CancelLeave { key } => language.tr_with("device-cancel-leave", &args!["id" => key.clone()]),
            Operation::ActOnLeave { leave_request_id, approve: true, .. } => {
                language.tr_with("device-approve-leave", &args!["id" => leave_request_id.to_string()])
            }
            Operation::ActOnLeave { leave_request_id, approve: false, .. } => {
                language.tr_with("device-reject-leave", &args!["id" => leave_request_id.to_string()])
            }
            Operation::MarkNotificationsRead { id: Some(_) } => language.tr("device-mark-one-read"),
            Operation::MarkNotificationsRead { id: None } => language.tr("device-mark-all-read"),
            Operation::RequestCorrection { date, .. } => {
                language.tr_with("device-correction", &args!["date" => date.to_string()])
            }
            Operation::DecideCorrection { attendance_correction_id, approve: true, .. } => {
                language.tr_with("device-approve-correction", &args!["id" => attendance_correction_id.to_string()])
            }
            Operation::DecideCorrection { attendance_correction_id, approve: false, .. } => {
                language.tr_with("device-reject-correction", &args!["id" => attendance_correction_id.to_string()])
            }
            Operation::SetLanguage { language: chosen } => {
                language.tr_with("device-set-language", &args!["language" => chosen.clone()])
            }
        }
    }

    /// What a refusal took back on the device, in the words of the screen it shows on.
    pub fn undone(&self, language: Language) -> String {
        language.tr(match self {
            Operation::CheckIn { .. } => "device-undone-check-in",
            Operation::CheckOut { .. } => "device-undone-check-out",
            Operation::SubmitLeave { .. } => "device-undone-leave-request",
            Operation::CancelLeave { .. } => "device-undone-cancel-leave",
            Operation::ActOnLeave { .. } => "device-undone-leave-decision",
            Operation::MarkNotificationsRead { .. } => "device-undone-mark-read",
            Operation::RequestCorrection { .. } => "device-undone-correction",
            Operation::DecideCorrection { .. } => "device-undone-correction-decision",
            Operation::SetLanguage { .. } => "device-undone-set-language",
        })
    }

    /// What the user can do about a refusal.
    pub fn next_step(&self, language: Language) -> String {
        language.tr(match self {
            Operation::CheckIn { .. } | Operation::CheckOut { .. } => "device-next-punch",
            Operation::SubmitLeave { .. } => "device-next-leave-request",
            Operation::CancelLeave { .. } => "device-next-cancel-leave",
            Operation::ActOnLeave { .. } => "device-next-leave-decision",
            Operation::MarkNotificationsRead { .. } => "device-next-mark-read",
            Operation::RequestCorrection { .. } => "device-next-correction",
            Operation::DecideCorrection { .. } => "device-next-correction-decision",
            Operation::SetLanguage { .. } => "device-next-set-language",
        })
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
