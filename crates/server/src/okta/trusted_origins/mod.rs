//! Trusted origins (seed 002): list, create, read, replace, delete, activate and deactivate. Active
//! origins with the CORS scope are the browser origins the admin APIs answer (see [`cors`]).

pub mod cors;
mod filter;

use crate::AppState;
use crate::db::Change;
use crate::okta::auth::{Admin, Caller};
use crate::okta::body::OktaBody;
use crate::okta::error::OktaResult;
use crate::okta::fields::{self, Problems};
use crate::okta::links::BaseUrl;
use crate::okta::page::{PageQuery, Paged};
use crate::okta::resource::find_or_404;
use crate::store::StoreError;
use crate::store::audit;
use crate::store::trusted_origins::{self, OriginChange, TrustedOrigin};
use axum::Json;
use axum::extract::{Path, State};
use okta_hr_domain::okta::trusted_origins::{
    TrustedOrigin as TrustedOriginJson, TrustedOriginScope, TrustedOriginScopeType, TrustedOriginWrite,
};
use okta_hr_domain::okta::{LifecycleStatus, Links};
use serde_json::{Map, Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_origins, create_origin))
        .routes(routes!(get_origin, replace_origin, delete_origin))
        .routes(routes!(activate_origin))
        .routes(routes!(deactivate_origin))
}

const NAME_MAX: usize = 255;
const ORIGIN_MAX: usize = 2048;
const SCOPE_TYPES: &[&str] = &["CORS", "REDIRECT"];

fn origin_json(base: &BaseUrl, origin: TrustedOrigin) -> TrustedOriginJson {
    let scopes = [
        (origin.allows_cors, TrustedOriginScopeType::Cors),
        (origin.allows_redirect, TrustedOriginScopeType::Redirect),
    ]
    .into_iter()
    .filter(|(allowed, _)| *allowed)
    .map(|(_, scope_type)| TrustedOriginScope { scope_type })
    .collect();
    let path = format!("/api/v1/trustedOrigins/{}", origin.okta_id);
    let operation = if origin.active { "deactivate" } else { "activate" };
    let links = Links::from([
        ("self".to_owned(), base.allowing(&path, &["GET", "PUT", "DELETE"])),
        (operation.to_owned(), base.action(&format!("{path}/lifecycle/{operation}"), "POST")),
    ]);
    TrustedOriginJson {
        id: origin.okta_id,
        name: origin.name,
        origin: origin.origin,
        scopes,
        status: if origin.active { LifecycleStatus::Active } else { LifecycleStatus::Inactive },
        created: origin.created,
        created_by: origin.created_by,
        last_updated: origin.updated,
        last_updated_by: origin.updated_by,
        links,
    }
}

