//! Shifts and who works which, when: HR keeps them, and the attendance rules read them through
//! [`rules_of`] (late and early flags, when a forgotten punch is closed).

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::{Listing, StoreError, StoreResult};
use chrono::{NaiveDate, NaiveTime, Utc};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::shifts::{
    Assignment, Shift, ShiftAssignmentAttributes, ShiftAttributes, format_clock, parse_clock,
};
use okta_hr_domain::wire::kind;
use serde_json::{Value, json};

/// A shift's definition as HR writes it.
#[derive(Debug, Clone)]
pub struct ShiftDefinition {
    pub name: String,
    pub starts_at: NaiveTime,
    pub ends_at: NaiveTime,
    pub late_grace_minutes: u32,
    pub early_grace_minutes: u32,
    pub auto_close_after_minutes: u32,
}

/// What a change to a shift sets; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ShiftChange {
    pub name: Option<String>,
    pub starts_at: Option<NaiveTime>,
    pub ends_at: Option<NaiveTime>,
    pub late_grace_minutes: Option<u32>,
    pub early_grace_minutes: Option<u32>,
    pub auto_close_after_minutes: Option<u32>,
    pub retired: Option<bool>,
}

const COLUMNS: &str =
    "s.id, s.name, s.starts_at, s.ends_at, s.late_grace_minutes, s.early_grace_minutes, s.auto_close_after_minutes,
     s.retired_at IS NOT NULL";

/// The shift's attributes from [`COLUMNS`] read at `at`.
fn attributes(r: &Row, at: usize) -> crate::db::Result<ShiftAttributes> {
    let starts_at: String = r.get(at + 1)?;
    let ends_at: String = r.get(at + 2)?;
    let overnight = match (parse_clock(&starts_at), parse_clock(&ends_at)) {
        (Some(starts), Some(ends)) => ends <= starts,
        _ => false,
    };
    Ok(ShiftAttributes {
        name: r.get(at)?,
        starts_at,
        ends_at,
        overnight,
        late_grace_minutes: r.get(at + 3)?,
        early_grace_minutes: r.get(at + 4)?,
        auto_close_after_minutes: r.get(at + 5)?,
        retired: r.get(at + 6)?,
    })
}

fn from_row(r: &Row) -> crate::db::Result<Resource<ShiftAttributes>> {
    Ok(Resource::new(kind::SHIFT, r.get::<_, i64>(0)?, attributes(r, 1)?))
}

/// What the audit trail records of a shift.
pub fn audited(shift: &Resource<ShiftAttributes>) -> Value {
    json!(shift.attributes)
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Resource<ShiftAttributes>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM shifts s WHERE s.id = ?1 AND s.company_id = ?2"))?
        .query_row([id, company_id], from_row)
        .optional()?)
}

/// The company's shifts by name, retired ones included.
pub fn list(
    conn: &Connection,
    company_id: i64,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<ShiftAttributes>>, u64)> {
    Listing::new("s.company_id", company_id).fetch(
        conn,
        "FROM shifts s",
        &format!("SELECT {COLUMNS} FROM shifts s"),
        "s.name, s.id",
        (offset, limit),
        from_row,
    )
}

fn name_taken(conn: &Connection, company_id: i64, name: &str, other_than: Option<i64>) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM shifts WHERE company_id = ?1 AND name = ?2 AND id <> COALESCE(?3, 0))",
        )?
        .query_row(params![company_id, name, other_than], |r| r.get(0))?)
}

fn name_is_taken() -> StoreError {
    StoreError::invalid("name", "The name has already been taken.")
}

