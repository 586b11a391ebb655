//! The Users API (seeds 002 and 004, one implementation): find, create, read, update and delete users.
//! A user is the HR employee who signs in to the app.

mod credentials;
mod filter;
mod input;
pub mod json;
mod lifecycle;
pub(crate) use lifecycle::{ONE_TIME_TOKEN_HOURS, new_one_time_token, set_password_url};
mod related;

use crate::AppState;
use crate::db::Change;
use crate::db::{Connection, OptionalExtension};
use crate::okta::auth::{Admin, Caller};
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::page::{PageQuery, Paged, Params};
use crate::secrets::hash_password;
use crate::store::audit;
use crate::store::groups;
use crate::store::people;
use crate::store::people::account::{Deletion, ProfileChange, User};
use crate::store::{StoreError, StoreResult};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use input::ProfileInput;
use okta_hr_domain::lifecycle::{Transition, UserStatus, apply};
use okta_hr_domain::okta::users::{CreateUserRequest, UpdateUserRequest, User as UserJson};
use serde_json::{Map, Value};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_users, create_user))
        .routes(routes!(current_user))
        .routes(routes!(get_user, update_user, replace_user, delete_user))
        .merge(lifecycle::router())
        .merge(credentials::router())
        .merge(related::router())
}

/// The user `key` (an id or a login; `me` for the caller) of the caller's company, or Okta's 404.
pub(crate) async fn load(state: &AppState, caller: &Caller, key: &str) -> OktaResult<User> {
    let company_id = caller.company_id;
    let me = caller.employee_id;
    let lookup = key.to_owned();
    let found = state
        .db
        .read(move |conn| {
            let id = if lookup == "me" { Some(me) } else { people::account::resolve(conn, company_id, &lookup)? };
            id.map(|id| people::account::get(conn, company_id, id)).transpose().map(Option::flatten)
        })
        .await?;
    found.ok_or_else(|| OktaError::not_found(key, "User"))
}

pub(crate) async fn hash(password: String) -> OktaResult<String> {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(OktaError::internal)?
        .map_err(OktaError::Internal)
}

/// Looks up the department (created when new, as the HR admin commands do) and the manager of a profile.
fn resolve_profile<'a>(conn: &Connection, company_id: i64, input: &'a ProfileInput) -> StoreResult<ProfileChange<'a>> {
    let department_id =
        input.profile.department.as_deref().map(|name| groups::department_named(conn, company_id, name)).transpose()?;
    let manager_employee_id = match input.profile.manager_id.as_deref() {
        None => None,
        Some(key) => Some(people::account::resolve(conn, company_id, key)?.ok_or_else(|| {
            StoreError::invalid("profile.managerId", "The manager is not a user of this organization.")
        })?),
    };
    Ok(ProfileChange { profile: &input.profile, role: input.role, department_id, manager_employee_id })
}

/// Adds the user to the groups named by id; a department's group moves them to that department.
fn join_groups(conn: &Connection, company_id: i64, employee_id: i64, group_ids: &[String]) -> StoreResult<()> {
    for group in group_ids {
        let found: Option<(i64, Option<i64>)> = conn
            .prepare_cached("SELECT id, department_id FROM groups WHERE company_id = ?1 AND okta_id = ?2")?
            .query_row(crate::db::params![company_id, group], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match found {
            None => {
                return Err(StoreError::invalid("groupIds", format!("{group} is not a group of this organization.")));
            }
            Some((_, Some(department))) => {
                conn.execute("UPDATE employees SET department_id = ?1 WHERE id = ?2", [department, employee_id])?;
            }
            Some((group_id, None)) => {
                conn.execute(
                    "INSERT INTO group_members (group_id, employee_id, added_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                    crate::db::params![group_id, employee_id, chrono::Utc::now()],
                )?;
            }
        }
    }
    Ok(())
}

/// List or find users.
///
/// Without `filter` or `search`, deactivated (DEPROVISIONED) users are left out. `q` matches the start of
/// first name, last name or email. `filter` takes `eq`/`gt`/`ge`/`lt`/`le` on id, status, the timestamps
/// and profile.login/email/firstName/lastName; `search` takes any profile attribute and every operator.
/// Cursor-paged: follow the `Link: <…>; rel="next"` header.
#[utoipa::path(get, path = "/api/v1/users", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("q" = Option<String>, Query), ("filter" = Option<String>, Query), ("search" = Option<String>, Query),
        ("sortBy" = Option<String>, Query), ("sortOrder" = Option<String>, Query),
        ("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Users", body = Vec<UserJson>),
        (status = 400, description = "Invalid filter or search expression"),
        (status = 403, description = "Administrators only")))]
