//! The morning rush through `okta-hr-server` processes: one instance on SQLite against two instances on
//! one PostgreSQL database, in the same run.
//!
//! `cargo bench -p okta-hr-server --bench instances` (or `bash bench/instances.sh`, which starts a
//! PostgreSQL of its own) builds the `api` bench's 10,000-person company once per database and, for
//! each, checks in half the company through one server process and the other half through two server
//! processes on the same database, requests alternating between them, as a load balancer would. The
//! PostgreSQL rows need `OKTA_HR_TEST_POSTGRES` (a server on which the bench may create a database);
//! without it only SQLite is measured. Then, on PostgreSQL: four companies check in at once through two
//! instances; and the demo's Acme grown to 10,001 people checks in through two instances, a quarter of
//! the bench's company with nothing else going on, then as many again while HR computes a payroll run of
//! 10,000 lines and, during it, publishes an announcement (a company-wide write, which waits for the
//! run). Reported: throughput, p50/p99 and errors of each run, PostgreSQL's two instances against its
//! one and against SQLite's one, four companies against one, the rush during the run against the rush
//! without, and the two instances against `pgbench -N` on the same cluster when `bench/instances.sh`
//! measured it.
mod support;

use okta_hr_server::db::{Database, Db};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{
    CLIENTS, EMPLOYEES, Run, build_company, build_staff, check_in, load, persisted_check_ins, tokens_for, verdict,
};

/// A server process on a free port of 127.0.0.1, killed when dropped.
struct Instance {
    child: Child,
    url: String,
}

