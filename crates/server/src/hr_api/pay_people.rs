//! Who is paid what (extension, HR only): pay assignments, adjustments and the company's payroll settings.
//! A raise dated into pay already locked is not an edit of what was paid: the difference is computed
//! against each locked run and added to the next run as back pay.

use super::pay_setup::{decimal, nest, object, rounding};
use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery, one};
use crate::store::payroll::assignments::{
    self, NewAdjustment, NewAssignment, PayAdjustmentAttributes, PayAssignmentAttributes, adjustment_kind_from,
    recurrence_from,
};
use crate::store::payroll::back_pay;
use crate::store::payroll::settings::{self, PAYROLL_SETTINGS, PayrollSettingsAttributes};
use crate::store::people;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::people::{is_valid_iban, normalize_iban};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::compute::Recurrence;
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const NAME_MAX: usize = 100;
const REASON_MAX: usize = 500;
/// Far above any salary; refuses amounts that would only be typing mistakes.
const AMOUNT_MAX: i64 = 1_000_000_000;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_assignments, create_assignment))
        .routes(routes!(delete_assignment))
        .routes(routes!(list_adjustments, create_adjustment))
        .routes(routes!(end_adjustment, delete_adjustment))
        .routes(routes!(show_settings, update_settings))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct PayAssignmentInput {
    /// Required. One of the company's people.
    employee_id: i64,
    /// Required. A date; a second assignment of the person on the same day replaces the first.
    #[schema(example = "2026-12-01")]
    effective_from: String,
    /// Required. A current salary structure of the company.
    salary_structure_id: i64,
    /// Required. A decimal, at least 0: the `base` the structure's formulas read.
    #[schema(example = "3000.00")]
    base_amount: String,
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct PayAdjustmentInput {
    /// Required. One of the company's people.
    employee_id: i64,
    /// Required. `bonus` (earned, in gross), `advance` (paid ahead, outside gross) or `deduction`.
    #[schema(example = "bonus")]
    kind: String,
    /// `one_off` (default) or `recurring`.
    recurrence: Option<String>,
    /// Required. Must not be greater than 100 characters; printed on the payslip.
    #[schema(example = "Year-end bonus")]
    name: String,
    /// Required. A decimal greater than 0.
    #[schema(example = "500.00")]
    amount: String,
    /// Required. A one-off is paid in the run whose period holds this day; a recurring one from it on. After
    /// any locked pay.
    starts_on: String,
    /// A recurring adjustment's last day.
    ends_on: Option<String>,
    reason: Option<String>,
}

fn amount_within(v: &mut Validator, field: &str, amount: Option<Decimal>, minimum_exclusive: bool) {
    if let Some(amount) = amount {
        if (minimum_exclusive && amount <= Decimal::ZERO) || amount < Decimal::ZERO {
            let bound = if minimum_exclusive { "greater than 0" } else { "at least 0" };
            v.fail(field, format!("The {} field must be {bound}.", field.replace('_', " ")));
        } else if amount > Decimal::from(AMOUNT_MAX) {
            v.fail(field, format!("The {} field must not be greater than {AMOUNT_MAX}.", field.replace('_', " ")));
        }
    }
}

/// `employee_id` of the body, checked to be one of the company's people.
fn employee(v: &mut Validator, conn: &crate::db::Connection, company_id: i64) -> ApiResult<Option<i64>> {
    if !v.is_present("employee_id") {
        v.fail("employee_id", "The employee id field is required.");
        return Ok(None);
    }
    let id = v.optional_integer("employee_id");
    if let Some(id) = id
        && people::record::get(conn, company_id, id)?.is_none()
    {
        v.fail("employee_id", "The selected employee id is invalid.");
        return Ok(None);
    }
    Ok(id)
}

/// `filter[employee]` as an id.
fn employee_filter(query: &ListQuery) -> ApiResult<Option<i64>> {
    query
        .text("filter[employee]")
        .map(|text| {
            text.parse::<i64>()
                .map_err(|_| ApiError::invalid("filter.employee", "The selected filter.employee is invalid."))
        })
        .transpose()
}

/// The company's pay assignments (HR, extension), with `filter[employee]` one person's.
#[utoipa::path(get, path = "/api/v1/pay-assignments", tag = "Payroll", security(("bearer" = [])),
    params(("filter[employee]" = Option<i64>, Query), ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Assignments", body = Document<Vec<Resource<PayAssignmentAttributes>>>),
        (status = 403, description = "HR only"),
    ))]
