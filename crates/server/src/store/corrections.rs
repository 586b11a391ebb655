//! Attendance corrections: an employee asks for new times on one of their records (a forgotten check-out, a
//! check-in the app missed) or for a record on a day that has none; their manager or HR approves or rejects
//! it; HR may also correct a record directly. What may be proposed is the domain's rule
//! ([`okta_hr_domain::corrections::corrected_span`]), the one the device pre-checks with.
//!
//! A correction is written onto the record in place, its id unchanged, so every device's copy simply
//! updates. Nothing is lost: the times as punched stay beside the corrected ones (`original_check_in_at`,
//! `original_check_out_at`, kept from the first correction on), each request keeps the times it corrected
//! (`recorded_*`), and the audit trail keeps every before and after.

pub mod auto_close;
pub mod demo;

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::leave::Decision;
use crate::store::notifications::{Notice, moment, notify};
use crate::store::{CompanyClock, Listing, Member, StoreError, StoreResult, attendance, audit, people};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use okta_hr_domain::corrections::{
    AttendanceCorrectionAttributes, CorrectionProblem, Span, corrected_span, may_decide,
};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{AttendanceRecordAttributes, Role, kind};
use okta_hr_i18n::{Language, args};
use serde_json::{Value, json};

pub const STATUSES: &[&str] = &["pending", "approved", "rejected"];

/// What an employee asks for: new times for one of their records, or a record for `date`.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub record_id: Option<i64>,
    pub date: Option<NaiveDate>,
    pub check_in_at: Option<DateTime<Utc>>,
    pub check_out_at: Option<DateTime<Utc>>,
    pub reason: String,
}

/// A record's times, as a correction reads them.
#[derive(Debug, Clone, Copy)]
struct Times {
    id: i64,
    employee_id: i64,
    work_date: NaiveDate,
    span: Span,
}

fn times(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Times>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, employee_id, work_date, check_in_at, check_out_at FROM attendance_records
             WHERE id = ?1 AND company_id = ?2",
        )?
        .query_row([id, company_id], |r| {
            Ok(Times { id: r.get(0)?, employee_id: r.get(1)?, work_date: r.get(2)?, span: (r.get(3)?, r.get(4)?) })
        })
        .optional()?)
}

/// The person's other records around `date`, which a corrected record may not overlap.
fn others(conn: &Connection, employee_id: i64, date: NaiveDate, except: Option<i64>) -> StoreResult<Vec<Span>> {
    let (from, to) = (date - Duration::days(1), date + Duration::days(1));
    Ok(conn
        .prepare_cached(
            "SELECT check_in_at, check_out_at FROM attendance_records
             WHERE employee_id = ?1 AND work_date >= ?2 AND work_date <= ?3 AND id <> COALESCE(?4, 0)",
        )?
        .query_map(params![employee_id, from, to, except], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// A time as the company's people read it: `08:58 on 20 Nov`.
fn local(clock: &CompanyClock, at: DateTime<Utc>) -> String {
    at.with_timezone(&clock.timezone).format("%H:%M on %-d %b").to_string()
}

fn refusal(problem: CorrectionProblem, clock: &CompanyClock) -> StoreError {
    StoreError::invalid(problem.field(), problem.message(|at| local(clock, at)))
}

/// A proposed check-in belongs to the day corrected.
fn check_in_on(clock: &CompanyClock, check_in_at: Option<DateTime<Utc>>, date: NaiveDate) -> StoreResult<()> {
    match check_in_at {
        Some(at) if clock.date_of(at) != date => {
            Err(StoreError::invalid("check_in_at", format!("The check in at field must be a time on {date}.")))
        }
        _ => Ok(()),
    }
}

const COLUMNS: &str = "c.id, c.employee_id, c.attendance_record_id, c.work_date, c.check_in_at, c.check_out_at,
    c.reason, c.status, c.recorded_check_in_at, c.recorded_check_out_at, c.requested_at, c.decided_at,
    c.decision_reason, e.first_name || ' ' || e.last_name, d.first_name || ' ' || d.last_name, c.decided_by";
const FROM: &str = "FROM attendance_corrections c JOIN employees e ON e.id = c.employee_id
    LEFT JOIN employees d ON d.id = c.decided_by";

fn from_row(r: &Row) -> crate::db::Result<Resource<AttendanceCorrectionAttributes>> {
    let attributes = AttendanceCorrectionAttributes {
        date: r.get(3)?,
        check_in_at: r.get(4)?,
        check_out_at: r.get(5)?,
        reason: r.get(6)?,
        status: r.get(7)?,
        recorded_check_in_at: r.get(8)?,
        recorded_check_out_at: r.get(9)?,
        requested_at: r.get(10)?,
        decided_at: r.get(11)?,
        decision_reason: r.get(12)?,
        employee_name: r.get(13)?,
        decided_by_name: r.get(14)?,
    };
    Ok(Resource::new(kind::ATTENDANCE_CORRECTION, r.get::<_, i64>(0)?, attributes)
        .with_one("employee", kind::EMPLOYEE, Some(r.get::<_, i64>(1)?))
        .with_one("attendance-record", kind::ATTENDANCE_RECORD, r.get::<_, Option<i64>>(2)?)
        .with_one("decided-by", kind::EMPLOYEE, r.get::<_, Option<i64>>(15)?))
}

pub fn get(
    conn: &Connection,
    company_id: i64,
    id: i64,
) -> StoreResult<Option<Resource<AttendanceCorrectionAttributes>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} {FROM} WHERE c.id = ?1 AND c.company_id = ?2"))?
        .query_row([id, company_id], from_row)
        .optional()?)
}

