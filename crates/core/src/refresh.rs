//! Bringing the cache up to date, in stages. The signed-in person's own data comes first: it is a
//! handful of small requests, and a sign-in waits for nothing else. What managers and HR see of the
//! whole company follows: for a company of 10,000 that is the directory and two weeks of everyone's
//! attendance, tens of seconds of paging, during which the app is already in use.

use crate::cache::{CachedDocument, Logo};
use crate::client::ClientError;
use crate::error::{CoreError, CoreResult};
use crate::sync::lock;
use crate::{Change, Core};
use chrono::{Datelike, NaiveDate, Utc};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::*;

/// How many days of the team's attendance the device keeps.
const TEAM_DAYS: i64 = 14;
/// A team's records rarely change once their day is over, and for a large company two weeks are a
/// thousand pages: refreshes fetch the last two days, and the whole window at most this often.
const WHOLE_TEAM_WINDOW_EVERY_MINUTES: i64 = 60;

impl Core {
    /// Brings the whole cache up to date with the server, announcing each stage as it lands. Fails
    /// quietly offline: the cache still answers, and the status says why it may be stale.
    pub async fn refresh(&self) -> CoreResult<()> {
        let own = self.fetch_own().await;
        if let Some(role) = self.settle(own)? {
            self.refresh_company(role).await?;
        }
        Ok(())
    }

    /// Fills what the person's role sees of the company, after a sign-in has filled their own data.
    pub async fn refresh_team(&self) -> CoreResult<()> {
        match self.profile()?.data {
            Some(me) => self.refresh_company(me.data.attributes.role).await,
            None => self.refresh().await,
        }
    }

    /// After a decision on a request: the person's own data and the company's requests, without the
    /// directory and attendance, which a decision does not change.
    pub async fn refresh_requests(&self) -> CoreResult<()> {
        let own = self.fetch_own().await;
        if let Some(role) = self.settle(own)? {
            let requests = self.fetch_team_documents(role).await;
            self.settle(requests)?;
        }
        Ok(())
    }

    /// The leave balances alone, after a request was sent or cancelled.
    pub(crate) async fn refresh_balances(&self) -> CoreResult<()> {
        for document in [CachedDocument::BalancesThisYear, CachedDocument::BalancesNextYear] {
            self.fetch_document::<serde_json::Value>(document).await?;
        }
        Ok(())
    }

    /// Fills the signed-in person's own data: what a sign-in waits for, and all a change to their own
    /// notifications or requests needs.
    pub async fn refresh_own(&self) -> CoreResult<()> {
        let own = self.fetch_own().await;
        self.settle(own).map(drop)
    }

    async fn refresh_company(&self, role: Role) -> CoreResult<()> {
        let requests = self.fetch_team_documents(role).await;
        if self.settle(requests)?.is_some() {
            let records = self.fetch_team_records(role).await;
            self.settle(records)?;
        }
        Ok(())
    }

    /// Announces a stage that landed; an unreachable server is recorded, not raised.
    fn settle<T>(&self, stage: CoreResult<T>) -> CoreResult<Option<T>> {
        match stage {
            Ok(value) => {
                self.announce(Change::Refreshed);
                Ok(Some(value))
            }
            Err(CoreError::Client(error)) if error.is_transient() => {
                lock(&self.account()?.cache).record_sync(Some(&error.to_string()))?;
                self.announce(Change::Refreshed);
                Ok(None)
            }
            Err(CoreError::Client(ClientError::Unauthenticated { reason })) => {
                lock(&self.account()?.cache).set_needs_login(reason.as_deref())?;
                self.announce(Change::NeedsLogin);
                Err(ClientError::Unauthenticated { reason }.into())
            }
            Err(other) => Err(other),
        }
    }

    async fn fetch_own(&self) -> CoreResult<Role> {
        let account = self.account()?;
        let me: Document<Resource<EmployeeAttributes>> = self.fetch_document(CachedDocument::Me).await?;
        let today = Utc::now().date_naive();
        let month_start = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap_or(today);
        let previous_month = month_start.pred_opt().unwrap_or(month_start);
        let mut records = Vec::new();
        for month in [previous_month, today] {
            let path = format!("/api/v1/me/attendance?month={}", month.format("%Y-%m"));
            records.extend(account.client.all_pages::<AttendanceRecordAttributes>(&path).await?);
        }
        let leaves = account.client.all_pages::<LeaveRequestAttributes>("/api/v1/me/leaves").await?;
        // Stored before the balances are fetched: a list that lags behind its own balance would show
        // "no requests" beside "5 pending" whenever a later fetch fails.
        {
            let mut cache = lock(&account.cache);
            cache.upsert_attendance(&records)?;
            cache.replace_leaves(&leaves)?;
        }
        for document in [
            CachedDocument::Branches,
            CachedDocument::Departments,
            CachedDocument::Calendar,
            CachedDocument::LeaveTypes,
            CachedDocument::MyCorrections,
            CachedDocument::MyShifts,
            CachedDocument::MyAssets,
            CachedDocument::BalancesThisYear,
            CachedDocument::BalancesNextYear,
            CachedDocument::Payslips,
            CachedDocument::Notifications,
            CachedDocument::Announcements,
        ] {
            self.fetch_document::<serde_json::Value>(document).await?;
        }
        self.refresh_company_logo(&me).await?;
        lock(&account.cache).record_reachable()?;
        Ok(me.data.attributes.role)
    }