async fn list_assignments(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<PayAssignmentAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let employee = employee_filter(&query)?;
    let page = (query.offset(), query.limit());
    let (found, total) =
        state.db.read(move |conn| assignments::list_assignments(conn, user.company_id, employee, page)).await?;
    Ok(query.page(found, total))
}

/// Pay a person with a structure and a base amount from a day on (HR, extension).
///
/// A day already in a locked run is allowed: what the locked runs would have paid differently is added to
/// the next run as back pay (an adjustment per run, with the reason), and the locked runs stay as they are.
#[utoipa::path(post, path = "/api/v1/pay-assignments", tag = "Payroll", security(("bearer" = [])),
    request_body = PayAssignmentInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Assigned", body = Document<Resource<PayAssignmentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid fields"),
    ))]
async fn create_assignment(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "pay_assignment.put"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let mut v = Validator::new(&input.fields);
                let employee_id = employee(&mut v, conn, user.company_id)?;
                let effective_from = v.required_date("effective_from");
                let structure = v.optional_integer("salary_structure_id");
                if !v.is_present("salary_structure_id") {
                    v.fail("salary_structure_id", "The salary structure id field is required.");
                }
                let base_amount = decimal(&mut v, &input.fields, "base_amount");
                amount_within(&mut v, "base_amount", base_amount, false);
                v.finish()?;
                let (Some(employee_id), Some(effective_from), Some(salary_structure_id), Some(base_amount)) =
                    (employee_id, effective_from, structure, base_amount)
                else {
                    return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
                };
                let assignment = NewAssignment { employee_id, effective_from, salary_structure_id, base_amount };
                let (saved, replaced) = assignments::put_assignment(conn, user.company_id, &assignment)?;
                let back_pay = back_pay::settle(conn, user.company_id, employee_id, effective_from)?;
                let details = json!({
                    "before": replaced.map(|r| r.attributes),
                    "after": saved.attributes,
                    "back_pay": back_pay.iter().map(|a| &a.attributes).collect::<Vec<_>>(),
                });
                tx.audit("pay_assignment", &saved.id, &details)?;
                for adjustment in &back_pay {
                    tx.audit(
                        "pay_adjustment",
                        &adjustment.id,
                        &json!({ "before": null, "after": adjustment.attributes }),
                    )?;
                }
                idempotency::document(StatusCode::CREATED, saved)
            })
        })
        .await
}

/// Remove an assignment no locked run has paid from (HR, extension).
#[utoipa::path(delete, path = "/api/v1/pay-assignments/{payAssignment_id}", tag = "Payroll", security(("bearer" = [])),
    params(("payAssignment_id" = i64, Path, description = "The ID of the pay assignment")),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such assignment in the company"),
        (status = 422, description = "A locked run has paid from it"),
    ))]
async fn delete_assignment(State(state): State<AppState>, user: AuthUser, PathId(id): PathId) -> ApiResult<StatusCode> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "pay_assignment.delete"), move |tx| -> ApiResult<()> {
            let removed = assignments::delete_assignment(tx, user.company_id, id)?;
            tx.audit("pay_assignment", &removed.id, &json!({ "before": removed.attributes, "after": null }))?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The company's pay adjustments (HR, extension), newest first; `filter[employee]` for one person's.
#[utoipa::path(get, path = "/api/v1/pay-adjustments", tag = "Payroll", security(("bearer" = [])),
    params(("filter[employee]" = Option<i64>, Query), ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Adjustments", body = Document<Vec<Resource<PayAdjustmentAttributes>>>),
        (status = 403, description = "HR only"),
    ))]
async fn list_adjustments(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<PayAdjustmentAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let employee = employee_filter(&query)?;
    let page = (query.offset(), query.limit());
    let (found, total) =
        state.db.read(move |conn| assignments::list_adjustments(conn, user.company_id, employee, page)).await?;
    Ok(query.page(found, total))
}