/// `scheme://host[:port]`, lower-cased, without a path: the form a browser sends in `Origin`.
fn normalized_origin(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('/');
    let (scheme, authority) = text.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let valid_authority = !authority.is_empty()
        && !authority.contains(['/', '?', '#', '@'])
        && !authority.chars().any(char::is_whitespace)
        && authority.split_once(':').is_none_or(|(host, port)| !host.is_empty() && port.parse::<u16>().is_ok());
    (matches!(scheme.as_str(), "http" | "https") && valid_authority)
        .then(|| format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

/// The name, origin and scopes of a create or replace body, with every problem named.
fn change(body: &Map<String, Value>) -> OktaResult<OriginChange> {
    let mut problems = Problems::default();
    let name = fields::required_text(body, "name", NAME_MAX, &mut problems);
    let origin = fields::required_text(body, "origin", ORIGIN_MAX, &mut problems).and_then(|text| {
        let normalized = normalized_origin(&text);
        if normalized.is_none() {
            problems
                .add("origin", "The origin must be a scheme, host and optional port, such as https://app.example.com.");
        }
        normalized
    });
    let mut scopes = Vec::new();
    match body.get("scopes") {
        Some(Value::Array(items)) if !items.is_empty() => {
            for item in items {
                match item.get("type").and_then(Value::as_str).map(str::to_ascii_uppercase) {
                    Some(kind) if SCOPE_TYPES.contains(&kind.as_str()) => {
                        if scopes.contains(&kind) {
                            problems.add("scopes", format!("The {kind} scope is listed twice."));
                        }
                        scopes.push(kind);
                    }
                    _ => problems.add("scopes", "Each scope must be {\"type\": \"CORS\"} or {\"type\": \"REDIRECT\"}."),
                }
            }
        }
        _ => problems.add("scopes", "The scopes field must list at least one of CORS and REDIRECT."),
    }
    problems.finish()?;
    Ok(OriginChange {
        name: name.unwrap_or_default(),
        origin: origin.unwrap_or_default(),
        allows_cors: scopes.iter().any(|s| s == "CORS"),
        allows_redirect: scopes.iter().any(|s| s == "REDIRECT"),
    })
}

/// How the audit trail names a trusted origin: by its Okta id.
const ENTITY: &str = "trusted_origin";

/// What the audit trail records of an origin: what an administrator sets.
fn recorded(change: &OriginChange, active: bool) -> Value {
    json!({
        "name": change.name,
        "origin": change.origin,
        "cors": change.allows_cors,
        "redirect": change.allows_redirect,
        "active": active,
    })
}

fn recorded_origin(origin: &TrustedOrigin) -> Value {
    let TrustedOrigin { name, origin: address, allows_cors, allows_redirect, active, .. } = origin.clone();
    recorded(&OriginChange { name, origin: address, allows_cors, allows_redirect }, active)
}

async fn load(state: &AppState, caller: &Caller, okta_id: &str) -> OktaResult<(i64, TrustedOrigin)> {
    let company_id = caller.company_id;
    find_or_404(state, okta_id, "TrustedOrigin", move |conn, id| trusted_origins::get(conn, company_id, id)).await
}

async fn reread(
    state: &AppState,
    caller: &Caller,
    base: &BaseUrl,
    okta_id: &str,
) -> OktaResult<Json<TrustedOriginJson>> {
    // The CORS answers must follow every change at once.
    state.trusted_cors_origins.invalidate();
    Ok(Json(origin_json(base, load(state, caller, okta_id).await?.1)))
}

/// List the org's trusted origins.
///
/// `q` matches the start of the name or origin; `filter` takes `name`, `origin`, `status` and `id` with
/// `eq` (and `sw` for name and origin), joined by `and`. Cursor-paged with `Link` headers.
#[utoipa::path(get, path = "/api/v1/trustedOrigins", tag = "TrustedOrigins", security(("api_token" = []), ("bearer" = [])),
    params(("q" = Option<String>, Query), ("filter" = Option<String>, Query),
        ("after" = Option<String>, Query), ("limit" = Option<i64>, Query)),
    responses((status = 200, description = "Trusted origins", body = Vec<TrustedOriginJson>),
        (status = 400, description = "Invalid filter"), (status = 403, description = "Administrators only")))]
async fn list_origins(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    query: PageQuery,
) -> OktaResult<Paged<TrustedOriginJson>> {
    let condition = filter::condition(query.text("q"), query.text("filter"))?;
    let (company_id, after, limit) = (caller.company_id, query.after, query.limit);
    let rows = state.db.read(move |conn| trusted_origins::page(conn, company_id, condition, after, limit)).await?;
    Ok(query.page(rows.into_iter().map(|(id, origin)| (id, origin_json(&base, origin))).collect()))
}

/// Trust an origin (active at once).
#[utoipa::path(post, path = "/api/v1/trustedOrigins", tag = "TrustedOrigins", security(("api_token" = []), ("bearer" = [])),
    request_body = TrustedOriginWrite,
    responses((status = 200, description = "The trusted origin", body = TrustedOriginJson), (status = 400, description = "Invalid origin")))]
async fn create_origin(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<TrustedOriginJson>> {
    let change = change(&body)?;
    let (company_id, by) = (caller.company_id, caller.employee_id);
    let okta_id = state
        .db
        .write(Change::by(caller.actor(), "trusted_origin.create"), move |conn| {
            let okta_id = trusted_origins::create(conn, company_id, by, &change)?;
            conn.audit(ENTITY, &okta_id, &audit::changes(&Value::Null, &recorded(&change, true)))?;
            Ok::<_, StoreError>(okta_id)
        })
        .await?;
    reread(&state, &caller, &base, &okta_id).await
}

/// Get a trusted origin.
#[utoipa::path(get, path = "/api/v1/trustedOrigins/{trustedOriginId}", tag = "TrustedOrigins",
    security(("api_token" = []), ("bearer" = [])), params(("trustedOriginId" = String, Path)),
    responses((status = 200, description = "The trusted origin", body = TrustedOriginJson), (status = 404, description = "Not found")))]
async fn get_origin(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(id): Path<String>,
) -> OktaResult<Json<TrustedOriginJson>> {
    Ok(Json(origin_json(&base, load(&state, &caller, &id).await?.1)))
}

/// Replace a trusted origin's name, origin and scopes.
#[utoipa::path(put, path = "/api/v1/trustedOrigins/{trustedOriginId}", tag = "TrustedOrigins",
    security(("api_token" = []), ("bearer" = [])), params(("trustedOriginId" = String, Path)),
    request_body = TrustedOriginWrite,
    responses((status = 200, description = "The trusted origin", body = TrustedOriginJson),
        (status = 404, description = "Not found"), (status = 400, description = "Invalid origin")))]
