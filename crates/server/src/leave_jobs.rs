//! The server runs the leave jobs by itself, so that nobody's accrual silently fails to come: each
//! company's yearly grant, last month's accrual, last year's year-end and this year's carry-over expiry,
//! for the period due today in the company's time zone, and any period missed since the last run. Each
//! run writes only what is not yet written (the ledger holds an entry once), so running often, or on
//! several instances, is safe. Runs that wrote
//! something, or were the first for their period, are in the run log HR reads and in the company's audit
//! trail as the server's (`Actor::Server`).
//!
//! At start, approved requests without `taken` entries (approved before the ledger existed, or seeded
//! into the database) are written into the ledger first, so balances read from it are what they were.

use crate::db::{Actor, Change, Db, Scope};
use crate::store::leave::{jobs, ledger, types};
use crate::store::{CompanyClock, StoreError, StoreResult, holidays};
use okta_hr_domain::leave_ledger::LeaveJob;
use std::time::Duration;

/// How often the server runs the jobs: an accrual lands within this long of its month's end.
pub const INTERVAL: Duration = Duration::from_secs(3600);
/// The first pass waits this long after a start, so a server restarted often still runs the jobs, and
/// the first minutes serve the writes phones queued during an outage.
pub const FIRST_PASS_AFTER: Duration = Duration::from_secs(600);

/// Runs the due jobs every [`INTERVAL`], the first pass [`FIRST_PASS_AFTER`] the start.
pub async fn run(db: Db) {
    let mut every = tokio::time::interval_at(tokio::time::Instant::now() + FIRST_PASS_AFTER, INTERVAL);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match run_due(&db).await {
            Ok(0) => {}
            Ok(entries) => tracing::info!(entries, "leave jobs wrote ledger entries"),
            Err(error) => tracing::warn!(%error, "could not run the leave jobs"),
        }
    }
}

/// Runs every job for its period due today in each company, and for the periods it missed since its
/// last logged run (a server down over a month's end), each company, job and period in a write of its
/// own so one failing holds back no other; answers how many entries they wrote.
pub async fn run_due(db: &Db) -> StoreResult<usize> {
    let companies = db.read(jobs::companies).await?;
    let mut written = 0;
    for company_id in companies {
        for job in [LeaveJob::YearEnd, LeaveJob::CarryOverExpiry, LeaveJob::YearlyGrant, LeaveJob::MonthlyAccrual] {
            let (today, periods) = db
                .read(move |conn| -> StoreResult<_> {
                    let today = CompanyClock::load(conn, company_id)?.today();
                    let last_run = jobs::last_logged_period(conn, company_id, job)?;
                    let leave_year = holidays::leave_year_of(conn, company_id)?;
                    Ok((today, job.periods_to_run(last_run, today, leave_year)))
                })
                .await?;
            for period in periods {
                written += db
                    .write(
                        Change::by(Actor::Server, "leave_job.run").within(Scope::LeaveBalances(company_id)),
                        move |tx| -> Result<usize, StoreError> {
                            let ran = jobs::run(tx, company_id, None, job, period, today)?;
                            match ran.logged {
                                Some(run_id) => {
                                    tx.audit_in(company_id, "leave_job_run", &run_id.to_string(), &ran.audited())?
                                }
                                None => tx.unchanged(),
                            }
                            Ok(ran.outcome.entries.len())
                        },
                    )
                    .await?;
            }
        }
    }
    Ok(written)
}

/// Writes the `taken` entries of approved requests that have none; answers how many requests it wrote.
pub async fn record_approved_leave(db: &Db) -> StoreResult<usize> {
    db.write(Change::routine(Actor::Server, "leave.ledger_backfill"), |conn| -> Result<usize, StoreError> {
        let missing = ledger::approved_without_entries(conn)?;
        for &(company_id, request_id, leave_type_id) in &missing {
            if let Some(leave_type) = types::get(conn, company_id, leave_type_id)? {
                ledger::record_taken(conn, &leave_type, request_id)?;
            }
        }
        Ok(missing.len())
    })
    .await
}
