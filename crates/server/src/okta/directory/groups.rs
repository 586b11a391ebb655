//! Groups of the caller's organization: every department's group (its members are the department's
//! employees) and the others (teams, projects), with their profile (icon, description) and members.

use super::jwt::DirectoryCaller;
use super::{checked, patched, routes_at};
use crate::AppState;
use crate::db::Change;
use crate::db::Connection;
use crate::okta::auth::Caller;
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::page::PageQuery;
use crate::okta::resource::find_or_404;
use crate::store::groups::{self, AUDITED_AS, BY_DEPARTMENT, DEPARTMENT, DIRECT, Group};
use crate::store::{StoreError, StoreResult, audit};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::okta::Links;
use okta_hr_domain::okta::directory::{DirectoryGroup, DirectoryGroupMember, DirectoryGroupProfile};
use okta_hr_domain::okta::directory_requests::GroupWrite;
use okta_hr_domain::validation::Validator;
use serde_json::{Map, Value};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    let router = OpenApiRouter::new().routes(routes!(list_groups, create_group));
    // `{id}`, `{group}` and `{groupId}` sit at the same position: served under one name.
    let router = routes_at(router, "/api/v1/group/{group}", routes!(get_group, update_group));
    let router =
        routes_at(router, "/api/v1/group/{group}/profile", routes!(get_profile, replace_profile, update_profile));
    routes_at(router, "/api/v1/group/{group}/members", routes!(list_members))
}

pub(super) fn group_json(base: &BaseUrl, group: Group) -> DirectoryGroup {
    let path = format!("/api/v1/group/{}", group.uuid);
    DirectoryGroup {
        profile: profile_json(&group),
        links: Links::from([
            ("self".to_owned(), base.href(&path)),
            ("profile".to_owned(), base.href(&format!("{path}/profile"))),
            ("members".to_owned(), base.href(&format!("{path}/members"))),
        ]),
        id: group.uuid,
        okta_id: group.okta_id,
        name: group.name,
        group_type: group.group_type,
        organization_id: group.organization_id,
        created: group.created,
        last_updated: group.updated,
    }
}

fn profile_json(group: &Group) -> DirectoryGroupProfile {
    DirectoryGroupProfile { icon: group.icon.clone(), description: group.description.clone() }
}

/// The group `key` (UUID or Okta id) of the caller's organization, or Okta's 404.
pub(super) async fn load(state: &AppState, caller: &Caller, key: &str) -> OktaResult<Group> {
    let company_id = caller.company_id;
    find_or_404(state, key, "Group", move |conn, key| groups::find(conn, company_id, key)).await
}

/// List groups, by name. `type` keeps one type (`department`, `team`, …); `status` may only be `active`:
/// groups have no other status.
#[utoipa::path(get, path = "/api/v1/group", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    params(("status" = Option<String>, Query, description = "active"), ("type" = Option<String>, Query)),
    responses((status = 200, description = "Groups", body = Vec<DirectoryGroup>), (status = 400, description = "Invalid filter")))]
async fn list_groups(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    query: PageQuery,
) -> OktaResult<Json<Vec<DirectoryGroup>>> {
    if query.text("status").is_some_and(|status| status != "active") {
        return Err(OktaError::invalid("status", "Groups are always active; the status must be active."));
    }
    let (company_id, group_type) = (caller.company_id, query.text("type").map(str::to_owned));
    let found = state.db.read(move |conn| groups::list(conn, company_id, group_type.as_deref())).await?;
    Ok(Json(found.into_iter().map(|group| group_json(&base, group)).collect()))
}

fn group_input(body: &Map<String, Value>) -> OktaResult<(String, String)> {
    let mut v = Validator::new(body);
    let name = v.required_string("name", Some(255));
    let group_type = v.required_string("type", Some(50)).map(|t| t.to_lowercase());
    checked(v)?;
    Ok((name.unwrap_or_default(), group_type.unwrap_or_default()))
}

