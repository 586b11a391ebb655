//! Check-in and check-out, the employee's own attendance, and the company's attendance records.

use crate::AppState;
use crate::auth::{AuthUser, PunchCaller};
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::attendance::{self, Direction, Filter, PunchInput};
use crate::store::{CompanyClock, people};
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{Datelike, NaiveDate};
use okta_hr_domain::geofence::Fix;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{AttendanceRecordAttributes, Role};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type RecordPage = JsonApi<Document<Vec<Resource<AttendanceRecordAttributes>>>>;

/// Check-in and check-out, which a device may still deliver for a while after HR dismissed the person.
pub fn punch_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(check_in)).routes(routes!(check_out))
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(my_attendance)).routes(routes!(attendance_records))
}

/// The body of a check-in or check-out. Every field is optional.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct PunchRequest {
    /// Must be between -90 and 90. Required when the employee's branch has a geofence.
    #[schema(example = 52.520008)]
    latitude: Option<f64>,
    /// Must be between -180 and 180.
    #[schema(example = 13.404954)]
    longitude: Option<f64>,
    /// The device's reported accuracy in metres (extension). It widens the fence by up to 50 m; a fix
    /// worse than 250 m is refused.
    #[schema(example = 12.5)]
    accuracy: Option<f64>,
    /// When the device recorded the action, ISO-8601 (extension, for offline devices). Not more than
    /// 5 minutes in the future nor older than the offline window (72 h by default).
    #[schema(example = "2026-11-23T08:01:00Z")]
    recorded_at: Option<String>,
    /// The device reports a mock-location provider (extension); stored and shown to HR.
    is_mocked: Option<bool>,
}

fn punch_input(input: &PostInput) -> ApiResult<PunchInput> {
    let mut v = Validator::new(&input.fields);
    let latitude = v.optional_number_between("latitude", -90.0, 90.0);
    let longitude = v.optional_number_between("longitude", -180.0, 180.0);
    let accuracy = v.optional_min_number("accuracy", 0.0);
    let recorded_at = v.optional_datetime("recorded_at");
    let is_mocked = v.optional_bool("is_mocked");
    let (has_latitude, has_longitude) = (v.is_present("latitude"), v.is_present("longitude"));
    if has_latitude != has_longitude {
        let missing = if has_latitude { "longitude" } else { "latitude" };
        let other = if missing == "latitude" { "longitude" } else { "latitude" };
        v.fail(missing, format!("The {missing} field is required when {other} is present."));
    }
    v.finish()?;
    let fix = match (latitude, longitude) {
        (Some(latitude), Some(longitude)) => Some(Fix { latitude, longitude, accuracy_m: accuracy }),
        _ => None,
    };
    Ok(PunchInput { fix, recorded_at, is_mocked: is_mocked.unwrap_or(false) })
}

async fn punch(state: AppState, caller: PunchCaller, input: PostInput, direction: Direction) -> ApiResult<Outcome> {
    let punch = punch_input(&input)?;
    caller.may_record(punch.recorded_at)?;
    let user = caller.user;
    let settings = state.settings.clone();
    let status = if direction == Direction::In { StatusCode::CREATED } else { StatusCode::OK };
    state
        .db
        .write(Change::routine(user.actor(), "attendance.punch").own_records(), move |conn| {
            idempotency::once(conn, user.id, &input, |conn| {
                let record = attendance::punch(conn, &settings, &user.member(), direction, &punch)?;
                idempotency::document(status, record)
            })
        })
        .await
}

/// Mobile check-in with geofence validation against the branch.
///
/// Outside the fence the answer is 422 with `errors.location` saying how far the user is and from which
/// branch. A second check-in while one is open is refused (`errors.attendance`). Send an
/// `Idempotency-Key` header to make retries safe: a retry returns the first response unchanged.
/// After HR suspends or deactivates the person, their device may still deliver the check-ins and
/// check-outs it recorded before (`recorded_at` earlier than that moment): they are time worked. Any
/// other answers 401 with the reason.
#[utoipa::path(post, path = "/api/v1/me/attendance/check-in", tag = "Me", security(("bearer" = [])),
    request_body = PunchRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Checked in", body = Document<Resource<AttendanceRecordAttributes>>),
        (status = 422, description = "Invalid input, outside the geofence, or already checked in"),
    ))]
