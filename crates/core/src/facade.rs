//! `Core`: what the app and the CLI call. Reads answer from the cache at once; writes go through
//! the outbox and are sent when the server can be reached.

use crate::cache::{self, AttendanceEntry, Cache, LeaveEntry, Session, TeamDay, TodayStatus};
use crate::client::ApiClient;
use crate::error::{CoreError, CoreResult};
use crate::precheck;
use crate::sync::{self, Context, Operation, QueuedWrite, SyncReport, lock};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use okta_hr_domain::geofence::Fix;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::leave::working_days;
use okta_hr_domain::wire::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::{Notify, broadcast};

const CURRENT_ACCOUNT: &str = "current-account";
pub(crate) const BALANCES_THIS_YEAR: &str = "/api/v1/me/leave-balances";

/// Next year's balances are cached too: leave is often planned across New Year.
pub(crate) fn balances_next_year() -> String {
    format!("/api/v1/me/leave-balances?year={}", Utc::now().year() + 1)
}

/// A cached answer and how old it is.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Fresh<T> {
    pub data: T,
    /// When the server last sent it; `None` when nothing is cached yet.
    pub fetched_at: Option<DateTime<Utc>>,
}

/// Everything the sync indicator and the sync details screen show.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Status {
    pub server_url: String,
    pub email: String,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub employee_id: i64,
    pub pending: Vec<QueuedWrite>,
    pub rejected: Vec<QueuedWrite>,
    pub last_sync_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub needs_login: bool,
    /// Why the server ended the session (suspended, signed out by an administrator…), when it said.
    pub signed_out_reason: Option<String>,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub clock_offset_ms: i64,
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
    session: Session,
}

pub struct Core {
    data_dir: PathBuf,
    account: Option<Account>,
    changes: broadcast::Sender<Change>,
    nudge: Arc<Notify>,
    /// Wakes the background sync to recompute when the next queued write is due.
    rearm: Arc<Notify>,
}

impl Core {
    /// Opens the data folder, resuming the signed-in account if there is one.
    pub fn open(data_dir: &Path) -> CoreResult<Core> {
        std::fs::create_dir_all(data_dir)?;
        let pointer = data_dir.join(CURRENT_ACCOUNT);
        let account = match std::fs::read_to_string(&pointer) {
            Ok(file) => Self::open_account(&data_dir.join(file.trim()))?,
            Err(_) => None,
        };
        let (changes, _) = broadcast::channel(64);
        Ok(Core {
            data_dir: data_dir.to_owned(),
            account,
            changes,
            nudge: Arc::new(Notify::new()),
            rearm: Arc::new(Notify::new()),
        })
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

    /// How long until the oldest queued write is due again; `None` when nothing is queued.
    pub fn next_due_in(&self) -> CoreResult<Option<std::time::Duration>> {
        let Some(account) = &self.account else { return Ok(None) };
        let pending = lock(&account.cache).queued_writes()?;
        let next = pending.iter().filter(|w| w.state == "pending").filter_map(|w| w.next_attempt_at).min();
        Ok(next.map(|at| (at - Utc::now()).to_std().unwrap_or_default()))
    }

    fn announce_outbox(&self, report: &SyncReport) -> CoreResult<()> {
        let rejected = self.status().map(|s| s.rejected.len()).unwrap_or_default();
        self.announce(Change::Outbox { pending: report.pending, rejected });
        if report.needs_login {
            self.announce(Change::NeedsLogin);
        }
        Ok(())
    }

    fn open_account(path: &Path) -> CoreResult<Option<Account>> {
        let cache = Cache::open(path)?;
        let Some(session) = cache.session()? else { return Ok(None) };
        let client = ApiClient::new(&session.server_url)?.with_token(session.token.clone());
        Ok(Some(Account { cache: Arc::new(Mutex::new(cache)), client, session }))
    }

    pub(crate) fn account(&self) -> CoreResult<&Account> {
        self.account.as_ref().ok_or(CoreError::NotSignedIn)
    }

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
        let client = ApiClient::new(server_url)?;
        let document = client.login(email, password, new_password, device_name).await?;
        let token = document.data.attributes.token.clone();
        let employee_id: i64 = document
            .data
            .related_id("employee")
            .and_then(|id| id.parse().ok())
            .ok_or_else(|| CoreError::Invalid("the server did not say who signed in".to_owned()))?;
        let path = cache::file_for(&self.data_dir, client.base_url(), employee_id);
        let cache = Cache::open(&path)?;
        cache.save_session(client.base_url(), employee_id, email, &token)?;
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        std::fs::write(self.data_dir.join(CURRENT_ACCOUNT), file_name)?;
        self.account = Self::open_account(&path)?;
        self.announce(Change::SignedIn);
        // The person's own data is filled before the sign-in returns, what their role sees of the
        // company by `refresh_team` after it; the user is signed in even if either fails.
        let _ = self.refresh_own().await;
        Ok(())
    }

