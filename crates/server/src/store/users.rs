//! People as the Users API sees them: the employees table with its identity columns.

use crate::error::ApiResult;
use rusqlite::{Connection, OptionalExtension, params};

/// The employee id of the user `key` names in `company_id`: an Okta-style id (`00u…`) or a login.
pub fn resolve(conn: &Connection, company_id: i64, key: &str) -> ApiResult<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM employees WHERE company_id = ?1 AND (okta_id = ?2 OR login = ?2)")?
        .query_row(params![company_id, key], |r| r.get(0))
        .optional()?)
}

/// The Okta-style id of an employee of `company_id`.
pub fn okta_id(conn: &Connection, company_id: i64, employee_id: i64) -> ApiResult<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT okta_id FROM employees WHERE company_id = ?1 AND id = ?2")?
        .query_row(params![company_id, employee_id], |r| r.get(0))
        .optional()?)
}
