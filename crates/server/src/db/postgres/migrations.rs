//! The PostgreSQL schema: the same migrations as SQLite's, in PostgreSQL's dialect, one file each under
//! `migrations/postgres/` beside SQLite's under `migrations/sqlite/`.
//!
//! Instances may start together: the whole run holds an advisory lock, so the first migrates while the
//! others wait and then find the schema current. Each run is one transaction (PostgreSQL's DDL is
//! transactional), so a failed migration leaves the database as it was.

use crate::db::migrations::MIGRATIONS;
use postgres::Client;

/// A fixed key for `pg_advisory_xact_lock`: "okta-hr" migrating.
const MIGRATION_LOCK: i64 = 0x6f6b_7461_6872_6d67;

pub fn run(client: &mut Client) -> Result<(), postgres::Error> {
    let mut transaction = client.transaction()?;
    transaction.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    transaction.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)",
    )?;
    let current: i64 = transaction.query_one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", &[])?.get(0);
    for migration in MIGRATIONS.iter().filter(|migration| migration.version > current) {
        transaction.batch_execute(migration.postgres)?;
        transaction
            .execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())", &[&migration.version])?;
        tracing::info!(version = migration.version, "migrated the PostgreSQL schema");
    }
    transaction.commit()
}
