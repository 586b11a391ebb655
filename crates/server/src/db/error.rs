//! What the database layer answers when a read or write fails, on either backend.

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Sqlite(rusqlite::Error),
    #[cfg(feature = "postgres")]
    #[error(transparent)]
    Postgres(#[from] postgres::Error),
    #[cfg(feature = "postgres")]
    #[error("PostgreSQL could not prepare {sql:?}: {source}")]
    Prepare {
        sql: String,
        #[source]
        source: postgres::Error,
    },
    #[error("the query returned no rows")]
    NoRows,
    #[error("column {index} could not be read: {source}")]
    Conversion {
        index: usize,
        #[source]
        source: rusqlite::types::FromSqlError,
    },
    #[error("column {0} is NULL where a value is required")]
    UnexpectedNull(&'static str),
    /// PostgreSQL's text cannot hold U+0000, so neither backend takes it: a request carrying one is
    /// refused the same way on both.
    #[error("text with a NUL character cannot be stored or searched for")]
    NulInText,
    /// No connection could be had, or the writer has stopped: nothing was read or written.
    #[error("the database is unavailable: {0:#}")]
    Unavailable(#[source] anyhow::Error),
    /// The write ran but its transaction did not commit, so none of it happened.
    #[error("the transaction did not commit")]
    NotCommitted,
    /// A back-office write recorded no audit event, so it was rolled back: a bug in that write.
    #[error("the back-office write {0} recorded no audit event, so none of it was kept")]
    Unaudited(&'static str),
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        match error {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRows,
            other => Error::Sqlite(other),
        }
    }
}

impl Error {
    /// A UNIQUE, CHECK, NOT NULL or foreign key constraint refused the write.
    pub fn is_constraint_violation(&self) -> bool {
        match self {
            Error::Sqlite(rusqlite::Error::SqliteFailure(failure, _)) => {
                failure.code == rusqlite::ErrorCode::ConstraintViolation
            }
            #[cfg(feature = "postgres")]
            Error::Postgres(error) => error.code().is_some_and(|code| code.code().starts_with("23")),
            _ => false,
        }
    }

    /// A unique index on `column` refused the write: another write, which no lock of this one's scope
    /// kept out, took the value first.
    pub fn is_unique_violation_on(&self, column: &str) -> bool {
        match self {
            Error::Sqlite(rusqlite::Error::SqliteFailure(failure, Some(message))) => {
                failure.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    && message.contains(&format!(".{column}"))
            }
            #[cfg(feature = "postgres")]
            Error::Postgres(error) => error.as_db_error().is_some_and(|failure| {
                *failure.code() == postgres::error::SqlState::UNIQUE_VIOLATION
                    && failure.constraint().is_some_and(|constraint| constraint.contains(column))
            }),
            _ => false,
        }
    }
}
