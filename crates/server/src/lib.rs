//! The Okta HR API server: every route of the HR API v1 and the directory, identity and org APIs, over an
//! embedded SQLite database or, for several instances on one database, PostgreSQL.

pub mod announcement_schedule;
pub mod attendance_auto_close;
pub mod auth;
pub mod cli;
pub mod db;
pub mod demo;
pub mod error;
pub mod hr_api;
pub mod http;
pub mod leave_jobs;
pub mod okta;
pub mod people_schedule;
pub mod router;
mod scheduled;
pub mod secrets;
pub mod settings;
mod store;

pub use store::{StoreError, StoreResult, provisioning};

use crate::db::Db;
use crate::db::{Actor, Change, Scope};
use crate::http::page_cache::PageCache;
use crate::http::rate_limit::FixedWindow;
use crate::settings::Settings;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

/// Failed logins allowed per email and address per minute.
pub const LOGIN_ATTEMPTS_PER_MINUTE: u32 = 5;
/// Requests allowed per service key per minute.
pub const SERVICE_REQUESTS_PER_MINUTE: u32 = 120;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub login_limiter: Arc<FixedWindow>,
    pub service_limiter: Arc<FixedWindow>,
    pub directory_pages: Arc<PageCache>,
    /// The browser origins the admin APIs answer, cached until a trusted origin changes (or a minute passes).
    pub trusted_cors_origins: Arc<okta::trusted_origins::cors::TrustedCorsOrigins>,
    /// Failed sign-ins per client address, for ThreatInsight.
    pub failed_sign_ins_by_ip: Arc<FixedWindow>,
}

impl AppState {
    pub fn new(db: Db, settings: Settings) -> Self {
        let minute = Duration::from_secs(60);
        Self {
            db: db.clone(),
            settings: Arc::new(settings),
            login_limiter: Arc::new(FixedWindow::new(db.clone(), "login", LOGIN_ATTEMPTS_PER_MINUTE, minute)),
            service_limiter: Arc::new(FixedWindow::new(db.clone(), "service", SERVICE_REQUESTS_PER_MINUTE, minute)),
            directory_pages: Arc::new(PageCache::default()),
            trusted_cors_origins: Arc::default(),
            failed_sign_ins_by_ip: Arc::new(auth::threat_insight::failure_counter(db.clone())),
        }
    }
}

/// Serves the API on `listener` until `shutdown` resolves, then finishes the requests in flight.
///
/// Refuses to start (`InvalidInput`) on an address other machines can reach without a public URL.
pub async fn serve(
    listener: TcpListener,
    mut state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    Arc::make_mut(&mut state.settings)
        .check_listener(listener.local_addr()?)
        .map_err(|reason| std::io::Error::new(std::io::ErrorKind::InvalidInput, reason))?;
    // Stopped when serving ends, and also when this future is dropped before it does.
    let _purge = AbortOnDrop(tokio::spawn(purge_expired(state.clone())));
    let _publisher = AbortOnDrop(tokio::spawn(announcement_schedule::run(state.db.clone())));
    let _auto_close = AbortOnDrop(tokio::spawn(attendance_auto_close::run(state.db.clone())));
    // Before the first request: balances are read from the ledger.
    if let Err(error) = leave_jobs::record_approved_leave(&state.db).await {
        tracing::warn!(%error, "could not write approved leave into the leave ledger");
    }
    let _leave_jobs = AbortOnDrop(tokio::spawn(leave_jobs::run(state.db.clone())));
    let _people_changes = AbortOnDrop(tokio::spawn(people_schedule::run(state.db.clone())));
    let app = router::router(state);
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

async fn purge_expired(state: AppState) {
    let mut every_hour = tokio::time::interval(Duration::from_secs(3600));
    loop {
        every_hour.tick().await;
        match state
            .db
            .write(Change::routine(Actor::Server, "rate_limit.purge").within(Scope::Housekeeping), |conn| {
                http::rate_limit::purge_closed(conn)
            })
            .await
        {
            Ok(0) => {}
            Ok(purged) => tracing::debug!(purged, "forgot closed rate-limit windows"),
            Err(error) => tracing::warn!(%error, "could not purge rate-limit windows"),
        }
        let days = state.settings.idempotency_retention_days;
        match state
            .db
            .write(Change::routine(Actor::Server, "idempotency.purge").within(Scope::Housekeeping), move |conn| {
                http::idempotency::purge_older_than(conn, days)
            })
            .await
        {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "forgot expired idempotency keys"),
            Err(error) => tracing::warn!(%error, "could not purge idempotency keys"),
        }
    }
}
