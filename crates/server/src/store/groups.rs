//! Groups and departments: every department is a group (of type `department`, whose members are the
//! department's employees), and any number of other groups list their members in group_members. The
//! HR API's departments, the Directory API's groups and the Users API's groups read and change them here.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::new_okta_id;
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{DepartmentAttributes, kind};
use rusqlite::types::Value as SqlValue;

/// The type of the groups departments have; no other group may take it.
pub const DEPARTMENT: &str = "department";

#[derive(Debug, Clone)]
pub struct Group {
    pub id: i64,
    pub okta_id: String,
    pub uuid: String,
    pub organization_id: String,
    pub name: String,
    pub group_type: String,
    pub description: Option<String>,
    pub icon: Option<String>,
    pub department_id: Option<i64>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

const COLUMNS: &str = "g.id, g.okta_id, g.uuid, c.uuid, g.name, g.type, g.description, g.icon, g.department_id, \
     g.created_at, g.updated_at";
const FROM: &str = "FROM groups g JOIN companies c ON c.id = g.company_id";

fn from_row(r: &Row) -> crate::db::Result<Group> {
    Ok(Group {
        id: r.get(0)?,
        okta_id: r.get(1)?,
        uuid: r.get(2)?,
        organization_id: r.get(3)?,
        name: r.get(4)?,
        group_type: r.get(5)?,
        description: r.get(6)?,
        icon: r.get(7)?,
        department_id: r.get(8)?,
        created: r.get(9)?,
        updated: r.get(10)?,
    })
}

pub fn list(conn: &Connection, company_id: i64, group_type: Option<&str>) -> StoreResult<Vec<Group>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} {FROM} WHERE g.company_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR g.type = ?2) ORDER BY g.name, g.id"
        ))?
        .query_map(params![company_id, group_type], from_row)?
        .collect::<crate::db::Result<_>>()?)
}

/// A page of the company's groups in id order after the cursor `after`, `limit + 1` of them so the caller
/// knows whether a next page exists: those matching `condition` (SQL over the `g` alias, with `args`) and
/// whose name starts with `name_prefix`, in any case.
pub fn page(
    conn: &Connection,
    company_id: i64,
    condition: Option<(&str, Vec<SqlValue>)>,
    name_prefix: Option<&str>,
    after: Option<i64>,
    limit: i64,
) -> StoreResult<Vec<Group>> {
    let mut conditions = vec!["g.company_id = ?".to_owned(), "g.id > ?".to_owned()];
    let mut args: Vec<SqlValue> = vec![company_id.into(), after.unwrap_or(0).into()];
    if let Some((sql, values)) = condition {
        conditions.push(format!("({sql})"));
        args.extend(values);
    }
    if let Some(prefix) = name_prefix {
        let escaped = prefix.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        conditions.push("lower(g.name) LIKE ? ESCAPE '\\'".to_owned());
        args.push(format!("{escaped}%").into());
    }
    args.push((limit + 1).into());
    let sql = format!("SELECT {COLUMNS} {FROM} WHERE {} ORDER BY g.id LIMIT ?", conditions.join(" AND "));
    Ok(conn
        .prepare_cached(&sql)?
        .query_map(crate::db::params_from_iter(args), from_row)?
        .collect::<crate::db::Result<_>>()?)
}

/// Deletes a group that is not a department's (a department's group goes with its department); its
/// members stay in the company, and in their other groups.
pub fn delete(conn: &Connection, group: &Group) -> StoreResult<()> {
    if group.department_id.is_some() {
        return Err(StoreError::invalid("group", "A department's group goes with its department."));
    }
    conn.prepare_cached("DELETE FROM group_members WHERE group_id = ?1")?.execute([group.id])?;
    conn.prepare_cached("DELETE FROM groups WHERE id = ?1")?.execute([group.id])?;
    Ok(())
}

/// The SQL condition (over the `e` alias of the users' query, with its argument) for the members of a
/// group: its department's employees, or the people it lists.
pub fn membership_condition(group: &Group) -> (&'static str, SqlValue) {
    match group.department_id {
        Some(department) => ("e.department_id = ?", department.into()),
        None => ("e.id IN (SELECT employee_id FROM group_members WHERE group_id = ?)", group.id.into()),
    }
}