/// Create group: a group of any `type` but `department` (a department's group comes with the department).
/// Administrators only.
#[utoipa::path(post, path = "/api/v1/group", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    request_body = GroupWrite,
    responses((status = 201, description = "The new group", body = DirectoryGroup), (status = 400, description = "Invalid input")))]
async fn create_group(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<(StatusCode, Json<DirectoryGroup>)> {
    caller.require_admin()?;
    let (name, group_type) = group_input(&body)?;
    if group_type == DEPARTMENT {
        return Err(OktaError::invalid("type", "Department groups come with their department; create the department."));
    }
    let company_id = caller.company_id;
    let group = state
        .db
        .write(Change::by(caller.actor(), "group.create"), move |conn| {
            let id = groups::create(conn, company_id, &name, &group_type)?;
            let uuid: String = conn.query_row("SELECT uuid FROM groups WHERE id = ?1", [id], |r| r.get(0))?;
            let created = groups::find(conn, company_id, &uuid)?;
            if let Some(group) = &created {
                conn.audit(AUDITED_AS, &group.uuid, &audit::changes(&Value::Null, &groups::audited(group)))?;
            }
            Ok::<_, StoreError>(created)
        })
        .await?
        .ok_or_else(|| OktaError::internal(anyhow::anyhow!("a created group could not be read")))?;
    Ok((StatusCode::CREATED, Json(group_json(&base, group))))
}

/// Get group.
#[utoipa::path(get, path = "/api/v1/group/{id}", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    params(("id" = String, Path, description = "UUID or Okta id")),
    responses((status = 200, description = "The group", body = DirectoryGroup), (status = 404, description = "Not found")))]
async fn get_group(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(id): Path<String>,
) -> OktaResult<Json<DirectoryGroup>> {
    Ok(Json(group_json(&base, load(&state, &caller, &id).await?)))
}

/// Update group: name and type. A department's group keeps the type `department` and renaming it renames
/// the department; no other group may take that type. Administrators only.
#[utoipa::path(patch, path = "/api/v1/group/{id}", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    params(("id" = String, Path)), request_body = GroupWrite,
    responses((status = 200, description = "The group", body = DirectoryGroup), (status = 400, description = "Invalid input")))]
async fn update_group(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryGroup>> {
    caller.require_admin()?;
    let group = load(&state, &caller, &id).await?;
    let (name, group_type) = group_input(&body)?;
    if (group.department_id.is_some()) != (group_type == DEPARTMENT) {
        return Err(OktaError::invalid("type", "Only a department's group has the type department, and it keeps it."));
    }
    let (company_id, uuid) = (caller.company_id, group.uuid.clone());
    let updated =
        change_group(&state, Change::by(caller.actor(), "group.update"), company_id, uuid, &id, move |conn| {
            groups::update(conn, &group, company_id, &name, &group_type)
        })
        .await?;
    Ok(Json(group_json(&base, updated)))
}

/// Applies `change` to the group `uuid` and reads it back; Okta's 404 for `key` when it is gone by then.
async fn change_group(
    state: &AppState,
    what: Change,
    company_id: i64,
    uuid: String,
    key: &str,
    change: impl FnOnce(&Connection) -> StoreResult<()> + Send + 'static,
) -> OktaResult<Group> {
    state
        .db
        .write(what, move |conn| {
            let before = groups::find(conn, company_id, &uuid)?;
            change(conn)?;
            let after = groups::find(conn, company_id, &uuid)?;
            match (&before, &after) {
                (Some(before), Some(after)) => {
                    conn.audit(AUDITED_AS, &uuid, &audit::changes(&groups::audited(before), &groups::audited(after)))?
                }
                // Gone since it was read: nothing was changed, and the answer is a 404.
                _ => conn.unchanged(),
            }
            Ok::<_, StoreError>(after)
        })
        .await?
        .ok_or_else(|| OktaError::not_found(key, "Group"))
}

async fn write_profile(
    state: &AppState,
    caller: &Caller,
    key: &str,
    body: &Map<String, Value>,
    partial: bool,
) -> OktaResult<Json<DirectoryGroupProfile>> {
    caller.require_admin()?;
    let group = load(state, caller, key).await?;
    let mut v = Validator::new(body);
    let icon = v.optional_string("icon", Some(2048));
    let description = v.optional_string("description", Some(5000));
    checked(v)?;
    let (icon, description) = if partial {
        (
            patched(body, "icon", icon, group.icon.clone()),
            patched(body, "description", description, group.description.clone()),
        )
    } else {
        (icon, description)
    };
    let id = group.id;
    let updated = change_group(
        state,
        Change::by(caller.actor(), "group.profile"),
        caller.company_id,
        group.uuid,
        key,
        move |conn| groups::set_profile(conn, id, icon.as_deref(), description.as_deref()),
    )
    .await?;
    Ok(Json(profile_json(&updated)))
}

/// Get group profile: its icon and description.
#[utoipa::path(get, path = "/api/v1/group/{group}/profile", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("group" = String, Path)),
    responses((status = 200, description = "The profile", body = DirectoryGroupProfile), (status = 404, description = "Not found")))]
