//! What the server benchmarks share: the 10,000-person company, the server on a local port, and how a
//! run of timed requests is summed up.

// Each bench binary compiles this module and uses a part of it.
#![allow(dead_code)]

use axum::Router;
use okta_hr_domain::geofence::Geofence;
use okta_hr_server::db::params;
use okta_hr_server::db::{Actor, Change, Db};
use okta_hr_server::provisioning;
use okta_hr_server::secrets::{new_token_secret, sha256_hex};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const EMPLOYEES: usize = 10_000;
pub const CLIENTS: usize = 64;
pub const HQ: Geofence = Geofence { latitude: 52.520008, longitude: 13.404954, radius_m: 100.0 };

pub struct Run {
    pub label: &'static str,
    pub elapsed: Duration,
    pub latencies: Vec<Duration>,
    pub errors: usize,
}

impl Run {
    pub fn per_second(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64()
    }

    pub fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        sorted.get(((sorted.len() as f64 * p).ceil() as usize).saturating_sub(1)).copied().unwrap_or_default()
    }

    pub fn print(&self) {
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

/// A company of `EMPLOYEES` people at a geofenced HQ, each already signed in on one device. Returns the
/// company's id and each person's bearer token, in employee-number order (`R00000` first).
pub fn build_company(db: &Db) -> (i64, Vec<String>) {
    let secrets: Vec<String> = (0..EMPLOYEES).map(|_| new_token_secret()).collect();
    let hashes: Vec<String> = secrets.iter().map(|s| sha256_hex(s)).collect();
    let (company, token_ids) = db
        .write_blocking(
            Change::routine(Actor::Server, "bench.company"),
            move |conn| -> okta_hr_server::StoreResult<_> {
                let company = provisioning::create_company(conn, "Rush Ltd", "UTC", "EUR")?;
                let hq = provisioning::create_branch(conn, company, "HQ", None, Some(HQ))?;
                let now = chrono::Utc::now();
                let mut employee = conn.prepare(
                    "INSERT INTO employees (company_id, employee_number, first_name, last_name, email, role, branch_id,
                     created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'employee', ?6, ?7) RETURNING id",
                )?;
                let mut token = conn.prepare(
                    "INSERT INTO personal_access_tokens (employee_id, name, token_hash, last_used_at, created_at)
                 VALUES (?1, 'bench', ?2, ?3, ?3) RETURNING id",
                )?;
                let mut ids = Vec::with_capacity(EMPLOYEES);
                for (n, hash) in hashes.iter().enumerate() {
                    let person: i64 = employee.query_row(
                        params![
                            company,
                            format!("R{n:05}"),
                            format!("First{n}"),
                            format!("Last{:05}", (n * 7919) % EMPLOYEES),
                            format!("person{n}@rush.test"),
                            hq,
                            now
                        ],
                        |r| r.get(0),
                    )?;
                    ids.push(token.query_row(params![person, hash, now], |r| r.get::<_, i64>(0))?);
                }
                Ok((company, ids))
            },
        )
        .expect("seed company");
    (company, token_ids.iter().zip(secrets).map(|(id, secret)| format!("{id}|{secret}")).collect())
}

/// Bearer tokens for `people`, made as a sign-in makes them; they count as used an hour from now, so that no
/// request of the bench queues a write recording their use.
pub fn tokens_for(db: &Db, people: Vec<i64>) -> HashMap<i64, String> {
    let secrets: Vec<String> = people.iter().map(|_| new_token_secret()).collect();
    let hashes: Vec<String> = secrets.iter().map(|secret| sha256_hex(secret)).collect();
    let ids = db
        .write_blocking(Change::routine(Actor::Server, "bench.tokens"), move |conn| -> okta_hr_server::db::Result<_> {
            let now = chrono::Utc::now();
            let used = now + chrono::Duration::hours(1);
            let mut insert = conn.prepare(
                "INSERT INTO personal_access_tokens (employee_id, name, token_hash, last_used_at, created_at)
                 VALUES (?1, 'bench', ?2, ?3, ?4) RETURNING id",
            )?;
            let mut ids = Vec::with_capacity(people.len());
            for (person, hash) in people.iter().zip(&hashes) {
                ids.push((*person, insert.query_row(params![person, hash, used, now], |r| r.get::<_, i64>(0))?));
            }
            Ok(ids)
        })
        .expect("tokens");
    ids.into_iter().zip(secrets).map(|((person, id), secret)| (person, format!("{id}|{secret}"))).collect()
}

