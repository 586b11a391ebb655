//! An entity's groups: the groups an employee (or account: they are one) is in, joined and left here.
//! The same memberships the Users API lists at `/api/v1/users/{userId}/groups`.

use super::accounts::load as load_person;
use super::groups::{group_json, load as load_group};
use super::jwt::DirectoryCaller;
use crate::AppState;
use crate::db::Change;
use crate::error::ApiError;
use crate::okta::body::OktaArray;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::store::{StoreError, groups};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use indexmap::IndexMap;
use okta_hr_domain::okta::directory::DirectoryGroup;
use okta_hr_domain::okta::directory_requests::EntityGroupWrite;
use serde_json::Value;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(entity_groups, add_entity_to_groups)).routes(routes!(remove_entity_from_group))
}

/// Get entity groups: the employee's department group and every group that lists them.
#[utoipa::path(get, path = "/api/v1/entity/{entity}/groups", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("entity" = String, Path, description = "Employee or account id")),
    responses((status = 200, description = "Groups", body = Vec<DirectoryGroup>), (status = 404, description = "Not found")))]
async fn entity_groups(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(entity): Path<String>,
) -> OktaResult<Json<Vec<DirectoryGroup>>> {
    let id = load_person(&state, &caller, &entity, "Entity").await?.id;
    let found = state.db.read(move |conn| groups::of_employee(conn, id)).await?;
    Ok(Json(found.into_iter().map(|group| group_json(&base, group)).collect()))
}

/// Set groups for entity: adds the employee to each `groupId` of the list, keeping their other groups.
/// Joining a department's group moves them to that department (an employee has one department). `type`,
/// when sent, must be the group's type. Already being a member is fine. Administrators only.
#[utoipa::path(post, path = "/api/v1/entity/{entity}/groups", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("entity" = String, Path)),
    request_body(content = Vec<EntityGroupWrite>, description = "The groups to add the entity to"),
    responses((status = 200, description = "Added; no content"), (status = 400, description = "Unknown group or wrong type")))]
async fn add_entity_to_groups(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(entity): Path<String>,
    OktaArray(items): OktaArray,
) -> OktaResult<StatusCode> {
    caller.require_admin()?;
    let person = load_person(&state, &caller, &entity, "Entity").await?;
    let mut errors: IndexMap<String, Vec<String>> = IndexMap::new();
    let mut wanted = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let group_id = item.get("groupId").and_then(Value::as_str).map(str::trim).filter(|id| !id.is_empty());
        let Some(group_id) = group_id else {
            errors.entry(format!("{n}.groupId")).or_default().push("The groupId field is required.".to_owned());
            continue;
        };
        let group_type = match item.get("type") {
            None | Some(Value::Null) => None,
            Some(Value::String(t)) => Some(t.trim().to_lowercase()),
            Some(_) => {
                errors.entry(format!("{n}.type")).or_default().push("The type field must be a string.".to_owned());
                continue;
            }
        };
        wanted.push((n, group_id.to_owned(), group_type));
    }
    if !errors.is_empty() {
        return Err(OktaError::Validation(errors));
    }
    let (company_id, employee_id, author_id) = (caller.company_id, person.id, caller.employee_id);
    state
        .db
        .write(Change::by(caller.actor(), "group.add_entity"), move |conn| {
            let mut errors = okta_hr_domain::validation::ValidationErrors::default();
            let mut found = Vec::new();
            for (n, group_id, group_type) in &wanted {
                match groups::find(conn, company_id, group_id)? {
                    None => {
                        errors.add(&format!("{n}.groupId"), format!("{group_id} is not a group of this organization."))
                    }
                    Some(group) if group_type.as_ref().is_some_and(|t| *t != group.group_type) => {
                        errors.add(&format!("{n}.type"), format!("The group's type is {}.", group.group_type));
                    }
                    Some(group) => found.push(group),
                }
            }
            if !errors.is_empty() {
                return Err(ApiError::Validation(errors));
            }
            // Joining a group they are already in (or listed twice) changes nothing, and is not recorded.
            let mut member_of: Vec<i64> =
                groups::of_employee(conn, employee_id)?.iter().map(|group| group.id).collect();
            let mut joined = false;
            for group in &found {
                if member_of.contains(&group.id) {
                    continue;
                }
                groups::add_member(conn, group, employee_id, Some(author_id))?;
                conn.audit(groups::AUDITED_AS, &group.uuid, &groups::audited_membership(employee_id, false, true))?;
                member_of.push(group.id);
                joined = true;
            }
            if !joined {
                conn.unchanged();
            }
            Ok(())
        })
        .await?;
    Ok(StatusCode::OK)
}

/// Remove entity from group. A department's group cannot be left: its members are the department's
/// employees, so move the employee to another department instead (400). 404 when not a member.
/// Administrators only.
#[utoipa::path(delete, path = "/api/v1/entity/{entity}/groups/{group}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("entity" = String, Path), ("group" = String, Path)),
    responses((status = 200, description = "Removed; no content"), (status = 404, description = "Not a member"),
        (status = 400, description = "A department's group")))]
async fn remove_entity_from_group(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path((entity, group)): Path<(String, String)>,
) -> OktaResult<StatusCode> {
    caller.require_admin()?;
    let person = load_person(&state, &caller, &entity, "Entity").await?;
    let found = load_group(&state, &caller, &group).await?;
    if found.department_id.is_some() {
        return Err(OktaError::invalid(
            "group",
            "Department membership follows the employee's department; move them to another department instead.",
        ));
    }
    let employee_id = person.id;
    let removed = state
        .db
        .write(Change::by(caller.actor(), "group.remove_entity"), move |conn| {
            let removed = groups::remove_member(conn, &found, employee_id)?;
            if removed {
                conn.audit(groups::AUDITED_AS, &found.uuid, &groups::audited_membership(employee_id, true, false))?;
            } else {
                // Not a member: nothing to remove, and the answer is a 404.
                conn.unchanged();
            }
            Ok::<_, StoreError>(removed)
        })
        .await?;
    if !removed {
        return Err(OktaError::not_found(format!("{entity} in {group}"), "GroupMembership"));
    }
    Ok(StatusCode::OK)
}
