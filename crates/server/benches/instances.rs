//! The morning rush through `okta-hr-server` processes: one instance on SQLite against two instances on
//! one PostgreSQL database, in the same run.
//!
//! `cargo bench -p okta-hr-server --bench instances` (or `bash bench/instances.sh`, which starts a
//! PostgreSQL of its own) builds the `api` bench's 10,000-person company once per database and, for
//! each, checks in half the company through one server process and the other half through two server
//! processes on the same database, requests alternating between them, as a load balancer would. The
//! PostgreSQL rows need `OKTA_HR_TEST_POSTGRES` (a server on which the bench may create a database);
//! without it only SQLite is measured. Reported: throughput, p50/p99 and errors of each run, and
//! PostgreSQL's two instances against SQLite's one.

mod support;

use okta_hr_server::db::{Database, Db};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{CLIENTS, EMPLOYEES, Run, build_company, check_in, load, persisted_check_ins, verdict};

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

/// Half the company checks in through one instance, the other half through two.
async fn rush(database: Database, name: &'static str) -> Rush {
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
    let label = if name == "SQLite" { "SQLite, 1 instance" } else { "PostgreSQL, 1 instance" };
    let one = load(label, half, move |c, i| check_in(c, &url, &t[i], i)).await;
    one.print();
    let urls = Arc::new([first.url.clone(), second.url.clone()]);
    let label = if name == "SQLite" { "SQLite, 2 instances" } else { "PostgreSQL, 2 instances" };
    let two = load(label, half, move |c, i| check_in(c, &urls[i % 2], &tokens[half + i], half + i)).await;
    two.print();
    let persisted = persisted_check_ins(&db).await;
    println!("{:<34} {persisted} of {EMPLOYEES} check-ins persisted", "");
    Rush { one, two, persisted }
}

fn ms(run: &Run, p: f64) -> f64 {
    run.percentile(p).as_secs_f64() * 1e3
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        println!("okta-hr-server instances: {EMPLOYEES} employees, {CLIENTS} concurrent clients, one process each");
        let sqlite = rush(Database::Sqlite(dir.path().join("bench.sqlite")), "SQLite").await;
        let mut ok = sqlite.one.errors + sqlite.two.errors == 0 && sqlite.persisted == EMPLOYEES as i64;
        println!(
            "{:<34} {:.2}x the throughput of one; p99 {:.1} ms vs {:.1} ms",
            "SQLite, 2 instances on one file",
            sqlite.two.per_second() / sqlite.one.per_second(),
            ms(&sqlite.two, 0.99),
            ms(&sqlite.one, 0.99)
        );

        match std::env::var("OKTA_HR_TEST_POSTGRES") {
            Ok(server) if !server.is_empty() => {
                let database = tokio::task::spawn_blocking(move || Database::scratch(&std::env::temp_dir()))
                    .await
                    .expect("create task")
                    .expect("a PostgreSQL database for the bench");
                let postgres = rush(database, "PostgreSQL").await;
                ok &= postgres.one.errors + postgres.two.errors == 0 && postgres.persisted == EMPLOYEES as i64;
                println!(
                    "{:<34} {:.2}x the throughput of one; p99 {:.1} ms vs {:.1} ms",
                    "PostgreSQL, 2 instances on one db",
                    postgres.two.per_second() / postgres.one.per_second(),
                    ms(&postgres.two, 0.99),
                    ms(&postgres.one, 0.99)
                );
                println!(
                    "{:<34} {:.2}x the throughput of 1 SQLite instance; p99 {:.1} ms vs {:.1} ms; errors {} vs {}",
                    "PostgreSQL, 2 instances",
                    postgres.two.per_second() / sqlite.one.per_second(),
                    ms(&postgres.two, 0.99),
                    ms(&sqlite.one, 0.99),
                    postgres.two.errors,
                    sqlite.one.errors
                );
            }
            _ => println!("OKTA_HR_TEST_POSTGRES is not set: no PostgreSQL rows (bash bench/instances.sh starts one)"),
        }
        println!("every check-in answered and persisted exactly once, on either instance: {}", verdict(ok));
    });
}
