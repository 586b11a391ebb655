//! The attributes of every resource the API returns, shared by the server (which writes them) and
//! the clients (which read them), so a renamed field breaks the build rather than a phone.

use crate::calendar::Half;
use crate::days::LeaveDays;
use crate::money::Money;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// JSON:API resource types.
pub mod kind {
    pub const EMPLOYEE: &str = "employees";
    pub const DEPARTMENT: &str = "departments";
    pub const BRANCH: &str = "branches";
    pub const COMPANY: &str = "companies";
    pub const ATTENDANCE_RECORD: &str = "attendance-records";
    pub const LEAVE_REQUEST: &str = "leave-requests";
    pub const LEAVE_TYPE: &str = "leave-types";
    pub const LEAVE_BALANCE: &str = "leave-balances";
    pub const PAYROLL_RUN: &str = "payroll-runs";
    pub const PAYROLL_LINE: &str = "payroll-lines";
    pub const PAYSLIP: &str = "payslips";
    pub const ASSET: &str = "assets";
    pub const ASSET_ASSIGNMENT: &str = "asset-assignments";
    pub const ASSET_REQUEST: &str = "asset-requests";
    pub const ASSET_PROBLEM: &str = "asset-problems";
    pub const ANNOUNCEMENT: &str = "announcements";
    pub const NOTIFICATION: &str = "notifications";
    pub const TOKEN: &str = "personal-access-tokens";
    pub const HOLIDAY: &str = "holidays";
    pub const WORK_CALENDAR: &str = "work-calendars";
    pub const WORKING_WEEK: &str = "working-weeks";
    pub const LEAVE_YEAR: &str = "leave-years";
    pub const AUDIT_EVENT: &str = "audit-events";
    pub const SHIFT: &str = "shifts";
    pub const SHIFT_ASSIGNMENT: &str = "shift-assignments";
    pub const ATTENDANCE_CORRECTION: &str = "attendance-corrections";
    pub const EMPLOYEE_CHANGE: &str = "employee-changes";
    pub const OFFBOARDING: &str = "offboardings";
    pub const BANK_DETAIL_REQUEST: &str = "bank-detail-requests";
    pub const EMERGENCY_CONTACT: &str = "emergency-contacts";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Role {
    Employee,
    Manager,
    Hr,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Employee => "employee",
            Role::Manager => "manager",
            Role::Hr => "hr",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "employee" => Some(Role::Employee),
            "manager" => Some(Role::Manager),
            "hr" => Some(Role::Hr),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EmployeeAttributes {
    pub employee_number: String,
    pub first_name: String,
    pub last_name: String,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub job_title: Option<String>,
    pub role: Role,
    /// active | inactive
    pub status: String,
    pub hire_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DepartmentAttributes {
    pub name: String,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub employee_count: i64,
    /// The employee who heads the department, if HR named one; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head_id: Option<String>,
    /// A retired department is left out of the pickers; the people and records naming it keep it. Absent
    /// (false) for an active one, so the seed's shape is unchanged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BranchAttributes {
    pub name: String,
    pub address: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// Metres; `null` when the branch has no geofence.
    pub geofence_radius: Option<f64>,
    /// A retired branch is left out of the pickers; the people and records naming it keep it. Absent
    /// (false) for an active one, so the seed's shape is unchanged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
}

impl BranchAttributes {
    pub fn geofence(&self) -> Option<crate::geofence::Geofence> {
        Some(crate::geofence::Geofence {
            latitude: self.latitude?,
            longitude: self.longitude?,
            radius_m: self.geofence_radius?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CompanyAttributes {
    pub name: String,
    pub timezone: String,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub employee_count: i64,
    /// Where employees get help: the org's end-user support page and phone (Org API settings).
    #[serde(default)]
    pub support_url: Option<String>,
    #[serde(default)]
    pub support_phone: Option<String>,
    /// The org's technical contact (Org API contacts): whom to ask about the app itself.
    #[serde(default)]
    pub technical_contact: Option<ContactAttributes>,
    /// Where the org's logo (uploaded through the Org API) is served, relative to the server; it changes
    /// with every upload.
    #[serde(default)]
    pub logo_path: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ContactAttributes {
    pub name: String,
    pub email: String,
}

/// Where and how one end of an attendance record was captured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Punch {
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy: Option<f64>,
    /// Distance to the branch in metres, when the branch is fenced and a position was sent.
    pub distance: Option<f64>,
    pub is_mocked: bool,
    /// When the server received it; differs from the recorded time for offline punches.
    pub received_at: DateTime<Utc>,
    /// Whether the device recorded it while offline and sent it later.
    pub offline: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AttendanceRecordAttributes {
    /// The working day in the company's time zone.
    pub date: NaiveDate,
    /// When the employee checked in, as recorded by the device.
    pub check_in_at: DateTime<Utc>,
    pub check_out_at: Option<DateTime<Utc>>,
    pub check_in: Punch,
    pub check_out: Option<Punch>,
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub worked_minutes: Option<i64>,
    pub is_late: bool,
    /// True when either punch came from a device reporting a mock-location provider.
    pub is_mocked: bool,
    pub employee_name: String,
    pub branch_name: Option<String>,
    /// Extension: the check-out is the server's, made when nobody checked out by the end of the shift
    /// (or of the day); `check_out` is then absent, as no punch was made.
    #[serde(default)]
    pub auto_closed: bool,
    /// Extension: the check-out came before the end of the person's shift, less its early grace.
    #[serde(default)]
    pub left_early: bool,
    /// Extension: the times were changed by an approved correction or by HR; `original_check_in_at` and
    /// `original_check_out_at` keep them as punched (both absent for a record a correction added).
    #[serde(default)]
    pub corrected: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_check_in_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_check_out_at: Option<DateTime<Utc>>,
    /// Extension: why the times were last corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ApprovalStep {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub sequence: i64,
    /// manager | hr
    pub role: String,
    /// waiting | pending | approved | rejected | skipped
    pub status: String,
    pub approver_id: Option<String>,
    pub approver_name: Option<String>,
    pub acted_by_id: Option<String>,
    pub acted_by_name: Option<String>,
    pub acted_at: Option<DateTime<Utc>>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveRequestAttributes {
    pub leave_type: String,
    pub leave_type_name: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// Extension (not in seed 000): `afternoon` when the leave starts at midday of `start_date`.
    #[serde(default)]
    pub start_half: Half,
    /// Extension (not in seed 000): `morning` when the leave ends at midday of `end_date`.
    #[serde(default = "Half::afternoon")]
    pub end_half: Half,
    /// Working days the request books, to the half day.
    pub days: LeaveDays,
    pub reason: Option<String>,
    /// pending | approved | rejected | cancelled
    pub status: String,
    pub employee_name: String,
    pub approval_steps: Vec<ApprovalStep>,
    pub submitted_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    /// Extension for approvers (not in seed 000): the requester's balance of this leave type in the start
    /// date's year, this request counted while it is pending. Only on the pending requests of
    /// `GET /leave-requests`, so the device can show it offline; absent elsewhere and in older caches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<LeaveRequestBalance>,
    /// Extension for approvers (not in seed 000): others of the requester's team (their manager and the
    /// manager's reports; for someone who reports to nobody, their department), among the people the
    /// approver may see, off (approved or pending) on any of these days; the first ten, earliest first.
    /// Present exactly when `balance` is; empty means nobody.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overlapping: Option<Vec<OverlappingLeave>>,
    /// Extension for approvers: how many different people are off then in all, when `overlapping` stops
    /// at ten.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub overlapping_people: Option<i64>,
}

/// A requester's balance as an approver sees it next to the request, in working days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveRequestBalance {
    /// The leave year, by the calendar year it starts in.
    pub year: i32,
    pub entitled: LeaveDays,
    pub used: LeaveDays,
    pub pending: LeaveDays,
    /// entitled − used − pending: what is left once this request is granted.
    pub remaining: LeaveDays,
}

/// Someone else's leave that shares days with the request an approver is looking at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OverlappingLeave {
    pub leave_request_id: String,
    pub employee_id: String,
    pub employee_name: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// approved | pending
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveBalanceAttributes {
    pub leave_type: String,
    pub leave_type_name: String,
    /// The leave year, by the calendar year it starts in.
    pub year: i32,
    /// Extension (not in seed 000): the leave year as people name it, `2026` or (a year from April)
    /// `2026/27`; absent in caches from before leave years could start in any month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_name: Option<String>,
    pub entitled: LeaveDays,
    pub used: LeaveDays,
    pub pending: LeaveDays,
    pub remaining: LeaveDays,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayItem {
    pub label: String,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayslipAttributes {
    /// YYYY-MM
    pub period: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub pay_date: NaiveDate,
    pub currency: String,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub gross: Money,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub total_deductions: Money,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub net: Money,
    pub earnings: Vec<PayItem>,
    pub deductions: Vec<PayItem>,
    pub employee_name: String,
    pub employee_number: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayrollRunAttributes {
    pub period: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub pay_date: NaiveDate,
    /// draft | locked | paid | published (extension: the seed's runs were draft or finalised; a published
    /// run is what it called finalised).
    pub status: String,
    pub currency: String,
    /// The people paid in the run (its `ready` lines); `gross` and `net` are their totals.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub employee_count: i64,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub gross: Money,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub net: Money,
    /// When it was published.
    pub finalised_at: Option<DateTime<Utc>>,
    /// Extension: people who could not be computed (see their lines' `error`).
    #[serde(default)]
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub failed_count: i64,
    /// Extension: people computed but whose pay HR holds.
    #[serde(default)]
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub held_count: i64,
    /// Extension: people HR left out of the run.
    #[serde(default)]
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub excluded_count: i64,
    /// Extension: when the run was last computed, locked and marked paid.
    #[serde(default)]
    pub computed_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub locked_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub paid_at: Option<DateTime<Utc>>,
    /// Extension: for a correcting run, the locked run it corrects (its lines pay the difference).
    #[serde(default)]
    pub corrects_run_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AssetAttributes {
    pub asset_tag: String,
    pub name: String,
    pub category: String,
    pub serial_number: Option<String>,
    // Extension: also in_repair | retired (the back-office's lifecycle; in_stock shows as available). A
    // plain comment, so the UI's generated bindings keep the words their clients know.
    /// assigned | available
    pub status: String,
    pub holder_name: Option<String>,
    pub assigned_at: Option<DateTime<Utc>>,
    /// Extension: when it was bought. Absent when unknown and from older servers' answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_date: Option<NaiveDate>,
    /// Extension: what it cost, in the company's currency, as an exact decimal string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "specta", specta(type = Option<String>))]
    pub purchase_cost: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AnnouncementAttributes {
    pub title: String,
    pub body: String,
    pub author_name: Option<String>,
    pub published_at: DateTime<Utc>,
    /// Extension: shown above the others. Absent from older servers' answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
    /// Extension: from when it is no longer shown; absent when it has no end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NotificationAttributes {
    /// e.g. leave.submitted, leave.approved, leave.rejected
    pub kind: String,
    pub title: String,
    pub body: String,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Unknown))]
    pub data: serde_json::Value,
    pub read_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TokenAttributes {
    /// The bearer token, shown once: `{id}|{secret}`.
    pub token: String,
    pub device_name: String,
    pub created_at: DateTime<Utc>,
}

/// A public holiday as HR manages it: the company's (`branch_id` null) or one branch's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HolidayAttributes {
    pub date: NaiveDate,
    pub name: String,
    /// Every year on the same day from `date` on.
    pub recurring: bool,
    /// Only the afternoon is off.
    #[serde(default)]
    pub half_day: bool,
    pub branch_id: Option<String>,
}

/// One audited change of the company's audit trail, as HR reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AuditEventAttributes {
    /// What was done, such as `user.suspend` or `leave.decide`.
    pub action: String,
    /// The kind of record changed, such as `user` or `leave_request`.
    pub entity: String,
    pub entity_id: String,
    /// person, api_token (acting as its HR owner), service_key, anonymous or server.
    pub actor_kind: String,
    /// The employee acting (for an API token, its owner); null for the other kinds.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    /// What changed: before and after, a reason, as the change recorded them.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Unknown))]
    pub details: serde_json::Value,
    pub created_at: DateTime<Utc>,
}
