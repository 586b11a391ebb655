//! What hangs off a user: groups, app links, identity providers, the app's sessions (as the OAuth
//! client `okta-hr-app` and its refresh tokens), grants, linked objects and session clearing.
//!
//! Each signed-in device holds one app token; the Users API lists those as the refresh tokens of the
//! app's client, so an administrator can see a person's devices and sign one out. The server issues no
//! OAuth consent grants and has no external identity providers, so those lists are truthfully empty.

use super::load;
use crate::AppState;
use crate::db::Change;
use crate::okta::auth::{Admin, Caller};
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::page::{PageQuery, Paged, Params};
use crate::store::people::account::{Session, User};
use crate::store::{audit, people};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::okta::Links;
use okta_hr_domain::okta::user_resources::{
    AppLink, Group, IdentityProvider, OAuth2Client, OAuth2RefreshToken, OAuth2ScopeConsentGrant,
};
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The OAuth client id under which the app's device sessions are listed.
pub const APP_CLIENT_ID: &str = "okta-hr-app";
const SIGNED_OUT_BY_ADMIN: &str = "You were signed out of this device by your HR team.";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(user_groups))
        .routes(routes!(app_links))
        .routes(routes!(identity_providers))
        .routes(routes!(clients))
        .routes(routes!(client_tokens, revoke_client_tokens))
        .routes(routes!(client_token, revoke_client_token))
        .routes(routes!(client_grants, revoke_client_grants))
        .routes(routes!(grants, revoke_grants))
        .routes(routes!(grant, revoke_grant))
        .routes(routes!(clear_sessions))
        .routes(routes!(set_linked_object))
}

/// The user, if the caller is them or an administrator.
async fn visible(state: &AppState, caller: &Caller, user_id: &str) -> OktaResult<User> {
    let user = load(state, caller, user_id).await?;
    caller.require_self_or_admin(user.id)?;
    Ok(user)
}

/// The groups a user is in: their department's, and every other group that lists them.
#[utoipa::path(get, path = "/api/v1/users/{userId}/groups", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path)), responses((status = 200, description = "Groups", body = Vec<Group>)))]
async fn user_groups(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    Path(user_id): Path<String>,
) -> OktaResult<Json<Vec<Group>>> {
    let user = visible(&state, &caller, &user_id).await?;
    let joined = state.db.read(move |conn| crate::store::groups::of_employee(conn, user.id)).await?;
    Ok(Json(joined.into_iter().map(|group| crate::okta::groups::json::group_json(&base, group)).collect()))
}

/// The apps the user can open: Okta HR itself.
#[utoipa::path(get, path = "/api/v1/users/{userId}/appLinks", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path)), responses((status = 200, description = "App links", body = Vec<AppLink>)))]
async fn app_links(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    Path(user_id): Path<String>,
) -> OktaResult<Json<Vec<AppLink>>> {
    let user = visible(&state, &caller, &user_id).await?;
    let mut links = Vec::new();
    if user.status.employment_status() == "active" {
        links.push(AppLink {
            id: format!("{APP_CLIENT_ID}-{}", user.okta_id),
            label: "Okta HR".to_owned(),
            link_url: base.0,
            logo_url: None,
            app_name: APP_CLIENT_ID.to_owned(),
            app_instance_id: APP_CLIENT_ID.to_owned(),
            app_assignment_id: user.okta_id,
            credentials_setup: false,
            hidden: false,
            sort_order: 0,
        });
    }
    Ok(Json(links))
}

/// External identity providers linked to the user: this server has none.
#[utoipa::path(get, path = "/api/v1/users/{userId}/idps", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path)), responses((status = 200, description = "Always empty here", body = Vec<IdentityProvider>)))]
async fn identity_providers(
    State(state): State<AppState>,
    caller: Caller,
    Path(user_id): Path<String>,
) -> OktaResult<Json<Vec<IdentityProvider>>> {
    visible(&state, &caller, &user_id).await?;
    Ok(Json(Vec::new()))
}