    /// Signs out. Refuses while writes are still queued, unless `force`.
    pub async fn logout(&mut self, force: bool) -> CoreResult<()> {
        let account = self.account()?;
        let pending = lock(&account.cache).pending_count()?;
        if pending > 0 && !force {
            return Err(CoreError::UnsyncedWork(pending));
        }
        if let Err(error) = account.client.logout().await {
            tracing::warn!(%error, "the server did not hear the sign-out; the token is forgotten here anyway");
        }
        lock(&account.cache).forget_token(false)?;
        let _ = std::fs::remove_file(self.data_dir.join(CURRENT_ACCOUNT));
        self.account = None;
        self.announce(Change::SignedOut);
        Ok(())
    }

    pub fn status(&self) -> CoreResult<Status> {
        let account = self.account()?;
        let cache = lock(&account.cache);
        let session = cache.session()?.ok_or(CoreError::NotSignedIn)?;
        let (pending, rejected) = cache.queued_writes()?.into_iter().partition(|w| w.state == "pending");
        Ok(Status {
            server_url: session.server_url,
            email: session.email,
            employee_id: session.employee_id,
            pending,
            rejected,
            last_sync_at: session.last_sync_at,
            last_error: session.last_error,
            needs_login: session.needs_login,
            signed_out_reason: session.signed_out_reason,
            clock_offset_ms: session.clock_offset_ms,
        })
    }

    /// Sends every queued write now, then refreshes the cache.
    pub async fn sync(&self) -> CoreResult<SyncReport> {
        let account = self.account()?;
        let report = sync::drain(&account.cache, &account.client, true).await?;
        self.announce_outbox(&report)?;
        if report.stopped.is_none() {
            self.refresh().await?;
        }
        Ok(report)
    }

    /// Sends every queued write now, without refreshing the cache afterwards.
    pub async fn send_queued(&self) -> CoreResult<SyncReport> {
        let account = self.account()?;
        let report = sync::drain(&account.cache, &account.client, true).await?;
        self.announce_outbox(&report)?;
        Ok(report)
    }

    /// Sends the writes that are due, as a background timer does.
    pub async fn sync_due(&self) -> CoreResult<SyncReport> {
        let account = self.account()?;
        let report = sync::drain(&account.cache, &account.client, false).await?;
        if report.sent > 0 || !report.rejected.is_empty() || report.needs_login {
            self.announce_outbox(&report)?;
        }
        Ok(report)
    }

    pub(crate) async fn fetch_document<T: DeserializeOwned + Serialize>(&self, path: &str) -> CoreResult<T> {
        let account = self.account()?;
        let answer = account.client.get::<T>(path).await?;
        let cache = lock(&account.cache);
        if let Some(time) = answer.server_time {
            cache.record_server_time(time)?;
        }
        cache.put_document(path, &answer.body)?;
        Ok(answer.body)
    }

    fn cached<T: DeserializeOwned>(&self, path: &str) -> CoreResult<Option<(T, DateTime<Utc>)>> {
        lock(&self.account()?.cache).document(path)
    }

    pub(crate) fn cached_document<T: DeserializeOwned>(&self, path: &str) -> CoreResult<Fresh<Option<T>>> {
        let cached = self.cached(path)?;
        Ok(Fresh { fetched_at: cached.as_ref().map(|(_, at)| *at), data: cached.map(|(document, _)| document) })
    }

    pub(crate) fn cached_list<A: DeserializeOwned>(&self, path: &str) -> CoreResult<Fresh<Vec<Resource<A>>>> {
        let cached = self.cached::<Document<Vec<Resource<A>>>>(path)?;
        Ok(match cached {
            Some((document, fetched_at)) => Fresh { data: document.data, fetched_at: Some(fetched_at) },
            None => Fresh { data: Vec::new(), fetched_at: None },
        })
    }

    pub fn profile(&self) -> CoreResult<Fresh<Option<Document<Resource<EmployeeAttributes>>>>> {
        let cached = self.cached("/api/v1/me")?;
        Ok(Fresh { fetched_at: cached.as_ref().map(|(_, at)| *at), data: cached.map(|(document, _)| document) })
    }