#[derive(Debug, Default)]
pub struct Filter {
    pub status: Option<String>,
    /// Only these people's; `None` means the whole company's.
    pub employees: Option<Vec<i64>>,
}

/// The corrections that match, newest first, and how many match in all.
pub fn list(
    conn: &Connection,
    company_id: i64,
    filter: &Filter,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<AttendanceCorrectionAttributes>>, u64)> {
    let mut listing = Listing::new("c.company_id", company_id);
    if let Some(status) = &filter.status {
        listing.and("c.status = ?", [status.clone().into()]);
    }
    if let Some(employees) = &filter.employees {
        listing.and_in("c.employee_id", employees);
    }
    listing.fetch(
        conn,
        "FROM attendance_corrections c",
        &format!("SELECT {COLUMNS} {FROM}"),
        "c.requested_at DESC, c.id DESC",
        (offset, limit),
        from_row,
    )
}

/// Records `user`'s request for `proposal`, and tells whoever decides it: their manager, or HR when they
/// report to nobody.
pub fn request(
    conn: &Connection,
    user: &Member,
    proposal: &Proposal,
) -> StoreResult<Resource<AttendanceCorrectionAttributes>> {
    let clock = CompanyClock::load(conn, user.company_id)?;
    let (current, date) = match proposal.record_id {
        Some(id) => {
            let record = times(conn, user.company_id, id)?.filter(|r| r.employee_id == user.id).ok_or_else(|| {
                StoreError::invalid("attendance_record_id", "The selected attendance record id is invalid.")
            })?;
            let waiting: bool = conn
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM attendance_corrections
                     WHERE attendance_record_id = ?1 AND status = 'pending')",
                )?
                .query_row([id], |r| r.get(0))?;
            if waiting {
                return Err(StoreError::invalid(
                    "attendance_record_id",
                    "This record already has a correction waiting for a decision.",
                ));
            }
            (Some(record), record.work_date)
        }
        None => {
            let date = proposal.date.ok_or_else(|| {
                StoreError::invalid("date", "The date field is required when attendance record id is not present.")
            })?;
            (None, date)
        }
    };
    check_in_on(&clock, proposal.check_in_at, date)?;
    let others = others(conn, user.id, date, proposal.record_id)?;
    let now = Utc::now();
    corrected_span(current.map(|r| r.span), proposal.check_in_at, proposal.check_out_at, now, &others)
        .map_err(|problem| refusal(problem, &clock))?;
    let recorded = current.map(|r| r.span);
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO attendance_corrections (company_id, employee_id, attendance_record_id, work_date, check_in_at,
                 check_out_at, reason, recorded_check_in_at, recorded_check_out_at, status, requested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'pending', ?10) RETURNING id",
        )?
        .query_row(
            params![
                user.company_id,
                user.id,
                proposal.record_id,
                date,
                proposal.check_in_at,
                proposal.check_out_at,
                proposal.reason,
                recorded.map(|span| span.0),
                recorded.and_then(|span| span.1),
                now
            ],
            |r| r.get(0),
        )?;
    let correction = get(conn, user.company_id, id)?.ok_or_else(|| StoreError::not_found("Attendance correction"))?;
    notify_deciders(conn, user, &correction, &clock)?;
    Ok(correction)
}

