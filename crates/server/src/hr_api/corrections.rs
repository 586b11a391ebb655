//! Attendance corrections (extension): an employee asks to correct one of their records or to add a missing
//! one (`/me/attendance/corrections`), their manager or HR decides (`/attendance-corrections`), and HR may
//! correct any record directly (`PATCH /attendance-records/{id}`). The rules are in `store::corrections`.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery, included};
use crate::store::corrections::{self, Filter, Proposal, STATUSES};
use crate::store::leave::Decision;
use crate::store::{attendance, people};
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use okta_hr_domain::corrections::{AttendanceCorrectionAttributes, REASON_MAX};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{AttendanceRecordAttributes, Role};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type CorrectionPage = JsonApi<Document<Vec<Resource<AttendanceCorrectionAttributes>>>>;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_corrections, request))
        .routes(routes!(corrections_to_decide))
        .routes(routes!(act))
        .routes(routes!(correct_record))
}

/// Both times are optional, each checked as a date; at least one is required.
fn proposed_times(v: &mut Validator) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
    let check_in_at = v.optional_datetime("check_in_at");
    let check_out_at = v.optional_datetime("check_out_at");
    if !v.is_present("check_in_at") && !v.is_present("check_out_at") {
        v.fail("check_in_at", "The check in at field is required when check out at is not present.");
        v.fail("check_out_at", "The check out at field is required when check in at is not present.");
    }
    (check_in_at, check_out_at)
}

/// The authenticated employee's correction requests, newest first (extension).
#[utoipa::path(get, path = "/api/v1/me/attendance/corrections", tag = "Me", security(("bearer" = [])),
    params(("filter[status]" = Option<String>, Query, description = "pending|approved|rejected"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses((status = 200, description = "The requests", body = Document<Vec<Resource<AttendanceCorrectionAttributes>>>)))]
async fn my_corrections(State(state): State<AppState>, user: AuthUser, query: ListQuery) -> ApiResult<CorrectionPage> {
    let status = query.filter_one_of("status", STATUSES)?;
    let page = (query.offset(), query.limit());
    let (items, total) = state
        .db
        .read(move |conn| {
            corrections::list(conn, user.company_id, &Filter { status, employees: Some(vec![user.id]) }, page)
        })
        .await?;
    Ok(query.page(items, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct CorrectionRequest {
    /// One of the employee's own records; required when `date` is not present.
    attendance_record_id: Option<i64>,
    /// Must be a valid date: a day to add a missing record on; required when `attendance_record_id` is not
    /// present.
    #[schema(example = "2026-11-20")]
    date: Option<String>,
    /// Must be a valid date before or equal to now, on the record's day. Required when `check_out_at` is not
    /// present, and to add a missing record.
    #[schema(example = "2026-11-20T08:40:00Z")]
    check_in_at: Option<String>,
    /// Must be a valid date before or equal to now, after check in at and within 24 hours of it. Required
    /// when `check_in_at` is not present, and to add a missing record.
    #[schema(example = "2026-11-20T17:30:00Z")]
    check_out_at: Option<String>,
    /// Must not be greater than 255 characters.
    #[schema(example = "I forgot to check out.")]
    reason: String,
}

/// Ask to correct a punch, or to add a missing record (extension).
///
/// The request goes to the employee's manager (HR when they report to nobody), who is notified. A proposed
/// time replaces the recorded one, an absent one keeps it. Refused with 422 when the record is not the
/// employee's, already has a correction waiting, or the times are in the future, out of order, longer than
/// 24 hours, the ones recorded, or overlap another of their records.
#[utoipa::path(post, path = "/api/v1/me/attendance/corrections", tag = "Me", security(("bearer" = [])),
    request_body = CorrectionRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Requested", body = Document<Resource<AttendanceCorrectionAttributes>>),
        (status = 422, description = "Invalid record, date, times or reason"),
    ))]
async fn request(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    let mut v = Validator::new(&input.fields);
    let record_id = v.optional_integer("attendance_record_id");
    let date = v.optional_date("date");
    if !v.is_present("attendance_record_id") && !v.is_present("date") {
        v.fail("date", "The date field is required when attendance record id is not present.");
    }
    let (check_in_at, check_out_at) = proposed_times(&mut v);
    let reason = v.required_string("reason", Some(REASON_MAX));
    v.finish()?;
    let proposal = Proposal { record_id, date, check_in_at, check_out_at, reason: reason.unwrap_or_default() };
    state
        .db
        .write(Change::routine(user.actor(), "attendance_correction.request"), move |conn| {
            idempotency::once(conn, user.id, &input, |conn| {
                let requested = corrections::request(conn, &user.member(), &proposal)?;
                idempotency::document(StatusCode::CREATED, requested)
            })
        })
        .await
}

/// Correction requests of the people the caller looks after, newest first (extension).
///
/// HR sees the company's, a manager those of their reports (at any depth). `filter[status]=pending` keeps
/// those waiting for a decision.
#[utoipa::path(get, path = "/api/v1/attendance-corrections", tag = "Attendance", security(("bearer" = [])),
    params(("filter[status]" = Option<String>, Query, description = "pending|approved|rejected"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Requests", body = Document<Vec<Resource<AttendanceCorrectionAttributes>>>),
        (status = 403, description = "Employees cannot list others' requests"),
    ))]
