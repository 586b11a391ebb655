//! `Core`: what the app and the CLI call. Reads answer from the cache at once; writes go through
//! the outbox and are sent when the server can be reached. Each area's calls live in a module of
//! their own (`session`, `attendance`, `leave`, `company`, `team`, `admin`, `payroll`); this one
//! holds what they share.

use crate::cache::{Cache, CachedDocument, Session};
use crate::client::{ApiClient, SharedLanguage};
use crate::error::{CoreError, CoreResult};
use crate::sync::{self, Context, Operation, OutboxState, SyncReport, lock};
use crate::vault::Vault;
use chrono::{DateTime, Utc};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_i18n::Language;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::{Notify, broadcast};

/// A cached answer and how old it is.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Fresh<T> {
    pub data: T,
    /// When the server last sent it; `None` when nothing is cached yet.
    pub fetched_at: Option<DateTime<Utc>>,
}

/// What became of a write: sent at once, queued for later, or refused.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WriteOutcome {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub operation_id: i64,
    /// synced | queued | rejected
    pub state: String,
    /// The server's reason for a refusal, or why the write is still queued.
    pub message: Option<String>,
    /// What the device's own pre-check expects the server to say.
    pub warning: Option<String>,
    /// The id of what the server created or changed.
    pub server_id: Option<String>,
}

/// What changed, for screens to re-read and for the sync indicator.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Change {
    /// A write was queued, sent or refused.
    Outbox {
        #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
        pending: u64,
        #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
        rejected: usize,
    },
    /// The cache was refreshed from the server.
    Refreshed,
    /// The session ended; the user must sign in again (queued writes are kept).
    NeedsLogin,
    SignedIn,
    SignedOut,
}

pub(crate) struct Account {
    pub(crate) cache: Arc<Mutex<Cache>>,
    pub(crate) client: ApiClient,
    pub(crate) session: Session,
}

pub struct Core {
    // Signing in and out (the session area) replaces the account; the other areas use `Core::account`.
    pub(crate) data_dir: PathBuf,
    /// Where the accounts' cache keys and tokens are kept.
    pub(crate) vault: Vault,
    pub(crate) account: Option<Account>,
    /// Why the last account was erased when HR suspended or deactivated the person, for the sign-in screen.
    pub(crate) dismissed_because: Option<String>,
    changes: broadcast::Sender<Change>,
    nudge: Arc<Notify>,
    /// Wakes the background sync to recompute when the next queued write is due.
    rearm: Arc<Notify>,
    /// The language the device shows: the server answers in it, and the device's own checks speak it.
    pub(crate) language: SharedLanguage,
}

impl Core {
    /// Opens the data folder, resuming the signed-in account if there is one.
    pub fn open(data_dir: &Path) -> CoreResult<Core> {
        std::fs::create_dir_all(data_dir)?;
        let vault = Vault::for_data_dir(data_dir)?;
        // A keystore that cannot be reached (locked, no session yet) starts the app signed out, with the
        // account's file kept for when it can: never an error that stops the app.
        let language = SharedLanguage::default();
        let account = Account::resume(data_dir, &vault).unwrap_or_else(|error| {
            tracing::warn!(%error, "the signed-in account could not be opened; starting signed out");
            None
        });
        let account = account.map(|account| account.speaking(&language));
        let (changes, _) = broadcast::channel(64);
        let mut core = Core {
            data_dir: data_dir.to_owned(),
            vault,
            account,
            dismissed_because: None,
            changes,
            nudge: Arc::new(Notify::new()),
            rearm: Arc::new(Notify::new()),
            language,
        };
        // What the server said at the last contact is acted on at the start as well.
        if let Err(error) = core.erase_if_dismissed() {
            tracing::warn!(%error, "the account HR ended could not be erased yet");
        }
        Ok(core)
    }

    /// The language the device shows from now on: the server's answers (validation messages) come in it,
    /// and so do the device's own pre-checks.
    pub fn set_language(&self, language: Language) {
        if let Ok(mut shown) = self.language.write() {
            *shown = language;
        }
    }

    pub fn language(&self) -> Language {
        self.language.read().map_or(Language::En, |shown| *shown)
    }