async fn replace_origin(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<TrustedOriginJson>> {
    let (internal_id, stored) = load(&state, &caller, &id).await?;
    let change = change(&body)?;
    let by = caller.employee_id;
    let key = id.clone();
    state
        .db
        .write(Change::by(caller.actor(), "trusted_origin.replace"), move |conn| {
            trusted_origins::replace(conn, internal_id, by, &change)?;
            let details = audit::changes(&recorded_origin(&stored), &recorded(&change, stored.active));
            conn.audit(ENTITY, &key, &details)?;
            Ok::<_, StoreError>(())
        })
        .await?;
    reread(&state, &caller, &base, &id).await
}

/// Stop trusting an origin. Answers 200 with no body, as the seed documents.
#[utoipa::path(delete, path = "/api/v1/trustedOrigins/{trustedOriginId}", tag = "TrustedOrigins",
    security(("api_token" = []), ("bearer" = [])), params(("trustedOriginId" = String, Path)),
    responses((status = 200, description = "Deleted"), (status = 404, description = "Not found")))]
async fn delete_origin(State(state): State<AppState>, Admin(caller): Admin, Path(id): Path<String>) -> OktaResult<()> {
    let (internal_id, stored) = load(&state, &caller, &id).await?;
    let key = id.clone();
    state
        .db
        .write(Change::by(caller.actor(), "trusted_origin.delete"), move |conn| {
            trusted_origins::delete(conn, internal_id)?;
            conn.audit(ENTITY, &key, &audit::changes(&recorded_origin(&stored), &Value::Null))?;
            Ok::<_, StoreError>(())
        })
        .await?;
    state.trusted_cors_origins.invalidate();
    Ok(())
}

async fn set_active(
    state: &AppState,
    caller: &Caller,
    base: &BaseUrl,
    id: &str,
    active: bool,
) -> OktaResult<Json<TrustedOriginJson>> {
    let (internal_id, stored) = load(state, caller, id).await?;
    let by = caller.employee_id;
    let (key, was) = (id.to_owned(), stored.active);
    state
        .db
        .write(
            Change::by(caller.actor(), if active { "trusted_origin.activate" } else { "trusted_origin.deactivate" }),
            move |conn| {
                trusted_origins::set_active(conn, internal_id, by, active)?;
                let details = audit::changes(&json!({ "active": was }), &json!({ "active": active }));
                conn.audit(ENTITY, &key, &details)?;
                Ok::<_, StoreError>(())
            },
        )
        .await?;
    reread(state, caller, base, id).await
}

/// Activate a trusted origin.
#[utoipa::path(post, path = "/api/v1/trustedOrigins/{trustedOriginId}/lifecycle/activate", tag = "TrustedOrigins",
    security(("api_token" = []), ("bearer" = [])), params(("trustedOriginId" = String, Path)),
    responses((status = 200, description = "The trusted origin", body = TrustedOriginJson), (status = 404, description = "Not found")))]
async fn activate_origin(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(id): Path<String>,
) -> OktaResult<Json<TrustedOriginJson>> {
    set_active(&state, &caller, &base, &id, true).await
}

/// Deactivate a trusted origin: kept, but no longer trusted.
#[utoipa::path(post, path = "/api/v1/trustedOrigins/{trustedOriginId}/lifecycle/deactivate", tag = "TrustedOrigins",
    security(("api_token" = []), ("bearer" = [])), params(("trustedOriginId" = String, Path)),
    responses((status = 200, description = "The trusted origin", body = TrustedOriginJson), (status = 404, description = "Not found")))]
async fn deactivate_origin(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(id): Path<String>,
) -> OktaResult<Json<TrustedOriginJson>> {
    set_active(&state, &caller, &base, &id, false).await
}

#[cfg(test)]
mod tests {
    use super::normalized_origin;

    #[test]
    fn origins_are_written_as_browsers_send_them() {
        assert_eq!(normalized_origin("HTTPS://App.Example.com/").as_deref(), Some("https://app.example.com"));
        assert_eq!(normalized_origin("http://localhost:5173").as_deref(), Some("http://localhost:5173"));
        for invalid in [
            "app.example.com",
            "ftp://files.example",
            "https://a.example/path",
            "https://:80",
            "https://a.example:99999",
            "https://user@a.example",
            "https://a b.example",
        ] {
            assert_eq!(normalized_origin(invalid), None, "{invalid}");
        }
    }
}
