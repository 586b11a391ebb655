//! Working weeks (HR): which weekdays the company works, and a branch's own week where it differs, such
//! as a shop open on Saturdays. Leave requested from then on is counted in the requester's week.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::ApiResult;
use crate::http::input::PostInput;
use crate::http::jsonapi::JsonApi;
use crate::store::working_weeks;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::calendar::WorkingWeekAttributes;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list, set))
}

/// The company's working week and each branch's (extension).
///
/// The company's comes first (`id` `company`), then each branch by name: its own week, or the company's
/// when `follows_company`. Every signed-in person may read them.
#[utoipa::path(get, path = "/api/v1/working-weeks", tag = "Company", security(("bearer" = [])),
    responses((status = 200, description = "The weeks", body = Document<Vec<Resource<WorkingWeekAttributes>>>)))]
async fn list(
    State(state): State<AppState>,
    user: AuthUser,
) -> ApiResult<JsonApi<Document<Vec<Resource<WorkingWeekAttributes>>>>> {
    let weeks = state.db.read(move |conn| working_weeks::list(conn, user.company_id)).await?;
    Ok(JsonApi(StatusCode::OK, Document::new(weeks)))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct WorkingWeekInput {
    /// ISO weekday numbers, Monday 1 to Sunday 7, each once. Required for the company's week; for a
    /// branch, null or absent makes it follow the company's week again.
    #[schema(example = json!([1, 2, 3, 4, 5, 6]))]
    working_days: Option<Vec<u8>>,
    /// Those of the working days worked in the morning only, where leave costs half a day (a shop's
    /// Saturday morning); empty or absent: none.
    #[schema(example = json!([6]))]
    half_days: Option<Vec<u8>>,
    /// One of the company's branches; omit it to set the company's week.
    branch_id: Option<i64>,
}

/// Set the company's or a branch's working week (HR, extension).
///
/// Leave requested from now on is counted in the new week; requests already made keep the days they
/// were booked with.
#[utoipa::path(put, path = "/api/v1/working-weeks", tag = "Company", security(("bearer" = [])),
    request_body = WorkingWeekInput,
    responses(
        (status = 200, description = "The week as it now is", body = Document<Resource<WorkingWeekAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid weekdays or branch"),
    ))]
async fn set(
    State(state): State<AppState>,
    user: AuthUser,
    input: PostInput,
) -> ApiResult<JsonApi<Document<Resource<WorkingWeekAttributes>>>> {
    user.require(&[Role::Hr])?;
    let mut v = Validator::new(&input.fields);
    let working_days = v.optional_weekdays("working_days");
    let half_days = half_days_of(&mut v, working_days.as_deref());
    let branch_id = v.optional_integer("branch_id");
    if branch_id.is_none() && !v.is_present("working_days") {
        v.fail("working_days", "The working days field is required when branch id is not present.");
    }
    v.finish()?;
    let half_days = half_days.unwrap_or_default();
    let week = state
        .db
        .write(Change::by(user.actor(), "working_week.set"), move |tx| -> ApiResult<_> {
            let week = working_days.as_deref().map(|days| (days, half_days.as_slice()));
            let (before, after) = match branch_id {
                Some(branch) => working_weeks::set_branch(tx, user.company_id, branch, week)?,
                None => working_weeks::set_company(tx, user.company_id, week.unwrap_or_default())?,
            };
            tx.audit("working_week", &after.id, &json!({ "before": before.attributes, "after": after.attributes }))?;
            Ok(after)
        })
        .await?;
    Ok(JsonApi(StatusCode::OK, Document::new(week)))
}

/// The half days of the request, each one of its working days.
fn half_days_of(v: &mut Validator, working_days: Option<&[u8]>) -> Option<Vec<u8>> {
    let half_days = v.optional_weekday_set("half_days")?;
    if half_days.iter().any(|day| !working_days.unwrap_or_default().contains(day)) {
        v.fail("half_days", "The half days must be working days.");
        return None;
    }
    Some(half_days)
}