    /// Fetches the company's logo when the Org API has a new one; the path changes with every upload.
    async fn refresh_company_logo(&self, me: &Document<Resource<EmployeeAttributes>>) -> CoreResult<()> {
        let account = self.account()?;
        let wanted = me
            .included
            .iter()
            .find(|r| r.kind == kind::COMPANY)
            .and_then(|company| company.attributes.get("logo_path"))
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        let cached = lock(&account.cache).company_logo()?.map(|logo| logo.path);
        if wanted == cached {
            return Ok(());
        }
        let logo = match wanted {
            Some(path) => {
                let (content_type, image) = account.client.get_file(&path).await?;
                Some(Logo { path, content_type, image })
            }
            None => None,
        };
        lock(&account.cache).set_company_logo(logo.as_ref())
    }

    /// Requests to approve, assets and payroll runs: one request each, so they land before the long part.
    async fn fetch_team_documents(&self, role: Role) -> CoreResult<()> {
        if role != Role::Employee {
            self.fetch_document::<serde_json::Value>(CachedDocument::LeaveRequests).await?;
            self.fetch_document::<serde_json::Value>(CachedDocument::PendingCorrections).await?;
            self.fetch_document::<serde_json::Value>(CachedDocument::Assets).await?;
        }
        if role == Role::Hr {
            self.fetch_document::<serde_json::Value>(CachedDocument::PayrollRuns).await?;
        }
        Ok(())
    }

    /// The directory and the team's attendance (two weeks of it hourly, the last two days in between);
    /// the end of a whole refresh, which is what `Status::last_sync_at` records.
    async fn fetch_team_records(&self, role: Role) -> CoreResult<()> {
        let account = self.account()?;
        if role != Role::Employee {
            if let Some(employees) = self.refresh_directory().await? {
                lock(&account.cache).replace_employees(&employees)?;
            }
            let last_whole_window = lock(&account.cache).team_window_at()?;
            let whole = last_whole_window
                .is_none_or(|at| Utc::now() - at >= chrono::Duration::minutes(WHOLE_TEAM_WINDOW_EVERY_MINUTES));
            // The server's days are the company's: a day either side of UTC's covers every time zone
            // (a company east of UTC starts its day while UTC's is the one before).
            let today = Utc::now().date_naive();
            let from = today - chrono::Duration::days(if whole { TEAM_DAYS } else { 2 });
            let to = today + chrono::Duration::days(1);
            let path = format!("/api/v1/attendance-records?from={from}&to={to}");
            let records = account.client.all_pages::<AttendanceRecordAttributes>(&path).await?;
            let mut cache = lock(&account.cache);
            cache.upsert_attendance(&records)?;
            if whole {
                cache.record_team_window()?;
            }
        }
        lock(&account.cache).record_sync(None)?;
        Ok(())
    }

    /// The directory, page by page with If-None-Match: unchanged pages cost a 304 and no parsing.
    /// Answers `None` when no page changed, so the cached directory stands.
    async fn refresh_directory(&self) -> CoreResult<Option<Vec<Resource<EmployeeAttributes>>>> {
        let account = self.account()?;
        let (mut employees, mut changed, mut page) = (Vec::new(), false, 1);
        loop {
            let path = CachedDocument::DirectoryPage(page).path();
            let etag = lock(&account.cache).etag(&path)?;
            let document: Document<Vec<Resource<EmployeeAttributes>>> =
                match account.client.get_if_changed(&path, etag.as_deref()).await? {
                    Some(answer) => {
                        lock(&account.cache).put_tagged_document(&path, &answer.body, answer.etag.as_deref())?;
                        changed = true;
                        answer.body
                    }
                    None => {
                        let cache = lock(&account.cache);
                        cache.touch_document(&path)?;
                        match cache.document(&path)? {
                            Some((document, _)) => document,
                            None => return Err(CoreError::Storage(format!("{path} vanished from the cache"))),
                        }
                    }
                };
            let last_page = document.meta.as_ref().map_or(1, |m| m.last_page);
            employees.extend(document.data);
            if page >= last_page {
                return Ok(changed.then_some(employees));
            }
            page += 1;
        }
    }
}
