//! Okta's Groups API (`/api/v1/groups`) over the same groups as the Directory API and the HR departments:
//! every department's group (its members are the department's employees) and every other group (its
//! members listed). Okta's SDKs call these routes to script group membership.

pub mod json;
mod members;

use crate::AppState;
use crate::db::Change;
use crate::okta::auth::{Admin, Caller};
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::fields::{self, Problems};
use crate::okta::filter::{self, Attributes};
use crate::okta::links::BaseUrl;
use crate::okta::page::{PageQuery, Paged};
use crate::okta::resource::find_or_404;
use crate::store::groups::{self, AUDITED_AS};
use crate::store::{StoreError, audit};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use json::group_json;
use okta_hr_domain::okta::user_resources::{Group, GroupRequest};
use serde_json::{Map, Value};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_groups, create_group))
        .routes(routes!(get_group, replace_group, delete_group))
        .merge(members::router())
}

/// The type a group made through this API has among the Directory API's types.
const DIRECTORY_TYPE: &str = "team";

/// What a group's filter and search expressions may name.
const ATTRIBUTES: Attributes = Attributes {
    noun: "group",
    column: |attribute| {
        let sql = match attribute {
            "id" => "g.okta_id",
            "type" => "'OKTA_GROUP'",
            "created" => return Some(("g.created_at".to_owned(), true)),
            "lastUpdated" | "lastMembershipUpdated" => return Some(("g.updated_at".to_owned(), true)),
            "profile.name" => "g.name",
            "profile.description" => "g.description",
            _ => return None,
        };
        Some((sql.to_owned(), false))
    },
    filterable: &["id", "type", "lastUpdated", "lastMembershipUpdated"],
    normalise: |attribute, value| if attribute == "type" { value.to_ascii_uppercase() } else { value },
};

/// The group `key` (its Okta id, or the Directory API's UUID) of the caller's company, or Okta's 404.
pub(crate) async fn load(state: &AppState, caller: &Caller, key: &str) -> OktaResult<groups::Group> {
    let company_id = caller.company_id;
    find_or_404(state, key, "UserGroup", move |conn, key| groups::find(conn, company_id, key)).await
}

/// List groups, oldest first.
///
/// `q` matches the start of the name, in any case; `filter` takes `id`, `type` (always `OKTA_GROUP`),
/// `lastUpdated` and `lastMembershipUpdated`; `search` any attribute and every operator. Cursor-paged:
/// follow the `Link: <…>; rel="next"` header.
#[utoipa::path(get, path = "/api/v1/groups", tag = "Groups", security(("api_token" = []), ("bearer" = [])),
    params(("q" = Option<String>, Query), ("filter" = Option<String>, Query), ("search" = Option<String>, Query),
        ("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Groups", body = Vec<Group>),
        (status = 400, description = "Invalid filter or search expression"),
        (status = 403, description = "Administrators only")))]
async fn list_groups(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    query: PageQuery,
) -> OktaResult<Paged<Group>> {
    let (conditions, args) = filter::conditions(&query, &ATTRIBUTES)?;
    let condition = (!conditions.is_empty()).then(|| conditions.join(" AND "));
    let (company_id, after, limit) = (caller.company_id, query.after, query.limit);
    let prefix = query.text("q").map(str::to_owned);
    let found = state
        .db
        .read(move |conn| {
            let condition = condition.as_deref().map(|sql| (sql, args));
            groups::page(conn, company_id, condition, prefix.as_deref(), after, limit)
        })
        .await?;
    Ok(query.page(found.into_iter().map(|group| (group.id, group_json(&base, group))).collect()))
}

/// The name and description of a group's `profile`, every problem named.
fn profile_input(body: &Map<String, Value>) -> OktaResult<(String, Option<String>)> {
    let mut problems = Problems::default();
    let Some(profile) = body.get("profile").and_then(Value::as_object) else {
        problems.add("profile", "The profile field is required.");
        problems.finish()?;
        return Err(OktaError::internal(anyhow::anyhow!("a missing profile was not refused")));
    };
    let name = fields::required_text(profile, "name", 255, &mut problems);
    let description = fields::text(profile, "description", 5000, &mut problems);
    problems.finish()?;
    let name = name.ok_or_else(|| OktaError::internal(anyhow::anyhow!("a validated name is missing")))?;
    Ok((name, description))
}

/// Add a group: `{"profile": {"name": …, "description": …}}`, a group whose members are listed (a team,
/// among the Directory API's types). Names are unique in the company. Administrators only.
#[utoipa::path(post, path = "/api/v1/groups", tag = "Groups", security(("api_token" = []), ("bearer" = [])),
    request_body = GroupRequest,
    responses((status = 200, description = "The new group", body = Group), (status = 400, description = "Invalid profile")))]
