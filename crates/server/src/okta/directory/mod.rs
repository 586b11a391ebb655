//! The Directory API (seed 001): organizations, accounts, employees, groups and entity group membership,
//! over the same companies, people and groups as the HR and Users APIs (see docs/api-decisions-directory.md).
//!
//! Every call is scoped to the caller's organization. Any signed-in account of an organization may read
//! its directory, as every employee may browse the HR API's; changes need an administrator (the hr role).

mod accounts;
mod employees;
mod entities;
mod groups;
pub mod jwt;
mod organization_apps;
mod organization_keys;
mod organizations;

use crate::AppState;
use crate::okta::error::{OktaError, OktaResult};
use okta_hr_domain::validation::Validator;
use serde_json::{Map, Value};
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouter};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(organizations::router())
        .merge(organization_apps::router())
        .merge(organization_keys::router())
        .merge(accounts::router())
        .merge(employees::router())
        .merge(groups::router())
        .merge(entities::router())
}

/// Serves documented operations at `axum_path` while the OpenAPI description keeps the document's path.
///
/// The document names one path parameter differently on sibling routes (`/group/{id}`,
/// `/group/{group}/profile`, `/group/{groupId}/members`); the router needs one name per position, so
/// these routes are served under a shared name and described under the documented ones.
fn routes_at(
    router: OpenApiRouter<AppState>,
    axum_path: &str,
    (schemas, paths, method_router): UtoipaMethodRouter<AppState>,
) -> OpenApiRouter<AppState> {
    let mut served = OpenApiRouter::new().route(axum_path, method_router);
    let openapi = served.get_openapi_mut();
    openapi.paths.merge(paths);
    openapi.components.get_or_insert_with(Default::default).schemas.extend(schemas);
    router.merge(served)
}

/// Refuses the request when the validator collected failures (400 with the fields' messages).
fn checked(v: Validator) -> OktaResult<()> {
    v.finish().map_err(|errors| OktaError::Validation(errors.0))
}

/// For a PATCH: the value sent for `field` (even `null`, which clears it), or the stored one when the
/// field was not sent.
fn patched<T>(body: &Map<String, Value>, field: &str, sent: Option<T>, stored: Option<T>) -> Option<T> {
    if body.contains_key(field) { sent } else { stored }
}
