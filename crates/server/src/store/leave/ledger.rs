//! The leave ledger: every change to a balance is a signed entry of a person, a type and a year. A balance
//! is their sum, plus the type's upfront grant until the yearly grant has written it (so next year can be
//! planned before the job runs), with pending requests counted against it.

use super::half_of;
use super::types::LeaveType;
use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::{Listing, StoreError, StoreResult, holidays};
use chrono::{NaiveDate, Utc};
use okta_hr_domain::calendar::{Half, LeaveSpan, WorkCalendar};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::leave::Balance;
use okta_hr_domain::leave_ledger::LeaveLedgerEntryAttributes;
use okta_hr_domain::leave_policy::{Accrual, yearly_grant};

/// The kind of resource a ledger entry is on the wire.
pub const ENTRY_KIND: &str = "leave-ledger-entries";

/// An entry to write. `period` makes it unique for its person, type, year and kind: writing it again
/// writes nothing.
#[derive(Debug, Clone)]
pub struct NewEntry {
    pub company_id: i64,
    pub employee_id: i64,
    pub leave_type_id: i64,
    pub year: i32,
    pub kind: &'static str,
    pub days: LeaveDays,
    pub period: Option<String>,
    pub leave_request_id: Option<i64>,
    pub reason: Option<String>,
    pub author_id: Option<i64>,
    pub job_run_id: Option<i64>,
}

/// Writes `entry` unless one with its key is there; answers its id when written.
pub fn record(conn: &Connection, entry: &NewEntry) -> StoreResult<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO leave_ledger (company_id, employee_id, leave_type_id, year, kind, days, period,
                 leave_request_id, reason, author_id, job_run_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT DO NOTHING RETURNING id",
        )?
        .query_row(
            params![
                entry.company_id,
                entry.employee_id,
                entry.leave_type_id,
                entry.year,
                entry.kind,
                entry.days,
                entry.period,
                entry.leave_request_id,
                entry.reason,
                entry.author_id,
                entry.job_run_id,
                Utc::now()
            ],
            |r| r.get(0),
        )
        .optional()?)
}

/// Whether the entry of this key is already written.
pub fn exists(
    conn: &Connection,
    (employee_id, leave_type_id, year): (i64, i64, i32),
    kind: &str,
    period: &str,
) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM leave_ledger WHERE employee_id = ?1 AND leave_type_id = ?2 AND year = ?3
                 AND kind = ?4 AND period = ?5)",
        )?
        .query_row(params![employee_id, leave_type_id, year, kind, period], |r| r.get(0))?)
}

/// The date someone was hired, which prorates their first year.
pub fn hired_on(conn: &Connection, employee_id: i64) -> StoreResult<Option<NaiveDate>> {
    Ok(conn
        .prepare_cached("SELECT hire_date FROM employees WHERE id = ?1")?
        .query_row([employee_id], |r| r.get::<_, Option<NaiveDate>>(0))
        .optional()?
        .flatten())
}