pub fn create(conn: &Connection, company_id: i64, shift: &ShiftDefinition) -> StoreResult<Resource<ShiftAttributes>> {
    if name_taken(conn, company_id, &shift.name, None)? {
        return Err(name_is_taken());
    }
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO shifts (company_id, name, starts_at, ends_at, late_grace_minutes, early_grace_minutes,
                 auto_close_after_minutes, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        )?
        .query_row(
            params![
                company_id,
                shift.name,
                format_clock(shift.starts_at),
                format_clock(shift.ends_at),
                shift.late_grace_minutes,
                shift.early_grace_minutes,
                shift.auto_close_after_minutes,
                Utc::now()
            ],
            |r| r.get(0),
        )?;
    get(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Shift"))
}

/// Changes a shift; answers it before and after. Its new hours apply to every day it is worked, past days'
/// late and early flags staying as they were recorded.
pub fn update(
    conn: &Connection,
    company_id: i64,
    id: i64,
    change: &ShiftChange,
) -> StoreResult<(Resource<ShiftAttributes>, Resource<ShiftAttributes>)> {
    let before = get(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Shift"))?;
    if let Some(name) = &change.name
        && name_taken(conn, company_id, name, Some(id))?
    {
        return Err(name_is_taken());
    }
    let retired_at = change.retired.map(|retired| retired.then(Utc::now));
    conn.prepare_cached(
        "UPDATE shifts SET name = COALESCE(?1, name), starts_at = COALESCE(?2, starts_at),
             ends_at = COALESCE(?3, ends_at), late_grace_minutes = COALESCE(?4, late_grace_minutes),
             early_grace_minutes = COALESCE(?5, early_grace_minutes),
             auto_close_after_minutes = COALESCE(?6, auto_close_after_minutes),
             retired_at = CASE WHEN ?7 = 1 THEN COALESCE(retired_at, ?8) WHEN ?7 = 0 THEN NULL ELSE retired_at END
         WHERE id = ?9 AND company_id = ?10",
    )?
    .execute(params![
        change.name,
        change.starts_at.map(format_clock),
        change.ends_at.map(format_clock),
        change.late_grace_minutes,
        change.early_grace_minutes,
        change.auto_close_after_minutes,
        change.retired.map(i64::from),
        retired_at.flatten(),
        id,
        company_id
    ])?;
    let after = get(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Shift"))?;
    Ok((before, after))
}

const ASSIGNMENT_COLUMNS: &str = "a.id, a.employee_id, a.starts_on, a.ends_on, e.first_name || ' ' || e.last_name,
    s.id, s.name, s.starts_at, s.ends_at, s.late_grace_minutes, s.early_grace_minutes, s.auto_close_after_minutes,
    s.retired_at IS NOT NULL";
const ASSIGNMENT_FROM: &str =
    "FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN employees e ON e.id = a.employee_id";

fn assignment_from_row(r: &Row) -> crate::db::Result<Resource<ShiftAssignmentAttributes>> {
    let attributes = ShiftAssignmentAttributes {
        from: r.get(2)?,
        to: r.get(3)?,
        employee_name: r.get(4)?,
        shift: attributes(r, 6)?,
    };
    Ok(Resource::new(kind::SHIFT_ASSIGNMENT, r.get::<_, i64>(0)?, attributes)
        .with_one("employee", kind::EMPLOYEE, Some(r.get::<_, i64>(1)?))
        .with_one("shift", kind::SHIFT, Some(r.get::<_, i64>(5)?)))
}

/// Gives `shift_id` to `employee_id` from `from` to `to` (included), or for good. A retired shift cannot be
/// given; the employee must be the company's.
pub fn assign(
    conn: &Connection,
    company_id: i64,
    shift_id: i64,
    employee_id: i64,
    (from, to): (NaiveDate, Option<NaiveDate>),
) -> StoreResult<Resource<ShiftAssignmentAttributes>> {
    let shift = get(conn, company_id, shift_id)?.ok_or_else(|| StoreError::not_found("Shift"))?;
    if shift.attributes.retired {
        return Err(StoreError::invalid("shift", "This shift is retired and can no longer be assigned."));
    }
    let employee_exists: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM employees WHERE id = ?1 AND company_id = ?2)")?
        .query_row([employee_id, company_id], |r| r.get(0))?;
    if !employee_exists {
        return Err(StoreError::invalid("employee_id", "The selected employee id is invalid."));
    }
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO shift_assignments (company_id, shift_id, employee_id, starts_on, ends_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        )?
        .query_row(params![company_id, shift_id, employee_id, from, to, Utc::now()], |r| r.get(0))?;
    Ok(conn
        .prepare_cached(&format!("SELECT {ASSIGNMENT_COLUMNS} {ASSIGNMENT_FROM} WHERE a.id = ?1"))?
        .query_row([id], assignment_from_row)?)
}

/// The company's assignments, newest start first; `employees` keeps only theirs.
pub fn assignments(
    conn: &Connection,
    company_id: i64,
    employees: Option<&[i64]>,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<ShiftAssignmentAttributes>>, u64)> {
    let mut listing = Listing::new("a.company_id", company_id);
    if let Some(employees) = employees {
        listing.and_in("a.employee_id", employees);
    }
    listing.fetch(
        conn,
        "FROM shift_assignments a",
        &format!("SELECT {ASSIGNMENT_COLUMNS} {ASSIGNMENT_FROM}"),
        "a.starts_on DESC, a.id DESC",
        (offset, limit),
        assignment_from_row,
    )
}

/// Every assignment of `employee_id`, in the order they were made, as the shift rules read them
/// ([`okta_hr_domain::shifts::shift_on`]).
pub fn rules_of(conn: &Connection, employee_id: i64) -> StoreResult<Vec<Assignment<Shift>>> {
    let rows = conn
        .prepare_cached(
            "SELECT a.starts_on, a.ends_on, s.starts_at, s.ends_at, s.late_grace_minutes, s.early_grace_minutes,
                    s.auto_close_after_minutes
             FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.employee_id = ?1 ORDER BY a.id",
        )?
        .query_map([employee_id], |r| {
            let clock = |text: String| parse_clock(&text);
            Ok((
                r.get::<_, NaiveDate>(0)?,
                r.get::<_, Option<NaiveDate>>(1)?,
                clock(r.get(2)?),
                clock(r.get(3)?),
                (r.get::<_, u32>(4)?, r.get::<_, u32>(5)?, r.get::<_, u32>(6)?),
            ))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(from, to, starts_at, ends_at, (late, early, auto_close))| {
            let shift = Shift {
                starts_at: starts_at?,
                ends_at: ends_at?,
                late_grace_minutes: late,
                early_grace_minutes: early,
                auto_close_after_minutes: auto_close,
            };
            Some(Assignment { from, to, shift })
        })
        .collect())
}
