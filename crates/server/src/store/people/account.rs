//! People as the Users API sees them: the employees table with its identity columns.
//!
//! A user *is* the HR employee: the profile's names, email, phone, title, department and manager are the
//! employee's columns, so a change through either API is seen by both. Profile attributes the HR model
//! has no column for live in `profile_extra`.

use super::NewEmployee;
use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::instant;
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use okta_hr_domain::lifecycle::{UserStatus, sign_out_reason};
use okta_hr_domain::wire::Role;
use rusqlite::types::Value as SqlValue;
use serde_json::{Map, Value};

/// Wrong passwords in a row after which an account is locked out.
pub const LOCK_OUT_AFTER_FAILURES: i64 = 10;

#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub okta_id: String,
    pub company_id: i64,
    pub status: UserStatus,
    pub role: Role,
    pub has_password: bool,
    pub created: DateTime<Utc>,
    pub activated: Option<DateTime<Utc>>,
    pub status_changed: Option<DateTime<Utc>>,
    pub last_login: Option<DateTime<Utc>>,
    pub last_updated: Option<DateTime<Utc>>,
    pub password_changed: Option<DateTime<Utc>>,
    pub recovery_question: Option<String>,
    pub profile: Profile,
}

/// The profile attributes that are HR employee columns, and the rest.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub login: String,
    pub mobile_phone: Option<String>,
    pub title: Option<String>,
    pub employee_number: Option<String>,
    pub department: Option<String>,
    /// The manager's user id (`00u…`) and name.
    pub manager_id: Option<String>,
    pub manager: Option<String>,
    pub extra: Map<String, Value>,
}

const COLUMNS: &str = "e.id, e.okta_id, e.company_id, e.lifecycle, e.role, e.password_hash IS NOT NULL, e.created_at, \
     e.activated_at, e.status_changed_at, e.last_login_at, e.updated_at, e.password_changed_at, e.recovery_question, \
     e.first_name, e.last_name, e.email, e.login, e.phone, e.job_title, e.employee_number, d.name, m.okta_id, \
     m.first_name || ' ' || m.last_name, e.profile_extra";

pub const FROM: &str =
    "FROM employees e LEFT JOIN departments d ON d.id = e.department_id LEFT JOIN employees m ON m.id = e.manager_id";

fn from_row(r: &Row) -> crate::db::Result<User> {
    let extra: String = r.get(23)?;
    Ok(User {
        id: r.get(0)?,
        okta_id: r.get(1)?,
        company_id: r.get(2)?,
        status: UserStatus::parse(&r.get::<_, String>(3)?).unwrap_or(UserStatus::Deprovisioned),
        role: Role::parse(&r.get::<_, String>(4)?).unwrap_or(Role::Employee),
        has_password: r.get(5)?,
        created: instant(r, 6)?.ok_or(crate::db::Error::UnexpectedNull("created_at"))?,
        activated: instant(r, 7)?,
        status_changed: instant(r, 8)?,
        last_login: instant(r, 9)?,
        last_updated: instant(r, 10)?,
        password_changed: instant(r, 11)?,
        recovery_question: r.get(12)?,
        profile: Profile {
            first_name: r.get(13)?,
            last_name: r.get(14)?,
            email: r.get(15)?,
            login: r.get(16)?,
            mobile_phone: r.get(17)?,
            title: r.get(18)?,
            employee_number: r.get(19)?,
            department: r.get(20)?,
            manager_id: r.get(21)?,
            manager: r.get(22)?,
            extra: serde_json::from_str(&extra).unwrap_or_default(),
        },
    })
}

/// The employee id of the user `key` names in `company_id`: an Okta-style id (`00u…`) or a login.
pub fn resolve(conn: &Connection, company_id: i64, key: &str) -> StoreResult<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM employees WHERE company_id = ?1 AND (okta_id = ?2 OR login = ?2) AND erased_at IS NULL",
        )?
        .query_row(params![company_id, key], |r| r.get(0))
        .optional()?)
}

