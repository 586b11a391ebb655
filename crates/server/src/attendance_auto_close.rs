//! The server closes punches nobody checked out of, by itself: a check-in left open past the end of the
//! person's shift and the shift's wait (or, without a shift, past the end of its day) is closed at the
//! shift's end, marked `auto_closed`, its owner notified, and the change recorded in the company's audit
//! trail as the server's (`Actor::Server`). The rule is the domain's
//! ([`okta_hr_domain::shifts::auto_close`]).

use crate::db::{Db, Scope};
use crate::scheduled::{self, Applied};
use crate::store::StoreResult;
use crate::store::corrections::auto_close::{self, Forgotten};
use chrono::{DateTime, Utc};
use std::time::Duration;

/// How often the server looks for forgotten punches: one is closed within this long of becoming due.
pub const INTERVAL: Duration = Duration::from_secs(300);

/// Closes what is due every [`INTERVAL`], for as long as the server serves. The first pass waits one
/// interval: a server coming back from an outage first hears the check-outs phones queued meanwhile, which
/// a close made at once would refuse.
pub async fn run(db: Db) {
    let mut every = tokio::time::interval_at(tokio::time::Instant::now() + INTERVAL, INTERVAL);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match close_forgotten(&db, Utc::now()).await {
            Ok(0) => {}
            Ok(closed) => tracing::info!(closed, "closed forgotten punches"),
            Err(error) => tracing::warn!(%error, "could not close the forgotten punches"),
        }
    }
}

/// Closes every punch forgotten at `now`, each in a write of its own so that one failing holds back no
/// other; answers how many it closed. Running it again, or on several instances at once, closes and
/// notifies each punch once: the write closes only a punch still open.
pub async fn close_forgotten(db: &Db, now: DateTime<Utc>) -> StoreResult<usize> {
    let overdue = db.read(move |conn| auto_close::overdue(conn, now)).await?;
    let owner =
        |forgotten: &Forgotten| Scope::Person { company_id: forgotten.company_id, employee_id: forgotten.employee_id };
    scheduled::apply_each(db, "attendance.auto_close", overdue, owner, |tx, forgotten| {
        Ok(auto_close::close(tx, &forgotten)?.map(|details| Applied {
            company_id: forgotten.company_id,
            entity: "attendance_record",
            entity_id: forgotten.record_id.to_string(),
            details,
        }))
    })
    .await
}
