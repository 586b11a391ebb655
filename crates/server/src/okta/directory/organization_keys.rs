//! Organization API keys: `SSWS` API tokens of the company, shown once, optionally limited to a role.

use super::checked;
use super::jwt::DirectoryCaller;
use super::organizations::{current, load};
use crate::AppState;
use crate::db::Change;
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::secrets::sha256_hex;
use crate::store::organisation::directory::{self as orgs, ApiKey, Organization};
use crate::store::{audit, provisioning};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::okta::directory::ApiKey as ApiKeyJson;
use okta_hr_domain::okta::directory_requests::ApiKeyWrite;
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use serde_json::{Map, Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_current_key))
        .routes(routes!(create_key))
        .routes(routes!(delete_current_key))
        .routes(routes!(delete_key))
}

/// How the audit trail names an API key: by its Okta id.
const AUDITED_AS: &str = "api_key";

/// What the audit trail records of a key of the organization `organization` (its UUID): what the key is
/// and does, never its token.
fn recorded(organization: &str, key: &ApiKey) -> Value {
    json!({
        "name": key.name,
        "limitToRole": key.limit_to_role,
        "actsAs": key.owner_email,
        "organization": organization,
    })
}

fn key_json(key: ApiKey) -> ApiKeyJson {
    ApiKeyJson {
        id: key.okta_id,
        name: key.name,
        limit_to_role: key.limit_to_role,
        acts_as: key.owner_email,
        created: key.created,
        token: None,
    }
}

/// Creates an SSWS API token for `org`, acting as `acting_as` (an hr account of it), limited to a role.
async fn create_key_for(
    state: &AppState,
    what: Change,
    org: &Organization,
    acting_as: i64,
    body: &Map<String, Value>,
) -> OktaResult<(StatusCode, Json<ApiKeyJson>)> {
    let mut v = Validator::new(body);
    let name = v.required_string("name", Some(255));
    let limit_to_role = v.optional_string("limitToRole", Some(20));
    if limit_to_role.as_deref().is_some_and(|role| Role::parse(role).is_none()) {
        v.fail("limitToRole", "The limitToRole must be employee, manager or hr.");
    }
    checked(v)?;
    let name = name.unwrap_or_default();
    let (company_id, organization) = (org.id, org.uuid.clone());
    let (token, key) = state
        .db
        .write(what, move |conn| -> OktaResult<_> {
            let token = provisioning::create_api_token(conn, company_id, acting_as, &name, None)?;
            let key_id = orgs::api_key_id_by_hash(conn, &sha256_hex(&token))?;
            orgs::set_key_role_limit(conn, &key_id, limit_to_role.as_deref())?;
            let key = orgs::api_key(conn, company_id, &key_id)?;
            if let Some(key) = &key {
                conn.audit(AUDITED_AS, &key_id, &audit::changes(&Value::Null, &recorded(&organization, key)))?;
            }
            Ok((token, key))
        })
        .await?;
    let key = key.ok_or_else(|| OktaError::internal(anyhow::anyhow!("a created key could not be read")))?;
    // The only time the secret is shown: the server keeps its SHA-256 alone.
    Ok((StatusCode::CREATED, Json(ApiKeyJson { token: Some(token), ..key_json(key) })))
}

/// Create API key for organization: an `SSWS` API token acting as the calling administrator, optionally
/// limited to a lesser role. The token is in the answer once and never again. Administrators only.
#[utoipa::path(post, path = "/api/v1/organization/keys", tag = "Directory", security(("bearer" = []), ("api_token" = [])),
    request_body = ApiKeyWrite,
    responses((status = 201, description = "The key, with its token shown once", body = ApiKeyJson),
        (status = 403, description = "Administrators only"), (status = 400, description = "Invalid input")))]
async fn create_current_key(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    OktaBody(body): OktaBody,
) -> OktaResult<(StatusCode, Json<ApiKeyJson>)> {
    caller.require_admin()?;
    let org = current(&state, &caller).await?;
    create_key_for(
        &state,
        Change::by(caller.actor(), "organization.create_key").across_companies(),
        &org,
        caller.employee_id,
        &body,
    )
    .await
}

/// Create API key for org by ID. For the caller's own organization the key acts as the caller; for one
/// it provisioned, as that organization's owner (who must be an active hr account).
#[utoipa::path(post, path = "/api/v1/organization/{organization}/keys", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("organization" = String, Path)), request_body = ApiKeyWrite,
    responses((status = 201, description = "The key, with its token shown once", body = ApiKeyJson),
        (status = 404, description = "Not found"), (status = 400, description = "Invalid input, or no owner")))]
async fn create_key(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(organization): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<(StatusCode, Json<ApiKeyJson>)> {
    caller.require_admin()?;
    let org = load(&state, &caller, &organization).await?;
    let acting_as = if org.id == caller.company_id {
        caller.employee_id
    } else {
        org.owner_employee_id.ok_or_else(|| {
            OktaError::invalid("organization", "The organization has no owner for its keys to act as.")
        })?
    };
    create_key_for(
        &state,
        Change::by(caller.actor(), "organization.create_key").across_companies(),
        &org,
        acting_as,
        &body,
    )
    .await
}

async fn delete_key_of(
    state: &AppState,
    what: Change,
    org: &Organization,
    key: String,
) -> OktaResult<Json<ApiKeyJson>> {
    let (company_id, organization) = (org.id, org.uuid.clone());
    let lookup = key.clone();
    let deleted = state
        .db
        .write(what, move |conn| -> OktaResult<_> {
            let found = orgs::api_key(conn, company_id, &lookup)?;
            match &found {
                Some(key) => {
                    orgs::delete_api_key(conn, company_id, &lookup)?;
                    conn.audit(AUDITED_AS, &key.okta_id, &audit::changes(&recorded(&organization, key), &Value::Null))?;
                }
                // No such key: nothing to delete, and the answer is a 404.
                None => conn.unchanged(),
            }
            Ok(found)
        })
        .await?
        .ok_or_else(|| OktaError::not_found(key, "ApiKey"))?;
    Ok(Json(key_json(deleted)))
}

/// Delete API key for current organization (by the key's id); answers the deleted key. It stops working
/// at once. Administrators only.
#[utoipa::path(delete, path = "/api/v1/organization/keys/{key}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("key" = String, Path, description = "The key's id (00T…)")),
    responses((status = 200, description = "The deleted key", body = ApiKeyJson), (status = 404, description = "Not found")))]
async fn delete_current_key(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path(key): Path<String>,
) -> OktaResult<Json<ApiKeyJson>> {
    caller.require_admin()?;
    let org = current(&state, &caller).await?;
    delete_key_of(&state, Change::by(caller.actor(), "organization.delete_key").across_companies(), &org, key).await
}

/// Delete API key by org ID. Administrators only.
#[utoipa::path(delete, path = "/api/v1/organization/{organization}/keys/{key}", tag = "Directory",
    security(("bearer" = []), ("api_token" = [])), params(("organization" = String, Path), ("key" = String, Path)),
    responses((status = 200, description = "The deleted key", body = ApiKeyJson), (status = 404, description = "Not found")))]
async fn delete_key(
    State(state): State<AppState>,
    DirectoryCaller(caller): DirectoryCaller,
    Path((organization, key)): Path<(String, String)>,
) -> OktaResult<Json<ApiKeyJson>> {
    caller.require_admin()?;
    let org = load(&state, &caller, &organization).await?;
    delete_key_of(&state, Change::by(caller.actor(), "organization.delete_key").across_companies(), &org, key).await
}
