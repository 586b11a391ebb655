//! The jobs that write grants, accruals and year-ends into the leave ledger. Each first works out what it
//! would write (the preview HR reads), then writes exactly that: every entry carries a key (person, type,
//! year, kind, period) the ledger holds once, so a job run twice, or by two instances at once, writes
//! nothing the second time. Every run HR makes, and the server's runs that wrote something or were the
//! first for their period, are kept in a run log.

use super::ledger::{self, NewEntry, balance, first_day, span_and_days};
use super::types::{self, LeaveType};
use crate::db::{Connection, params};
use crate::store::{Listing, StoreError, StoreResult, holidays};
use chrono::{Datelike, NaiveDate, Utc};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::leave_ledger::{JobPeriod, LeaveJob, LeaveJobEntry, LeaveJobOutcome, LeaveJobRunAttributes};
use okta_hr_domain::leave_policy::{
    Accrual, accrual_for, carried_days_lapsing, carry_over_expiry_date, year_end, yearly_grant,
};
use okta_hr_domain::leave_year::LeaveYear;
use serde_json::{Value, json};

pub const RUN_KIND: &str = "leave-job-runs";

/// An entry a job would write.
#[derive(Debug, Clone)]
struct Planned {
    entry: NewEntry,
    employee_name: String,
    leave_type: String,
}

struct Person {
    id: i64,
    name: String,
    hired_on: Option<NaiveDate>,
}

fn people(conn: &Connection, company_id: i64) -> StoreResult<Vec<Person>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, first_name || ' ' || last_name, hire_date FROM employees
             WHERE company_id = ?1 AND status = 'active' ORDER BY id",
        )?
        .query_map([company_id], |r| Ok(Person { id: r.get(0)?, name: r.get(1)?, hired_on: r.get(2)? }))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// Refuses a period the job cannot run for yet: a month or a leave year not over (the accrual and the
/// year-end), or a grant more than a year ahead.
fn check_period(job: LeaveJob, period: JobPeriod, today: NaiveDate, leave_year: LeaveYear) -> Result<(), String> {
    let this_year = leave_year.of(today);
    let over = match period.month {
        Some(month) => (period.year, month) < (today.year(), today.month()),
        None => period.year < this_year,
    };
    match job {
        LeaveJob::MonthlyAccrual | LeaveJob::YearEnd if !over => Err("The period must have ended.".to_owned()),
        LeaveJob::YearlyGrant | LeaveJob::CarryOverExpiry if period.year > this_year + 1 => {
            Err("The period must not be more than a year ahead.".to_owned())
        }
        _ => Ok(()),
    }
}

/// What `job` would write for `period` today: the entries not yet written, each non-zero.
fn plan(
    conn: &Connection,
    company_id: i64,
    job: LeaveJob,
    period: JobPeriod,
    today: NaiveDate,
) -> StoreResult<Vec<Planned>> {
    let year = period.year;
    let leave_year = holidays::leave_year_of(conn, company_id)?;
    let mut planned = Vec::new();
    let leave_types = types::all(conn, company_id, false)?;
    for person in people(conn, company_id)? {
        let calendar = holidays::calendar_of(conn, company_id, person.id)?;
        for leave_type in &leave_types {
            let policy = &leave_type.policy;
            let mut add = |entry_year: i32, kind: &'static str, entry_period: String, days: LeaveDays| {
                let key = (person.id, leave_type.id, entry_year);
                if !days.is_zero() && !ledger::exists(conn, key, kind, &entry_period)? {
                    planned.push(Planned {
                        entry: NewEntry {
                            company_id,
                            employee_id: person.id,
                            leave_type_id: leave_type.id,
                            year: entry_year,
                            kind,
                            days,
                            period: Some(entry_period),
                            leave_request_id: None,
                            reason: None,
                            author_id: None,
                            job_run_id: None,
                        },
                        employee_name: person.name.clone(),
                        leave_type: policy.code.clone(),
                    });
                }
                StoreResult::Ok(())
            };
            match job {
                LeaveJob::YearlyGrant if policy.accrual == Accrual::Upfront => {
                    let days = yearly_grant(policy.days_per_year, policy.prorated, person.hired_on, leave_year, year);
                    add(year, "grant", year.to_string(), days)?;
                }
                LeaveJob::MonthlyAccrual if policy.accrual == Accrual::Monthly => {
                    let month = period.month.unwrap_or(12);
                    let (entry_year, days) =
                        accrual_for(policy.days_per_year, person.hired_on, leave_year, year, month);
                    add(entry_year, "accrual", period.to_string(), days)?;
                }
                LeaveJob::YearEnd => {
                    let remaining = balance(conn, &calendar, person.id, leave_type, year)?.remaining();
                    let end = year_end(remaining, policy.carry_over_cap);
                    add(year, "expiry", "year_end".to_owned(), -end.lapsed)?;
                    add(year + 1, "carry_over", "year_end".to_owned(), end.carried)?;
                }
                LeaveJob::CarryOverExpiry => {
                    let Some(cutoff) = policy
                        .carry_over_expiry_months
                        .and_then(|months| carry_over_expiry_date(leave_year, year, months))
                    else {
                        continue;
                    };
                    if cutoff > today {
                        continue;
                    }
                    let carried = carried_into(conn, person.id, leave_type.id, year)?;
                    let drawn = drawn_before(conn, &calendar, person.id, leave_type, year, cutoff)?;
                    add(year, "expiry", "carry_over_expiry".to_owned(), -carried_days_lapsing(carried, drawn))?;
                }
                _ => {}
            }
        }
    }
    Ok(planned)
}

