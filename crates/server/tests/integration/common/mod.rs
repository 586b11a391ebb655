//! The workspace's test server (the real server on 127.0.0.1:0 over a scratch database seeded with the
//! demo companies: a SQLite file, or, when `OKTA_HR_TEST_POSTGRES` names a PostgreSQL server, a new
//! database on it) and a reqwest client to talk to it as the API's users do.

#![allow(dead_code)]

pub mod seeds;

pub use okta_hr_test_support::Probe;

use okta_hr_server::db::Database;
use okta_hr_server::demo;
use okta_hr_server::settings::Settings;
use reqwest::{Method, StatusCode, header::HeaderMap};
use serde_json::Value;

pub const PASSWORD: &str = demo::DEMO_PASSWORD;
/// `SSWS` API tokens of the demo companies' HR leads, for the management APIs.
pub const ACME_API_TOKEN: &str = demo::ACME_API_TOKEN;
pub const GLOBEX_API_TOKEN: &str = demo::GLOBEX_API_TOKEN;
pub const HQ_LAT: f64 = 52.520008;
pub const HQ_LON: f64 = 13.404954;

pub struct TestServer {
    pub url: String,
    pub client: reqwest::Client,
    /// Where the data lives: a SQLite file, or a database of its own on the test PostgreSQL server.
    pub database: Database,
    server: okta_hr_test_support::Server,
}

/// A response as a test wants to look at it.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The `rel="next"` URL of an Okta-style page, from its `Link` headers.
    pub fn next_link(&self) -> Option<String> {
        self.headers.get_all("link").iter().filter_map(|v| v.to_str().ok()).find_map(|link| {
            link.strip_suffix("; rel=\"next\"").map(|url| url.trim_start_matches('<').trim_end_matches('>').to_owned())
        })
    }

    /// The first message for `field` of a 422.
    pub fn error(&self, field: &str) -> &str {
        self.body["errors"][field][0].as_str().unwrap_or_else(|| panic!("no error for {field}: {}", self.body))
    }
}

impl TestServer {
    pub async fn start() -> TestServer {
        Self::start_with(Settings::default()).await
    }

    pub async fn start_with(settings: Settings) -> TestServer {
        Self::over(okta_hr_test_support::Server::start_with(settings).await)
    }

    fn over(server: okta_hr_test_support::Server) -> TestServer {
        TestServer { url: server.url(), client: reqwest::Client::new(), database: server.database().clone(), server }
    }

    /// Another server process's worth of state (its own connections, writer and limits) on this
    /// server's database, on its own port: what a second instance behind a load balancer is.
    pub async fn second_instance(&self) -> TestServer {
        Self::over(self.server.second_instance().await)
    }

    /// The server's database, to check what was persisted or to arrange a state directly.
    pub fn db(&self) -> Probe {
        self.server.probe()
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request =
            self.client.request(method, format!("{}{path}", self.url)).header("Accept", "application/json");
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Self::reply(request).await
    }

    /// A request whose body is `body` as it is, such as an uploaded file; its type is in `headers`.
    pub async fn request_raw(
        &self,
        method: Method,
        path: &str,
        token: &str,
        body: &str,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = self
            .client
            .request(method, format!("{}{path}", self.url))
            .header("Accept", "application/json")
            .bearer_auth(token)
            .body(body.to_owned());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Self::reply(request).await
    }

