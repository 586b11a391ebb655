//! The server publishes scheduled announcements by itself once their time has come, notifying each
//! audience as HR's own publication does, and records each publication in the company's audit trail as
//! its own (`Actor::Server`).

use crate::db::{Db, Scope};
use crate::scheduled::{self, Applied};
use crate::store::StoreResult;
use crate::store::announcements;
use chrono::{DateTime, Utc};
use serde_json::json;
use std::time::Duration;

/// How often the server looks for announcements due: a scheduled one goes out within this long of its
/// time.
pub const INTERVAL: Duration = Duration::from_secs(30);

/// Publishes what is due every [`INTERVAL`], from the start, for as long as the server serves.
pub async fn run(db: Db) {
    let mut every = tokio::time::interval(INTERVAL);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match publish_due(&db, Utc::now()).await {
            Ok(0) => {}
            Ok(published) => tracing::info!(published, "published scheduled announcements"),
            Err(error) => tracing::warn!(%error, "could not publish the scheduled announcements"),
        }
    }
}

/// Publishes every scheduled announcement due at `now`, each in a write of its own so one that fails
/// holds back no other; answers how many it published. Running it again, or on several instances at
/// once, publishes and notifies each announcement once: the write publishes only one still unpublished.
pub async fn publish_due(db: &Db, now: DateTime<Utc>) -> StoreResult<usize> {
    let due = db.read(move |conn| announcements::due(conn, now)).await?;
    let company = |&(company_id, _): &(i64, i64)| Scope::Company(company_id);
    scheduled::apply_each(db, "announcement.publish", due, company, move |tx, (_, id)| {
        Ok(announcements::publish_if_due(tx, id, now)?.map(|done| Applied {
            company_id: done.company_id,
            entity: "announcement",
            entity_id: id.to_string(),
            details: json!({ "before": done.before.attributes, "after": done.after.attributes, "notified": done.notified }),
        }))
    })
    .await
}
