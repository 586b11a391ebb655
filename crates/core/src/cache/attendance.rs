//! Attendance records, including check-ins and check-outs still waiting in the outbox.

use super::Cache;
use crate::error::CoreResult;
use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::AttendanceRecordAttributes;
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::Serialize;

/// One attendance record as the screens show it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AttendanceEntry {
    /// The server's id, or `pending-{operation}` for a check-in the server has not received yet.
    pub key: String,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub employee_id: i64,
    pub employee_name: Option<String>,
    pub date: NaiveDate,
    pub check_in_at: DateTime<Utc>,
    pub check_out_at: Option<DateTime<Utc>>,
    /// A check-in or check-out of this record is still queued.
    pub pending: bool,
    /// The server's full record, once it has one.
    pub record: Option<AttendanceRecordAttributes>,
}

/// Who of the team came in on one day: counted per person, so two shifts are one person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TeamDay {
    /// Checked in and not out yet.
    pub in_now: u32,
    /// Late for at least one of the day's check-ins.
    pub late: u32,
    /// Came in and has left.
    pub checked_out: u32,
}

/// Whether the user is checked in right now, counting queued check-ins and check-outs.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TodayStatus {
    pub checked_in: bool,
    pub since: Option<DateTime<Utc>>,
    pub pending: bool,
    pub entries_today: Vec<AttendanceEntry>,
}

fn entry(r: &Row) -> rusqlite::Result<AttendanceEntry> {
    let record: Option<String> = r.get(6)?;
    let record: Option<Resource<AttendanceRecordAttributes>> = record.and_then(|json| serde_json::from_str(&json).ok());
    Ok(AttendanceEntry {
        key: r.get(0)?,
        employee_id: r.get(1)?,
        date: r.get(2)?,
        check_in_at: r.get(3)?,
        check_out_at: r.get(4)?,
        pending: r.get::<_, Option<i64>>(5)?.is_some(),
        employee_name: r.get(7)?,
        record: record.map(|resource| resource.attributes),
    })
}

const ENTRY_COLUMNS: &str =
    "a.key, a.employee_id, a.work_date, a.check_in_at, a.check_out_at, a.pending_op, a.attributes, e.name";

pub(crate) fn upsert(tx: &Transaction, records: &[Resource<AttendanceRecordAttributes>]) -> CoreResult<()> {
    let mut statement = tx.prepare_cached(
        "INSERT INTO attendance (key, server_id, employee_id, work_date, check_in_at, check_out_at, attributes)
         VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (key) DO UPDATE SET work_date = excluded.work_date, check_in_at = excluded.check_in_at,
             check_out_at = excluded.check_out_at, attributes = excluded.attributes
         WHERE attendance.pending_op IS NULL",
    )?;
    for record in records {
        let employee: i64 = record.related_id("employee").and_then(|id| id.parse().ok()).unwrap_or_default();
        let a = &record.attributes;
        statement.execute(params![
            record.id,
            employee,
            a.date,
            a.check_in_at,
            a.check_out_at,
            serde_json::to_string(record)?
        ])?;
    }
    Ok(())
}

impl Cache {
    pub fn upsert_attendance(&mut self, records: &[Resource<AttendanceRecordAttributes>]) -> CoreResult<()> {
        let tx = self.conn.transaction()?;
        upsert(&tx, records)?;
        tx.commit()?;
        Ok(())
    }