/// The company's group named by UUID or Okta id.
pub fn find(conn: &Connection, company_id: i64, key: &str) -> StoreResult<Option<Group>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} {FROM} WHERE g.company_id = ?1 AND (g.uuid = ?2 OR g.okta_id = ?2)"
        ))?
        .query_row(params![company_id, key], from_row)
        .optional()?)
}

fn ensure_name_free(conn: &Connection, company_id: i64, name: &str, except: Option<i64>) -> StoreResult<()> {
    let taken: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM groups WHERE company_id = ?1 AND name = ?2 AND id IS DISTINCT FROM ?3)",
        )?
        .query_row(params![company_id, name, except], |r| r.get(0))?;
    if taken {
        return Err(StoreError::invalid("name", "The organization already has a group with this name."));
    }
    Ok(())
}

pub fn create(conn: &Connection, company_id: i64, name: &str, group_type: &str) -> StoreResult<i64> {
    ensure_name_free(conn, company_id, name, None)?;
    let now = Utc::now();
    Ok(conn
        .prepare_cached(
            "INSERT INTO groups (okta_id, uuid, company_id, name, type, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) RETURNING id",
        )?
        .query_row(
            params![new_okta_id("00g"), uuid::Uuid::new_v4().to_string(), company_id, name, group_type, now],
            |r| r.get(0),
        )?)
}

/// Renames a group; a department's group renames the department with it, since they are one.
pub fn update(conn: &Connection, group: &Group, company_id: i64, name: &str, group_type: &str) -> StoreResult<()> {
    ensure_name_free(conn, company_id, name, Some(group.id))?;
    if let Some(department) = group.department_id {
        let taken: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM departments WHERE company_id = ?1 AND name = ?2 AND id <> ?3)",
            )?
            .query_row(params![company_id, name, department], |r| r.get(0))?;
        if taken {
            return Err(StoreError::invalid("name", "The organization already has a department with this name."));
        }
        conn.prepare_cached("UPDATE departments SET name = ?1 WHERE id = ?2")?.execute(params![name, department])?;
    }
    conn.prepare_cached("UPDATE groups SET name = ?1, type = ?2, updated_at = ?3 WHERE id = ?4")?.execute(params![
        name,
        group_type,
        Utc::now(),
        group.id
    ])?;
    Ok(())
}

pub fn set_profile(conn: &Connection, group_id: i64, icon: Option<&str>, description: Option<&str>) -> StoreResult<()> {
    conn.prepare_cached("UPDATE groups SET icon = ?1, description = ?2, updated_at = ?3 WHERE id = ?4")?
        .execute(params![icon, description, Utc::now(), group_id])?;
    Ok(())
}

/// How the audit trail names a group: by its UUID.
pub const AUDITED_AS: &str = "group";

/// What the audit trail records of a group: what an administrator sets.
pub fn audited(group: &Group) -> serde_json::Value {
    serde_json::json!({
        "name": group.name,
        "type": group.group_type,
        "description": group.description,
        "icon": group.icon,
    })
}

/// What the audit trail records of a change of membership: whose, and whether they were and are a member.
pub fn audited_membership(employee_id: i64, before: bool, after: bool) -> serde_json::Value {
    serde_json::json!({ "employee_id": employee_id, "member": { "before": before, "after": after } })
}

/// How someone is in a group: through their department, or listed directly.
pub const BY_DEPARTMENT: &str = "department";
pub const DIRECT: &str = "direct";

#[derive(Debug, Clone)]
pub struct Member {
    pub uuid: String,
    pub name: String,
    pub email: String,
    pub membership: &'static str,
    pub added: Option<DateTime<Utc>>,
}