fn carried_into(conn: &Connection, employee_id: i64, leave_type_id: i64, year: i32) -> StoreResult<LeaveDays> {
    Ok(conn
        .prepare_cached(
            "SELECT COALESCE(SUM(days), 0) FROM leave_ledger
             WHERE employee_id = ?1 AND leave_type_id = ?2 AND year = ?3 AND kind = 'carry_over'",
        )?
        .query_row(params![employee_id, leave_type_id, year], |r| r.get(0))?)
}

/// The days of leave year `year` that approved and pending requests starting before `cutoff` take:
/// leave taken first draws on the carried days.
fn drawn_before(
    conn: &Connection,
    calendar: &okta_hr_domain::calendar::WorkCalendar,
    employee_id: i64,
    leave_type: &LeaveType,
    year: i32,
    cutoff: NaiveDate,
) -> StoreResult<LeaveDays> {
    let counting = leave_type.policy.counting().calendar(calendar);
    let requests = conn
        .prepare_cached(
            "SELECT start_date, start_half, end_date, end_half, days FROM leave_requests
             WHERE employee_id = ?1 AND leave_type_id = ?2 AND status IN ('pending', 'approved')
               AND start_date < ?3 AND end_date >= ?4",
        )?
        .query_map(params![employee_id, leave_type.id, cutoff, first_day(calendar, year)], span_and_days)?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok(requests
        .into_iter()
        .flat_map(|(span, booked)| counting.booked_days_by_year(&span, booked))
        .filter(|(y, _)| *y == year)
        .map(|(_, days)| days)
        .sum())
}

fn outcome(job: LeaveJob, period: JobPeriod, applied: bool, planned: &[Planned]) -> LeaveJobOutcome {
    LeaveJobOutcome {
        job,
        period: period.to_string(),
        applied,
        entry_count: planned.len() as i64,
        entries: planned
            .iter()
            .map(|p| LeaveJobEntry {
                employee_id: p.entry.employee_id.to_string(),
                employee_name: p.employee_name.clone(),
                leave_type: p.leave_type.clone(),
                year: p.entry.year,
                kind: p.entry.kind.to_owned(),
                days: p.entry.days,
            })
            .collect(),
    }
}

/// What the job would write, nothing written.
pub fn preview(
    conn: &Connection,
    company_id: i64,
    job: LeaveJob,
    period: JobPeriod,
    today: NaiveDate,
) -> StoreResult<LeaveJobOutcome> {
    Ok(outcome(job, period, false, &plan(conn, company_id, job, period, today)?))
}

/// A run as written: what it wrote, and its run log entry (none for a run of the server's that found
/// nothing to do in a period it has already run for).
pub struct Run {
    pub outcome: LeaveJobOutcome,
    pub logged: Option<i64>,
}

impl Run {
    /// What the audit trail records of the run.
    pub fn audited(&self) -> Value {
        let days: LeaveDays = self.outcome.entries.iter().map(|e| e.days).sum();
        json!({ "before": null, "after": {
            "job": self.outcome.job, "period": self.outcome.period, "entries": self.outcome.entry_count, "days": days,
        }})
    }
}