pub fn get(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Option<User>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} {FROM} WHERE e.company_id = ?1 AND e.id = ?2 AND e.erased_at IS NULL"
        ))?
        .query_row(params![company_id, employee_id], from_row)
        .optional()?)
}

/// A page of users matching `condition` (SQL over the `e` alias, with `args`) and, with `starts_with`,
/// Okta's `q` (a case-insensitive prefix of first name, last name or email); `limit + 1` of them so the
/// caller knows whether there is a next page. `order` is a sort expression and its direction; the
/// cursor `after` is the id of the last user of the previous page.
pub fn page(
    conn: &Connection,
    company_id: i64,
    condition: Option<(&str, Vec<SqlValue>)>,
    starts_with: Option<&str>,
    order: Option<(&str, bool)>,
    after: Option<i64>,
    limit: i64,
) -> StoreResult<Vec<(i64, User)>> {
    let mut conditions = Vec::new();
    let mut args: Vec<SqlValue> = vec![company_id.into()];
    if let Some((sql, values)) = condition {
        conditions.push(format!("({sql})"));
        args.extend(values);
    }
    if let Some(prefix) = starts_with {
        // The ids whose first name, last name or email starts with the prefix, each a range of a NOCASE
        // index (migration 008), so a search costs what it finds rather than the company's size. In id
        // order the cursor also bounds them; under a sort key it bounds the outer query only.
        let past_cursor = if order.is_none() { after.unwrap_or(0) } else { 0 };
        let escaped = prefix.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        let pattern: SqlValue = format!("{escaped}%").into();
        let matching = |column: &str| {
            format!("SELECT id FROM employees WHERE company_id = ? AND {column} LIKE ? ESCAPE '\\' AND id > ?")
        };
        conditions.push(format!(
            "e.id IN ({} UNION {} UNION {})",
            matching("first_name"),
            matching("last_name"),
            matching("email")
        ));
        for _ in 0..3 {
            args.extend([company_id.into(), pattern.clone(), past_cursor.into()]);
        }
    }
    let order_by = match order {
        // By id alone a page is a range of the (company_id, id) index, starting at the cursor.
        None => {
            if let Some(after) = after {
                conditions.push("e.id > ?".to_owned());
                args.push(after.into());
            }
            "e.id".to_owned()
        }
        // A sort key may be null and repeat: the cursor is the last user's key, ties broken by id.
        Some((sort, descending)) => {
            let direction = if descending { "DESC" } else { "ASC" };
            if let Some(after) = after {
                let comparison = if descending { "<" } else { ">" };
                conditions.push(format!(
                    "(coalesce({sort}, ''), e.id) {comparison} ((SELECT coalesce({sort}, '') {FROM} WHERE e.id = ?), ?)"
                ));
                args.extend([after.into(), after.into()]);
            }
            format!("coalesce({sort}, '') {direction}, e.id {direction}")
        }
    };
    // With a search the matching ids drive the query, looked up by rowid; the unary `+` keeps SQLite
    // from walking the whole company in the (company_id, id) index and testing each id against them.
    let company = if starts_with.is_some() { "+e.company_id = ?" } else { "e.company_id = ?" };
    conditions.insert(0, company.to_owned());
    conditions.push("e.erased_at IS NULL".to_owned());
    args.push((limit + 1).into());
    let sql = format!("SELECT {COLUMNS} {FROM} WHERE {} ORDER BY {order_by} LIMIT ?", conditions.join(" AND "));
    Ok(conn
        .prepare_cached(&sql)?
        .query_map(crate::db::params_from_iter(args), from_row)?
        .map(|user| user.map(|u| (u.id, u)))
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// What creating or replacing a user writes.
pub struct ProfileChange<'a> {
    pub profile: &'a Profile,
    pub role: Option<Role>,
    pub department_id: Option<i64>,
    pub manager_employee_id: Option<i64>,
}

/// Creates the user (and so the employee) in `status`, with `password_hash` if given.
pub fn create(
    conn: &Connection,
    company_id: i64,
    change: &ProfileChange,
    password_hash: Option<&str>,
    status: UserStatus,
) -> StoreResult<i64> {
    ensure_login_free(conn, &change.profile.login, None)?;
    let profile = change.profile;
    let id = super::hire(
        conn,
        &NewEmployee {
            company_id,
            email: &profile.email,
            first_name: &profile.first_name,
            last_name: &profile.last_name,
            role: change.role.unwrap_or(Role::Employee),
            password_hash,
            job_title: profile.title.as_deref(),
            department_id: change.department_id,
            branch_id: None,
            manager_id: change.manager_employee_id,
            hire_date: Some(Utc::now().date_naive()),
        },
    )?;
    let now = Utc::now();
    conn.prepare_cached(
        "UPDATE employees SET login = ?1, phone = ?2, profile_extra = ?3, lifecycle = ?4, status = ?5,
             activated_at = CASE WHEN ?4 = 'ACTIVE' THEN ?6 END,
             employee_number = coalesce(?7, employee_number)
         WHERE id = ?8",
    )?
    .execute(params![
        profile.login,
        profile.mobile_phone,
        Value::Object(profile.extra.clone()).to_string(),
        status.as_str(),
        status.employment_status(),
        now,
        profile.employee_number,
        id
    ])
    .map_err(|error| StoreError::taken_meanwhile(error, &[("login", "login")], LOGIN_TAKEN))?;
    Ok(id)
}

/// Okta's words for a login or email another user already has.
const LOGIN_TAKEN: &str = "An object with this field already exists in the current organization";

fn ensure_login_free(conn: &Connection, login: &str, except: Option<i64>) -> StoreResult<()> {
    let taken: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM employees WHERE login = ?1 AND id IS DISTINCT FROM ?2)")?
        .query_row(params![login, except], |r| r.get(0))?;
    if taken {
        return Err(StoreError::invalid("login", LOGIN_TAKEN));
    }
    Ok(())
}