async fn list_users(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    query: PageQuery,
) -> OktaResult<Paged<UserJson>> {
    let (mut conditions, args) = crate::okta::filter::conditions(&query, &filter::ATTRIBUTES)?;
    if conditions.is_empty() {
        conditions.push("e.lifecycle <> 'DEPROVISIONED'".to_owned());
    }
    let order = match query.text("sortBy") {
        None => None,
        Some(attribute) => {
            let (column, _) = filter::column(attribute)
                .ok_or_else(|| OktaError::invalid("sortBy", format!("{attribute} is not a user attribute.")))?;
            let descending = match query.text("sortOrder").map(str::to_ascii_lowercase).as_deref() {
                None | Some("asc") => false,
                Some("desc") => true,
                Some(_) => return Err(OktaError::invalid("sortOrder", "The sortOrder must be asc or desc.")),
            };
            Some((column, descending))
        }
    };
    let condition = conditions.join(" AND ");
    let (company_id, after, limit) = (caller.company_id, query.after, query.limit);
    let q = query.text("q").map(str::to_owned);
    let rows = state
        .db
        .read(move |conn| {
            let order = order.as_ref().map(|(column, descending)| (column.as_str(), *descending));
            people::account::page(conn, company_id, Some((&condition, args)), q.as_deref(), order, after, limit)
        })
        .await?;
    Ok(query.page(rows.into_iter().map(|(id, user)| (id, json::user(&base, user))).collect()))
}

/// Create a user, optionally with a password and in groups.
///
/// `activate` (default true) activates at once: with a password the user is ACTIVE, without one
/// PROVISIONED until they set it. `activate=false` leaves them STAGED. `nextLogin=changePassword` makes the
/// password expire so it is changed at the first sign-in. The user is an employee of the HR API at once.
#[utoipa::path(post, path = "/api/v1/users", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("activate" = Option<bool>, Query), ("provider" = Option<bool>, Query), ("nextLogin" = Option<String>, Query)),
    request_body = CreateUserRequest,
    responses((status = 200, description = "The new user", body = UserJson),
        (status = 400, description = "Invalid profile or credentials"), (status = 403, description = "Administrators only")))]
async fn create_user(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    params: Params,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<UserJson>> {
    let activate = params.flag("activate")?.unwrap_or(true);
    if params.flag("provider")? == Some(true) {
        return Err(OktaError::invalid("provider", "This server has no external identity providers."));
    }
    let change_at_next_login = match params.text("nextLogin") {
        None => false,
        Some("changePassword") => true,
        Some(_) => return Err(OktaError::invalid("nextLogin", "The nextLogin must be changePassword.")),
    };
    let input = input::profile(input::profile_object(&body)?.unwrap_or(&Map::new()))?;
    let credentials = input::credentials(&body)?;
    let group_ids = group_ids(&body)?;
    if let Some(password) = &credentials.password {
        input::check_password(password, Some(&input.profile), "credentials.password.value")?;
    }
    let password_hash = match credentials.password {
        Some(password) => Some(hash(password).await?),
        None => None,
    };
    let recovery = match credentials.recovery {
        Some((question, answer)) => Some((question, hash(answer).await?)),
        None => None,
    };
    let status = match (activate, password_hash.is_some()) {
        (false, _) => UserStatus::Staged,
        (true, false) => UserStatus::Provisioned,
        (true, true) if change_at_next_login => UserStatus::PasswordExpired,
        (true, true) => UserStatus::Active,
    };
    let company_id = caller.company_id;
    let user = state
        .db
        .write(Change::by(caller.actor(), "user.create"), move |conn| {
            let change = resolve_profile(conn, company_id, &input)?;
            let id = people::account::create(conn, company_id, &change, password_hash.as_deref(), status)?;
            if let Some((question, answer_hash)) = &recovery {
                people::account::set_recovery_question(conn, company_id, id, question, answer_hash)?;
            }
            join_groups(conn, company_id, id, &group_ids)?;
            let created = people::account::get(conn, company_id, id)?;
            if let Some(created) = &created {
                let details = serde_json::json!({
                    "login": created.profile.login,
                    "status": created.status.as_str(),
                    "profile": audit::changes(&Value::Null, &Value::Object(stored_profile(created))),
                    "group_ids": group_ids,
                });
                conn.audit("user", &id.to_string(), &details)?;
            }
            Ok::<_, StoreError>(created)
        })
        .await?
        .ok_or_else(|| OktaError::internal(anyhow::anyhow!("a created user could not be read back")))?;
    Ok(Json(json::user(&base, user)))
}

fn group_ids(body: &Map<String, Value>) -> OktaResult<Vec<String>> {
    match body.get("groupIds") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(ids)) => ids
            .iter()
            .map(|id| {
                id.as_str().map(str::to_owned).ok_or_else(|| OktaError::invalid("groupIds", "Group ids are strings."))
            })
            .collect(),
        Some(_) => Err(OktaError::invalid("groupIds", "The groupIds must be a list of group ids.")),
    }
}

