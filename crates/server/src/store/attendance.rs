//! Check-in, check-out and attendance records.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::settings::{MockLocationPolicy, Settings};
use crate::store::Member;
use crate::store::shifts;
use crate::store::{CompanyClock, Listing};
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use okta_hr_domain::geofence::{Fix, Geofence, Verdict};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::shifts::{Assignment, Shift, occurrence_of, shift_on};
use okta_hr_domain::wire::{AttendanceRecordAttributes, Punch, kind};
use std::sync::LazyLock;

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

/// An instant as the company's clock on the wall reads it.
pub fn wall_clock(clock: &CompanyClock, at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&clock.timezone).naive_local()
}

/// The instant the company's clock reads `local`; a time skipped by a change to summer time is taken an hour
/// later, when the clock shows it again.
pub fn instant_of(clock: &CompanyClock, local: NaiveDateTime) -> DateTime<Utc> {
    (0..3)
        .find_map(|hours| clock.timezone.from_local_datetime(&(local + chrono::Duration::hours(hours))).earliest())
        .map_or_else(|| local.and_utc(), |at| at.with_timezone(&Utc))
}

/// The person's shift on each day, from their assignments, as the shift rules ask for it.
pub fn shift_of(assignments: &[Assignment<Shift>]) -> impl Fn(NaiveDate) -> Option<Shift> + '_ {
    |day| shift_on(assignments, day).copied()
}

/// What a punch checks against the person's own attendance: the open record, the last check-out, and
/// the last working day with a record.
struct History {
    open: Option<(i64, DateTime<Utc>)>,
    last_out: Option<DateTime<Utc>>,
    last_work_date: Option<NaiveDate>,
}

const WORKPLACE: &str = "b.id, b.name, b.latitude, b.longitude, b.geofence_radius,
    c.timezone, c.work_starts_at, c.late_after_minutes";
const WORKPLACE_FROM: &str = "FROM employees e JOIN companies c ON c.id = e.company_id
    LEFT JOIN branches b ON b.id = e.branch_id";

fn workplace_from(r: &Row) -> crate::db::Result<Workplace> {
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
}

fn workplace(conn: &Connection, employee_id: i64) -> StoreResult<Workplace> {
    conn.prepare_cached(&format!("SELECT {WORKPLACE} {WORKPLACE_FROM} WHERE e.id = ?1"))?
        .query_row([employee_id], workplace_from)
        .optional()?
        .ok_or_else(|| StoreError::not_found("Employee"))
}

