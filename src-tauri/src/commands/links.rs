//! Links a screen shows (a help page, a phone number, an email address) open in the device's own
//! browser, dialler or mail app: the web view never navigates away from the app.

use crate::error::{AppError, AppResult};
use tauri_plugin_opener::OpenerExt;

/// What a link may be: a web page, a phone number or an email address, nothing that runs or reads
/// anything on the device.
const SCHEMES: [&str; 4] = ["https://", "http://", "mailto:", "tel:"];

fn is_openable(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    SCHEMES.iter().any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Opens `url` with the app the device uses for it. The window's capabilities grant no opener
/// permission: this command is the one way in, and it opens only web, phone and mail links.
#[tauri::command]
#[specta::specta]
pub fn open_link(app: tauri::AppHandle, url: String) -> AppResult<()> {
    if !is_openable(&url) {
        return Err(AppError::invalid("Only web pages, phone numbers and email addresses can be opened."));
    }
    app.opener().open_url(url, None::<&str>).map_err(|error| AppError::internal(error.to_string()))
}

#[cfg(test)]
mod tests {
    use super::is_openable;

    #[test]
    fn web_phone_and_mail_links_open_and_nothing_else_does() {
        for url in ["https://help.acme.test/hr", "HTTP://intranet", "mailto:hr@acme.test", "tel:+4930123456"] {
            assert!(is_openable(url), "{url}");
        }
        for url in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "https://",
            "tel:",
            "https://a b",
            "/usr/bin/xterm",
            "smb://x",
        ] {
            assert!(!is_openable(url), "{url}");
        }
    }
}