async fn check_in(State(state): State<AppState>, caller: PunchCaller, input: PostInput) -> ApiResult<Outcome> {
    punch(state, caller, input, Direction::In).await
}

/// Mobile check-out.
///
/// The same geofence and offline rules as check-in; refused when the employee is not checked in.
#[utoipa::path(post, path = "/api/v1/me/attendance/check-out", tag = "Me", security(("bearer" = [])),
    request_body = PunchRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "Checked out", body = Document<Resource<AttendanceRecordAttributes>>),
        (status = 422, description = "Invalid input, outside the geofence, or not checked in"),
    ))]
async fn check_out(State(state): State<AppState>, caller: PunchCaller, input: PostInput) -> ApiResult<Outcome> {
    punch(state, caller, input, Direction::Out).await
}

/// The authenticated user's attendance records for a month (?month=YYYY-MM).
///
/// Defaults to the current month in the company's time zone; newest first.
#[utoipa::path(get, path = "/api/v1/me/attendance", tag = "Me", security(("bearer" = [])),
    params(("month" = Option<String>, Query, description = "YYYY-MM", example = "2026-11")),
    responses((status = 200, description = "The month's records", body = Document<Vec<Resource<AttendanceRecordAttributes>>>)))]
async fn my_attendance(State(state): State<AppState>, user: AuthUser, query: ListQuery) -> ApiResult<RecordPage> {
    let mut v = query.validator();
    let month = v.optional_month("month");
    v.finish()?;
    let (offset, limit) = (query.offset(), query.limit());
    let (records, total) = state
        .db
        .read(move |conn| {
            let (year, month) = match month {
                Some(month) => month,
                None => {
                    let today = CompanyClock::load(conn, user.company_id)?.today();
                    (today.year(), today.month())
                }
            };
            let from = NaiveDate::from_ymd_opt(year, month, 1);
            let to = from.and_then(|first| first.checked_add_months(chrono::Months::new(1))).and_then(|d| d.pred_opt());
            let filter = Filter { from, to, employees: Some(vec![user.id]) };
            attendance::list(conn, user.company_id, &filter, offset, limit)
        })
        .await?;
    Ok(query.page(records, total))
}

/// List company attendance records, filterable by date range.
///
/// HR sees the whole company, managers their reports. `from` and `to` are inclusive working days.
#[utoipa::path(get, path = "/api/v1/attendance-records", tag = "Attendance", security(("bearer" = [])),
    params(
        ("from" = Option<String>, Query, description = "Must be a valid date", example = "2026-11-01"),
        ("to" = Option<String>, Query, description = "Must be a valid date", example = "2026-11-30"),
        ("employee_id" = Option<i64>, Query, description = "Only this employee"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query, description = "At most 100"),
    ),
    responses(
        (status = 200, description = "Records, newest first", body = Document<Vec<Resource<AttendanceRecordAttributes>>>),
        (status = 403, description = "Employees cannot list company attendance"),
    ))]
async fn attendance_records(State(state): State<AppState>, user: AuthUser, query: ListQuery) -> ApiResult<RecordPage> {
    user.require(&[Role::Manager, Role::Hr])?;
    let mut v = query.validator();
    let from = v.optional_date("from");
    let to = v.optional_date("to");
    let employee_id = v.optional_integer("employee_id");
    if let (Some(from), Some(_)) = (from, to) {
        v.after_or_equal("to", to, from, "from");
    }
    v.finish()?;
    let (offset, limit) = (query.offset(), query.limit());
    let (records, total) = state
        .db
        .read(move |conn| {
            let mut scope = match user.role {
                Role::Hr => None,
                _ => Some(people::record::report_ids(conn, user.company_id, user.id)?),
            };
            if let Some(id) = employee_id {
                if people::record::get(conn, user.company_id, id)?.is_none() {
                    return Err(ApiError::invalid("employee_id", "The selected employee id is invalid."));
                }
                if scope.as_ref().is_some_and(|ids| !ids.contains(&id)) {
                    return Err(ApiError::Forbidden);
                }
                scope = Some(vec![id]);
            }
            Ok(attendance::list(conn, user.company_id, &Filter { from, to, employees: scope }, offset, limit)?)
        })
        .await?;
    Ok(query.page(records, total))
}
