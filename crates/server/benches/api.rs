//! The server under a morning rush, measured against a hello-world route behind the same auth.
//!
//! `cargo bench -p okta-hr-server --bench api` builds a company of 10,000 employees in a durable
//! SQLite file (WAL, synchronous=FULL), serves the real router on 127.0.0.1:0 and, in one run:
//! (a) checks in 10,000 distinct employees from 64 concurrent clients, and
//! (b) pages through `GET /api/v1/employees?page[size]=50`,
//! each next to the same load on `GET /bench/hello`, which only authenticates.

use axum::Router;
use axum::routing::get;
use okta_hr_domain::geofence::Geofence;
use okta_hr_server::auth::{AuthUser, new_token_secret, sha256_hex};
use okta_hr_server::db::Db;
use okta_hr_server::settings::Settings;
use okta_hr_server::{AppState, admin};
use rusqlite::params;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tower_http::cors::{Any, CorsLayer};
use tower_http::trace::TraceLayer;

const EMPLOYEES: usize = 10_000;
const CLIENTS: usize = 64;
const LIST_REQUESTS: usize = 4_000;
const HQ: Geofence = Geofence { latitude: 52.520008, longitude: 13.404954, radius_m: 100.0 };

struct Run {
    label: &'static str,
    elapsed: Duration,
    latencies: Vec<Duration>,
    errors: usize,
}

impl Run {
    fn per_second(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64()
    }

    fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        sorted.get(((sorted.len() as f64 * p).ceil() as usize).saturating_sub(1)).copied().unwrap_or_default()
    }

    fn print(&self) {
        println!(
            "{:<34} {:>8} req in {:>6.2}s = {:>8.0}/s  p50 {:>6.2} ms  p99 {:>6.2} ms  errors {}",
            self.label,
            self.latencies.len(),
            self.elapsed.as_secs_f64(),
            self.per_second(),
            self.percentile(0.50).as_secs_f64() * 1e3,
            self.percentile(0.99).as_secs_f64() * 1e3,
            self.errors
        );
    }
}

/// Sends `total` requests from `CLIENTS` concurrent clients; `make(i)` builds request `i`.
async fn load<F>(label: &'static str, total: usize, make: F) -> Run
where
    F: Fn(&reqwest::Client, usize) -> reqwest::RequestBuilder + Send + Sync + 'static,
{
    let client = reqwest::Client::builder().pool_max_idle_per_host(CLIENTS).build().expect("client");
    let next = Arc::new(AtomicUsize::new(0));
    let make = Arc::new(make);
    let started = Instant::now();
    let workers: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (client, next, make) = (client.clone(), next.clone(), make.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut errors = 0;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total {
                        break;
                    }
                    let sent = Instant::now();
                    match make(&client, i).send().await {
                        Ok(response) if response.status().is_success() => {
                            let _ = response.bytes().await;
                        }
                        _ => errors += 1,
                    }
                    latencies.push(sent.elapsed());
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut run = Run { label, elapsed: Duration::ZERO, latencies: Vec::with_capacity(total), errors: 0 };
    for worker in workers {
        let (latencies, errors) = worker.await.expect("worker");
        run.latencies.extend(latencies);
        run.errors += errors;
    }
    run.elapsed = started.elapsed();
    run
}

/// A company of `EMPLOYEES` people at a geofenced HQ, each already signed in on one device.
fn build_company(db: &Db) -> Vec<String> {
    let secrets: Vec<String> = (0..EMPLOYEES).map(|_| new_token_secret()).collect();
    let hashes: Vec<String> = secrets.iter().map(|s| sha256_hex(s)).collect();
    let token_ids = db
        .write_blocking(move |conn| {
            let company = admin::create_company(conn, "Rush Ltd", "UTC", "EUR")?;
            let hq = admin::create_branch(conn, company, "HQ", None, Some(HQ))?;
            let now = chrono::Utc::now();
            let mut employee = conn.prepare(
                "INSERT INTO employees (company_id, employee_number, first_name, last_name, email, role, branch_id,
                     created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'employee', ?6, ?7)",
            )?;
            let mut token = conn.prepare(
                "INSERT INTO personal_access_tokens (employee_id, name, token_hash, last_used_at, created_at)
                 VALUES (?1, 'bench', ?2, ?3, ?3)",
            )?;
            let mut ids = Vec::with_capacity(EMPLOYEES);
            for (n, hash) in hashes.iter().enumerate() {
                employee.execute(params![
                    company,
                    format!("R{n:05}"),
                    format!("First{n}"),
                    format!("Last{:05}", (n * 7919) % EMPLOYEES),
                    format!("person{n}@rush.test"),
                    hq,
                    now
                ])?;
                token.execute(params![conn.last_insert_rowid(), hash, now])?;
                ids.push(conn.last_insert_rowid());
            }
            Ok(ids)
        })
        .expect("seed company");
    token_ids.iter().zip(secrets).map(|(id, secret)| format!("{id}|{secret}")).collect()
}

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
        let tokens = Arc::new(tokio::task::spawn_blocking(move || build_company(&seeder)).await.expect("seed"));
        let state = AppState::new(db.clone(), Settings::default());
        let hello_routes = Router::new()
            .route("/bench/hello", get(hello))
            .with_state(state.clone())
            .layer(TraceLayer::new_for_http())
            .layer(CorsLayer::new().allow_origin(Any));
        let app = okta_hr_server::routes::router(state).merge(hello_routes);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await });

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
        let rush = load("morning rush POST check-in", EMPLOYEES, move |c, i| {
            c.post(format!("{u}/api/v1/me/attendance/check-in"))
                .bearer_auth(&t[i])
                .header("Idempotency-Key", format!("rush-{i}"))
                .json(&serde_json::json!({ "latitude": HQ.latitude, "longitude": HQ.longitude, "accuracy": 8.0 }))
        })
        .await;
        rush.print();
        let persisted: i64 = db
            .read(|conn| Ok(conn.query_row("SELECT COUNT(*) FROM attendance_records", [], |r| r.get(0))?))
            .await
            .expect("count");
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

fn verdict(ok: bool) -> &'static str {
    if ok { "met" } else { "NOT MET" }
}
