//! Today's check-in and check-out with a live geofence check, and attendance history.

use crate::error::AppResult;
use crate::state::AppState;
use okta_hr_core::WriteOutcome;
use okta_hr_core::cache::{AttendanceEntry, TodayStatus};
use okta_hr_domain::geofence::{Fix, GeofencePolicy, Verdict};
use serde::Serialize;
use tauri::State;

/// Where the user stands against their branch's fence, judged on the device with the server's rule.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct GeofenceCheck {
    pub branch: Option<String>,
    /// The branch has a geofence.
    pub fenced: bool,
    pub fix: Option<Fix>,
    pub distance_m: Option<f64>,
    /// The branch's own radius, as HR set it.
    pub radius_m: Option<f64>,
    /// The radius plus the allowance for the fix's reported inaccuracy: what the server measures against.
    pub allowed_m: Option<f64>,
    /// The server would accept a check-in from here.
    pub inside: bool,
    /// Why it would not, in the server's words.
    pub message: Option<String>,
}

/// The device's position: the OS's on a phone, the configured one on a desktop, or none.
#[tauri::command]
#[specta::specta]
pub async fn position(app: tauri::AppHandle, state: State<'_, AppState>) -> AppResult<Option<Fix>> {
    #[cfg(mobile)]
    {
        let app = app.clone();
        if let Ok(Some(fix)) = tauri::async_runtime::spawn_blocking(move || crate::location::from_device(&app)).await {
            return Ok(Some(fix));
        }
    }
    let _ = &app;
    Ok(state.desk_location())
}

/// Sets (or clears) the desktop's position, for a kiosk at a branch door.
#[tauri::command]
#[specta::specta]
pub async fn set_desk_location(state: State<'_, AppState>, fix: Option<Fix>) -> AppResult<()> {
    *state.desk_location.lock().unwrap_or_else(|p| p.into_inner()) = fix;
    Ok(())
}

#[tauri::command]
#[specta::specta]
pub async fn geofence_check(state: State<'_, AppState>, fix: Option<Fix>) -> AppResult<GeofenceCheck> {
    let branch = state.core.read().await.my_branch()?;
    let fence = branch.as_ref().and_then(|b| b.geofence());
    let verdict = GeofencePolicy::default().evaluate(fence.as_ref(), fix.as_ref());
    let allowed_m = match verdict {
        Verdict::Inside { allowed_m, .. } | Verdict::Outside { allowed_m, .. } => Some(allowed_m),
        _ => None,
    };
    Ok(GeofenceCheck {
        message: branch.as_ref().and_then(|b| verdict.refusal(&b.name, "check in")),
        branch: branch.map(|b| b.name),
        fenced: fence.is_some(),
        fix,
        distance_m: verdict.distance_m(),
        radius_m: fence.as_ref().map(|f| f.radius_m),
        allowed_m,
        inside: verdict.is_accepted(),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn today(state: State<'_, AppState>) -> AppResult<TodayStatus> {
    Ok(state.core.read().await.today()?)
}

#[tauri::command]
#[specta::specta]
pub async fn check_in(state: State<'_, AppState>, fix: Option<Fix>) -> AppResult<WriteOutcome> {
    Ok(state.core.read().await.check_in(fix, false).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn check_out(state: State<'_, AppState>, fix: Option<Fix>) -> AppResult<WriteOutcome> {
    Ok(state.core.read().await.check_out(fix, false).await?)
}

/// The user's records for a month (`YYYY-MM`), this month when `None`.
#[tauri::command]
#[specta::specta]
pub async fn attendance(state: State<'_, AppState>, month: Option<String>) -> AppResult<Vec<AttendanceEntry>> {
    let month = month.as_deref().and_then(okta_hr_domain::validation::parse_month);
    Ok(state.core.read().await.attendance(month)?)
}
