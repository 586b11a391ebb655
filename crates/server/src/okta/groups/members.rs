//! A group's members in Okta's Groups API: listed as users, added and removed one at a time.
//!
//! A department's group is its department: joining it moves the person to that department (a person has
//! one), and leaving it is refused, as the Directory API and the Users API's `groupIds` do.

use super::load;
use crate::AppState;
use crate::db::Change;
use crate::okta::auth::{Admin, Caller};
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::page::{PageQuery, Paged};
use crate::okta::users::json;
use crate::store::groups::{self, AUDITED_AS};
use crate::store::{StoreError, people};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::okta::users::User as UserJson;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_members)).routes(routes!(add_member, remove_member))
}

/// List a group's members, deactivated people included, in the order they were hired. Cursor-paged.
#[utoipa::path(get, path = "/api/v1/groups/{groupId}/users", tag = "Groups", security(("api_token" = []), ("bearer" = [])),
    params(("groupId" = String, Path), ("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "The members", body = Vec<UserJson>), (status = 404, description = "Not found")))]
async fn list_members(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    query: PageQuery,
    Path(group_id): Path<String>,
) -> OktaResult<Paged<UserJson>> {
    let group = load(&state, &caller, &group_id).await?;
    let (company_id, after, limit) = (caller.company_id, query.after, query.limit);
    let rows = state
        .db
        .read(move |conn| {
            let (sql, member) = groups::membership_condition(&group);
            people::account::page(conn, company_id, Some((sql, vec![member])), None, None, after, limit)
        })
        .await?;
    Ok(query.page(rows.into_iter().map(|(id, user)| (id, json::user(&base, user))).collect()))
}

/// Add a user to a group; one already in it stays. Joining a department's group moves them to that
/// department. Administrators only.
#[utoipa::path(put, path = "/api/v1/groups/{groupId}/users/{userId}", tag = "Groups",
    security(("api_token" = []), ("bearer" = [])), params(("groupId" = String, Path), ("userId" = String, Path)),
    responses((status = 204, description = "A member"), (status = 404, description = "No such group or user")))]
async fn add_member(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path((group_id, user_id)): Path<(String, String)>,
) -> OktaResult<StatusCode> {
    let group = load(&state, &caller, &group_id).await?;
    let user = crate::okta::users::load(&state, &caller, &user_id).await?;
    set_membership(&state, &caller, group, user.id, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Remove a user from a group; removing someone who is not in it changes nothing. A department's group
/// cannot be left (400): move the person to another department. Administrators only.
#[utoipa::path(delete, path = "/api/v1/groups/{groupId}/users/{userId}", tag = "Groups",
    security(("api_token" = []), ("bearer" = [])), params(("groupId" = String, Path), ("userId" = String, Path)),
    responses((status = 204, description = "Not a member"), (status = 400, description = "A department's group"),
        (status = 404, description = "No such group or user")))]
async fn remove_member(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path((group_id, user_id)): Path<(String, String)>,
) -> OktaResult<StatusCode> {
    let group = load(&state, &caller, &group_id).await?;
    let user = crate::okta::users::load(&state, &caller, &user_id).await?;
    if group.department_id.is_some() {
        return Err(OktaError::invalid(
            "groupId",
            "Department membership follows the employee's department; move them to another department instead.",
        ));
    }
    set_membership(&state, &caller, group, user.id, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Puts the person in the group or takes them out; what changes is audited, and asking for what already
/// is changes nothing.
async fn set_membership(
    state: &AppState,
    caller: &Caller,
    group: groups::Group,
    employee_id: i64,
    member: bool,
) -> OktaResult<()> {
    let action = if member { "group.add_user" } else { "group.remove_user" };
    let author_id = caller.employee_id;
    state
        .db
        .write(Change::by(caller.actor(), action), move |conn| {
            let was = groups::of_employee(conn, employee_id)?.iter().any(|joined| joined.id == group.id);
            if was == member {
                conn.unchanged();
                return Ok(());
            }
            if member {
                groups::add_member(conn, &group, employee_id, Some(author_id))?;
            } else {
                groups::remove_member(conn, &group, employee_id)?;
            }
            conn.audit(AUDITED_AS, &group.uuid, &groups::audited_membership(employee_id, was, member))?;
            Ok::<_, StoreError>(())
        })
        .await?;
    Ok(())
}
