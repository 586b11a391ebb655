//! What the core's tests share: the real server from the workspace's test support (stoppable and
//! restartable, over SQLite or `OKTA_HR_TEST_POSTGRES`'s PostgreSQL), a proxy that loses answers,
//! places, and waiting for the outbox to drain.

#![allow(dead_code)]

pub use okta_hr_test_support::Proxy;

use okta_hr_server::db::{Params, Row};
use rusqlite::types::Value as SqlValue;
use std::path::PathBuf;

pub const HQ: (f64, f64) = (52.520008, 13.404954);
pub const PARIS: (f64, f64) = (48.8566, 2.3522);

/// A phone's position with good accuracy.
pub fn fix((latitude, longitude): (f64, f64)) -> Option<okta_hr_domain::geofence::Fix> {
    Some(okta_hr_domain::geofence::Fix { latitude, longitude, accuracy_m: Some(8.0) })
}

/// The shared test server ([`okta_hr_test_support::Server`]) with the looks into its database that
/// these tests take.
pub struct Server(okta_hr_test_support::Server);

impl std::ops::Deref for Server {
    type Target = okta_hr_test_support::Server;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Server {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl Server {
    pub async fn start() -> Server {
        Server(okta_hr_test_support::Server::start().await)
    }

    /// Reads the server's database directly (either backend).
    pub fn query_row<T, P, F>(&self, sql: &str, params: P, map: F) -> T
    where
        T: Send,
        P: Params,
        F: FnOnce(&Row<'_>) -> okta_hr_server::db::Result<T> + Send,
    {
        self.probe().query_row(sql, params, map).expect(sql)
    }

    pub fn rows<T, P, F>(&self, sql: &str, params: P, map: F) -> Vec<T>
    where
        T: Send,
        P: Params,
        F: FnMut(&Row<'_>) -> okta_hr_server::db::Result<T> + Send,
    {
        self.probe().rows(sql, params, map).expect(sql)
    }

    /// Changes the server's database directly, as an administrator at the database would.
    pub fn execute<P: Params>(&self, sql: &str, params: P) -> usize {
        self.probe().execute(sql, params).expect(sql)
    }

    pub fn employee_id(&self, email: &str) -> i64 {
        self.query_row("SELECT id FROM employees WHERE email = ?1", [email], |r| r.get(0))
    }

    pub fn count(&self, sql: &str, employee_id: i64) -> i64 {
        self.query_row(sql, [employee_id], |r| r.get(0))
    }

    /// The employee's check-ins since midnight UTC.
    pub fn check_ins_today(&self, employee_id: i64) -> i64 {
        let today = chrono::Utc::now().date_naive().to_string();
        let sql = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND check_in_at >= ?2";
        self.query_row(sql, [SqlValue::from(employee_id), SqlValue::from(today)], |r| r.get(0))
    }
}

/// The account's cache file in a data folder (there is one account in these tests).
pub fn cache_file(data_dir: &std::path::Path) -> PathBuf {
    std::fs::read_dir(data_dir)
        .expect("data folder")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|x| x == "sqlite"))
        .expect("a cache file")
}

/// The account's cache opened with its key from the vault, as the core opens it, to look inside.
pub fn open_cache(data_dir: &std::path::Path) -> rusqlite::Connection {
    let path = cache_file(data_dir);
    let vault = okta_hr_core::vault::Vault::for_data_dir(data_dir).expect("the vault");
    let key = vault.cache_key(&path).expect("the vault").expect("the cache's key");
    okta_hr_core::cache::encryption::open_keyed(&path, &key).expect("the cache opens with its key")
}

/// Waits until the core announces an empty outbox; false after `seconds`.
pub async fn until_drained(changes: &mut tokio::sync::broadcast::Receiver<okta_hr_core::Change>, seconds: u64) -> bool {
    let drained = async {
        loop {
            if let Ok(okta_hr_core::Change::Outbox { pending: 0, .. }) = changes.recv().await {
                return;
            }
        }
    };
    tokio::time::timeout(std::time::Duration::from_secs(seconds), drained).await.is_ok()
}

/// An Acme HR admin's lifecycle call, as an identity-management script would make it.
pub async fn hr_lifecycle(server: &Server, login: &str, operation: &str) {
    let reply = reqwest::Client::new()
        .post(format!("{}/api/v1/users/{login}/lifecycle/{operation}", server.url()))
        .header("Authorization", format!("SSWS {}", okta_hr_server::demo::ACME_API_TOKEN))
        .header("Accept", "application/json")
        .send()
        .await
        .unwrap();
    assert!(reply.status().is_success(), "{operation}: {}", reply.text().await.unwrap());
}

/// A payslip's PDF as the server sends it to `email` signed in from a browser: the document the device's
/// own rendering is compared with.
pub async fn payslip_pdf_from_server(server: &Server, email: &str, payslip_id: &str) -> Vec<u8> {
    let http = reqwest::Client::new();
    let login: serde_json::Value = http
        .post(format!("{}/api/v1/auth/login", server.url()))
        .json(&serde_json::json!({ "email": email, "password": "password", "device_name": "browser" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["data"]["attributes"]["token"].as_str().unwrap().to_owned();
    http.get(format!("{}/api/v1/me/payslips/{payslip_id}", server.url()))
        .bearer_auth(&token)
        .header("Accept", "application/pdf")
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec()
}
