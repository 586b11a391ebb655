//! Shifts (extension): HR defines them and gives them to people for spans of days; everyone reads them, and
//! each person sees whose assignments they may (their own, a manager their reports', HR everyone's).

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::shifts::{self, ShiftChange, ShiftDefinition};
use crate::store::{audit, people};
use axum::extract::State;
use axum::http::StatusCode;
use chrono::NaiveTime;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::shifts::{
    DEFAULT_AUTO_CLOSE_AFTER_MINUTES, ShiftAssignmentAttributes, ShiftAttributes, parse_clock,
};
use okta_hr_domain::validation::{Validator, attribute};
use okta_hr_domain::wire::Role;
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const NAME_MAX: usize = 100;
/// A grace longer than half a day would make every check-in on time.
const GRACE_MAX: i64 = 720;
/// An open punch waits at most a day past its shift before it is closed.
const AUTO_CLOSE_MAX: i64 = 1_440;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(update))
        .routes(routes!(assign))
        .routes(routes!(assignments))
}

/// A shift's fields as sent; every one optional, so the same body serves a creation and a change.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ShiftInput {
    /// Required to create. Must not be greater than 100 characters; unique in the company.
    #[schema(example = "HQ day")]
    name: Option<String>,
    /// Required to create. `HH:MM` in the company's time zone.
    #[schema(example = "09:00")]
    starts_at: Option<String>,
    /// Required to create. `HH:MM`; at or before `starts_at` for a shift that ends the next day.
    #[schema(example = "17:30")]
    ends_at: Option<String>,
    /// Optional: when sent, must agree with the times (an overnight shift ends at or before it starts).
    overnight: Option<bool>,
    /// Minutes after the start a check-in is still on time; 0 to 720, 0 by default.
    late_grace_minutes: Option<u32>,
    /// Minutes before the end a check-out is not leaving early; 0 to 720, 0 by default.
    early_grace_minutes: Option<u32>,
    /// Minutes after the end an open punch waits for its check-out before the server closes it at the end;
    /// 0 to 1440, 120 by default.
    auto_close_after_minutes: Option<u32>,
    /// Changes only: true retires the shift (it can no longer be assigned), false brings it back.
    retired: Option<bool>,
}

fn clock(v: &mut Validator, field: &str) -> Option<NaiveTime> {
    let text = v.optional_string(field, Some(5))?;
    let time = parse_clock(&text);
    if time.is_none() {
        v.fail(field, format!("The {} field must match the format H:i.", attribute(field)));
    }
    time
}

fn minutes(v: &mut Validator, field: &str, max: i64) -> Option<u32> {
    let minutes = v.optional_integer(field)?;
    if !(0..=max).contains(&minutes) {
        v.fail(field, format!("The {} field must be between 0 and {max}.", attribute(field)));
        return None;
    }
    u32::try_from(minutes).ok()
}

/// The fields sent, checked; `current` is the shift being changed, whose times the `overnight` check reads
/// where the body leaves them out.
fn shift_change(input: &PostInput, current: Option<&ShiftAttributes>) -> ApiResult<ShiftChange> {
    let mut v = Validator::new(&input.fields);
    let change = ShiftChange {
        name: match current {
            None => v.required_string("name", Some(NAME_MAX)),
            Some(_) => v.optional_string("name", Some(NAME_MAX)),
        },
        starts_at: clock(&mut v, "starts_at"),
        ends_at: clock(&mut v, "ends_at"),
        late_grace_minutes: minutes(&mut v, "late_grace_minutes", GRACE_MAX),
        early_grace_minutes: minutes(&mut v, "early_grace_minutes", GRACE_MAX),
        auto_close_after_minutes: minutes(&mut v, "auto_close_after_minutes", AUTO_CLOSE_MAX),
        retired: v.optional_bool("retired"),
    };
    let overnight = v.optional_bool("overnight");
    if current.is_none() {
        for field in ["starts_at", "ends_at"] {
            if !v.is_present(field) {
                v.fail(field, format!("The {} field is required.", attribute(field)));
            }
        }
        if v.is_present("retired") {
            v.fail("retired", "A new shift cannot be retired.");
        }
    }
    let starts = change.starts_at.or_else(|| current.and_then(|c| parse_clock(&c.starts_at)));
    let ends = change.ends_at.or_else(|| current.and_then(|c| parse_clock(&c.ends_at)));
    if let (Some(overnight), Some(starts), Some(ends)) = (overnight, starts, ends)
        && overnight != (ends <= starts)
    {
        v.fail(
            "ends_at",
            if overnight {
                "An overnight shift must end at or before the time it starts, on the next day."
            } else {
                "The ends at field must be a time after starts at, or the shift must be overnight."
            },
        );
    }
    v.finish()?;
    Ok(change)
}

