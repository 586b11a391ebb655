//! Check-in, check-out and attendance records.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::settings::{MockLocationPolicy, Settings};
use crate::store::Member;
use crate::store::{CompanyClock, Listing};
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use okta_hr_domain::geofence::{Fix, Geofence, Verdict};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{AttendanceRecordAttributes, Punch, kind};

/// A punch recorded more than this long before it reached the server was made offline.
const OFFLINE_AFTER_SECS: i64 = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    In,
    Out,
}

#[derive(Debug, Clone)]
pub struct PunchInput {
    pub fix: Option<Fix>,
    /// When the device recorded the action; `None` means now.
    pub recorded_at: Option<DateTime<Utc>>,
    pub is_mocked: bool,
}

struct Workplace {
    branch_id: Option<i64>,
    branch_name: String,
    fence: Option<Geofence>,
    clock: CompanyClock,
    late_after: NaiveTime,
}

fn workplace(conn: &Connection, employee_id: i64) -> StoreResult<Workplace> {
    conn.prepare_cached(
        "SELECT b.id, b.name, b.latitude, b.longitude, b.geofence_radius,
                c.timezone, c.work_starts_at, c.late_after_minutes
         FROM employees e JOIN companies c ON c.id = e.company_id
         LEFT JOIN branches b ON b.id = e.branch_id WHERE e.id = ?1",
    )?
    .query_row([employee_id], |r| {
        let fence = match (r.get(2)?, r.get(3)?, r.get(4)?) {
            (Some(latitude), Some(longitude), Some(radius_m)) => Some(Geofence { latitude, longitude, radius_m }),
            _ => None,
        };
        let starts: String = r.get(6)?;
        let grace: i64 = r.get(7)?;
        let starts = NaiveTime::parse_from_str(&starts, "%H:%M").unwrap_or(NaiveTime::MIN);
        Ok(Workplace {
            branch_id: r.get(0)?,
            branch_name: r.get::<_, Option<String>>(1)?.unwrap_or_else(|| "your branch".to_owned()),
            fence,
            clock: CompanyClock { timezone: r.get::<_, String>(5)?.parse().unwrap_or(chrono_tz::Tz::UTC) },
            late_after: starts + chrono::Duration::minutes(grace),
        })
    })
    .optional()?
    .ok_or_else(|| StoreError::not_found("Employee"))
}