async fn corrections_to_decide(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<CorrectionPage> {
    user.require(&[Role::Manager, Role::Hr])?;
    let status = query.filter_one_of("status", STATUSES)?;
    let page = (query.offset(), query.limit());
    let (items, total) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let employees = match user.role {
                Role::Hr => None,
                _ => Some(people::record::report_ids(conn, user.company_id, user.id)?),
            };
            Ok(corrections::list(conn, user.company_id, &Filter { status, employees }, page)?)
        })
        .await?;
    Ok(query.page(items, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct CorrectionDecision {
    /// Must be one of: approve, reject.
    #[schema(example = "reject")]
    decision: String,
    /// Required when decision is reject. Must not be greater than 255 characters.
    #[schema(example = "The door log shows 09:20.")]
    reason: Option<String>,
}

/// Approve or reject a correction (extension).
///
/// The requester's managers and HR may decide it, never the requester. An approval writes the times onto
/// the record, which keeps its times as punched (`original_check_in_at`, `original_check_out_at`), and is
/// refused with 422 when the record has changed so that they no longer fit. The employee is notified. The
/// answer includes the corrected record.
#[utoipa::path(post, path = "/api/v1/attendance-corrections/{attendanceCorrection_id}/act", tag = "Attendance",
    security(("bearer" = [])),
    request_body = CorrectionDecision,
    params(("attendanceCorrection_id" = i64, Path, description = "The ID of the attendanceCorrection"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The request after the decision", body = Document<Resource<AttendanceCorrectionAttributes>>),
        (status = 403, description = "Employees, and the requester, cannot decide"),
        (status = 404, description = "No such request among the people the caller looks after"),
        (status = 422, description = "Invalid decision, a rejection without a reason, or no longer pending"),
    ))]
async fn act(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(correction_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Manager, Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "attendance_correction.decide"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                corrections::get(conn, user.company_id, correction_id)?
                    .ok_or_else(|| ApiError::not_found("Attendance correction"))?;
                let mut v = Validator::new(&input.fields);
                let decision = v.required_one_of("decision", &["approve", "reject"]);
                let reason = v.optional_string("reason", Some(REASON_MAX));
                if decision.as_deref() == Some("reject") && !v.is_present("reason") {
                    v.fail("reason", "The reason field is required when decision is reject.");
                }
                v.finish()?;
                let decision =
                    if decision.as_deref() == Some("approve") { Decision::Approve } else { Decision::Reject };
                let decided = corrections::decide(conn, &user.member(), correction_id, decision, reason)?;
                tx.audit("attendance_correction", &decided.correction.id, &decided.audit)?;
                let mut document = Document::new(decided.correction);
                if let Some(change) = decided.record {
                    tx.audit("attendance_record", &change.record.id, &change.audit)?;
                    document.included.push(included(change.record)?);
                }
                Ok((StatusCode::OK, serde_json::to_value(document).map_err(ApiError::internal)?))
            })
        })
        .await
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct RecordCorrection {
    /// Must be a valid date before or equal to now, on the record's day. Required when `check_out_at` is not
    /// present.
    check_in_at: Option<String>,
    /// Must be a valid date before or equal to now, after check in at and within 24 hours of it. Required
    /// when `check_in_at` is not present.
    check_out_at: Option<String>,
    /// Must not be greater than 255 characters.
    #[schema(example = "Badge log: left at 17:45.")]
    reason: String,
}

/// Correct an attendance record directly (HR, extension).
///
/// The same rules as an employee's request, applied at once; the record keeps its times as punched
/// (`original_check_in_at`, `original_check_out_at`) and shows `corrected: true` with the reason. The
/// employee is notified; the audit trail records the times before and after.
#[utoipa::path(patch, path = "/api/v1/attendance-records/{attendanceRecord_id}", tag = "Attendance",
    security(("bearer" = [])),
    request_body = RecordCorrection,
    params(("attendanceRecord_id" = i64, Path, description = "The ID of the attendanceRecord"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The record as corrected", body = Document<Resource<AttendanceRecordAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such record in the company"),
        (status = 422, description = "Invalid times or reason"),
    ))]
async fn correct_record(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(record_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "attendance_record.correct"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                attendance::get(conn, user.company_id, record_id)?
                    .ok_or_else(|| ApiError::not_found("Attendance record"))?;
                let mut v = Validator::new(&input.fields);
                let times = proposed_times(&mut v);
                let reason = v.required_string("reason", Some(REASON_MAX));
                v.finish()?;
                let reason = reason.unwrap_or_default();
                let change = corrections::correct(conn, &user.member(), record_id, times, &reason)?;
                tx.audit("attendance_record", &change.record.id, &change.audit)?;
                idempotency::document(StatusCode::OK, change.record)
            })
        })
        .await
}