fn token_json(base: &BaseUrl, user: &User, session: Session) -> OAuth2RefreshToken {
    let path = format!("/api/v1/users/{}/clients/{APP_CLIENT_ID}/tokens/{}", user.okta_id, session.id);
    let links =
        Links::from([("self".to_owned(), base.href(&path)), ("revoke".to_owned(), base.action(&path, "DELETE"))]);
    OAuth2RefreshToken {
        id: session.id.to_string(),
        status: "ACTIVE".to_owned(),
        created: session.created,
        last_updated: session.last_used.unwrap_or(session.created),
        expires_at: None,
        issuer: base.0.clone(),
        client_id: APP_CLIENT_ID.to_owned(),
        user_id: user.okta_id.clone(),
        scopes: vec!["okta-hr".to_owned()],
        device_name: session.device_name,
        links,
    }
}

fn app_client(client_id: &str) -> OktaResult<()> {
    if client_id == APP_CLIENT_ID { Ok(()) } else { Err(OktaError::not_found(client_id, "Client")) }
}

/// The clients the user has tokens for: the app, while any device is signed in.
#[utoipa::path(get, path = "/api/v1/users/{userId}/clients", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path)), responses((status = 200, description = "Clients", body = Vec<OAuth2Client>)))]
async fn clients(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(user_id): Path<String>,
) -> OktaResult<Json<Vec<OAuth2Client>>> {
    let user = load(&state, &caller, &user_id).await?;
    let signed_in =
        state.db.read(move |conn| people::account::sessions(conn, user.company_id, user.id, None, 1)).await?;
    let path = format!("/api/v1/users/{user_id}/clients/{APP_CLIENT_ID}");
    Ok(Json(if signed_in.is_empty() {
        Vec::new()
    } else {
        vec![OAuth2Client {
            client_id: APP_CLIENT_ID.to_owned(),
            client_name: "Okta HR app".to_owned(),
            client_uri: None,
            logo_uri: None,
            links: Links::from([
                ("grants".to_owned(), base.href(&format!("{path}/grants"))),
                ("tokens".to_owned(), base.href(&format!("{path}/tokens"))),
            ]),
        }]
    }))
}

/// The user's signed-in devices, as refresh tokens of the app's client.
#[utoipa::path(get, path = "/api/v1/users/{userId}/clients/{clientId}/tokens", tag = "Users",
    security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("clientId" = String, Path), ("expand" = Option<String>, Query),
        ("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Tokens", body = Vec<OAuth2RefreshToken>)))]
async fn client_tokens(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    query: PageQuery,
    Path((user_id, client_id)): Path<(String, String)>,
) -> OktaResult<Paged<OAuth2RefreshToken>> {
    app_client(&client_id)?;
    let user = load(&state, &caller, &user_id).await?;
    let (company_id, employee_id, after, limit) = (user.company_id, user.id, query.after, query.limit);
    let sessions =
        state.db.read(move |conn| people::account::sessions(conn, company_id, employee_id, after, limit)).await?;
    Ok(query.page(sessions.into_iter().map(|(id, s)| (id, token_json(&base, &user, s))).collect()))
}

/// Sign the user out of every device.
#[utoipa::path(delete, path = "/api/v1/users/{userId}/clients/{clientId}/tokens", tag = "Users",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("clientId" = String, Path)),
    responses((status = 204, description = "Revoked")))]
