//! Employees: the directory, and who reports to whom.

use crate::db::{Connection, OptionalExtension, Row};
use crate::store::StoreResult;
use crate::store::{Listing, contains_pattern};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{EmployeeAttributes, Role, kind};
use rusqlite::types::Value as SqlValue;

const COLUMNS: &str = "e.id, e.employee_number, e.first_name, e.last_name, e.email, e.phone, e.job_title, \
                       e.role, e.status, e.hire_date, e.department_id, e.branch_id, e.manager_id, e.company_id";

pub fn from_row(row: &Row) -> crate::db::Result<Resource<EmployeeAttributes>> {
    let first_name: String = row.get(2)?;
    let last_name: String = row.get(3)?;
    let attributes = EmployeeAttributes {
        employee_number: row.get(1)?,
        name: format!("{first_name} {last_name}"),
        first_name,
        last_name,
        email: row.get(4)?,
        phone: row.get(5)?,
        job_title: row.get(6)?,
        role: Role::parse(&row.get::<_, String>(7)?).unwrap_or(Role::Employee),
        status: row.get(8)?,
        hire_date: row.get(9)?,
    };
    Ok(Resource::new(kind::EMPLOYEE, row.get::<_, i64>(0)?, attributes)
        .with_one("department", kind::DEPARTMENT, row.get::<_, Option<i64>>(10)?)
        .with_one("branch", kind::BRANCH, row.get::<_, Option<i64>>(11)?)
        .with_one("manager", kind::EMPLOYEE, row.get::<_, Option<i64>>(12)?)
        .with_one("company", kind::COMPANY, Some(row.get::<_, i64>(13)?)))
}

#[derive(Debug, Default)]
pub struct Filter {
    pub status: Option<String>,
    pub search: Option<String>,
}

pub fn list(
    conn: &Connection,
    company_id: i64,
    filter: &Filter,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<EmployeeAttributes>>, u64)> {
    let mut listing = Listing::new("e.company_id", company_id);
    if let Some(status) = &filter.status {
        listing.and("e.status = ?", [status.clone().into()]);
    }
    // Every word must be found somewhere, so a name matches in either order ("Fischer Emma") and one
    // word may name the person and another their department or job title ("Emma Engineering").
    for word in filter.search.as_deref().unwrap_or_default().split_whitespace() {
        let pattern = SqlValue::from(contains_pattern(word));
        listing.and(
            "((e.first_name || ' ' || e.last_name) LIKE ? ESCAPE '\\' OR e.email LIKE ? ESCAPE '\\' \
             OR e.employee_number LIKE ? ESCAPE '\\' OR e.job_title LIKE ? ESCAPE '\\' \
             OR e.department_id IN (SELECT d.id FROM departments d \
                 WHERE d.company_id = e.company_id AND d.name LIKE ? ESCAPE '\\'))",
            std::iter::repeat_n(pattern, 5),
        );
    }
    listing.fetch(
        conn,
        "FROM employees e",
        &format!("SELECT {COLUMNS} FROM employees e"),
        "e.last_name, e.first_name, e.id",
        (offset, limit),
        from_row,
    )
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Resource<EmployeeAttributes>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM employees e WHERE e.id = ?1 AND e.company_id = ?2"))?
        .query_row([id, company_id], from_row)
        .optional()?)
}

/// Whether `employee_id` reports to `manager_id`, directly or through other managers.
pub fn reports_to(conn: &Connection, company_id: i64, employee_id: i64, manager_id: i64) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "WITH RECURSIVE chain(id, depth) AS (
                 SELECT manager_id, 1 FROM employees WHERE id = ?1 AND company_id = ?3
                 UNION ALL
                 SELECT e.manager_id, c.depth + 1 FROM employees e JOIN chain c ON e.id = c.id
                 WHERE c.depth < 32 AND e.company_id = ?3
             )
             SELECT EXISTS (SELECT 1 FROM chain WHERE id = ?2)",
        )?
        .query_row([employee_id, manager_id, company_id], |r| r.get(0))?)
}

/// The ids of everyone below `manager_id` in the reporting tree.
pub fn report_ids(conn: &Connection, company_id: i64, manager_id: i64) -> StoreResult<Vec<i64>> {
    Ok(conn
        .prepare_cached(
            "WITH RECURSIVE tree(id, depth) AS (
                 SELECT id, 1 FROM employees WHERE manager_id = ?1 AND company_id = ?2
                 UNION
                 SELECT e.id, t.depth + 1 FROM employees e JOIN tree t ON e.manager_id = t.id
                 WHERE t.depth < 32 AND e.company_id = ?2
             )
             SELECT DISTINCT id FROM tree",
        )?
        .query_map([manager_id, company_id], |r| r.get(0))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

pub fn name(conn: &Connection, company_id: i64, id: i64) -> StoreResult<String> {
    Ok(conn
        .prepare_cached("SELECT first_name || ' ' || last_name FROM employees WHERE id = ?1 AND company_id = ?2")?
        .query_row([id, company_id], |r| r.get(0))
        .optional()?
        .unwrap_or_default())
}

/// Active HR staff of a company, who share the HR approval step.
pub fn hr_ids(conn: &Connection, company_id: i64) -> StoreResult<Vec<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM employees WHERE company_id = ?1 AND role = 'hr' AND status = 'active'")?
        .query_map([company_id], |r| r.get(0))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}
