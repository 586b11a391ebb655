//! Payroll runs (HR) and the employee's payslips.

use crate::AppState;
use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::jsonapi::{JsonApi, ListQuery, included, one};
use crate::store::payroll::{self, payslips};
use crate::store::people::self_service::language_of;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use okta_hr_domain::jsonapi::{Document, Linkage, Relationship, Resource};
use okta_hr_domain::wire::{PayrollRunAttributes, Role};
use okta_hr_payroll::wire::PayslipView;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_runs))
        .routes(routes!(show_run))
        .routes(routes!(list_payslips))
        .routes(routes!(show_payslip))
}

/// List payroll runs (HR only).
///
/// Newest period first, with totals (`gross`, `net`) as exact decimal strings.
#[utoipa::path(get, path = "/api/v1/payroll-runs", tag = "Payroll", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Runs", body = Document<Vec<Resource<PayrollRunAttributes>>>),
        (status = 403, description = "HR only"),
    ))]
async fn list_runs(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<PayrollRunAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let (offset, limit) = (query.offset(), query.limit());
    let (runs, total) = state.db.read(move |conn| payroll::runs(conn, user.company_id, offset, limit)).await?;
    Ok(query.page(runs, total))
}

/// A run with its employee lines.
///
/// The lines are `payroll-lines` resources in `included` (and `relationships.lines`), each with
/// `gross`, `net`, `earnings` and `deductions`; and, as extensions for HR's review, its `status`
/// (`ready`, `failed`, `held`, `excluded`), `error`, `note`, the computed `payslip` with every line's
/// explanation, and `review`: the change from the person's payslip of the previous run, with flags
/// (joiner, leaver, net changed, negative net, missing or changed bank account).
#[utoipa::path(get, path = "/api/v1/payroll-runs/{payrollRun_id}", tag = "Payroll", security(("bearer" = [])),
    params(("payrollRun_id" = i64, Path, description = "The ID of the payrollRun")),
    responses(
        (status = 200, description = "The run and its lines", body = Document<Resource<PayrollRunAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such run in the caller's company"),
    ))]
async fn show_run(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(run_id): PathId,
) -> ApiResult<JsonApi<Document<Resource<PayrollRunAttributes>>>> {
    user.require(&[Role::Hr])?;
    let (run, lines) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let run = payroll::run(conn, user.company_id, run_id)?.ok_or_else(|| ApiError::not_found("Payroll run"))?;
            Ok((run, payroll::review::review(conn, user.company_id, run_id)?))
        })
        .await?;
    let identifiers = lines.iter().map(|line| okta_hr_domain::jsonapi::Identifier::new(&line.kind, &line.id)).collect();
    let mut run = run;
    run.relationships.insert("lines".to_owned(), Relationship { data: Linkage::Many(identifiers) });
    let mut document = Document::new(run);
    document.included = lines.into_iter().map(included).collect::<ApiResult<_>>()?;
    Ok(JsonApi(StatusCode::OK, document))
}

/// The authenticated employee's payslips from closed runs.
///
/// Newest period first; each with earnings and deductions, and (extensions) the computed `payslip` with
/// every line's explanation, `year_to_date`, `company_name`, `department`, `job_title` and the masked
/// `bank_account`: what the device needs to show it, and render its PDF, offline.
#[utoipa::path(get, path = "/api/v1/me/payslips", tag = "Me", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses((status = 200, description = "Payslips", body = Document<Vec<Resource<PayslipView>>>)))]
async fn list_payslips(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<PayslipView>>>>> {
    let (offset, limit) = (query.offset(), query.limit());
    let (slips, total) = state.db.read(move |conn| payslips::payslips(conn, user.id, offset, limit)).await?;
    Ok(query.page(slips, total))
}

/// Whether the request asks for a PDF.
fn wants_pdf(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|media| media.split(';').next().is_some_and(|media| media.trim().eq_ignore_ascii_case("application/pdf")))
}

/// One of the employee's payslips (extension); with `Accept: application/pdf`, its PDF.
///
/// The PDF is the document the device renders offline from the same payslip: company and logo, person,
/// period, every line with its explanation, totals and the year to date.
#[utoipa::path(get, path = "/api/v1/me/payslips/{payslip_id}", tag = "Me", security(("bearer" = [])),
    params(("payslip_id" = i64, Path, description = "The ID of the payslip")),
    responses(
        (status = 200, description = "The payslip (JSON:API), or its PDF with `Accept: application/pdf`",
            body = Document<Resource<PayslipView>>),
        (status = 404, description = "Not one of the caller's payslips"),
    ))]
async fn show_payslip(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(payslip_id): PathId,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let pdf = wants_pdf(&headers);
    let (slip, logo, language) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let slip = payslips::payslip(conn, user.id, payslip_id)?.ok_or_else(|| ApiError::not_found("Payslip"))?;
            let logo = if pdf { payslips::company_logo(conn, user.company_id)? } else { None };
            Ok((slip, logo, language_of(conn, user.company_id, user.id)?))
        })
        .await?;
    if !pdf {
        return Ok(one(slip).into_response());
    }
    let bytes = okta_hr_payslip_pdf::render_view(&slip.attributes, logo.as_deref(), language);
    Ok(pdf_response(bytes, &okta_hr_payslip_pdf::file_name(&slip.attributes)))
}

fn pdf_response(bytes: Vec<u8>, file_name: &str) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    if let Ok(disposition) = HeaderValue::from_str(&format!("inline; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    }
    response
}
