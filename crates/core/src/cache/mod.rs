//! The device's SQLite cache: every screen reads from here, at once, online or not.

mod admin_snapshots;
pub(crate) mod attendance;
mod company_logo;
mod documents;
mod employees;
pub mod encryption;
pub(crate) mod leaves;

pub use attendance::{AttendanceEntry, TeamDay, TodayStatus};
pub use company_logo::Logo;
pub(crate) use documents::CachedDocument;
pub use leaves::LeaveEntry;

use crate::error::CoreResult;
use chrono::{DateTime, Utc};
pub use encryption::CacheKey;
use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use std::path::{Path, PathBuf};

const MIGRATIONS: &[&str] = &[
    include_str!("schema.sql"),
    include_str!("team_window.sql"),
    include_str!("signed_out_reason.sql"),
    include_str!("admin_snapshot.sql"),
    include_str!("company_logo.sql"),
    include_str!("outbox_review.sql"),
    include_str!("directory_search.sql"),
    include_str!("half_days.sql"),
];

/// Who this cache belongs to and what the sync engine knows about the server.
#[derive(Debug, Clone)]
pub struct Session {
    pub server_url: String,
    pub employee_id: i64,
    pub email: String,
    pub token: Option<String>,
    pub clock_offset_ms: i64,
    pub needs_login: bool,
    /// The server's reason for ending the session, when it gave one.
    pub signed_out_reason: Option<String>,
    pub last_sync_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

pub struct Cache {
    pub(crate) conn: Connection,
    path: PathBuf,
}

/// Rows a queued write shows before the server has them are keyed by the write's outbox id until the
/// server's id replaces it; the prefix keeps the two kinds of key apart.
const QUEUED_KEY_PREFIX: &str = "pending-";

pub(crate) fn queued_key(operation_id: i64) -> String {
    format!("{QUEUED_KEY_PREFIX}{operation_id}")
}

/// The outbox id in a key made by [`queued_key`]; `None` for the server's own id.
pub(crate) fn queued_operation(key: &str) -> Option<&str> {
    key.strip_prefix(QUEUED_KEY_PREFIX)
}

/// The cache file of one user on one server: `{host}_{port}-{employee id}.sqlite`.
pub fn file_for(data_dir: &Path, server_url: &str, employee_id: i64) -> PathBuf {
    let server: String = server_url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' })
        .collect();
    data_dir.join(format!("{server}-{employee_id}.sqlite"))
}

impl Cache {
    /// Opens the cache at `path` encrypted with `key`; a plain cache from before encryption is encrypted in
    /// place first. [`CoreError::CacheKeyLost`] when the file cannot be read with the key. Every account's
    /// cache has a key; `None` opens a plain one, which only the benchmarks do, to measure what encryption
    /// costs against it.
    pub fn open(path: &Path, key: Option<&CacheKey>) -> CoreResult<Cache> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut conn = match key {
            Some(key) => encryption::open_keyed(path, key)?,
            None => {
                // Laid out as the encrypted caches are, so that what the benchmarks compare is the
                // encryption alone.
                let conn = Connection::open(path)?;
                conn.execute_batch("PRAGMA page_size = 16384;")?;
                conn
            }
        };
        conn.execute_batch(
            // 16 MiB of pages in memory: with encryption a page read from disk is also decrypted, so the
            // screens' pages are kept decrypted rather than read and decrypted again on every query.
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;
             PRAGMA cache_size = -16384;",
        )?;
        Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect()).to_latest(&mut conn)?;
        Ok(Cache { conn, path: path.to_owned() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn session(&self) -> CoreResult<Option<Session>> {
        Ok(self
            .conn
            .query_row(
                "SELECT server_url, employee_id, email, token, clock_offset_ms, needs_login, last_sync_at, last_error,
                        signed_out_reason
                 FROM session WHERE id = 1",
                [],
                |r| {
                    Ok(Session {
                        server_url: r.get(0)?,
                        employee_id: r.get(1)?,
                        email: r.get(2)?,
                        token: r.get(3)?,
                        clock_offset_ms: r.get(4)?,
                        needs_login: r.get(5)?,
                        last_sync_at: r.get(6)?,
                        last_error: r.get(7)?,
                        signed_out_reason: r.get(8)?,
                    })
                },
            )
            .optional()?)
    }

    /// Records who signed in. Their token is kept in the vault, never here.
    pub fn save_session(&self, server_url: &str, employee_id: i64, email: &str) -> CoreResult<()> {
        self.conn.execute(
            "INSERT INTO session (id, server_url, employee_id, email, token, needs_login) VALUES (1, ?1, ?2, ?3, NULL, 0)
             ON CONFLICT (id) DO UPDATE SET token = NULL, email = excluded.email, needs_login = 0,
                 signed_out_reason = NULL",
            params![server_url, employee_id, email],
        )?;
        Ok(())
    }

    /// Forgets a token a cache from before the keystore kept in its session row.
    pub fn clear_stored_token(&self) -> CoreResult<()> {
        self.conn.execute("UPDATE session SET token = NULL WHERE id = 1", [])?;
        Ok(())
    }

    /// The session ended on the server; `reason` is what the server said, if anything.
    pub fn set_needs_login(&self, reason: Option<&str>) -> CoreResult<()> {
        self.conn.execute("UPDATE session SET needs_login = 1, signed_out_reason = ?1 WHERE id = 1", [reason])?;
        Ok(())
    }

    pub fn record_server_time(&self, server_time: DateTime<Utc>) -> CoreResult<()> {
        let offset = (server_time - Utc::now()).num_milliseconds();
        // The Date header has one-second resolution: ignore offsets that are only that rounding.
        let offset = if offset.abs() < 1_500 { 0 } else { offset };
        // Unchanged, nothing is written: this runs after every answer, and each write re-encrypts pages.
        self.conn
            .execute("UPDATE session SET clock_offset_ms = ?1 WHERE id = 1 AND clock_offset_ms IS NOT ?1", [offset])?;
        Ok(())
    }

    /// The server answered: the connection error shown since is over, though a whole refresh may not be.
    pub fn record_reachable(&self) -> CoreResult<()> {
        self.conn.execute("UPDATE session SET last_error = NULL WHERE id = 1 AND last_error IS NOT NULL", [])?;
        Ok(())
    }

    /// When the team's whole attendance window was last fetched.
    pub fn team_window_at(&self) -> CoreResult<Option<DateTime<Utc>>> {
        Ok(self
            .conn
            .query_row("SELECT team_window_at FROM session WHERE id = 1", [], |r| r.get(0))
            .optional()?
            .flatten())
    }

    pub fn record_team_window(&self) -> CoreResult<()> {
        self.conn.execute("UPDATE session SET team_window_at = ?1 WHERE id = 1", [Utc::now()])?;
        Ok(())
    }

    pub fn record_sync(&self, error: Option<&str>) -> CoreResult<()> {
        match error {
            None => self
                .conn
                .execute("UPDATE session SET last_sync_at = ?1, last_error = NULL WHERE id = 1", [Utc::now()])?,
            Some(error) => self.conn.execute("UPDATE session SET last_error = ?1 WHERE id = 1", [error])?,
        };
        Ok(())
    }
}
