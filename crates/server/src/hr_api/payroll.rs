//! Payroll runs (HR) and the employee's payslips.

use crate::AppState;
use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::jsonapi::{JsonApi, ListQuery, included, one};
use crate::store::payroll;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Linkage, Relationship, Resource};
use okta_hr_domain::wire::{PayrollRunAttributes, PayslipAttributes, Role};
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
/// Newest period first; each with earnings and deductions.
#[utoipa::path(get, path = "/api/v1/me/payslips", tag = "Me", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses((status = 200, description = "Payslips", body = Document<Vec<Resource<PayslipAttributes>>>)))]
async fn list_payslips(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<PayslipAttributes>>>>> {
    let (offset, limit) = (query.offset(), query.limit());
    let (slips, total) = state.db.read(move |conn| payroll::payslips(conn, user.id, offset, limit)).await?;
    Ok(query.page(slips, total))
}

/// One of the employee's payslips (extension).
#[utoipa::path(get, path = "/api/v1/me/payslips/{payslip_id}", tag = "Me", security(("bearer" = [])),
    params(("payslip_id" = i64, Path, description = "The ID of the payslip")),
    responses(
        (status = 200, description = "The payslip", body = Document<Resource<PayslipAttributes>>),
        (status = 404, description = "Not one of the caller's payslips"),
    ))]
async fn show_payslip(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(payslip_id): PathId,
) -> ApiResult<JsonApi<Document<Resource<PayslipAttributes>>>> {
    let slip = state.db.read(move |conn| payroll::payslip(conn, user.id, payslip_id)).await?;
    Ok(one(slip.ok_or_else(|| ApiError::not_found("Payslip"))?))
}