/// The company's shifts, by name (extension).
///
/// Every signed-in person may read them; retired shifts are listed with `retired: true`.
#[utoipa::path(get, path = "/api/v1/shifts", tag = "Shifts", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses((status = 200, description = "Shifts by name", body = Document<Vec<Resource<ShiftAttributes>>>)))]
async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<ShiftAttributes>>>>> {
    let page = (query.offset(), query.limit());
    let (shifts, total) = state.db.read(move |conn| shifts::list(conn, user.company_id, page)).await?;
    Ok(query.page(shifts, total))
}

/// Create a shift (HR, extension).
///
/// Its times are the company's local time; a shift that ends at or before it starts ends the next day.
#[utoipa::path(post, path = "/api/v1/shifts", tag = "Shifts", security(("bearer" = [])),
    request_body = ShiftInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Created", body = Document<Resource<ShiftAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid or duplicate name, invalid times or graces"),
    ))]
async fn create(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let change = shift_change(&input, None)?;
    let (Some(name), Some(starts_at), Some(ends_at)) = (change.name, change.starts_at, change.ends_at) else {
        return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
    };
    let definition = ShiftDefinition {
        name,
        starts_at,
        ends_at,
        late_grace_minutes: change.late_grace_minutes.unwrap_or(0),
        early_grace_minutes: change.early_grace_minutes.unwrap_or(0),
        auto_close_after_minutes: change.auto_close_after_minutes.unwrap_or(DEFAULT_AUTO_CLOSE_AFTER_MINUTES),
    };
    state
        .db
        .write(Change::by(user.actor(), "shift.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let created = shifts::create(conn, user.company_id, &definition)?;
                tx.audit("shift", &created.id, &json!({ "before": null, "after": shifts::audited(&created) }))?;
                idempotency::document(StatusCode::CREATED, created)
            })
        })
        .await
}

/// Change or retire a shift (HR, extension).
///
/// Only the fields sent change. New hours apply to every day the shift is worked; the late and early flags
/// already recorded stay. A retired shift can no longer be assigned, and its assignments keep applying until
/// they end; `retired: false` brings it back.
#[utoipa::path(patch, path = "/api/v1/shifts/{shift_id}", tag = "Shifts", security(("bearer" = [])),
    request_body = ShiftInput,
    params(("shift_id" = i64, Path, description = "The ID of the shift"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The shift as changed", body = Document<Resource<ShiftAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such shift in the company"),
        (status = 422, description = "Invalid or duplicate name, invalid times or graces"),
    ))]
