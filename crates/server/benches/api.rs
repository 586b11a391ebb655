//! The server under a morning rush, measured against a hello-world route behind the same auth.
//!
//! `cargo bench -p okta-hr-server --bench api` builds a company of 10,000 employees in a durable
//! SQLite file (WAL, synchronous=FULL), serves the real router on 127.0.0.1:0 and, in one run:
//! (a) checks in 10,000 distinct employees from 64 concurrent clients, and
//! (b) pages through `GET /api/v1/employees?page[size]=50`,
//! each next to the same load on `GET /bench/hello`, which only authenticates.

mod support;

use axum::Router;
use axum::routing::get;
use okta_hr_server::AppState;
use okta_hr_server::auth::AuthUser;
use okta_hr_server::db::Db;
use okta_hr_server::settings::Settings;
use std::sync::Arc;
use std::time::Duration;
use support::{CLIENTS, EMPLOYEES, Run, build_company, check_in, load, persisted_check_ins, serve, verdict};
use tower_http::cors::{Any, CorsLayer};
use tower_http::trace::TraceLayer;

const LIST_REQUESTS: usize = 4_000;

async fn hello(_: AuthUser) -> &'static str {
    "hello"
}

fn ratio(label: &str, measured: &Run, baseline: &Run) {
    println!("{label:<34} {:.1}% of hello-world throughput", measured.per_second() / baseline.per_second() * 100.0);
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Db::open(&dir.path().join("bench.sqlite")).expect("database");
        let seeder = db.clone();
        let (_, tokens) = tokio::task::spawn_blocking(move || build_company(&seeder)).await.expect("seed");
        let tokens = Arc::new(tokens);
        let state = AppState::new(db.clone(), Settings::default());
        let hello_routes = Router::new()
            .route("/bench/hello", get(hello))
            .with_state(state.clone())
            .layer(TraceLayer::new_for_http())
            .layer(CorsLayer::new().allow_origin(Any));
        let app = okta_hr_server::router::router(state).merge(hello_routes);
        let url = serve(app).await;

        println!(
            "okta-hr-server benchmark: {EMPLOYEES} employees, {CLIENTS} concurrent clients, SQLite WAL synchronous=FULL"
        );
        let (u, t) = (url.clone(), tokens.clone());
        let hello_run = load("baseline GET /bench/hello", EMPLOYEES, move |c, i| {
            c.get(format!("{u}/bench/hello")).bearer_auth(&t[i % t.len()])
        })
        .await;
        hello_run.print();

        let (u, t) = (url.clone(), tokens.clone());
        let rush = load("morning rush POST check-in", EMPLOYEES, move |c, i| check_in(c, &u, &t[i], i)).await;
        rush.print();
        let persisted = persisted_check_ins(&db).await;
        println!("{:<34} {persisted} of {EMPLOYEES} check-ins persisted", "");
        ratio("check-in", &rush, &hello_run);

        let (u, t) = (url.clone(), tokens.clone());
        let list = load("GET /api/v1/employees?page[size]=50", LIST_REQUESTS, move |c, i| {
            c.get(format!("{u}/api/v1/employees?page[size]=50&page[number]={}", i % 200 + 1)).bearer_auth(&t[i])
        })
        .await;
        let (u, t) = (url.clone(), tokens.clone());
        let hello_again = load("baseline GET /bench/hello", LIST_REQUESTS, move |c, i| {
            c.get(format!("{u}/bench/hello")).bearer_auth(&t[i])
        })
        .await;
        // A query parameter the server ignores makes every request a distinct page: nothing is cached.
        let (u, t) = (url.clone(), tokens.clone());
        let cold = load("  same, every request uncached", LIST_REQUESTS, move |c, i| {
            c.get(format!("{u}/api/v1/employees?page[size]=50&page[number]={}&uncached={i}", i % 200 + 1))
                .bearer_auth(&t[i])
        })
        .await;
        list.print();
        cold.print();
        hello_again.print();
        ratio("employee list", &list, &hello_again);
        ratio("employee list, uncached", &cold, &hello_again);

        let rush_ok = rush.per_second() >= 3_000.0
            && rush.percentile(0.99) <= Duration::from_millis(25)
            && rush.errors == 0
            && persisted == EMPLOYEES as i64;
        let list_ok = list.errors == 0 && list.per_second() >= 0.4 * hello_again.per_second();
        println!("targets: check-ins >= 3000/s, p99 <= 25 ms, 0 errors, all persisted: {}", verdict(rush_ok));
        println!("targets: employee list >= 40% of hello-world: {}", verdict(list_ok));
    });
}
