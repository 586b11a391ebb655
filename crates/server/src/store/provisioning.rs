//! Creating companies, branches, departments and keys: for the admin commands and the demo seed (people
//! are hired in `store::people`).

use crate::db::{Connection, OptionalExtension, params};
use crate::secrets::{new_api_token, new_service_key, sha256_hex};
use crate::store::new_okta_id;
use crate::store::{StoreError, StoreResult};
use chrono::Utc;
use okta_hr_domain::geofence::Geofence;

/// Leave types every new company starts with.
pub const DEFAULT_LEAVE_TYPES: &[(&str, &str, i64)] = &[("annual", "Annual Leave", 21), ("sick", "Sick Leave", 10)];

pub fn create_company(conn: &Connection, name: &str, timezone: &str, currency: &str) -> StoreResult<i64> {
    if timezone.parse::<chrono_tz::Tz>().is_err() {
        return Err(StoreError::invalid(
            "timezone",
            format!("{timezone:?} is not an IANA time zone (e.g. Europe/Berlin)."),
        ));
    }
    let company_id: i64 = conn.query_row(
        "INSERT INTO companies (name, timezone, currency, created_at) VALUES (?1, ?2, ?3, ?4) RETURNING id",
        params![name, timezone, currency, Utc::now()],
        |r| r.get(0),
    )?;
    for (code, label, days) in DEFAULT_LEAVE_TYPES {
        conn.execute(
            "INSERT INTO leave_types (company_id, code, name, days_per_year) VALUES (?1, ?2, ?3, ?4)",
            params![company_id, code, label, days],
        )?;
    }
    Ok(company_id)
}

pub(super) fn ensure_company(conn: &Connection, company_id: i64) -> StoreResult<()> {
    let exists: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM companies WHERE id = ?1)", [company_id], |r| r.get(0))?;
    if exists { Ok(()) } else { Err(StoreError::not_found(format!("Company {company_id}"))) }
}

pub fn create_branch(
    conn: &Connection,
    company_id: i64,
    name: &str,
    address: Option<&str>,
    fence: Option<Geofence>,
) -> StoreResult<i64> {
    ensure_company(conn, company_id)?;
    if let Some(fence) = fence
        && (!(-90.0..=90.0).contains(&fence.latitude)
            || !(-180.0..=180.0).contains(&fence.longitude)
            || fence.radius_m <= 0.0)
    {
        return Err(StoreError::invalid("geofence", "A geofence needs a valid position and a positive radius."));
    }
    Ok(conn.query_row(
        "INSERT INTO branches (company_id, name, address, latitude, longitude, geofence_radius)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        params![
            company_id,
            name,
            address,
            fence.map(|f| f.latitude),
            fence.map(|f| f.longitude),
            fence.map(|f| f.radius_m)
        ],
        |r| r.get(0),
    )?)
}

/// Finds a department or branch of the company by id or by name.
pub fn find_by_id_or_name(conn: &Connection, table: &str, company_id: i64, key: &str) -> StoreResult<i64> {
    let sql = format!("SELECT id FROM {table} WHERE company_id = ?1 AND (CAST(id AS TEXT) = ?2 OR name = ?2)");
    conn.query_row(&sql, params![company_id, key], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::not_found(format!("{} {key:?}", table.trim_end_matches('s'))))
}

/// Stores a service key by its hash. `key` is generated when `None`; the plaintext is returned once.
pub fn create_service_key(conn: &Connection, company_id: i64, name: &str, key: Option<&str>) -> StoreResult<String> {
    ensure_company(conn, company_id)?;
    let key = key.map(str::to_owned).unwrap_or_else(new_service_key);
    conn.execute(
        "INSERT INTO service_keys (company_id, name, key_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![company_id, name, sha256_hex(&key), Utc::now()],
    )?;
    Ok(key)
}

/// Stores an `SSWS` API token that acts as `employee_id` (who must be HR of `company_id`). `token` is
/// generated when `None`; the plaintext is returned once and only its SHA-256 is kept.
pub fn create_api_token(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    name: &str,
    token: Option<&str>,
) -> StoreResult<String> {
    ensure_company(conn, company_id)?;
    let is_hr: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM employees WHERE id = ?1 AND company_id = ?2 AND role = 'hr')",
        params![employee_id, company_id],
        |r| r.get(0),
    )?;
    if !is_hr {
        return Err(StoreError::invalid("user", "API tokens act as an HR user of the same company."));
    }
    let token = token.map(str::to_owned).unwrap_or_else(new_api_token);
    conn.execute(
        "INSERT INTO api_tokens (okta_id, company_id, employee_id, name, token_hash, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![new_okta_id("00T"), company_id, employee_id, name, sha256_hex(&token), Utc::now()],
    )?;
    Ok(token)
}

/// The id of the service key `key`, a plaintext [`create_service_key`] has just answered: how the audit
/// trail names the key, which never holds the key itself.
pub fn service_key_id(conn: &Connection, key: &str) -> StoreResult<i64> {
    conn.query_row("SELECT id FROM service_keys WHERE key_hash = ?1", [sha256_hex(key)], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::not_found("Service key"))
}

/// The Okta id (`00T…`) of the API token `token`, a plaintext [`create_api_token`] has just answered:
/// how the audit trail names the token, which never holds the token itself.
pub fn api_token_id(conn: &Connection, token: &str) -> StoreResult<String> {
    conn.query_row("SELECT okta_id FROM api_tokens WHERE token_hash = ?1", [sha256_hex(token)], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::not_found("API token"))
}
