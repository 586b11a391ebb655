//! Leave balances read from the leave ledger, measured against a hello-world route behind the same auth
//! (issue 18).
//!
//! `cargo bench -p okta-hr-server --bench leave_balances` builds two companies of `PEOPLE` people each in a
//! durable SQLite file (WAL, synchronous=FULL), with the two leave types every company starts with, serves
//! the real router on 127.0.0.1:0 and, in one run, sends from 64 concurrent clients:
//! (a) `GET /bench/hello`, which only authenticates;
//! (b) `GET /api/v1/me/leave-balances` as people whose ledger holds what the migration to the ledger made of
//!     the data the read summed before: a `grant` per leave type and year, a `taken` per approved request,
//!     and a pending request;
//! (c) the same read as people with a long ledger, in a company whose two types accrue monthly: five years
//!     of monthly `accrual`s per type, each year-end's `expiry` and `carry_over`, the carried days lapsing,
//!     a dozen `adjustment`s, thirty `taken`/`reversal` entries of their requests, and three pending
//!     requests (one across New Year).
//! Each round runs (a), (b) and (c) in turn and prints its ratios; the summary is each line's best of
//! `ROUNDS` rounds with its ratios, and the median of the rounds' ratios.

mod support;

use axum::Router;
use axum::routing::get;
use chrono::{Datelike, NaiveDate, Utc};
use okta_hr_domain::days::LeaveDays;
use okta_hr_server::AppState;
use okta_hr_server::auth::AuthUser;
use okta_hr_server::db::{Actor, Change, Connection, Db, params};
use okta_hr_server::settings::Settings;
use std::sync::Arc;
use support::{CLIENTS, Run, build_staff, load, serve};
use tower_http::cors::{Any, CorsLayer};
use tower_http::trace::TraceLayer;

/// People in each of the two companies.
const PEOPLE: usize = 2_000;
/// Requests of each line in each round.
const REQUESTS: usize = 30_000;
const ROUNDS: usize = 5;
/// The first of the five leave years a long ledger covers is this many years before the current one.
const HISTORY: i32 = 4;

async fn hello(_: AuthUser) -> &'static str {
    "hello"
}

/// A leave request as the seed writes it.
struct Request {
    person: i64,
    leave_type: i64,
    start: NaiveDate,
    end: NaiveDate,
    days: LeaveDays,
    status: &'static str,
}

/// A ledger entry as the seed writes it.
struct Entry {
    person: i64,
    leave_type: i64,
    year: i32,
    kind: &'static str,
    days: LeaveDays,
    period: Option<String>,
    request: Option<i64>,
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("date")
}

fn request(conn: &Connection, company: i64, request: &Request) -> okta_hr_server::db::Result<i64> {
    let now = Utc::now();
    let decided = (request.status != "pending").then_some(now);
    conn.prepare_cached(
        "INSERT INTO leave_requests (company_id, employee_id, leave_type_id, start_date, end_date, days, status,
             submitted_at, decided_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
    )?
    .query_row(
        params![
            company,
            request.person,
            request.leave_type,
            request.start,
            request.end,
            request.days,
            request.status,
            now,
            decided
        ],
        |r| r.get(0),
    )
}

fn entry(conn: &Connection, company: i64, entry: Entry, reason: Option<&str>) -> okta_hr_server::db::Result<()> {
    conn.prepare_cached(
        "INSERT INTO leave_ledger (company_id, employee_id, leave_type_id, year, kind, days, period,
             leave_request_id, reason, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        company,
        entry.person,
        entry.leave_type,
        entry.year,
        entry.kind,
        entry.days,
        entry.period,
        entry.request,
        reason,
        Utc::now()
    ])?;
    Ok(())
}

/// A request with its `taken` entry, and its `reversal` if it was cancelled after it was approved.
fn booked(conn: &Connection, company: i64, booked: Request) -> okta_hr_server::db::Result<()> {
    let (person, leave_type, year, days, cancelled) =
        (booked.person, booked.leave_type, booked.start.year(), booked.days, booked.status == "cancelled");
    let id = request(conn, company, &booked)?;
    let mut kinds = vec![("taken", -days)];
    if cancelled {
        kinds.push(("reversal", days));
    }
    for (kind, days) in kinds {
        let period = Some(format!("request:{id}"));
        entry(conn, company, Entry { person, leave_type, year, kind, days, period, request: Some(id) }, None)?;
    }
    Ok(())
}

