//! Departments and branches as HR creates, renames and retires them. A department is also a Directory and
//! Okta group (the `departments_group` trigger makes it; `groups.rs`), so its group's name follows its
//! own. Nothing is deleted: a retired one leaves the pickers and new placements, and everyone and
//! everything that names it keeps it.

use crate::db::{Connection, params};
use crate::store::organisation::company;
use crate::store::provisioning;
use crate::store::{StoreError, StoreResult, groups};
use chrono::Utc;
use okta_hr_domain::geofence::Geofence;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{BranchAttributes, DepartmentAttributes};

/// What a department change sets: each field `Some` when sent; `head_id: Some(None)` removes the head.
#[derive(Debug, Default)]
pub struct DepartmentChange {
    pub name: Option<String>,
    pub head_id: Option<Option<i64>>,
    pub retired: Option<bool>,
}

/// Refuses a name another department, or any group (a department's name is its group's), already has.
fn ensure_department_name_free(conn: &Connection, company_id: i64, name: &str, except: Option<i64>) -> StoreResult<()> {
    let taken: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM departments WHERE company_id = ?1 AND name = ?2 AND id IS DISTINCT FROM ?3)
                 OR EXISTS (SELECT 1 FROM groups WHERE company_id = ?1 AND name = ?2
                     AND department_id IS DISTINCT FROM ?3)",
        )?
        .query_row(params![company_id, name, except], |r| r.get(0))?;
    if taken {
        return Err(StoreError::invalid("name", "The name has already been taken."));
    }
    Ok(())
}

fn ensure_head(conn: &Connection, company_id: i64, head_id: Option<i64>) -> StoreResult<()> {
    let Some(head) = head_id else { return Ok(()) };
    let found: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM employees WHERE id = ?1 AND company_id = ?2 AND status = 'active')",
        )?
        .query_row([head, company_id], |r| r.get(0))?;
    if found { Ok(()) } else { Err(StoreError::invalid("head_id", "The selected head id is invalid.")) }
}

pub fn create_department(
    conn: &Connection,
    company_id: i64,
    name: &str,
    head_id: Option<i64>,
) -> StoreResult<Resource<DepartmentAttributes>> {
    ensure_department_name_free(conn, company_id, name, None)?;
    ensure_head(conn, company_id, head_id)?;
    let id: i64 = conn
        .prepare_cached("INSERT INTO departments (company_id, name, head_id) VALUES (?1, ?2, ?3) RETURNING id")?
        .query_row(params![company_id, name, head_id], |r| r.get(0))?;
    groups::department(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Department"))
}

/// Changes a department; answers it before and after.
pub fn update_department(
    conn: &Connection,
    company_id: i64,
    id: i64,
    change: &DepartmentChange,
) -> StoreResult<(Resource<DepartmentAttributes>, Resource<DepartmentAttributes>)> {
    let before = groups::department(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Department"))?;
    let now = Utc::now();
    if let Some(name) = &change.name {
        ensure_department_name_free(conn, company_id, name, Some(id))?;
        conn.prepare_cached("UPDATE departments SET name = ?1 WHERE id = ?2 AND company_id = ?3")?
            .execute(params![name, id, company_id])?;
        conn.prepare_cached(
            "UPDATE groups SET name = ?1, updated_at = ?2 WHERE department_id = ?3 AND company_id = ?4",
        )?
        .execute(params![name, now, id, company_id])?;
    }
    if let Some(head_id) = change.head_id {
        ensure_head(conn, company_id, head_id)?;
        conn.prepare_cached("UPDATE departments SET head_id = ?1 WHERE id = ?2 AND company_id = ?3")?
            .execute(params![head_id, id, company_id])?;
    }
    if let Some(retired) = change.retired {
        set_retired(conn, "departments", company_id, id, retired)?;
    }
    let after = groups::department(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Department"))?;
    Ok((before, after))
}

/// Retires (keeping the first retirement's time) or restores a department or branch.
fn set_retired(conn: &Connection, table: &'static str, company_id: i64, id: i64, retired: bool) -> StoreResult<()> {
    let retired_at = retired.then(Utc::now);
    conn.prepare_cached(&format!(
        "UPDATE {table} SET retired_at = CASE WHEN ?1 THEN COALESCE(retired_at, ?2) END WHERE id = ?3 AND company_id = ?4"
    ))?
    .execute(params![retired, retired_at, id, company_id])?;
    Ok(())
}

/// What a branch change sets; `fence: Some(None)` removes the geofence.
#[derive(Debug, Default)]
pub struct BranchChange {
    pub name: Option<String>,
    pub address: Option<Option<String>>,
    pub fence: Option<Option<Geofence>>,
    pub retired: Option<bool>,
}

fn ensure_branch_name_free(conn: &Connection, company_id: i64, name: &str, except: Option<i64>) -> StoreResult<()> {
    let taken: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM branches WHERE company_id = ?1 AND name = ?2 AND id IS DISTINCT FROM ?3)",
        )?
        .query_row(params![company_id, name, except], |r| r.get(0))?;
    if taken {
        return Err(StoreError::invalid("name", "The name has already been taken."));
    }
    Ok(())
}

pub fn create_branch(
    conn: &Connection,
    company_id: i64,
    name: &str,
    address: Option<&str>,
    fence: Option<Geofence>,
) -> StoreResult<Resource<BranchAttributes>> {
    ensure_branch_name_free(conn, company_id, name, None)?;
    let id = provisioning::create_branch(conn, company_id, name, address, fence)?;
    company::branch(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Branch"))
}

/// Changes a branch; answers it before and after.
pub fn update_branch(
    conn: &Connection,
    company_id: i64,
    id: i64,
    change: &BranchChange,
) -> StoreResult<(Resource<BranchAttributes>, Resource<BranchAttributes>)> {
    let before = company::branch(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Branch"))?;
    if let Some(name) = &change.name {
        ensure_branch_name_free(conn, company_id, name, Some(id))?;
        conn.prepare_cached("UPDATE branches SET name = ?1 WHERE id = ?2 AND company_id = ?3")?
            .execute(params![name, id, company_id])?;
    }
    if let Some(address) = &change.address {
        conn.prepare_cached("UPDATE branches SET address = ?1 WHERE id = ?2 AND company_id = ?3")?
            .execute(params![address, id, company_id])?;
    }
    if let Some(fence) = change.fence {
        conn.prepare_cached(
            "UPDATE branches SET latitude = ?1, longitude = ?2, geofence_radius = ?3 WHERE id = ?4 AND company_id = ?5",
        )?
        .execute(params![
            fence.map(|f| f.latitude),
            fence.map(|f| f.longitude),
            fence.map(|f| f.radius_m),
            id,
            company_id
        ])?;
    }
    if let Some(retired) = change.retired {
        set_retired(conn, "branches", company_id, id, retired)?;
    }
    let after = company::branch(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Branch"))?;
    Ok((before, after))
}