async fn revoke_client_tokens(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path((user_id, client_id)): Path<(String, String)>,
) -> OktaResult<StatusCode> {
    app_client(&client_id)?;
    let user = load(&state, &caller, &user_id).await?;
    sign_out_everywhere(&state, Change::by(caller.actor(), "user.revoke_client_tokens"), user).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What the audit trail records of signing a user out: whose devices and how many; the tokens themselves
/// stay secret.
fn signed_out(user: &User, sessions: usize) -> Value {
    json!({ "login": user.profile.login, "sessions_revoked": sessions })
}

/// Revokes every app session of `user`; with none signed in there is nothing to change or record.
async fn sign_out_everywhere(state: &AppState, what: Change, user: User) -> OktaResult<()> {
    state
        .db
        .write(what, move |conn| -> OktaResult<_> {
            let revoked = people::account::revoke_sessions(conn, user.company_id, user.id, None, SIGNED_OUT_BY_ADMIN)?;
            if revoked == 0 {
                conn.unchanged();
            } else {
                conn.audit("user", &user.id.to_string(), &signed_out(&user, revoked))?;
            }
            Ok(())
        })
        .await
}

async fn find_session(
    state: &AppState,
    caller: &Caller,
    user_id: &str,
    client_id: &str,
    token_id: &str,
) -> OktaResult<(User, Session)> {
    app_client(client_id)?;
    let user = load(state, caller, user_id).await?;
    let id: i64 = token_id.parse().map_err(|_| OktaError::not_found(token_id, "Token"))?;
    let (company_id, employee_id) = (user.company_id, user.id);
    let sessions =
        state.db.read(move |conn| people::account::sessions(conn, company_id, employee_id, Some(id - 1), 1)).await?;
    let session = sessions
        .into_iter()
        .map(|(_, s)| s)
        .find(|s| s.id == id)
        .ok_or_else(|| OktaError::not_found(token_id, "Token"))?;
    Ok((user, session))
}

/// One signed-in device.
#[utoipa::path(get, path = "/api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}", tag = "Users",
    security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("clientId" = String, Path), ("tokenId" = String, Path),
        ("expand" = Option<String>, Query), ("limit" = Option<i64>, Query), ("after" = Option<String>, Query)),
    responses((status = 200, description = "The token", body = OAuth2RefreshToken), (status = 404, description = "Not found")))]
async fn client_token(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path((user_id, client_id, token_id)): Path<(String, String, String)>,
) -> OktaResult<Json<OAuth2RefreshToken>> {
    let (user, session) = find_session(&state, &caller, &user_id, &client_id, &token_id).await?;
    Ok(Json(token_json(&base, &user, session)))
}

/// Sign the user out of one device; it learns why at its next request.
#[utoipa::path(delete, path = "/api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}", tag = "Users",
    security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("clientId" = String, Path), ("tokenId" = String, Path)),
    responses((status = 204, description = "Revoked"), (status = 404, description = "Not found")))]
async fn revoke_client_token(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path((user_id, client_id, token_id)): Path<(String, String, String)>,
) -> OktaResult<StatusCode> {
    let (user, session) = find_session(&state, &caller, &user_id, &client_id, &token_id).await?;
    state
        .db
        .write(Change::by(caller.actor(), "user.revoke_client_token"), move |conn| -> OktaResult<_> {
            let (company_id, employee_id) = (user.company_id, user.id);
            let revoked =
                people::account::revoke_sessions(conn, company_id, employee_id, Some(session.id), SIGNED_OUT_BY_ADMIN)?;
            if revoked == 0 {
                // Revoked by someone else in the meantime: the device is signed out already.
                conn.unchanged();
            } else {
                let mut details = signed_out(&user, revoked);
                details["device"] = json!({ "token_id": session.id, "name": session.device_name });
                conn.audit("user", &employee_id.to_string(), &details)?;
            }
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Consent grants of a client: the server issues none.
#[utoipa::path(get, path = "/api/v1/users/{userId}/clients/{clientId}/grants", tag = "Users",
    security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("clientId" = String, Path), ("expand" = Option<String>, Query),
        ("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Always empty here", body = Vec<OAuth2ScopeConsentGrant>)))]
async fn client_grants(
    State(state): State<AppState>,
    Admin(caller): Admin,
    query: PageQuery,
    Path((user_id, client_id)): Path<(String, String)>,
) -> OktaResult<Paged<OAuth2ScopeConsentGrant>> {
    app_client(&client_id)?;
    load(&state, &caller, &user_id).await?;
    Ok(query.page(Vec::new()))
}

/// Revoke a client's consent grants (there are none to revoke).
#[utoipa::path(delete, path = "/api/v1/users/{userId}/clients/{clientId}/grants", tag = "Users",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("clientId" = String, Path)),
    responses((status = 204, description = "Nothing left to revoke")))]
async fn revoke_client_grants(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path((user_id, client_id)): Path<(String, String)>,
) -> OktaResult<StatusCode> {
    app_client(&client_id)?;
    load(&state, &caller, &user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The user's consent grants: the server issues none.
#[utoipa::path(get, path = "/api/v1/users/{userId}/grants", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("scopeId" = Option<String>, Query), ("expand" = Option<String>, Query),
        ("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Always empty here", body = Vec<OAuth2ScopeConsentGrant>)))]
