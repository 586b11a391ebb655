//! Whole API documents for the read-mostly screens.

use super::Cache;
use crate::error::CoreResult;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

impl Cache {
    pub fn put_document<T: Serialize>(&self, path: &str, body: &T) -> CoreResult<()> {
        self.conn.execute(
            "INSERT INTO documents (path, body, fetched_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (path) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at",
            params![path, serde_json::to_string(body)?, Utc::now()],
        )?;
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
