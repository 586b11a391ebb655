//! The admin area's last reads, one whole snapshot per kind.

use super::Cache;
use crate::error::CoreResult;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

impl Cache {
    pub fn put_admin_snapshot<T: Serialize>(&self, kind: &str, body: &T) -> CoreResult<DateTime<Utc>> {
        let now = Utc::now();
        self.conn.execute(
            "INSERT INTO admin_snapshot (kind, body, fetched_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (kind) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at",
            params![kind, serde_json::to_string(body)?, now],
        )?;
        Ok(now)
    }

    pub fn admin_snapshot<T: DeserializeOwned>(&self, kind: &str) -> CoreResult<Option<(T, DateTime<Utc>)>> {
        let row: Option<(String, DateTime<Utc>)> = self
            .conn
            .query_row("SELECT body, fetched_at FROM admin_snapshot WHERE kind = ?1", [kind], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        match row {
            Some((body, fetched_at)) => Ok(Some((serde_json::from_str(&body)?, fetched_at))),
            None => Ok(None),
        }
    }
}
