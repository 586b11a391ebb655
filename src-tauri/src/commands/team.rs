//! For managers and HR: approvals, team attendance, the directory, payroll and assets.

use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{AssetList, BranchList, DepartmentList, EmployeeList, LeaveRequestList};
use chrono::NaiveDate;
use okta_hr_core::WriteOutcome;
use okta_hr_core::cache::{AttendanceEntry, TeamDay};
use serde::Serialize;
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn approvals(state: State<'_, AppState>) -> AppResult<LeaveRequestList> {
    Ok(state.core.read().await.approvals()?.into())
}

#[tauri::command]
#[specta::specta]
pub async fn act_on_leave(
    state: State<'_, AppState>,
    leave_request_id: u32,
    approve: bool,
    notes: Option<String>,
) -> AppResult<WriteOutcome> {
    let leave_request_id = i64::from(leave_request_id);
    let core = state.core.read().await;
    let notes = notes.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    Ok(core.act_on_leave(leave_request_id, approve, notes).await?)
}

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct TeamAttendance {
    pub entries: Vec<AttendanceEntry>,
    #[specta(type = specta_typescript::Number)]
    pub total: i64,
}

#[tauri::command]
#[specta::specta]
pub async fn team_attendance(
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
    offset: u32,
    limit: u32,
) -> AppResult<TeamAttendance> {
    let limit = i64::from(limit.clamp(1, 1_000));
    let (entries, total) = state.core.read().await.team_attendance(from, to, i64::from(offset), limit)?;
    Ok(TeamAttendance { entries, total })
}

/// Who of the team is in, late or gone on `day`, counted over the whole team.
#[tauri::command]
#[specta::specta]
pub async fn team_day(state: State<'_, AppState>, day: NaiveDate) -> AppResult<TeamDay> {
    Ok(state.core.read().await.team_day(day)?)
}

#[tauri::command]
#[specta::specta]
pub async fn employees(state: State<'_, AppState>, search: Option<String>) -> AppResult<EmployeeList> {
    Ok(EmployeeList { items: state.core.read().await.employees(search.as_deref().map(str::trim), 200)? })
}

#[tauri::command]
#[specta::specta]
pub async fn departments(state: State<'_, AppState>) -> AppResult<DepartmentList> {
    Ok(state.core.read().await.departments()?.into())
}

#[tauri::command]
#[specta::specta]
pub async fn branches(state: State<'_, AppState>) -> AppResult<BranchList> {
    Ok(state.core.read().await.branches()?.into())
}

#[tauri::command]
#[specta::specta]
pub async fn assets(state: State<'_, AppState>) -> AppResult<AssetList> {
    Ok(state.core.read().await.assets()?.into())
}