/// The company's leave types as (id, days a year), annual leave first.
fn leave_types(conn: &Connection, company: i64) -> okta_hr_server::db::Result<Vec<(i64, i64)>> {
    conn.prepare("SELECT id, days_per_year FROM leave_types WHERE company_id = ?1 ORDER BY code")?
        .query_map([company], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// What the migration to the ledger wrote for a person: each year's allowance as a `grant` per type, a
/// `taken` per approved request (one annual leave a year, a sick day this year); and a pending request.
fn seed_migrated(conn: &Connection, company: i64, people: &[i64], today: NaiveDate) -> okta_hr_server::db::Result<()> {
    let year = today.year();
    let types = leave_types(conn, company)?;
    let (annual, sick) = (types[0].0, types[1].0);
    for &person in people {
        for y in year - HISTORY..=year {
            for &(leave_type, days) in &types {
                let grant = Entry {
                    person,
                    leave_type,
                    year: y,
                    kind: "grant",
                    days: LeaveDays::whole(days),
                    period: Some(y.to_string()),
                    request: None,
                };
                entry(conn, company, grant, Some("Allowance set before the leave ledger"))?;
            }
            let (start, end, days) = (date(y, 3, 10), date(y, 3, 11), LeaveDays::whole(2));
            booked(conn, company, Request { person, leave_type: annual, start, end, days, status: "approved" })?;
        }
        let (start, days) = (date(year, 2, 3), LeaveDays::whole(1));
        booked(conn, company, Request { person, leave_type: sick, start, end: start, days, status: "approved" })?;
        let (start, end, days) = (date(year, 12, 14), date(year, 12, 15), LeaveDays::whole(2));
        request(conn, company, &Request { person, leave_type: annual, start, end, days, status: "pending" })?;
    }
    Ok(())
}

/// A long ledger per person over five leave years of types that accrue monthly, carry up to 5 days over
/// and let carried days lapse after 3 months.
fn seed_long(conn: &Connection, company: i64, people: &[i64], today: NaiveDate) -> okta_hr_server::db::Result<()> {
    let year = today.year();
    conn.execute(
        "UPDATE leave_types SET accrual = 'monthly', carry_over_cap = 5, carry_over_expiry_months = 3
         WHERE company_id = ?1",
        [company],
    )?;
    let types = leave_types(conn, company)?;
    let (annual, sick) = (types[0].0, types[1].0);
    // Per type: the monthly accrual, what lapses and what is carried at a year-end, and the carried days
    // lapsing three months in, in half days.
    let amounts = [(annual, 3, -6, 10, -4), (sick, 1, -2, 2, -2)];
    for &person in people {
        let write = |leave_type: i64, year: i32, kind: &'static str, halves: i64, period: Option<String>| {
            let days = LeaveDays::from_halves(halves);
            entry(conn, company, Entry { person, leave_type, year, kind, days, period, request: None }, None)
        };
        for (leave_type, accrual, lapsed, carried, carried_lapsing) in amounts {
            for y in year - HISTORY..=year {
                // A month's accrual is written once the month is over.
                for month in (1..=12).filter(|&m| y < year || m < today.month()) {
                    write(leave_type, y, "accrual", accrual, Some(format!("{y}-{month:02}")))?;
                }
                if y < year {
                    write(leave_type, y, "expiry", lapsed, Some("year_end".to_owned()))?;
                    write(leave_type, y + 1, "carry_over", carried, Some("year_end".to_owned()))?;
                }
                if y > year - HISTORY && (y < year || today.month() > 3) {
                    write(leave_type, y, "expiry", carried_lapsing, Some("carry_over_expiry".to_owned()))?;
                }
            }
        }
        for k in 0..12 {
            let (y, leave_type) = (year - HISTORY + k % 5, if k % 2 == 0 { annual } else { sick });
            let days = LeaveDays::whole(if k % 3 == 0 { -1 } else { 1 });
            let adjustment =
                Entry { person, leave_type, year: y, kind: "adjustment", days, period: None, request: None };
            entry(conn, company, adjustment, Some("Corrected by HR"))?;
        }
        // 24 approved requests and 3 cancelled after approval: 30 `taken` and `reversal` entries.
        for k in 0..27u32 {
            let y = year - HISTORY + (k % 5) as i32;
            let leave_type = if k % 3 == 2 { sick } else { annual };
            let start = date(y, k % 9 + 1, 5 + (k % 3) * 7);
            let status = if k < 24 { "approved" } else { "cancelled" };
            let end = start.succ_opt().expect("date");
            booked(conn, company, Request { person, leave_type, start, end, days: LeaveDays::whole(2), status })?;
        }
        for (start, end, days) in [
            (date(year, 12, 14), date(year, 12, 15), 2),
            (date(year, 12, 21), date(year, 12, 22), 2),
            (date(year, 12, 28), date(year + 1, 1, 5), 7),
        ] {
            let days = LeaveDays::whole(days);
            request(conn, company, &Request { person, leave_type: annual, start, end, days, status: "pending" })?;
        }
    }
    Ok(())
}

/// Builds a company of `PEOPLE` and writes their ledger with `seed`; answers their bearer tokens.
async fn company(
    db: &Db,
    name: &'static str,
    tag: &'static str,
    seed: fn(&Connection, i64, &[i64], NaiveDate) -> okta_hr_server::db::Result<()>,
) -> Vec<String> {
    let db = db.clone();
    tokio::task::spawn_blocking(move || {
        let (company, staff) = build_staff(&db, name, tag, PEOPLE);
        let (people, tokens): (Vec<i64>, Vec<String>) = staff.into_iter().unzip();
        let today = Utc::now().date_naive();
        db.write_blocking(Change::routine(Actor::Server, "bench.leave_ledger"), move |tx| {
            seed(tx, company, &people, today)
        })
        .expect("seed ledger");
        tokens
    })
    .await
    .expect("seed")
}

/// What the first person's balances read, to show that the read answers what the seed wrote.
async fn show(url: &str, label: &str, token: &str) {
    let body: serde_json::Value = reqwest::Client::new()
        .get(format!("{url}/api/v1/me/leave-balances"))
        .bearer_auth(token)
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .expect("balances")
        .json()
        .await
        .expect("balances as JSON");
    for balance in body["data"].as_array().expect("data") {
        let a = &balance["attributes"];
        println!(
            "  {label}: {} {}: entitled {}, used {}, pending {}, remaining {}",
            a["leave_type"], a["year"], a["entitled"], a["used"], a["pending"], a["remaining"]
        );
    }
}

fn best(runs: &[Run]) -> &Run {
    runs.iter().max_by(|x, y| x.per_second().total_cmp(&y.per_second())).expect("a run")
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Db::open(&dir.path().join("bench.sqlite")).expect("database");
        let seeding = std::time::Instant::now();
        let migrated = Arc::new(company(&db, "Migrated Ltd", "m", seed_migrated).await);
        let long = Arc::new(company(&db, "Long Ledger Ltd", "l", seed_long).await);
        let rows: i64 =
            db.read(|conn| conn.query_row("SELECT COUNT(*) FROM leave_ledger", [], |r| r.get(0))).await.expect("count");
        let state = AppState::new(db.clone(), Settings::default());
        let hello_routes = Router::new()
            .route("/bench/hello", get(hello))
            .with_state(state.clone())
            .layer(TraceLayer::new_for_http())
            .layer(CorsLayer::new().allow_origin(Any));
        let app = okta_hr_server::router::router(state).merge(hello_routes);
        let url = serve(app).await;

        println!(
            "okta-hr-server leave balances: 2 x {PEOPLE} people, {rows} ledger entries (seeded in {:.1}s), \
             {CLIENTS} concurrent clients, SQLite WAL synchronous=FULL",
            seeding.elapsed().as_secs_f64()
        );
        show(&url, "(b)", &migrated[0]).await;
        show(&url, "(c)", &long[0]).await;

        let ratio = |x: &Run, y: &Run| x.per_second() / y.per_second();
        let (mut hello_runs, mut migrated_runs, mut long_runs) = (Vec::new(), Vec::new(), Vec::new());
        for round in 1..=ROUNDS {
            println!("round {round} of {ROUNDS}");
            let (u, m, l) = (url.clone(), migrated.clone(), long.clone());
            let run = load("(a) GET /bench/hello", REQUESTS, move |c, i| {
                let token = if i % 2 == 0 { &m[i / 2 % m.len()] } else { &l[i / 2 % l.len()] };
                c.get(format!("{u}/bench/hello")).bearer_auth(token)
            })
            .await;
            run.print();
            hello_runs.push(run);
            let (u, m) = (url.clone(), migrated.clone());
            let run = load("(b) balances, migrated ledger", REQUESTS, move |c, i| {
                c.get(format!("{u}/api/v1/me/leave-balances")).bearer_auth(&m[i % m.len()])
            })
            .await;
            run.print();
            migrated_runs.push(run);
            let (u, l) = (url.clone(), long.clone());
            let run = load("(c) balances, long ledger", REQUESTS, move |c, i| {
                c.get(format!("{u}/api/v1/me/leave-balances")).bearer_auth(&l[i % l.len()])
            })
            .await;
            run.print();
            long_runs.push(run);
            let i = round - 1;
            let (a, b, c) = (&hello_runs[i], &migrated_runs[i], &long_runs[i]);
            println!("{:<34} (b)/(a) {:.3}   (c)/(a) {:.3}   (c)/(b) {:.3}", "", ratio(b, a), ratio(c, a), ratio(c, b));
        }

        let (a, b, c) = (best(&hello_runs), best(&migrated_runs), best(&long_runs));
        println!("best of {ROUNDS} rounds:");
        for run in [a, b, c] {
            run.print();
        }
        println!("{:<34} (b)/(a) {:.3}   (c)/(a) {:.3}   (c)/(b) {:.3}", "", ratio(b, a), ratio(c, a), ratio(c, b));
        let median = |x: &[Run], y: &[Run]| {
            let mut ratios: Vec<f64> = x.iter().zip(y).map(|(x, y)| ratio(x, y)).collect();
            ratios.sort_by(f64::total_cmp);
            ratios[ratios.len() / 2]
        };
        println!(
            "{:<34} (b)/(a) {:.3}   (c)/(a) {:.3}   (c)/(b) {:.3}",
            "median of the rounds' ratios:",
            median(&migrated_runs, &hello_runs),
            median(&long_runs, &hello_runs),
            median(&long_runs, &migrated_runs)
        );
        let errors: usize =
            [&hello_runs, &migrated_runs, &long_runs].iter().flat_map(|r| r.iter()).map(|r| r.errors).sum();
        println!("errors: {errors}");
    });
}
