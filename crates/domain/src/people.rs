//! The people back office's wire types and rules: hiring (with the activation link to hand over),
//! effective-dated changes, offboarding and its open items, and the bank details a person asks HR to
//! approve, whose IBAN is checked here so the app refuses a mistyped one before it is sent.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// How someone is employed.
pub const EMPLOYMENT_TYPES: [&str; 4] = ["full_time", "part_time", "contractor", "intern"];

/// The fields `PATCH /api/v1/employees/{id}` changes on a day, in the order a change lists them.
pub const CHANGEABLE_FIELDS: [&str; 5] = ["job_title", "department_id", "branch_id", "manager_id", "employment_type"];

/// The link a new person sets their password with (`POST /api/v1/auth/set-password`), shown once: HR
/// hands it over, the server keeps only its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ActivationLink {
    pub activation_url: String,
    pub activation_token: String,
    pub expires_at: DateTime<Utc>,
}

/// What a hire answers beside the employee (the document's `meta`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HireMeta {
    /// `null` on a replay of the hire (`Idempotency-Key`): the link is never stored, so a lost answer
    /// needs a new one (the Users API's `lifecycle/reactivate`).
    pub activation: Option<ActivationLink>,
    /// full_time | part_time | contractor | intern
    pub employment_type: String,
    /// The person's working week, ISO weekday numbers (their branch's when none was given).
    pub working_days: Vec<u8>,
    /// The sign-in user's status: PROVISIONED until the link is used.
    pub user_status: String,
}

/// One field of one person changed on a day, with who changed it and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EmployeeChangeAttributes {
    pub employee_id: String,
    /// job_title | department_id | branch_id | manager_id | employment_type
    pub field: String,
    /// The values as text; department, branch and manager by id.
    pub before: Option<String>,
    pub after: Option<String>,
    pub effective_date: NaiveDate,
    pub author_id: Option<String>,
    pub author_name: Option<String>,
    pub reason: Option<String>,
    pub created_at: DateTime<Utc>,
    /// When it took effect; `null` while it is scheduled.
    pub applied_at: Option<DateTime<Utc>>,
    /// scheduled | applied
    pub status: String,
}

/// A leave balance someone leaving still has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OpenBalance {
    pub leave_type: String,
    pub remaining: crate::days::LeaveDays,
    pub pending: crate::days::LeaveDays,
}

/// An asset still assigned to someone leaving.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OpenAsset {
    pub id: String,
    pub asset_tag: String,
    pub name: String,
}

/// What is still open when someone leaves: the checklist HR works through before the last day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OpenItems {
    /// This year's balances with days left or pending.
    pub leave_balances: Vec<OpenBalance>,
    pub assets: Vec<OpenAsset>,
    /// Their own leave requests still pending (ids).
    pub pending_leave_requests: Vec<String>,
    /// Others' leave requests whose current step waits on them (ids).
    pub approvals_waiting: Vec<String>,
    /// Their own attendance corrections still pending, and their reports' they would decide (ids).
    pub pending_corrections: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OffboardingAttributes {
    pub employee_id: String,
    pub employee_name: String,
    pub last_working_day: NaiveDate,
    /// The end of the last working day in the company's time zone: when the sign-in user is deactivated.
    pub access_ends_at: DateTime<Utc>,
    pub reason: String,
    /// scheduled | completed | cancelled
    pub status: String,
    pub open_items: OpenItems,
}

/// Someone to call in an emergency; a person keeps their own list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EmergencyContact {
    pub name: String,
    pub relationship: String,
    pub phone: String,
}

/// A request to be paid to another account. Listings show the IBAN masked to its last four characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BankDetailRequestAttributes {
    pub employee_id: String,
    pub employee_name: String,
    pub account_holder: String,
    /// `•••• 1234`: never the whole IBAN.
    pub iban_masked: String,
    pub bic: Option<String>,
    /// pending | approved | rejected | withdrawn
    pub status: String,
    pub requested_at: DateTime<Utc>,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decision_reason: Option<String>,
}

/// An IBAN without spaces, in capitals: how it is checked and stored.
pub fn normalize_iban(iban: &str) -> String {
    iban.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase()
}

/// Whether `iban` (spaces allowed) is an IBAN whose ISO 13616 check digits are right: a country code,
/// two digits, 11 to 30 letters and digits, and the whole, moved and read as a number, 1 modulo 97.
pub fn is_valid_iban(iban: &str) -> bool {
    let iban = normalize_iban(iban);
    let bytes = iban.as_bytes();
    if !(15..=34).contains(&bytes.len())
        || !bytes[..2].iter().all(u8::is_ascii_uppercase)
        || !bytes[2..4].iter().all(u8::is_ascii_digit)
        || !bytes.iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    let moved = bytes[4..].iter().chain(&bytes[..4]);
    let remainder = moved.fold(0u32, |remainder, &b| {
        if b.is_ascii_digit() {
            (remainder * 10 + u32::from(b - b'0')) % 97
        } else {
            // A letter is two digits, A = 10 to Z = 35.
            (remainder * 100 + u32::from(b - b'A' + 10)) % 97
        }
    });
    remainder == 1
}

/// The IBAN as listings and the audit trail show it: its last four characters only.
pub fn mask_iban(iban: &str) -> String {
    let iban = normalize_iban(iban);
    let start = iban.len().saturating_sub(4);
    format!("•••• {}", &iban[start..])
}

/// Whether `bic` is a SWIFT/BIC code: 4 letters (bank), 2 letters (country), 2 letters or digits
/// (location), optionally 3 more (branch).
pub fn is_valid_bic(bic: &str) -> bool {
    let bic = bic.trim().as_bytes();
    (bic.len() == 8 || bic.len() == 11)
        && bic[..6].iter().all(u8::is_ascii_alphabetic)
        && bic[6..].iter().all(u8::is_ascii_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iban_checksums_are_verified() {
        assert!(is_valid_iban("DE89 3704 0044 0532 0130 00"));
        assert!(is_valid_iban("GB82WEST12345698765432"));
        assert!(!is_valid_iban("DE89 3704 0044 0532 0130 01"), "one digit off");
        assert!(!is_valid_iban("DE89"), "too short");
        assert!(!is_valid_iban("DE89 3704 0044 0532 0130 0!"));
    }

    #[test]
    fn masking_keeps_the_last_four_only() {
        assert_eq!(mask_iban("de89 3704 0044 0532 0130 00"), "•••• 3000");
    }

    #[test]
    fn bic_shapes() {
        assert!(is_valid_bic("COBADEFFXXX"));
        assert!(is_valid_bic("COBADEFF"));
        assert!(!is_valid_bic("COBA1EFF"));
    }
}
