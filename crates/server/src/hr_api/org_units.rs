//! Departments and branches as HR keeps them (extension): create, rename, move a geofence, retire and
//! restore. Everyone reads them in the directory (`directory.rs`), where a retired one is left out unless
//! asked for.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::ApiResult;
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::store::audit;
use crate::store::org_units::{self, BranchChange, DepartmentChange};
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::geofence::Geofence;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{BranchAttributes, DepartmentAttributes, Role};
use serde::Deserialize;
use serde_json::{Value, json};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const NAME_MAX: usize = 100;
const ADDRESS_MAX: usize = 255;
/// A fence wider than a city would accept a check-in from anywhere in it.
const RADIUS_MAX_M: f64 = 10_000.0;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_department))
        .routes(routes!(update_department))
        .routes(routes!(create_branch))
        .routes(routes!(update_branch))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct DepartmentInput {
    /// Required to create; unique among the company's departments and groups.
    name: Option<String>,
    /// The employee heading it; `null` removes them.
    head_id: Option<i64>,
    /// Changes only: true retires it, false brings it back.
    retired: Option<bool>,
}

fn department_change(input: &PostInput, creating: bool) -> ApiResult<DepartmentChange> {
    let mut v = Validator::new(&input.fields);
    let name =
        if creating { v.required_string("name", Some(NAME_MAX)) } else { v.optional_string("name", Some(NAME_MAX)) };
    let head_id = if input.fields.get("head_id") == Some(&Value::Null) {
        Some(None)
    } else {
        v.optional_integer("head_id").map(Some)
    };
    let retired = v.optional_bool("retired");
    if creating && v.is_present("retired") {
        v.fail("retired", "A new department cannot be retired.");
    }
    v.finish()?;
    Ok(DepartmentChange { name, head_id, retired })
}

/// Records a change, or declares none when nothing differs.
fn audit_change(tx: &crate::db::Tx, entity: &str, id: &str, before: &Value, after: &Value) -> crate::db::Result<()> {
    let details = audit::changes(before, after);
    if details.as_object().is_some_and(|changed| changed.is_empty()) {
        tx.unchanged();
        Ok(())
    } else {
        tx.audit(entity, id, &details)
    }
}

fn value_of<T: serde::Serialize>(attributes: &T) -> Value {
    serde_json::to_value(attributes).unwrap_or(Value::Null)
}

/// Create a department (HR, extension); its Directory group is created with it.
#[utoipa::path(post, path = "/api/v1/departments", tag = "Organisation", security(("bearer" = [])),
    request_body = DepartmentInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Created", body = Document<Resource<DepartmentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Missing or taken name, unknown head"),
    ))]
async fn create_department(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let change = department_change(&input, true)?;
    state
        .db
        .write(Change::by(user.actor(), "department.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let name = change.name.as_deref().unwrap_or_default();
                let created = org_units::create_department(conn, user.company_id, name, change.head_id.flatten())?;
                tx.audit(
                    "department",
                    &created.id,
                    &json!({ "before": null, "after": value_of(&created.attributes) }),
                )?;
                idempotency::document(StatusCode::CREATED, created)
            })
        })
        .await
}

/// Rename, give a head to, retire or restore a department (HR, extension).
///
/// Its Directory and Okta group is renamed with it. A retired department leaves the pickers and can take
/// no one new; the people in it and every record naming it keep it.
#[utoipa::path(patch, path = "/api/v1/departments/{department_id}", tag = "Organisation", security(("bearer" = [])),
    request_body = DepartmentInput,
    params(("department_id" = i64, Path, description = "The ID of the department")),
    responses(
        (status = 200, description = "The department as changed", body = Document<Resource<DepartmentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such department in the company"),
        (status = 422, description = "Taken name, unknown head"),
    ))]