/// The employee's balance of one leave type in one leave year; pending requests count against it.
///
/// `entitled` is what the ledger granted, accrued, carried, lapsed or adjusted; `used` what approved
/// requests took. A pending request counts the days it was booked with, which a holiday added since does
/// not change; `calendar` (the employee's) only splits one across New Year between the years.
pub fn balance(
    conn: &Connection,
    calendar: &WorkCalendar,
    employee_id: i64,
    leave_type: &LeaveType,
    year: i32,
) -> StoreResult<Balance> {
    let (entitled, used, granted): (LeaveDays, LeaveDays, bool) = conn
        .prepare_cached(
            "SELECT COALESCE(SUM(CASE WHEN kind IN ('taken', 'reversal') THEN 0 ELSE days END), 0),
                    COALESCE(SUM(CASE WHEN kind IN ('taken', 'reversal') THEN -days ELSE 0 END), 0),
                    COUNT(CASE WHEN kind = 'grant' THEN 1 END) > 0
             FROM leave_ledger WHERE employee_id = ?1 AND leave_type_id = ?2 AND year = ?3",
        )?
        .query_row(params![employee_id, leave_type.id, year], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let policy = &leave_type.policy;
    let leave_year = calendar.leave_year_starts;
    let implied_grant = if policy.accrual == Accrual::Upfront && !granted {
        yearly_grant(policy.days_per_year, policy.prorated, hired_on(conn, employee_id)?, leave_year, year)
    } else {
        LeaveDays::ZERO
    };
    let counting = policy.counting().calendar(calendar);
    let mut pending = LeaveDays::ZERO;
    let mut statement = conn.prepare_cached(
        "SELECT start_date, start_half, end_date, end_half, days FROM leave_requests
         WHERE employee_id = ?1 AND leave_type_id = ?2 AND status = 'pending' AND start_date <= ?3 AND end_date >= ?4",
    )?;
    let (first_day, last_day) = (first_day(calendar, year), last_day(calendar, year));
    let rows = statement.query_map(params![employee_id, leave_type.id, last_day, first_day], span_and_days)?;
    for row in rows {
        let (span, booked) = row?;
        pending += counting
            .booked_days_by_year(&span, booked)
            .into_iter()
            .filter(|(y, _)| *y == year)
            .map(|(_, days)| days)
            .sum::<LeaveDays>();
    }
    Ok(Balance { entitled: entitled + implied_grant, used, pending })
}

/// A request's span and booked days from `start_date, start_half, end_date, end_half, days`.
pub fn span_and_days(r: &Row) -> crate::db::Result<(LeaveSpan, LeaveDays)> {
    let span = LeaveSpan {
        start: r.get(0)?,
        start_half: half_of(r.get(1)?, Half::Morning),
        end: r.get(2)?,
        end_half: half_of(r.get(3)?, Half::Afternoon),
    };
    Ok((span, r.get(4)?))
}

/// The first day of leave year `year` in `calendar`'s company.
pub fn first_day(calendar: &WorkCalendar, year: i32) -> NaiveDate {
    calendar.leave_year_starts.first_day(year).unwrap_or(NaiveDate::MIN)
}

/// The last day of leave year `year` in `calendar`'s company.
pub fn last_day(calendar: &WorkCalendar, year: i32) -> NaiveDate {
    calendar.leave_year_starts.last_day(year).unwrap_or(NaiveDate::MAX)
}

/// Books an approved request's days as `taken` in each leave year it falls in, as it was booked.
/// Approving a request twice cannot happen; a retried write finds the entries there and writes nothing.
pub fn record_taken(conn: &Connection, leave_type: &LeaveType, request_id: i64) -> StoreResult<()> {
    let ((span, booked), company_id, employee_id): ((LeaveSpan, LeaveDays), i64, i64) = conn
        .prepare_cached(
            "SELECT start_date, start_half, end_date, end_half, days, company_id, employee_id FROM leave_requests
             WHERE id = ?1",
        )?
        .query_row([request_id], |r| Ok((span_and_days(r)?, r.get(5)?, r.get(6)?)))?;
    let calendar = leave_type.policy.counting().calendar(&holidays::calendar_of(conn, company_id, employee_id)?);
    for (year, days) in calendar.booked_days_by_year(&span, booked) {
        record(
            conn,
            &NewEntry {
                company_id,
                employee_id,
                leave_type_id: leave_type.id,
                year,
                kind: "taken",
                days: -days,
                period: Some(format!("request:{request_id}")),
                leave_request_id: Some(request_id),
                reason: None,
                author_id: None,
                job_run_id: None,
            },
        )?;
    }
    Ok(())
}

/// Gives back the days an approved request took, when it is cancelled before it starts.
pub fn reverse_taken(conn: &Connection, request_id: i64) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO leave_ledger (company_id, employee_id, leave_type_id, year, kind, days, period, leave_request_id,
             created_at)
         SELECT company_id, employee_id, leave_type_id, year, 'reversal', -days, period, leave_request_id, ?2
         FROM leave_ledger WHERE leave_request_id = ?1 AND kind = 'taken'
         ON CONFLICT DO NOTHING",
    )?
    .execute(params![request_id, Utc::now()])?;
    Ok(())
}

