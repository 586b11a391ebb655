//! Offboarding: HR names someone's last working day; their access ends that evening in the company's time
//! zone, when the server's job (`people_schedule.rs`) deactivates their sign-in user and revokes their
//! sessions as the Users API's deactivation does. Until then HR sees what is still open (leave left,
//! assets out, requests and approvals pending) and may cancel it.

use super::account;
use crate::db::{Connection, OptionalExtension, params};
use crate::store::{CompanyClock, StoreError, StoreResult, holidays, instant, leave};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::lifecycle::UserStatus;
use okta_hr_domain::people::{OffboardingAttributes, OpenAsset, OpenBalance, OpenItems};
use okta_hr_domain::wire::kind;

/// The first instant of the day after `last_day` in the company's time zone: when access ends.
fn end_of(clock: &CompanyClock, last_day: NaiveDate) -> DateTime<Utc> {
    let next = last_day.succ_opt().unwrap_or(last_day);
    let midnight = next.and_hms_opt(0, 0, 0).unwrap_or_default();
    // A midnight skipped by a clock change falls back to the earliest instant that exists.
    clock
        .timezone
        .from_local_datetime(&midnight)
        .earliest()
        .map(|local| local.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

/// Starts an offboarding. The last day may be today but not past; someone already leaving, or no longer
/// active, cannot be offboarded again.
pub fn start(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    last_day: NaiveDate,
    reason: &str,
    author_id: Option<i64>,
) -> StoreResult<i64> {
    let clock = CompanyClock::load(conn, company_id)?;
    if last_day < clock.today() {
        return Err(StoreError::invalid(
            "last_working_day",
            "The last working day field must be a date after or equal to today.",
        ));
    }
    let status: String = conn
        .prepare_cached("SELECT status FROM employees WHERE id = ?1 AND company_id = ?2")?
        .query_row([employee_id, company_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::not_found("Employee"))?;
    if status != "active" {
        return Err(StoreError::invalid("employee", "This person has already left."));
    }
    if open(conn, company_id, employee_id)?.is_some() {
        return Err(StoreError::invalid("last_working_day", "This person is already being offboarded."));
    }
    Ok(conn
        .prepare_cached(
            "INSERT INTO offboardings (company_id, employee_id, last_working_day, access_ends_at, reason, author_id,
                 created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        )?
        .query_row(
            params![company_id, employee_id, last_day, end_of(&clock, last_day), reason, author_id, Utc::now()],
            |r| r.get(0),
        )?)
}

/// The id of the person's offboarding that is neither cancelled nor completed.
fn open(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM offboardings WHERE company_id = ?1 AND employee_id = ?2
                 AND cancelled_at IS NULL AND completed_at IS NULL",
        )?
        .query_row([company_id, employee_id], |r| r.get(0))
        .optional()?)
}

/// Cancels the person's scheduled offboarding; answers it as it was, or `None` when there is none.
pub fn cancel(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
) -> StoreResult<Option<Resource<OffboardingAttributes>>> {
    let Some(id) = open(conn, company_id, employee_id)? else {
        return Ok(None);
    };
    let before = get(conn, company_id, employee_id)?;
    conn.prepare_cached("UPDATE offboardings SET cancelled_at = ?1 WHERE id = ?2")?.execute(params![Utc::now(), id])?;
    Ok(before)
}

/// The person's latest offboarding that was not cancelled, with what is open now.
pub fn get(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
) -> StoreResult<Option<Resource<OffboardingAttributes>>> {
    let found = conn
        .prepare_cached(
            "SELECT o.id, o.last_working_day, o.access_ends_at, o.reason, o.completed_at IS NOT NULL,
                 e.first_name || ' ' || e.last_name
             FROM offboardings o JOIN employees e ON e.id = o.employee_id
             WHERE o.company_id = ?1 AND o.employee_id = ?2 AND o.cancelled_at IS NULL
             ORDER BY o.id DESC LIMIT 1",
        )?
        .query_row([company_id, employee_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, NaiveDate>(1)?,
                instant(r, 2)?.ok_or(crate::db::Error::UnexpectedNull("access_ends_at"))?,
                r.get::<_, String>(3)?,
                r.get::<_, bool>(4)?,
                r.get::<_, String>(5)?,
            ))
        })
        .optional()?;
    let Some((id, last_working_day, access_ends_at, reason, completed, employee_name)) = found else {
        return Ok(None);
    };
    let attributes = OffboardingAttributes {
        employee_id: employee_id.to_string(),
        employee_name,
        last_working_day,
        access_ends_at,
        reason,
        status: if completed { "completed" } else { "scheduled" }.to_owned(),
        open_items: open_items(conn, company_id, employee_id)?,
    };
    Ok(Some(Resource::new(kind::OFFBOARDING, id, attributes)))
}

