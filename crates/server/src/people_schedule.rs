//! The server applies HR's dated people changes by itself when their day comes: a transfer or new title
//! scheduled for a day (`employee_changes`), and the end of access after someone's last working day
//! (`offboardings`), which deactivates their sign-in user and revokes their sessions. Each is recorded in
//! the company's audit trail as the server's (`Actor::Server`), each in a write of its own.

use crate::db::{Db, Scope};
use crate::scheduled::{self, Applied};
use crate::store::StoreResult;
use crate::store::people::{employment, offboarding};
use chrono::{DateTime, Utc};
use serde_json::json;
use std::time::Duration;

/// How often the server looks for changes due: a change dated today applies within this long of
/// midnight in its company's time zone, and access ends within this long of the last day's end.
pub const INTERVAL: Duration = Duration::from_secs(60);

/// Applies what is due every [`INTERVAL`], from the start, for as long as the server serves.
pub async fn run(db: Db) {
    let mut every = tokio::time::interval(INTERVAL);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match apply_due_changes(&db, Utc::now()).await {
            Ok(0) => {}
            Ok(applied) => tracing::info!(applied, "applied scheduled employee changes"),
            Err(error) => tracing::warn!(%error, "could not apply the scheduled employee changes"),
        }
        match end_access_due(&db, Utc::now()).await {
            Ok(0) => {}
            Ok(ended) => tracing::info!(ended, "ended the access of people who left"),
            Err(error) => tracing::warn!(%error, "could not end the access of people who left"),
        }
    }
}

/// Applies every scheduled change whose day has come at `now` in its company's time zone; answers how
/// many. Each applies once, even with several instances: the write applies only one not yet applied.
pub async fn apply_due_changes(db: &Db, now: DateTime<Utc>) -> StoreResult<usize> {
    let due = db.read(move |conn| employment::due(conn, now)).await?;
    scheduled::apply_each(db, "employee.change_applied", due, company, move |tx, (_, id)| {
        Ok(employment::apply_change(tx, id, now)?.map(|change| Applied {
            company_id: change.company_id,
            entity: "employee",
            entity_id: change.employee_id.to_string(),
            details: json!({
                "changes": { change.field: { "before": change.before, "after": change.after } },
                "employee_change_id": id,
            }),
        }))
    })
    .await
}

/// Ends the access of everyone whose last working day is over at `now`; answers how many.
pub async fn end_access_due(db: &Db, now: DateTime<Utc>) -> StoreResult<usize> {
    let due = db.read(move |conn| offboarding::due(conn, now)).await?;
    scheduled::apply_each(db, "employee.offboarded", due, company, move |tx, (_, id)| {
        Ok(offboarding::complete(tx, id, now)?.map(|(company_id, employee_id, before)| Applied {
            company_id,
            entity: "user",
            entity_id: employee_id.to_string(),
            details: json!({
                "status": { "before": before, "after": "DEPROVISIONED" },
                "sessions_revoked": true,
                "offboarding_id": id,
            }),
        }))
    })
    .await
}

/// The scope of an item due: its company's.
fn company(&(company_id, _): &(i64, i64)) -> Scope {
    Scope::Company(company_id)
}
