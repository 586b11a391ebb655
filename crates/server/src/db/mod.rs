//! The database: SQLite (the default, one file) or PostgreSQL (for several server instances on one
//! database), behind one API. Routes hand `read` and `write` a closure over a [`Connection`]; the SQL in
//! it is written once and runs on either backend.
//!
//! PostgreSQL is the `postgres` feature (on by default). A build without it (the app's, which embeds the
//! server on SQLite) still reads a `postgres://` URL, and refuses to connect to it.

mod change;
mod connection;
mod error;
pub mod migrations;
#[cfg(feature = "postgres")]
mod postgres;
mod sqlite;
mod writer;

pub use change::{Actor, Change, Scope, Tx};
pub use connection::{
    Connection, Dialect, Error, OptionalExtension, Params, Result, Row, Rows, Statement, params, params_from_iter,
};

use anyhow::bail;
use std::path::{Path, PathBuf};

/// Connections an instance keeps at most: SQLite's readers, or PostgreSQL connections (whose server allows
/// 100 by default, so six instances fit).
pub const DEFAULT_CONNECTIONS: u32 = 16;

/// Why a build without the `postgres` feature cannot open a `postgres://` database.
#[cfg(not(feature = "postgres"))]
const NO_POSTGRES: &str =
    "this build of okta-hr-server has no PostgreSQL support; build it with the `postgres` feature";

/// Where the data lives, from `--database`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// `sqlite://relative.sqlite`, `sqlite:///absolute/path.sqlite` or a plain path.
    Sqlite(PathBuf),
    /// `postgres://user:password@host:port/database` (or `postgresql://`), with libpq's URL options.
    Postgres(String),
}

impl std::str::FromStr for Database {
    type Err = anyhow::Error;

    fn from_str(url: &str) -> anyhow::Result<Database> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Database::Postgres(url.to_owned()));
        }
        let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
        let path = path.split('?').next().unwrap_or(path);
        if path.is_empty() || path == ":memory:" {
            bail!("the database must be a file or a postgres:// URL (got {url:?})");
        }
        Ok(Database::Sqlite(PathBuf::from(path)))
    }
}

impl std::fmt::Display for Database {
    /// The file, or the PostgreSQL hosts and database: never the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            #[cfg(feature = "postgres")]
            Database::Postgres(url) => match postgres::PgUrl::parse(url) {
                Ok(url) => {
                    let config = &url.config;
                    let hosts: Vec<String> = config
                        .get_hosts()
                        .iter()
                        .map(|host| match host {
                            ::postgres::config::Host::Tcp(name) => name.clone(),
                            ::postgres::config::Host::Unix(path) => path.display().to_string(),
                        })
                        .collect();
                    write!(f, "postgres://{}/{}", hosts.join(","), config.get_dbname().unwrap_or_default())?;
                    if url.encrypted() { f.write_str(" over TLS") } else { Ok(()) }
                }
                Err(_) => write!(f, "postgres://(unreadable URL)"),
            },
            #[cfg(not(feature = "postgres"))]
            Database::Postgres(_) => write!(f, "postgres://(no PostgreSQL support in this build)"),
        }
    }
}

impl Database {
    /// The URL `--database` takes for this database, credentials included.
    pub fn url(&self) -> String {
        match self {
            Database::Sqlite(path) => format!("sqlite://{}", path.display()),
            Database::Postgres(url) => url.clone(),
        }
    }

    /// A new, empty database for a test or a benchmark: on the PostgreSQL server that
    /// `OKTA_HR_TEST_POSTGRES` names (a URL whose user may create databases) when it is set, otherwise a
    /// SQLite file in `dir`. Blocks while it creates the database.
    pub fn scratch(dir: &Path) -> anyhow::Result<Database> {
        match std::env::var("OKTA_HR_TEST_POSTGRES") {
            #[cfg(feature = "postgres")]
            Ok(server) if !server.is_empty() => postgres::create_database(&server).map(Database::Postgres),
            #[cfg(not(feature = "postgres"))]
            Ok(server) if !server.is_empty() => bail!("OKTA_HR_TEST_POSTGRES is set, but {NO_POSTGRES}"),
            _ => Ok(Database::Sqlite(dir.join("okta-hr.sqlite"))),
        }
    }
}

#[derive(Clone)]
pub struct Db {
    backend: Backend,
}

#[derive(Clone)]
enum Backend {
    Sqlite(sqlite::Sqlite),
    #[cfg(feature = "postgres")]
    Postgres(postgres::Postgres, writer::Writer),
}

impl Db {
    /// Opens (creating if needed) a SQLite database file and brings its schema up to date.
    pub fn open(path: &Path) -> anyhow::Result<Db> {
        Db::connect(&Database::Sqlite(path.to_owned()))
    }

    /// Opens either backend and brings its schema up to date. Blocks: call it off the async runtime.
    pub fn connect(database: &Database) -> anyhow::Result<Db> {
        Db::connect_with(database, DEFAULT_CONNECTIONS)
    }

