//! What can go wrong in the core, in terms the app and the CLI can show and act on.

use crate::client::ClientError;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error("you are not signed in")]
    NotSignedIn,
    /// Signing out would throw away writes the server has not received yet.
    #[error("{0} change(s) have not reached the server yet; sync first, or sign out with --force to discard them")]
    UnsyncedWork(u64),
    #[error("{0}")]
    Invalid(String),
    /// An admin change was attempted without a connection; admin changes are never queued.
    #[error("Admin changes need a connection ({0}); nothing was queued, try again when the server can be reached")]
    NeedsConnection(String),
    #[error("local storage failed: {0}")]
    Storage(String),
    /// The cache file cannot be read with its key: the key is gone, so nobody can read it any more.
    #[error("this device's copy of the account cannot be read any more; sign in again")]
    CacheKeyLost,
    /// The system's keystore refused or failed (locked, or its service stopped).
    #[error("the system keystore failed: {0}")]
    Keystore(String),
}

pub type CoreResult<T> = Result<T, CoreError>;

impl From<rusqlite::Error> for CoreError {
    fn from(error: rusqlite::Error) -> Self {
        CoreError::Storage(error.to_string())
    }
}

impl From<rusqlite_migration::Error> for CoreError {
    fn from(error: rusqlite_migration::Error) -> Self {
        CoreError::Storage(error.to_string())
    }
}

impl From<std::io::Error> for CoreError {
    fn from(error: std::io::Error) -> Self {
        CoreError::Storage(error.to_string())
    }
}

impl From<serde_json::Error> for CoreError {
    fn from(error: serde_json::Error) -> Self {
        CoreError::Storage(error.to_string())
    }
}
