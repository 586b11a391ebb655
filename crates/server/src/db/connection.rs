//! One connection API over both backends, shaped like rusqlite's so that the SQL of every resource is
//! written once.
//!
//! SQLite's value model (null, integer, real, text, blob) is the common language: parameters are
//! rusqlite `ToSql` values and columns are read with rusqlite `FromSql`, whichever backend runs the
//! statement. On PostgreSQL a parameter is converted to the type the server inferred for it, and a
//! column is turned back into SQLite's model before it is read (see `postgres::values`). Without the
//! `postgres` feature the PostgreSQL variants below, and the match arms that name them, are left out.

#[cfg(feature = "postgres")]
use super::postgres::{PgColumn, PgParam, PgSession};
use rusqlite::types::{FromSql, ToSql, ToSqlOutput, Value, ValueRef};
#[cfg(feature = "postgres")]
use std::cell::RefCell;
use std::marker::PhantomData;

pub use super::error::{Error, Result};
pub use rusqlite::params;

/// `query_row(…).optional()`: no row is `None` rather than an error.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(Error::NoRows) => Ok(None),
            Err(error) => Err(error),
        }
    }
}

/// Which SQL the connection speaks, for the few statements that cannot be written the same way for both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// The parameters of a statement: `params![…]`, an array, `()` or [`params_from_iter`].
pub trait Params {
    fn values(&self) -> Vec<&dyn ToSql>;
}

impl Params for &[&dyn ToSql] {
    fn values(&self) -> Vec<&dyn ToSql> {
        self.to_vec()
    }
}

impl Params for () {
    fn values(&self) -> Vec<&dyn ToSql> {
        Vec::new()
    }
}

impl Params for [&(dyn ToSql + Send + Sync); 0] {
    fn values(&self) -> Vec<&dyn ToSql> {
        Vec::new()
    }
}

impl<T: ToSql> Params for Vec<T> {
    fn values(&self) -> Vec<&dyn ToSql> {
        self.iter().map(|value| value as &dyn ToSql).collect()
    }
}

macro_rules! array_params {
    ($($n:literal)*) => {$(
        impl<T: ToSql> Params for [T; $n] {
            fn values(&self) -> Vec<&dyn ToSql> {
                self.iter().map(|value| value as &dyn ToSql).collect()
            }
        }
    )*};
}
array_params!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);

/// Parameters from any iterator of values, in order.
pub fn params_from_iter<I>(values: I) -> Vec<I::Item>
where
    I: IntoIterator,
    I::Item: ToSql,
{
    values.into_iter().collect()
}

pub struct Connection<'c> {
    inner: Inner<'c>,
}

enum Inner<'c> {
    Sqlite(&'c rusqlite::Connection),
    /// The caller's session, in a cell that the statements prepared on it share.
    #[cfg(feature = "postgres")]
    Postgres(&'c RefCell<&'c mut PgSession>),
}

impl<'c> Connection<'c> {
    pub(crate) fn sqlite(conn: &'c rusqlite::Connection) -> Self {
        Connection { inner: Inner::Sqlite(conn) }
    }

    #[cfg(feature = "postgres")]
    pub(crate) fn postgres(session: &'c RefCell<&'c mut PgSession>) -> Self {
        Connection { inner: Inner::Postgres(session) }
    }

    pub fn dialect(&self) -> Dialect {
        match self.inner {
            Inner::Sqlite(_) => Dialect::Sqlite,
            #[cfg(feature = "postgres")]
            Inner::Postgres(_) => Dialect::Postgres,
        }
    }

    /// Prepares `sql`, reusing the connection's earlier preparation of the same text.
    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_, 'c>> {
        let inner = match &self.inner {
            Inner::Sqlite(conn) => StatementInner::SqliteCached(conn.prepare_cached(sql)?),
            #[cfg(feature = "postgres")]
            Inner::Postgres(session) => {
                let statement = session.borrow_mut().prepare_cached(sql)?;
                StatementInner::Postgres { session, statement }
            }
        };
        Ok(Statement { inner, connection: PhantomData })
    }

    /// Prepares SQL built for one request (an id list, a search), which is not worth caching.
    pub fn prepare(&self, sql: &str) -> Result<Statement<'_, 'c>> {
        let inner = match &self.inner {
            Inner::Sqlite(conn) => StatementInner::Sqlite(conn.prepare(sql)?),
            #[cfg(feature = "postgres")]
            Inner::Postgres(session) => {
                let statement = session.borrow_mut().prepare(sql)?;
                StatementInner::Postgres { session, statement }
            }
        };
        Ok(Statement { inner, connection: PhantomData })
    }

    pub fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    pub fn query_row<T, P, F>(&self, sql: &str, params: P, map: F) -> Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T>,
    {
        self.prepare_cached(sql)?.query_row(params, map)
    }

    /// Runs statements without parameters or results (savepoints, schema changes).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.inner {
            Inner::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            #[cfg(feature = "postgres")]
            Inner::Postgres(session) => Ok(session.borrow_mut().client().batch_execute(sql)?),
        }
    }
}

/// A prepared statement; `'s` is the borrow of its [`Connection`], `'c` the connection's own.
pub struct Statement<'s, 'c> {
    inner: StatementInner<'c>,
    connection: PhantomData<&'s Connection<'c>>,
}

