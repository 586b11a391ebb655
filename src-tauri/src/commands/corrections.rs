//! Attendance corrections: the person asks for new times on one of their records, a manager or HR
//! decides. Both are queued like every other write of theirs (sent at once when the server can be
//! reached, kept on the device otherwise), so they work offline (see `okta_hr_core::corrections`).

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::CorrectionList;
use okta_hr_core::{CorrectionRequest, WriteOutcome};
use tauri::State;

/// Stands in for the reason while the form has none yet, so the pre-check can judge the times alone.
const REASON_NOT_YET_GIVEN: &str = "(reason not given yet)";

/// The person's own correction requests, those still queued on this device first.
#[tauri::command]
#[specta::specta]
pub async fn my_corrections(state: State<'_, AppState>) -> AppResult<CorrectionList> {
    Ok(state.core.read().await.my_corrections()?.into())
}

/// The corrections waiting for the signed-in manager or HR; one decided on this device and not yet sent
/// shows as decided, `queued`.
#[tauri::command]
#[specta::specta]
pub async fn correction_inbox(state: State<'_, AppState>) -> AppResult<CorrectionList> {
    Ok(state.core.read().await.correction_inbox()?.into())
}

/// How many corrections wait for the user's decision (the Approvals badge adds them to the leave requests).
#[tauri::command]
#[specta::specta]
pub async fn corrections_waiting(state: State<'_, AppState>) -> AppResult<u32> {
    let waiting = state.core.read().await.corrections_waiting()?;
    Ok(u32::try_from(waiting).unwrap_or(u32::MAX))
}

/// What the server would likely refuse `request` for, judged on the device from its cache; `None` when
/// nothing. A reason not typed yet does not stop the times being judged.
#[tauri::command]
#[specta::specta]
pub async fn correction_warning(state: State<'_, AppState>, request: CorrectionRequest) -> AppResult<Option<String>> {
    if request.check_in_at.is_none() && request.check_out_at.is_none() {
        return Ok(None);
    }
    let reason = if request.reason.trim().is_empty() { REASON_NOT_YET_GIVEN.to_owned() } else { request.reason };
    Ok(state.core.read().await.correction_warning(&CorrectionRequest { reason, ..request })?)
}

/// Asks for a correction: queued, and sent at once when the server can be reached.
#[tauri::command]
#[specta::specta]
pub async fn request_correction(state: State<'_, AppState>, request: CorrectionRequest) -> AppResult<WriteOutcome> {
    Ok(state.core.read().await.request_correction(request).await?)
}

/// Approves or rejects correction `id` (its server id); a rejection needs a reason, which the employee is
/// told. Queued like the user's other decisions.
#[tauri::command]
#[specta::specta]
pub async fn decide_correction(
    state: State<'_, AppState>,
    id: String,
    approve: bool,
    reason: Option<String>,
) -> AppResult<WriteOutcome> {
    let id: i64 =
        id.trim().parse().map_err(|_| AppError::invalid(format!("{id:?} is not a correction the server has")))?;
    Ok(state.core.read().await.decide_correction(id, approve, reason).await?)
}
