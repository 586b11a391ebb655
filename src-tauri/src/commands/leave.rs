//! Balances, requests, and a preview of what a request would cost.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::BalanceList;
use chrono::NaiveDate;
use okta_hr_core::WriteOutcome;
use okta_hr_core::cache::LeaveEntry;
use okta_hr_domain::leave::working_days_by_year;
use serde::Serialize;
use tauri::State;

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct LeavePreview {
    #[specta(type = specta_typescript::Number)]
    pub working_days: i64,
    /// Remaining balance of the start date's year after this request.
    #[specta(type = Option<specta_typescript::Number>)]
    pub remaining_after: Option<i64>,
    /// What the server would refuse it for (overlap, balance, no working days).
    pub warning: Option<String>,
}

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
) -> AppResult<LeavePreview> {
    let core = state.core.read().await;
    let by_year = working_days_by_year(start_date, end_date);
    let working_days: i64 = by_year.iter().map(|(_, days)| i64::from(*days)).sum();
    let balances = core.balances()?.data;
    let year = chrono::Datelike::year(&start_date);
    let remaining_after = balances
        .iter()
        .find(|b| b.leave_type == leave_type && b.year == year)
        .map(|b| b.remaining - by_year.iter().filter(|(y, _)| *y == year).map(|(_, d)| i64::from(*d)).sum::<i64>());
    let warning = if end_date < start_date {
        Some("The end date must be on or after the start date.".to_owned())
    } else {
        core.leave_warning(&leave_type, start_date, end_date)?
    };
    Ok(LeavePreview { working_days, remaining_after, warning })
}

#[tauri::command]
#[specta::specta]
pub async fn submit_leave(
    state: State<'_, AppState>,
    leave_type: String,
    start_date: NaiveDate,
    end_date: NaiveDate,
    reason: Option<String>,
) -> AppResult<WriteOutcome> {
    if end_date < start_date {
        return Err(AppError::Invalid("The end date must be on or after the start date.".to_owned()));
    }
    let reason = reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
    Ok(state.core.read().await.submit_leave(&leave_type, start_date, end_date, reason).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn cancel_leave(state: State<'_, AppState>, key: String) -> AppResult<WriteOutcome> {
    Ok(state.core.read().await.cancel_leave(&key).await?)
}
