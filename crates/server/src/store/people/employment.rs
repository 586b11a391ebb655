//! A person's employment as HR keeps it: the hire that creates their record and sign-in user in one
//! step, and the effective-dated changes (title, department, branch, manager, employment type) with
//! their history. A change dated today or earlier applies at once; a later one waits in
//! `employee_changes` for the server's job (`people_schedule.rs`) to apply it on its day.

use super::account::{self, Profile, ProfileChange};
use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::{CompanyClock, StoreError, StoreResult, instant};
use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_domain::calendar::{parse_week, week_text};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::lifecycle::{Transition, UserStatus, apply};
use okta_hr_domain::people::EmployeeChangeAttributes;
use okta_hr_domain::validation::ValidationErrors;
use okta_hr_domain::wire::{Role, kind};

/// Who is hired, checked for shape by the route.
pub struct Hire {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub job_title: String,
    pub department_id: i64,
    pub branch_id: i64,
    pub manager_id: Option<i64>,
    pub start_date: NaiveDate,
    pub employment_type: String,
    pub working_days: Option<Vec<u8>>,
}

/// Adds to `errors` what is wrong with a placement: a department or branch that is not the company's or
/// is retired, a manager who is not an active person of the company.
pub fn check_placement(
    conn: &Connection,
    company_id: i64,
    department_id: Option<i64>,
    branch_id: Option<i64>,
    manager_id: Option<i64>,
    errors: &mut ValidationErrors,
) -> StoreResult<()> {
    for (field, table, id) in [("department_id", "departments", department_id), ("branch_id", "branches", branch_id)] {
        let Some(id) = id else { continue };
        let active: bool = conn
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1 AND company_id = ?2 AND retired_at IS NULL)"
            ))?
            .query_row([id, company_id], |r| r.get(0))?;
        if !active {
            errors.add(field, format!("The selected {} is invalid.", field.replace('_', " ")));
        }
    }
    if let Some(manager) = manager_id {
        let active: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM employees WHERE id = ?1 AND company_id = ?2 AND status = 'active')",
            )?
            .query_row([manager, company_id], |r| r.get(0))?;
        if !active {
            errors.add("manager_id", "The selected manager id is invalid.");
        }
    }
    Ok(())
}

/// Creates the person's record and sign-in user (STAGED, then PROVISIONED as the Users API's activation
/// of a user without a password makes them) with the activation token's hash, valid for `link_hours`.
pub fn hire(conn: &Connection, company_id: i64, hire: &Hire, token_hash: &str, link_hours: i64) -> StoreResult<i64> {
    let profile = Profile {
        first_name: hire.first_name.clone(),
        last_name: hire.last_name.clone(),
        email: hire.email.clone(),
        login: hire.email.clone(),
        title: Some(hire.job_title.clone()),
        ..Profile::default()
    };
    let change = ProfileChange {
        profile: &profile,
        role: Some(Role::Employee),
        department_id: Some(hire.department_id),
        manager_employee_id: hire.manager_id,
    };
    // The email is also the sign-in; HR reads the HR API's wording for it, not the Users API's `login`.
    let taken: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM employees WHERE email = ?1 OR login = ?1)")?
        .query_row([&hire.email], |r| r.get(0))?;
    if taken {
        return Err(StoreError::invalid("email", "The email has already been taken."));
    }
    let id = account::create(conn, company_id, &change, None, UserStatus::Staged)?;
    conn.prepare_cached(
        "UPDATE employees SET branch_id = ?1, hire_date = ?2, employment_type = ?3, working_week = ?4
         WHERE id = ?5 AND company_id = ?6",
    )?
    .execute(params![
        hire.branch_id,
        hire.start_date,
        hire.employment_type,
        hire.working_days.as_deref().map(|days| week_text(days, &[])),
        id,
        company_id
    ])?;
    // The lifecycle's own rule names the status; a new user may always be activated.
    let provisioned = apply(UserStatus::Staged, Transition::Activate, false).unwrap_or(UserStatus::Provisioned);
    account::set_status(conn, company_id, id, provisioned)?;
    account::set_one_time_token(conn, company_id, id, token_hash, link_hours)?;
    Ok(id)
}