    /// Changes as they happen; a lagging receiver misses old ones, never new ones.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.changes.subscribe()
    }

    pub(crate) fn announce(&self, change: Change) {
        // Nobody listening is fine: the CLI never does.
        let _ = self.changes.send(change);
    }

    /// Wakes the background sync now, e.g. when the device regains a network connection.
    pub fn nudge(&self) {
        self.nudge.notify_one();
    }

    pub(crate) fn wake_handles(&self) -> (Arc<Notify>, Arc<Notify>) {
        (self.nudge.clone(), self.rearm.clone())
    }

    /// After a pass over the outbox: what the delivered writes changed on the server is fetched back
    /// before the screens are told, so no number they show lags behind the user's own write.
    pub(crate) async fn after_drain(&self, report: &SyncReport) -> CoreResult<()> {
        let refetched = if report.approvals_changed {
            self.refresh_requests().await
        } else if report.leave_changed {
            self.refresh_balances().await
        } else {
            Ok(())
        };
        if let Err(error) = refetched {
            tracing::warn!(%error, "could not fetch back what a delivered write changed");
        }
        if report.corrections_changed
            && let Err(error) = self.refresh_corrections().await
        {
            tracing::warn!(%error, "could not fetch back the corrections a delivered write changed");
        }
        if !report.rejected.is_empty() {
            self.recheck_queued_requests()?;
        }
        self.announce_outbox(report)
    }

    pub(crate) fn announce_outbox(&self, report: &SyncReport) -> CoreResult<()> {
        let rejected = self.status().map(|s| s.rejected.len()).unwrap_or_default();
        self.announce(Change::Outbox { pending: report.pending, rejected });
        if report.needs_login {
            self.announce(Change::NeedsLogin);
        }
        Ok(())
    }

    pub(crate) fn account(&self) -> CoreResult<&Account> {
        self.account.as_ref().ok_or(CoreError::NotSignedIn)
    }

    pub(crate) async fn fetch_document<T: DeserializeOwned + Serialize>(
        &self,
        document: CachedDocument,
    ) -> CoreResult<T> {
        let account = self.account()?;
        let path = document.path();
        let answer = account.client.get::<T>(&path).await?;
        let cache = lock(&account.cache);
        if let Some(time) = answer.server_time {
            cache.record_server_time(time)?;
        }
        cache.put_document(&path, &answer.body)?;
        Ok(answer.body)
    }

    fn cached<T: DeserializeOwned>(&self, document: CachedDocument) -> CoreResult<Option<(T, DateTime<Utc>)>> {
        lock(&self.account()?.cache).document(&document.path())
    }

    pub(crate) fn cached_document<T: DeserializeOwned>(
        &self,
        document: CachedDocument,
    ) -> CoreResult<Fresh<Option<T>>> {
        let cached = self.cached(document)?;
        Ok(Fresh { fetched_at: cached.as_ref().map(|(_, at)| *at), data: cached.map(|(document, _)| document) })
    }

    pub(crate) fn cached_list<A: DeserializeOwned>(
        &self,
        document: CachedDocument,
    ) -> CoreResult<Fresh<Vec<Resource<A>>>> {
        let cached = self.cached::<Document<Vec<Resource<A>>>>(document)?;
        Ok(match cached {
            Some((document, fetched_at)) => Fresh { data: document.data, fetched_at: Some(fetched_at) },
            None => Fresh { data: Vec::new(), fetched_at: None },
        })
    }

    /// Queues `operation` and tries to send it at once.
    pub(crate) async fn write(
        &self,
        operation: Operation,
        days: LeaveDays,
        warning: Option<String>,
    ) -> CoreResult<WriteOutcome> {
        let account = self.account()?;
        let context = Context { employee_id: account.session.employee_id, work_date: Utc::now().date_naive(), days };
        let id = sync::enqueue(&mut lock(&account.cache), &operation, &context, warning.as_deref())?;
        let report = sync::drain(&account.cache, &account.client, true).await?;
        self.after_drain(&report).await?;
        let write = lock(&account.cache).queued_write(id)?.ok_or_else(|| CoreError::Storage("lost a write".into()))?;
        if write.state == OutboxState::Pending {
            self.rearm.notify_one();
        }
        let message = match write.state {
            OutboxState::Rejected => write.rejection.clone(),
            OutboxState::Pending => report.stopped.clone(),
            OutboxState::Done => None,
        };
        let state = write.state.outcome().to_owned();
        Ok(WriteOutcome { operation_id: id, state, message, warning, server_id: write.result })
    }
}
