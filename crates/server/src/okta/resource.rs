//! Reading one resource of a management API by the key its path names, or answering Okta's 404.

use crate::AppState;
use crate::db::Connection;
use crate::okta::error::{OktaError, OktaResult};
use crate::store::StoreResult;

/// The resource `key` names, as `find` reads it, or Okta's 404 for `key` as a `kind`.
///
/// `find` gets its own copy of the key because the read runs on a database thread.
pub async fn find_or_404<T, F>(state: &AppState, key: &str, kind: &'static str, find: F) -> OktaResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Connection, &str) -> StoreResult<Option<T>> + Send + 'static,
{
    let lookup = key.to_owned();
    state.db.read(move |conn| find(conn, &lookup)).await?.ok_or_else(|| OktaError::not_found(key, kind))
}
