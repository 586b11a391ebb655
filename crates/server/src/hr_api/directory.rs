//! The company directory: employees, departments and branches. Every role may read it.

use crate::AppState;
use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::jsonapi::{JsonApi, ListQuery, one};
use crate::store::groups;
use crate::store::organisation::company;
use crate::store::people;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::{BranchAttributes, DepartmentAttributes, EmployeeAttributes};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_employees))
        .routes(routes!(show_employee))
        .routes(routes!(list_departments))
        .routes(routes!(list_branches))
}

/// Reads `filter[status]` and `filter[search]`, shared with the internal employee listing.
pub fn employee_filter(query: &ListQuery) -> ApiResult<people::record::Filter> {
    let status = query.filter_one_of("status", &["active", "inactive"])?;
    let search = query.text("filter[search]").map(str::to_owned);
    if search.as_ref().is_some_and(|s| s.chars().count() > 100) {
        return Err(ApiError::invalid(
            "filter.search",
            "The filter.search field must not be greater than 100 characters.",
        ));
    }
    Ok(people::record::Filter { status, search })
}

/// List employees (paginated, filterable by status and search).
///
/// `filter[search]` matches people with every word of it in their name, email, employee number, job
/// title or department; `filter[status]` is active or inactive.
/// Sorted by last name.
#[utoipa::path(get, path = "/api/v1/employees", tag = "Directory", security(("bearer" = [])),
    params(("filter[status]" = Option<String>, Query, description = "active|inactive"),
        ("filter[search]" = Option<String>, Query, description = "Words each found in the name, email, employee number, job title or department"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query, description = "At most 100")),
    responses(
        (status = 200, description = "A page of employees, with a weak ETag", body = Document<Vec<Resource<EmployeeAttributes>>>),
        (status = 304, description = "The page named by If-None-Match has not changed"),
    ))]
async fn list_employees(
    State(state): State<AppState>,
    user: AuthUser,
    headers: HeaderMap,
    query: ListQuery,
) -> ApiResult<Response> {
    let filter = employee_filter(&query)?;
    let key = format!("{}|{}", user.company_id, query.address());
    let version = user.directory_version;
    if let Some(page) = state.directory_pages.get(&key, version) {
        return Ok(page.respond(&headers));
    }
    let (offset, limit) = (query.offset(), query.limit());
    let (items, total) =
        state.db.read(move |conn| people::record::list(conn, user.company_id, &filter, offset, limit)).await?;
    let body = serde_json::to_vec(&query.page(items, total).1).map_err(ApiError::internal)?;
    Ok(state.directory_pages.put(key, version, body.into()).respond(&headers))
}

/// Show a single employee.
#[utoipa::path(get, path = "/api/v1/employees/{id}", tag = "Directory", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The ID of the employee")),
    responses(
        (status = 200, description = "The employee", body = Document<Resource<EmployeeAttributes>>),
        (status = 404, description = "No such employee in the caller's company"),
    ))]
async fn show_employee(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(id): PathId,
) -> ApiResult<JsonApi<Document<Resource<EmployeeAttributes>>>> {
    let employee = state.db.read(move |conn| people::record::get(conn, user.company_id, id)).await?;
    Ok(one(employee.ok_or_else(|| ApiError::not_found("Employee"))?))
}

/// Whether a listing keeps retired departments or branches: `filter[retired]=include` (extension) does;
/// pickers leave them out.
fn with_retired(query: &ListQuery) -> ApiResult<bool> {
    Ok(query.filter_one_of("retired", &["include", "exclude"])?.as_deref() == Some("include"))
}

/// List all departments of the current company.
///
/// Retired departments are left out unless `filter[retired]=include` (extension).
#[utoipa::path(get, path = "/api/v1/departments", tag = "Directory", security(("bearer" = [])),
    params(("filter[retired]" = Option<String>, Query, description = "include|exclude (the default)")),
    responses((status = 200, description = "Departments by name", body = Document<Vec<Resource<DepartmentAttributes>>>)))]
async fn list_departments(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<DepartmentAttributes>>>>> {
    let retired = with_retired(&query)?;
    let mut items = state.db.read(move |conn| groups::departments(conn, user.company_id)).await?;
    items.retain(|department| retired || !department.attributes.retired);
    Ok(JsonApi(StatusCode::OK, Document::new(items)))
}

/// List all branches of the current company.
///
/// `latitude`, `longitude` and `geofence_radius` (metres) describe each branch's geofence; they are
/// `null` for a branch without one. Retired branches are left out unless `filter[retired]=include`
/// (extension).
#[utoipa::path(get, path = "/api/v1/branches", tag = "Directory", security(("bearer" = [])),
    params(("filter[retired]" = Option<String>, Query, description = "include|exclude (the default)")),
    responses((status = 200, description = "Branches by name", body = Document<Vec<Resource<BranchAttributes>>>)))]
async fn list_branches(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<BranchAttributes>>>>> {
    let retired = with_retired(&query)?;
    let mut items = state.db.read(move |conn| company::branches(conn, user.company_id)).await?;
    items.retain(|branch| retired || !branch.attributes.retired);
    Ok(JsonApi(StatusCode::OK, Document::new(items)))
}
