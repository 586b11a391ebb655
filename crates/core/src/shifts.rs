//! Shifts on the device: the person's own (cached with the rest of their data, so Today can show their hours
//! offline), and HR's list and changes. Like the admin area's, HR's changes are online-only: a shift decides
//! when people are late and when a forgotten punch is closed, from the moment the server has it, so HR must
//! see the server's answer now rather than queue it.

use crate::cache::CachedDocument;
use crate::client::ClientError;
use crate::error::{CoreError, CoreResult};
use crate::{Core, Fresh};
use chrono::NaiveDate;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::shifts::{Assignment, ShiftAssignmentAttributes, ShiftAttributes, shift_on};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A shift's fields to create or change (HR); those left `None` are not sent, so a change keeps them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ShiftChanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `HH:MM`, in the company's time zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    /// `HH:MM`; at or before `starts_at` for a shift that ends the next day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub late_grace_minutes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub early_grace_minutes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_close_after_minutes: Option<u32>,
    /// Changes only: retire the shift (no new assignments), or bring it back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired: Option<bool>,
}

/// An unreachable server becomes the online-only message; the server's own refusals pass through.
fn online_only(error: ClientError) -> CoreError {
    match error {
        ClientError::CouldNotConnect(reason) | ClientError::Unreachable(reason) => CoreError::NeedsConnection(reason),
        other => other.into(),
    }
}

/// A shift's id as the server writes it, checked before it goes into a path.
fn checked_id(id: &str) -> CoreResult<&str> {
    let id = id.trim();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(CoreError::Invalid(format!("{id:?} is not a shift id")));
    }
    Ok(id)
}

impl Core {
    /// The person's shift assignments, each with its shift, as last fetched.
    pub fn my_shifts(&self) -> CoreResult<Fresh<Vec<Resource<ShiftAssignmentAttributes>>>> {
        self.cached_list(CachedDocument::MyShifts)
    }

    /// The shift the person works on `day`, by the rule the server applies to their punches; `None` when
    /// none applies (the company's start then decides who is late).
    pub fn my_shift_on(&self, day: NaiveDate) -> CoreResult<Option<ShiftAttributes>> {
        let assignments: Vec<Assignment<ShiftAttributes>> = self
            .my_shifts()?
            .data
            .into_iter()
            .rev()
            .map(|a| Assignment { from: a.attributes.from, to: a.attributes.to, shift: a.attributes.shift })
            .collect();
        Ok(shift_on(&assignments, day).cloned())
    }

    /// The company's shifts, fetched fresh; the last copy, with its age, when the server cannot be reached.
    pub async fn shifts(&self) -> CoreResult<Fresh<Vec<Resource<ShiftAttributes>>>> {
        match self.fetch_document::<Document<Vec<Resource<ShiftAttributes>>>>(CachedDocument::Shifts).await {
            Ok(document) => Ok(Fresh { data: document.data, fetched_at: Some(chrono::Utc::now()) }),
            Err(CoreError::Client(error)) if error.is_transient() => self.cached_shifts(),
            Err(error) => Err(error),
        }
    }

    /// The company's shifts as last fetched, without contacting the server.
    pub fn cached_shifts(&self) -> CoreResult<Fresh<Vec<Resource<ShiftAttributes>>>> {
        self.cached_list(CachedDocument::Shifts)
    }

    /// Creates a shift (HR), online only; the server's validation comes back as its refusal.
    pub async fn create_shift(&self, shift: &ShiftChanges) -> CoreResult<Resource<ShiftAttributes>> {
        let client = &self.account()?.client;
        let created: Document<Resource<ShiftAttributes>> =
            client.post("/api/v1/shifts", shift, None).await.map_err(online_only)?.body;
        self.after_shifts_changed().await;
        Ok(created.data)
    }

    /// Changes or retires a shift (HR), online only.
    pub async fn update_shift(&self, id: &str, change: &ShiftChanges) -> CoreResult<Resource<ShiftAttributes>> {
        let path = format!("/api/v1/shifts/{}", checked_id(id)?);
        let client = &self.account()?.client;
        let changed: Document<Resource<ShiftAttributes>> = client.patch(&path, change).await.map_err(online_only)?.body;
        self.after_shifts_changed().await;
        Ok(changed.data)
    }

    /// Gives shift `id` to `employee_id` from `from` to `to` (included), or for good (HR), online only.
    pub async fn assign_shift(
        &self,
        id: &str,
        employee_id: i64,
        from: NaiveDate,
        to: Option<NaiveDate>,
    ) -> CoreResult<Resource<ShiftAssignmentAttributes>> {
        let path = format!("/api/v1/shifts/{}/assignments", checked_id(id)?);
        let body = json!({ "employee_id": employee_id, "from": from, "to": to });
        let client = &self.account()?.client;
        let assigned: Document<Resource<ShiftAssignmentAttributes>> =
            client.post(&path, &body, None).await.map_err(online_only)?.body;
        self.after_shifts_changed().await;
        Ok(assigned.data)
    }

    /// The assignments the user may see (HR everyone's, a manager their team's), or one person's, online.
    pub async fn shift_assignments(
        &self,
        employee_id: Option<i64>,
    ) -> CoreResult<Vec<Resource<ShiftAssignmentAttributes>>> {
        let mut path = "/api/v1/shift-assignments?page[size]=100".to_owned();
        if let Some(employee) = employee_id {
            path.push_str(&format!("&filter[employee]={employee}"));
        }
        self.account()?.client.all_pages(&path).await.map_err(online_only)
    }

    /// Fetches the list and the person's own shifts again: HR's change may be their own. The change is made
    /// either way; a failed fetch only leaves the copies older until the next refresh.
    async fn after_shifts_changed(&self) {
        for document in [CachedDocument::Shifts, CachedDocument::MyShifts] {
            if let Err(error) = self.fetch_document::<serde_json::Value>(document).await {
                tracing::warn!(%error, "could not fetch the shifts after a change");
            }
        }
    }
}
