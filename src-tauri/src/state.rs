//! What the commands share: the core, the embedded demo server and the desk location.

use crate::demo::DemoServer;
use okta_hr_core::Core;
use okta_hr_domain::geofence::Fix;
use std::sync::Arc;
use tokio::sync::{Mutex, RwLock};

pub struct AppState {
    pub core: Arc<RwLock<Core>>,
    pub demo: Mutex<DemoServer>,
    /// A desktop's configured position (kiosks, tests); phones ask the OS instead.
    pub desk_location: std::sync::Mutex<Option<Fix>>,
}

impl AppState {
    pub fn desk_location(&self) -> Option<Fix> {
        *self.desk_location.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
