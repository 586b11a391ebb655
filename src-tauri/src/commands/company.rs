//! Payslips, notifications, announcements and the company's logo.

use super::files::{downloads_folder, save_to_downloads};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{AnnouncementList, NotificationList, PayslipList};
use base64::Engine;
use okta_hr_core::{Language, WriteOutcome};
use okta_hr_payroll::wire::PayslipView;
use tauri::State;
use tauri_plugin_opener::OpenerExt;

#[tauri::command]
#[specta::specta]
pub async fn payslips(state: State<'_, AppState>) -> AppResult<PayslipList> {
    Ok(state.core.read().await.payslips()?.into())
}

/// One payslip with every line's explanation, the days and the year to date, from the cache.
#[tauri::command]
#[specta::specta]
pub async fn payslip_details(state: State<'_, AppState>, id: String) -> AppResult<Option<PayslipView>> {
    Ok(state.core.read().await.payslip_details(&id)?.map(|slip| slip.attributes))
}

/// Renders the payslip's PDF on the device (offline too), in the language the app shows (`language`, a
/// BCP 47 tag), and saves it with the user's downloads; answers where it went. Opening it is the user's
/// next tap ([`open_saved_payslip`]).
#[tauri::command]
#[specta::specta]
pub async fn save_payslip_pdf(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: String,
    language: String,
) -> AppResult<String> {
    let language = Language::negotiate([language.as_str()]);
    let (file_name, bytes) = state
        .core
        .read()
        .await
        .payslip_pdf(&id, language)?
        .ok_or_else(|| AppError::invalid("That payslip is not on this device: refresh while online."))?;
    save_to_downloads(&app, &file_name, &bytes)
}

/// Opens a saved payslip with the device's PDF viewer (or its share sheet, where the system offers one).
/// Only a payslip file in the downloads folder this app saved to can be opened.
#[tauri::command]
#[specta::specta]
pub fn open_saved_payslip(app: tauri::AppHandle, path: String) -> AppResult<()> {
    let path = std::path::PathBuf::from(path);
    let folder = downloads_folder(&app)?;
    let is_payslip = path.file_name().and_then(|name| name.to_str()).is_some_and(|name| {
        name.starts_with("payslip-") && name.ends_with(".pdf") && !name.contains(std::path::MAIN_SEPARATOR)
    });
    if !is_payslip || path.parent() != Some(folder.as_path()) || !path.is_file() {
        return Err(AppError::invalid("Only a payslip this app saved can be opened."));
    }
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|error| AppError::internal(error.to_string()))
}

#[tauri::command]
#[specta::specta]
pub async fn notifications(state: State<'_, AppState>) -> AppResult<NotificationList> {
    Ok(state.core.read().await.notifications()?.into())
}

/// The language the app shows (`language`, a BCP 47 tag): the server's answers and the device's own
/// pre-checks come in it from now on.
#[tauri::command]
#[specta::specta]
pub async fn use_language(state: State<'_, AppState>, language: String) -> AppResult<()> {
    state.core.read().await.set_language(Language::negotiate([language.as_str()]));
    Ok(())
}

/// Tells the server the language the app shows (`language`, a BCP 47 tag), for the person's notifications and
/// payslip PDFs; queued while offline.
#[tauri::command]
#[specta::specta]
pub async fn set_my_language(state: State<'_, AppState>, language: String) -> AppResult<WriteOutcome> {
    Ok(state.core.read().await.set_my_language(Language::negotiate([language.as_str()])).await?)
}

/// Marks one notification read, or all of them when `id` is `None`.
#[tauri::command]
#[specta::specta]
pub async fn mark_read(state: State<'_, AppState>, id: Option<String>) -> AppResult<WriteOutcome> {
    let core = state.core.read().await;
    let outcome = core.mark_notifications_read(id).await?;
    if outcome.state == "synced" {
        core.refresh_own().await?;
    }
    Ok(outcome)
}

#[tauri::command]
#[specta::specta]
pub async fn announcements(state: State<'_, AppState>) -> AppResult<AnnouncementList> {
    Ok(state.core.read().await.announcements()?.into())
}

/// The company's logo as a `data:` URL, from the device's cache, so it shows with no signal.
#[tauri::command]
#[specta::specta]
pub async fn company_logo(state: State<'_, AppState>) -> AppResult<Option<String>> {
    let logo = state.core.read().await.company_logo()?;
    Ok(logo.map(|logo| {
        let encoded = base64::engine::general_purpose::STANDARD.encode(&logo.image);
        format!("data:{};base64,{encoded}", logo.content_type)
    }))
}
