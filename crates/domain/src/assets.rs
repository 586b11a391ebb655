//! The asset back-office's words: an asset's lifecycle, the condition it comes back in, and the records of
//! who held it and who asked for one.

use crate::money::Money;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// An asset's lifecycle as HR writes it. `GET /api/v1/assets` shows `in_stock` as `available`, the word
/// its first clients know.
pub const STATUSES: &[&str] = &["in_stock", "assigned", "in_repair", "retired"];
/// How an asset comes back.
pub const CONDITIONS: &[&str] = &["good", "worn", "damaged", "lost"];
/// A request's states.
pub const REQUEST_STATUSES: &[&str] = &["pending", "fulfilled", "declined"];
/// A problem report's states: open until HR resolves it.
pub const PROBLEM_STATUSES: &[&str] = &["open", "resolved"];

/// The word `GET /api/v1/assets` shows for a lifecycle `status`.
pub fn wire_status(status: &str) -> &str {
    if status == "in_stock" { "available" } else { status }
}

/// The lifecycle an asset returned in `condition` goes to: damaged to repair, lost out of the catalogue.
pub fn status_after_return(condition: &str) -> &'static str {
    match condition {
        "damaged" => "in_repair",
        "lost" => "retired",
        _ => "in_stock",
    }
}

/// One spell of someone holding an asset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AssetAssignmentAttributes {
    pub asset_tag: String,
    pub employee_name: String,
    /// Absent for an assignment made before the history was kept.
    pub assigned_at: Option<DateTime<Utc>>,
    pub assigned_by_name: Option<String>,
    pub condition_out: Option<String>,
    pub note_out: Option<String>,
    /// Absent while they still hold it.
    pub returned_at: Option<DateTime<Utc>>,
    pub returned_by_name: Option<String>,
    /// good | worn | damaged | lost
    pub condition_in: Option<String>,
    pub note_in: Option<String>,
}

/// An employee's request for equipment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AssetRequestAttributes {
    pub employee_name: String,
    pub category: String,
    pub reason: String,
    /// pending | fulfilled | declined
    pub status: String,
    pub requested_at: DateTime<Utc>,
    pub decided_by_name: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decision_reason: Option<String>,
    /// The asset that fulfilled it.
    pub asset_tag: Option<String>,
}

/// A problem an employee reported with an asset they hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AssetProblemAttributes {
    pub asset_tag: String,
    /// Absent from servers older than problem resolution, as are the fields below.
    #[serde(default)]
    pub asset_name: String,
    /// Who reported it.
    #[serde(default)]
    pub employee_name: String,
    pub description: String,
    pub reported_at: DateTime<Utc>,
    /// open | resolved
    #[serde(default = "open")]
    pub status: String,
    #[serde(default)]
    pub resolved_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub resolved_by_name: Option<String>,
    /// What HR did about it.
    #[serde(default)]
    pub resolution_note: Option<String>,
}

fn open() -> String {
    "open".to_owned()
}

/// What HR sends to add an asset or change one; every field optional so one shape serves both.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AssetChanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purchase_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "specta", specta(type = Option<String>))]
    pub purchase_cost: Option<Money>,
    /// in_stock | in_repair | retired (assigned only through an assignment).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
