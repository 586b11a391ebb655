//! What the commands share: the core, the embedded demo server and the desk location.

use crate::demo::DemoServer;
use okta_hr_core::Core;
use okta_hr_domain::geofence::Fix;
use std::sync::Arc;
use tauri::async_runtime::JoinHandle;
use tokio::sync::{Mutex, RwLock};

pub struct AppState {
    pub core: Arc<RwLock<Core>>,
    pub demo: Mutex<DemoServer>,
    /// A desktop's configured position (kiosks, tests); phones ask the OS instead.
    pub desk_location: std::sync::Mutex<Option<Fix>>,
    /// The company's data being filled after a sign-in, which holds the core for as long as it takes.
    pub team_fill: std::sync::Mutex<Option<JoinHandle<()>>>,
}

impl AppState {
    /// Fills what a manager or HR sees of the company in the background, replacing any fill under way.
    pub fn fill_team_in_background(&self) {
        let core = self.core.clone();
        let fill = tauri::async_runtime::spawn(async move {
            if let Err(error) = core.read().await.refresh_team().await {
                tracing::warn!(%error, "could not fill the company's data");
            }
        });
        if let Some(previous) = self.team_fill().replace(fill) {
            previous.abort();
        }
    }

    /// Stops a fill under way, so that signing out or switching accounts does not wait for a large
    /// company's pages; what was fetched is kept, and the next refresh picks up from the cache.
    pub fn stop_team_fill(&self) {
        if let Some(fill) = self.team_fill().take() {
            fill.abort();
        }
    }

    fn team_fill(&self) -> std::sync::MutexGuard<'_, Option<JoinHandle<()>>> {
        self.team_fill.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn desk_location(&self) -> Option<Fix> {
        *self.desk_location.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
