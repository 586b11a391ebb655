//! HR's calendars and audit trail: the company's public holidays (a year's list, adding, removing, an
//! iCalendar import), the working weeks of the company and its branches, and the audit trail with its
//! CSV export. Reads fall back to the last snapshot offline; changes and the export are online-only (see
//! `okta_hr_core::admin::{holidays, working_weeks, audit}`).

use crate::commands::files::save_to_downloads;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{AuditView, HolidayList, WorkingWeekList};
use okta_hr_core::admin::{AuditFilter, HolidayEntry, HolidayKind, ImportCounts};
use okta_hr_domain::calendar::WorkingWeekAttributes;
use okta_hr_domain::leave_year::LeaveYearAttributes;
use serde::Serialize;
use tauri::State;

/// The largest calendar file the import takes: a country's holidays for decades are a few kilobytes.
const ICS_MAX_BYTES: usize = 1024 * 1024;

/// An id the UI sends for "none" (the whole company, every branch) as `None`.
fn chosen(id: Option<String>) -> Option<String> {
    id.map(|id| id.trim().to_owned()).filter(|id| !id.is_empty())
}

/// `year`'s public holidays, of every branch or (with `branch_id`) those that apply at one branch.
#[tauri::command]
#[specta::specta]
pub async fn holidays(state: State<'_, AppState>, year: i32, branch_id: Option<String>) -> AppResult<HolidayList> {
    let branch_id = chosen(branch_id);
    Ok(state.core.read().await.holidays(year, branch_id.as_deref()).await?.into())
}

/// Adds a public holiday, the whole day or (`half_day`) its afternoon; the server's validation errors come
/// back per field (`date`, `name`, `branch_id`).
#[tauri::command]
#[specta::specta]
pub async fn add_holiday(
    state: State<'_, AppState>,
    date: String,
    name: String,
    recurring: bool,
    half_day: bool,
    branch_id: Option<String>,
) -> AppResult<HolidayEntry> {
    let branch_id = chosen(branch_id);
    let kind = HolidayKind { recurring, half_day };
    Ok(state.core.read().await.add_holiday(&date, name.trim(), kind, branch_id.as_deref()).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_holiday(state: State<'_, AppState>, id: String) -> AppResult<()> {
    Ok(state.core.read().await.delete_holiday(&id).await?)
}

/// Imports the all-day events of an iCalendar file, read by the web view from the file the user chose
/// (so the app needs no file-system permission), for the whole company or one branch.
#[tauri::command]
#[specta::specta]
pub async fn import_holidays(
    state: State<'_, AppState>,
    ics: String,
    branch_id: Option<String>,
) -> AppResult<ImportCounts> {
    if ics.len() > ICS_MAX_BYTES {
        return Err(AppError::invalid("That file is too big for a holiday calendar (over 1 MB)."));
    }
    let branch_id = chosen(branch_id);
    Ok(state.core.read().await.import_holidays(&ics, branch_id.as_deref()).await?)
}

/// The company's working week first, then each branch's.
#[tauri::command]
#[specta::specta]
pub async fn working_weeks(state: State<'_, AppState>) -> AppResult<WorkingWeekList> {
    Ok(state.core.read().await.working_weeks().await?.into())
}

/// Sets the company's week (`branch_id` null) or a branch's; for a branch, `working_days` null makes it
/// follow the company's week again. Weekdays are ISO numbers, Monday 1 to Sunday 7; `half_days` are those
/// worked in the morning only.
#[tauri::command]
#[specta::specta]
pub async fn set_working_week(
    state: State<'_, AppState>,
    branch_id: Option<String>,
    working_days: Option<Vec<u8>>,
    half_days: Vec<u8>,
) -> AppResult<WorkingWeekAttributes> {
    let branch_id = chosen(branch_id);
    Ok(state.core.read().await.set_working_week(branch_id.as_deref(), working_days, half_days).await?)
}

/// The company's leave year: the month it starts in and the one under way.
#[tauri::command]
#[specta::specta]
pub async fn leave_year(state: State<'_, AppState>) -> AppResult<LeaveYearAttributes> {
    Ok(state.core.read().await.leave_year().await?)
}

/// Makes the company's leave years start in `start_month` (1 to 12), HR only.
#[tauri::command]
#[specta::specta]
pub async fn set_leave_year(state: State<'_, AppState>, start_month: u32) -> AppResult<LeaveYearAttributes> {
    Ok(state.core.read().await.set_leave_year(start_month).await?)
}

/// Page `page` (from 1) of the audit trail that matches `filter`, newest first.
#[tauri::command]
#[specta::specta]
pub async fn audit_events(state: State<'_, AppState>, filter: AuditFilter, page: u32) -> AppResult<AuditView> {
    let fresh = state.core.read().await.audit_events(&filter, u64::from(page)).await?;
    Ok(AuditView { page: Some(fresh.data), fetched_at: fresh.fetched_at })
}

/// The last page of the audit trail read on this device, whatever its filter; for offline, when the
/// page asked for was never read here.
#[tauri::command]
#[specta::specta]
pub async fn cached_audit_events(state: State<'_, AppState>) -> AppResult<AuditView> {
    let fresh = state.core.read().await.cached_audit_events()?;
    Ok(AuditView { page: fresh.data, fetched_at: fresh.fetched_at })
}

/// Where the audit trail's export went, and what it holds.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct SavedAuditExport {
    /// The file's full path.
    pub path: String,
    /// The events in the file.
    #[specta(type = specta_typescript::Number)]
    pub rows: u64,
    /// How many events matched: more than `rows` when the server's limit cut the export short.
    #[specta(type = specta_typescript::Number)]
    pub total: u64,
}

/// Exports every event that matches `filter` as the server's CSV (online only) and saves it as
/// `file_name` in the Downloads folder, as the other exports are.
#[tauri::command]
#[specta::specta]
pub async fn export_audit_events(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    filter: AuditFilter,
    file_name: String,
) -> AppResult<SavedAuditExport> {
    let export = state.core.read().await.export_audit_events(&filter).await?;
    let path = save_to_downloads(&app, &file_name, export.csv.as_bytes())?;
    Ok(SavedAuditExport { path, rows: export.rows, total: export.total })
}

#[cfg(test)]
mod tests {
    use super::chosen;

    #[test]
    fn an_empty_choice_is_none() {
        assert_eq!(chosen(None), None);
        assert_eq!(chosen(Some("  ".to_owned())), None);
        assert_eq!(chosen(Some(" 3 ".to_owned())), Some("3".to_owned()));
    }
}
