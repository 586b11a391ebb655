//! Company assets on the device. HR's catalogue, the employees' requests and the problems they report are
//! read fresh and kept as snapshots that show offline with their age; HR's changes (adding, editing,
//! assigning, taking back, deciding a request, resolving a problem) are online-only, as the admin area's: who holds a laptop is a fact HR must see the
//! server agree to now. An employee's own assets are part of their cached data ([`Core::my_assets`]); asking
//! for equipment and reporting a problem are online too, answered with the server's verdict.

use super::{Snapshot, refusal_of_write};
use crate::cache::CachedDocument;
use crate::error::{CoreError, CoreResult};
use crate::{Core, Fresh};
use okta_hr_domain::assets::{AssetAssignmentAttributes, AssetChanges, AssetProblemAttributes, AssetRequestAttributes};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::AssetAttributes;
use serde_json::json;

/// HR's answer to an employee's request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssetDecision {
    /// Assign this asset (its id) to the requester.
    Fulfil {
        asset_id: i64,
    },
    Decline,
}

/// An id as the server writes it, checked before it goes into a path.
fn checked_id<'a>(id: &'a str, what: &str) -> CoreResult<&'a str> {
    let id = id.trim();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(CoreError::Invalid(format!("{id:?} is not an {what} id")));
    }
    Ok(id)
}

impl Core {
    /// What the signed-in person holds, as last fetched.
    pub fn my_assets(&self) -> CoreResult<Fresh<Vec<Resource<AssetAttributes>>>> {
        self.cached_list(CachedDocument::MyAssets)
    }

    /// The company's assets (HR and managers), optionally of one status (in_stock, assigned, in_repair,
    /// retired) or one holder, fetched fresh. The unfiltered catalogue is kept as a snapshot and answers
    /// offline; a filtered read needs the server.
    pub async fn asset_catalogue(
        &self,
        status: Option<&str>,
        holder: Option<i64>,
    ) -> CoreResult<Fresh<Vec<Resource<AssetAttributes>>>> {
        let mut path = "/api/v1/assets?page[size]=100".to_owned();
        if let Some(status) = status {
            path.push_str(&format!("&filter[status]={}", super::query_value(status)));
        }
        if let Some(holder) = holder {
            path.push_str(&format!("&filter[holder]={holder}"));
        }
        let fetched = self.account()?.client.all_pages::<AssetAttributes>(&path).await;
        if status.is_some() || holder.is_some() {
            return fetched.map(|data| Fresh { data, fetched_at: Some(chrono::Utc::now()) }).map_err(refusal_of_write);
        }
        self.admin_read(Snapshot::Assets, fetched).await
    }

    /// The catalogue as last read, without contacting the server.
    pub fn cached_asset_catalogue(&self) -> CoreResult<Fresh<Vec<Resource<AssetAttributes>>>> {
        self.admin_cached(Snapshot::Assets)
    }

    /// Adds an asset (HR), online only; the server's validation comes back per field.
    pub async fn add_asset(&self, asset: &AssetChanges) -> CoreResult<Resource<AssetAttributes>> {
        let client = &self.account()?.client;
        let added: Document<Resource<AssetAttributes>> =
            client.post("/api/v1/assets", asset, None).await.map_err(refusal_of_write)?.body;
        self.after_assets_changed().await;
        Ok(added.data)
    }

    /// Changes an asset's catalogue fields or status (HR), online only.
    pub async fn edit_asset(&self, id: &str, change: &AssetChanges) -> CoreResult<Resource<AssetAttributes>> {
        let path = format!("/api/v1/assets/{}", checked_id(id, "asset")?);
        let client = &self.account()?.client;
        let changed: Document<Resource<AssetAttributes>> =
            client.patch(&path, change).await.map_err(refusal_of_write)?.body;
        self.after_assets_changed().await;
        Ok(changed.data)
    }

    /// Assigns an asset in stock to `employee_id` (HR), online only.
    pub async fn assign_asset(
        &self,
        id: &str,
        employee_id: i64,
        condition: Option<&str>,
        note: Option<&str>,
    ) -> CoreResult<Resource<AssetAssignmentAttributes>> {
        let path = format!("/api/v1/assets/{}/assign", checked_id(id, "asset")?);
        let body = json!({ "employee_id": employee_id, "condition": condition, "note": note });
        let client = &self.account()?.client;
        let assigned: Document<Resource<AssetAssignmentAttributes>> =
            client.post(&path, &body, None).await.map_err(refusal_of_write)?.body;
        self.after_assets_changed().await;
        Ok(assigned.data)
    }

    /// Takes an asset back in `condition` (good, worn, damaged, lost) (HR), online only.
    pub async fn return_asset(
        &self,
        id: &str,
        condition: &str,
        note: Option<&str>,
    ) -> CoreResult<Resource<AssetAssignmentAttributes>> {
        let path = format!("/api/v1/assets/{}/return", checked_id(id, "asset")?);
        let body = json!({ "condition": condition, "note": note });
        let client = &self.account()?.client;
        let returned: Document<Resource<AssetAssignmentAttributes>> =
            client.post(&path, &body, None).await.map_err(refusal_of_write)?.body;
        self.after_assets_changed().await;
        Ok(returned.data)
    }

