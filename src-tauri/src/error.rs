//! The one error the UI sees from any command, with a kind it can act on.

use okta_hr_core::CoreError;
use okta_hr_core::client::ClientError;
use serde::Serialize;

#[derive(Debug, thiserror::Error, Serialize, specta::Type)]
#[serde(tag = "kind", content = "message", rename_all = "snake_case")]
pub enum AppError {
    /// Show the sign-in screen.
    #[error("{0}")]
    NotSignedIn(String),
    /// The server refused; show its message next to the form.
    #[error("{0}")]
    Rejected(String),
    /// The password was expired by an administrator: ask for a new one and sign in with it.
    #[error("{0}")]
    PasswordExpired(String),
    /// The server cannot be reached and the action cannot be queued (e.g. signing in).
    #[error("{0}")]
    Unreachable(String),
    /// Signing out would discard writes not yet synced.
    #[error("{0}")]
    UnsyncedWork(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Internal(String),
}

pub type AppResult<T> = Result<T, AppError>;

impl From<CoreError> for AppError {
    fn from(error: CoreError) -> Self {
        let message = error.to_string();
        match error {
            CoreError::NotSignedIn | CoreError::Client(ClientError::Unauthenticated { .. }) => {
                AppError::NotSignedIn(message)
            }
            CoreError::Client(ClientError::Rejected { errors, .. }) if errors.has("new_password") => {
                AppError::PasswordExpired(message)
            }
            CoreError::Client(ClientError::Rejected { .. }) => AppError::Rejected(message),
            CoreError::Client(ClientError::RateLimited { .. }) => AppError::Unreachable(message),
            CoreError::Client(error) if error.is_transient() => AppError::Unreachable(message),
            CoreError::NeedsConnection(_) => AppError::Unreachable(message),
            CoreError::UnsyncedWork(_) => AppError::UnsyncedWork(message),
            CoreError::Invalid(_) => AppError::Invalid(message),
            _ => AppError::Internal(message),
        }
    }
}

impl From<tauri::Error> for AppError {
    fn from(error: tauri::Error) -> Self {
        AppError::Internal(error.to_string())
    }
}

impl From<std::io::Error> for AppError {
    fn from(error: std::io::Error) -> Self {
        AppError::Internal(error.to_string())
    }
}
