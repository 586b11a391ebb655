//! The morning rush on one server instance and on two instances over the same SQLite file.
//!
//! `cargo bench -p okta-hr-server --bench instances` builds the 10,000-person company of the `api` bench
//! in a durable SQLite file (WAL, synchronous=FULL) and, in one run, checks in half the company through
//! one instance, then the other half through two instances on the same file, requests alternating
//! between them. Each instance is a whole server state (its own writer thread, reader pool and rate
//! limits) on its own port, as a second process behind a load balancer would be; here they share one
//! process. Reported: throughput of two instances against one, p99 and errors of each.

mod support;

use okta_hr_server::AppState;
use okta_hr_server::db::Db;
use okta_hr_server::settings::Settings;
use std::sync::Arc;
use support::{CLIENTS, EMPLOYEES, build_company, check_in, load, persisted_check_ins, serve, verdict};

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("bench.sqlite");
        let db = Db::open(&path).expect("database");
        let seeder = db.clone();
        let (_, tokens) = tokio::task::spawn_blocking(move || build_company(&seeder)).await.expect("seed");
        let tokens = Arc::new(tokens);
        let instance = |db: Db| okta_hr_server::routes::router(AppState::new(db, Settings::default()));
        let one = serve(instance(db.clone())).await;
        let other = serve(instance(Db::open(&path).expect("second instance's database"))).await;
        let half = EMPLOYEES / 2;
        println!("okta-hr-server instances: {EMPLOYEES} employees, {CLIENTS} concurrent clients, one SQLite file");

        let (url, t) = (one.clone(), tokens.clone());
        let single = load("rush, 1 instance", half, move |c, i| check_in(c, &url, &t[i], i)).await;
        single.print();
        let urls = Arc::new([one, other]);
        let t = tokens.clone();
        let pair =
            load("rush, 2 instances, one file", half, move |c, i| check_in(c, &urls[i % 2], &t[half + i], half + i))
                .await;
        pair.print();

        let persisted = persisted_check_ins(&db).await;
        println!("{:<34} {persisted} of {EMPLOYEES} check-ins persisted", "");
        println!(
            "{:<34} {:.2}x the throughput of one instance; p99 {:.1} ms vs {:.1} ms",
            "2 instances",
            pair.per_second() / single.per_second(),
            pair.percentile(0.99).as_secs_f64() * 1e3,
            single.percentile(0.99).as_secs_f64() * 1e3
        );
        let ok = single.errors == 0 && pair.errors == 0 && persisted == EMPLOYEES as i64;
        println!("every check-in answered and persisted exactly once, on either instance: {}", verdict(ok));
    });
}