/// Writes the whole profile over the user's.
pub fn replace_profile(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    change: &ProfileChange,
) -> StoreResult<()> {
    let profile = change.profile;
    ensure_login_free(conn, &profile.login, Some(employee_id))?;
    let email_taken: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM employees WHERE email = ?1 AND id <> ?2)")?
        .query_row(params![profile.email, employee_id], |r| r.get(0))?;
    if email_taken {
        return Err(StoreError::invalid("email", LOGIN_TAKEN));
    }
    conn.prepare_cached(
        "UPDATE employees SET first_name = ?1, last_name = ?2, email = ?3, login = ?4, phone = ?5, job_title = ?6,
             employee_number = coalesce(?7, employee_number), department_id = ?8, manager_id = ?9,
             profile_extra = ?10, role = coalesce(?11, role), updated_at = ?12
         WHERE id = ?13 AND company_id = ?14",
    )?
    .execute(params![
        profile.first_name,
        profile.last_name,
        profile.email,
        profile.login,
        profile.mobile_phone,
        profile.title,
        profile.employee_number,
        change.department_id,
        change.manager_employee_id,
        Value::Object(profile.extra.clone()).to_string(),
        change.role.map(Role::as_str),
        Utc::now(),
        employee_id,
        company_id
    ])
    .map_err(|error| StoreError::taken_meanwhile(error, &[("login", "login"), ("email", "email")], LOGIN_TAKEN))?;
    Ok(())
}

/// Moves a user to `status`, keeping the HR employment status in step. A status that signs people out
/// revokes every device's token with the reason, so each device hears why at its next request.
pub fn set_status(conn: &Connection, company_id: i64, employee_id: i64, status: UserStatus) -> StoreResult<()> {
    let now = Utc::now();
    conn.prepare_cached(
        "UPDATE employees SET lifecycle = ?1, status = ?2, status_changed_at = ?3, updated_at = ?3,
             activated_at = CASE WHEN ?1 = 'ACTIVE' THEN coalesce(activated_at, ?3) ELSE activated_at END,
             failed_sign_ins = CASE WHEN ?1 = 'ACTIVE' THEN 0 ELSE failed_sign_ins END
         WHERE id = ?4 AND company_id = ?5",
    )?
    .execute(params![status.as_str(), status.employment_status(), now, employee_id, company_id])?;
    if let Some(reason) = sign_out_reason(status) {
        revoke_sessions(conn, company_id, employee_id, None, reason)?;
    }
    Ok(())
}

