//! A test's own look into a server's database, on either backend, from async tests as well: what an
//! administrator at the database would read and change.

use okta_hr_server::db::{self, Connection, Db, Dialect, Params, Row};
use rusqlite::types::{ToSqlOutput, Value as SqlValue};

pub struct Probe {
    db: Db,
}

impl Probe {
    pub(crate) fn new(db: Db) -> Probe {
        Probe { db }
    }

    pub fn dialect(&self) -> Dialect {
        self.db.dialect()
    }

    /// The database itself, for a test of the write path.
    pub fn db(&self) -> Db {
        self.db.clone()
    }

    pub fn applied_migrations(&self) -> Vec<i64> {
        self.db.applied_migrations().expect("the applied migrations")
    }

    /// Runs `run` on a connection of its own, outside the server's writer.
    pub fn run<T: Send, E: From<db::Error> + Send>(
        &self,
        run: impl FnOnce(&Connection) -> Result<T, E> + Send,
    ) -> Result<T, E> {
        self.db.direct(run)
    }

    pub fn query_row<T, P, F>(&self, sql: &str, params: P, map: F) -> db::Result<T>
    where
        T: Send,
        P: Params,
        F: FnOnce(&Row<'_>) -> db::Result<T> + Send,
    {
        let values = owned(&params);
        self.run(|conn| conn.query_row(sql, values, map))
    }

    pub fn rows<T, P, F>(&self, sql: &str, params: P, map: F) -> db::Result<Vec<T>>
    where
        T: Send,
        P: Params,
        F: FnMut(&Row<'_>) -> db::Result<T> + Send,
    {
        let values = owned(&params);
        self.run(|conn| conn.prepare(sql)?.query_map(values, map)?.collect())
    }

    pub fn execute<P: Params>(&self, sql: &str, params: P) -> db::Result<usize> {
        let values = owned(&params);
        self.run(|conn| conn.execute(sql, values))
    }
}

/// Parameters as values that can move to another thread.
fn owned(params: &impl Params) -> Vec<SqlValue> {
    params
        .values()
        .into_iter()
        .map(|value| match value.to_sql().expect("a parameter") {
            ToSqlOutput::Borrowed(value) => SqlValue::try_from(value).expect("a UTF-8 parameter"),
            ToSqlOutput::Owned(value) => value,
            other => panic!("unsupported parameter {other:?}"),
        })
        .collect()
}
