//! `okta-hr-server serve`, run as the binary a company would run, on the test's database (SQLite, or the
//! test PostgreSQL server's when `OKTA_HR_TEST_POSTGRES` is set), and over TLS to PostgreSQL.

use okta_hr_server::db::{Database, Db};
use okta_hr_test_support::Scratch;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The server binary on a free port with its own database, killed when dropped.
struct Served {
    child: Child,
    url: String,
    _dir: Scratch,
}

impl Served {
    async fn start(args: &[&str]) -> Served {
        let (dir, database) = scratch().await;
        Served::start_on(dir, &database, args).await
    }

    async fn start_on(dir: Scratch, database: &str, args: &[&str]) -> Served {
        let port = std::net::TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
        let child = Command::new(env!("CARGO_BIN_EXE_okta-hr-server"))
            .args(["--database", database, "serve", "--bind", &format!("127.0.0.1:{port}")])
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start okta-hr-server");
        let served = Served { child, url: format!("http://127.0.0.1:{port}"), _dir: dir };
        let deadline = Instant::now() + Duration::from_secs(60);
        while reqwest::get(format!("{}/up", served.url)).await.is_err() {
            assert!(Instant::now() < deadline, "the server did not come up");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        served
    }

    async fn login(&self, email: &str) -> String {
        let response = reqwest::Client::new()
            .post(format!("{}/api/v1/auth/login", self.url))
            .json(&json!({ "email": email, "password": "password", "device_name": "tests" }))
            .send()
            .await
            .expect("login");
        assert_eq!(response.status(), StatusCode::CREATED, "login {email}");
        let body: Value = response.json().await.expect("JSON");
        body["data"]["attributes"]["token"].as_str().expect("token").to_owned()
    }

    async fn get(&self, token: &str, path: &str) -> Value {
        let response = reqwest::Client::new()
            .get(format!("{}{path}", self.url))
            .bearer_auth(token)
            .header("Accept", "application/json")
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.json().await.expect("JSON")
    }
}

/// A new database for a test, kept while the value lives, and its URL.
async fn scratch() -> (Scratch, String) {
    let scratch = tokio::task::spawn_blocking(Scratch::create).await.expect("create task");
    let url = scratch.database.url();
    (scratch, url)
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn the_demo_can_be_grown_to_a_large_company_where_everyone_can_sign_in() {
    let server = Served::start(&["--demo", "--demo-headcount", "1200"]).await;
    let hr = server.login("hr@acme.test").await;

    let directory = server.get(&hr, "/api/v1/employees?page[size]=100&page[number]=12").await;
    assert_eq!(directory["meta"]["total"], 1200);
    let last = directory["data"].as_array().expect("employees").last().expect("someone on the last page").clone();
    let email = last["attributes"]["email"].as_str().expect("email");
    server.login(email).await;

    let today = chrono::Utc::now().date_naive();
    let from = today - chrono::Duration::days(16);
    let history = server.get(&hr, &format!("/api/v1/attendance-records?from={from}&page[size]=1")).await;
    assert!(history["meta"]["total"].as_u64().expect("total") >= 1200 * 10, "two weeks of history for everyone");
}

#[tokio::test]
async fn the_demo_has_its_usual_size_unless_asked() {
    let server = Served::start(&["--demo"]).await;
    let hr = server.login("hr@acme.test").await;
    assert_eq!(server.get(&hr, "/api/v1/employees?page[size]=1").await["meta"]["total"], 49);
}

/// Connecting to `url` fails: the error, with its causes.
#[tokio::test]
async fn a_server_other_machines_can_reach_will_not_start_without_its_public_url() {
    let (_dir, database) = scratch().await;
    let refused = Command::new(env!("CARGO_BIN_EXE_okta-hr-server"))
        .args(["--database", &database, "serve", "--bind", "0.0.0.0:0"])
        .env_remove("OKTA_HR_PUBLIC_URL")
        .output()
        .expect("run okta-hr-server");
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("set --public-url (OKTA_HR_PUBLIC_URL)"), "{message}");
}

async fn refused(url: String) -> String {
    let database: Database = url.parse().expect("a database URL");
    let outcome = tokio::task::spawn_blocking(move || Db::connect(&database)).await.expect("connect task");
    format!("{:#}", outcome.err().expect("the connection is refused"))
}

#[tokio::test]
async fn on_postgresql_the_server_speaks_tls_when_asked_and_only_to_the_certificate_it_trusts() {
    // The test command's PostgreSQL answers TLS with a certificate for 127.0.0.1 from a CA of its own.
    let (Ok(_), Ok(ca)) = (std::env::var("OKTA_HR_TEST_POSTGRES"), std::env::var("OKTA_HR_TEST_POSTGRES_CA")) else {
        eprintln!("skipped: no PostgreSQL with TLS to test (OKTA_HR_TEST_POSTGRES, OKTA_HR_TEST_POSTGRES_CA)");
        return;
    };
    let (dir, plain) = scratch().await;
    let server = Served::start_on(dir, &format!("{plain}?sslmode=verify-full&sslrootcert={ca}"), &["--demo"]).await;
    let hr = server.login("hr@acme.test").await;
    assert_eq!(server.get(&hr, "/api/v1/employees?page[size]=1").await["meta"]["total"], 49);

    // Every connection the server holds to its database is encrypted.
    let (encrypted, unencrypted) = tokio::task::spawn_blocking(move || {
        let mut admin = postgres::Client::connect(&plain, postgres::NoTls).expect("connect as the test");
        let row = admin
            .query_one(
                "SELECT count(*) FILTER (WHERE s.ssl), count(*) FILTER (WHERE NOT s.ssl)
                 FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid)
                 WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()",
                &[],
            )
            .expect("the connections");
        (row.get::<_, i64>(0), row.get::<_, i64>(1))
    })
    .await
    .expect("query task");
    assert!(encrypted >= 1, "the server is connected over TLS");
    assert_eq!(unencrypted, 0, "no connection of the server's is in plain text");

    // A certificate from a CA the system does not trust, or for another name, is refused.
    let (_dir, plain) = scratch().await;
    let untrusted = refused(format!("{plain}?sslmode=verify-full")).await;
    assert!(untrusted.contains("invalid peer certificate"), "{untrusted}");
    let elsewhere = plain.replace("127.0.0.1", "localhost");
    let wrong_name = refused(format!("{elsewhere}?sslmode=require&sslrootcert={ca}")).await;
    assert!(wrong_name.contains("invalid peer certificate"), "{wrong_name}");
}
