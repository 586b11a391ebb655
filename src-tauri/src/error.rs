//! The one error the UI sees from any command, with a kind it can act on.
//!
//! Every kind carries a `message` for the user; a refusal also carries the server's validation errors per
//! field (`errors`, empty when it gave none), so a form can show each beside its field.

use okta_hr_core::CoreError;
use okta_hr_core::client::ClientError;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error, Serialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AppError {
    /// Show the sign-in screen.
    #[error("{message}")]
    NotSignedIn { message: String },
    /// The server refused; show its message next to the form, and each of `errors` next to its field
    /// (field name as the server's API spells it, such as `date` or `branch_id` → its messages).
    #[error("{message}")]
    Rejected { message: String, errors: BTreeMap<String, Vec<String>> },
    /// The password was expired by an administrator: ask for a new one and sign in with it.
    #[error("{message}")]
    PasswordExpired { message: String },
    /// The server cannot be reached and the action cannot be queued (e.g. signing in).
    #[error("{message}")]
    Unreachable { message: String },
    /// Signing out would discard writes not yet synced.
    #[error("{message}")]
    UnsyncedWork { message: String },
    #[error("{message}")]
    Invalid { message: String },
    #[error("{message}")]
    Internal { message: String },
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn invalid(message: impl Into<String>) -> Self {
        AppError::Invalid { message: message.into() }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        AppError::Internal { message: message.into() }
    }
}

impl From<CoreError> for AppError {
    fn from(error: CoreError) -> Self {
        let message = error.to_string();
        match error {
            CoreError::NotSignedIn | CoreError::Client(ClientError::Unauthenticated { .. }) => {
                AppError::NotSignedIn { message }
            }
            CoreError::Client(ClientError::Rejected { errors, .. }) if errors.has("new_password") => {
                AppError::PasswordExpired { message }
            }
            CoreError::Client(ClientError::Rejected { errors, .. }) => {
                AppError::Rejected { message, errors: errors.0.into_iter().collect() }
            }
            CoreError::Client(ClientError::RateLimited { .. }) => AppError::Unreachable { message },
            CoreError::Client(error) if error.is_transient() => AppError::Unreachable { message },
            CoreError::NeedsConnection(_) => AppError::Unreachable { message },
            CoreError::UnsyncedWork(_) => AppError::UnsyncedWork { message },
            CoreError::Invalid(_) => AppError::Invalid { message },
            _ => AppError::Internal { message },
        }
    }
}

impl From<tauri::Error> for AppError {
    fn from(error: tauri::Error) -> Self {
        AppError::internal(error.to_string())
    }
}

impl From<std::io::Error> for AppError {
    fn from(error: std::io::Error) -> Self {
        AppError::internal(error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use okta_hr_domain::validation::ValidationErrors;

    #[test]
    fn a_refusal_keeps_the_servers_errors_per_field() {
        let mut errors = ValidationErrors::single("date", "The date has already been taken.");
        errors.add("name", "The name field is required.");
        let refusal = ClientError::Rejected { status: 422, message: errors.message(), errors };
        let shown = serde_json::to_value(AppError::from(CoreError::Client(refusal))).unwrap();
        assert_eq!(
            shown,
            serde_json::json!({
                "kind": "rejected",
                "message": "The date has already been taken. (and 1 more error)",
                "errors": { "date": ["The date has already been taken."], "name": ["The name field is required."] },
            })
        );
        let offline = serde_json::to_value(AppError::from(CoreError::NeedsConnection("down".into()))).unwrap();
        assert_eq!(offline["kind"], "unreachable");
        assert!(offline["message"].is_string());
        assert!(offline.get("errors").is_none());
    }
}
