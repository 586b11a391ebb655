//! The signed-in employee's profile and notifications.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery, included};
use crate::store::groups;
use crate::store::organisation::company;
use crate::store::{notifications, people};
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{EmployeeAttributes, NotificationAttributes};
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(profile))
        .routes(routes!(list_notifications))
        .routes(routes!(read_notifications))
}

/// The authenticated user's profile (mobile self-service).
///
/// The employee, with their company, department, branch (and its geofence, for checking a position on
/// the device) and manager in `included`.
#[utoipa::path(get, path = "/api/v1/me", tag = "Me", security(("bearer" = [])),
    responses(
        (status = 200, description = "The profile", body = Document<Resource<EmployeeAttributes>>),
        (status = 401, description = "Unauthenticated."),
    ))]
async fn profile(
    State(state): State<AppState>,
    user: AuthUser,
) -> ApiResult<JsonApi<Document<Resource<EmployeeAttributes>>>> {
    let document = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let me = people::record::get(conn, user.company_id, user.id)?.ok_or(ApiError::Unauthenticated)?;
            let mut related = Vec::new();
            if let Some(company) = company::company(conn, user.company_id)? {
                related.push(included(company)?);
            }
            if let Some(id) = me.related_id("department").and_then(|id| id.parse().ok())
                && let Some(department) = groups::department(conn, user.company_id, id)?
            {
                related.push(included(department)?);
            }
            if let Some(id) = me.related_id("branch").and_then(|id| id.parse().ok())
                && let Some(branch) = company::branch(conn, user.company_id, id)?
            {
                related.push(included(branch)?);
            }
            if let Some(id) = me.related_id("manager").and_then(|id| id.parse().ok())
                && let Some(manager) = people::record::get(conn, user.company_id, id)?
            {
                related.push(included(manager)?);
            }
            let mut document = Document::new(me);
            document.included = related;
            Ok(document)
        })
        .await?;
    Ok(JsonApi(StatusCode::OK, document))
}

/// The user's in-app notifications.
///
/// Newest first. `filter[unread]=1` keeps the unread ones.
#[utoipa::path(get, path = "/api/v1/me/notifications", tag = "Me", security(("bearer" = [])),
    params(("filter[unread]" = Option<String>, Query, description = "1 for unread only"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses((status = 200, description = "Notifications", body = Document<Vec<Resource<NotificationAttributes>>>)))]
async fn list_notifications(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<NotificationAttributes>>>>> {
    let unread_only =
        query.filter_one_of("unread", &["0", "1", "true", "false"])?.is_some_and(|v| v == "1" || v == "true");
    let (offset, limit) = (query.offset(), query.limit());
    let (items, total) =
        state.db.read(move |conn| notifications::list(conn, user.id, unread_only, offset, limit)).await?;
    Ok(query.page(items, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ReadRequest {
    /// The notification's UUID; omit it to mark every notification read.
    id: Option<String>,
}

/// Mark one (or all) notifications as read.
///
/// Answers `{"data": {"marked": n, "unread": m}}`.
#[utoipa::path(post, path = "/api/v1/me/notifications/read", tag = "Me", security(("bearer" = [])),
    request_body = ReadRequest,
    responses(
        (status = 200, description = "How many were marked and how many remain unread"),
        (status = 422, description = "The selected id is invalid."),
    ))]
async fn read_notifications(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    let mut v = Validator::new(&input.fields);
    let id = v.optional_string("id", Some(64));
    v.finish()?;
    state
        .db
        .write(Change::routine(user.actor(), "notifications.read"), move |conn| {
            idempotency::once(conn, user.id, &input, |conn| {
                let marked = notifications::mark_read(conn, user.id, id.as_deref())?;
                let unread = notifications::unread_count(conn, user.id)?;
                Ok((StatusCode::OK, json!({ "data": { "marked": marked, "unread": unread } })))
            })
        })
        .await
}
