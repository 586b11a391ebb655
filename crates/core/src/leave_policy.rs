//! Leave types on the device: cached with the person's own data, so the pre-check judges a request by its
//! type's policy (how days count, notice, negative allowance) offline, as the server will; and HR's
//! changes to types, the ledger and the leave jobs, which are online only like the rest of the admin area:
//! a policy applies from the moment the server has it, and HR must see the server's answer now.

use crate::admin::Snapshot;
use crate::cache::CachedDocument;
use crate::client::ClientError;
use crate::error::{CoreError, CoreResult};
use crate::{Core, Fresh};
use okta_hr_domain::calendar::WorkCalendar;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::leave_ledger::{LeaveJobOutcome, LeaveJobRunAttributes, LeaveLedgerEntryAttributes};
use okta_hr_domain::leave_policy::{Accrual, ApprovalChain, LeaveTypeAttributes, RequestPolicy};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A leave type's fields to create or change (HR); those left `None` are not sent, so a change keeps them.
/// The two nullable limits are sent as null to clear them with `Some(None)`, which a null from the app
/// also reads as (a field left out stays `None`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveTypeChanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub days_per_year: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_fraction: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts_non_working_days: Option<bool>,
    /// Whether a request may start or end at midday.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub half_days: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment_required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub min_notice_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accrual: Option<Accrual>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prorated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub carry_over_cap: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "null_clears")]
    #[cfg_attr(feature = "specta", specta(type = Option<Option<specta_typescript::Number>>))]
    pub carry_over_expiry_months: Option<Option<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub negative_allowance: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_chain: Option<ApprovalChain>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "null_clears")]
    #[cfg_attr(feature = "specta", specta(type = Option<Option<specta_typescript::Number>>))]
    pub extra_hr_step_above_days: Option<Option<i64>>,
    /// Changes only: retire the type (no new requests), or bring it back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired: Option<bool>,
}

/// A nullable field that is present: `null` is `Some(None)` (clear it), a number `Some(Some(n))`.
fn null_clears<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Option<i64>>, D::Error> {
    Option::<i64>::deserialize(deserializer).map(Some)
}

/// An unreachable server becomes the online-only message; the server's own refusals pass through.
fn online_only(error: ClientError) -> CoreError {
    match error {
        ClientError::CouldNotConnect(reason) | ClientError::Unreachable(reason) => CoreError::NeedsConnection(reason),
        other => other.into(),
    }
}

/// Today on the device, for the notice a type asks: the device is where its person works, so its day is
/// the company's.
pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

impl Core {
    /// The company's leave types as last fetched (retired ones say so).
    pub fn leave_types(&self) -> CoreResult<Fresh<Vec<Resource<LeaveTypeAttributes>>>> {
        self.cached_list(CachedDocument::LeaveTypes)
    }

    /// The company's leave types fetched fresh; the last copy, with its age, when the server cannot be
    /// reached.
    pub async fn fresh_leave_types(&self) -> CoreResult<Fresh<Vec<Resource<LeaveTypeAttributes>>>> {
        match self.fetch_document::<Document<Vec<Resource<LeaveTypeAttributes>>>>(CachedDocument::LeaveTypes).await {
            Ok(document) => Ok(Fresh { data: document.data, fetched_at: Some(chrono::Utc::now()) }),
            Err(CoreError::Client(error)) if error.is_transient() => self.leave_types(),
            Err(error) => Err(error),
        }
    }

    /// The policy a request of type `code` is judged by; before the types are fetched, or for a type the
    /// cache does not know, the defaults (working days, no notice, no overdraft), which the server may
    /// judge more strictly.
    pub(crate) fn request_policy(&self, code: &str) -> CoreResult<RequestPolicy> {
        let types = self.leave_types()?.data;
        Ok(types.iter().find(|t| t.attributes.code == code).map(|t| t.attributes.request_policy()).unwrap_or_default())
    }

    /// The calendar a request of type `code` is counted with: the person's, or every day for a type that
    /// counts weekends and holidays.
    pub(crate) fn counting_calendar(&self, code: &str) -> CoreResult<WorkCalendar> {
        Ok(self.request_policy(code)?.counting.calendar(&self.calendar()?))
    }

    /// Creates a leave type (HR), online only.
    pub async fn create_leave_type(&self, changes: &LeaveTypeChanges) -> CoreResult<Resource<LeaveTypeAttributes>> {
        let client = &self.account()?.client;
        let created: Document<Resource<LeaveTypeAttributes>> =
            client.post("/api/v1/leave-types", changes, None).await.map_err(online_only)?.body;
        self.after_leave_types_changed().await;
        Ok(created.data)
    }