fn ids(conn: &Connection, sql: &str, employee_id: i64, company_id: i64) -> StoreResult<Vec<String>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_map([employee_id, company_id], |r| r.get::<_, i64>(0))?
        .map(|id| id.map(|id| id.to_string()))
        .collect::<crate::db::Result<_>>()?)
}

/// What is still open for someone leaving: this year's leave left or pending, assets they hold, their
/// pending leave requests and corrections, and the approvals waiting on them.
pub fn open_items(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<OpenItems> {
    let today = CompanyClock::load(conn, company_id)?.today();
    let year = holidays::leave_year_of(conn, company_id)?.of(today);
    let leave_balances = leave::balances(conn, company_id, employee_id, year)?
        .into_iter()
        .filter(|b| !b.attributes.remaining.is_zero() || !b.attributes.pending.is_zero())
        .map(|b| OpenBalance {
            leave_type: b.attributes.leave_type,
            remaining: b.attributes.remaining,
            pending: b.attributes.pending,
        })
        .collect();
    let assets = conn
        .prepare_cached(
            "SELECT id, asset_tag, name FROM assets WHERE holder_id = ?1 AND company_id = ?2 ORDER BY asset_tag",
        )?
        .query_map([employee_id, company_id], |r| {
            Ok(OpenAsset { id: r.get::<_, i64>(0)?.to_string(), asset_tag: r.get(1)?, name: r.get(2)? })
        })?
        .collect::<crate::db::Result<_>>()?;
    Ok(OpenItems {
        leave_balances,
        assets,
        pending_leave_requests: ids(
            conn,
            "SELECT id FROM leave_requests WHERE employee_id = ?1 AND company_id = ?2 AND status = 'pending' ORDER BY id",
            employee_id,
            company_id,
        )?,
        approvals_waiting: ids(
            conn,
            "SELECT r.id FROM approval_steps s JOIN leave_requests r ON r.id = s.leave_request_id
             WHERE s.approver_id = ?1 AND r.company_id = ?2 AND s.status = 'pending' AND r.status = 'pending'
             ORDER BY r.id",
            employee_id,
            company_id,
        )?,
        pending_corrections: ids(
            conn,
            "SELECT c.id FROM attendance_corrections c JOIN employees e ON e.id = c.employee_id
             WHERE (c.employee_id = ?1 OR e.manager_id = ?1) AND c.company_id = ?2 AND c.status = 'pending'
             ORDER BY c.id",
            employee_id,
            company_id,
        )?,
    })
}

/// The offboardings whose access has ended by `now` and that are not completed yet.
pub fn due(conn: &Connection, now: DateTime<Utc>) -> StoreResult<Vec<(i64, i64)>> {
    Ok(conn
        .prepare_cached(
            "SELECT company_id, id FROM offboardings
             WHERE completed_at IS NULL AND cancelled_at IS NULL AND access_ends_at <= ?1 ORDER BY id",
        )?
        .query_map(params![now], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::db::Result<_>>()?)
}

/// Ends the access of an offboarding that is due and not completed yet: the sign-in user DEPROVISIONED,
/// inactive in the HR API, every session revoked. Answers its company, person and status before, or
/// `None` when another instance's job has completed it.
pub fn complete(conn: &Connection, id: i64, now: DateTime<Utc>) -> StoreResult<Option<(i64, i64, String)>> {
    let found: Option<(i64, i64)> = conn
        .prepare_cached(
            "UPDATE offboardings SET completed_at = ?1
             WHERE id = ?2 AND completed_at IS NULL AND cancelled_at IS NULL RETURNING company_id, employee_id",
        )?
        .query_row(params![now, id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((company_id, employee_id)) = found else {
        return Ok(None);
    };
    let before: String =
        conn.prepare_cached("SELECT lifecycle FROM employees WHERE id = ?1")?.query_row([employee_id], |r| r.get(0))?;
    account::set_status(conn, company_id, employee_id, UserStatus::Deprovisioned)?;
    Ok(Some((company_id, employee_id, before)))
}
