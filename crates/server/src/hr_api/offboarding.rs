//! Offboarding (HR, extension): the last working day, after which the server ends the person's access,
//! and the checklist of what is still open for them.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, one};
use crate::store::people;
use crate::store::people::offboarding;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::people::OffboardingAttributes;
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(start, cancel)).routes(routes!(checklist))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct OffboardInput {
    /// Today or later; access ends at the end of this day in the company's time zone.
    #[schema(example = "2027-01-31")]
    last_working_day: String,
    reason: String,
}

/// What the audit trail keeps of an offboarding: the dates and reason, not the checklist of the moment.
fn audited(offboarding: &Resource<OffboardingAttributes>) -> serde_json::Value {
    let a = &offboarding.attributes;
    json!({
        "last_working_day": a.last_working_day,
        "access_ends_at": a.access_ends_at,
        "reason": a.reason,
        "status": a.status,
    })
}

/// Offboard someone (HR, extension).
///
/// Their access ends at the end of `last_working_day` in the company's time zone: the server then
/// deactivates their sign-in user and revokes every session, as the Users API's deactivation does. The
/// answer lists what is still open: leave left this year, assets they hold, their pending leave requests
/// and corrections, and the approvals waiting on them.
#[utoipa::path(post, path = "/api/v1/employees/{id}/offboard", tag = "People", security(("bearer" = [])),
    request_body = OffboardInput,
    params(("id" = i64, Path, description = "The ID of the employee"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Scheduled, with the open items", body = Document<Resource<OffboardingAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such employee in the company"),
        (status = 422, description = "A past day, no reason, someone already leaving or gone, or oneself"),
    ))]
async fn start(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(employee_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "employee.offboard"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                // Another company's person is a 404 whatever the body says.
                people::record::get(conn, user.company_id, employee_id)?
                    .ok_or_else(|| ApiError::not_found("Employee"))?;
                let mut v = Validator::new(&input.fields);
                let last_day = v.required_date("last_working_day");
                let reason = v.required_string("reason", Some(500));
                if employee_id == user.id {
                    v.fail("employee", "You cannot offboard yourself.");
                }
                v.finish()?;
                let (Some(last_day), Some(reason)) = (last_day, reason) else {
                    return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
                };
                offboarding::start(conn, user.company_id, employee_id, last_day, &reason, Some(user.id))?;
                let started = offboarding::get(conn, user.company_id, employee_id)?
                    .ok_or_else(|| ApiError::not_found("Offboarding"))?;
                tx.audit("employee", &employee_id.to_string(), &json!({ "before": null, "after": audited(&started) }))?;
                idempotency::document(StatusCode::CREATED, started)
            })
        })
        .await
}

/// Cancel an offboarding before access has ended (HR, extension).
#[utoipa::path(delete, path = "/api/v1/employees/{id}/offboard", tag = "People", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The ID of the employee")),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such employee, or no offboarding still to come"),
    ))]
async fn cancel(State(state): State<AppState>, user: AuthUser, PathId(employee_id): PathId) -> ApiResult<StatusCode> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "employee.offboard_cancel"), move |tx| -> ApiResult<()> {
            let cancelled = offboarding::cancel(tx, user.company_id, employee_id)?
                .ok_or_else(|| ApiError::not_found("Offboarding"))?;
            let after = json!({ "status": "cancelled" });
            tx.audit("employee", &employee_id.to_string(), &json!({ "before": audited(&cancelled), "after": after }))?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Someone's offboarding and what is still open for them (HR, extension).
#[utoipa::path(get, path = "/api/v1/employees/{id}/offboarding", tag = "People", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The ID of the employee")),
    responses(
        (status = 200, description = "The offboarding, with the open items as of now", body = Document<Resource<OffboardingAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such employee, or not being offboarded"),
    ))]
async fn checklist(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(employee_id): PathId,
) -> ApiResult<JsonApi<Document<Resource<OffboardingAttributes>>>> {
    user.require(&[Role::Hr])?;
    let found = state.db.read(move |conn| offboarding::get(conn, user.company_id, employee_id)).await?;
    Ok(one(found.ok_or_else(|| ApiError::not_found("Offboarding"))?))
}
