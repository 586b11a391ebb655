//! WebKitGTK settings that keep the desktop app light.
//!
//! The UI is a few forms and lists: it gains nothing from WebKit's GPU compositor, which on Linux costs
//! a GL context and its buffers in the web process (about 75 MB measured, more under software
//! rendering), nor from the browser-sized memory cache a single-page app never revisits.

use tauri::{Manager, Runtime};

/// Applies the settings to the main window's web view; elsewhere the platform defaults stand.
pub fn tune<R: Runtime>(app: &tauri::App<R>) {
    #[cfg(target_os = "linux")]
    if let Some(window) = app.get_webview_window("main") {
        let applied = window.with_webview(|webview| {
            use webkit2gtk::{CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt};
            let view = webview.inner();
            if let Some(settings) = WebViewExt::settings(&view) {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
            if let Some(context) = view.context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
        });
        if let Err(error) = applied {
            tracing::warn!(%error, "could not tune the web view");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}