pub fn members(conn: &Connection, group: &Group) -> StoreResult<Vec<Member>> {
    let row = |membership: &'static str| {
        move |r: &Row| {
            Ok(Member {
                uuid: r.get(0)?,
                name: format!("{} {}", r.get::<_, String>(1)?, r.get::<_, String>(2)?).trim().to_owned(),
                email: r.get(3)?,
                membership,
                added: r.get(4)?,
            })
        }
    };
    Ok(match group.department_id {
        Some(department) => conn
            .prepare_cached(
                "SELECT uuid, first_name, last_name, email, NULL FROM employees
                 WHERE department_id = ?1 AND erased_at IS NULL ORDER BY id",
            )?
            .query_map([department], row(BY_DEPARTMENT))?
            .collect::<crate::db::Result<_>>()?,
        None => conn
            .prepare_cached(
                "SELECT e.uuid, e.first_name, e.last_name, e.email, m.added_at FROM group_members m
                 JOIN employees e ON e.id = m.employee_id WHERE m.group_id = ?1 ORDER BY e.id",
            )?
            .query_map([group.id], row(DIRECT))?
            .collect::<crate::db::Result<_>>()?,
    })
}

/// The groups an employee is in: their department's and every group that lists them.
pub fn of_employee(conn: &Connection, employee_id: i64) -> StoreResult<Vec<Group>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} {FROM} WHERE g.department_id = (SELECT department_id FROM employees WHERE id = ?1)
                 OR g.id IN (SELECT group_id FROM group_members WHERE employee_id = ?1)
             ORDER BY g.name, g.id"
        ))?
        .query_map([employee_id], from_row)?
        .collect::<crate::db::Result<_>>()?)
}

/// Puts an employee in a group. Joining a department's group moves them to that department, recorded in
/// their job history as by `author_id`; a retired department is refused.
pub fn add_member(conn: &Connection, group: &Group, employee_id: i64, author_id: Option<i64>) -> StoreResult<()> {
    match group.department_id {
        Some(department) => {
            let company_id: i64 = conn
                .prepare_cached("SELECT company_id FROM groups WHERE id = ?1")?
                .query_row([group.id], |r| r.get(0))?;
            super::people::employment::move_to_department(
                conn,
                company_id,
                employee_id,
                department,
                author_id,
                "groupId",
            )?;
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO group_members (group_id, employee_id, added_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
            )?
            .execute(params![group.id, employee_id, Utc::now()])?;
        }
    }
    Ok(())
}

/// Takes an employee out of a group that lists them; answers whether they were in it.
pub fn remove_member(conn: &Connection, group: &Group, employee_id: i64) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM group_members WHERE group_id = ?1 AND employee_id = ?2")?
        .execute(params![group.id, employee_id])?
        > 0)
}

pub fn departments(conn: &Connection, company_id: i64) -> StoreResult<Vec<Resource<DepartmentAttributes>>> {
    Ok(conn
        .prepare_cached(
            "SELECT d.id, d.name, (SELECT COUNT(*) FROM employees e WHERE e.department_id = d.id), d.head_id,
                 d.retired_at
             FROM departments d WHERE d.company_id = ?1 ORDER BY d.name",
        )?
        .query_map([company_id], |r| {
            Ok(Resource::new(
                kind::DEPARTMENT,
                r.get::<_, i64>(0)?,
                DepartmentAttributes {
                    name: r.get(1)?,
                    employee_count: r.get(2)?,
                    head_id: r.get::<_, Option<i64>>(3)?.map(|id| id.to_string()),
                    retired: r.get::<_, Option<String>>(4)?.is_some(),
                },
            ))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

pub fn department(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Resource<DepartmentAttributes>>> {
    Ok(departments(conn, company_id)?.into_iter().find(|d| d.id == id.to_string()))
}

/// The department called `name`, created if the company has none by that name.
pub fn department_named(conn: &Connection, company_id: i64, name: &str) -> StoreResult<i64> {
    super::provisioning::ensure_company(conn, company_id)?;
    conn.execute(
        "INSERT INTO departments (company_id, name) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![company_id, name],
    )?;
    Ok(conn.query_row(
        "SELECT id FROM departments WHERE company_id = ?1 AND name = ?2",
        params![company_id, name],
        |r| r.get(0),
    )?)
}
