//! Randomized fault trials of the offline core against the real server: in each trial a phone asks
//! for a day off and withdraws it, and each of the two writes meets a random fault: the server is
//! down before the request or its process is killed (`SIGKILL`) during it, the answer is lost after
//! the server committed, or the app is killed mid-write and opened again. Afterwards, with the network healthy, every write the phone
//! knows of must have reached the server exactly once. The report counts lost and duplicated writes
//! (goal: 0 and 0).
//!
//! `OKTA_HR_FAULT_TRIALS` (default 1,000) and `OKTA_HR_FAULT_SEED` (default fixed) bound and replay a
//! run; a failure names the trial and the faults it met. The server's database is SQLite, or PostgreSQL
//! when `OKTA_HR_TEST_POSTGRES` names a server (the test command runs the trials on both).

use chrono::{Datelike, NaiveDate, Utc, Weekday};
use okta_hr_core::Core;
use okta_hr_core::sync::Operation;
use okta_hr_domain::calendar::LeaveSpan;
use okta_hr_server::db::Database;
use okta_hr_test_support::{Proxy, Server, serve_when_spawned};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
enum Fault {
    None,
    ServerDownBefore,
    ServerKilledDuring,
    ResponseLost,
    AppKilledDuring,
}

const FAULTS: [Fault; 5] =
    [Fault::None, Fault::ServerDownBefore, Fault::ServerKilledDuring, Fault::ResponseLost, Fault::AppKilledDuring];

#[derive(Debug, Clone)]
enum Write {
    AskForDayOff(String),
    Withdraw(String),
}

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A Monday in the next year: far enough ahead that every request may still be withdrawn.
fn day_off() -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 6, 1).expect("date");
    while day.weekday() != Weekday::Mon {
        day += chrono::Duration::days(1);
    }
    day
}

/// The phone's own entry for the open request of `day`, if it has one.
fn open_request_key(core: &Core, day: NaiveDate) -> Option<String> {
    let leaves = core.leaves().expect("leaves");
    leaves.into_iter().find(|l| l.start_date == day && l.status != "cancelled").map(|l| l.key)
}

/// What the trials act on: the server, the proxy the phone reaches it through, and the dice.
struct Rig {
    server: Server,
    proxy: Proxy,
    rng: StdRng,
    /// How long a write takes when nothing goes wrong, so a kill's moment can fall anywhere from
    /// before the request reaches the server to after it answered, on either backend.
    write_time: Duration,
}

impl Rig {
    /// Prepares `fault` that must be in place before the write starts.
    async fn before(&mut self, core: Core, fault: Fault, data: &Path) -> Core {
        match fault {
            Fault::ServerDownBefore => self.server.stop().await,
            Fault::ResponseLost => {
                // A fresh app, so the write opens the connection whose answer is lost.
                drop(core);
                self.proxy.lose_next_responses(1);
                return Core::open(data).expect("the app opens again");
            }
            _ => {}
        }
        core
    }

    /// Runs `write` on the phone under `fault`; returns the phone (opened again if it was killed) and
    /// what the phone showed: "synced" or "queued", or `None` when the app was killed before it could.
    async fn run(&mut self, core: Core, write: Write, fault: Fault, data: &Path) -> (Core, Option<String>) {
        let day = day_off();
        let started = Instant::now();
        let task = tokio::spawn(async move {
            let outcome = match write {
                Write::AskForDayOff(reason) => {
                    core.submit_leave("annual", &LeaveSpan::whole_days(day, day), Some(reason)).await
                }
                Write::Withdraw(key) => core.cancel_leave(&key).await,
            };
            let state = outcome.expect("the write is taken, online or not").state;
            (core, state)
        });
        let delay = self.write_time.mul_f64(self.rng.random_range(0.0..1.0));
        match fault {
            Fault::None | Fault::ServerDownBefore | Fault::ResponseLost => {}
            Fault::ServerKilledDuring => {
                tokio::time::sleep(delay).await;
                self.server.kill().await;
            }
            Fault::AppKilledDuring => {
                tokio::time::sleep(delay).await;
                task.abort();
            }
        }
        let (core, shown) = match task.await {
            Ok((core, state)) => {
                if matches!(fault, Fault::None) {
                    self.write_time = (self.write_time * 7 + started.elapsed()) / 8;
                }
                (core, Some(state))
            }
            Err(killed) if killed.is_cancelled() => (Core::open(data).expect("the app opens again"), None),
            Err(panicked) => std::panic::resume_unwind(panicked.into_panic()),
        };
        if matches!(fault, Fault::ServerKilledDuring | Fault::ServerDownBefore) {
            self.server.start_again().await;
        }
        self.proxy.lose_next_responses(0);
        (core, shown)
    }
}