/// Add a bonus, an advance or a deduction (HR, extension).
#[utoipa::path(post, path = "/api/v1/pay-adjustments", tag = "Payroll", security(("bearer" = [])),
    request_body = PayAdjustmentInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Added", body = Document<Resource<PayAdjustmentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid fields, or a day in locked pay"),
    ))]
async fn create_adjustment(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "pay_adjustment.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let mut v = Validator::new(&input.fields);
                let employee_id = employee(&mut v, conn, user.company_id)?;
                let kind = v.required_one_of("kind", &["bonus", "advance", "deduction"]);
                let recurrence = v.optional_one_of("recurrence", &["one_off", "recurring"]);
                let name = v.required_string("name", Some(NAME_MAX));
                let amount = decimal(&mut v, &input.fields, "amount");
                amount_within(&mut v, "amount", amount, true);
                let starts_on = v.required_date("starts_on");
                let ends_on = v.optional_date("ends_on");
                let recurrence = recurrence.as_deref().and_then(recurrence_from).unwrap_or(Recurrence::OneOff);
                if ends_on.is_some() && recurrence == Recurrence::OneOff {
                    v.fail("ends_on", "Only a recurring adjustment has an end.");
                }
                if let Some(starts_on) = starts_on {
                    v.after_or_equal("ends_on", ends_on, starts_on, "starts on");
                }
                let reason = v.optional_string("reason", Some(REASON_MAX));
                v.finish()?;
                let (Some(employee_id), Some(kind), Some(name), Some(amount), Some(starts_on)) =
                    (employee_id, kind.as_deref().and_then(adjustment_kind_from), name, amount, starts_on)
                else {
                    return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
                };
                let adjustment = NewAdjustment {
                    employee_id,
                    kind,
                    recurrence,
                    name,
                    amount,
                    starts_on,
                    ends_on,
                    reason,
                    origin_run_id: None,
                };
                let created = assignments::create_adjustment(conn, user.company_id, &adjustment)?;
                tx.audit("pay_adjustment", &created.id, &json!({ "before": null, "after": created.attributes }))?;
                idempotency::document(StatusCode::CREATED, created)
            })
        })
        .await
}

/// End a recurring adjustment (HR, extension): `{"ends_on": "2027-03-31"}`.
#[utoipa::path(patch, path = "/api/v1/pay-adjustments/{payAdjustment_id}", tag = "Payroll", security(("bearer" = [])),
    params(("payAdjustment_id" = i64, Path, description = "The ID of the pay adjustment")),
    responses(
        (status = 200, description = "Ended", body = Document<Resource<PayAdjustmentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such adjustment in the company"),
        (status = 422, description = "Not recurring, or an end in locked pay"),
    ))]
async fn end_adjustment(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "pay_adjustment.end"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                if assignments::get_adjustment(conn, user.company_id, id)?.is_none() {
                    return Err(ApiError::not_found("Pay adjustment"));
                }
                let mut v = Validator::new(&input.fields);
                let ends_on = v.required_date("ends_on");
                v.finish()?;
                let ends_on = ends_on.ok_or_else(|| ApiError::internal(anyhow::anyhow!("validated fields missing")))?;
                let (before, after) = assignments::end_adjustment(conn, user.company_id, id, ends_on)?;
                tx.audit(
                    "pay_adjustment",
                    &after.id,
                    &json!({ "before": before.attributes, "after": after.attributes }),
                )?;
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}

/// Remove an adjustment no locked run has paid (HR, extension).
#[utoipa::path(delete, path = "/api/v1/pay-adjustments/{payAdjustment_id}", tag = "Payroll", security(("bearer" = [])),
    params(("payAdjustment_id" = i64, Path, description = "The ID of the pay adjustment")),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such adjustment in the company"),
        (status = 422, description = "A locked run has paid it"),
    ))]
async fn delete_adjustment(State(state): State<AppState>, user: AuthUser, PathId(id): PathId) -> ApiResult<StatusCode> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "pay_adjustment.delete"), move |tx| -> ApiResult<()> {
            let removed = assignments::delete_adjustment(tx, user.company_id, id)?;
            tx.audit("pay_adjustment", &removed.id, &json!({ "before": removed.attributes, "after": null }))?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The company's payroll settings (HR, extension).
#[utoipa::path(get, path = "/api/v1/payroll-settings", tag = "Payroll", security(("bearer" = [])),
    responses(
        (status = 200, description = "Settings", body = Document<Resource<PayrollSettingsAttributes>>),
        (status = 403, description = "HR only"),
    ))]