async fn update(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(shift_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "shift.update"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let current =
                    shifts::get(conn, user.company_id, shift_id)?.ok_or_else(|| ApiError::not_found("Shift"))?;
                let change = shift_change(&input, Some(&current.attributes))?;
                let (before, after) = shifts::update(conn, user.company_id, shift_id, &change)?;
                let details = audit::changes(&shifts::audited(&before), &shifts::audited(&after));
                if details.as_object().is_some_and(|changed| changed.is_empty()) {
                    tx.unchanged();
                } else {
                    tx.audit("shift", &after.id, &details)?;
                }
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct AssignmentInput {
    /// One of the company's people.
    employee_id: i64,
    /// Must be a valid date: the first day the shift applies.
    #[schema(example = "2026-12-01")]
    from: String,
    /// Must be a valid date after or equal to from: the last day; open-ended when omitted.
    to: Option<String>,
}

/// Give a shift to someone for a span of days (HR, extension).
///
/// On a day several assignments cover, the one that starts latest applies (the latest made, of two starting
/// the same day), so a new assignment takes over from an open-ended one without ending it first.
#[utoipa::path(post, path = "/api/v1/shifts/{shift_id}/assignments", tag = "Shifts", security(("bearer" = [])),
    request_body = AssignmentInput,
    params(("shift_id" = i64, Path, description = "The ID of the shift"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Assigned", body = Document<Resource<ShiftAssignmentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such shift in the company"),
        (status = 422, description = "Invalid person or dates, or a retired shift"),
    ))]
async fn assign(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(shift_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "shift.assign"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                shifts::get(conn, user.company_id, shift_id)?.ok_or_else(|| ApiError::not_found("Shift"))?;
                let mut v = Validator::new(&input.fields);
                let employee_id = v.optional_integer("employee_id");
                if !v.is_present("employee_id") {
                    v.fail("employee_id", "The employee id field is required.");
                }
                let from = v.required_date("from");
                let to = v.optional_date("to");
                if let Some(from) = from {
                    v.after_or_equal("to", to, from, "from");
                }
                v.finish()?;
                let (Some(employee_id), Some(from)) = (employee_id, from) else {
                    return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
                };
                let assigned = shifts::assign(conn, user.company_id, shift_id, employee_id, (from, to))?;
                let after = json!({ "employee_id": employee_id, "shift_id": shift_id, "from": from, "to": to });
                tx.audit("shift_assignment", &assigned.id, &json!({ "before": null, "after": after }))?;
                idempotency::document(StatusCode::CREATED, assigned)
            })
        })
        .await
}

/// Shift assignments, newest start first (extension).
///
/// An employee sees their own, a manager their own and their reports', HR everyone's. `filter[employee]`
/// (an employee's id, or `me`) keeps one person's.
#[utoipa::path(get, path = "/api/v1/shift-assignments", tag = "Shifts", security(("bearer" = [])),
    params(("filter[employee]" = Option<String>, Query, description = "An employee's id, or `me`"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Assignments", body = Document<Vec<Resource<ShiftAssignmentAttributes>>>),
        (status = 403, description = "Not someone the caller looks after"),
        (status = 422, description = "Invalid filter"),
    ))]
async fn assignments(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<ShiftAssignmentAttributes>>>>> {
    let employee = match query.text("filter[employee]") {
        None => None,
        Some("me") => Some(user.id),
        Some(text) => Some(
            text.parse::<i64>()
                .map_err(|_| ApiError::invalid("filter.employee", "The selected filter.employee is invalid."))?,
        ),
    };
    let page = (query.offset(), query.limit());
    let (assignments, total) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let mut scope = match user.role {
                Role::Hr => None,
                Role::Manager => {
                    let mut team = people::record::report_ids(conn, user.company_id, user.id)?;
                    team.push(user.id);
                    Some(team)
                }
                Role::Employee => Some(vec![user.id]),
            };
            if let Some(id) = employee {
                if people::record::get(conn, user.company_id, id)?.is_none() {
                    return Err(ApiError::invalid("filter.employee", "The selected filter.employee is invalid."));
                }
                if scope.as_ref().is_some_and(|ids| !ids.contains(&id)) {
                    return Err(ApiError::Forbidden);
                }
                scope = Some(vec![id]);
            }
            Ok(shifts::assignments(conn, user.company_id, scope.as_deref(), page)?)
        })
        .await?;
    Ok(query.page(assignments, total))
}
