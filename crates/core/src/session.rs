//! Signing in and out, the sync status, and sending the outbox on demand.

use crate::cache::{self, Cache, CacheKey, CachedDocument, encryption};
use crate::client::{ApiClient, SharedLanguage};
use crate::error::{CoreError, CoreResult};
use crate::facade::Account;
use crate::sync::{self, OutboxState, QueuedWrite, SyncReport, lock};
use crate::vault::{self, Vault};
use crate::{Change, Core, Fresh};
use chrono::{DateTime, Utc};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::lifecycle::is_dismissal_reason;
use okta_hr_domain::wire::EmployeeAttributes;
use serde::Serialize;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Names the signed-in account's cache file in the data folder, so the next start resumes it.
const CURRENT_ACCOUNT: &str = "current-account";

/// Everything the sync indicator and the sync details screen show.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Status {
    pub server_url: String,
    pub email: String,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub employee_id: i64,
    pub pending: Vec<QueuedWrite>,
    /// Refusals the user has not dismissed yet, oldest first.
    pub rejected: Vec<QueuedWrite>,
    /// Leave requests waiting for the user's decision.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub approvals_waiting: u64,
    pub last_sync_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub needs_login: bool,
    /// Why the server ended the session (suspended, signed out by an administrator…), when it said.
    pub signed_out_reason: Option<String>,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub clock_offset_ms: i64,
}

/// Crypto-erases an account from the device: its key and token leave the vault first, so whatever of the
/// file a disk keeps is unreadable, then the file goes.
fn erase(vault: &Vault, path: &Path) -> CoreResult<()> {
    vault.delete(&vault::cache_key_name(path))?;
    vault.delete(&vault::token_name(path))?;
    encryption::remove_files(path)
}

