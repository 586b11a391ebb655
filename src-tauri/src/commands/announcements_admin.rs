//! HR's announcements: every announcement in any state with its audience, and creating, changing,
//! publishing, expiring and deleting one. The list falls back to the last snapshot offline; changes are
//! online-only (see `okta_hr_core::admin::announcements`): publishing notifies people at once, so HR sees
//! the server's answer rather than a queued promise.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::ManagedAnnouncementList;
use okta_hr_core::admin::{AnnouncementChanges, AnnouncementDraft, ManagedAnnouncement};
use okta_hr_domain::announcements::AnnouncementState;
use tauri::State;

/// Every announcement of the company, pinned first then newest; with `filter`, those in that state.
#[tauri::command]
#[specta::specta]
pub async fn managed_announcements(
    state: State<'_, AppState>,
    filter: Option<AnnouncementState>,
) -> AppResult<ManagedAnnouncementList> {
    Ok(state.core.read().await.managed_announcements(filter).await?.into())
}

/// Creates an announcement: a draft, published at once (`publish`) or scheduled (`publish_at`). The
/// server's validation comes back per field (`title`, `body`, `audience.*`, `publish_at`, `expires_at`).
#[tauri::command]
#[specta::specta]
pub async fn create_announcement(
    state: State<'_, AppState>,
    draft: AnnouncementDraft,
) -> AppResult<ManagedAnnouncement> {
    let draft = AnnouncementDraft { title: draft.title.trim().to_owned(), ..draft };
    Ok(state.core.read().await.create_announcement(&draft).await?)
}

/// Changes an announcement; fields left out stay as they are.
#[tauri::command]
#[specta::specta]
pub async fn update_announcement(
    state: State<'_, AppState>,
    id: String,
    changes: AnnouncementChanges,
) -> AppResult<ManagedAnnouncement> {
    let changes = AnnouncementChanges { title: changes.title.map(|t| t.trim().to_owned()), ..changes };
    if changes == AnnouncementChanges::default() {
        return Err(AppError::invalid("Nothing to save: change a field first."));
    }
    Ok(state.core.read().await.update_announcement(&id, &changes).await?)
}

/// Publishes a draft or scheduled announcement now; its audience is notified.
#[tauri::command]
#[specta::specta]
pub async fn publish_announcement(state: State<'_, AppState>, id: String) -> AppResult<ManagedAnnouncement> {
    Ok(state.core.read().await.publish_announcement(&id).await?)
}

/// Takes a published announcement down now: nobody but HR sees it from then on.
#[tauri::command]
#[specta::specta]
pub async fn expire_announcement(state: State<'_, AppState>, id: String) -> AppResult<ManagedAnnouncement> {
    Ok(state.core.read().await.expire_announcement(&id).await?)
}

/// Deletes a draft or scheduled announcement (a published one is expired instead).
#[tauri::command]
#[specta::specta]
pub async fn delete_announcement(state: State<'_, AppState>, id: String) -> AppResult<()> {
    Ok(state.core.read().await.delete_announcement(&id).await?)
}