/// Sends the queue until it is empty, as the app does once the network is back (the screens' refresh
/// that follows in the app is left out: it does not change what reached the server).
async fn drain(core: &Core, trial: u64) {
    for _ in 0..20 {
        let _ = core.send_queued().await;
        if core.status().expect("status").pending.is_empty() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("trial {trial}: the queue did not drain: {:?}", core.status().expect("status").pending);
}

/// The server's requests made for `reason`: their statuses.
fn server_statuses(server: &Server, reason: &str) -> Vec<String> {
    server
        .probe()
        .rows("SELECT status FROM leave_requests WHERE reason = ?1 ORDER BY id", [reason], |row| row.get(0))
        .expect("the leave requests")
}

#[derive(Default)]
struct Tally {
    writes_made: u64,
    lost: Vec<String>,
    duplicated: Vec<String>,
    rejected: Vec<String>,
    /// Per fault, what the phone showed for the write it met: synced, queued or killed.
    outcomes: BTreeMap<String, BTreeMap<String, u64>>,
}

impl Tally {
    /// Counts what the phone showed for a write that met `fault`, and whether the server had committed
    /// it by the time the fault was over.
    fn met(&mut self, fault: Fault, shown: &Option<String>, committed: bool) {
        let shown = shown.clone().unwrap_or_else(|| "killed".to_owned());
        let shown = if committed { format!("{shown}, committed") } else { shown };
        *self.outcomes.entry(format!("{fault:?}")).or_default().entry(shown).or_default() += 1;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_write_is_lost_or_doubled_under_killed_servers_lost_answers_and_killed_apps() {
    serve_when_spawned().await;
    let trials = env_or("OKTA_HR_FAULT_TRIALS", 1_000);
    let seed = env_or("OKTA_HR_FAULT_SEED", 20_261_204);
    let server = Server::start_in_a_process().await;
    let proxy = Proxy::start(server.addr).await;
    let dir = tempfile::tempdir().expect("data folder");
    let data = dir.path();
    let mut core = Core::open(data).expect("app");
    core.login(&proxy.url(), "employee@acme.test", "password", "fault trials").await.expect("sign in");
    let mut rig = Rig { server, proxy, rng: StdRng::seed_from_u64(seed), write_time: Duration::from_millis(5) };
    let day = day_off();
    let mut tally = Tally::default();

    for trial in 0..trials {
        let reason = format!("fault trial {seed}/{trial}");
        let faults = [0, 1].map(|_| FAULTS[rig.rng.random_range(0..FAULTS.len())]);
        let story = format!("trial {trial} ({faults:?})");
        let rejected_before = core.status().expect("status").rejected.len();

        core = rig.before(core, faults[0], data).await;
        let asked;
        (core, asked) = rig.run(core, Write::AskForDayOff(reason.clone()), faults[0], data).await;
        // A write the app was killed in the middle of counts when the app kept it.
        tally.met(faults[0], &asked, !server_statuses(&rig.server, &reason).is_empty());
        let ask_known = asked.is_some() || open_request_key(&core, day).is_some();
        drain(&core, trial).await;

        let mut withdraw_known = false;
        if let Some(key) = open_request_key(&core, day) {
            core = rig.before(core, faults[1], data).await;
            let withdrawn;
            (core, withdrawn) = rig.run(core, Write::Withdraw(key), faults[1], data).await;
            let queued = core.status().expect("status").pending;
            let cancelled = server_statuses(&rig.server, &reason).iter().any(|s| s == "cancelled");
            tally.met(faults[1], &withdrawn, cancelled);
            withdraw_known = withdrawn.is_some()
                || open_request_key(&core, day).is_none()
                || queued.iter().any(|w| matches!(w.operation, Operation::CancelLeave { .. }));
            drain(&core, trial).await;
        }

        let status = core.status().expect("status");
        tally.rejected.extend(status.rejected[rejected_before..].iter().map(|w| format!("{story}: {:?}", w.rejection)));
        let statuses = server_statuses(&rig.server, &reason);
        tally.writes_made += u64::from(ask_known) + u64::from(withdraw_known);
        if statuses.len() > 1 {
            tally.duplicated.push(format!("{story}: the request was made {} times", statuses.len()));
        }
        if ask_known && statuses.is_empty() {
            tally.lost.push(format!("{story}: the request never reached the server"));
        }
        if withdraw_known && !statuses.iter().any(|s| s == "cancelled") {
            tally.lost.push(format!("{story}: the withdrawal never reached the server ({statuses:?})"));
        }
        // The next trial asks for the same day: a request whose withdrawal was never made is withdrawn now.
        if let Some(key) = open_request_key(&core, day) {
            core.cancel_leave(&key).await.expect("withdraw");
            drain(&core, trial).await;
        }
    }

    let backend = match rig.server.database() {
        Database::Sqlite(_) => "SQLite",
        Database::Postgres(_) => "PostgreSQL",
    };
    println!(
        "fault trials on {backend} (seed {seed}): {trials} trials, {} writes made, {} lost, {} duplicated, {} refused; what the phone showed, by fault: {:?}",
        tally.writes_made,
        tally.lost.len(),
        tally.duplicated.len(),
        tally.rejected.len(),
        tally.outcomes
    );
    assert!(tally.writes_made >= trials, "most writes are made: {}", tally.writes_made);
    assert!(tally.lost.is_empty(), "lost:\n{}", tally.lost.join("\n"));
    assert!(tally.duplicated.is_empty(), "duplicated:\n{}", tally.duplicated.join("\n"));
    assert!(tally.rejected.is_empty(), "refused:\n{}", tally.rejected.join("\n"));
}
