//! Company assets. HR: the catalogue (adding, editing, assigning, taking back, each asset's history), the
//! employees' requests and the problems they report; an employee: what they hold, asking for equipment
//! and reporting a problem. HR's lists fall back to the last snapshot offline; every change is online-only
//! (see `okta_hr_core::admin::assets`): who holds a laptop is a fact HR must see the server agree to now.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{
    AssetHistory, AssetList, AssetProblemList, AssetRequestList, SavedAsset, SavedAssetProblem, SavedAssetRequest,
    SavedHandover,
};
use okta_hr_core::admin::AssetDecision;
use okta_hr_domain::assets::AssetChanges;
use tauri::State;

/// The company's assets in every status, fetched fresh; the last copy, with its age, offline.
#[tauri::command]
#[specta::specta]
pub async fn asset_catalogue(state: State<'_, AppState>) -> AppResult<AssetList> {
    Ok(state.core.read().await.asset_catalogue(None, None).await?.into())
}

/// Adds an asset; the server's validation comes back per field (`tag`, `name`, `purchase_cost`, …).
#[tauri::command]
#[specta::specta]
pub async fn add_asset(state: State<'_, AppState>, asset: AssetChanges) -> AppResult<SavedAsset> {
    Ok(SavedAsset { asset: state.core.read().await.add_asset(&trimmed(asset)).await? })
}

/// Changes an asset's fields or status; fields left out stay as they are.
#[tauri::command]
#[specta::specta]
pub async fn edit_asset(state: State<'_, AppState>, id: String, change: AssetChanges) -> AppResult<SavedAsset> {
    Ok(SavedAsset { asset: state.core.read().await.edit_asset(&id, &trimmed(change)).await? })
}

/// Gives an asset in stock to `employee_id`, with the condition it goes out in and a note.
#[tauri::command]
#[specta::specta]
pub async fn assign_asset(
    state: State<'_, AppState>,
    id: String,
    employee_id: String,
    condition: Option<String>,
    note: Option<String>,
) -> AppResult<SavedHandover> {
    let employee = number(&employee_id, "someone in the directory")?;
    let core = state.core.read().await;
    let (condition, note) = (filled(condition), filled(note));
    Ok(SavedHandover { assignment: core.assign_asset(&id, employee, condition.as_deref(), note.as_deref()).await? })
}

/// Takes an asset back in `condition` (good, worn, damaged, lost), with a note.
#[tauri::command]
#[specta::specta]
pub async fn return_asset(
    state: State<'_, AppState>,
    id: String,
    condition: String,
    note: Option<String>,
) -> AppResult<SavedHandover> {
    let note = filled(note);
    Ok(SavedHandover { assignment: state.core.read().await.return_asset(&id, &condition, note.as_deref()).await? })
}

/// Who held an asset, newest first; online only.
#[tauri::command]
#[specta::specta]
pub async fn asset_history(state: State<'_, AppState>, id: String) -> AppResult<AssetHistory> {
    Ok(AssetHistory { items: state.core.read().await.asset_history(&id).await? })
}

/// Employees' requests for equipment in every state, newest first; the last copy offline.
#[tauri::command]
#[specta::specta]
pub async fn asset_requests(state: State<'_, AppState>) -> AppResult<AssetRequestList> {
    Ok(state.core.read().await.asset_requests(false).await?.into())
}

/// Fulfils a request with `asset_id` (assigned to the requester), or declines it when there is none;
/// the server asks for the reason of a decline.
#[tauri::command]
#[specta::specta]
pub async fn decide_asset_request(
    state: State<'_, AppState>,
    id: String,
    asset_id: Option<String>,
    reason: Option<String>,
) -> AppResult<SavedAssetRequest> {
    let decision = match asset_id.as_deref() {
        Some(asset) => AssetDecision::Fulfil { asset_id: number(asset, "an asset")? },
        None => AssetDecision::Decline,
    };
    let reason = filled(reason);
    let core = state.core.read().await;
    Ok(SavedAssetRequest { request: core.decide_asset_request(&id, decision, reason.as_deref()).await? })
}

/// Problems employees reported, open and resolved, newest first; the last copy offline.
#[tauri::command]
#[specta::specta]
pub async fn asset_problems(state: State<'_, AppState>) -> AppResult<AssetProblemList> {
    Ok(state.core.read().await.asset_problems(false).await?.into())
}

/// Marks a problem resolved with what was done; the reporter is told.
#[tauri::command]
#[specta::specta]
pub async fn resolve_asset_problem(
    state: State<'_, AppState>,
    id: String,
    note: Option<String>,
) -> AppResult<SavedAssetProblem> {
    let note = filled(note);
    Ok(SavedAssetProblem { problem: state.core.read().await.resolve_asset_problem(&id, note.as_deref()).await? })
}

/// What the signed-in person holds, from the device's copy.
#[tauri::command]
#[specta::specta]
pub async fn my_assets(state: State<'_, AppState>) -> AppResult<AssetList> {
    Ok(state.core.read().await.my_assets()?.into())
}

/// Asks HR for equipment of `category`; the server's validation comes back per field.
#[tauri::command]
#[specta::specta]
pub async fn request_asset(
    state: State<'_, AppState>,
    category: String,
    reason: String,
) -> AppResult<SavedAssetRequest> {
    let core = state.core.read().await;
    Ok(SavedAssetRequest { request: core.request_asset(category.trim(), reason.trim()).await? })
}

/// Reports a problem with an asset the signed-in person holds; HR are told.
#[tauri::command]
#[specta::specta]
pub async fn report_asset_problem(
    state: State<'_, AppState>,
    id: String,
    description: String,
) -> AppResult<SavedAssetProblem> {
    let core = state.core.read().await;
    Ok(SavedAssetProblem { problem: core.report_asset_problem(&id, description.trim()).await? })
}

/// An id as the server writes it.
fn number(id: &str, what: &str) -> AppResult<i64> {
    id.trim().parse().map_err(|_| AppError::invalid(format!("{id:?} is not {what}")))
}

/// Optional text as sent: blank is none.
fn filled(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// The text fields without the spaces a form leaves around them; a blank optional one is left out.
fn trimmed(change: AssetChanges) -> AssetChanges {
    let trim = |text: Option<String>| text.map(|t| t.trim().to_owned());
    AssetChanges {
        tag: trim(change.tag),
        name: trim(change.name),
        category: trim(change.category),
        serial_number: filled(change.serial_number),
        ..change
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_numbers_and_blank_text_is_none() {
        assert_eq!(number(" 12 ", "an asset").ok(), Some(12));
        assert!(number("twelve", "an asset").is_err());
        assert_eq!(filled(Some("  ".into())), None);
        assert_eq!(filled(Some(" Worn ".into())).as_deref(), Some("Worn"));
        let change = trimmed(AssetChanges {
            tag: Some(" LT-1 ".into()),
            serial_number: Some(" ".into()),
            ..AssetChanges::default()
        });
        assert_eq!((change.tag.as_deref(), change.serial_number), (Some("LT-1"), None));
    }
}
