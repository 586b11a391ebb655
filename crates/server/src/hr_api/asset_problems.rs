//! The problems employees report with the assets they hold, as HR follows them up (extension): the list,
//! open or resolved, and resolving one with a note of what was done. Reporting is the employee's own
//! write, `POST /api/v1/me/assets/{id}/problems` in `assets.rs`.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::asset_problems;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::assets::{AssetProblemAttributes, PROBLEM_STATUSES};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const NOTE_MAX: usize = 1_000;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(resolve))
}

/// Problems employees reported with the assets they hold, newest first (HR, extension).
#[utoipa::path(get, path = "/api/v1/asset-problems", tag = "Company", security(("bearer" = [])),
    params(("filter[status]" = Option<String>, Query, description = "open|resolved"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Problems, with the asset and who reported it",
            body = Document<Vec<Resource<AssetProblemAttributes>>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid filter"),
    ))]
async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<AssetProblemAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let status = query.filter_one_of("status", PROBLEM_STATUSES)?;
    let page = (query.offset(), query.limit());
    let (items, total) =
        state.db.read(move |conn| asset_problems::list(conn, user.company_id, status.as_deref(), page)).await?;
    Ok(query.page(items, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ResolveInput {
    /// What was done about it, for the reporter and the record; at most 1000 characters.
    note: Option<String>,
}

/// Mark a reported problem resolved (HR, extension); the reporter is notified.
#[utoipa::path(post, path = "/api/v1/asset-problems/{assetProblem_id}/resolve", tag = "Company",
    security(("bearer" = [])),
    request_body = ResolveInput,
    params(("assetProblem_id" = i64, Path, description = "The ID of the problem"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "Resolved", body = Document<Resource<AssetProblemAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such problem in the company"),
        (status = 422, description = "An invalid note, or a problem already resolved"),
    ))]
async fn resolve(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(problem_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "asset_problem.resolve"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                asset_problems::get(conn, user.company_id, problem_id)?
                    .ok_or_else(|| ApiError::not_found("Asset problem"))?;
                let mut v = Validator::new(&input.fields);
                let note = v.optional_string("note", Some(NOTE_MAX)).filter(|note| !note.trim().is_empty());
                v.finish()?;
                let (before, after) =
                    asset_problems::resolve(conn, user.company_id, problem_id, user.id, note.as_deref())?;
                tx.audit(
                    "asset_problem",
                    &after.id,
                    &json!({ "before": before.attributes, "after": after.attributes }),
                )?;
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}