/// Runs the job: writes what [`preview`] shows (what another run wrote meanwhile is left out), as
/// `run_by` (HR) or the server (`None`).
pub fn run(
    conn: &Connection,
    company_id: i64,
    run_by: Option<i64>,
    job: LeaveJob,
    period: JobPeriod,
    today: NaiveDate,
) -> StoreResult<Run> {
    let planned = plan(conn, company_id, job, period, today)?;
    let first_of_period: bool = conn
        .prepare_cached(
            "SELECT NOT EXISTS (SELECT 1 FROM leave_job_runs WHERE company_id = ?1 AND job = ?2 AND period = ?3)",
        )?
        .query_row(params![company_id, job.name(), period.to_string()], |r| r.get(0))?;
    if planned.is_empty() && run_by.is_none() && !first_of_period {
        return Ok(Run { outcome: outcome(job, period, true, &planned), logged: None });
    }
    let run_id: i64 = conn
        .prepare_cached(
            "INSERT INTO leave_job_runs (company_id, job, period, entries, days, run_by, ran_at)
             VALUES (?1, ?2, ?3, 0, 0, ?4, ?5) RETURNING id",
        )?
        .query_row(params![company_id, job.name(), period.to_string(), run_by, Utc::now()], |r| r.get(0))?;
    let mut written = Vec::new();
    for mut planned in planned {
        planned.entry.author_id = run_by;
        planned.entry.job_run_id = Some(run_id);
        if ledger::record(conn, &planned.entry)?.is_some() {
            written.push(planned);
        }
    }
    let days: LeaveDays = written.iter().map(|p| p.entry.days).sum();
    conn.prepare_cached("UPDATE leave_job_runs SET entries = ?1, days = ?2 WHERE id = ?3")?.execute(params![
        written.len() as i64,
        days,
        run_id
    ])?;
    Ok(Run { outcome: outcome(job, period, true, &written), logged: Some(run_id) })
}

/// The latest period `job` has run for in the company, from its run log (a period's first run is always
/// logged); `None` when it never ran.
pub fn last_logged_period(conn: &Connection, company_id: i64, job: LeaveJob) -> StoreResult<Option<JobPeriod>> {
    // Periods of one job are written alike (`2026`, or `2026-03`), so their text sorts in time order.
    let latest: Option<String> = conn
        .prepare_cached("SELECT MAX(period) FROM leave_job_runs WHERE company_id = ?1 AND job = ?2")?
        .query_row(params![company_id, job.name()], |r| r.get(0))?;
    Ok(latest.and_then(|text| job.period(&text)))
}

/// The companies, which the server runs the jobs for.
pub fn companies(conn: &Connection) -> StoreResult<Vec<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM companies ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// The run log, newest first.
pub fn runs(
    conn: &Connection,
    company_id: i64,
    page: (i64, i64),
) -> StoreResult<(Vec<Resource<LeaveJobRunAttributes>>, u64)> {
    Listing::new("r.company_id", company_id).fetch(
        conn,
        "FROM leave_job_runs r",
        "SELECT r.id, r.job, r.period, r.entries, r.days, r.run_by, e.first_name || ' ' || e.last_name, r.ran_at
         FROM leave_job_runs r LEFT JOIN employees e ON e.id = r.run_by",
        "r.id DESC",
        page,
        |r| {
            let job: String = r.get(1)?;
            Ok(Resource::new(
                RUN_KIND,
                r.get::<_, i64>(0)?,
                LeaveJobRunAttributes {
                    job: LeaveJob::parse(&job).unwrap_or(LeaveJob::YearlyGrant),
                    period: r.get(2)?,
                    entries: r.get(3)?,
                    days: r.get(4)?,
                    run_by_id: r.get::<_, Option<i64>>(5)?.map(|id| id.to_string()),
                    run_by_name: r.get(6)?,
                    ran_at: r.get(7)?,
                },
            ))
        },
    )
}

/// Refuses a run HR asks for that cannot run.
pub fn refuse_period(
    conn: &Connection,
    company_id: i64,
    job: LeaveJob,
    period: JobPeriod,
    today: NaiveDate,
) -> StoreResult<()> {
    let leave_year = holidays::leave_year_of(conn, company_id)?;
    check_period(job, period, today, leave_year).map_err(|message| StoreError::invalid("period", message))
}