/// Revokes the user's app sessions (one token, or all of them), keeping the rows so devices learn why.
pub fn revoke_sessions(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    token_id: Option<i64>,
    reason: &str,
) -> StoreResult<usize> {
    Ok(conn
        .prepare_cached(
            "UPDATE personal_access_tokens SET revoked_at = ?1, revoked_reason = ?2
             WHERE employee_id = (SELECT id FROM employees WHERE id = ?3 AND company_id = ?5)
                 AND revoked_at IS NULL AND (CAST(?4 AS BIGINT) IS NULL OR id = ?4)",
        )?
        .execute(params![Utc::now(), reason, employee_id, token_id, company_id])?)
}

/// Sets a new password (an argon2id hash); the one-time token and failure count are spent.
pub fn set_password(conn: &Connection, company_id: i64, employee_id: i64, password_hash: &str) -> StoreResult<()> {
    let now = Utc::now();
    conn.prepare_cached(
        "UPDATE employees SET password_hash = ?1, password_changed_at = ?2, updated_at = ?2, failed_sign_ins = 0,
             one_time_token_hash = NULL, one_time_token_expires_at = NULL
         WHERE id = ?3 AND company_id = ?4",
    )?
    .execute(params![password_hash, now, employee_id, company_id])?;
    Ok(())
}

pub fn password_hash(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT password_hash FROM employees WHERE id = ?1 AND company_id = ?2")?
        .query_row([employee_id, company_id], |r| r.get(0))
        .optional()?
        .flatten())
}

pub fn set_recovery_question(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    question: &str,
    answer_hash: &str,
) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE employees SET recovery_question = ?1, recovery_answer_hash = ?2, updated_at = ?3
         WHERE id = ?4 AND company_id = ?5",
    )?
    .execute(params![question, answer_hash, Utc::now(), employee_id, company_id])?;
    Ok(())
}

pub fn recovery_answer_hash(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT recovery_answer_hash FROM employees WHERE id = ?1 AND company_id = ?2")?
        .query_row([employee_id, company_id], |r| r.get(0))
        .optional()?
        .flatten())
}

/// Stores the SHA-256 of an activation or reset token, valid for `hours`.
pub fn set_one_time_token(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    token_hash: &str,
    hours: i64,
) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE employees SET one_time_token_hash = ?1, one_time_token_expires_at = ?2
         WHERE id = ?3 AND company_id = ?4",
    )?
    .execute(params![token_hash, Utc::now() + chrono::Duration::hours(hours), employee_id, company_id])?;
    Ok(())
}

/// The user (employee id, company, status) a still-valid one-time token belongs to.
pub fn by_one_time_token(conn: &Connection, token_hash: &str) -> StoreResult<Option<(i64, i64, UserStatus)>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, company_id, lifecycle FROM employees
             WHERE one_time_token_hash = ?1 AND one_time_token_expires_at > ?2",
        )?
        .query_row(params![token_hash, Utc::now()], |r| {
            Ok((r.get(0)?, r.get(1)?, UserStatus::parse(&r.get::<_, String>(2)?).unwrap_or(UserStatus::Staged)))
        })
        .optional()?)
}