async fn grants(
    State(state): State<AppState>,
    Admin(caller): Admin,
    query: PageQuery,
    Path(user_id): Path<String>,
) -> OktaResult<Paged<OAuth2ScopeConsentGrant>> {
    load(&state, &caller, &user_id).await?;
    Ok(query.page(Vec::new()))
}

/// Revoke all of the user's grants (there are none to revoke).
#[utoipa::path(delete, path = "/api/v1/users/{userId}/grants", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path)), responses((status = 204, description = "Nothing left to revoke")))]
async fn revoke_grants(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path(user_id): Path<String>,
) -> OktaResult<StatusCode> {
    load(&state, &caller, &user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// One grant: none exists, so every id is not found.
#[utoipa::path(get, path = "/api/v1/users/{userId}/grants/{grantId}", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("grantId" = String, Path), ("expand" = Option<String>, Query)),
    responses((status = 404, description = "Not found")))]
async fn grant(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path((user_id, grant_id)): Path<(String, String)>,
) -> OktaResult<Json<OAuth2ScopeConsentGrant>> {
    load(&state, &caller, &user_id).await?;
    Err(OktaError::not_found(grant_id, "Grant"))
}

/// Revoke one grant: none exists, so every id is not found.
#[utoipa::path(delete, path = "/api/v1/users/{userId}/grants/{grantId}", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("grantId" = String, Path)), responses((status = 404, description = "Not found")))]
async fn revoke_grant(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path((user_id, grant_id)): Path<(String, String)>,
) -> OktaResult<StatusCode> {
    load(&state, &caller, &user_id).await?;
    Err(OktaError::not_found(grant_id, "Grant"))
}

/// Sign the user out of every device (their app sessions).
#[utoipa::path(delete, path = "/api/v1/users/{userId}/sessions", tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("userId" = String, Path), ("oauthTokens" = Option<bool>, Query)), responses((status = 204, description = "Signed out")))]
async fn clear_sessions(
    State(state): State<AppState>,
    Admin(caller): Admin,
    params: Params,
    Path(user_id): Path<String>,
) -> OktaResult<StatusCode> {
    params.flag("oauthTokens")?;
    let user = load(&state, &caller, &user_id).await?;
    sign_out_everywhere(&state, Change::by(caller.actor(), "user.clear_sessions"), user).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Link two users. The one relationship this server knows is `manager`: the primary user becomes the
/// associated user's manager in the HR API.
#[utoipa::path(put, path = "/api/v1/users/{associatedUserId}/linkedObjects/{primaryRelationshipName}/{primaryUserId}",
    tag = "Users", security(("api_token" = []), ("bearer" = [])),
    params(("associatedUserId" = String, Path), ("primaryRelationshipName" = String, Path), ("primaryUserId" = String, Path)),
    responses((status = 204, description = "Linked"), (status = 404, description = "Unknown user or relationship")))]
async fn set_linked_object(
    State(state): State<AppState>,
    Admin(caller): Admin,
    Path((associated_id, relationship, primary_id)): Path<(String, String, String)>,
) -> OktaResult<StatusCode> {
    if relationship != "manager" {
        return Err(OktaError::not_found(relationship, "LinkedObjectDefinition"));
    }
    let associated = load(&state, &caller, &associated_id).await?;
    let primary = load(&state, &caller, &primary_id).await?;
    let company_id = caller.company_id;
    state
        .db
        .write(Change::by(caller.actor(), "user.link"), move |conn| -> OktaResult<_> {
            people::account::set_manager(conn, company_id, associated.id, primary.id)?;
            let manager = |user: Option<&User>| json!({ "managerId": user.and_then(|u| u.profile.manager_id.clone()) });
            let after = people::account::get(conn, company_id, associated.id)?;
            let details = json!({
                "login": associated.profile.login,
                "profile": audit::changes(&manager(Some(&associated)), &manager(after.as_ref())),
            });
            Ok(conn.audit("user", &associated.id.to_string(), &details)?)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
