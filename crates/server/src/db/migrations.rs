//! The schema's one list of versions. Each version is a pair of files, `migrations/sqlite/NNN_name.sql`
//! and `migrations/postgres/NNN_name.sql`, that make the same change in each dialect: a version without
//! its twin does not compile, and a test fails for a file that is not listed here. A build without the
//! `postgres` feature leaves PostgreSQL's files out.

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sqlite: &'static str,
    #[cfg(feature = "postgres")]
    pub postgres: &'static str,
}

macro_rules! twins {
    ($($version:literal => $name:literal),* $(,)?) => {
        &[$(Migration {
            version: $version,
            name: $name,
            sqlite: include_str!(concat!("../../migrations/sqlite/", $name, ".sql")),
            #[cfg(feature = "postgres")]
            postgres: include_str!(concat!("../../migrations/postgres/", $name, ".sql")),
        }),*]
    };
}

/// In the order they apply. Version 6 was never released on either backend.
pub const MIGRATIONS: &[Migration] = twins![
    1 => "001_initial",
    2 => "002_directory_version",
    3 => "003_attendance_listing_index",
    4 => "004_identity",
    5 => "005_org_admin",
    7 => "007_directory_api",
    8 => "008_users_api_indexes",
    9 => "009_rate_limit_windows",
    10 => "010_audit_events",
    11 => "011_holidays",
    12 => "012_announcements_audience",
    13 => "013_attendance_corrections",
    14 => "014_leave_ledger",
    15 => "015_people_back_office",
    16 => "016_assets_back_office",
    17 => "017_half_days_and_leave_years",
    18 => "018_asset_problem_resolution",
    19 => "019_leave_requests_by_status",
    20 => "020_pay_setup",
    21 => "021_payroll_runs",
    22 => "022_overtime_from_attendance",
    23 => "023_erased_users",
    24 => "024_person_language",
];

/// The versions a SQLite database has applied, from its `user_version` (which counts migrations, not
/// versions: how `rusqlite_migration` records them).
pub fn sqlite_versions(applied_count: usize) -> Vec<i64> {
    MIGRATIONS.iter().take(applied_count).map(|migration| migration.version).collect()
}

#[cfg(test)]
mod tests {
    use super::MIGRATIONS;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn files_in(dialect: &str) -> BTreeSet<String> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(dialect);
        std::fs::read_dir(&folder)
            .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
            .map(|entry| entry.expect("a directory entry").file_name().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn every_migration_file_is_listed_with_its_twin() {
        let listed: BTreeSet<String> = MIGRATIONS.iter().map(|migration| format!("{}.sql", migration.name)).collect();
        assert_eq!(files_in("sqlite"), listed, "migrations/sqlite against the list in db/migrations.rs");
        assert_eq!(files_in("postgres"), listed, "migrations/postgres against the list in db/migrations.rs");
    }

    #[test]
    fn versions_rise_and_match_their_file_names() {
        for pair in MIGRATIONS.windows(2) {
            assert!(pair[0].version < pair[1].version, "{} then {}", pair[0].name, pair[1].name);
        }
        for migration in MIGRATIONS {
            assert_eq!(migration.name[..3].parse::<i64>().ok(), Some(migration.version), "{}", migration.name);
        }
    }
}
