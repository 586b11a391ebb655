//! The user's own leave requests, queued ones included.

use super::Cache;
use crate::error::CoreResult;
use chrono::{NaiveDate, Utc};
use okta_hr_domain::calendar::{Half, LeaveSpan};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::LeaveRequestAttributes;
use rusqlite::{Row, Transaction, params};
use serde::Serialize;

/// A leave request as the screens show it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveEntry {
    /// The server's id, or `pending-{operation}` for a request the server has not received yet.
    pub key: String,
    pub leave_type: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// `afternoon` when it starts at midday.
    pub start_half: Half,
    /// `morning` when it ends at midday.
    pub end_half: Half,
    pub days: LeaveDays,
    pub status: String,
    /// Submitting or cancelling it is still queued.
    pub pending: bool,
    /// The employee may still withdraw it (the server has the last word).
    pub cancellable: bool,
    pub request: Option<LeaveRequestAttributes>,
}

impl LeaveEntry {
    /// The time it covers, from its first day's morning or afternoon to its last day's.
    pub fn span(&self) -> LeaveSpan {
        LeaveSpan { start: self.start_date, start_half: self.start_half, end: self.end_date, end_half: self.end_half }
    }
}

fn entry(r: &Row) -> rusqlite::Result<LeaveEntry> {
    let request: Option<String> = r.get(7)?;
    let request: Option<Resource<LeaveRequestAttributes>> = request.and_then(|json| serde_json::from_str(&json).ok());
    let start_date = r.get(2)?;
    let status: String = r.get(5)?;
    Ok(LeaveEntry {
        key: r.get(0)?,
        leave_type: r.get(1)?,
        start_date,
        end_date: r.get(3)?,
        start_half: Half::parse(&r.get::<_, String>(8)?).unwrap_or(Half::Morning),
        end_half: Half::parse(&r.get::<_, String>(9)?).unwrap_or(Half::Afternoon),
        days: r.get(4)?,
        cancellable: okta_hr_domain::leave::can_cancel(&status, start_date, Utc::now().date_naive()),
        status,
        pending: r.get::<_, Option<i64>>(6)?.is_some(),
        request: request.map(|resource| resource.attributes),
    })
}

pub(crate) fn upsert(tx: &Transaction, requests: &[Resource<LeaveRequestAttributes>]) -> CoreResult<()> {
    let mut statement = tx.prepare_cached(
        "INSERT INTO leaves (key, server_id, start_date, end_date, leave_type, days, status, attributes, start_half,
             end_half)
         VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (key) DO UPDATE SET status = excluded.status, attributes = excluded.attributes,
             start_date = excluded.start_date, end_date = excluded.end_date, days = excluded.days,
             start_half = excluded.start_half, end_half = excluded.end_half
         WHERE leaves.pending_op IS NULL",
    )?;
    for request in requests {
        let a = &request.attributes;
        statement.execute(params![
            request.id,
            a.start_date,
            a.end_date,
            a.leave_type,
            a.days,
            a.status,
            serde_json::to_string(request)?,
            a.start_half.as_str(),
            a.end_half.as_str()
        ])?;
    }
    Ok(())
}

impl Cache {
    /// Replaces the server's requests with `requests`, keeping the queued ones.
    pub fn replace_leaves(&mut self, requests: &[Resource<LeaveRequestAttributes>]) -> CoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM leaves WHERE pending_op IS NULL", [])?;
        upsert(&tx, requests)?;
        tx.commit()?;
        Ok(())
    }

    /// Newest first.
    pub fn leaves(&self) -> CoreResult<Vec<LeaveEntry>> {
        let mut statement = self.conn.prepare_cached(
            "SELECT key, leave_type, start_date, end_date, days, status, pending_op, attributes, start_half, end_half
             FROM leaves ORDER BY start_date DESC",
        )?;
        let rows = statement.query_map([], entry)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn leave(&self, key: &str) -> CoreResult<Option<LeaveEntry>> {
        Ok(self.leaves()?.into_iter().find(|l| l.key == key))
    }
}

pub(crate) fn add_pending(
    tx: &Transaction,
    op: i64,
    leave_type: &str,
    span: &LeaveSpan,
    days: LeaveDays,
) -> CoreResult<String> {
    let key = super::queued_key(op);
    tx.execute(
        "INSERT INTO leaves (key, start_date, end_date, leave_type, days, status, pending_op, start_half, end_half)
         VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?7, ?8)",
        params![key, span.start, span.end, leave_type, days, op, span.start_half.as_str(), span.end_half.as_str()],
    )?;
    Ok(key)
}

pub(crate) fn mark_pending_cancel(tx: &Transaction, op: i64, key: &str) -> CoreResult<String> {
    let previous: String = tx.query_row("SELECT status FROM leaves WHERE key = ?1", [key], |r| r.get(0))?;
    tx.execute("UPDATE leaves SET status = 'cancelled', pending_op = ?1 WHERE key = ?2", params![op, key])?;
    Ok(previous)
}

pub(crate) fn settle(tx: &Transaction, local_key: &str, request: &Resource<LeaveRequestAttributes>) -> CoreResult<()> {
    tx.execute("DELETE FROM leaves WHERE key = ?1 OR key = ?2", params![local_key, request.id])?;
    upsert(tx, std::slice::from_ref(request))
}

pub(crate) fn undo_submit(tx: &Transaction, local_key: &str) -> CoreResult<()> {
    tx.execute("DELETE FROM leaves WHERE key = ?1", [local_key])?;
    Ok(())
}

pub(crate) fn undo_cancel(tx: &Transaction, key: &str, previous_status: &str) -> CoreResult<()> {
    tx.execute("UPDATE leaves SET status = ?1, pending_op = NULL WHERE key = ?2", params![previous_status, key])?;
    Ok(())
}
