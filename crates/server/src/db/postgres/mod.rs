//! The PostgreSQL backend, for companies that run several server instances on one database: a pool of
//! connections for reads, and one for the writers, whose transactions lock only the scope they write
//! in (see `writer`).

mod dialect;
mod endpoint;
mod migrations;
mod values;

use endpoint::Endpoint;
pub use endpoint::PgUrl;
pub use values::{PgColumn, PgParam};

use super::error::Error;
use anyhow::Context;
use postgres::Client;
use std::collections::HashMap;

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
    fn connect(endpoint: &Endpoint) -> Result<PgSession, postgres::Error> {
        Ok(PgSession { client: Some(endpoint.connect()?), statements: HashMap::new() })
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

pub struct Manager {
    endpoint: Endpoint,
    /// Readers' sessions refuse writes, as SQLite's reader connections do (`query_only`): every write
    /// goes through the writer, with its actor.
    read_only: bool,
}

pub type PgPool = r2d2::Pool<Manager>;

impl r2d2::ManageConnection for Manager {
    type Connection = PgSession;
    type Error = postgres::Error;

    fn connect(&self) -> Result<PgSession, postgres::Error> {
        let mut session = PgSession::connect(&self.endpoint)?;
        if self.read_only {
            session.client().batch_execute("SET default_transaction_read_only = on")?;
        }
        Ok(session)
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
    let endpoint = Endpoint::open(server_url)?;
    let name = format!("okta_hr_{}", uuid::Uuid::new_v4().simple());
    let mut session = PgSession::connect(&endpoint).context("connecting to PostgreSQL")?;
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
    readers: PgPool,
    /// The writers' connections: one each, and one more ready when one breaks.
    pub(super) writer_pool: PgPool,
    writers: usize,
}

impl Postgres {
    /// Connects to the database at `url` (`postgres://user:password@host:port/database`, TLS with
    /// `?sslmode=verify-full`) and brings its schema up to date.
    pub fn open(url: &str, connections: u32) -> anyhow::Result<Postgres> {
        let endpoint = Endpoint::open(url)?;
        let mut session = PgSession::connect(&endpoint).context("connecting to PostgreSQL")?;
        migrations::run(session.client()).context("migrating the database")?;
        let pool = |size: u32, read_only: bool| {
            // A broken connection is known by its failed statement and dropped on return (`has_broken`),
            // rather than tested with a round trip at every checkout.
            r2d2::Pool::builder()
                .max_size(size)
                .min_idle(Some(1))
                .test_on_check_out(false)
                .build(Manager { endpoint: endpoint.clone(), read_only })
                .context("opening the connection pool")
        };
        // Half the connections write, each write holding one for its transaction, and half read. Beyond
        // about two of each per processor core more connections only take turns on the cores and wait
        // on each other (measured in BENCHMARKS.md), so neither side gets more than that.
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get()) as u32;
        let writers = (connections / 2).clamp(1, 2 * cores);
        let readers = connections.saturating_sub(writers).clamp(1, 2 * cores);
        Ok(Postgres {
            readers: pool(readers, true)?,
            writer_pool: pool(writers + 1, false)?,
            writers: writers as usize,
        })
    }

    /// How many writes run at once on this instance.
    pub fn writers(&self) -> usize {
        self.writers
    }

    /// A pooled connection for reads, each statement on its own.
    pub fn reader(&self) -> Result<r2d2::PooledConnection<Manager>, Error> {
        self.readers.get().map_err(|error| Error::Unavailable(error.into()))
    }

    /// A connection that may write, outside the writer: for the tools and tests that arrange a state in
    /// the database directly.
    pub fn direct(&self) -> Result<r2d2::PooledConnection<Manager>, Error> {
        self.writer_pool.get().map_err(|error| Error::Unavailable(error.into()))
    }
}