    /// The company's logo as last fetched, for the app's header; `None` when the company has none.
    pub fn company_logo(&self) -> CoreResult<Option<crate::cache::Logo>> {
        lock(&self.account()?.cache).company_logo()
    }

    /// The user's own branch, from the cached profile.
    pub fn my_branch(&self) -> CoreResult<Option<BranchAttributes>> {
        let Some(profile) = self.profile()?.data else { return Ok(None) };
        let Some(branch_id) = profile.data.related_id("branch") else { return Ok(None) };
        Ok(profile.find_included::<BranchAttributes>(kind::BRANCH, branch_id).map(|b| b.attributes))
    }

    pub fn today(&self) -> CoreResult<TodayStatus> {
        let account = self.account()?;
        lock(&account.cache).today(account.session.employee_id, Utc::now().date_naive())
    }

    pub fn attendance(&self, month: Option<(i32, u32)>) -> CoreResult<Vec<AttendanceEntry>> {
        let account = self.account()?;
        let today = Utc::now().date_naive();
        let (year, month) = month.unwrap_or((today.year(), today.month()));
        let from = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(|| CoreError::Invalid("no such month".into()))?;
        let to = from.checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(from);
        lock(&account.cache).attendance_of(account.session.employee_id, from, to)
    }

    pub fn leaves(&self) -> CoreResult<Vec<LeaveEntry>> {
        lock(&self.account()?.cache).leaves()
    }

    /// This year's and next year's balances as the server last sent them.
    fn server_balances(&self) -> CoreResult<Fresh<Vec<LeaveBalanceAttributes>>> {
        let this_year = self.cached_list::<LeaveBalanceAttributes>(BALANCES_THIS_YEAR)?;
        let next_year = self.cached_list::<LeaveBalanceAttributes>(&balances_next_year())?;
        let data = this_year.data.into_iter().chain(next_year.data).map(|b| b.attributes).collect();
        Ok(Fresh { data, fetched_at: this_year.fetched_at })
    }

    /// This year's and next year's balances, with requests still queued counted as pending.
    pub fn balances(&self) -> CoreResult<Fresh<Vec<LeaveBalanceAttributes>>> {
        let server = self.server_balances()?;
        let queued: Vec<LeaveEntry> =
            self.leaves()?.into_iter().filter(|l| l.pending && l.status == "pending").collect();
        let data = server
            .data
            .into_iter()
            .map(|mut balance| {
                let extra: i64 = queued
                    .iter()
                    .filter(|l| l.leave_type == balance.leave_type)
                    .flat_map(|l| okta_hr_domain::leave::working_days_by_year(l.start_date, l.end_date))
                    .filter(|(year, _)| *year == balance.year)
                    .map(|(_, days)| i64::from(days))
                    .sum();
                balance.pending += extra;
                balance.remaining -= extra;
                balance
            })
            .collect();
        Ok(Fresh { data, fetched_at: server.fetched_at })
    }

    pub fn payslips(&self) -> CoreResult<Fresh<Vec<Resource<PayslipAttributes>>>> {
        self.cached_list("/api/v1/me/payslips?page[size]=100")
    }

    /// One payslip with its earnings and deductions.
    pub fn payslip(&self, id: &str) -> CoreResult<Option<Resource<PayslipAttributes>>> {
        Ok(self.payslips()?.data.into_iter().find(|slip| slip.id == id))
    }

    pub fn notifications(&self) -> CoreResult<Fresh<Vec<Resource<NotificationAttributes>>>> {
        self.cached_list("/api/v1/me/notifications?page[size]=100")
    }

    pub fn announcements(&self) -> CoreResult<Fresh<Vec<Resource<AnnouncementAttributes>>>> {
        self.cached_list("/api/v1/announcements?page[size]=100")
    }

    pub fn branches(&self) -> CoreResult<Fresh<Vec<Resource<BranchAttributes>>>> {
        self.cached_list("/api/v1/branches")
    }

    pub fn departments(&self) -> CoreResult<Fresh<Vec<Resource<DepartmentAttributes>>>> {
        self.cached_list("/api/v1/departments")
    }

    pub fn approvals(&self) -> CoreResult<Fresh<Vec<Resource<LeaveRequestAttributes>>>> {
        self.cached_list("/api/v1/leave-requests?page[size]=100")
    }

