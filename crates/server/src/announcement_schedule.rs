//! The server publishes scheduled announcements by itself once their time has come, notifying each
//! audience as HR's own publication does, and records each publication in the company's audit trail as
//! its own (`Actor::Server`).

use crate::db::{Actor, Change, Db, Scope};
use crate::store::announcements;
use crate::store::{StoreError, StoreResult};
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
    let mut published = 0;
    for (company_id, id) in due {
        let done = db
            .write(
                Change::by(Actor::Server, "announcement.publish").within(Scope::Company(company_id)),
                move |tx| -> Result<bool, StoreError> {
                    let Some(done) = announcements::publish_if_due(tx, id, now)? else {
                        tx.unchanged();
                        return Ok(false);
                    };
                    let details = json!({
                        "before": done.before.attributes,
                        "after": done.after.attributes,
                        "notified": done.notified,
                    });
                    tx.audit_in(done.company_id, "announcement", &id.to_string(), &details)?;
                    Ok(true)
                },
            )
            .await?;
        published += usize::from(done);
    }
    Ok(published)
}
