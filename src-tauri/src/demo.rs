//! The embedded demo: the real Okta HR server, in-process on 127.0.0.1, seeded with the demo
//! companies, so a newcomer sees a working company with no setup.

use crate::error::{AppError, AppResult};
use okta_hr_server::db::Db;
use okta_hr_server::settings::Settings;
use okta_hr_server::{AppState, demo};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// The demo listens here when it can, so a cached demo account finds its server again next time.
const PREFERRED_ADDRESS: &str = "127.0.0.1:47816";

pub struct DemoServer {
    db_path: PathBuf,
    address: Option<SocketAddr>,
    stop: Option<oneshot::Sender<()>>,
}

impl DemoServer {
    pub fn new(data_dir: &Path) -> Self {
        Self { db_path: data_dir.join("demo").join("okta-hr-demo.sqlite"), address: None, stop: None }
    }

    pub fn is_running(&self) -> bool {
        self.stop.is_some()
    }

    pub fn url(&self) -> Option<String> {
        self.address.map(|address| format!("http://{address}"))
    }

    /// Whether `server_url` is this demo's address.
    pub fn serves(&self, server_url: &str) -> bool {
        server_url == format!("http://{PREFERRED_ADDRESS}") || self.url().as_deref() == Some(server_url)
    }

    /// Starts the server (seeding an empty database first); answers its URL.
    pub async fn start(&mut self) -> AppResult<String> {
        if let (true, Some(url)) = (self.is_running(), self.url()) {
            return Ok(url);
        }
        let db_path = self.db_path.clone();
        let db = tokio::task::spawn_blocking(move || -> Result<Db, String> {
            let db = Db::open(&db_path).map_err(|e| e.to_string())?;
            demo::seed(&db).map_err(|e| e.to_string())?;
            Ok(db)
        })
        .await
        .map_err(|e| AppError::internal(e.to_string()))?
        .map_err(AppError::internal)?;
        let wanted = self.address.map_or_else(|| PREFERRED_ADDRESS.to_owned(), |a| a.to_string());
        let listener = match TcpListener::bind(&wanted).await {
            Ok(listener) => listener,
            Err(_) => TcpListener::bind("127.0.0.1:0").await?,
        };
        let address = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        tauri::async_runtime::spawn(async move {
            let shutdown = async {
                let _ = stopped.await;
            };
            if let Err(error) = okta_hr_server::serve(listener, AppState::new(db, Settings::default()), shutdown).await
            {
                tracing::error!(%error, "the demo server stopped");
            }
        });
        self.address = Some(address);
        self.stop = Some(stop);
        Ok(format!("http://{address}"))
    }

    /// Stops the server, as if the phone had lost its signal.
    pub fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