/// Approved requests that have no `taken` entries: those approved before the ledger existed (or seeded
/// straight into the database). Answers `(company, request, leave type)`.
pub fn approved_without_entries(conn: &Connection) -> StoreResult<Vec<(i64, i64, i64)>> {
    Ok(conn
        .prepare_cached(
            "SELECT r.company_id, r.id, r.leave_type_id FROM leave_requests r
             WHERE r.status = 'approved'
               AND NOT EXISTS (SELECT 1 FROM leave_ledger l WHERE l.leave_request_id = r.id AND l.kind = 'taken')
             ORDER BY r.id",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

const COLUMNS: &str = "l.id, l.employee_id, e.first_name || ' ' || e.last_name, t.code, l.year, l.kind, l.days,
    l.period, l.reason, l.author_id, a.first_name || ' ' || a.last_name, l.leave_request_id, l.created_at";
const FROM: &str = "FROM leave_ledger l JOIN employees e ON e.id = l.employee_id
    JOIN leave_types t ON t.id = l.leave_type_id LEFT JOIN employees a ON a.id = l.author_id";

fn from_row(r: &Row) -> crate::db::Result<Resource<LeaveLedgerEntryAttributes>> {
    Ok(Resource::new(
        ENTRY_KIND,
        r.get::<_, i64>(0)?,
        LeaveLedgerEntryAttributes {
            employee_id: r.get::<_, i64>(1)?.to_string(),
            employee_name: r.get(2)?,
            leave_type: r.get(3)?,
            year: r.get(4)?,
            kind: r.get(5)?,
            days: r.get(6)?,
            period: r.get(7)?,
            reason: r.get(8)?,
            author_id: r.get::<_, Option<i64>>(9)?.map(|id| id.to_string()),
            author_name: r.get(10)?,
            leave_request_id: r.get::<_, Option<i64>>(11)?.map(|id| id.to_string()),
            created_at: r.get(12)?,
        },
    ))
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Resource<LeaveLedgerEntryAttributes>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} {FROM} WHERE l.id = ?1 AND l.company_id = ?2"))?
        .query_row([id, company_id], from_row)
        .optional()?
        .ok_or_else(|| StoreError::not_found("Leave ledger entry"))
}

/// Which entries to list; `None` leaves a filter out.
#[derive(Debug, Default)]
pub struct LedgerFilter {
    pub employee_id: Option<i64>,
    pub leave_type_id: Option<i64>,
    pub year: Option<i32>,
}

/// A page of the company's entries, newest first.
pub fn list(
    conn: &Connection,
    company_id: i64,
    filter: &LedgerFilter,
    page: (i64, i64),
) -> StoreResult<(Vec<Resource<LeaveLedgerEntryAttributes>>, u64)> {
    let mut listing = Listing::new("l.company_id", company_id);
    if let Some(employee) = filter.employee_id {
        listing.and("l.employee_id = ?", [employee.into()]);
    }
    if let Some(leave_type) = filter.leave_type_id {
        listing.and("l.leave_type_id = ?", [leave_type.into()]);
    }
    if let Some(year) = filter.year {
        listing.and("l.year = ?", [i64::from(year).into()]);
    }
    listing.fetch(conn, "FROM leave_ledger l", &format!("SELECT {COLUMNS} {FROM}"), "l.id DESC", page, from_row)
}

/// HR's correction of a balance: a signed number of days with its reason, written as `author`'s.
pub struct Adjustment {
    pub employee_id: i64,
    pub leave_type_id: i64,
    pub year: i32,
    pub days: LeaveDays,
    pub reason: String,
}

pub fn adjust(
    conn: &Connection,
    company_id: i64,
    author: i64,
    adjustment: Adjustment,
) -> StoreResult<Resource<LeaveLedgerEntryAttributes>> {
    let entry = NewEntry {
        company_id,
        employee_id: adjustment.employee_id,
        leave_type_id: adjustment.leave_type_id,
        year: adjustment.year,
        kind: "adjustment",
        days: adjustment.days,
        period: None,
        leave_request_id: None,
        reason: Some(adjustment.reason),
        author_id: Some(author),
        job_run_id: None,
    };
    let id = record(conn, &entry)?.ok_or_else(|| StoreError::not_found("Leave ledger entry"))?;
    get(conn, company_id, id)
}