/// What a correction asks for, in words: `check-out 17:30 on 20 Nov`.
/// "check-in 09:00 on 7 Dec, check-out 17:30 on 7 Dec" in `language`: the times a correction asks for.
fn asked_for(a: &AttendanceCorrectionAttributes, clock: &CompanyClock, language: Language) -> String {
    let times: Vec<String> = [("notice-check-in-at", a.check_in_at), ("notice-check-out-at", a.check_out_at)]
        .into_iter()
        .filter_map(|(what, at)| {
            at.map(|at| language.tr_with(what, &args!["at" => moment(language, at, clock.timezone)]))
        })
        .collect();
    times.join(", ")
}

fn notify_deciders(
    conn: &Connection,
    user: &Member,
    correction: &Resource<AttendanceCorrectionAttributes>,
    clock: &CompanyClock,
) -> StoreResult<()> {
    let manager: Option<i64> = conn
        .prepare_cached(
            "SELECT m.id FROM employees e JOIN employees m ON m.id = e.manager_id
             WHERE e.id = ?1 AND m.status = 'active'",
        )?
        .query_row([user.id], |r| r.get(0))
        .optional()?;
    let deciders = match manager {
        Some(manager) => vec![manager],
        None => people::record::hr_ids(conn, user.company_id)?.into_iter().filter(|&id| id != user.id).collect(),
    };
    let a = &correction.attributes;
    let notice = Notice::new(
        "attendance_correction.requested",
        json!({ "attendance_correction_id": correction.id }),
        |language| {
            let args = args![
                "name" => a.employee_name.clone(),
                "date" => a.date.to_string(),
                "times" => asked_for(a, clock, language),
                "reason" => a.reason.clone(),
            ];
            (
                language.tr_with("notice-correction-requested-title", &args),
                language.tr_with("notice-correction-requested-body", &args),
            )
        },
    );
    for decider in deciders {
        notify(conn, decider, &notice)?;
    }
    Ok(())
}

/// What the audit trail records of a record's times.
fn audited_record(record: Option<&Resource<AttendanceRecordAttributes>>) -> Value {
    record.map_or(Value::Null, |record| {
        let a = &record.attributes;
        json!({
            "check_in_at": a.check_in_at,
            "check_out_at": a.check_out_at,
            "auto_closed": a.auto_closed,
            "corrected": a.corrected,
        })
    })
}

/// A record before and after a correction, with the audit details of the change.
pub struct RecordChange {
    pub record: Resource<AttendanceRecordAttributes>,
    pub audit: Value,
}