/// Checks the employee in or out, enforcing the branch's geofence and the offline rules.
pub fn punch(
    conn: &Connection,
    settings: &Settings,
    user: &Member,
    direction: Direction,
    input: &PunchInput,
) -> StoreResult<Resource<AttendanceRecordAttributes>> {
    let received_at = Utc::now();
    let recorded_at = input.recorded_at.unwrap_or(received_at);
    if recorded_at > received_at + settings.max_clock_skew {
        return Err(StoreError::invalid("recorded_at", "The recorded at field must not be in the future."));
    }
    if recorded_at < received_at - settings.offline_window {
        return Err(StoreError::invalid(
            "recorded_at",
            format!(
                "The recorded at field must be within the last {} hours; ask HR to record older attendance.",
                settings.offline_window.num_hours()
            ),
        ));
    }
    let is_mocked = match settings.mock_location {
        MockLocationPolicy::Reject if input.is_mocked => {
            return Err(StoreError::invalid("is_mocked", "Locations from a mock location provider are not accepted."));
        }
        MockLocationPolicy::Allow => false,
        _ => input.is_mocked,
    };

    let place = workplace(conn, user.id)?;
    let verdict = settings.geofence.evaluate(place.fence.as_ref(), input.fix.as_ref());
    let action = if direction == Direction::In { "check in" } else { "check out" };
    if let Some(refusal) = verdict.refusal(&place.branch_name, action) {
        let field = if matches!(verdict, Verdict::TooImprecise { .. }) { "accuracy" } else { "location" };
        return Err(StoreError::invalid(field, refusal));
    }
    let distance = verdict.distance_m().map(|d| (d * 10.0).round() / 10.0);
    let (latitude, longitude, accuracy) = match input.fix {
        Some(fix) => (Some(fix.latitude), Some(fix.longitude), fix.accuracy_m),
        None => (None, None, None),
    };

    let open: Option<(i64, DateTime<Utc>)> = conn
        .prepare_cached(
            "SELECT id, check_in_at FROM attendance_records WHERE employee_id = ?1 AND check_out_at IS NULL",
        )?
        .query_row([user.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let local_time = |t: DateTime<Utc>| t.with_timezone(&place.clock.timezone).format("%H:%M on %-d %b").to_string();

    let id = match (direction, open) {
        (Direction::In, Some((_, since))) => {
            return Err(StoreError::invalid(
                "attendance",
                format!("You are already checked in since {}; check out first.", local_time(since)),
            ));
        }
        (Direction::In, None) => {
            let last_out: Option<DateTime<Utc>> = conn
                .prepare_cached("SELECT MAX(check_out_at) FROM attendance_records WHERE employee_id = ?1")?
                .query_row([user.id], |r| r.get(0))?;
            if last_out.is_some_and(|out| recorded_at < out) {
                return Err(StoreError::invalid(
                    "recorded_at",
                    "This check-in is earlier than your last check-out; it cannot be recorded.",
                ));
            }
            let work_date = place.clock.date_of(recorded_at);
            let first_of_day: bool = conn
                .prepare_cached(
                    "SELECT NOT EXISTS (SELECT 1 FROM attendance_records WHERE employee_id = ?1 AND work_date = ?2)",
                )?
                .query_row(params![user.id, work_date], |r| r.get(0))?;
            let is_late = first_of_day && recorded_at.with_timezone(&place.clock.timezone).time() > place.late_after;
            conn.prepare_cached(
                "INSERT INTO attendance_records (company_id, employee_id, branch_id, work_date, is_late,
                     check_in_at, check_in_received_at, check_in_latitude, check_in_longitude,
                     check_in_accuracy, check_in_distance, check_in_mocked)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id",
            )?
            .query_row(
                params![
                    user.company_id,
                    user.id,
                    place.branch_id,
                    work_date,
                    is_late,
                    recorded_at,
                    received_at,
                    latitude,
                    longitude,
                    accuracy,
                    distance,
                    is_mocked
                ],
                |r| r.get(0),
            )?
        }
        (Direction::Out, None) => {
            return Err(StoreError::invalid("attendance", "You are not checked in, so you cannot check out."));
        }
        (Direction::Out, Some((id, since))) => {
            if recorded_at < since {
                return Err(StoreError::invalid(
                    "recorded_at",
                    format!("The check-out time must be after your check-in at {}.", local_time(since)),
                ));
            }
            conn.prepare_cached(
                "UPDATE attendance_records SET check_out_at = ?1, check_out_received_at = ?2,
                     check_out_latitude = ?3, check_out_longitude = ?4, check_out_accuracy = ?5,
                     check_out_distance = ?6, check_out_mocked = ?7
                 WHERE id = ?8",
            )?
            .execute(params![
                recorded_at,
                received_at,
                latitude,
                longitude,
                accuracy,
                distance,
                is_mocked,
                id
            ])?;
            id
        }
    };
    get(conn, user.company_id, id)?.ok_or_else(|| StoreError::not_found("Attendance record"))
}

const COLUMNS: &str = "a.id, a.employee_id, a.branch_id, a.work_date, a.is_late,
    a.check_in_at, a.check_in_received_at, a.check_in_latitude, a.check_in_longitude, a.check_in_accuracy,
    a.check_in_distance, a.check_in_mocked,
    a.check_out_at, a.check_out_received_at, a.check_out_latitude, a.check_out_longitude, a.check_out_accuracy,
    a.check_out_distance, a.check_out_mocked,
    e.first_name || ' ' || e.last_name, b.name";
const FROM: &str = "FROM attendance_records a JOIN employees e ON e.id = a.employee_id
    LEFT JOIN branches b ON b.id = a.branch_id";

fn punch_from_row(r: &Row, at: usize, base: usize) -> crate::db::Result<Option<Punch>> {
    let Some(recorded_at) = r.get::<_, Option<DateTime<Utc>>>(at)? else {
        return Ok(None);
    };
    let received_at: DateTime<Utc> = r.get(base)?;
    Ok(Some(Punch {
        latitude: r.get(base + 1)?,
        longitude: r.get(base + 2)?,
        accuracy: r.get(base + 3)?,
        distance: r.get(base + 4)?,
        is_mocked: r.get(base + 5)?,
        received_at,
        offline: (received_at - recorded_at).num_seconds() > OFFLINE_AFTER_SECS,
    }))
}

fn from_row(r: &Row) -> crate::db::Result<Resource<AttendanceRecordAttributes>> {
    let check_in_at: DateTime<Utc> = r.get(5)?;
    let check_out_at: Option<DateTime<Utc>> = r.get(12)?;
    let check_in = punch_from_row(r, 5, 6)?.ok_or(crate::db::Error::UnexpectedNull("check_in_at"))?;
    let check_out = punch_from_row(r, 12, 13)?;
    let attributes = AttendanceRecordAttributes {
        date: r.get(3)?,
        check_in_at,
        check_out_at,
        worked_minutes: check_out_at.map(|out| (out - check_in_at).num_minutes()),
        is_late: r.get(4)?,
        is_mocked: check_in.is_mocked || check_out.as_ref().is_some_and(|p| p.is_mocked),
        check_in,
        check_out,
        employee_name: r.get(19)?,
        branch_name: r.get(20)?,
    };
    Ok(Resource::new(kind::ATTENDANCE_RECORD, r.get::<_, i64>(0)?, attributes)
        .with_one("employee", kind::EMPLOYEE, Some(r.get::<_, i64>(1)?))
        .with_one("branch", kind::BRANCH, r.get::<_, Option<i64>>(2)?))
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Resource<AttendanceRecordAttributes>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} {FROM} WHERE a.id = ?1 AND a.company_id = ?2"))?
        .query_row([id, company_id], from_row)
        .optional()?)
}

#[derive(Debug, Default)]
pub struct Filter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only these employees; `None` means the whole company.
    pub employees: Option<Vec<i64>>,
}

pub fn list(
    conn: &Connection,
    company_id: i64,
    filter: &Filter,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<AttendanceRecordAttributes>>, u64)> {
    let mut listing = Listing::new("a.company_id", company_id);
    if let Some(from) = filter.from {
        listing.and("a.work_date >= ?", [from.to_string().into()]);
    }
    if let Some(to) = filter.to {
        listing.and("a.work_date <= ?", [to.to_string().into()]);
    }
    if let Some(employees) = &filter.employees {
        listing.and_in("a.employee_id", employees);
    }
    listing.page_by_id("a.id").fetch(
        conn,
        "FROM attendance_records a",
        &format!("SELECT {COLUMNS} {FROM}"),
        "a.check_in_at DESC, a.id DESC",
        (offset, limit),
        from_row,
    )
}
