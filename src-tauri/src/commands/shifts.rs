//! Shifts: the person's own for a day (cached, for Today), and HR's list, changes and assignments. HR's
//! reads fall back to the last copy offline; changes are online-only (see `okta_hr_core::shifts`): a shift
//! decides who is late and when a forgotten punch is closed from the moment the server has it.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{SavedAssignment, SavedShift, ShiftAssignmentList, ShiftList};
use chrono::NaiveDate;
use okta_hr_core::ShiftChanges;
use okta_hr_domain::shifts::ShiftAttributes;
use tauri::State;

/// The shift the person works on `day`, from the device's copy; `None` when none applies.
#[tauri::command]
#[specta::specta]
pub async fn my_shift_on(state: State<'_, AppState>, day: NaiveDate) -> AppResult<Option<ShiftAttributes>> {
    Ok(state.core.read().await.my_shift_on(day)?)
}

/// The company's shifts, fetched fresh; the last copy, with its age, when the server cannot be reached.
#[tauri::command]
#[specta::specta]
pub async fn shifts(state: State<'_, AppState>) -> AppResult<ShiftList> {
    Ok(state.core.read().await.shifts().await?.into())
}

/// Adds a shift; the server's validation comes back per field (`name`, `starts_at`, `ends_at`, …).
#[tauri::command]
#[specta::specta]
pub async fn create_shift(state: State<'_, AppState>, shift: ShiftChanges) -> AppResult<SavedShift> {
    let shift = ShiftChanges { name: shift.name.map(|n| n.trim().to_owned()), ..shift };
    Ok(SavedShift { shift: state.core.read().await.create_shift(&shift).await? })
}

/// Changes a shift, or retires it (`retired`) / brings it back; fields left out stay as they are.
#[tauri::command]
#[specta::specta]
pub async fn update_shift(state: State<'_, AppState>, id: String, change: ShiftChanges) -> AppResult<SavedShift> {
    let change = ShiftChanges { name: change.name.map(|n| n.trim().to_owned()), ..change };
    Ok(SavedShift { shift: state.core.read().await.update_shift(&id, &change).await? })
}

/// Gives shift `id` to `employee_id` from `from` until `to` (included), or for good.
#[tauri::command]
#[specta::specta]
pub async fn assign_shift(
    state: State<'_, AppState>,
    id: String,
    employee_id: String,
    from: NaiveDate,
    to: Option<NaiveDate>,
) -> AppResult<SavedAssignment> {
    let employee = person(&employee_id)?;
    if to.is_some_and(|to| to < from) {
        return Err(AppError::invalid("The last day comes before the first: swap them or leave it open."));
    }
    Ok(SavedAssignment { assignment: state.core.read().await.assign_shift(&id, employee, from, to).await? })
}

/// The shift assignments of one person (`employee_id`) or of everyone HR sees; online only.
#[tauri::command]
#[specta::specta]
pub async fn shift_assignments(
    state: State<'_, AppState>,
    employee_id: Option<String>,
) -> AppResult<ShiftAssignmentList> {
    let employee = employee_id.as_deref().map(person).transpose()?;
    Ok(ShiftAssignmentList { items: state.core.read().await.shift_assignments(employee).await? })
}

/// An employee id as the directory writes it.
fn person(id: &str) -> AppResult<i64> {
    id.trim().parse().map_err(|_| AppError::invalid(format!("{id:?} is not someone in the directory")))
}

#[cfg(test)]
mod tests {
    use super::person;

    #[test]
    fn a_person_is_a_directory_id() {
        assert_eq!(person(" 7 ").ok(), Some(7));
        assert!(person("seven").is_err());
    }
}
