//! The PostgreSQL schema: the same migrations as SQLite's, in PostgreSQL's dialect, one file each under
//! `migrations/postgres/` beside SQLite's under `migrations/sqlite/`.
//!
//! Instances may start together: the whole run holds an advisory lock, so the first migrates while the
//! others wait and then find the schema current. Each run is one transaction (PostgreSQL's DDL is
//! transactional), so a failed migration leaves the database as it was.

use postgres::Client;

const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../../../migrations/postgres/001_initial.sql")),
    (2, include_str!("../../../migrations/postgres/002_directory_version.sql")),
    (3, include_str!("../../../migrations/postgres/003_attendance_listing_index.sql")),
    (4, include_str!("../../../migrations/postgres/004_identity.sql")),
    (5, include_str!("../../../migrations/postgres/005_org_admin.sql")),
    (7, include_str!("../../../migrations/postgres/007_directory_api.sql")),
    (8, include_str!("../../../migrations/postgres/008_users_api_indexes.sql")),
    (9, include_str!("../../../migrations/postgres/009_rate_limit_windows.sql")),
];

/// A fixed key for `pg_advisory_xact_lock`: "okta-hr" migrating.
const MIGRATION_LOCK: i64 = 0x6f6b_7461_6872_6d67;

pub fn run(client: &mut Client) -> Result<(), postgres::Error> {
    let mut transaction = client.transaction()?;
    transaction.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    transaction.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)",
    )?;
    let current: i64 = transaction.query_one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", &[])?.get(0);
    for (version, sql) in MIGRATIONS.iter().filter(|(version, _)| *version > current) {
        transaction.batch_execute(sql)?;
        transaction.execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())", &[version])?;
        tracing::info!(version, "migrated the PostgreSQL schema");
    }
    transaction.commit()
}