async fn update_department(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(department_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let change = department_change(&input, false)?;
    state
        .db
        .write(Change::by(user.actor(), "department.update"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let (before, after) = org_units::update_department(conn, user.company_id, department_id, &change)?;
                let (was, is) = (value_of(&before.attributes), value_of(&after.attributes));
                audit_change(tx, "department", &after.id, &was, &is)?;
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct BranchInput {
    /// Required to create; unique among the company's branches.
    name: Option<String>,
    address: Option<String>,
    /// Degrees, -90 to 90; with longitude, or neither.
    latitude: Option<f64>,
    /// Degrees, -180 to 180.
    longitude: Option<f64>,
    /// Metres, 1 to 10,000; needs a position. Without one, check-ins are accepted anywhere.
    geofence_radius: Option<f64>,
    /// Changes only: true retires it, false brings it back.
    retired: Option<bool>,
}

/// The branch fields sent, checked as the geofence rules read them (`okta_hr_domain::geofence`): a position
/// is a latitude and a longitude together, and a radius needs one.
fn branch_change(input: &PostInput, current: Option<&BranchAttributes>) -> ApiResult<BranchChange> {
    let mut v = Validator::new(&input.fields);
    let creating = current.is_none();
    let name =
        if creating { v.required_string("name", Some(NAME_MAX)) } else { v.optional_string("name", Some(NAME_MAX)) };
    let address = v.optional_string("address", Some(ADDRESS_MAX));
    let latitude = v.optional_number_between("latitude", -90.0, 90.0);
    let longitude = v.optional_number_between("longitude", -180.0, 180.0);
    let radius = v.optional_number_between("geofence_radius", 1.0, RADIUS_MAX_M);
    let retired = v.optional_bool("retired");
    if creating && v.is_present("retired") {
        v.fail("retired", "A new branch cannot be retired.");
    }
    let sent = |field: &str| input.fields.contains_key(field);
    let fence_sent = sent("latitude") || sent("longitude") || sent("geofence_radius");
    let fence =
        if fence_sent && !v.has_error("latitude") && !v.has_error("longitude") && !v.has_error("geofence_radius") {
            // A field left out keeps the branch's value; a field sent as null clears it.
            let pick = |field: &str, value: Option<f64>, stored: Option<f64>| if sent(field) { value } else { stored };
            let lat = pick("latitude", latitude, current.and_then(|c| c.latitude));
            let lon = pick("longitude", longitude, current.and_then(|c| c.longitude));
            let radius = pick("geofence_radius", radius, current.and_then(|c| c.geofence_radius));
            match (lat, lon, radius) {
                (Some(latitude), Some(longitude), Some(radius_m)) => {
                    Some(Some(Geofence { latitude, longitude, radius_m }))
                }
                (None, None, None) => Some(None),
                (Some(_), Some(_), None) => {
                    v.fail("geofence_radius", "The geofence radius field is required when latitude is present.");
                    None
                }
                (None, None, Some(_)) => {
                    v.fail("latitude", "The latitude field is required when geofence radius is present.");
                    None
                }
                _ => {
                    let missing = if lat.is_none() { "latitude" } else { "longitude" };
                    v.fail(missing, format!("The {missing} field is required with the other coordinate."));
                    None
                }
            }
        } else {
            None
        };
    v.finish()?;
    let address = if sent("address") { Some(address) } else { None };
    Ok(BranchChange { name, address, fence, retired })
}

/// Create a branch, with or without a geofence (HR, extension).
#[utoipa::path(post, path = "/api/v1/branches", tag = "Organisation", security(("bearer" = [])),
    request_body = BranchInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Created", body = Document<Resource<BranchAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Missing or taken name, an incomplete or impossible geofence"),
    ))]
async fn create_branch(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let change = branch_change(&input, None)?;
    state
        .db
        .write(Change::by(user.actor(), "branch.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let name = change.name.as_deref().unwrap_or_default();
                let address = change.address.clone().flatten();
                let fence = change.fence.flatten();
                let created = org_units::create_branch(conn, user.company_id, name, address.as_deref(), fence)?;
                tx.audit("branch", &created.id, &json!({ "before": null, "after": value_of(&created.attributes) }))?;
                idempotency::document(StatusCode::CREATED, created)
            })
        })
        .await
}

/// Rename, move, re-fence, retire or restore a branch (HR, extension).
///
/// A new geofence applies to the next check-in. A retired branch leaves the pickers and can take no one
/// new; the people placed there and every record naming it keep it.
#[utoipa::path(patch, path = "/api/v1/branches/{branch_id}", tag = "Organisation", security(("bearer" = [])),
    request_body = BranchInput,
    params(("branch_id" = i64, Path, description = "The ID of the branch")),
    responses(
        (status = 200, description = "The branch as changed", body = Document<Resource<BranchAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such branch in the company"),
        (status = 422, description = "Taken name, an incomplete or impossible geofence"),
    ))]
async fn update_branch(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(branch_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "branch.update"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let current = crate::store::organisation::company::branch(conn, user.company_id, branch_id)?
                    .ok_or_else(|| crate::error::ApiError::not_found("Branch"))?;
                let change = branch_change(&input, Some(&current.attributes))?;
                let (before, after) = org_units::update_branch(conn, user.company_id, branch_id, &change)?;
                let (was, is) = (value_of(&before.attributes), value_of(&after.attributes));
                audit_change(tx, "branch", &after.id, &was, &is)?;
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}