/// The signed-in user.
#[utoipa::path(get, path = "/api/v1/users/me", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    responses((status = 200, description = "The caller", body = UserJson), (status = 401, description = "Invalid token provided")))]
async fn current_user(State(state): State<AppState>, caller: Caller, base: BaseUrl) -> OktaResult<Json<UserJson>> {
    Ok(Json(json::user(&base, load(&state, &caller, "me").await?)))
}

/// Get a user by id or login.
///
/// People may read themselves; administrators anyone in their organization.
#[utoipa::path(get, path = "/api/v1/users/{userId}", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path, description = "The user's id or login")),
    responses((status = 200, description = "The user", body = UserJson), (status = 404, description = "Not found")))]
async fn get_user(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    Path(user_id): Path<String>,
) -> OktaResult<Json<UserJson>> {
    let user = load(&state, &caller, &user_id).await?;
    caller.require_self_or_admin(user.id)?;
    Ok(Json(json::user(&base, user)))
}

/// The stored profile as a JSON object, for merging a partial update over it.
fn stored_profile(user: &User) -> Map<String, Value> {
    match serde_json::to_value(json::profile(user.profile.clone(), user.role)) {
        Ok(Value::Object(mut fields)) => {
            fields.remove("manager");
            fields
        }
        _ => Map::new(),
    }
}

async fn update(
    state: AppState,
    caller: Caller,
    base: BaseUrl,
    user_id: String,
    body: Map<String, Value>,
    partial: bool,
) -> OktaResult<Json<UserJson>> {
    let user = load(&state, &caller, &user_id).await?;
    caller.require_admin()?;
    let sent = input::profile_object(&body)?;
    let input = match (sent, partial) {
        (Some(fields), true) => {
            let mut merged = stored_profile(&user);
            merged.extend(fields.clone());
            Some(input::profile(&merged)?)
        }
        (Some(fields), false) => Some(input::profile(fields)?),
        // Okta's "set password" and "set recovery credential" are a PUT of the credentials alone.
        (None, true) => None,
        (None, false) if body.contains_key("credentials") => None,
        (None, false) => return Err(OktaError::invalid("profile", "A full update needs the whole profile.")),
    };
    let credentials = input::credentials(&body)?;
    if let Some(password) = &credentials.password {
        input::check_password(
            password,
            input.as_ref().map(|i| &i.profile).or(Some(&user.profile)),
            "credentials.password.value",
        )?;
    }
    let password_hash = match credentials.password {
        Some(password) => Some(hash(password).await?),
        None => None,
    };
    let recovery = match credentials.recovery {
        Some((question, answer)) => Some((question, hash(answer).await?)),
        None => None,
    };
    let (company_id, employee_id) = (caller.company_id, user.id);
    let before = Value::Object(stored_profile(&user));
    let updated = state
        .db
        .write(Change::by(caller.actor(), "user.update"), move |conn| {
            if let Some(input) = &input {
                let change = resolve_profile(conn, company_id, input)?;
                if let Some(manager) = change.manager_employee_id {
                    people::account::set_manager(conn, company_id, employee_id, manager)?;
                }
                people::account::replace_profile(conn, company_id, employee_id, &change)?;
            }
            if let Some(hash) = &password_hash {
                people::account::set_password(conn, company_id, employee_id, hash)?;
            }
            if let Some((question, answer_hash)) = &recovery {
                people::account::set_recovery_question(conn, company_id, employee_id, question, answer_hash)?;
            }
            let updated = people::account::get(conn, company_id, employee_id)?;
            match &updated {
                Some(updated) => {
                    // That a credential was replaced is recorded, never what it was replaced with.
                    let details = serde_json::json!({
                        "login": updated.profile.login,
                        "profile": audit::changes(&before, &Value::Object(stored_profile(updated))),
                        "password_changed": password_hash.is_some(),
                        "recovery_question_changed": recovery.is_some(),
                    });
                    conn.audit("user", &employee_id.to_string(), &details)?;
                }
                // Deleted since it was read: nothing was updated, and the answer is a 404.
                None => conn.unchanged(),
            }
            Ok::<_, StoreError>(updated)
        })
        .await?
        .ok_or_else(|| OktaError::not_found(&user_id, "User"))?;
    Ok(Json(json::user(&base, updated)))
}

