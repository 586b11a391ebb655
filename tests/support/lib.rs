//! What every test and benchmark of the workspace stands on: the real server crate on 127.0.0.1 over a
//! scratch database (a SQLite file, or a database of its own on the PostgreSQL server that
//! `OKTA_HR_TEST_POSTGRES` names), seeded with the demo companies, that a test can stop, start again on
//! the same port, run as a second instance, or kill as a crash would; a proxy that loses answers; and a
//! look into the database on either backend.

mod probe;
mod process;
mod proxy;

pub use probe::Probe;
pub use process::serve_when_spawned;
pub use proxy::Proxy;

use okta_hr_server::db::{Database, Db};
use okta_hr_server::settings::Settings;
use okta_hr_server::{AppState, demo};
use process::ServerProcess;
use std::net::SocketAddr;
use std::sync::Arc;
use tempfile::TempDir;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A new, empty database that lives as long as this value (and every server on it), on the backend
/// the test run asks for.
#[derive(Clone)]
pub struct Scratch {
    pub database: Database,
    /// Holds the SQLite file's folder while any server or test uses it.
    _folder: Arc<TempDir>,
}

impl Scratch {
    /// Creates the database; blocks while it does (call it off the async runtime, or before one).
    pub fn create() -> Scratch {
        let folder = Arc::new(tempfile::tempdir().expect("a folder for the test's database"));
        let database = Database::scratch(folder.path()).expect("a database for the test");
        Scratch { database, _folder: folder }
    }

    /// A new database holding the demo companies.
    pub fn seeded() -> Scratch {
        let scratch = Scratch::create();
        demo::seed(&scratch.open()).expect("the demo seed");
        scratch
    }

    /// The demo with Acme grown to `headcount` people, as `serve --demo --demo-headcount` makes it.
    pub fn seeded_with_headcount(headcount: usize) -> Scratch {
        let scratch = Scratch::create();
        demo::seed_with_headcount(&scratch.open(), headcount).expect("the demo seed");
        scratch
    }

    /// Connections of its own to the database: another process's worth, migrating it if it is new.
    pub fn open(&self) -> Db {
        Db::connect(&self.database).expect("open the test's database")
    }
}

/// [`Scratch::open`] off the async runtime: PostgreSQL's client blocks on a runtime of its own.
pub async fn open(database: &Database) -> Db {
    let database = database.clone();
    tokio::task::spawn_blocking(move || Db::connect(&database)).await.expect("open task").expect("database")
}

/// The real server over a seeded scratch database.
pub struct Server {
    pub addr: SocketAddr,
    pub scratch: Scratch,
    /// The test's own connections to the database, to check what the server persisted.
    db: Db,
    settings: Settings,
    /// The test whose binary serves in a process of its own, for a server that can be killed.
    process_of: Option<String>,
    running: Option<Running>,
}

enum Running {
    Task(oneshot::Sender<()>, JoinHandle<std::io::Result<()>>),
    Process(ServerProcess),
}

impl Server {
    pub async fn start() -> Server {
        Server::start_with(Settings::default()).await
    }

    pub async fn start_with(settings: Settings) -> Server {
        let scratch = tokio::task::spawn_blocking(Scratch::seeded).await.expect("seed task");
        Server::serve_on(scratch, settings, None).await
    }

    /// A server in a process of its own, which [`Server::kill`] ends as a crash would. The calling test
    /// must begin with [`serve_when_spawned`].
    pub async fn start_in_a_process() -> Server {
        let test = std::thread::current().name().expect("a test's thread is named after it").to_owned();
        let scratch = tokio::task::spawn_blocking(Scratch::seeded).await.expect("seed task");
        Server::serve_on(scratch, Settings::default(), Some(test)).await
    }

    /// Another instance on this server's database, on a port of its own, with its own connections,
    /// writer and limits: what a second server behind a load balancer is.
    pub async fn second_instance(&self) -> Server {
        Server::serve_on(self.scratch.clone(), Settings::default(), None).await
    }

    /// A server over a database the caller prepared.
    pub async fn start_on(scratch: Scratch, settings: Settings) -> Server {
        Server::serve_on(scratch, settings, None).await
    }

    async fn serve_on(scratch: Scratch, settings: Settings, process_of: Option<String>) -> Server {
        let db = open(&scratch.database).await;
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let mut server = Server { addr, scratch, db, settings, process_of, running: None };
        server.serve(listener).await;
        server
    }

    /// Serves on `listener` as a newly started process would: with connections of its own.
    async fn serve(&mut self, listener: TcpListener) {
        if let Some(test) = &self.process_of {
            drop(listener);
            self.running = Some(Running::Process(ServerProcess::spawn(test, &self.scratch.database, self.addr).await));
            return;
        }
        let db = open(&self.scratch.database).await;
        let (stop, stopped) = oneshot::channel::<()>();
        let state = AppState::new(db, self.settings.clone());
        let handle = tokio::spawn(okta_hr_server::serve(listener, state, async {
            let _ = stopped.await;
        }));
        self.running = Some(Running::Task(stop, handle));
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn database(&self) -> &Database {
        &self.scratch.database
    }

    /// The test's own handle on the server's database.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Reads and changes the server's database directly, as an administrator at the database would.
    pub fn probe(&self) -> Probe {
        Probe::new(self.db.clone())
    }

    /// Stops the server, finishing the requests in flight: connections are refused until
    /// [`Server::start_again`].
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

    /// Serves again on the same port, over the same database.
    pub async fn start_again(&mut self) {
        let listener = TcpListener::bind(self.addr).await.expect("rebind the same port");
        self.serve(listener).await;
    }
}