/// The workplace and the attendance history a punch decides by, in one statement: a punch is the write
/// everyone makes at once, and every statement is a round trip on PostgreSQL.
fn workplace_and_history(conn: &Connection, employee_id: i64) -> StoreResult<(Workplace, History)> {
    static WORKPLACE_AND_HISTORY: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT {WORKPLACE}, o.id, o.check_in_at,
                 (SELECT MAX(check_out_at) FROM attendance_records WHERE employee_id = e.id),
                 (SELECT MAX(work_date) FROM attendance_records WHERE employee_id = e.id)
             {WORKPLACE_FROM} LEFT JOIN attendance_records o ON o.employee_id = e.id AND o.check_out_at IS NULL
             WHERE e.id = ?1"
        )
    });
    conn.prepare_cached(&WORKPLACE_AND_HISTORY)?
        .query_row([employee_id], |r| {
            let open = match (r.get::<_, Option<i64>>(8)?, r.get::<_, Option<DateTime<Utc>>>(9)?) {
                (Some(id), Some(since)) => Some((id, since)),
                _ => None,
            };
            Ok((workplace_from(r)?, History { open, last_out: r.get(10)?, last_work_date: r.get(11)? }))
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

    let (place, history) = workplace_and_history(conn, user.id)?;
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

    let local_time = |t: DateTime<Utc>| t.with_timezone(&place.clock.timezone).format("%H:%M on %-d %b").to_string();
    let assignments = shifts::rules_of(conn, user.id)?;
    let shift_on_day = shift_of(&assignments);

    let record = match (direction, history.open) {
        (Direction::In, Some((_, since))) => {
            return Err(StoreError::invalid(
                "attendance",
                format!("You are already checked in since {}; check out first.", local_time(since)),
            ));
        }
        (Direction::In, None) => {
            if history.last_out.is_some_and(|out| recorded_at < out) {
                return Err(StoreError::invalid(
                    "recorded_at",
                    "This check-in is earlier than your last check-out; it cannot be recorded.",
                ));
            }
            let work_date = place.clock.date_of(recorded_at);
            // Every record's check-in is before the last check-out, which is before this one, so while the
            // company keeps its time zone no record has a later working day and the last one tells. After
            // a change of time zone one may; then the day's records are looked up.
            let first_of_day = match history.last_work_date {
                Some(last) if last >= work_date => conn
                    .prepare_cached(
                        "SELECT NOT EXISTS (SELECT 1 FROM attendance_records WHERE employee_id = ?1 AND work_date = ?2)",
                    )?
                    .query_row(params![user.id, work_date], |r| r.get(0))?,
                _ => true,
            };
            let local_in = wall_clock(&place.clock, recorded_at);
            // The person's shift decides when they are late; without one, the company's start does.
            let late =
                okta_hr_domain::shifts::is_late(local_in, &shift_on_day).unwrap_or(local_in.time() > place.late_after);
            let is_late = first_of_day && late;
            if let Some(occurrence) = occurrence_of(local_in, &shift_on_day) {
                // Back within the same shift: the check-out before this one was a break, not leaving early.
                conn.prepare_cached(
                    "UPDATE attendance_records SET left_early = 0
                     WHERE employee_id = ?1 AND left_early = 1 AND check_out_at >= ?2",
                )?
                .execute(params![user.id, instant_of(&place.clock, occurrence.start)])?;
            }
            conn.prepare_cached(&CHECK_IN)?.query_row(
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
                from_row,
            )?
        }
        (Direction::Out, None) => {
            return Err(StoreError::invalid("attendance", not_checked_in(conn, user.id, &place.clock)?));
        }
        (Direction::Out, Some((id, since))) => {
            if recorded_at < since {
                return Err(StoreError::invalid(
                    "recorded_at",
                    format!("The check-out time must be after your check-in at {}.", local_time(since)),
                ));
            }
            let left_early = occurrence_of(wall_clock(&place.clock, since), &shift_on_day)
                .is_some_and(|occurrence| occurrence.left_early(wall_clock(&place.clock, recorded_at)));
            conn.prepare_cached(&CHECK_OUT)?.query_row(
                params![recorded_at, received_at, latitude, longitude, accuracy, distance, is_mocked, left_early, id],
                from_row,
            )?
        }
    };
    Ok(record)
}

/// Why a check-out finds no open record; when the server closed the last one because nobody checked out, it
/// says so, since the person believes they are still checked in.
fn not_checked_in(conn: &Connection, employee_id: i64, clock: &CompanyClock) -> StoreResult<String> {
    let last: Option<(DateTime<Utc>, Option<DateTime<Utc>>, bool)> = conn
        .prepare_cached(
            "SELECT check_in_at, check_out_at, auto_closed FROM attendance_records WHERE employee_id = ?1
             ORDER BY check_in_at DESC LIMIT 1",
        )?
        .query_row([employee_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let time = |at: DateTime<Utc>| at.with_timezone(&clock.timezone).format("%H:%M on %-d %b").to_string();
    Ok(match last {
        Some((check_in, Some(closed_at), true)) => format!(
            "Your check-in of {} was closed at {} because no check-out was recorded. Ask for a correction if that is wrong.",
            time(check_in),
            time(closed_at)
        ),
        _ => "You are not checked in, so you cannot check out.".to_owned(),
    })
}

/// A record's columns as [`from_row`] reads them, those of the row that `row` names, with the employee's
/// and the branch's names as `names` gives them.
fn record_columns(row: &str, names: &str) -> String {
    format!(
        "{row}.id, {row}.employee_id, {row}.branch_id, {row}.work_date, {row}.is_late,
         {row}.check_in_at, {row}.check_in_received_at, {row}.check_in_latitude, {row}.check_in_longitude,
         {row}.check_in_accuracy, {row}.check_in_distance, {row}.check_in_mocked,
         {row}.check_out_at, {row}.check_out_received_at, {row}.check_out_latitude, {row}.check_out_longitude,
         {row}.check_out_accuracy, {row}.check_out_distance, {row}.check_out_mocked,
         {names},
         {row}.auto_closed, {row}.left_early, {row}.corrected_at IS NOT NULL, {row}.original_check_in_at,
         {row}.original_check_out_at, {row}.correction_reason"
    )
}

/// The columns of a record read through [`FROM`].
static COLUMNS: LazyLock<String> = LazyLock::new(|| record_columns("a", "e.first_name || ' ' || e.last_name, b.name"));
const FROM: &str = "FROM attendance_records a JOIN employees e ON e.id = a.employee_id
    LEFT JOIN branches b ON b.id = a.branch_id";
/// The same columns as a write on `attendance_records` returns them (a `RETURNING` names the written table,
/// not an alias), so a punch answers with its record without reading it back: one round trip fewer for the
/// write everyone makes at once.
fn returned_columns() -> String {
    record_columns(
        "attendance_records",
        "(SELECT e.first_name || ' ' || e.last_name FROM employees e WHERE e.id = attendance_records.employee_id),
         (SELECT b.name FROM branches b WHERE b.id = attendance_records.branch_id)",
    )
}

/// A check-in's insert and a check-out's update, each returning the record; built once, not per punch.
static CHECK_IN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "INSERT INTO attendance_records (company_id, employee_id, branch_id, work_date, is_late,
             check_in_at, check_in_received_at, check_in_latitude, check_in_longitude,
             check_in_accuracy, check_in_distance, check_in_mocked)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING {}",
        returned_columns()
    )
});
static CHECK_OUT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "UPDATE attendance_records SET check_out_at = ?1, check_out_received_at = ?2,
             check_out_latitude = ?3, check_out_longitude = ?4, check_out_accuracy = ?5,
             check_out_distance = ?6, check_out_mocked = ?7, left_early = ?8
         WHERE id = ?9 RETURNING {}",
        returned_columns()
    )
});