/// Opens an account's cache with its key from the vault. A plain cache from before encryption gets a key
/// and is encrypted in place, queued writes and all. A cache whose key is gone can be read by no one: it
/// is erased, and `None` says the account is as if it had never been on this device.
fn open_cache(vault: &Vault, path: &Path) -> CoreResult<Option<Cache>> {
    let key = match vault.cache_key(path)? {
        Some(key) => key,
        None if path.exists() && !encryption::is_plain(path)? => {
            tracing::warn!(cache = %path.display(), "the cache's key is gone; the unreadable cache is removed");
            erase(vault, path)?;
            return Ok(None);
        }
        None => {
            let key = CacheKey::random();
            vault.set(&vault::cache_key_name(path), key.stored())?;
            key
        }
    };
    match Cache::open(path, Some(&key)) {
        Ok(cache) => Ok(Some(cache)),
        Err(CoreError::CacheKeyLost) => {
            tracing::warn!(cache = %path.display(), "the cache does not open with its key; it is removed");
            erase(vault, path)?;
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

impl Account {
    /// The account the data folder was last signed in to, if any. Every other account's cache from before
    /// encryption is encrypted on the way, so no account on a shared device stays readable.
    pub(crate) fn resume(data_dir: &Path, vault: &Vault) -> CoreResult<Option<Account>> {
        for entry in std::fs::read_dir(data_dir)?.filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "sqlite") && encryption::is_plain(&path)? {
                Account::open(vault, &path)?;
            }
        }
        match std::fs::read_to_string(data_dir.join(CURRENT_ACCOUNT)) {
            Ok(file) => {
                let path = data_dir.join(file.trim());
                let account = if path.exists() { Account::open(vault, &path)? } else { None };
                if account.is_none() {
                    let _ = std::fs::remove_file(data_dir.join(CURRENT_ACCOUNT));
                }
                Ok(account)
            }
            Err(_) => Ok(None),
        }
    }

    /// `None` when there is no readable cache holding a session.
    fn open(vault: &Vault, path: &Path) -> CoreResult<Option<Account>> {
        let Some(cache) = open_cache(vault, path)? else { return Ok(None) };
        let Some(mut session) = cache.session()? else { return Ok(None) };
        let token_name = vault::token_name(path);
        // A token a cache from before the keystore kept in its session row moves to the vault.
        if let Some(token) = session.token.take() {
            vault.set(&token_name, &token)?;
            cache.clear_stored_token()?;
        }
        session.token = vault.get(&token_name)?;
        let client = ApiClient::new(&session.server_url)?.with_token(session.token.clone());
        Ok(Some(Account { cache: Arc::new(Mutex::new(cache)), client, session }))
    }
}

impl Account {
    pub(crate) fn speaking(mut self, language: &SharedLanguage) -> Account {
        self.client = self.client.speaking(language.clone());
        self
    }
}

impl Core {
    pub fn is_signed_in(&self) -> bool {
        self.account.as_ref().is_some_and(|a| a.session.token.is_some())
    }

    /// Signs in; the account's cache is its own file, so accounts never see each other's data.
    pub async fn login(&mut self, server_url: &str, email: &str, password: &str, device_name: &str) -> CoreResult<()> {
        self.login_changing_password(server_url, email, password, None, device_name).await
    }

    /// Signs in; `new_password` replaces a password an administrator expired, as the sign-in succeeds.
    pub async fn login_changing_password(
        &mut self,
        server_url: &str,
        email: &str,
        password: &str,
        new_password: Option<&str>,
        device_name: &str,
    ) -> CoreResult<()> {
        let client = ApiClient::new(server_url)?.speaking(self.language.clone());
        let document = client.login(email, password, new_password, device_name).await?;
        let token = document.data.attributes.token.clone();
        let employee_id: i64 = document
            .data
            .related_id("employee")
            .and_then(|id| id.parse().ok())
            .ok_or_else(|| CoreError::Invalid("the server did not say who signed in".to_owned()))?;
        let path = cache::file_for(&self.data_dir, client.base_url(), employee_id);
        // A cache whose key was lost is erased by the first open; the second starts a new one.
        let cache = match open_cache(&self.vault, &path)? {
            Some(cache) => cache,
            None => open_cache(&self.vault, &path)?.ok_or(CoreError::CacheKeyLost)?,
        };
        cache.save_session(client.base_url(), employee_id, email)?;
        self.vault.set(&vault::token_name(&path), &token)?;
        drop(cache);
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        std::fs::write(self.data_dir.join(CURRENT_ACCOUNT), file_name)?;
        self.account = Account::open(&self.vault, &path)?.map(|account| account.speaking(&self.language));
        self.dismissed_because = None;
        self.announce(Change::SignedIn);
        // The person's own data is filled before the sign-in returns, what their role sees of the
        // company by `refresh_team` after it; the user is signed in even if either fails.
        let _ = self.refresh_own().await;
        Ok(())
    }

    /// Signs out and erases the account from the device: its key, its token and its cache file. Refuses
    /// while writes are still queued, unless `force`, which discards them with everything else.
    pub async fn logout(&mut self, force: bool) -> CoreResult<()> {
        let account = self.account()?;
        let pending = lock(&account.cache).pending_count()?;
        if pending > 0 && !force {
            return Err(CoreError::UnsyncedWork(pending));
        }
        if let Err(error) = account.client.logout().await {
            tracing::warn!(%error, "the server did not hear the sign-out; the token is forgotten here anyway");
        }
        let path = lock(&account.cache).path().to_owned();
        self.account = None;
        erase(&self.vault, &path)?;
        let _ = std::fs::remove_file(self.data_dir.join(CURRENT_ACCOUNT));
        self.announce(Change::SignedOut);
        Ok(())
    }

    /// Once the server has said that HR suspended or deactivated the person, the device keeps nothing of
    /// theirs: with nothing of theirs waiting to be sent, the account is erased as a sign-out erases it
    /// (the server ended the session already). The drain that heard it offered every queued write once:
    /// the punches recorded before went through, and what was refused is named in the reason the sign-in
    /// screen shows. A write still waiting (the server went away midway) keeps the account until a later
    /// drain or start finds none. Answers whether it was erased.
    pub fn erase_if_dismissed(&mut self) -> CoreResult<bool> {
        let Some(account) = &self.account else { return Ok(false) };
        let (reason, writes, path) = {
            let cache = lock(&account.cache);
            (cache.session()?.and_then(|s| s.signed_out_reason), cache.queued_writes()?, cache.path().to_owned())
        };
        let Some(reason) = reason.filter(|reason| is_dismissal_reason(reason)) else { return Ok(false) };
        if writes.iter().any(|w| w.state == OutboxState::Pending) {
            return Ok(false);
        }
        self.account = None;
        erase(&self.vault, &path)?;
        let _ = std::fs::remove_file(self.data_dir.join(CURRENT_ACCOUNT));
        let unsent: Vec<&str> = writes.iter().map(|w| w.description.as_str()).collect();
        self.dismissed_because =
            Some(if unsent.is_empty() { reason } else { format!("{reason} Not sent: {}.", unsent.join("; ")) });
        self.announce(Change::SignedOut);
        Ok(true)
    }

    /// Why the account on this device was erased, when HR's suspension or deactivation erased it since
    /// the app started: the sign-in screen says it.
    pub fn dismissed_because(&self) -> Option<&str> {
        self.dismissed_because.as_deref()
    }

    pub fn profile(&self) -> CoreResult<Fresh<Option<Document<Resource<EmployeeAttributes>>>>> {
        self.cached_document(CachedDocument::Me)
    }

    pub fn status(&self) -> CoreResult<Status> {
        let approvals_waiting = self.approvals_waiting()?;
        let account = self.account()?;
        let cache = lock(&account.cache);
        let session = cache.session()?.ok_or(CoreError::NotSignedIn)?;
        let language = self.language();
        let (pending, rejected) = cache
            .queued_writes()?
            .into_iter()
            .map(|write| write.in_language(language))
            .partition(|w| w.state == OutboxState::Pending);
        Ok(Status {
            server_url: session.server_url,
            email: session.email,
            employee_id: session.employee_id,
            pending,
            rejected,
            approvals_waiting,
            last_sync_at: session.last_sync_at,
            last_error: session.last_error,
            needs_login: session.needs_login,
            signed_out_reason: session.signed_out_reason,
            clock_offset_ms: session.clock_offset_ms,
        })
    }

    /// Dismisses the refusal `id` (an outbox id), or all of them when `None`; answers how many.
    pub fn dismiss_refusals(&self, id: Option<i64>) -> CoreResult<usize> {
        let account = self.account()?;
        let dismissed = lock(&account.cache).dismiss_refusals(id)?;
        if id.is_some() && dismissed == 0 {
            return Err(CoreError::Invalid(format!("no refusal #{} to dismiss", id.unwrap_or_default())));
        }
        let pending = lock(&account.cache).pending_count()?;
        self.announce_outbox(&SyncReport { pending, ..SyncReport::default() })?;
        Ok(dismissed)
    }

    /// How long until the oldest queued write is due again; `None` when nothing is queued.
    pub fn next_due_in(&self) -> CoreResult<Option<std::time::Duration>> {
        let Some(account) = &self.account else { return Ok(None) };
        let pending = lock(&account.cache).queued_writes()?;
        let next = pending.iter().filter(|w| w.state == OutboxState::Pending).filter_map(|w| w.next_attempt_at).min();
        Ok(next.map(|at| (at - Utc::now()).to_std().unwrap_or_default()))
    }

    /// Sends every queued write now, then refreshes the cache.
    pub async fn sync(&self) -> CoreResult<SyncReport> {
        let account = self.account()?;
        let report = sync::drain(&account.cache, &account.client, true).await?;
        self.after_drain(&report).await?;
        if report.stopped.is_none() && !report.needs_login {
            self.refresh().await?;
        }
        Ok(report)
    }

    /// Sends every queued write now, without refreshing the cache afterwards.
    pub async fn send_queued(&self) -> CoreResult<SyncReport> {
        let account = self.account()?;
        let report = sync::drain(&account.cache, &account.client, true).await?;
        self.after_drain(&report).await?;
        Ok(report)
    }

    /// Sends the writes that are due, as a background timer does.
    pub async fn sync_due(&self) -> CoreResult<SyncReport> {
        let account = self.account()?;
        let report = sync::drain(&account.cache, &account.client, false).await?;
        if report.sent > 0 || !report.rejected.is_empty() || report.needs_login {
            self.after_drain(&report).await?;
        }
        Ok(report)
    }
}
