//! `/api/internal/*`: service-to-service reads for other Okta Suite products, with `X-Service-Key`.

use crate::AppState;
use crate::auth::{ServiceClient, service_key_guard};
use crate::error::{ApiError, ApiResult};
use crate::hr_api::directory::employee_filter;
use crate::http::PathId;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::groups;
use crate::store::organisation::company;
use crate::store::people;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::{CompanyAttributes, DepartmentAttributes, EmployeeAttributes};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router(state: AppState) -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_companies))
        .routes(routes!(company_employees))
        .routes(routes!(company_departments))
        .layer(axum::middleware::from_fn_with_state(state, service_key_guard))
}

/// A company the key may read, or 404 as if it did not exist.
fn scoped(client: ServiceClient, company_id: i64) -> ApiResult<i64> {
    if client.company_id == company_id { Ok(company_id) } else { Err(ApiError::not_found("Company")) }
}

/// The companies this service key may read (its own).
///
/// Limited to 120 requests a minute per key; every answer carries `X-RateLimit-Limit` and
/// `X-RateLimit-Remaining`.
#[utoipa::path(get, path = "/api/internal/companies", tag = "Internal", security(("service_key" = [])),
    responses(
        (status = 200, description = "Companies", body = Document<Vec<Resource<CompanyAttributes>>>),
        (status = 401, description = "Invalid service key."),
        (status = 429, description = "Too Many Attempts."),
    ))]
async fn list_companies(
    State(state): State<AppState>,
    client: ServiceClient,
) -> ApiResult<JsonApi<Document<Vec<Resource<CompanyAttributes>>>>> {
    let company = state.db.read(move |conn| company::company(conn, client.company_id)).await?;
    Ok(JsonApi(StatusCode::OK, Document::new(company.into_iter().collect())))
}

/// A company's employees (paginated, with the same filters as `/api/v1/employees`).
#[utoipa::path(get, path = "/api/internal/companies/{company_id}/employees", tag = "Internal",
    security(("service_key" = [])),
    params(("company_id" = i64, Path, description = "The ID of the company"),
        ("filter[status]" = Option<String>, Query), ("filter[search]" = Option<String>, Query),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Employees", body = Document<Vec<Resource<EmployeeAttributes>>>),
        (status = 401, description = "Invalid service key."),
        (status = 404, description = "Not the key's company"),
    ))]
async fn company_employees(
    State(state): State<AppState>,
    client: ServiceClient,
    PathId(company_id): PathId,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<EmployeeAttributes>>>>> {
    let company_id = scoped(client, company_id)?;
    let filter = employee_filter(&query)?;
    let (offset, limit) = (query.offset(), query.limit());
    let (items, total) =
        state.db.read(move |conn| people::record::list(conn, company_id, &filter, offset, limit)).await?;
    Ok(query.page(items, total))
}

/// A company's departments.
#[utoipa::path(get, path = "/api/internal/companies/{company_id}/departments", tag = "Internal",
    security(("service_key" = [])),
    params(("company_id" = i64, Path, description = "The ID of the company")),
    responses(
        (status = 200, description = "Departments", body = Document<Vec<Resource<DepartmentAttributes>>>),
        (status = 401, description = "Invalid service key."),
        (status = 404, description = "Not the key's company"),
    ))]
async fn company_departments(
    State(state): State<AppState>,
    client: ServiceClient,
    PathId(company_id): PathId,
) -> ApiResult<JsonApi<Document<Vec<Resource<DepartmentAttributes>>>>> {
    let company_id = scoped(client, company_id)?;
    let items = state.db.read(move |conn| groups::departments(conn, company_id)).await?;
    Ok(JsonApi(StatusCode::OK, Document::new(items)))
}