/// The punch whose columns start at `base`, made at `punched_at`: the time the device recorded, which a
/// correction may have changed since (the offline mark compares the punch's own time with its arrival).
fn punch_from_row(r: &Row, punched_at: Option<DateTime<Utc>>, base: usize) -> crate::db::Result<Option<Punch>> {
    let Some(punched_at) = punched_at else {
        return Ok(None);
    };
    // A time the server or a correction set was never punched: no punch to describe.
    let Some(received_at) = r.get::<_, Option<DateTime<Utc>>>(base)? else {
        return Ok(None);
    };
    Ok(Some(Punch {
        latitude: r.get(base + 1)?,
        longitude: r.get(base + 2)?,
        accuracy: r.get(base + 3)?,
        distance: r.get(base + 4)?,
        is_mocked: r.get(base + 5)?,
        received_at,
        offline: (received_at - punched_at).num_seconds() > OFFLINE_AFTER_SECS,
    }))
}

fn from_row(r: &Row) -> crate::db::Result<Resource<AttendanceRecordAttributes>> {
    let check_in_at: DateTime<Utc> = r.get(5)?;
    let check_out_at: Option<DateTime<Utc>> = r.get(12)?;
    let corrected: bool = r.get(23)?;
    let original_check_in_at: Option<DateTime<Utc>> = r.get(24)?;
    let original_check_out_at: Option<DateTime<Utc>> = r.get(25)?;
    let (punched_in, punched_out) = if corrected {
        (original_check_in_at.or(Some(check_in_at)), original_check_out_at)
    } else {
        (Some(check_in_at), check_out_at)
    };
    let check_in = punch_from_row(r, punched_in, 6)?.ok_or(crate::db::Error::UnexpectedNull("check_in_at"))?;
    let check_out = punch_from_row(r, punched_out, 13)?;
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
        auto_closed: r.get(21)?,
        left_early: r.get(22)?,
        corrected,
        original_check_in_at,
        original_check_out_at,
        correction_reason: r.get(26)?,
    };
    Ok(Resource::new(kind::ATTENDANCE_RECORD, r.get::<_, i64>(0)?, attributes)
        .with_one("employee", kind::EMPLOYEE, Some(r.get::<_, i64>(1)?))
        .with_one("branch", kind::BRANCH, r.get::<_, Option<i64>>(2)?))
}

/// Whether a record of `employee_id` from `check_in` to `check_out` is late and leaves early, by their shift or,
/// without one, the company's start: what a check-in and a check-out record, for times a correction or the
/// server set. `first_of_day` says whether the check-in is the first of its working day, the only one that can
/// be late.
pub fn flags(
    conn: &Connection,
    employee_id: i64,
    (check_in, check_out): (DateTime<Utc>, Option<DateTime<Utc>>),
    first_of_day: bool,
) -> StoreResult<(bool, bool)> {
    let place = workplace(conn, employee_id)?;
    let assignments = shifts::rules_of(conn, employee_id)?;
    let shift_on_day = shift_of(&assignments);
    let local_in = wall_clock(&place.clock, check_in);
    let late = okta_hr_domain::shifts::is_late(local_in, &shift_on_day).unwrap_or(local_in.time() > place.late_after);
    let left_early = match (occurrence_of(local_in, &shift_on_day), check_out) {
        (Some(occurrence), Some(out)) => occurrence.left_early(wall_clock(&place.clock, out)),
        _ => false,
    };
    Ok((first_of_day && late, left_early))
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Resource<AttendanceRecordAttributes>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {} {FROM} WHERE a.id = ?1 AND a.company_id = ?2", *COLUMNS))?
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
        &format!("SELECT {} {FROM}", *COLUMNS),
        "a.check_in_at DESC, a.id DESC",
        (offset, limit),
        from_row,
    )
}
