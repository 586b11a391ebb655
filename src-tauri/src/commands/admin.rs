//! HR's admin area: people's accounts and their lifecycle, groups, the organization, trusted origins.
//! Reads fall back to the last snapshot offline; changes are online-only (see `okta_hr_core::admin`).

use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{AdminGroupList, AdminOrgView, AdminUserList, TrustedOriginList};
use okta_hr_core::admin::{AdminAction, LifecycleOutcome, NewTrustedOrigin, TrustedOrigin};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn admin_people(state: State<'_, AppState>) -> AppResult<AdminUserList> {
    Ok(state.core.read().await.admin_people().await?.into())
}

/// `user` is an id or a login.
#[tauri::command]
#[specta::specta]
pub async fn admin_lifecycle(
    state: State<'_, AppState>,
    user: String,
    action: AdminAction,
) -> AppResult<LifecycleOutcome> {
    Ok(state.core.read().await.admin_lifecycle(&user, action).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn admin_groups(state: State<'_, AppState>) -> AppResult<AdminGroupList> {
    Ok(state.core.read().await.admin_groups().await?.into())
}

#[tauri::command]
#[specta::specta]
pub async fn admin_org(state: State<'_, AppState>) -> AppResult<AdminOrgView> {
    let fresh = state.core.read().await.admin_org().await?;
    Ok(AdminOrgView { org: fresh.data, fetched_at: fresh.fetched_at })
}

#[tauri::command]
#[specta::specta]
pub async fn admin_trusted_origins(state: State<'_, AppState>) -> AppResult<TrustedOriginList> {
    Ok(state.core.read().await.admin_trusted_origins().await?.into())
}

#[tauri::command]
#[specta::specta]
pub async fn admin_add_trusted_origin(
    state: State<'_, AppState>,
    origin: NewTrustedOrigin,
) -> AppResult<TrustedOrigin> {
    Ok(state.core.read().await.admin_add_trusted_origin(&origin).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn admin_set_trusted_origin_active(
    state: State<'_, AppState>,
    id: String,
    active: bool,
) -> AppResult<TrustedOrigin> {
    Ok(state.core.read().await.admin_set_trusted_origin_active(&id, active).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn admin_remove_trusted_origin(state: State<'_, AppState>, id: String) -> AppResult<()> {
    Ok(state.core.read().await.admin_remove_trusted_origin(&id).await?)
}
