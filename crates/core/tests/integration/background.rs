//! Queued writes go out by themselves: nobody has to tap "sync" or write something else.

use crate::common;

use common::{HQ, Server, open_cache, until_drained};
use okta_hr_core::Core;
use okta_hr_domain::geofence::Fix;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::RwLock;

/// The background sync running on a shared core, until `stop`.
struct Background {
    stop: tokio::sync::oneshot::Sender<()>,
    handle: tokio::task::JoinHandle<()>,
}

impl Background {
    fn start(core: &Arc<RwLock<Core>>, refresh_every: Duration) -> Background {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let handle = tokio::spawn(okta_hr_core::background::run(core.clone(), refresh_every, async {
            let _ = stopped.await;
        }));
        Background { stop, handle }
    }

    async fn stop(self) {
        let _ = self.stop.send(());
        self.handle.await.unwrap();
    }
}

async fn signed_in_employee(server: &Server, dir: &std::path::Path) -> Core {
    let mut core = Core::open(dir).unwrap();
    core.login(&server.url(), "employee@acme.test", "password", "phone").await.unwrap();
    core
}

const AT_HQ: Option<Fix> = Some(Fix { latitude: HQ.0, longitude: HQ.1, accuracy_m: None });

#[tokio::test]
async fn a_queued_check_in_is_delivered_by_the_background_sync_when_the_server_returns() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in_employee(&server, dir.path()).await;
    let me = server.employee_id("employee@acme.test");
    server.stop().await;
    assert_eq!(core.check_in(AT_HQ, false).await.unwrap().state, "queued");
    let mut changes = core.subscribe();

    server.start_again().await;
    let core = Arc::new(RwLock::new(core));
    let background = Background::start(&core, Duration::from_secs(60));

    assert!(until_drained(&mut changes, 10).await, "the background sync did not deliver the check-in");
    assert_eq!(server.check_ins_today(me), 1);
    assert!(core.read().await.status().unwrap().pending.is_empty());
    background.stop().await;
}

#[tokio::test]
async fn a_write_queued_while_the_background_sync_sleeps_is_retried_on_its_own_timer() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in_employee(&server, dir.path()).await;
    let me = server.employee_id("employee@acme.test");
    let core = Arc::new(RwLock::new(core));
    // With nothing queued, the loop would sleep for the whole refresh interval.
    let background = Background::start(&core, Duration::from_secs(600));
    tokio::time::sleep(Duration::from_millis(200)).await;

    server.stop().await;
    let mut changes = core.read().await.subscribe();
    assert_eq!(core.read().await.check_in(AT_HQ, false).await.unwrap().state, "queued");
    server.start_again().await;

    assert!(until_drained(&mut changes, 10).await, "the retry timer of the new write was not armed");
    assert_eq!(server.check_ins_today(me), 1);
    background.stop().await;
}

#[tokio::test]
async fn a_nudge_on_reconnect_sends_at_once_even_during_a_long_backoff() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in_employee(&server, dir.path()).await;
    let me = server.employee_id("employee@acme.test");
    let core = Arc::new(RwLock::new(core));
    let background = Background::start(&core, Duration::from_secs(600));

    server.stop().await;
    assert_eq!(core.read().await.check_in(AT_HQ, false).await.unwrap().state, "queued");
    // As if the device had already failed many times: the next timed attempt is far away.
    open_cache(dir.path())
        .execute("UPDATE outbox SET next_attempt_at = datetime('now', '+1 hour') WHERE state = 'pending'", [])
        .unwrap();

    server.start_again().await;
    let mut changes = core.read().await.subscribe();
    core.read().await.nudge();
    assert!(until_drained(&mut changes, 5).await, "the nudge did not send the queued check-in");
    assert_eq!(server.check_ins_today(me), 1);
    background.stop().await;
}
