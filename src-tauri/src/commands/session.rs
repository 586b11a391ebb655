//! Signing in (to a company server or the embedded demo), sync status and the profile.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::ProfileView;
use okta_hr_core::Status;
use okta_hr_core::sync::SyncReport;
use serde::Serialize;
use tauri::State;

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct AppInfo {
    pub signed_in: bool,
    pub email: Option<String>,
    pub server_url: Option<String>,
    /// Signed in to the embedded demo server.
    pub is_demo: bool,
    pub demo_server_running: bool,
    pub version: String,
    /// Why the account was erased from this device (HR suspended or deactivated the person), for the
    /// sign-in screen.
    pub dismissed_because: Option<String>,
}

#[tauri::command]
#[specta::specta]
pub async fn app_info(state: State<'_, AppState>) -> AppResult<AppInfo> {
    let core = state.core.read().await;
    let status = core.status().ok();
    let demo = state.demo.lock().await;
    let server_url = status.as_ref().map(|s| s.server_url.clone());
    Ok(AppInfo {
        signed_in: core.is_signed_in(),
        email: status.map(|s| s.email),
        is_demo: server_url.as_deref().is_some_and(|url| demo.serves(url)),
        server_url,
        demo_server_running: demo.is_running(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        dismissed_because: core.dismissed_because().map(str::to_owned),
    })
}

/// Starts the embedded demo server and signs in as `role` (employee, manager or hr).
#[tauri::command]
#[specta::specta]
pub async fn start_demo(state: State<'_, AppState>, role: String) -> AppResult<()> {
    begin_demo(&state, &role).await
}

pub async fn begin_demo(state: &AppState, role: &str) -> AppResult<()> {
    let email = match role {
        "employee" => "employee@acme.test",
        "manager" => "manager@acme.test",
        "hr" => "hr@acme.test",
        other => return Err(AppError::invalid(format!("no demo account for the role {other:?}"))),
    };
    let url = state.demo.lock().await.start().await?;
    state.stop_team_fill();
    let mut core = state.core.write().await;
    // Switching demo roles is not signing out: the previous role's cache, with what it queued, stays on the
    // device (encrypted, its key kept) for when that role is chosen again.
    core.login(&url, email, okta_hr_server::demo::DEMO_PASSWORD, &device_name()).await?;
    drop(core);
    state.fill_team_in_background();
    Ok(())
}

#[tauri::command]
#[specta::specta]
pub async fn sign_in(
    state: State<'_, AppState>,
    server_url: String,
    email: String,
    password: String,
    new_password: Option<String>,
) -> AppResult<()> {
    let server_url = server_url.trim();
    if !(server_url.starts_with("http://") || server_url.starts_with("https://")) {
        return Err(AppError::invalid("The server address must start with https:// (or http://)."));
    }
    state.stop_team_fill();
    let new_password = new_password.filter(|p| !p.is_empty());
    state
        .core
        .write()
        .await
        .login_changing_password(server_url, email.trim(), &password, new_password.as_deref(), &device_name())
        .await?;
    // The sign-in returns once the person's own data is in; the company's follows while the app is in use.
    state.fill_team_in_background();
    Ok(())
}

#[tauri::command]
#[specta::specta]
pub async fn sign_out(state: State<'_, AppState>, force: bool) -> AppResult<()> {
    state.stop_team_fill();
    state.core.write().await.logout(force).await?;
    Ok(())
}

/// Pauses or resumes the embedded demo server: lets a newcomer try the app with no signal.
#[tauri::command]
#[specta::specta]
pub async fn set_demo_server_running(state: State<'_, AppState>, running: bool) -> AppResult<()> {
    let mut demo = state.demo.lock().await;
    if running {
        demo.start().await?;
        state.core.read().await.nudge();
    } else {
        demo.stop();
    }
    Ok(())
}

#[tauri::command]
#[specta::specta]
pub async fn profile(state: State<'_, AppState>) -> AppResult<Option<ProfileView>> {
    let profile = state.core.read().await.profile()?;
    Ok(profile.data.map(|document| ProfileView::from_document(document, profile.fetched_at)))
}

#[tauri::command]
#[specta::specta]
pub async fn refresh(state: State<'_, AppState>) -> AppResult<()> {
    Ok(state.core.read().await.refresh().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn sync_status(state: State<'_, AppState>) -> AppResult<Status> {
    Ok(state.core.read().await.status()?)
}

#[tauri::command]
#[specta::specta]
pub async fn sync_now(state: State<'_, AppState>) -> AppResult<SyncReport> {
    Ok(state.core.read().await.sync().await?)
}

/// Dismisses one refusal (its outbox id) or, without one, all of them; answers how many.
#[tauri::command]
#[specta::specta]
pub async fn dismiss_refusals(state: State<'_, AppState>, id: Option<u32>) -> AppResult<u32> {
    let dismissed = state.core.read().await.dismiss_refusals(id.map(i64::from))?;
    Ok(u32::try_from(dismissed).unwrap_or(u32::MAX))
}

fn device_name() -> String {
    format!("Okta HR app ({})", std::env::consts::OS)
}

/// The UI calls this once its first screen can be used; the time since start-up goes to the log
/// (and to `bench/app.sh`).
#[tauri::command]
#[specta::specta]
pub fn report_ready() -> u32 {
    static REPORTED: std::sync::Once = std::sync::Once::new();
    let elapsed = crate::STARTED.get().map_or(0, |started| started.elapsed().as_millis() as u32);
    REPORTED.call_once(|| tracing::info!(elapsed_ms = elapsed, "first screen interactive"));
    elapsed
}
