//! The background sync an app runs: queued writes go out when they are due, when the device comes
//! back online ([`Core::nudge`]) and at start-up, and the cache is refreshed now and then, without
//! waiting for the user to write anything.

use crate::Core;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

/// Runs until `shutdown` resolves.
pub async fn run(core: Arc<RwLock<Core>>, refresh_every: Duration, shutdown: impl std::future::Future<Output = ()>) {
    let (nudge, rearm) = core.read().await.wake_handles();
    let mut last_refresh: Option<Instant> = None;
    // At start-up and after a nudge everything queued is sent at once; on a timer, only what is due.
    let mut send_all = true;
    tokio::pin!(shutdown);
    loop {
        {
            let core = core.read().await;
            if core.is_signed_in() {
                let report = if send_all { core.send_queued().await } else { core.sync_due().await };
                let online = report.as_ref().is_ok_and(|r| r.stopped.is_none());
                if online && last_refresh.is_none_or(|at| at.elapsed() >= refresh_every) {
                    if let Err(error) = core.refresh().await {
                        tracing::warn!(%error, "background refresh failed");
                    }
                    last_refresh = Some(Instant::now());
                }
            }
        }
        let wait = {
            let core = core.read().await;
            core.next_due_in().ok().flatten().map_or(refresh_every, |due| due.min(refresh_every))
        };
        send_all = tokio::select! {
            () = &mut shutdown => return,
            () = tokio::time::sleep(wait.max(Duration::from_millis(50))) => false,
            () = nudge.notified() => true,
            () = rearm.notified() => false,
        };
    }
}
