//! Whole API documents for the read-mostly screens.

use super::Cache;
use crate::error::CoreResult;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Each document the cache keeps whole, stored under the API path it is fetched from: existing
/// caches are found by these paths, so they must not change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CachedDocument {
    Me,
    Branches,
    Departments,
    BalancesThisYear,
    /// Leave is often planned across New Year.
    BalancesNextYear,
    Payslips,
    Notifications,
    Announcements,
    /// The requests the signed-in manager or HR may decide on.
    LeaveRequests,
    Assets,
    PayrollRuns,
    PayrollRun(i64),
    /// One page of the company directory, kept with its ETag.
    DirectoryPage(u64),
    /// The person's working week and public holidays, which leave days are counted with.
    Calendar,
    /// The person's own attendance correction requests.
    MyCorrections,
    /// The corrections waiting for the signed-in manager or HR, of the people they look after.
    PendingCorrections,
    /// The person's shift assignments, each with its shift.
    MyShifts,
    /// The company's shifts, as HR last read them.
    Shifts,
    /// The company's leave types, whose policies the pre-check applies.
    LeaveTypes,
    /// The assets the signed-in person holds.
    MyAssets,
}

impl CachedDocument {
    pub(crate) fn path(self) -> String {
        match self {
            CachedDocument::Me => "/api/v1/me".to_owned(),
            CachedDocument::Branches => "/api/v1/branches".to_owned(),
            CachedDocument::Departments => "/api/v1/departments".to_owned(),
            CachedDocument::BalancesThisYear => "/api/v1/me/leave-balances".to_owned(),
            CachedDocument::BalancesNextYear => "/api/v1/me/leave-balances?year=next".to_owned(),
            CachedDocument::Payslips => "/api/v1/me/payslips?page[size]=100".to_owned(),
            CachedDocument::Notifications => "/api/v1/me/notifications?page[size]=100".to_owned(),
            CachedDocument::Announcements => "/api/v1/announcements?page[size]=100".to_owned(),
            CachedDocument::LeaveRequests => "/api/v1/leave-requests?page[size]=100".to_owned(),
            CachedDocument::Assets => "/api/v1/assets?page[size]=100".to_owned(),
            CachedDocument::PayrollRuns => "/api/v1/payroll-runs?page[size]=100".to_owned(),
            CachedDocument::PayrollRun(id) => format!("/api/v1/payroll-runs/{id}"),
            CachedDocument::DirectoryPage(page) => format!("/api/v1/employees?page[size]=100&page[number]={page}"),
            CachedDocument::Calendar => "/api/v1/me/calendar".to_owned(),
            CachedDocument::MyCorrections => "/api/v1/me/attendance/corrections?page[size]=100".to_owned(),
            CachedDocument::PendingCorrections => {
                "/api/v1/attendance-corrections?filter[status]=pending&page[size]=100".to_owned()
            }
            CachedDocument::MyShifts => "/api/v1/shift-assignments?filter[employee]=me&page[size]=100".to_owned(),
            CachedDocument::Shifts => "/api/v1/shifts?page[size]=100".to_owned(),
            CachedDocument::LeaveTypes => "/api/v1/leave-types?page[size]=100".to_owned(),
            CachedDocument::MyAssets => "/api/v1/me/assets?page[size]=100".to_owned(),
        }
    }
}

impl Cache {
    pub fn put_document<T: Serialize>(&self, path: &str, body: &T) -> CoreResult<()> {
        self.put_tagged_document(path, body, None)
    }

    pub fn put_tagged_document<T: Serialize>(&self, path: &str, body: &T, etag: Option<&str>) -> CoreResult<()> {
        self.conn.execute(
            "INSERT INTO documents (path, body, fetched_at, etag) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (path) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at,
                 etag = excluded.etag",
            params![path, serde_json::to_string(body)?, Utc::now(), etag],
        )?;
        Ok(())
    }

    /// The ETag of a cached document, to ask the server whether it changed.
    pub fn etag(&self, path: &str) -> CoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT etag FROM documents WHERE path = ?1", [path], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// The server confirmed the cached document is current (a 304).
    pub fn touch_document(&self, path: &str) -> CoreResult<()> {
        self.conn.execute("UPDATE documents SET fetched_at = ?1 WHERE path = ?2", params![Utc::now(), path])?;
        Ok(())
    }

    /// The cached document and when it was fetched.
    pub fn document<T: DeserializeOwned>(&self, path: &str) -> CoreResult<Option<(T, DateTime<Utc>)>> {
        let row: Option<(String, DateTime<Utc>)> = self
            .conn
            .query_row("SELECT body, fetched_at FROM documents WHERE path = ?1", [path], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match row {
            Some((body, fetched_at)) => Ok(Some((serde_json::from_str(&body)?, fetched_at))),
            None => Ok(None),
        }
    }
}
