//! The by-app lookups: which organizations (among those the caller may see) have an app installed, by
//! type, by the app's own id for them, by a value of the app's data, or by one of its secrets.

use super::checked;
use super::jwt::DirectoryCaller;
use super::organizations::{organization_json, scope};
use crate::AppState;
use crate::okta::body::OktaBody;
use crate::okta::error::OktaResult;
use crate::okta::links::BaseUrl;
use crate::store::organisation::directory::{self as orgs, Organization};
use axum::Json;
use axum::extract::{Path, State};
use okta_hr_domain::okta::directory::DirectoryOrganization;
use okta_hr_domain::okta::directory_requests::AppSecretRequest;
use okta_hr_domain::validation::Validator;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(organizations_by_app))
        .routes(routes!(organizations_by_app_id))
        .routes(routes!(organizations_by_app_data))
        .routes(routes!(organizations_by_app_secret))
}

fn organizations_json(base: &BaseUrl, found: Vec<Organization>) -> Json<Vec<DirectoryOrganization>> {
    Json(found.into_iter().map(|org| organization_json(base, org)).collect())
}

/// List organizations by app type: those (among the ones the caller may see) with an app of this type.
#[utoipa::path(get, path = "/api/v1/organization/by-app/{type}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("type" = String, Path, description = "App type, e.g. slack")),
    responses((status = 200, description = "Organizations", body = Vec<DirectoryOrganization>)))]
async fn organizations_by_app(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path(app_type): Path<String>,
) -> OktaResult<Json<Vec<DirectoryOrganization>>> {
    let scope = scope(&caller);
    let found = state.db.read(move |conn| orgs::by_app_type(conn, scope, &app_type)).await?;
    Ok(organizations_json(&base, found))
}

/// List organizations by app external ID: the app's own id for the organization.
#[utoipa::path(get, path = "/api/v1/organization/by-app-id/{type}/{externalId}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("type" = String, Path), ("externalId" = String, Path)),
    responses((status = 200, description = "Organizations", body = Vec<DirectoryOrganization>)))]
async fn organizations_by_app_id(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path((app_type, external_id)): Path<(String, String)>,
) -> OktaResult<Json<Vec<DirectoryOrganization>>> {
    let scope = scope(&caller);
    let found = state.db.read(move |conn| orgs::by_app_external_id(conn, scope, &app_type, &external_id)).await?;
    Ok(organizations_json(&base, found))
}

/// List organizations by app data: an app of this type whose data has `key` equal to `value` (as text).
#[utoipa::path(get, path = "/api/v1/organization/by-app-data/{type}/{key}/{value}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])),
    params(("type" = String, Path), ("key" = String, Path), ("value" = String, Path)),
    responses((status = 200, description = "Organizations", body = Vec<DirectoryOrganization>)))]
async fn organizations_by_app_data(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path((app_type, key, value)): Path<(String, String, String)>,
) -> OktaResult<Json<Vec<DirectoryOrganization>>> {
    let scope = scope(&caller);
    let found = state.db.read(move |conn| orgs::by_app_data(conn, scope, &app_type, &key, &value)).await?;
    Ok(organizations_json(&base, found))
}

/// List organizations by app secret: the secret travels in the body, never in a URL, and is compared
/// by its SHA-256 (only digests are stored).
#[utoipa::path(post, path = "/api/v1/organization/by-app-secret/{type}/{key}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("type" = String, Path), ("key" = String, Path)),
    request_body = AppSecretRequest,
    responses((status = 200, description = "Organizations", body = Vec<DirectoryOrganization>), (status = 400, description = "No secret")))]
async fn organizations_by_app_secret(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    base: BaseUrl,
    Path((app_type, key)): Path<(String, String)>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<Vec<DirectoryOrganization>>> {
    let mut v = Validator::new(&body);
    let secret = v.required_string("secret", Some(4096));
    checked(v)?;
    let secret = secret.unwrap_or_default();
    let scope = scope(&caller);
    let found = state.db.read(move |conn| orgs::by_app_secret(conn, scope, &app_type, &key, &secret)).await?;
    Ok(organizations_json(&base, found))
}