/// Writes `span` onto record `record_id`, or adds a record for `date` when there is none, with `reason`.
fn apply(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    (record_id, date): (Option<i64>, NaiveDate),
    span: Span,
    reason: &str,
) -> StoreResult<RecordChange> {
    let before = record_id.map(|id| attendance::get(conn, company_id, id)).transpose()?.flatten();
    let first_of_day: bool = conn
        .prepare_cached(
            "SELECT NOT EXISTS (SELECT 1 FROM attendance_records
             WHERE employee_id = ?1 AND work_date = ?2 AND check_in_at < ?3 AND id <> COALESCE(?4, 0))",
        )?
        .query_row(params![employee_id, date, span.0, record_id], |r| r.get(0))?;
    let (is_late, left_early) = attendance::flags(conn, employee_id, span, first_of_day)?;
    let now = Utc::now();
    let id = match record_id {
        // The first correction keeps the times as punched; an auto-closed check-out was never punched.
        Some(id) => {
            conn.prepare_cached(
                "UPDATE attendance_records SET
                     original_check_in_at = CASE WHEN corrected_at IS NULL THEN check_in_at
                         ELSE original_check_in_at END,
                     original_check_out_at = CASE WHEN corrected_at IS NOT NULL THEN original_check_out_at
                         WHEN auto_closed = 1 THEN NULL ELSE check_out_at END,
                     check_in_at = ?1, check_out_at = ?2, is_late = ?3, left_early = ?4, auto_closed = 0,
                     corrected_at = ?5, correction_reason = ?6
                 WHERE id = ?7 AND company_id = ?8",
            )?
            .execute(params![span.0, span.1, is_late, left_early, now, reason, id, company_id])?;
            id
        }
        // No punch was made: the check-in's arrival is the correction's.
        None => {
            let branch: Option<i64> = conn
                .prepare_cached("SELECT branch_id FROM employees WHERE id = ?1")?
                .query_row([employee_id], |r| r.get(0))?;
            conn.prepare_cached(
                "INSERT INTO attendance_records (company_id, employee_id, branch_id, work_date, is_late, left_early,
                     check_in_at, check_in_received_at, check_out_at, corrected_at, correction_reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?10) RETURNING id",
            )?
            .query_row(
                params![company_id, employee_id, branch, date, is_late, left_early, span.0, now, span.1, reason],
                |r| r.get(0),
            )?
        }
    };
    let record = attendance::get(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Attendance record"))?;
    let mut details = audit::changes(&audited_record(before.as_ref()), &audited_record(Some(&record)));
    details["reason"] = json!(reason);
    Ok(RecordChange { record, audit: details })
}

/// A correction after its decision, with the audit details of the decision and of the record it changed.
pub struct Decided {
    pub correction: Resource<AttendanceCorrectionAttributes>,
    pub audit: Value,
    pub record: Option<RecordChange>,
}