    async fn reply(request: reqwest::RequestBuilder) -> Reply {
        let response = request.send().await.expect("request");
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.expect("body");
        // A CSV export or another text answers as a string.
        let body =
            if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or(Value::String(text)) };
        Reply { status, headers, body }
    }

    pub async fn get(&self, token: &str, path: &str) -> Reply {
        self.request(Method::GET, path, Some(token), None, &[]).await
    }

    pub async fn post(&self, token: &str, path: &str, body: Value) -> Reply {
        self.request(Method::POST, path, Some(token), Some(&body), &[]).await
    }

    pub async fn post_idempotent(&self, token: &str, path: &str, key: &str, body: Value) -> Reply {
        self.request(Method::POST, path, Some(token), Some(&body), &[("Idempotency-Key", key)]).await
    }

    /// A request to the management APIs with `Authorization: SSWS {api_token}`.
    pub async fn ssws(&self, method: Method, api_token: &str, path: &str, body: Option<Value>) -> Reply {
        let authorization = format!("SSWS {api_token}");
        self.request(method, path, None, body.as_ref(), &[("Authorization", authorization.as_str())]).await
    }

    /// A management API call as Acme's HR lead, with the demo API token.
    pub async fn acme_admin(&self, method: Method, path: &str, body: Option<Value>) -> Reply {
        self.ssws(method, ACME_API_TOKEN, path, body).await
    }

    pub async fn try_login(&self, email: &str, password: &str) -> Reply {
        let body = serde_json::json!({ "email": email, "password": password, "device_name": "tests" });
        self.request(Method::POST, "/api/v1/auth/login", None, Some(&body), &[]).await
    }

    /// Signs in with the demo password and returns the bearer token.
    pub async fn login(&self, email: &str) -> String {
        let reply = self.try_login(email, PASSWORD).await;
        assert_eq!(reply.status, StatusCode::CREATED, "login {email}: {}", reply.body);
        reply.body["data"]["attributes"]["token"].as_str().expect("token").to_owned()
    }

    /// The id of the employee with this email.
    pub fn employee_id(&self, email: &str) -> i64 {
        self.db().query_row("SELECT id FROM employees WHERE email = ?1", [email], |r| r.get(0)).expect("employee")
    }

    /// Every row of every table as text, and for SQLite the file and its write-ahead log: what an
    /// attacker with the database's storage would read.
    pub fn everything_stored(&self) -> Vec<u8> {
        if let Database::Sqlite(path) = &self.database {
            let mut bytes = std::fs::read(path).expect("database file");
            if let Ok(wal) = std::fs::read(path.with_extension("sqlite-wal")) {
                bytes.extend(wal);
            }
            return bytes;
        }
        let db = self.db();
        let tables: Vec<String> = db
            .rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", (), |r| r.get(0))
            .expect("tables");
        let mut bytes = Vec::new();
        for table in tables {
            let rows: Vec<String> =
                db.rows(&format!("SELECT CAST(t AS TEXT) FROM \"{table}\" t"), (), |r| r.get(0)).expect("rows");
            rows.iter().for_each(|row| bytes.extend_from_slice(row.as_bytes()));
        }
        bytes
    }
}

/// The next Monday at least `weeks` weeks from today, as YYYY-MM-DD.
pub fn monday_in_weeks(weeks: i64) -> chrono::NaiveDate {
    use chrono::Datelike;
    let today = chrono::Utc::now().date_naive();
    let until_monday = (7 - today.weekday().num_days_from_monday() as i64) % 7;
    let monday = today + chrono::Duration::days(if until_monday == 0 { 7 } else { until_monday });
    monday + chrono::Duration::weeks(weeks)
}

/// An Okta error object with `status` and `code`.
pub fn assert_okta_error(reply: &Reply, status: StatusCode, code: &str) {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert_eq!(reply.body["errorCode"], code, "{}", reply.body);
    assert!(reply.body["errorCauses"].is_array());
}

/// The Monday `week` weeks after the first Monday of next year: always in the future, clear of the demo's
/// own leave, and a Monday-to-Friday week of it never crosses New Year.
pub fn next_year_monday(week: i64) -> chrono::NaiveDate {
    use chrono::{Datelike, Duration, NaiveDate, Utc};
    let jan_1 = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 1, 1).unwrap();
    let first = jan_1 + Duration::days((7 - i64::from(jan_1.weekday().num_days_from_monday())) % 7);
    first + Duration::weeks(week)
}

/// Files a working week of annual leave from `next_year_monday(week)` and answers its id.
pub async fn request_week(server: &TestServer, token: &str, week: i64) -> String {
    let start = next_year_monday(week);
    let end = start + chrono::Duration::days(4);
    let body =
        serde_json::json!({ "leave_type_id": "annual", "start_date": start.to_string(), "end_date": end.to_string() });
    let reply = server.post(token, "/api/v1/me/leaves", body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    reply.body["data"]["id"].as_str().unwrap().to_owned()
}

/// An approver's decision on a leave request.
pub async fn decide_leave(server: &TestServer, token: &str, id: &str, body: Value) -> Reply {
    server.post(token, &format!("/api/v1/leave-requests/{id}/act"), body).await
}
