//! Core changes, pushed to the UI and, for what a user must not miss, to the OS as notifications.

use chrono::{DateTime, Utc};
use okta_hr_core::{Change, Core};
use serde::Serialize;
use std::sync::Arc;
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;
use tauri_specta::Event;
use tokio::sync::RwLock;

/// Something changed in the core: re-read what the screen shows.
#[derive(Debug, Clone, Serialize, specta::Type, Event)]
pub struct CoreChanged(pub Change);

/// Forwards the core's changes until the app exits.
pub async fn forward(app: AppHandle, core: Arc<RwLock<Core>>) {
    let mut changes = core.read().await.subscribe();
    let mut told_until: DateTime<Utc> = Utc::now();
    let mut rejected_seen = core.read().await.status().map(|s| s.rejected.len()).unwrap_or_default();
    loop {
        let change = match changes.recv().await {
            Ok(change) => change,
            Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
            Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
        };
        if let Err(error) = CoreChanged(change.clone()).emit(&app) {
            tracing::warn!(%error, "could not tell the window about a change");
        }
        if matches!(change, Change::NeedsLogin)
            && let Err(error) = core.write().await.erase_if_dismissed()
        {
            tracing::warn!(%error, "could not erase the account HR suspended or deactivated");
        }
        let core = core.read().await;
        match change {
            Change::Outbox { rejected, .. } if rejected > rejected_seen => {
                // In front of the user, the screen of the refused thing says it; away, the OS does.
                if let (Ok(status), false) = (core.status(), in_front(&app)) {
                    for write in status.rejected.iter().skip(rejected_seen) {
                        let reason = write.rejection.clone().unwrap_or_default();
                        notify(&app, &format!("{} was refused", write.description), &reason);
                    }
                }
                rejected_seen = rejected;
            }
            Change::Refreshed => {
                let Ok(notifications) = core.notifications() else { continue };
                let worth_telling =
                    ["leave.approved", "leave.rejected", "leave.step_approved", "announcement.published"];
                for item in notifications.data.iter().rev() {
                    let a = &item.attributes;
                    if a.created_at > told_until && a.read_at.is_none() && worth_telling.contains(&a.kind.as_str()) {
                        notify(&app, &a.title, &a.body);
                    }
                }
                told_until = notifications
                    .data
                    .iter()
                    .map(|n| n.attributes.created_at)
                    .max()
                    .unwrap_or(told_until)
                    .max(told_until);
            }
            Change::Outbox { rejected, .. } => rejected_seen = rejected,
            Change::SignedIn | Change::SignedOut => {
                rejected_seen = core.status().map(|s| s.rejected.len()).unwrap_or_default();
            }
            _ => {}
        }
    }
}

/// Whether one of the app's windows has the focus.
fn in_front(app: &AppHandle) -> bool {
    app.webview_windows().values().any(|window| window.is_focused().unwrap_or(false))
}

/// An OS notification. On Linux without a notification daemon this silently shows nothing, so it is
/// never the only place a user learns something.
fn notify(app: &AppHandle, title: &str, body: &str) {
    if let Err(error) = app.notification().builder().title(title).body(body).show() {
        tracing::debug!(%error, "no notification shown");
    }
}