/// Sends `total` requests from `CLIENTS` concurrent clients; `make(i)` builds request `i`.
pub async fn load<F>(label: &'static str, total: usize, make: F) -> Run
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

/// One employee's check-in at HQ, as the phone sends it, with the phone's idempotency key.
pub fn check_in(client: &reqwest::Client, url: &str, token: &str, key: usize) -> reqwest::RequestBuilder {
    client
        .post(format!("{url}/api/v1/me/attendance/check-in"))
        .bearer_auth(token)
        .header("Idempotency-Key", format!("rush-{key}"))
        .json(&serde_json::json!({ "latitude": HQ.latitude, "longitude": HQ.longitude, "accuracy": 8.0 }))
}

/// How many check-ins the database holds, to check that every answered one was kept.
pub async fn persisted_check_ins(db: &Db) -> i64 {
    db.read(|conn| conn.query_row("SELECT COUNT(*) FROM attendance_records", [], |r| r.get::<_, i64>(0)))
        .await
        .expect("count")
}

/// Serves `app` on a free port of 127.0.0.1 in the background; returns its base URL.
pub async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

pub fn verdict(ok: bool) -> &'static str {
    if ok { "met" } else { "NOT MET" }
}

/// A company named `name` of `people` employees at a geofenced HQ, each signed in on one device, built as
/// [`build_company`] builds its own; `tag` keeps their employee numbers and emails apart from other
/// companies' in the same database. Returns the company's id and each person's id and bearer token, in
/// employee-number order. The tokens count as used ten minutes from now, so that no request of a run
/// shorter than that queues a write recording a token's use.
pub fn build_staff(db: &Db, name: &str, tag: &str, people: usize) -> (i64, Vec<(i64, String)>) {
    let secrets: Vec<String> = (0..people).map(|_| new_token_secret()).collect();
    let hashes: Vec<String> = secrets.iter().map(|s| sha256_hex(s)).collect();
    let (name, tag) = (name.to_owned(), tag.to_owned());
    let (company, ids) = db
        .write_blocking(Change::routine(Actor::Server, "bench.staff"), move |conn| -> okta_hr_server::StoreResult<_> {
            let company = provisioning::create_company(conn, &name, "UTC", "EUR")?;
            let hq = provisioning::create_branch(conn, company, "HQ", None, Some(HQ))?;
            let now = chrono::Utc::now();
            let used = now + chrono::Duration::minutes(10);
            let mut employee = conn.prepare(
                "INSERT INTO employees (company_id, employee_number, first_name, last_name, email, role, branch_id,
                     created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'employee', ?6, ?7) RETURNING id",
            )?;
            let mut token = conn.prepare(
                "INSERT INTO personal_access_tokens (employee_id, name, token_hash, last_used_at, created_at)
                     VALUES (?1, 'bench', ?2, ?3, ?4) RETURNING id",
            )?;
            let mut ids = Vec::with_capacity(hashes.len());
            for (n, hash) in hashes.iter().enumerate() {
                let person: i64 = employee.query_row(
                    params![
                        company,
                        format!("{tag}{n:05}"),
                        format!("First{n}"),
                        format!("Last{n:05}"),
                        format!("person{n}@{tag}.test"),
                        hq,
                        now
                    ],
                    |r| r.get(0),
                )?;
                ids.push((person, token.query_row(params![person, hash, used, now], |r| r.get::<_, i64>(0))?));
            }
            Ok((company, ids))
        })
        .expect("seed staff");
    let staff = ids.into_iter().zip(secrets).map(|((person, token), secret)| (person, format!("{token}|{secret}")));
    (company, staff.collect())
}