/// Approves or rejects a pending correction. Its requester's managers (anyone above them) and HR may decide
/// it, never the requester; to anyone else it does not exist. An approval writes the times onto the record,
/// judged again against the record as it is now; `reason` is required to reject.
pub fn decide(
    conn: &Connection,
    user: &Member,
    id: i64,
    decision: Decision,
    reason: Option<String>,
) -> StoreResult<Decided> {
    let correction = get(conn, user.company_id, id)?.ok_or_else(|| StoreError::not_found("Attendance correction"))?;
    let requester: i64 = correction.related_id("employee").and_then(|id| id.parse().ok()).unwrap_or_default();
    let manages = people::record::reports_to(conn, user.company_id, requester, user.id)?;
    if user.role != Role::Hr && !manages {
        return Err(StoreError::not_found("Attendance correction"));
    }
    let a = &correction.attributes;
    if a.status != "pending" {
        return Err(StoreError::invalid("decision", format!("This correction is already {}.", a.status)));
    }
    if !may_decide(&a.status, &requester.to_string(), &user.id.to_string(), user.role, manages) {
        return Err(StoreError::Forbidden);
    }
    let clock = CompanyClock::load(conn, user.company_id)?;
    let record_id: Option<i64> = correction.related_id("attendance-record").and_then(|id| id.parse().ok());
    let record = match decision {
        Decision::Reject => None,
        Decision::Approve => {
            let current = record_id.map(|id| times(conn, user.company_id, id)).transpose()?.flatten();
            let others = others(conn, requester, a.date, record_id)?;
            match corrected_span(current.map(|r| r.span), a.check_in_at, a.check_out_at, Utc::now(), &others) {
                Ok(span) => Some(apply(conn, user.company_id, requester, (record_id, a.date), span, &a.reason)?),
                // HR already set these times: the approval has nothing left to change.
                Err(CorrectionProblem::Unchanged) => None,
                Err(problem) => {
                    let why = problem.message(|at| local(&clock, at));
                    return Err(StoreError::invalid(
                        "decision",
                        format!("This correction can no longer be applied: {why}"),
                    ));
                }
            }
        }
    };
    let status = if decision == Decision::Approve { "approved" } else { "rejected" };
    conn.prepare_cached(
        "UPDATE attendance_corrections SET status = ?1, decided_by = ?2, decided_at = ?3, decision_reason = ?4
         WHERE id = ?5",
    )?
    .execute(params![status, user.id, Utc::now(), reason, id])?;
    let decided = get(conn, user.company_id, id)?.ok_or_else(|| StoreError::not_found("Attendance correction"))?;

    let decider = people::record::name(conn, user.company_id, user.id)?;
    let words = |language: Language, title: &str, body: &str| {
        let args = args![
            "decider" => decider.clone(),
            "date" => a.date.to_string(),
            "times" => asked_for(a, &clock, language),
            "reason" => reason.clone().unwrap_or_default(),
        ];
        (language.tr(title), language.tr_with(body, &args))
    };
    let notice = match decision {
        Decision::Approve => Notice::new(
            "attendance_correction.approved",
            json!({ "attendance_correction_id": correction.id, "attendance_record_id": record_id }),
            move |language| words(language, "notice-correction-approved-title", "notice-correction-approved-body"),
        ),
        Decision::Reject => Notice::new(
            "attendance_correction.rejected",
            json!({ "attendance_correction_id": correction.id }),
            move |language| words(language, "notice-correction-rejected-title", "notice-correction-rejected-body"),
        ),
    };
    notify(conn, requester, &notice)?;
    let mut details = audit::changes(&json!({ "status": a.status }), &json!({ "status": status }));
    details["decision"] = json!(decision.as_str());
    if let Some(reason) = &reason {
        details["reason"] = json!(reason);
    }
    Ok(Decided { correction: decided, audit: details, record })
}

/// HR corrects a record directly, with `reason`: the same rules as a request, applied at once. The person is
/// told, unless HR corrected their own.
pub fn correct(
    conn: &Connection,
    user: &Member,
    record_id: i64,
    (check_in_at, check_out_at): (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
    reason: &str,
) -> StoreResult<RecordChange> {
    let record = times(conn, user.company_id, record_id)?.ok_or_else(|| StoreError::not_found("Attendance record"))?;
    let clock = CompanyClock::load(conn, user.company_id)?;
    check_in_on(&clock, check_in_at, record.work_date)?;
    let others = others(conn, record.employee_id, record.work_date, Some(record.id))?;
    let span = corrected_span(Some(record.span), check_in_at, check_out_at, Utc::now(), &others)
        .map_err(|problem| refusal(problem, &clock))?;
    let change = apply(conn, user.company_id, record.employee_id, (Some(record.id), record.work_date), span, reason)?;
    if record.employee_id != user.id {
        let corrector = people::record::name(conn, user.company_id, user.id)?;
        let notice = Notice::new("attendance.corrected", json!({ "attendance_record_id": record.id }), |language| {
            let out =
                span.1.map_or_else(|| language.tr("notice-no-check-out"), |at| moment(language, at, clock.timezone));
            let args = args![
                "corrector" => corrector.clone(),
                "date" => record.work_date.to_string(),
                "in" => moment(language, span.0, clock.timezone),
                "out" => out,
                "reason" => reason.to_owned(),
            ];
            (
                language.tr("notice-attendance-corrected-title"),
                language.tr_with("notice-attendance-corrected-body", &args),
            )
        });
        notify(conn, record.employee_id, &notice)?;
    }
    Ok(change)
}