impl Instance {
    async fn start(database: &Database) -> Instance {
        let port = std::net::TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
        let child = Command::new(env!("CARGO_BIN_EXE_okta-hr-server"))
            .args(["--database", &database.url(), "serve", "--bind", &format!("127.0.0.1:{port}")])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("start okta-hr-server");
        let instance = Instance { child, url: format!("http://127.0.0.1:{port}") };
        let deadline = Instant::now() + Duration::from_secs(60);
        while reqwest::get(format!("{}/up", instance.url)).await.is_err() {
            assert!(Instant::now() < deadline, "the server did not come up");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        instance
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Rush {
    one: Run,
    two: Run,
    persisted: i64,
}

/// Half the company checks in through one instance, the other half through two; `labels` name the runs.
async fn rush(database: Database, labels: [&'static str; 2]) -> Rush {
    let seeded = database.clone();
    let (db, tokens) = tokio::task::spawn_blocking(move || {
        let db = Db::connect(&seeded).expect("database");
        let (_, tokens) = build_company(&db);
        (db, tokens)
    })
    .await
    .expect("seed");
    let tokens = Arc::new(tokens);
    let (first, second) = (Instance::start(&database).await, Instance::start(&database).await);
    let half = EMPLOYEES / 2;

    let (url, t) = (first.url.clone(), tokens.clone());
    let one = load(labels[0], half, move |c, i| check_in(c, &url, &t[i], i)).await;
    one.print();
    let urls = Arc::new([first.url.clone(), second.url.clone()]);
    let two = load(labels[1], half, move |c, i| check_in(c, &urls[i % 2], &tokens[half + i], half + i)).await;
    two.print();
    let persisted = persisted_check_ins(&db).await;
    println!("{:<34} {persisted} of {EMPLOYEES} check-ins persisted", "");
    Rush { one, two, persisted }
}

/// Four companies of a quarter of the half-company each check in at once through two instances, requests
/// interleaved by company: together as many check-ins as one company's two-instance run.
async fn four_companies(database: Database) -> Run {
    let seeded = database.clone();
    let tokens = tokio::task::spawn_blocking(move || {
        let db = Db::connect(&seeded).expect("database");
        let quarter = EMPLOYEES / 8;
        let staffs: Vec<Vec<String>> = ["north", "south", "east", "west"]
            .iter()
            .map(|tag| build_staff(&db, &format!("{tag} Ltd"), tag, quarter).1.into_iter().map(|(_, t)| t).collect())
            .collect();
        // Company by company in turn: request i belongs to company i % 4.
        (0..quarter).flat_map(|n| staffs.iter().map(move |staff| staff[n].clone())).collect::<Vec<_>>()
    })
    .await
    .expect("seed");
    let tokens = Arc::new(tokens);
    let (first, second) = (Instance::start(&database).await, Instance::start(&database).await);
    let urls = Arc::new([first.url.clone(), second.url.clone()]);
    let total = tokens.len();
    let run = load("PostgreSQL, 4 companies, 2 instances", total, move |c, i| {
        check_in(c, &urls[(i / 4) % 2], &tokens[i], EMPLOYEES + i)
    })
    .await;
    run.print();
    run
}

/// The check-ins measured beside a payroll run, and the run itself.
struct PayrollRush {
    quiet: Run,
    during: Run,
    run_seconds: f64,
    /// Whether every check-in of `during` was answered before the run was.
    inside_the_run: bool,
    /// What HR's company-wide write, queued behind the run, was answered.
    hr_write: reqwest::StatusCode,
}

/// The demo's Acme grown to 10,001 people (everyone paid), of whom those at HQ not at work yet check in
/// through two instances: a quarter of the bench's company with no other write going on, then as many
/// others while HR computes a payroll run of 10,000 lines and, while it runs, publishes an announcement
/// (a company-wide write, which waits for the run).
async fn rush_during_payroll_run(database: Database) -> PayrollRush {
    let seeded = database.clone();
    let (hr, tokens) = tokio::task::spawn_blocking(move || {
        let db = Db::connect(&seeded).expect("database");
        okta_hr_server::demo::seed_with_headcount(&db, EMPLOYEES + 1).expect("the demo grown to 10,001");
        let (hr, at_hq): (i64, Vec<i64>) = db
            .direct(|conn| -> okta_hr_server::db::Result<_> {
                let hr = conn.query_row("SELECT id FROM employees WHERE email = 'hr@acme.test'", [], |r| r.get(0))?;
                let at_hq = conn
                    .prepare(
                        "SELECT e.id FROM employees e JOIN branches b ON b.id = e.branch_id
                         WHERE b.name = 'HQ' AND e.status = 'active' AND e.id <> ?1
                           AND NOT EXISTS (SELECT 1 FROM attendance_records a
                                           WHERE a.employee_id = e.id AND a.check_out_at IS NULL)
                         ORDER BY e.id LIMIT ?2",
                    )?
                    .query_map(okta_hr_server::db::params![hr, (EMPLOYEES / 2) as i64], |r| r.get(0))?
                    .collect::<okta_hr_server::db::Result<_>>()?;
                Ok((hr, at_hq))
            })
            .expect("the people at HQ");
        let mut tokens = tokens_for(&db, at_hq.iter().copied().chain([hr]).collect());
        let hr_token = tokens.remove(&hr).expect("HR's token");
        (hr_token, at_hq.iter().map(|person| tokens[person].clone()).collect::<Vec<_>>())
    })
    .await
    .expect("seed");
    let tokens = Arc::new(tokens);
    let (first, second) = (Instance::start(&database).await, Instance::start(&database).await);
    let urls = Arc::new([first.url.clone(), second.url.clone()]);
    let quarter = EMPLOYEES / 4;
    assert!(tokens.len() >= 2 * quarter, "{} people at HQ, {} needed", tokens.len(), 2 * quarter);
    let key = 3 * EMPLOYEES;

    let (u, t) = (urls.clone(), tokens.clone());
    let quiet =
        load("PostgreSQL, Acme, no payroll run", quarter, move |c, i| check_in(c, &u[i % 2], &t[i], key + i)).await;
    quiet.print();

    let client = reqwest::Client::new();
    let month = (chrono::Utc::now().date_naive() + chrono::Months::new(1)).format("%Y-%m").to_string();
    let run_started = Instant::now();
    let payroll_run = {
        let request = client
            .post(format!("{}/api/v1/payroll-runs", first.url))
            .bearer_auth(&hr)
            .json(&serde_json::json!({ "period": month }));
        tokio::spawn(async move {
            let response = request.send().await.expect("the payroll run");
            assert!(response.status().is_success(), "payroll run: {}", response.text().await.unwrap_or_default());
            Instant::now()
        })
    };
    // The run computes 10,000 lines for seconds in its write; HR's next write is sent while it does, and
    // the rush goes on meanwhile.
    let hr_write = {
        let request = client
            .post(format!("{}/api/v1/announcements", second.url))
            .bearer_auth(&hr)
            .json(&serde_json::json!({ "title": "Payday", "body": "Your payslip is on its way." }));
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(500)).await;
            let status = request.send().await.expect("HR's write").status();
            (status, run_started.elapsed())
        })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let during = load("PostgreSQL, Acme, during a payroll run", quarter, move |c, i| {
        check_in(c, &urls[i % 2], &tokens[quarter + i], key + quarter + i)
    })
    .await;
    let rush_ended = Instant::now();
    during.print();
    let run_ended = payroll_run.await.expect("payroll run task");
    let (hr_write, hr_answered_after) = hr_write.await.expect("HR's write task");
    println!(
        "{:<34} 10,000 lines in {:.2}s; HR's announcement, sent 0.5 s into it, answered {hr_write} after {:.2}s; \
         the rush ran from 0.1 s to {:.2}s",
        "the payroll run",
        (run_ended - run_started).as_secs_f64(),
        hr_answered_after.as_secs_f64(),
        (rush_ended - run_started).as_secs_f64()
    );
    PayrollRush {
        quiet,
        during,
        run_seconds: (run_ended - run_started).as_secs_f64(),
        inside_the_run: rush_ended < run_ended,
        hr_write,
    }
}

impl Rush {
    /// No errors, and every check-in persisted once.
    fn all_kept(&self) -> bool {
        self.one.errors + self.two.errors == 0 && self.persisted == EMPLOYEES as i64
    }
}

fn compare(label: &str, run: &Run, baseline: &Run, baseline_name: &str) {
    let p99 = |run: &Run| run.percentile(0.99).as_secs_f64() * 1e3;
    println!(
        "{label:<34} {:.2}x the throughput of {baseline_name}; p99 {:.1} ms vs {:.1} ms; errors {} vs {}",
        run.per_second() / baseline.per_second(),
        p99(run),
        p99(baseline),
        run.errors,
        baseline.errors
    );
}

/// The rush against PostgreSQL's own ceiling on this machine, `pgbench -N` with as many clients, which
/// `bench/instances.sh` measures first on the same cluster (`OKTA_HR_PGBENCH_TPS`).
fn ceiling(run: &Run) {
    match std::env::var("OKTA_HR_PGBENCH_TPS").ok().and_then(|tps| tps.parse::<f64>().ok()) {
        Some(tps) => println!(
            "{:<34} {:.0}% of pgbench -N's {tps:.0} transactions per second (goal ≥ 50%): {}",
            run.label,
            run.per_second() / tps * 100.0,
            verdict(run.per_second() >= tps / 2.0)
        ),
        None => {
            println!("OKTA_HR_PGBENCH_TPS is not set: no ceiling to compare with (bash bench/instances.sh measures it)")
        }
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        println!("okta-hr-server instances: {EMPLOYEES} employees, {CLIENTS} concurrent clients, one process each");
        let sqlite =
            rush(Database::Sqlite(dir.path().join("bench.sqlite")), ["SQLite, 1 instance", "SQLite, 2 instances"])
                .await;
        let mut ok = sqlite.all_kept();
        compare("SQLite, 2 instances on one file", &sqlite.two, &sqlite.one, "one");

        match std::env::var("OKTA_HR_TEST_POSTGRES") {
            Ok(server) if !server.is_empty() => {
                let database = tokio::task::spawn_blocking(move || Database::scratch(&std::env::temp_dir()))
                    .await
                    .expect("create task")
                    .expect("a PostgreSQL database for the bench");
                let postgres = rush(database.clone(), ["PostgreSQL, 1 instance", "PostgreSQL, 2 instances"]).await;
                ok &= postgres.all_kept();
                let companies = four_companies(database).await;
                ok &= companies.errors == 0;
                let acme = tokio::task::spawn_blocking(move || Database::scratch(&std::env::temp_dir()))
                    .await
                    .expect("create task")
                    .expect("a PostgreSQL database for the payroll run");
                let payroll = rush_during_payroll_run(acme).await;
                ok &= payroll.quiet.errors + payroll.during.errors == 0 && payroll.hr_write.is_success();
                compare("PostgreSQL, 2 instances on one db", &postgres.two, &postgres.one, "one");
                compare("PostgreSQL, 2 instances", &postgres.two, &sqlite.one, "1 SQLite instance");
                compare("PostgreSQL, 4 companies at once", &companies, &postgres.two, "1 company");
                ceiling(&postgres.two);
                compare("PostgreSQL, during a payroll run", &payroll.during, &payroll.quiet, "no run");
                let p99 = payroll.during.percentile(0.99).as_secs_f64() * 1e3;
                println!(
                    "{:<34} p99 {p99:.1} ms (goal ≤ 50 ms): {}; every check-in answered before the {:.2}s run was: {}",
                    "",
                    verdict(p99 <= 50.0),
                    payroll.run_seconds,
                    verdict(payroll.inside_the_run)
                );
            }
            _ => println!("OKTA_HR_TEST_POSTGRES is not set: no PostgreSQL rows (bash bench/instances.sh starts one)"),
        }
        println!("every check-in answered and persisted exactly once, on either instance: {}", verdict(ok));
    });
}