async fn show_settings(
    State(state): State<AppState>,
    user: AuthUser,
) -> ApiResult<JsonApi<Document<Resource<PayrollSettingsAttributes>>>> {
    user.require(&[Role::Hr])?;
    let found = state.db.read(move |conn| settings::settings(conn, user.company_id)).await?;
    Ok(one(Resource::new(PAYROLL_SETTINGS, user.company_id, found)))
}

/// Change the payroll settings (HR, extension): only the fields sent change.
///
/// `net_rounding` (`{places, mode}`), `net_change_threshold` (a percentage, at least 0), the account
/// salaries are paid from (`debtor_name`, `debtor_iban` (checked), `debtor_bic`), and
/// `overtime_after_hours`: the hours a day after which worked time counts as the `overtime_hours` formulas
/// read (more than 0, at most 24; `null` for none).
#[utoipa::path(put, path = "/api/v1/payroll-settings", tag = "Payroll", security(("bearer" = [])),
    responses(
        (status = 200, description = "Settings as changed", body = Document<Resource<PayrollSettingsAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid fields"),
    ))]
async fn update_settings(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "payroll_settings.update"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let current = settings::settings(conn, user.company_id)?;
                let fields = &input.fields;
                let mut v = Validator::new(fields);
                let net_rounding = match object(&mut v, fields, "net_rounding") {
                    Some(map) => rounding(map, current.net_rounding).unwrap_or_else(|errors| {
                        nest(errors, "net_rounding", &mut v);
                        current.net_rounding
                    }),
                    None => current.net_rounding,
                };
                let threshold = if v.is_present("net_change_threshold") {
                    decimal(&mut v, fields, "net_change_threshold")
                } else {
                    None
                };
                amount_within(&mut v, "net_change_threshold", threshold, false);
                let text = |v: &mut Validator, field: &str, current: &Option<String>, max: usize| {
                    if v.is_present(field) { v.optional_string(field, Some(max)) } else { current.clone() }
                };
                let debtor_name = text(&mut v, "debtor_name", &current.debtor_name, 70);
                let debtor_iban =
                    text(&mut v, "debtor_iban", &current.debtor_iban, 42).map(|iban| normalize_iban(&iban));
                if v.is_present("debtor_iban") && debtor_iban.as_deref().is_some_and(|iban| !is_valid_iban(iban)) {
                    v.fail("debtor_iban", "The debtor iban field must be a valid IBAN.");
                }
                let debtor_bic =
                    text(&mut v, "debtor_bic", &current.debtor_bic, 11).map(|bic| bic.to_ascii_uppercase());
                if debtor_bic.as_deref().is_some_and(|bic| {
                    !(bic.len() == 8 || bic.len() == 11) || !bic.chars().all(|c| c.is_ascii_alphanumeric())
                }) {
                    v.fail("debtor_bic", "The debtor bic field must be a BIC of 8 or 11 letters and digits.");
                }
                // `null` turns overtime from attendance off.
                let overtime_after_hours = match fields.get("overtime_after_hours") {
                    None => current.overtime_after_hours,
                    Some(serde_json::Value::Null) => None,
                    Some(_) => {
                        let hours = decimal(&mut v, fields, "overtime_after_hours");
                        if hours.is_some_and(|hours| hours <= Decimal::ZERO || hours > Decimal::from(24)) {
                            v.fail("overtime_after_hours", "The overtime after hours field must be between 0 and 24.");
                        }
                        hours
                    }
                };
                v.finish()?;
                let after = PayrollSettingsAttributes {
                    net_rounding,
                    net_change_threshold: threshold.unwrap_or(current.net_change_threshold),
                    debtor_name,
                    debtor_iban,
                    debtor_bic,
                    overtime_after_hours,
                    ..current
                };
                let before = settings::put_settings(conn, user.company_id, &after)?;
                let id = user.company_id.to_string();
                tx.audit("payroll_settings", &id, &json!({ "before": before, "after": after }))?;
                idempotency::document(StatusCode::OK, Resource::new(PAYROLL_SETTINGS, user.company_id, after))
            })
        })
        .await
}
