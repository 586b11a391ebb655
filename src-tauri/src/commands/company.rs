//! Payslips, notifications, announcements and the company's logo.

use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{AnnouncementList, NotificationList, PayslipList};
use base64::Engine;
use okta_hr_core::WriteOutcome;
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn payslips(state: State<'_, AppState>) -> AppResult<PayslipList> {
    Ok(state.core.read().await.payslips()?.into())
}

#[tauri::command]
#[specta::specta]
pub async fn notifications(state: State<'_, AppState>) -> AppResult<NotificationList> {
    Ok(state.core.read().await.notifications()?.into())
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