enum StatementInner<'c> {
    SqliteCached(rusqlite::CachedStatement<'c>),
    Sqlite(rusqlite::Statement<'c>),
    #[cfg(feature = "postgres")]
    Postgres {
        session: &'c RefCell<&'c mut PgSession>,
        statement: postgres::Statement,
    },
}

/// The rows of `query_map`, each mapped; iteration stops at the first error.
pub type Rows<T> = std::vec::IntoIter<Result<T>>;

/// Each parameter's value; text with a NUL is refused on both backends.
fn outputs<'v>(values: &[&'v dyn ToSql]) -> Result<Vec<ToSqlOutput<'v>>> {
    values
        .iter()
        .map(|&value| {
            let output = value.to_sql()?;
            let text = match &output {
                ToSqlOutput::Borrowed(ValueRef::Text(text)) => Some(*text),
                ToSqlOutput::Owned(Value::Text(text)) => Some(text.as_bytes()),
                _ => None,
            };
            if text.is_some_and(|text| text.contains(&0)) {
                return Err(Error::NulInText);
            }
            Ok(output)
        })
        .collect()
}

impl Statement<'_, '_> {
    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize> {
        let values = params.values();
        let outputs = outputs(&values)?;
        match &mut self.inner {
            StatementInner::SqliteCached(statement) => Ok(statement.execute(rusqlite::params_from_iter(&outputs))?),
            StatementInner::Sqlite(statement) => Ok(statement.execute(rusqlite::params_from_iter(&outputs))?),
            #[cfg(feature = "postgres")]
            StatementInner::Postgres { session, statement } => {
                let params = PgParam::all(&outputs)?;
                let affected = session.borrow_mut().client().execute(statement, &PgParam::refs(&params))?;
                Ok(usize::try_from(affected).unwrap_or(usize::MAX))
            }
        }
    }

    /// Maps the first row; no row is [`Error::NoRows`].
    pub fn query_row<T, P, F>(&mut self, params: P, map: F) -> Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T>,
    {
        let mut map = Some(map);
        let mut first = self.rows(params, 1, |row| map.take().map_or(Err(Error::NoRows), |map| map(row)))?;
        first.next().unwrap_or(Err(Error::NoRows))
    }

    pub fn query_map<T, P, F>(&mut self, params: P, map: F) -> Result<Rows<T>>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> Result<T>,
    {
        self.rows(params, usize::MAX, map)
    }

    fn rows<T, P, F>(&mut self, params: P, limit: usize, mut map: F) -> Result<Rows<T>>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> Result<T>,
    {
        let values = params.values();
        let outputs = outputs(&values)?;
        let mut mapped = Vec::new();
        let mut push = |result: Result<T>| {
            let failed = result.is_err();
            mapped.push(result);
            !failed && mapped.len() < limit
        };
        match &mut self.inner {
            StatementInner::SqliteCached(statement) => sqlite_rows(statement, &outputs, &mut map, &mut push)?,
            StatementInner::Sqlite(statement) => sqlite_rows(statement, &outputs, &mut map, &mut push)?,
            #[cfg(feature = "postgres")]
            StatementInner::Postgres { session, statement } => {
                let params = PgParam::all(&outputs)?;
                let rows = session.borrow_mut().client().query(statement, &PgParam::refs(&params))?;
                for row in &rows {
                    if !push(map(&Row { inner: RowInner::Postgres(row) })) {
                        break;
                    }
                }
            }
        }
        Ok(mapped.into_iter())
    }
}

fn sqlite_rows<T>(
    statement: &mut rusqlite::Statement<'_>,
    values: &[ToSqlOutput<'_>],
    map: &mut impl FnMut(&Row<'_>) -> Result<T>,
    push: &mut impl FnMut(Result<T>) -> bool,
) -> Result<()> {
    let mut rows = statement.query(rusqlite::params_from_iter(values))?;
    while let Some(row) = rows.next()? {
        if !push(map(&Row { inner: RowInner::Sqlite(row) })) {
            break;
        }
    }
    Ok(())
}

pub struct Row<'r> {
    inner: RowInner<'r>,
}

enum RowInner<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    #[cfg(feature = "postgres")]
    Postgres(&'r postgres::Row),
}

/// A column's position in the result; columns are read by position, as rusqlite's `get(0)`.
pub trait ColumnIndex: Copy {
    fn position(self) -> usize;
}

impl ColumnIndex for usize {
    fn position(self) -> usize {
        self
    }
}

impl Row<'_> {
    pub fn column_count(&self) -> usize {
        match self.inner {
            RowInner::Sqlite(row) => row.as_ref().column_count(),
            #[cfg(feature = "postgres")]
            RowInner::Postgres(row) => row.len(),
        }
    }

    /// Reads column `index` as `T` (any rusqlite `FromSql` type), whichever backend produced the row.
    pub fn get<I: ColumnIndex, T: FromSql>(&self, index: I) -> Result<T> {
        self.with_value(index, T::column_result)?
            .map_err(|source| Error::Conversion { index: index.position(), source })
    }

    /// Hands column `index` in SQLite's value model to `read`.
    pub fn with_value<I: ColumnIndex, R>(&self, index: I, read: impl FnOnce(ValueRef<'_>) -> R) -> Result<R> {
        match self.inner {
            RowInner::Sqlite(row) => Ok(read(row.get_ref(index.position())?)),
            #[cfg(feature = "postgres")]
            RowInner::Postgres(row) => {
                let column: PgColumn = row.try_get(index.position())?;
                Ok(read(ValueRef::from(&column.0)))
            }
        }
    }
}