    /// Changes or retires a leave type (HR), online only; `id_or_code` names it.
    pub async fn update_leave_type(
        &self,
        id_or_code: &str,
        changes: &LeaveTypeChanges,
    ) -> CoreResult<Resource<LeaveTypeAttributes>> {
        let id = self.leave_type_id(id_or_code).await?;
        let client = &self.account()?.client;
        let path = format!("/api/v1/leave-types/{id}");
        let changed: Document<Resource<LeaveTypeAttributes>> =
            client.patch(&path, changes).await.map_err(online_only)?.body;
        self.after_leave_types_changed().await;
        Ok(changed.data)
    }

    /// The id of the type with this id or code, from a fresh list (the cached one offline).
    async fn leave_type_id(&self, id_or_code: &str) -> CoreResult<String> {
        self.fresh_leave_types()
            .await?
            .data
            .into_iter()
            .find(|t| t.id == id_or_code || t.attributes.code == id_or_code)
            .map(|t| t.id)
            .ok_or_else(|| CoreError::Invalid(format!("no leave type {id_or_code:?}")))
    }

    /// Adds (positive) or takes (negative) `days` of someone's balance of a type in a year, with the
    /// reason (HR), online only.
    pub async fn adjust_leave(
        &self,
        employee_id: i64,
        leave_type: &str,
        year: i32,
        days: i64,
        reason: &str,
    ) -> CoreResult<Resource<LeaveLedgerEntryAttributes>> {
        let body = json!({ "employee_id": employee_id, "leave_type_id": leave_type, "year": year, "days": days,
            "reason": reason });
        let client = &self.account()?.client;
        let entry: Document<Resource<LeaveLedgerEntryAttributes>> =
            client.post("/api/v1/leave-adjustments", &body, None).await.map_err(online_only)?.body;
        Ok(entry.data)
    }

    /// Ledger entries, newest first: `employee` an id or `me` (anyone's for HR, only `me` otherwise). Each
    /// query's answer is kept, so the same query answers offline with its age.
    pub async fn leave_ledger(
        &self,
        employee: Option<&str>,
        leave_type: Option<&str>,
        year: Option<i32>,
    ) -> CoreResult<Fresh<Vec<Resource<LeaveLedgerEntryAttributes>>>> {
        let mut query = String::new();
        for (name, value) in [
            ("employee", employee.map(str::to_owned)),
            ("leave_type", leave_type.map(str::to_owned)),
            ("year", year.map(|y| y.to_string())),
        ] {
            if let Some(value) = value {
                query.push_str(&format!("&filter[{name}]={}", crate::admin::query_value(&value)));
            }
        }
        let path = format!("/api/v1/leave-ledger?page[size]=100{query}");
        let fetched = self.account()?.client.all_pages(&path).await;
        self.admin_read(Snapshot::LeaveLedger { query }, fetched).await
    }

    /// The leave jobs' run log (HR); the last copy, with its age, offline.
    pub async fn leave_job_runs(&self) -> CoreResult<Fresh<Vec<Resource<LeaveJobRunAttributes>>>> {
        let fetched = self.account()?.client.all_pages("/api/v1/leave-jobs?page[size]=100").await;
        self.admin_read(Snapshot::LeaveJobRuns, fetched).await
    }

    /// What a leave job would write for a period (HR), nothing written; or, with `apply`, runs it.
    pub async fn leave_job(&self, job: &str, period: &str, apply: bool) -> CoreResult<LeaveJobOutcome> {
        let path = if apply { "/api/v1/leave-jobs/run" } else { "/api/v1/leave-jobs/preview" };
        let body = json!({ "job": job, "period": period });
        let client = &self.account()?.client;
        let outcome: Document<LeaveJobOutcome> = client.post(path, &body, None).await.map_err(online_only)?.body;
        if apply {
            // The person's own balances may have changed.
            if let Err(error) = self.refresh_balances().await {
                tracing::warn!(%error, "could not fetch the balances after a leave job");
            }
        }
        Ok(outcome.data)
    }

    /// Fetches the types again after a change; a failed fetch only leaves the copy older.
    async fn after_leave_types_changed(&self) {
        if let Err(error) = self.fetch_document::<serde_json::Value>(CachedDocument::LeaveTypes).await {
            tracing::warn!(%error, "could not fetch the leave types");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LeaveTypeChanges;

    #[test]
    fn a_null_limit_clears_it_and_a_missing_one_keeps_it() {
        let cleared: LeaveTypeChanges = serde_json::from_str(r#"{"carry_over_expiry_months": null}"#).unwrap();
        assert_eq!(cleared.carry_over_expiry_months, Some(None));
        let kept: LeaveTypeChanges = serde_json::from_str(r#"{"extra_hr_step_above_days": 5}"#).unwrap();
        assert_eq!((kept.carry_over_expiry_months, kept.extra_hr_step_above_days), (None, Some(Some(5))));
        let sent = serde_json::to_value(&cleared).unwrap();
        assert_eq!(sent, serde_json::json!({ "carry_over_expiry_months": null }), "sent as null to clear it");
    }
}