    /// Who held an asset, newest first (HR), online.
    pub async fn asset_history(&self, id: &str) -> CoreResult<Vec<Resource<AssetAssignmentAttributes>>> {
        let path = format!("/api/v1/assets/{}/history?page[size]=100", checked_id(id, "asset")?);
        self.account()?.client.all_pages(&path).await.map_err(refusal_of_write)
    }

    /// Employees' requests (HR), fetched fresh; `pending_only` keeps those waiting. The full list is kept
    /// as a snapshot and answers offline.
    pub async fn asset_requests(&self, pending_only: bool) -> CoreResult<Fresh<Vec<Resource<AssetRequestAttributes>>>> {
        let client = &self.account()?.client;
        if pending_only {
            let path = "/api/v1/asset-requests?filter[status]=pending&page[size]=100";
            let data = client.all_pages(path).await.map_err(refusal_of_write)?;
            return Ok(Fresh { data, fetched_at: Some(chrono::Utc::now()) });
        }
        let fetched = client.all_pages("/api/v1/asset-requests?page[size]=100").await;
        self.admin_read(Snapshot::AssetRequests, fetched).await
    }

    /// The requests as last read, without contacting the server.
    pub fn cached_asset_requests(&self) -> CoreResult<Fresh<Vec<Resource<AssetRequestAttributes>>>> {
        self.admin_cached(Snapshot::AssetRequests)
    }

    /// Fulfils (assigning the asset) or declines a request (HR), online only.
    pub async fn decide_asset_request(
        &self,
        id: &str,
        decision: AssetDecision,
        reason: Option<&str>,
    ) -> CoreResult<Resource<AssetRequestAttributes>> {
        let path = format!("/api/v1/asset-requests/{}/act", checked_id(id, "asset request")?);
        let body = match decision {
            AssetDecision::Fulfil { asset_id } => {
                json!({ "decision": "fulfil", "asset_id": asset_id, "reason": reason })
            }
            AssetDecision::Decline => json!({ "decision": "decline", "reason": reason }),
        };
        let client = &self.account()?.client;
        let decided: Document<Resource<AssetRequestAttributes>> =
            client.post(&path, &body, None).await.map_err(refusal_of_write)?.body;
        self.after_assets_changed().await;
        Ok(decided.data)
    }

    /// Problems employees reported (HR), newest first, fetched fresh; `open_only` keeps those not yet
    /// resolved. The full list is kept as a snapshot and answers offline.
    pub async fn asset_problems(&self, open_only: bool) -> CoreResult<Fresh<Vec<Resource<AssetProblemAttributes>>>> {
        let client = &self.account()?.client;
        if open_only {
            let path = "/api/v1/asset-problems?filter[status]=open&page[size]=100";
            let data = client.all_pages(path).await.map_err(refusal_of_write)?;
            return Ok(Fresh { data, fetched_at: Some(chrono::Utc::now()) });
        }
        let fetched = client.all_pages("/api/v1/asset-problems?page[size]=100").await;
        self.admin_read(Snapshot::AssetProblems, fetched).await
    }

    /// The problems as last read, without contacting the server.
    pub fn cached_asset_problems(&self) -> CoreResult<Fresh<Vec<Resource<AssetProblemAttributes>>>> {
        self.admin_cached(Snapshot::AssetProblems)
    }

    /// Marks a reported problem resolved, with what was done (HR), online only.
    pub async fn resolve_asset_problem(
        &self,
        id: &str,
        note: Option<&str>,
    ) -> CoreResult<Resource<AssetProblemAttributes>> {
        let path = format!("/api/v1/asset-problems/{}/resolve", checked_id(id, "asset problem")?);
        let client = &self.account()?.client;
        let resolved: Document<Resource<AssetProblemAttributes>> =
            client.post(&path, &json!({ "note": note }), None).await.map_err(refusal_of_write)?.body;
        Ok(resolved.data)
    }

    /// Asks HR for equipment of `category`, online.
    pub async fn request_asset(&self, category: &str, reason: &str) -> CoreResult<Resource<AssetRequestAttributes>> {
        let body = json!({ "category": category, "reason": reason });
        let client = &self.account()?.client;
        let requested: Document<Resource<AssetRequestAttributes>> =
            client.post("/api/v1/me/asset-requests", &body, None).await.map_err(refusal_of_write)?.body;
        Ok(requested.data)
    }

    /// Reports a problem with an asset the signed-in person holds, online.
    pub async fn report_asset_problem(
        &self,
        id: &str,
        description: &str,
    ) -> CoreResult<Resource<AssetProblemAttributes>> {
        let path = format!("/api/v1/me/assets/{}/problems", checked_id(id, "asset")?);
        let client = &self.account()?.client;
        let reported: Document<Resource<AssetProblemAttributes>> =
            client.post(&path, &json!({ "description": description }), None).await.map_err(refusal_of_write)?.body;
        Ok(reported.data)
    }

    /// Re-reads what a change may have moved: HR's own held assets and the team's asset list. The change is
    /// made either way; a failed fetch only leaves the copies older.
    async fn after_assets_changed(&self) {
        for document in [CachedDocument::MyAssets, CachedDocument::Assets] {
            if let Err(error) = self.fetch_document::<serde_json::Value>(document).await {
                tracing::warn!(%error, "could not fetch the assets after a change");
            }
        }
    }
}
