//! The SQLite backend: a pool of readers and one group-committing writer (see `writer`).
//!
//! SQLite allows one writer at a time. Instead of letting 64 request tasks fight over the write lock
//! (and sleep in the busy handler), every write is a job for the writer thread, and one fsync makes
//! many check-ins durable.

use super::connection::Connection;
use super::connection::Error;
use super::migrations::MIGRATIONS;
use super::writer::{Target, Writer};
use anyhow::Context;
use r2d2_sqlite::SqliteConnectionManager;
use rusqlite_migration::{M, Migrations};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Clone)]
pub struct Sqlite {
    readers: r2d2::Pool<SqliteConnectionManager>,
    pub(super) writer: Writer,
    path: PathBuf,
}

/// Waits for another instance's write lock in short steps, giving up after about ten seconds. SQLite's
/// own busy handler sleeps up to 100 ms between tries, which leaves the lock idle long after another
/// instance on the same file has released it.
fn wait_for_lock(attempt: i32) -> bool {
    let step = if attempt < 1_000 { Duration::from_micros(100) } else { Duration::from_millis(1) };
    std::thread::sleep(step);
    attempt < 10_900
}

/// Opens the writer's connection and brings the schema up to date. Several instances may start at once
/// on a new database: one switches it to WAL and migrates, while another's attempt meets the lock or the
/// tables just made. Each migration is a transaction, so a failed attempt changed nothing, and the next
/// one reads the new schema version and has nothing left to do.
fn open_migrated(path: &Path) -> anyhow::Result<rusqlite::Connection> {
    let migrations = Migrations::new(MIGRATIONS.iter().map(|migration| M::up(migration.sqlite)).collect());
    let attempt = || -> anyhow::Result<rusqlite::Connection> {
        let mut conn = open(path)?;
        migrations.to_latest(&mut conn).context("migrating the database")?;
        Ok(conn)
    };
    for retry in 1..5 {
        if let Ok(conn) = attempt() {
            return Ok(conn);
        }
        std::thread::sleep(Duration::from_millis(50 * retry));
    }
    attempt()
}

fn open(path: &Path) -> anyhow::Result<rusqlite::Connection> {
    let conn = rusqlite::Connection::open(path).with_context(|| format!("opening {}", path.display()))?;
    configure(&conn)?;
    Ok(conn)
}

fn configure(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.busy_handler(Some(wait_for_lock))?;
    // WAL with synchronous=FULL: a committed check-in survives a power cut.
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA cache_size = -16000;",
    )
}

impl Sqlite {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub fn open(path: &Path, readers: u32) -> anyhow::Result<Sqlite> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        let conn = open_migrated(path)?;
        let manager = SqliteConnectionManager::file(path).with_init(|conn| {
            configure(conn)?;
            conn.execute_batch("PRAGMA query_only = ON;")
        });
        let readers = r2d2::Pool::builder().max_size(readers).build(manager).context("opening the reader pool")?;
        Ok(Sqlite { readers, writer: Writer::start(Target::Sqlite(conn))?, path: path.to_owned() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn read<T, E: From<Error>>(&self, read: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E> {
        let conn = self.readers.get().map_err(|error| Error::Unavailable(error.into()))?;
        read(&Connection::sqlite(&conn))
    }

    /// A connection of its own, outside the writer, in autocommit.
    pub fn direct<T, E: From<Error>>(&self, run: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E> {
        let conn = open(&self.path).map_err(Error::Unavailable)?;
        run(&Connection::sqlite(&conn))
    }
}
