//! Saving exports (team attendance, the audit trail as CSV, payslip PDFs) where the user keeps downloads.

use crate::error::{AppError, AppResult};
use tauri::Manager;

/// Writes `contents` to `file_name` in the Downloads folder (the app's data folder when there is
/// none) and answers the full path, to show the user where it went.
#[tauri::command]
#[specta::specta]
pub async fn save_export(app: tauri::AppHandle, file_name: String, contents: String) -> AppResult<String> {
    save_to_downloads(&app, &file_name, contents.as_bytes())
}

/// The Downloads folder, or the app's data folder on a device without one.
pub fn downloads_folder(app: &tauri::AppHandle) -> AppResult<std::path::PathBuf> {
    Ok(app.path().download_dir().or_else(|_| app.path().app_data_dir())?)
}

/// [`save_export`] for the commands that make the file themselves (the audit trail's CSV comes from the
/// server and goes to disk without a round trip through the web view).
pub fn save_to_downloads(app: &tauri::AppHandle, file_name: &str, contents: &[u8]) -> AppResult<String> {
    let safe_name: String =
        file_name.chars().map(|c| if c.is_ascii_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect();
    if safe_name.is_empty() || safe_name.starts_with('.') {
        return Err(AppError::invalid("That is not a usable file name."));
    }
    let folder = downloads_folder(app)?;
    std::fs::create_dir_all(&folder)?;
    let path = folder.join(safe_name);
    std::fs::write(&path, contents)?;
    Ok(path.display().to_string())
}
