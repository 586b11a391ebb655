//! Balances, requests, and a preview of what a request would cost.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::BalanceList;
use chrono::NaiveDate;
use okta_hr_core::cache::LeaveEntry;
use okta_hr_core::{END_BEFORE_START, LeavePreview, WriteOutcome};
use okta_hr_domain::calendar::{Half, LeaveSpan};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn balances(state: State<'_, AppState>) -> AppResult<BalanceList> {
    Ok(state.core.read().await.balances()?.into())
}

#[tauri::command]
#[specta::specta]
pub async fn leaves(state: State<'_, AppState>) -> AppResult<Vec<LeaveEntry>> {
    Ok(state.core.read().await.leaves()?)
}

#[tauri::command]
#[specta::specta]
pub async fn leave_preview(
    state: State<'_, AppState>,
    leave_type: String,
    start_date: NaiveDate,
    end_date: NaiveDate,
    start_half: Half,
    end_half: Half,
) -> AppResult<LeavePreview> {
    let span = LeaveSpan { start: start_date, start_half, end: end_date, end_half };
    Ok(state.core.read().await.leave_preview(&leave_type, &span)?)
}

#[tauri::command]
#[specta::specta]
pub async fn submit_leave(
    state: State<'_, AppState>,
    leave_type: String,
    start_date: NaiveDate,
    end_date: NaiveDate,
    start_half: Half,
    end_half: Half,
    reason: Option<String>,
) -> AppResult<WriteOutcome> {
    if end_date < start_date {
        return Err(AppError::invalid(END_BEFORE_START));
    }
    let span = LeaveSpan { start: start_date, start_half, end: end_date, end_half };
    let reason = reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
    Ok(state.core.read().await.submit_leave(&leave_type, &span, reason).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn cancel_leave(state: State<'_, AppState>, key: String) -> AppResult<WriteOutcome> {
    Ok(state.core.read().await.cancel_leave(&key).await?)
}