/// Counts a wrong password; answers whether this one locked the account out.
pub fn record_failed_sign_in(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<bool> {
    let (failures, status): (i64, String) = conn
        .prepare_cached(
            "UPDATE employees SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ?1 AND company_id = ?2
             RETURNING failed_sign_ins, lifecycle",
        )?
        .query_row([employee_id, company_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if failures >= LOCK_OUT_AFTER_FAILURES && status == UserStatus::Active.as_str() {
        set_status(conn, company_id, employee_id, UserStatus::LockedOut)?;
        return Ok(true);
    }
    Ok(false)
}

pub fn record_sign_in(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE employees SET failed_sign_ins = 0, last_login_at = ?1 WHERE id = ?2 AND company_id = ?3",
    )?
    .execute(params![Utc::now(), employee_id, company_id])?;
    Ok(())
}

/// What deleting a user did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deletion {
    /// They had no HR records: every trace of them is gone.
    Deleted,
    /// Their attendance, leave, payroll or asset records must be kept: the records stay under their name,
    /// and the sign-in user is erased (see [`erase`]).
    Erased,
}

/// Deletes a deactivated user: for good when they have no HR history, else by erasing their sign-in user.
/// `None` when there is no such user.
pub fn delete(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Option<Deletion>> {
    if get(conn, company_id, employee_id)?.is_none() {
        return Ok(None);
    }
    // Any record HR keeps of the person, or that names them as its author, keeps the person too.
    let has_history: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM attendance_records WHERE employee_id = ?1)
                 OR EXISTS (SELECT 1 FROM attendance_corrections WHERE employee_id = ?1 OR decided_by = ?1)
                 OR EXISTS (SELECT 1 FROM shift_assignments WHERE employee_id = ?1)
                 OR EXISTS (SELECT 1 FROM leave_requests WHERE employee_id = ?1)
                 OR EXISTS (SELECT 1 FROM approval_steps WHERE approver_id = ?1 OR acted_by = ?1)
                 OR EXISTS (SELECT 1 FROM payroll_lines WHERE employee_id = ?1)
                 OR EXISTS (SELECT 1 FROM pay_assignments WHERE employee_id = ?1)
                 OR EXISTS (SELECT 1 FROM pay_adjustments WHERE employee_id = ?1)
                 OR EXISTS (SELECT 1 FROM bank_accounts WHERE employee_id = ?1)
                 OR EXISTS (SELECT 1 FROM bank_detail_requests WHERE employee_id = ?1)
                 OR EXISTS (SELECT 1 FROM employee_changes WHERE employee_id = ?1 OR author_id = ?1)
                 OR EXISTS (SELECT 1 FROM offboardings WHERE employee_id = ?1 OR author_id = ?1)
                 OR EXISTS (SELECT 1 FROM asset_assignments WHERE employee_id = ?1 OR assigned_by = ?1
                     OR returned_by = ?1)
                 OR EXISTS (SELECT 1 FROM asset_requests WHERE employee_id = ?1 OR decided_by = ?1)
                 OR EXISTS (SELECT 1 FROM asset_problems WHERE employee_id = ?1 OR resolved_by = ?1)",
        )?
        .query_row([employee_id], |r| r.get(0))?;
    if has_history {
        erase(conn, employee_id)?;
        return Ok(Some(Deletion::Erased));
    }
    for sql in [
        "UPDATE employees SET manager_id = NULL WHERE manager_id = ?1",
        "UPDATE companies SET owner_employee_id = NULL WHERE owner_employee_id = ?1",
        "UPDATE departments SET head_id = NULL WHERE head_id = ?1",
        "UPDATE assets SET holder_id = NULL, assigned_at = NULL, status = 'in_stock' WHERE holder_id = ?1",
        "UPDATE announcements SET author_id = NULL WHERE author_id = ?1",
        "DELETE FROM emergency_contacts WHERE employee_id = ?1",
        "DELETE FROM notifications WHERE employee_id = ?1",
        "DELETE FROM idempotency_keys WHERE employee_id = ?1",
        "DELETE FROM leave_allowances WHERE employee_id = ?1",
        "DELETE FROM leave_ledger WHERE employee_id = ?1",
        "UPDATE leave_ledger SET author_id = NULL WHERE author_id = ?1",
        "UPDATE leave_job_runs SET run_by = NULL WHERE run_by = ?1",
        "DELETE FROM employees WHERE id = ?1",
    ] {
        conn.prepare_cached(sql)?.execute([employee_id])?;
    }
    Ok(Some(Deletion::Deleted))
}

/// The address an erased user's email and login become: unique, and in the `.invalid` domain that can
/// never receive mail (RFC 2606), so the real address is free for someone new.
fn erased_address(okta_id: &str) -> String {
    format!("erased-{}@erased.invalid", okta_id.to_lowercase())
}