/// Update a user's profile or credentials, partially: attributes not sent are kept.
#[utoipa::path(post, path = "/api/v1/users/{userId}", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("strict" = Option<bool>, Query)), request_body = UpdateUserRequest,
    responses((status = 200, description = "The updated user", body = UserJson), (status = 400, description = "Invalid profile")))]
async fn update_user(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    Path(user_id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<UserJson>> {
    update(state, caller, base, user_id, body, true).await
}

/// Replace a user's profile (attributes not sent are removed) and optionally set credentials.
///
/// A body with `credentials` and no `profile` sets the credentials and leaves the profile as it is: Okta's
/// "set password" and "set recovery question" requests.
#[utoipa::path(put, path = "/api/v1/users/{userId}", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("strict" = Option<bool>, Query)), request_body = UpdateUserRequest,
    responses((status = 200, description = "The updated user", body = UserJson), (status = 400, description = "Invalid profile")))]
async fn replace_user(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    Path(user_id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<UserJson>> {
    update(state, caller, base, user_id, body, false).await
}

/// Delete a deactivated user.
///
/// Only DEPROVISIONED users can be deleted. Someone without HR records is deleted for good. Someone with
/// attendance, leave, payroll or asset records keeps them: the records stay under their name, and the
/// sign-in user is erased (login and email freed for someone new, personal fields, credentials, sessions
/// and groups removed); the Users API no longer finds them. No email is sent (`sendEmail` is accepted and
/// has no effect).
#[utoipa::path(delete, path = "/api/v1/users/{userId}", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("sendEmail" = Option<bool>, Query)),
    responses((status = 204, description = "Deleted, or erased with the HR records kept"),
        (status = 403, description = "Not deactivated"), (status = 404, description = "Not found")))]
async fn delete_user(
    State(state): State<AppState>,
    Admin(caller): Admin,
    params: Params,
    Path(user_id): Path<String>,
) -> OktaResult<StatusCode> {
    params.flag("sendEmail")?;
    let user = load(&state, &caller, &user_id).await?;
    apply(user.status, Transition::Delete, user.has_password)?;
    if user.id == caller.employee_id {
        return Err(OktaError::refused(StatusCode::FORBIDDEN, "E0000038", "You cannot delete yourself."));
    }
    let before = Value::Object(stored_profile(&user));
    let deleted = state
        .db
        .write(Change::by(caller.actor(), "user.delete"), move |conn| {
            // Erasing cannot be undone: the status is checked again where no one can change it meanwhile.
            if let Some(now) = people::account::get(conn, user.company_id, user.id)?
                && let Err(refusal) = apply(now.status, Transition::Delete, now.has_password)
            {
                conn.unchanged();
                return Ok(Err(refusal));
            }
            let deletion = people::account::delete(conn, user.company_id, user.id)?;
            match deletion {
                Some(deletion) => {
                    let details = serde_json::json!({
                        "login": user.profile.login,
                        "profile": audit::changes(&before, &Value::Null),
                        "hr_records_kept": deletion == Deletion::Erased,
                    });
                    conn.audit("user", &user.id.to_string(), &details)?;
                }
                // Deleted since it was read: nothing changed, and the answer is a 404.
                None => conn.unchanged(),
            }
            Ok::<_, StoreError>(Ok(deletion.is_some()))
        })
        .await??;
    if !deleted {
        return Err(OktaError::not_found(&user_id, "User"));
    }
    Ok(StatusCode::NO_CONTENT)
}