async fn get_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(group): Path<String>,
) -> OktaResult<Json<DirectoryGroupProfile>> {
    Ok(Json(profile_json(&load(&state, &caller, &group).await?)))
}

/// Create or replace group profile: attributes not sent are cleared. Administrators only.
#[utoipa::path(post, path = "/api/v1/group/{group}/profile", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("group" = String, Path)), request_body = DirectoryGroupProfile,
    responses((status = 200, description = "The profile", body = DirectoryGroupProfile), (status = 400, description = "Invalid attributes")))]
async fn replace_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(group): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryGroupProfile>> {
    write_profile(&state, &caller, &group, &body, false).await
}

/// Update group profile: only the attributes sent change (`null` clears one). Administrators only.
#[utoipa::path(patch, path = "/api/v1/group/{group}/profile", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("group" = String, Path)), request_body = DirectoryGroupProfile,
    responses((status = 200, description = "The profile", body = DirectoryGroupProfile), (status = 400, description = "Invalid attributes")))]
async fn update_profile(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(group): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<DirectoryGroupProfile>> {
    write_profile(&state, &caller, &group, &body, true).await
}

/// List group members. Everyone is an entity of type `employee` (an account and its employee record are
/// one), so `entity` may be `employee` or `account`; `membership` is `department` (through the
/// department of a department's group) or `direct` (listed in the group).
#[utoipa::path(get, path = "/api/v1/group/{groupId}/members", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])),
    params(("groupId" = String, Path), ("entity" = Option<String>, Query, description = "employee|account"),
        ("membership" = Option<String>, Query, description = "department|direct")),
    responses((status = 200, description = "Members", body = Vec<DirectoryGroupMember>), (status = 404, description = "Not found")))]
async fn list_members(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    query: PageQuery,
    Path(group_id): Path<String>,
) -> OktaResult<Json<Vec<DirectoryGroupMember>>> {
    if query.text("entity").is_some_and(|entity| !["employee", "account"].contains(&entity)) {
        return Err(OktaError::invalid("entity", "The entity must be employee or account."));
    }
    let membership = query.text("membership");
    if membership.is_some_and(|m| m != BY_DEPARTMENT && m != DIRECT) {
        return Err(OktaError::invalid("membership", "The membership must be department or direct."));
    }
    let group = load(&state, &caller, &group_id).await?;
    let members = state.db.read(move |conn| groups::members(conn, &group)).await?;
    Ok(Json(
        members
            .into_iter()
            .filter(|member| membership.is_none_or(|m| m == member.membership))
            .map(|member| DirectoryGroupMember {
                links: Links::from([("employee".to_owned(), base.href(&format!("/api/v1/employee/{}", member.uuid)))]),
                entity: member.uuid,
                entity_type: "employee".to_owned(),
                name: member.name,
                email: member.email,
                membership: member.membership.to_owned(),
                added: member.added,
            })
            .collect(),
    ))
}