/// The person's employment type and working week (their own, else their branch's, else the company's).
pub fn terms(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Option<(String, Vec<u8>)>> {
    Ok(conn
        .prepare_cached(
            "SELECT e.employment_type, COALESCE(e.working_week, b.working_week, c.working_week)
             FROM employees e JOIN companies c ON c.id = e.company_id LEFT JOIN branches b ON b.id = e.branch_id
             WHERE e.id = ?1 AND e.company_id = ?2",
        )?
        .query_row([employee_id, company_id], |r| Ok((r.get(0)?, parse_week(&r.get::<_, String>(1)?).0)))
        .optional()?)
}

/// The current value of a changeable field, as text. `field` is one of `CHANGEABLE_FIELDS`, never input.
pub fn current_value(conn: &Connection, company_id: i64, employee_id: i64, field: &str) -> StoreResult<Option<String>> {
    let column = column_of(field);
    Ok(conn
        .prepare_cached(&format!("SELECT CAST({column} AS TEXT) FROM employees WHERE id = ?1 AND company_id = ?2"))?
        .query_row([employee_id, company_id], |r| r.get(0))
        .optional()?
        .flatten())
}

/// The column a changeable field writes; anything else is a programming error, caught by tests.
fn column_of(field: &str) -> &'static str {
    match field {
        "department_id" => "department_id",
        "branch_id" => "branch_id",
        "manager_id" => "manager_id",
        "employment_type" => "employment_type",
        _ => "job_title",
    }
}

/// A change to record: one field's new value (`None` clears a manager).
pub struct FieldChange {
    pub field: &'static str,
    pub after: Option<String>,
}

/// Moves the person to another department today, as HR's change of job does (recorded in their job
/// history with `author_id`); a retired department is refused on `field`.
pub fn move_to_department(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    department_id: i64,
    author_id: Option<i64>,
    field: &str,
) -> StoreResult<()> {
    let mut errors = ValidationErrors::default();
    check_placement(conn, company_id, Some(department_id), None, None, &mut errors)?;
    if !errors.is_empty() {
        return Err(StoreError::invalid(field, "This department is retired; choose a department in use."));
    }
    let today = CompanyClock::load(conn, company_id)?.date_of(Utc::now());
    let change = FieldChange { field: "department_id", after: Some(department_id.to_string()) };
    record(conn, company_id, employee_id, &[change], today, author_id, None)?;
    Ok(())
}

/// Records the changes of one edit, effective `effective_date`, and applies them at once when that day
/// has come in the company's time zone. Answers the ids of the recorded changes.
pub fn record(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    changes: &[FieldChange],
    effective_date: NaiveDate,
    author_id: Option<i64>,
    reason: Option<&str>,
) -> StoreResult<Vec<i64>> {
    let now = Utc::now();
    let due = effective_date <= CompanyClock::load(conn, company_id)?.date_of(now);
    let mut ids = Vec::with_capacity(changes.len());
    for change in changes {
        let before = current_value(conn, company_id, employee_id, change.field)?;
        let id: i64 = conn
            .prepare_cached(
                "INSERT INTO employee_changes (company_id, employee_id, field, before_value, after_value,
                     effective_date, author_id, reason, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
            )?
            .query_row(
                params![
                    company_id,
                    employee_id,
                    change.field,
                    before,
                    change.after,
                    effective_date,
                    author_id,
                    reason,
                    now
                ],
                |r| r.get(0),
            )?;
        if due {
            apply_change(conn, id, now)?;
        }
        ids.push(id);
    }
    Ok(ids)
}

