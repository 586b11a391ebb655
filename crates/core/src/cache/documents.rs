//! Whole API documents for the read-mostly screens.

use super::Cache;
use crate::error::CoreResult;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

impl Cache {
    pub fn put_document<T: Serialize>(&self, path: &str, body: &T) -> CoreResult<()> {
        self.put_tagged_document(path, body, None)
    }

    pub fn put_tagged_document<T: Serialize>(&self, path: &str, body: &T, etag: Option<&str>) -> CoreResult<()> {
        self.conn.execute(
            "INSERT INTO documents (path, body, fetched_at, etag) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (path) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at,
                 etag = excluded.etag",
            params![path, serde_json::to_string(body)?, Utc::now(), etag],
        )?;
        Ok(())
    }

    /// The ETag of a cached document, to ask the server whether it changed.
    pub fn etag(&self, path: &str) -> CoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT etag FROM documents WHERE path = ?1", [path], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// The server confirmed the cached document is current (a 304).
    pub fn touch_document(&self, path: &str) -> CoreResult<()> {
        self.conn.execute("UPDATE documents SET fetched_at = ?1 WHERE path = ?2", params![Utc::now(), path])?;
        Ok(())
    }

    /// The cached document and when it was fetched.
    pub fn document<T: DeserializeOwned>(&self, path: &str) -> CoreResult<Option<(T, DateTime<Utc>)>> {
        let row: Option<(String, DateTime<Utc>)> = self
            .conn
            .query_row("SELECT body, fetched_at FROM documents WHERE path = ?1", [path], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match row {
            Some((body, fetched_at)) => Ok(Some((serde_json::from_str(&body)?, fetched_at))),
            None => Ok(None),
        }
    }
}
