//! A locked run's files (extension, HR only): the bank file (CSV or SEPA pain.001) and every payslip as
//! one ZIP of PDFs. The same run always gives the same bytes.

use crate::AppState;
use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::store::payroll::runs;
use crate::store::payroll::{bank, payslips};
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::Role;
use okta_hr_i18n::Language;
use okta_hr_payroll::bank_file;
use okta_hr_payroll::wire::PayslipView;
use serde::Deserialize;
use std::collections::HashMap;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(bank_file)).routes(routes!(payslips_zip))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BankFileQuery {
    /// `csv` (any bank, any currency) or `pain.001` (a SEPA credit transfer, in euros).
    #[param(example = "pain.001")]
    format: Option<String>,
}

/// A locked run's bank file (HR, extension): `format=csv` or `format=pain.001`.
///
/// Everyone paid in the run with their frozen account and net pay; held and excluded people are left out.
/// The same run always gives the same file. A SEPA file is refused (422) with the reason when SEPA cannot
/// carry the run (not in euros, a person's IBAN, the company's account missing in the payroll settings).
#[utoipa::path(get, path = "/api/v1/payroll-runs/{payrollRun_id}/bank-file", tag = "Payroll", security(("bearer" = [])),
    params(("payrollRun_id" = i64, Path, description = "The ID of the payrollRun"), BankFileQuery),
    responses(
        (status = 200, description = "The file: CSV, or the SEPA XML",
            content((String = "text/csv"), (String = "application/xml"))),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such run in the company"),
        (status = 422, description = "A draft, an unknown format, or a run SEPA cannot carry"),
    ))]
async fn bank_file(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(run_id): PathId,
    Query(query): Query<BankFileQuery>,
) -> ApiResult<Response> {
    user.require(&[Role::Hr])?;
    let format = query.format.unwrap_or_else(|| "csv".to_owned());
    if format != "csv" && format != "pain.001" {
        return Err(ApiError::invalid("format", "The selected format is invalid: csv or pain.001."));
    }
    let (run, batch) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let run = runs::run_state(conn, user.company_id, run_id)?;
            let batch = bank::payment_batch(conn, user.company_id, &run)?;
            Ok((run, batch))
        })
        .await?;
    let name = run.label.replace('/', "_");
    let (body, content_type, file) = if format == "csv" {
        (bank_file::csv(&batch), "text/csv; charset=utf-8", format!("salaries-{name}.csv"))
    } else {
        let xml = bank_file::pain001(&batch).map_err(|error| ApiError::invalid("format", error.to_string()))?;
        (xml, "application/xml", format!("salaries-{name}.pain.001.xml"))
    };
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file}\""))
        .map_err(|error| ApiError::internal(anyhow::anyhow!(error)))?;
    headers.insert(header::CONTENT_DISPOSITION, disposition);
    Ok(response)
}

/// Every payslip of a locked run as one ZIP of PDFs (HR, extension): one file per person paid, named
/// `payslip-<period>-<employee number>.pdf`, the same documents the people download.
#[utoipa::path(get, path = "/api/v1/payroll-runs/{payrollRun_id}/payslips.zip", tag = "Payroll", security(("bearer" = [])),
    params(("payrollRun_id" = i64, Path, description = "The ID of the payrollRun")),
    responses(
        (status = 200, description = "The ZIP", content_type = "application/zip"),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such run in the company"),
        (status = 422, description = "A draft"),
    ))]
async fn payslips_zip(State(state): State<AppState>, user: AuthUser, PathId(run_id): PathId) -> ApiResult<Response> {
    user.require(&[Role::Hr])?;
    let (views, logo, run, languages) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let run = runs::run_state(conn, user.company_id, run_id)?;
            let views = payslips::run_payslips(conn, user.company_id, run_id)?;
            let languages = payslips::run_languages(conn, user.company_id, run_id)?;
            Ok((views, payslips::company_logo(conn, user.company_id)?, run, languages))
        })
        .await?;
    let bytes = tokio::task::spawn_blocking(move || zip_of(&views, &languages, logo.as_deref(), run.pay_date))
        .await
        .map_err(ApiError::internal)??;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/zip"));
    let file = format!("payslips-{}.zip", run.label.replace('/', "_"));
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file}\""))
        .map_err(|error| ApiError::internal(anyhow::anyhow!(error)))?;
    headers.insert(header::CONTENT_DISPOSITION, disposition);
    Ok(response)
}

/// The PDFs in a ZIP, each in its person's language, every entry dated on the pay day so the same run gives
/// the same bytes.
fn zip_of(
    views: &[Resource<PayslipView>],
    languages: &HashMap<String, Language>,
    logo: Option<&[u8]>,
    pay_date: NaiveDate,
) -> ApiResult<Vec<u8>> {
    use std::io::Write;
    let dated = zip::DateTime::from_date_and_time(
        u16::try_from(pay_date.year()).unwrap_or(1980),
        u8::try_from(pay_date.month()).unwrap_or(1),
        u8::try_from(pay_date.day()).unwrap_or(1),
        0,
        0,
        0,
    )
    .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(dated);
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let failed = |error: &dyn std::fmt::Display| ApiError::internal(anyhow::anyhow!("payslip zip: {error}"));
    for view in views {
        archive.start_file(okta_hr_payslip_pdf::file_name(&view.attributes), options).map_err(|e| failed(&e))?;
        let language = languages.get(&view.id).copied().unwrap_or_default();
        let pdf = okta_hr_payslip_pdf::render_view(&view.attributes, logo, language);
        archive.write_all(&pdf).map_err(|e| failed(&e))?;
    }
    Ok(archive.finish().map_err(|e| failed(&e))?.into_inner())
}