    pub fn assets(&self) -> CoreResult<Fresh<Vec<Resource<AssetAttributes>>>> {
        self.cached_list("/api/v1/assets?page[size]=100")
    }

    pub fn employees(&self, search: Option<&str>, limit: i64) -> CoreResult<Vec<Resource<EmployeeAttributes>>> {
        lock(&self.account()?.cache).employees(search, limit)
    }

    pub fn team_attendance(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        offset: i64,
        limit: i64,
    ) -> CoreResult<(Vec<AttendanceEntry>, i64)> {
        lock(&self.account()?.cache).team_attendance(from, to, offset, limit)
    }

    /// The team's counts for one day (who is in, late, or has left), from the cache.
    pub fn team_day(&self, day: NaiveDate) -> CoreResult<TeamDay> {
        lock(&self.account()?.cache).team_day(day)
    }

    /// Queues `operation` and tries to send it at once.
    async fn write(&self, operation: Operation, days: i64, warning: Option<String>) -> CoreResult<WriteOutcome> {
        let account = self.account()?;
        let context = Context { employee_id: account.session.employee_id, work_date: Utc::now().date_naive(), days };
        let id = sync::enqueue(&mut lock(&account.cache), &operation, &context)?;
        let report = sync::drain(&account.cache, &account.client, true).await?;
        self.announce_outbox(&report)?;
        let write = lock(&account.cache).queued_write(id)?.ok_or_else(|| CoreError::Storage("lost a write".into()))?;
        if write.state == "pending" {
            self.rearm.notify_one();
        }
        let message = match write.state.as_str() {
            "rejected" => write.rejection.clone(),
            "pending" => report.stopped.clone(),
            _ => None,
        };
        let state = if write.state == "done" {
            "synced".to_owned()
        } else if write.state == "pending" {
            "queued".to_owned()
        } else {
            write.state.clone()
        };
        Ok(WriteOutcome { operation_id: id, state, message, warning, server_id: write.result })
    }

    pub async fn check_in(&self, fix: Option<Fix>, is_mocked: bool) -> CoreResult<WriteOutcome> {
        let warning = precheck::geofence(self.my_branch()?.as_ref(), fix.as_ref(), "check in");
        self.write(Operation::CheckIn { fix, is_mocked }, 0, warning).await
    }

    pub async fn check_out(&self, fix: Option<Fix>, is_mocked: bool) -> CoreResult<WriteOutcome> {
        let warning = precheck::geofence(self.my_branch()?.as_ref(), fix.as_ref(), "check out");
        self.write(Operation::CheckOut { fix, is_mocked }, 0, warning).await
    }

    /// What the server would refuse this request for, judged from the cache; `None` if nothing.
    pub fn leave_warning(
        &self,
        leave_type: &str,
        start_date: NaiveDate,
        end_date: NaiveDate,
    ) -> CoreResult<Option<String>> {
        // The server's figures; the pre-check adds the requests still queued here.
        let balances = self.server_balances()?.data;
        let requests = self.leaves()?;
        Ok(precheck::leave(leave_type, start_date, end_date, &balances, &requests).err())
    }

    pub async fn submit_leave(
        &self,
        leave_type: &str,
        start_date: NaiveDate,
        end_date: NaiveDate,
        reason: Option<String>,
    ) -> CoreResult<WriteOutcome> {
        let warning = self.leave_warning(leave_type, start_date, end_date)?;
        let days = i64::from(working_days(start_date, end_date));
        let operation = Operation::SubmitLeave { leave_type: leave_type.to_owned(), start_date, end_date, reason };
        self.write(operation, days, warning).await
    }

    pub async fn cancel_leave(&self, key: &str) -> CoreResult<WriteOutcome> {
        let leave = self.leaves()?.into_iter().find(|l| l.key == key);
        if leave.is_none() {
            return Err(CoreError::Invalid(format!("no leave request {key} on this device")));
        }
        self.write(Operation::CancelLeave { key: key.to_owned() }, 0, None).await
    }

    pub async fn act_on_leave(
        &self,
        leave_request_id: i64,
        approve: bool,
        notes: Option<String>,
    ) -> CoreResult<WriteOutcome> {
        self.write(Operation::ActOnLeave { leave_request_id, approve, notes }, 0, None).await
    }

    pub async fn mark_notifications_read(&self, id: Option<String>) -> CoreResult<WriteOutcome> {
        self.write(Operation::MarkNotificationsRead { id }, 0, None).await
    }
}