/// Applies a change not applied yet: writes its value, keeps the value it replaced as its `before`.
/// Answers the change's company and fields before and after, or `None` when it was already applied (by
/// another instance's job, or at once).
pub fn apply_change(conn: &Connection, change_id: i64, now: DateTime<Utc>) -> StoreResult<Option<AppliedChange>> {
    let found: Option<(i64, i64, String, Option<String>)> = conn
        .prepare_cached(
            "SELECT company_id, employee_id, field, after_value FROM employee_changes
             WHERE id = ?1 AND applied_at IS NULL",
        )?
        .query_row([change_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    let Some((company_id, employee_id, field, after)) = found else {
        return Ok(None);
    };
    let before = current_value(conn, company_id, employee_id, &field)?;
    let column = column_of(&field);
    if matches!(column, "job_title" | "employment_type") {
        conn.prepare_cached(&format!("UPDATE employees SET {column} = ?1, updated_at = ?2 WHERE id = ?3"))?
            .execute(params![after, now, employee_id])?;
    } else {
        let id: Option<i64> = after.as_deref().and_then(|text| text.parse().ok());
        conn.prepare_cached(&format!("UPDATE employees SET {column} = ?1, updated_at = ?2 WHERE id = ?3"))?
            .execute(params![id, now, employee_id])?;
    }
    conn.prepare_cached("UPDATE employee_changes SET before_value = ?1, applied_at = ?2 WHERE id = ?3")?
        .execute(params![before, now, change_id])?;
    Ok(Some(AppliedChange { company_id, employee_id, field, before, after }))
}

pub struct AppliedChange {
    pub company_id: i64,
    pub employee_id: i64,
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The changes not applied yet whose day has come at `now` in their company's time zone.
pub fn due(conn: &Connection, now: DateTime<Utc>) -> StoreResult<Vec<(i64, i64)>> {
    // A day later than UTC's bounds every time zone's today; each company's clock decides the rest.
    let latest = now.date_naive().succ_opt().unwrap_or(NaiveDate::MAX);
    let pending: Vec<(i64, i64, NaiveDate)> = conn
        .prepare_cached(
            "SELECT id, company_id, effective_date FROM employee_changes
             WHERE applied_at IS NULL AND effective_date <= ?1 ORDER BY effective_date, id",
        )?
        .query_map(params![latest], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<crate::db::Result<_>>()?;
    let mut due = Vec::new();
    for (id, company_id, effective) in pending {
        if effective <= CompanyClock::load(conn, company_id)?.date_of(now) {
            due.push((company_id, id));
        }
    }
    Ok(due)
}

fn change_from_row(r: &Row) -> crate::db::Result<Resource<EmployeeChangeAttributes>> {
    let applied_at = instant(r, 10)?;
    let attributes = EmployeeChangeAttributes {
        employee_id: r.get::<_, i64>(1)?.to_string(),
        field: r.get(2)?,
        before: r.get(3)?,
        after: r.get(4)?,
        effective_date: r.get(5)?,
        author_id: r.get::<_, Option<i64>>(6)?.map(|id| id.to_string()),
        author_name: r.get(7)?,
        reason: r.get(8)?,
        created_at: instant(r, 9)?.ok_or(crate::db::Error::UnexpectedNull("created_at"))?,
        status: if applied_at.is_some() { "applied" } else { "scheduled" }.to_owned(),
        applied_at,
    };
    Ok(Resource::new(kind::EMPLOYEE_CHANGE, r.get::<_, i64>(0)?, attributes))
}

/// A person's changes, the latest effective first (the scheduled ones lead).
pub fn history(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
) -> StoreResult<Vec<Resource<EmployeeChangeAttributes>>> {
    Ok(conn
        .prepare_cached(
            "SELECT c.id, c.employee_id, c.field, c.before_value, c.after_value, c.effective_date, c.author_id,
                 a.first_name || ' ' || a.last_name, c.reason, c.created_at, c.applied_at
             FROM employee_changes c LEFT JOIN employees a ON a.id = c.author_id
             WHERE c.company_id = ?1 AND c.employee_id = ?2 ORDER BY c.effective_date DESC, c.id DESC",
        )?
        .query_map([company_id, employee_id], change_from_row)?
        .collect::<crate::db::Result<_>>()?)
}

/// The recorded changes with these ids, for the answer of an edit.
pub fn changes_by_id(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    ids: &[i64],
) -> StoreResult<Vec<Resource<EmployeeChangeAttributes>>> {
    let wanted: Vec<String> = ids.iter().map(i64::to_string).collect();
    Ok(history(conn, company_id, employee_id)?.into_iter().filter(|change| wanted.contains(&change.id)).collect())
}
