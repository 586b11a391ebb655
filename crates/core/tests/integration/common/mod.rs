//! The real server crate on 127.0.0.1, which a test can stop and start again on the same port, over
//! SQLite or (with `OKTA_HR_TEST_POSTGRES`) PostgreSQL, and a TCP proxy that can lose a response after
//! the server has committed the request. A server in a process of its own can be killed as a crash
//! would kill it.

#![allow(dead_code)]

pub mod process;

use process::ServerProcess;

use okta_hr_server::db::{Database, Db, Params, Row};
use okta_hr_server::settings::Settings;
use okta_hr_server::{AppState, demo};
use rusqlite::types::Value as SqlValue;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tempfile::TempDir;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const HQ: (f64, f64) = (52.520008, 13.404954);
pub const PARIS: (f64, f64) = (48.8566, 2.3522);

/// A phone's position with good accuracy.
pub fn fix((latitude, longitude): (f64, f64)) -> Option<okta_hr_domain::geofence::Fix> {
    Some(okta_hr_domain::geofence::Fix { latitude, longitude, accuracy_m: Some(8.0) })
}

pub struct Server {
    pub addr: SocketAddr,
    /// A SQLite file, or a database of its own on the test PostgreSQL server (`OKTA_HR_TEST_POSTGRES`).
    pub database: Database,
    /// The test's own handle on the database, to check what the server persisted.
    db: Db,
    /// The test whose binary serves in a process of its own, for a server that can be killed.
    process_of: Option<String>,
    running: Option<Running>,
    _dir: TempDir,
}

enum Running {
    Task(oneshot::Sender<()>, JoinHandle<std::io::Result<()>>),
    Process(ServerProcess),
}

/// Opens the database off the async runtime (PostgreSQL's client blocks on a runtime of its own).
async fn open(database: &Database) -> Db {
    let database = database.clone();
    tokio::task::spawn_blocking(move || Db::connect(&database)).await.expect("open task").expect("database")
}

impl Server {
    pub async fn start() -> Server {
        Server::start_serving(None).await
    }

    /// A server in a process of its own, which [`Server::kill`] ends as a crash would. The calling test
    /// must begin with [`process::serve_when_spawned`].
    pub async fn start_in_a_process() -> Server {
        let test = std::thread::current().name().expect("a test's thread is named after it").to_owned();
        Server::start_serving(Some(test)).await
    }

    async fn start_serving(process_of: Option<String>) -> Server {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().to_owned();
        let database = tokio::task::spawn_blocking(move || Database::scratch(&folder))
            .await
            .expect("create task")
            .expect("a database for the test");
        let db = open(&database).await;
        let seeder = db.clone();
        tokio::task::spawn_blocking(move || demo::seed(&seeder)).await.expect("seed").expect("seed");
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let mut server = Server { addr, database, db, process_of, running: None, _dir: dir };
        server.serve(listener).await;
        server
    }

    /// Serves on `listener` as a newly started process would: with connections of its own.
    async fn serve(&mut self, listener: TcpListener) {
        if let Some(test) = &self.process_of {
            drop(listener);
            self.running = Some(Running::Process(ServerProcess::spawn(test, &self.database, self.addr).await));
            return;
        }
        let db = open(&self.database).await;
        let (stop, stopped) = oneshot::channel::<()>();
        let handle = tokio::spawn(okta_hr_server::serve(listener, AppState::new(db, Settings::default()), async {
            let _ = stopped.await;
        }));
        self.running = Some(Running::Task(stop, handle));
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops the server: connections are refused until `start_again`.
    pub async fn stop(&mut self) {
        match self.running.take() {
            Some(Running::Task(stop, handle)) => {
                let _ = stop.send(());
                let _ = handle.await;
            }
            Some(Running::Process(process)) => process.stop().await,
            None => {}
        }
    }

    /// Kills the server's process (`SIGKILL`), as a crash would: what it had not committed is gone.
    pub async fn kill(&mut self) {
        match self.running.take() {
            Some(Running::Process(process)) => process.kill().await,
            Some(Running::Task(..)) => panic!("only a server started in a process of its own can be killed"),
            None => {}
        }
    }

    pub async fn start_again(&mut self) {
        let listener = TcpListener::bind(self.addr).await.expect("rebind the same port");
        self.serve(listener).await;
    }

    /// Reads the server's database directly (either backend).
    pub fn query_row<T, P, F>(&self, sql: &str, params: P, map: F) -> T
    where
        T: Send,
        P: Params + Send,
        F: FnOnce(&Row<'_>) -> okta_hr_server::db::Result<T> + Send,
    {
        self.db.direct(|conn| conn.query_row(sql, params, map)).expect(sql)
    }

    pub fn rows<T, P, F>(&self, sql: &str, params: P, map: F) -> Vec<T>
    where
        T: Send,
        P: Params + Send,
        F: FnMut(&Row<'_>) -> okta_hr_server::db::Result<T> + Send,
    {
        self.db
            .direct(|conn| conn.prepare(sql)?.query_map(params, map)?.collect::<okta_hr_server::db::Result<_>>())
            .expect(sql)
    }

    /// Changes the server's database directly, as an administrator at the database would.
    pub fn execute<P: Params + Send>(&self, sql: &str, params: P) -> usize {
        self.db.direct(|conn| conn.execute(sql, params)).expect(sql)
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

/// Forwards connections to the server; `lose_next_responses(n)` makes it read the server's answer
/// to the next `n` connections and hang up on the client instead of passing it on.
pub struct Proxy {
    pub addr: SocketAddr,
    losses: Arc<AtomicUsize>,
}

impl Proxy {
    pub async fn start(upstream: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("address");
        let losses = Arc::new(AtomicUsize::new(0));
        let counter = losses.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let lose = counter.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok();
                tokio::spawn(forward(client, upstream, lose));
            }
        });
        Proxy { addr, losses }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn lose_next_responses(&self, n: usize) {
        self.losses.store(n, Ordering::SeqCst);
    }
}

async fn forward(mut client: TcpStream, upstream: SocketAddr, lose_response: bool) {
    let Ok(mut server) = TcpStream::connect(upstream).await else { return };
    if !lose_response {
        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
        return;
    }
    // Pass the request on, wait until the server has answered (so it has committed), then drop it.
    let mut buffer = vec![0_u8; 64 * 1024];
    let Ok(n) = client.read(&mut buffer).await else { return };
    if server.write_all(&buffer[..n]).await.is_err() {
        return;
    }
    let _ = server.read(&mut buffer).await;
    let _ = client.shutdown().await;
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
