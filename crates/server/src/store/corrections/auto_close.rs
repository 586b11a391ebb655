//! Closing punches nobody checked out of. A check-in left open past the end of the person's shift (and the
//! shift's wait for a late check-out) is closed at the shift's end; without a shift, at the end of the
//! check-in's day in the company's time zone ([`okta_hr_domain::shifts::auto_close`]). The record is marked
//! `auto_closed` and its owner told, so the app says so the next time it opens and they can ask for a
//! correction.

use crate::db::{Connection, params};
use crate::store::attendance::{self, instant_of, shift_of, wall_clock};
use crate::store::notifications::{Notice, moment, notify};
use crate::store::{CompanyClock, StoreResult, audit, shifts};
use chrono::{DateTime, Utc};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::shifts::{auto_close, occurrence_of};
use okta_hr_domain::wire::AttendanceRecordAttributes;
use okta_hr_i18n::args;
use serde_json::{Value, json};

/// What the audit trail records of a closed punch.
fn audited(record: Option<&Resource<AttendanceRecordAttributes>>) -> Value {
    record.map_or(
        Value::Null,
        |r| json!({ "check_out_at": r.attributes.check_out_at, "auto_closed": r.attributes.auto_closed }),
    )
}

/// An open punch whose check-out is overdue, and the check-out the server records for it.
#[derive(Debug, Clone, Copy)]
pub struct Forgotten {
    pub company_id: i64,
    pub employee_id: i64,
    pub record_id: i64,
    pub check_in_at: DateTime<Utc>,
    pub close_at: DateTime<Utc>,
    clock: CompanyClock,
}

/// The open punches whose check-out is overdue at `now`. There is at most one open punch per person, so this
/// reads a row per person at work, whatever the history.
pub fn overdue(conn: &Connection, now: DateTime<Utc>) -> StoreResult<Vec<Forgotten>> {
    let open = conn
        .prepare_cached(
            "SELECT a.id, a.company_id, a.employee_id, a.check_in_at, c.timezone
             FROM attendance_records a JOIN companies c ON c.id = a.company_id
             WHERE a.check_out_at IS NULL AND a.check_in_at < ?1",
        )?
        .query_map(params![now], |r| {
            Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get::<_, DateTime<Utc>>(3)?, r.get::<_, String>(4)?))
        })?
        .collect::<crate::db::Result<Vec<(i64, i64, i64, DateTime<Utc>, String)>>>()?;
    let mut overdue = Vec::new();
    for (record_id, company_id, employee_id, check_in_at, timezone) in open {
        let clock = CompanyClock { timezone: timezone.parse().unwrap_or(chrono_tz::Tz::UTC) };
        let assignments = shifts::rules_of(conn, employee_id)?;
        let local_in = wall_clock(&clock, check_in_at);
        let occurrence = occurrence_of(local_in, shift_of(&assignments));
        let close = auto_close(local_in, occurrence.as_ref());
        if now >= instant_of(&clock, close.due_at) {
            let close_at = instant_of(&clock, close.close_at).max(check_in_at);
            overdue.push(Forgotten { company_id, employee_id, record_id, check_in_at, close_at, clock });
        }
    }
    Ok(overdue)
}

/// Closes one forgotten punch at its `close_at` and tells its owner; answers the audit details, or `None`
/// when someone checked out meanwhile, or HR corrected the check-in the close was worked out from, and
/// there was nothing left to close as found.
pub fn close(conn: &Connection, forgotten: &Forgotten) -> StoreResult<Option<Value>> {
    let before = attendance::get(conn, forgotten.company_id, forgotten.record_id)?;
    let closed = conn
        .prepare_cached(
            "UPDATE attendance_records SET check_out_at = ?1, auto_closed = 1, left_early = 0
             WHERE id = ?2 AND check_out_at IS NULL AND check_in_at = ?3",
        )?
        .execute(params![forgotten.close_at, forgotten.record_id, forgotten.check_in_at])?;
    if closed == 0 {
        return Ok(None);
    }
    let after = attendance::get(conn, forgotten.company_id, forgotten.record_id)?;
    notify(
        conn,
        forgotten.employee_id,
        &Notice::new(
            "attendance.auto_closed",
            json!({ "attendance_record_id": forgotten.record_id.to_string() }),
            |language| {
                let zone = forgotten.clock.timezone;
                let args = args![
                    "check_in" => moment(language, forgotten.check_in_at, zone),
                    "closed" => moment(language, forgotten.close_at, zone),
                ];
                (language.tr("notice-auto-closed-title"), language.tr_with("notice-auto-closed-body", &args))
            },
        ),
    )?;
    Ok(Some(audit::changes(&audited(before.as_ref()), &audited(after.as_ref()))))
}