    /// [`Db::connect`] keeping at most `connections` connections open.
    pub fn connect_with(database: &Database, connections: u32) -> anyhow::Result<Db> {
        let backend = match database {
            Database::Sqlite(path) => Backend::Sqlite(sqlite::Sqlite::open(path, connections)?),
            #[cfg(feature = "postgres")]
            Database::Postgres(url) => {
                let postgres = postgres::Postgres::open(url, connections)?;
                let writer = writer::Writer::start(writer::Target::Postgres {
                    pool: postgres.writer_pool.clone(),
                    writers: postgres.writers(),
                })?;
                Backend::Postgres(postgres, writer)
            }
            #[cfg(not(feature = "postgres"))]
            Database::Postgres(_) => bail!(NO_POSTGRES),
        };
        Ok(Db { backend })
    }

    pub fn dialect(&self) -> Dialect {
        match self.backend {
            Backend::Sqlite(_) => Dialect::Sqlite,
            #[cfg(feature = "postgres")]
            Backend::Postgres(..) => Dialect::Postgres,
        }
    }

    /// The SQLite file, if that is the backend.
    pub fn sqlite_path(&self) -> Option<&Path> {
        match &self.backend {
            Backend::Sqlite(sqlite) => Some(sqlite.path()),
            #[cfg(feature = "postgres")]
            Backend::Postgres(..) => None,
        }
    }

    /// Runs a read on a pooled connection off the async runtime.
    pub async fn read<T, E, F>(&self, read: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        let backend = self.backend.clone();
        tokio::task::spawn_blocking(move || match &backend {
            Backend::Sqlite(sqlite) => sqlite.read(read),
            #[cfg(feature = "postgres")]
            Backend::Postgres(postgres, _) => read_postgres(postgres, read),
        })
        .await
        .map_err(|error| Error::Unavailable(error.into()))?
    }

    fn writer(&self) -> &writer::Writer {
        match &self.backend {
            Backend::Sqlite(sqlite) => &sqlite.writer,
            #[cfg(feature = "postgres")]
            Backend::Postgres(_, writer) => writer,
        }
    }

    /// Runs `change` in the writer's next transaction and answers once it is durably committed. An `Err`
    /// from `write` rolls back everything it did, audit events included.
    pub async fn write<T, E, F>(&self, change: Change, write: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Tx) -> Result<T, E> + Send + 'static,
    {
        self.writer().submit(change.scope, move |conn| Self::audited(conn, change, write)).await
    }

    /// Runs `write` as `change`, and refuses its result when it bypassed the audit trail.
    fn audited<T, E: From<Error>>(
        conn: &Connection,
        change: Change,
        write: impl FnOnce(&Tx) -> Result<T, E>,
    ) -> Result<T, E> {
        let tx = Tx::new(conn, change);
        let value = write(&tx)?;
        tx.finish()?;
        Ok(value)
    }

    /// [`Db::write`] from synchronous code (the admin commands and the demo seed).
    pub fn write_blocking<T, E, F>(&self, change: Change, write: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Tx) -> Result<T, E> + Send + 'static,
    {
        self.writer().submit_blocking(change.scope, move |conn| Self::audited(conn, change, write))
    }

    /// The schema versions this database has applied, in order: on either backend, the versions of
    /// [`migrations::MIGRATIONS`] up to the newest.
    pub fn applied_migrations(&self) -> Result<Vec<i64>> {
        self.direct(|conn| match conn.dialect() {
            Dialect::Sqlite => {
                let applied: usize = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
                Ok(migrations::sqlite_versions(applied))
            }
            Dialect::Postgres => Ok(conn
                .prepare("SELECT version FROM schema_migrations ORDER BY version")?
                .query_map([], |row| row.get(0))?
                .collect::<Result<Vec<i64>>>()?),
        })
    }

    /// Runs `run` on a connection outside any transaction and the writer, blocking the calling thread
    /// (an async one too): for the tools and tests that look into the database or arrange a state in it
    /// directly.
    pub fn direct<T: Send, E: From<Error> + Send>(
        &self,
        run: impl FnOnce(&Connection) -> Result<T, E> + Send,
    ) -> Result<T, E> {
        // On a thread of its own: PostgreSQL's client blocks on a runtime of its own, which a thread that
        // drives async tasks may not do.
        std::thread::scope(|scope| {
            scope
                .spawn(|| match &self.backend {
                    Backend::Sqlite(sqlite) => sqlite.direct(run),
                    #[cfg(feature = "postgres")]
                    Backend::Postgres(postgres, _) => {
                        let mut session = postgres.direct()?;
                        run(&Connection::postgres(&std::cell::RefCell::new(&mut session)))
                    }
                })
                .join()
                .unwrap_or_else(|_| Err(Error::Unavailable(anyhow::anyhow!("a direct database call panicked")).into()))
        })
    }
}

/// Runs `read` on a pooled PostgreSQL connection, each statement on its own.
#[cfg(feature = "postgres")]
fn read_postgres<T, E: From<Error>>(
    postgres: &postgres::Postgres,
    read: impl FnOnce(&Connection) -> Result<T, E>,
) -> Result<T, E> {
    let mut session = postgres.reader()?;
    read(&Connection::postgres(&std::cell::RefCell::new(&mut session)))
}