    /// The employee's records between two working days, newest first.
    pub fn attendance_of(&self, employee_id: i64, from: NaiveDate, to: NaiveDate) -> CoreResult<Vec<AttendanceEntry>> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM attendance a LEFT JOIN employees e ON e.id = a.employee_id
             WHERE a.employee_id = ?1 AND a.work_date BETWEEN ?2 AND ?3 ORDER BY a.check_in_at DESC"
        ))?;
        let rows = statement.query_map(params![employee_id, from, to], entry)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The team's records between two working days, newest first, a page at a time, with the total.
    pub fn team_attendance(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        offset: i64,
        limit: i64,
    ) -> CoreResult<(Vec<AttendanceEntry>, i64)> {
        let total: i64 = self
            .conn
            .prepare_cached("SELECT COUNT(*) FROM attendance WHERE work_date BETWEEN ?1 AND ?2")?
            .query_row(params![from, to], |r| r.get(0))?;
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM attendance a LEFT JOIN employees e ON e.id = a.employee_id
             WHERE a.work_date BETWEEN ?1 AND ?2 ORDER BY a.work_date DESC, a.check_in_at DESC LIMIT ?3 OFFSET ?4"
        ))?;
        let rows = statement.query_map(params![from, to, limit, offset], entry)?;
        Ok((rows.collect::<rusqlite::Result<Vec<_>>>()?, total))
    }

    /// The day's counts over every cached record, however large the team.
    pub fn team_day(&self, day: NaiveDate) -> CoreResult<TeamDay> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT COALESCE(SUM(open > 0), 0), COALESCE(SUM(late), 0), COALESCE(SUM(open = 0), 0)
             FROM (SELECT SUM(check_out_at IS NULL) AS open,
                          MAX(COALESCE(json_extract(attributes, '$.attributes.is_late'), 0)) AS late
                   FROM attendance WHERE work_date = ?1 GROUP BY employee_id)",
            )?
            .query_row([day], |r| Ok(TeamDay { in_now: r.get(0)?, late: r.get(1)?, checked_out: r.get(2)? }))?)
    }

    /// The open record of the employee, if they are checked in (queued check-ins included).
    pub fn open_record(&self, employee_id: i64) -> CoreResult<Option<AttendanceEntry>> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {ENTRY_COLUMNS} FROM attendance a LEFT JOIN employees e ON e.id = a.employee_id
                     WHERE a.employee_id = ?1 AND a.check_out_at IS NULL ORDER BY a.check_in_at DESC LIMIT 1"
                ),
                [employee_id],
                entry,
            )
            .optional()?)
    }

    pub fn today(&self, employee_id: i64, today: NaiveDate) -> CoreResult<TodayStatus> {
        let open = self.open_record(employee_id)?;
        let entries_today = self.attendance_of(employee_id, today, today)?;
        Ok(TodayStatus {
            checked_in: open.is_some(),
            since: open.as_ref().map(|e| e.check_in_at),
            pending: entries_today.iter().any(|e| e.pending) || open.as_ref().is_some_and(|e| e.pending),
            entries_today,
        })
    }
}

/// Shows a queued check-in as today's open record.
pub(crate) fn add_pending_check_in(
    tx: &Transaction,
    op: i64,
    employee_id: i64,
    date: NaiveDate,
    at: DateTime<Utc>,
) -> CoreResult<String> {
    let key = super::queued_key(op);
    tx.execute(
        "INSERT INTO attendance (key, employee_id, work_date, check_in_at, pending_op) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![key, employee_id, date, at, op],
    )?;
    Ok(key)
}

/// Closes the open record locally for a queued check-out; answers the record's key.
pub(crate) fn add_pending_check_out(
    tx: &Transaction,
    op: i64,
    employee_id: i64,
    at: DateTime<Utc>,
) -> CoreResult<Option<String>> {
    let key: Option<String> = tx
        .query_row(
            "SELECT key FROM attendance WHERE employee_id = ?1 AND check_out_at IS NULL ORDER BY check_in_at DESC LIMIT 1",
            [employee_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(key) = &key {
        tx.execute("UPDATE attendance SET check_out_at = ?1, pending_op = ?2 WHERE key = ?3", params![at, op, key])?;
    }
    Ok(key)
}

/// The server accepted queued punch `op`: its record replaces the local stand-in. A check-out queued
/// behind it stays shown, now on the server's record.
pub(crate) fn settle(
    tx: &Transaction,
    local_key: &str,
    record: &Resource<AttendanceRecordAttributes>,
    op: i64,
) -> CoreResult<()> {
    let queued_check_out: Option<(Option<DateTime<Utc>>, i64)> = tx
        .query_row(
            "SELECT check_out_at, pending_op FROM attendance WHERE key = ?1 AND pending_op IS NOT NULL AND pending_op != ?2",
            params![local_key, op],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    tx.execute("DELETE FROM attendance WHERE key = ?1 OR key = ?2", params![local_key, record.id])?;
    upsert(tx, std::slice::from_ref(record))?;
    if let Some((check_out_at, check_out_op)) = queued_check_out {
        tx.execute(
            "UPDATE attendance SET check_out_at = ?1, pending_op = ?2 WHERE key = ?3",
            params![check_out_at, check_out_op, record.id],
        )?;
        let effect = serde_json::json!({ "on": "attendance", "key": record.id }).to_string();
        tx.execute("UPDATE outbox SET effect = ?1 WHERE id = ?2", params![effect, check_out_op])?;
    }
    Ok(())
}

/// The server refused a queued check-in: it never happened.
pub(crate) fn undo_check_in(tx: &Transaction, local_key: &str) -> CoreResult<()> {
    tx.execute("DELETE FROM attendance WHERE key = ?1 AND pending_op IS NOT NULL", [local_key])?;
    Ok(())
}

/// The server refused a queued check-out: the record is open again.
pub(crate) fn undo_check_out(tx: &Transaction, local_key: &str) -> CoreResult<()> {
    tx.execute(
        "UPDATE attendance SET check_out_at = NULL, pending_op = NULL WHERE key = ?1 AND key NOT LIKE ?2",
        params![local_key, format!("{}%", super::QUEUED_KEY_PREFIX)],
    )?;
    Ok(())
}