async fn create_group(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<Group>> {
    let (name, description) = profile_input(&body)?;
    let company_id = caller.company_id;
    let created = state
        .db
        .write(Change::by(caller.actor(), "group.create"), move |conn| {
            let id = groups::create(conn, company_id, &name, DIRECTORY_TYPE)?;
            groups::set_profile(conn, id, None, description.as_deref())?;
            let okta_id: String = conn.query_row("SELECT okta_id FROM groups WHERE id = ?1", [id], |r| r.get(0))?;
            let created = groups::find(conn, company_id, &okta_id)?;
            if let Some(group) = &created {
                conn.audit(AUDITED_AS, &group.uuid, &audit::changes(&Value::Null, &groups::audited(group)))?;
            }
            Ok::<_, StoreError>(created)
        })
        .await?
        .ok_or_else(|| OktaError::internal(anyhow::anyhow!("a created group could not be read")))?;
    Ok(Json(group_json(&base, created)))
}

/// Get a group.
#[utoipa::path(get, path = "/api/v1/groups/{groupId}", tag = "Groups", security(("api_token" = []), ("bearer" = [])),
    params(("groupId" = String, Path)),
    responses((status = 200, description = "The group", body = Group), (status = 404, description = "Not found")))]
async fn get_group(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(group_id): Path<String>,
) -> OktaResult<Json<Group>> {
    Ok(Json(group_json(&base, load(&state, &caller, &group_id).await?)))
}

/// Replace a group's profile: its name and description. Renaming a department's group renames the
/// department. Administrators only.
#[utoipa::path(put, path = "/api/v1/groups/{groupId}", tag = "Groups", security(("api_token" = []), ("bearer" = [])),
    params(("groupId" = String, Path)), request_body = GroupRequest,
    responses((status = 200, description = "The group", body = Group), (status = 400, description = "Invalid profile"),
        (status = 404, description = "Not found")))]
async fn replace_group(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(group_id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<Group>> {
    let group = load(&state, &caller, &group_id).await?;
    let (name, description) = profile_input(&body)?;
    let company_id = caller.company_id;
    let key = group.okta_id.clone();
    let updated = state
        .db
        .write(Change::by(caller.actor(), "group.update"), move |conn| {
            let Some(before) = groups::find(conn, company_id, &key)? else {
                // Deleted since it was read: nothing was changed, and the answer is a 404.
                conn.unchanged();
                return Ok(None);
            };
            groups::update(conn, &before, company_id, &name, &before.group_type)?;
            groups::set_profile(conn, before.id, before.icon.as_deref(), description.as_deref())?;
            let after = groups::find(conn, company_id, &key)?;
            if let Some(after) = &after {
                conn.audit(
                    AUDITED_AS,
                    &after.uuid,
                    &audit::changes(&groups::audited(&before), &groups::audited(after)),
                )?;
            }
            Ok::<_, StoreError>(after)
        })
        .await?
        .ok_or_else(|| OktaError::not_found(&group_id, "UserGroup"))?;
    Ok(Json(group_json(&base, updated)))
}

/// Delete a group; its members stay in the company and in their other groups. A department's group goes
/// with its department and cannot be deleted here (403 E0000038). Administrators only.
#[utoipa::path(delete, path = "/api/v1/groups/{groupId}", tag = "Groups", security(("api_token" = []), ("bearer" = [])),
    params(("groupId" = String, Path)),
    responses((status = 204, description = "Deleted"), (status = 403, description = "A department's group"),
        (status = 404, description = "Not found")))]
async fn delete_group(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path(group_id): Path<String>,
) -> OktaResult<StatusCode> {
    let group = load(&state, &caller, &group_id).await?;
    if group.department_id.is_some() {
        return Err(OktaError::refused(
            StatusCode::FORBIDDEN,
            "E0000038",
            "This operation is not allowed in the current state: a department's group goes with its department.",
        )
        .with_cause("Retire or rename the department in the HR app instead."));
    }
    let company_id = caller.company_id;
    let deleted = state
        .db
        .write(Change::by(caller.actor(), "group.delete"), move |conn| {
            let Some(group) = groups::find(conn, company_id, &group.okta_id)? else {
                conn.unchanged();
                return Ok(false);
            };
            groups::delete(conn, &group)?;
            conn.audit(AUDITED_AS, &group.uuid, &audit::changes(&groups::audited(&group), &Value::Null))?;
            Ok::<_, StoreError>(true)
        })
        .await?;
    if !deleted {
        return Err(OktaError::not_found(&group_id, "UserGroup"));
    }
    Ok(StatusCode::NO_CONTENT)
}
