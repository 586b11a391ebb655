//! The company's leave year (extension): the month leave years start in, which decides where balances,
//! grants, accruals and carry-over turn over. Everyone may read it; HR sets it.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::ApiResult;
use crate::http::input::PostInput;
use crate::http::jsonapi::JsonApi;
use crate::store::{CompanyClock, holidays};
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::leave_year::{LeaveYear, LeaveYearAttributes};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{Role, kind};
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The id of the company's one leave year setting.
const COMPANY: &str = "company";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(show, set))
}

/// The company's leave year (extension).
///
/// When leave years start, and the one under way today. Every signed-in person may read it.
#[utoipa::path(get, path = "/api/v1/leave-year", tag = "Leave", security(("bearer" = [])),
    responses((status = 200, description = "The leave year", body = Document<Resource<LeaveYearAttributes>>)))]
async fn show(
    State(state): State<AppState>,
    user: AuthUser,
) -> ApiResult<JsonApi<Document<Resource<LeaveYearAttributes>>>> {
    let attributes = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let today = CompanyClock::load(conn, user.company_id)?.today();
            Ok(holidays::leave_year_of(conn, user.company_id)?.attributes(today))
        })
        .await?;
    Ok(JsonApi(StatusCode::OK, Document::new(Resource::new(kind::LEAVE_YEAR, COMPANY, attributes))))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct LeaveYearInput {
    /// The month leave years start in: 1 (January, the default) to 12. Must be between 1 and 12.
    #[schema(example = 4)]
    start_month: u32,
}

/// Set when the company's leave years start (HR, extension).
///
/// Balances, grants and accruals are kept per leave year, named by the calendar year it starts in. Set
/// it before the company's first year on Okta HR: moving it later re-splits requests and balances at the
/// new turn of the year, while entries already in the ledger keep the year they were written to.
/// Recorded in the audit trail.
#[utoipa::path(put, path = "/api/v1/leave-year", tag = "Leave", security(("bearer" = [])),
    request_body = LeaveYearInput,
    responses(
        (status = 200, description = "The leave year as it now is", body = Document<Resource<LeaveYearAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Not a month"),
    ))]
async fn set(
    State(state): State<AppState>,
    user: AuthUser,
    input: PostInput,
) -> ApiResult<JsonApi<Document<Resource<LeaveYearAttributes>>>> {
    user.require(&[Role::Hr])?;
    let mut v = Validator::new(&input.fields);
    let month = v.optional_integer("start_month");
    if !v.is_present("start_month") {
        v.fail("start_month", "The start month field is required.");
    }
    let leave_year = month.and_then(|month| u32::try_from(month).ok()).and_then(LeaveYear::starting_in);
    if month.is_some() && leave_year.is_none() {
        v.fail("start_month", "The start month field must be between 1 and 12.");
    }
    v.finish()?;
    let leave_year = leave_year.unwrap_or_default();
    let attributes = state
        .db
        .write(Change::by(user.actor(), "leave_year.set"), move |tx| -> ApiResult<_> {
            let before = holidays::set_leave_year(tx, user.company_id, leave_year)?;
            if before == leave_year {
                tx.unchanged();
            } else {
                let details = json!({ "before": { "start_month": before.start_month() },
                    "after": { "start_month": leave_year.start_month() } });
                tx.audit("leave_year", COMPANY, &details)?;
            }
            let today = CompanyClock::load(tx, user.company_id)?.today();
            Ok(leave_year.attributes(today))
        })
        .await?;
    Ok(JsonApi(StatusCode::OK, Document::new(Resource::new(kind::LEAVE_YEAR, COMPANY, attributes))))
}
