//! Trusted origins: web origins an admin allows to call the APIs from a browser (CORS) or to be sent
//! back to after sign-in and sign-out (REDIRECT).

use crate::db::{Connection, OptionalExtension, Row, params, params_from_iter};
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use rusqlite::types::Value as SqlValue;

#[derive(Debug, Clone)]
pub struct TrustedOrigin {
    pub okta_id: String,
    pub name: String,
    pub origin: String,
    pub allows_cors: bool,
    pub allows_redirect: bool,
    pub active: bool,
    pub created: DateTime<Utc>,
    /// The Okta id of the user who created it, while they exist.
    pub created_by: Option<String>,
    pub updated: DateTime<Utc>,
    pub updated_by: Option<String>,
}

/// What an admin sets on a trusted origin.
#[derive(Debug, Clone)]
pub struct OriginChange {
    pub name: String,
    pub origin: String,
    pub allows_cors: bool,
    pub allows_redirect: bool,
}

const SELECT: &str = "SELECT t.id, t.okta_id, t.name, t.origin, t.allows_cors, t.allows_redirect, t.status,
        t.created_at, c.okta_id, t.updated_at, u.okta_id
    FROM trusted_origins t
    LEFT JOIN employees c ON c.id = t.created_by
    LEFT JOIN employees u ON u.id = t.updated_by";

fn from_row(r: &Row) -> crate::db::Result<(i64, TrustedOrigin)> {
    Ok((
        r.get(0)?,
        TrustedOrigin {
            okta_id: r.get(1)?,
            name: r.get(2)?,
            origin: r.get(3)?,
            allows_cors: r.get(4)?,
            allows_redirect: r.get(5)?,
            active: r.get::<_, String>(6)? == "ACTIVE",
            created: r.get(7)?,
            created_by: r.get(8)?,
            updated: r.get(9)?,
            updated_by: r.get(10)?,
        },
    ))
}

/// Up to `limit + 1` origins of the company after the cursor, matching `condition` (SQL over the `t` alias).
pub fn page(
    conn: &Connection,
    company_id: i64,
    condition: Option<(String, Vec<SqlValue>)>,
    after: Option<i64>,
    limit: i64,
) -> StoreResult<Vec<(i64, TrustedOrigin)>> {
    let (extra, mut args) = condition.unwrap_or_else(|| ("TRUE".to_owned(), Vec::new()));
    args.splice(0..0, [SqlValue::from(company_id), SqlValue::from(after.unwrap_or(0))]);
    args.push(SqlValue::from(limit + 1));
    Ok(conn
        .prepare(&format!("{SELECT} WHERE t.company_id = ? AND t.id > ? AND ({extra}) ORDER BY t.id LIMIT ?"))?
        .query_map(params_from_iter(args), from_row)?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// The company's trusted origin with this Okta id, and its internal id.
pub fn get(conn: &Connection, company_id: i64, okta_id: &str) -> StoreResult<Option<(i64, TrustedOrigin)>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE t.company_id = ?1 AND t.okta_id = ?2"))?
        .query_row(params![company_id, okta_id], from_row)
        .optional()?)
}

fn already_trusted(error: crate::db::Error) -> StoreError {
    if error.is_constraint_violation() {
        return StoreError::invalid("origin", "This origin is already a trusted origin of the organization.");
    }
    error.into()
}

/// Adds an active trusted origin; answers its Okta id.
pub fn create(conn: &Connection, company_id: i64, by: i64, change: &OriginChange) -> StoreResult<String> {
    let okta_id = crate::store::new_okta_id("tos");
    let now = Utc::now();
    conn.prepare_cached(
        "INSERT INTO trusted_origins (company_id, okta_id, name, origin, allows_cors, allows_redirect, status,
             created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'ACTIVE', ?7, ?8, ?7, ?8)",
    )?
    .execute(params![
        company_id,
        okta_id,
        change.name,
        change.origin,
        change.allows_cors,
        change.allows_redirect,
        now,
        by
    ])
    .map_err(already_trusted)?;
    Ok(okta_id)
}

pub fn replace(conn: &Connection, id: i64, by: i64, change: &OriginChange) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE trusted_origins SET name = ?1, origin = ?2, allows_cors = ?3, allows_redirect = ?4,
             updated_at = ?5, updated_by = ?6 WHERE id = ?7",
    )?
    .execute(params![change.name, change.origin, change.allows_cors, change.allows_redirect, Utc::now(), by, id])
    .map_err(already_trusted)?;
    Ok(())
}

pub fn set_active(conn: &Connection, id: i64, by: i64, active: bool) -> StoreResult<()> {
    conn.prepare_cached("UPDATE trusted_origins SET status = ?1, updated_at = ?2, updated_by = ?3 WHERE id = ?4")?
        .execute(params![if active { "ACTIVE" } else { "INACTIVE" }, Utc::now(), by, id])?;
    Ok(())
}

pub fn delete(conn: &Connection, id: i64) -> StoreResult<()> {
    conn.prepare_cached("DELETE FROM trusted_origins WHERE id = ?1")?.execute([id])?;
    Ok(())
}

/// Every active origin with the CORS scope, of every company: a preflight carries no credentials, so
/// it cannot say whose API it is about to call.
pub fn active_cors_origins(conn: &Connection) -> StoreResult<Vec<String>> {
    Ok(conn
        .prepare_cached("SELECT DISTINCT origin FROM trusted_origins WHERE status = 'ACTIVE' AND allows_cors <> 0")?
        .query_map([], |r| r.get(0))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}