/// Erases a sign-in user whose HR records are kept: the login and email are freed, the personal fields a
/// payslip or a timesheet does not need (phone, private email, address, extra profile, emergency
/// contacts) are blanked, the credentials, sessions, API tokens, subscriptions and notifications are
/// removed, and they leave their groups. What they were in charge of passes on: their reports have no
/// manager, their department no head, and the approvals waiting on them go to HR. Name, employee number,
/// job, manager, pay, bank details and the assets they still hold (until HR takes them back) stay with the
/// records.
fn erase(conn: &Connection, employee_id: i64) -> StoreResult<()> {
    let okta_id: String =
        conn.prepare_cached("SELECT okta_id FROM employees WHERE id = ?1")?.query_row([employee_id], |r| r.get(0))?;
    let address = erased_address(&okta_id);
    conn.prepare_cached(
        "UPDATE employees SET email = ?1, login = ?1, phone = NULL, personal_email = NULL, address = NULL,
             profile_extra = '{}', password_hash = NULL, recovery_question = NULL, recovery_answer_hash = NULL,
             one_time_token_hash = NULL, one_time_token_expires_at = NULL,
             erased_at = ?2, updated_at = ?2
         WHERE id = ?3",
    )?
    .execute(params![address, Utc::now(), employee_id])?;
    for sql in [
        "UPDATE employees SET manager_id = NULL WHERE manager_id = ?1",
        "UPDATE companies SET owner_employee_id = NULL WHERE owner_employee_id = ?1",
        "UPDATE departments SET head_id = NULL WHERE head_id = ?1",
        "UPDATE approval_steps SET role = 'hr', approver_id = NULL
         WHERE approver_id = ?1 AND role = 'manager' AND status IN ('waiting', 'pending')",
        "DELETE FROM personal_access_tokens WHERE employee_id = ?1",
        "DELETE FROM api_tokens WHERE employee_id = ?1",
        "DELETE FROM user_subscriptions WHERE employee_id = ?1",
        "DELETE FROM notifications WHERE employee_id = ?1",
        "DELETE FROM idempotency_keys WHERE employee_id = ?1",
        "DELETE FROM emergency_contacts WHERE employee_id = ?1",
        "DELETE FROM employee_profiles WHERE employee_id = ?1",
        "DELETE FROM org_contacts WHERE employee_id = ?1",
        "DELETE FROM group_members WHERE employee_id = ?1",
    ] {
        conn.prepare_cached(sql)?.execute([employee_id])?;
    }
    Ok(())
}

/// A device session of the app, as the Users API lists it (an OAuth refresh token of the app's client).
#[derive(Debug, Clone)]
pub struct Session {
    pub id: i64,
    pub device_name: String,
    pub created: DateTime<Utc>,
    pub last_used: Option<DateTime<Utc>>,
}

/// The user's live app sessions after the cursor, `limit + 1` of them.
pub fn sessions(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    after: Option<i64>,
    limit: i64,
) -> StoreResult<Vec<(i64, Session)>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, created_at, last_used_at FROM personal_access_tokens
             WHERE employee_id = (SELECT id FROM employees WHERE id = ?1 AND company_id = ?4)
                 AND revoked_at IS NULL AND id > ?2 ORDER BY id LIMIT ?3",
        )?
        .query_map(params![employee_id, after.unwrap_or(0), limit + 1, company_id], |r| {
            Ok((r.get(0)?, Session { id: r.get(0)?, device_name: r.get(1)?, created: r.get(2)?, last_used: r.get(3)? }))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// Sets `employee_id`'s manager, refusing one from another company or one who reports to them.
pub fn set_manager(conn: &Connection, company_id: i64, employee_id: i64, manager_id: i64) -> StoreResult<()> {
    if manager_id == employee_id || super::record::reports_to(conn, company_id, manager_id, employee_id)? {
        return Err(StoreError::invalid(
            "managerId",
            "A person cannot be managed by themselves or by their own report.",
        ));
    }
    conn.prepare_cached("UPDATE employees SET manager_id = ?1, updated_at = ?2 WHERE id = ?3 AND company_id = ?4")?
        .execute(params![manager_id, Utc::now(), employee_id, company_id])?;
    Ok(())
}
