//! The PostgreSQL backend, for companies that run several server instances on one database.
//!
//! There is no writer thread here: every write is its own `SERIALIZABLE` transaction on a pooled
//! connection, so PostgreSQL itself orders the writes of all instances as if they ran one at a time,
//! which is what SQLite's single writer guarantees. When two transactions (on one instance or two)
//! cannot both stand, PostgreSQL refuses one with a serialization failure and the write runs again
//! from the start, seeing the other's result: a check-in retried on the other instance finds the first
//! one's idempotency key, a second sign-in failure counts on top of the first.

mod dialect;
mod migrations;
mod values;

pub use values::{PgColumn, PgParam};

use super::connection::{Connection, Error};
use crate::error::{ApiError, ApiResult};
use anyhow::Context;
use postgres::{Client, NoTls};
use rand::Rng;
use std::collections::HashMap;
use std::time::Duration;

/// How often a write refused for a conflict with a concurrent one is run again before giving up.
const CONFLICT_RETRIES: u32 = 30;
/// Statements kept prepared per connection; the SQL the server builds per request is not cached.
const STATEMENT_CACHE: usize = 512;

/// A pooled connection and the statements prepared on it.
pub struct PgSession {
    /// Always present but while the session is dropped.
    client: Option<Client>,
    statements: HashMap<String, postgres::Statement>,
}

impl Drop for PgSession {
    /// Closing a connection blocks on its own runtime, which panics on an async worker thread (where the
    /// last handle to the pool may be dropped), so the connection is closed on a thread of its own.
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            let closing = std::thread::Builder::new().name("okta-hr-pg-close".into()).spawn(move || drop(client));
            if let Err(error) = closing {
                tracing::warn!(%error, "could not close a PostgreSQL connection cleanly");
            }
        }
    }
}

impl PgSession {
    fn connect(config: &postgres::Config) -> Result<PgSession, postgres::Error> {
        Ok(PgSession { client: Some(config.connect(NoTls)?), statements: HashMap::new() })
    }

    pub(super) fn client(&mut self) -> &mut Client {
        self.client.as_mut().expect("a session has its client until it is dropped")
    }

    pub(super) fn prepare_cached(&mut self, sql: &str) -> Result<postgres::Statement, Error> {
        if let Some(statement) = self.statements.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.prepare(sql)?;
        if self.statements.len() >= STATEMENT_CACHE {
            self.statements.clear();
        }
        self.statements.insert(sql.to_owned(), statement.clone());
        Ok(statement)
    }

    pub(super) fn prepare(&mut self, sql: &str) -> Result<postgres::Statement, Error> {
        let translated = dialect::translate(sql);
        self.client().prepare(&translated).map_err(|source| Error::Prepare { sql: translated, source })
    }
}

struct Manager {
    config: postgres::Config,
}

impl r2d2::ManageConnection for Manager {
    type Connection = PgSession;
    type Error = postgres::Error;

    fn connect(&self) -> Result<PgSession, postgres::Error> {
        PgSession::connect(&self.config)
    }

    fn is_valid(&self, session: &mut PgSession) -> Result<(), postgres::Error> {
        session.client().batch_execute("")
    }

    fn has_broken(&self, session: &mut PgSession) -> bool {
        session.client.as_ref().is_none_or(Client::is_closed)
    }
}

/// Creates a database of a random name on the server of `server_url`; answers the new database's URL.
pub fn create_database(server_url: &str) -> anyhow::Result<String> {
    let config: postgres::Config = server_url.parse().context("reading the PostgreSQL URL")?;
    let name = format!("okta_hr_{}", uuid::Uuid::new_v4().simple());
    let mut session = PgSession::connect(&config).context("connecting to PostgreSQL")?;
    session.client().batch_execute(&format!("CREATE DATABASE {name}")).context("creating a database")?;
    // The same URL with the new database's name as its path.
    let (base, options) =
        server_url.split_once('?').map_or((server_url, None), |(base, options)| (base, Some(options)));
    let authority = base.find("://").map_or(0, |at| at + 3);
    let server = base[authority..].find('/').map_or(base, |slash| &base[..authority + slash]);
    Ok(match options {
        Some(options) => format!("{server}/{name}?{options}"),
        None => format!("{server}/{name}"),
    })
}

#[derive(Clone)]
pub struct Postgres {
    pool: r2d2::Pool<Manager>,
}

impl Postgres {
    /// Connects to the database at `url` (`postgres://user:password@host:port/database`) and brings
    /// its schema up to date.
    pub fn open(url: &str, connections: u32) -> anyhow::Result<Postgres> {
        let config: postgres::Config = url.parse().context("reading the PostgreSQL URL")?;
        let mut session = PgSession::connect(&config).context("connecting to PostgreSQL")?;
        migrations::run(session.client()).context("migrating the database")?;
        let pool = r2d2::Pool::builder()
            .max_size(connections)
            .min_idle(Some(1))
            .build(Manager { config })
            .context("opening the connection pool")?;
        Ok(Postgres { pool })
    }

    /// Runs `read` on a pooled connection, each statement on its own.
    pub fn read<T>(&self, read: impl FnOnce(&Connection) -> ApiResult<T>) -> ApiResult<T> {
        let mut session = self.pool.get().map_err(ApiError::internal)?;
        read(&Connection::postgres(&mut session))
    }

    /// Runs `write` in a serializable transaction, again from the start whenever PostgreSQL refuses it
    /// for a conflict with a concurrent transaction. An `Err` from `write` rolls back everything it did.
    pub fn write<T>(&self, write: impl Fn(&Connection) -> ApiResult<T>) -> ApiResult<T> {
        let mut session = self.pool.get().map_err(ApiError::internal)?;
        let mut attempt = 0;
        loop {
            match transaction(&mut session, &write) {
                Err(error) if attempt < CONFLICT_RETRIES && is_conflict(&error) => {
                    attempt += 1;
                    std::thread::sleep(backoff(attempt));
                }
                outcome => return outcome,
            }
        }
    }
}

fn transaction<T>(session: &mut PgSession, write: &impl Fn(&Connection) -> ApiResult<T>) -> ApiResult<T> {
    session.client().batch_execute("BEGIN ISOLATION LEVEL SERIALIZABLE").map_err(Error::from)?;
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| write(&Connection::postgres(session))))
        .unwrap_or_else(|_| Err(ApiError::internal(anyhow::anyhow!("a write job panicked; it was rolled back"))));
    match outcome {
        Ok(value) => {
            session.client().batch_execute("COMMIT").map_err(Error::from)?;
            Ok(value)
        }
        Err(error) => {
            // A connection that cannot even roll back is broken, and the pool drops it.
            let _ = session.client().batch_execute("ROLLBACK");
            Err(error)
        }
    }
}

fn is_conflict(error: &ApiError) -> bool {
    match error {
        ApiError::Internal(error) => error.downcast_ref::<Error>().is_some_and(Error::is_serialization_conflict),
        _ => false,
    }
}

/// Up to twice the previous wait, with jitter so that two conflicting writers do not meet again.
fn backoff(attempt: u32) -> Duration {
    let ceiling_us = 500u64 << attempt.min(8);
    Duration::from_micros(rand::rng().random_range(ceiling_us / 2..=ceiling_us))
}
