//! The real server in a process of its own, so a test can kill it as a crash would: `SIGKILL`, with
//! writes in the middle of a transaction and connections to the database cut where they stand.
//!
//! The process is the test binary itself, started again to run only the calling test, which begins
//! with [`serve_when_spawned`]: that keeps it to the one server crate the test links, built with it.

use crate::open;
use okta_hr_server::AppState;
use okta_hr_server::db::Database;
use okta_hr_server::settings::Settings;
use std::net::SocketAddr;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::process::{Child, Command};

const DATABASE_VAR: &str = "OKTA_HR_TEST_SERVE_DATABASE";
const ADDRESS_VAR: &str = "OKTA_HR_TEST_SERVE_ADDRESS";

/// In a test binary started by [`ServerProcess::spawn`]: serves until the test that started it closes
/// its standard input (or dies), then exits. Anywhere else it returns at once.
pub async fn serve_when_spawned() {
    let (Ok(database), Ok(address)) = (std::env::var(DATABASE_VAR), std::env::var(ADDRESS_VAR)) else {
        return;
    };
    let database: Database = database.parse().expect("the database to serve");
    let listener = TcpListener::bind(&address).await.expect("bind the server's port");
    let db = open(&database).await;
    let test_gone = async {
        let _ = tokio::task::spawn_blocking(|| std::io::copy(&mut std::io::stdin(), &mut std::io::sink())).await;
    };
    okta_hr_server::serve(listener, AppState::new(db, Settings::default()), test_gone).await.expect("serve");
    std::process::exit(0);
}

pub struct ServerProcess {
    child: Child,
}

impl ServerProcess {
    /// Starts the test `test` of this binary as a server of `database` on `addr`, and waits until it
    /// answers there.
    pub async fn spawn(test: &str, database: &Database, addr: SocketAddr) -> ServerProcess {
        let binary = std::env::current_exe().expect("the test binary");
        let mut child = Command::new(binary)
            .args([test, "--exact", "--quiet", "--test-threads=1"])
            .env(DATABASE_VAR, database.url())
            .env(ADDRESS_VAR, addr.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start the server process");
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(addr).await.is_err() {
            if let Some(status) = child.try_wait().expect("the server process") {
                panic!("the server process ended before it served: {status}");
            }
            assert!(Instant::now() < deadline, "the server process did not answer on {addr} within 30 s");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        ServerProcess { child }
    }

    /// Ends it as a crash would.
    pub async fn kill(mut self) {
        self.child.kill().await.expect("kill the server process");
    }

    /// Ends it as an administrator stopping the service would: requests in flight are answered first.
    pub async fn stop(mut self) {
        drop(self.child.stdin.take());
        let status = self.child.wait().await.expect("the server process");
        assert!(status.success(), "the server process stopped with {status}");
    }
}
