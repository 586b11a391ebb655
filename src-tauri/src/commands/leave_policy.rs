//! Leave policy: the company's leave types (HR creates and changes them), a person's balance ledger with
//! HR's adjustments, and the jobs that grant, accrue and close the leave year, previewed before they run.
//! Reads fall back to the last copy offline; every change is online-only (see `okta_hr_core::leave_policy`):
//! a policy applies from the moment the server has it, so HR sees the server's answer now.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{LeaveJobRunList, LeaveTypeList, LedgerEntryList, SavedLeaveType, SavedLedgerEntry};
use okta_hr_core::LeaveTypeChanges;
use okta_hr_domain::leave_ledger::{LeaveJob, LeaveJobOutcome};
use tauri::State;

/// Every leave type of the company, retired ones too, fetched fresh; the last copy, with its age, offline.
#[tauri::command]
#[specta::specta]
pub async fn leave_types(state: State<'_, AppState>) -> AppResult<LeaveTypeList> {
    Ok(state.core.read().await.fresh_leave_types().await?.into())
}

/// Creates a leave type; the server's validation comes back per field (`code`, `name`, `days_per_year`, …).
#[tauri::command]
#[specta::specta]
pub async fn create_leave_type(state: State<'_, AppState>, changes: LeaveTypeChanges) -> AppResult<SavedLeaveType> {
    Ok(SavedLeaveType { leave_type: state.core.read().await.create_leave_type(&trimmed(changes)).await? })
}

/// Changes a leave type, or retires it (`retired`) / brings it back; fields left out stay as they are.
#[tauri::command]
#[specta::specta]
pub async fn update_leave_type(
    state: State<'_, AppState>,
    id: String,
    changes: LeaveTypeChanges,
) -> AppResult<SavedLeaveType> {
    Ok(SavedLeaveType { leave_type: state.core.read().await.update_leave_type(&id, &trimmed(changes)).await? })
}

/// One person's ledger entries for a year, every type, newest first; the last copy of the same query offline.
#[tauri::command]
#[specta::specta]
pub async fn leave_ledger(state: State<'_, AppState>, employee_id: String, year: i32) -> AppResult<LedgerEntryList> {
    let employee = person(&employee_id)?.to_string();
    Ok(state.core.read().await.leave_ledger(Some(&employee), None, Some(year)).await?.into())
}

/// Adds (positive) or takes (negative) days of someone's balance of a type in a year, with the reason.
#[tauri::command]
#[specta::specta]
pub async fn adjust_leave(
    state: State<'_, AppState>,
    employee_id: String,
    leave_type: String,
    year: i32,
    days: i32,
    reason: String,
) -> AppResult<SavedLedgerEntry> {
    let employee = person(&employee_id)?;
    let core = state.core.read().await;
    let entry = core.adjust_leave(employee, &leave_type, year, i64::from(days), reason.trim()).await?;
    Ok(SavedLedgerEntry { entry })
}

/// The leave jobs' run log, newest first; the last copy offline.
#[tauri::command]
#[specta::specta]
pub async fn leave_job_runs(state: State<'_, AppState>) -> AppResult<LeaveJobRunList> {
    Ok(state.core.read().await.leave_job_runs().await?.into())
}

/// What `job` would write for `period` (a year, or a month for the monthly accrual), nothing written; with
/// `apply`, runs it. Running twice writes nothing the second time.
#[tauri::command]
#[specta::specta]
pub async fn leave_job(
    state: State<'_, AppState>,
    job: LeaveJob,
    period: String,
    apply: bool,
) -> AppResult<LeaveJobOutcome> {
    Ok(state.core.read().await.leave_job(job.name(), period.trim(), apply).await?)
}

/// An employee id as the directory writes it.
fn person(id: &str) -> AppResult<i64> {
    id.trim().parse().map_err(|_| AppError::invalid(format!("{id:?} is not someone in the directory")))
}

/// The code and name without the spaces a form leaves around them.
fn trimmed(changes: LeaveTypeChanges) -> LeaveTypeChanges {
    LeaveTypeChanges {
        code: changes.code.map(|c| c.trim().to_owned()),
        name: changes.name.map(|n| n.trim().to_owned()),
        ..changes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_is_a_directory_id_and_names_are_trimmed() {
        assert_eq!(person(" 7 ").ok(), Some(7));
        assert!(person("seven").is_err());
        let changes = trimmed(LeaveTypeChanges { code: Some(" volunteering ".into()), ..LeaveTypeChanges::default() });
        assert_eq!(changes.code.as_deref(), Some("volunteering"));
    }
}
