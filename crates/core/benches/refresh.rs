//! A background refresh for HR of a 10,000-person company, the app's most expensive routine work.
//!
//! `cargo bench -p okta-hr-core --bench refresh`, in one run against a local server seeded with
//! 10,000 people: the first fill after a sign-in; a refresh that fetches the team's whole two weeks
//! again (what every refresh did before, and what one an hour still does: the baseline); and an
//! ordinary refresh, which fetches the team's last two days.

use chrono::{Duration, Utc};
use okta_hr_core::vault::Vault;
use okta_hr_core::{Core, cache};
use okta_hr_server::settings::Settings;
use okta_hr_test_support::{Scratch, Server};
use std::time::{Duration as Elapsed, Instant};

const HEADCOUNT: usize = 10_000;
const RUNS: usize = 3;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(measure());
}

async fn measure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let scratch = tokio::task::spawn_blocking(|| Scratch::seeded_with_headcount(HEADCOUNT)).await.expect("seed");
    let mut server = Server::start_on(scratch, Settings::default()).await;
    let url = server.url();

    let data_dir = dir.path().join("desktop");
    let mut core = Core::open(&data_dir).expect("core");
    core.login(&url, "hr@acme.test", "password", "bench").await.expect("login");
    let started = Instant::now();
    core.refresh_team().await.expect("first fill");
    let first_fill = started.elapsed();

    let (mut whole, mut recent) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        age_whole_window(&data_dir, &core);
        whole.push(timed(&core).await);
        recent.push(timed(&core).await);
    }
    let (whole, recent) = (median(whole), median(recent));
    println!("okta-hr-core refresh benchmark: HR of {HEADCOUNT} people, median of {RUNS}");
    println!("    first fill after sign-in                  {:>7.0} ms", first_fill.as_secs_f64() * 1e3);
    println!("    refresh with the team's whole two weeks   {:>7.0} ms (baseline)", whole.as_secs_f64() * 1e3);
    println!(
        "    refresh with the team's last two days     {:>7.0} ms = {:.0}% of the baseline",
        recent.as_secs_f64() * 1e3,
        recent.as_secs_f64() / whole.as_secs_f64() * 100.0
    );
    server.stop().await;
}

async fn timed(core: &Core) -> Elapsed {
    let started = Instant::now();
    core.refresh().await.expect("refresh");
    started.elapsed()
}

/// Makes the next refresh fetch the whole window, as it does once an hour.
fn age_whole_window(data_dir: &std::path::Path, core: &Core) {
    let status = core.status().expect("signed in");
    let path = cache::file_for(data_dir, &status.server_url, status.employee_id);
    let key = Vault::for_data_dir(data_dir).expect("vault").cache_key(&path).expect("vault").expect("key");
    cache::encryption::open_keyed(&path, &key)
        .expect("cache")
        .execute("UPDATE session SET team_window_at = ?1", [Utc::now() - Duration::hours(2)])
        .expect("age the window");
}

fn median(mut samples: Vec<Elapsed>) -> Elapsed {
    samples.sort();
    samples[samples.len() / 2]
}
