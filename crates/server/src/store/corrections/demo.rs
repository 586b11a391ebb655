//! Acme's shifts and a correction waiting for its manager, so the demo shows both at once.

use super::{Proposal, request};
use crate::db::{Connection, params};
use crate::store::shifts::{self, ShiftDefinition};
use crate::store::{Member, StoreResult};
use chrono::{Duration, NaiveTime, Utc};
use okta_hr_domain::wire::Role;

fn clock(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN)
}

/// A day shift at HQ and an early one in the field, given to everyone of each branch from today (the days
/// before keep the late flags they were recorded with); and `employee` asking to correct their last check-in,
/// which reaches their manager.
pub fn seed(conn: &Connection, company_id: i64, (hq, field): (i64, i64), employee: i64) -> StoreResult<()> {
    let day = ShiftDefinition {
        name: "HQ day".to_owned(),
        starts_at: clock(9, 0),
        ends_at: clock(17, 30),
        // The company's own start and grace, so a check-in is late by the same minute as before.
        late_grace_minutes: 15,
        early_grace_minutes: 10,
        auto_close_after_minutes: 120,
    };
    let early = ShiftDefinition {
        name: "Field early".to_owned(),
        starts_at: clock(7, 0),
        ends_at: clock(15, 30),
        late_grace_minutes: 10,
        early_grace_minutes: 10,
        auto_close_after_minutes: 120,
    };
    let today = Utc::now().date_naive();
    for (branch, definition) in [(hq, day), (field, early)] {
        let shift = shifts::create(conn, company_id, &definition)?;
        let shift_id: i64 = shift.id.parse().unwrap_or_default();
        let staff: Vec<i64> = conn
            .prepare_cached("SELECT id FROM employees WHERE company_id = ?1 AND branch_id = ?2 ORDER BY id")?
            .query_map(params![company_id, branch], |r| r.get(0))?
            .collect::<crate::db::Result<Vec<_>>>()?;
        for person in staff {
            shifts::assign(conn, company_id, shift_id, person, (today, None))?;
        }
    }

    let (record, check_in): (i64, chrono::DateTime<Utc>) = conn
        .prepare_cached(
            "SELECT id, check_in_at FROM attendance_records WHERE employee_id = ?1 ORDER BY check_in_at DESC LIMIT 1",
        )?
        .query_row([employee], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let proposal = Proposal {
        record_id: Some(record),
        date: None,
        check_in_at: Some(check_in - Duration::minutes(20)),
        check_out_at: None,
        reason: "The app would not load at the door; I was in 20 minutes earlier.".to_owned(),
    };
    request(conn, &Member { id: employee, company_id, role: Role::Employee }, &proposal)?;
    Ok(())
}
