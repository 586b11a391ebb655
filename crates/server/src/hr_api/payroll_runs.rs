//! Running payroll (extension, HR only): a draft run for a period, HR's review of its lines (hold,
//! exclude, override a component with a reason), then lock, the bank files, paid and published. Every
//! step is audited; only a draft changes.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::{Change, Connection};
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::store::payroll as store;
use crate::store::payroll::compute::Computed;
use crate::store::payroll::review::{self, PayrollLineAttributes};
use crate::store::payroll::runs::{self, RunState};
use axum::extract::State;
use axum::http::StatusCode;
use chrono::NaiveDate;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{PayrollRunAttributes, Role};
use okta_hr_payroll::Decimal;
use okta_hr_payroll::compute::PayPeriod;
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The longest period a run pays.
const PERIOD_MAX_DAYS: i64 = 366;
const REASON_MAX: usize = 500;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_run))
        .routes(routes!(delete_run))
        .routes(routes!(recompute_run))
        .routes(routes!(correct_run))
        .routes(routes!(lock_run))
        .routes(routes!(pay_run))
        .routes(routes!(publish_run))
        .routes(routes!(hold_line))
        .routes(routes!(exclude_line))
        .routes(routes!(include_line))
        .routes(routes!(override_line))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct PayrollRunInput {
    /// A month, `YYYY-MM`; or give `period_start` and `period_end` for another period.
    #[schema(example = "2026-12")]
    period: Option<String>,
    period_start: Option<String>,
    period_end: Option<String>,
    /// The day people are paid; the period's last day by default.
    pay_date: Option<String>,
}

fn summary(run: &RunState, computed: Option<Computed>) -> serde_json::Value {
    let mut details = json!({ "period": run.label, "status": run.status });
    if let Some(computed) = computed {
        details["lines"] = json!({ "ready": computed.ready, "failed": computed.failed, "held": computed.held, "excluded": computed.excluded });
    }
    details
}

/// The run as HR reads it after a change.
fn run_document(conn: &Connection, company_id: i64, run_id: i64) -> ApiResult<(StatusCode, serde_json::Value)> {
    let run: Resource<PayrollRunAttributes> =
        store::run(conn, company_id, run_id)?.ok_or_else(|| ApiError::not_found("Payroll run"))?;
    idempotency::document(StatusCode::OK, run)
}

/// Create a draft run and compute it (HR, extension).
///
/// Everyone employed in the period is computed: joiners and leavers prorated, unpaid and partly paid leave
/// from the leave ledger, holidays and working weeks from the calendars. A person who cannot be computed
/// (no pay assignment, a formula that fails) gets a line with `status: failed` and the reason; the run is
/// created all the same, with its counts in `ready_count`, `failed_count`, `held_count`, `excluded_count`.
#[utoipa::path(post, path = "/api/v1/payroll-runs", tag = "Payroll", security(("bearer" = [])),
    request_body = PayrollRunInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "The draft run", body = Document<Resource<PayrollRunAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid period, or one another run already covers"),
    ))]
async fn create_run(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let mut v = Validator::new(&input.fields);
    let month = v.optional_month("period");
    let start = v.optional_date("period_start");
    let end = v.optional_date("period_end");
    let pay_date = v.optional_date("pay_date");
    let period = match (month, start, end) {
        (Some((year, month)), None, None) => NaiveDate::from_ymd_opt(year, month, 1).and_then(|first_day| {
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)
            };
            Some((format!("{year:04}-{month:02}"), PayPeriod { first_day, last_day: next?.pred_opt()? }))
        }),
        (None, Some(first_day), Some(last_day)) => {
            v.after_or_equal("period_end", Some(last_day), first_day, "period start");
            if (last_day - first_day).num_days() >= PERIOD_MAX_DAYS {
                v.fail("period_end", format!("A run pays at most {PERIOD_MAX_DAYS} days."));
            }
            Some((format!("{first_day}/{last_day}"), PayPeriod { first_day, last_day }))
        }
        _ => {
            if !v.has_error("period") && !v.has_error("period_start") && !v.has_error("period_end") {
                v.fail("period", "Give a month as period (YYYY-MM), or both period start and period end.");
            }
            None
        }
    };
    if let (Some(pay_date), Some((_, period))) = (pay_date, &period)
        && (pay_date - period.last_day).num_days().abs() > 62
    {
        v.fail("pay_date", "The pay date must be within two months of the period's end.");
    }
    v.finish()?;
    let (label, period) = period.ok_or_else(|| ApiError::internal(anyhow::anyhow!("validated period missing")))?;
    let pay_date = pay_date.unwrap_or(period.last_day);
    state
        .db
        .write(Change::by(user.actor(), "payroll_run.create").bulk(), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let (run_id, computed) = runs::create_run(conn, user.company_id, &label, period, pay_date)?;
                let run = runs::run_state(conn, user.company_id, run_id)?;
                tx.audit(
                    "payroll_run",
                    &run_id.to_string(),
                    &json!({ "before": null, "after": summary(&run, Some(computed)) }),
                )?;
                let (_, body) = run_document(conn, user.company_id, run_id)?;
                Ok((StatusCode::CREATED, body))
            })
        })
        .await
}

/// Delete a draft run (HR, extension). A locked run is never deleted: it is corrected in a later run.
#[utoipa::path(delete, path = "/api/v1/payroll-runs/{payrollRun_id}", tag = "Payroll", security(("bearer" = [])),
    params(("payrollRun_id" = i64, Path, description = "The ID of the payrollRun")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such run in the company"),
        (status = 422, description = "Not a draft"),
    ))]
async fn delete_run(State(state): State<AppState>, user: AuthUser, PathId(run_id): PathId) -> ApiResult<StatusCode> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "payroll_run.delete"), move |tx| -> ApiResult<()> {
            let run = runs::run_state(tx, user.company_id, run_id)?;
            runs::delete_draft(tx, user.company_id, &run)?;
            tx.audit("payroll_run", &run_id.to_string(), &json!({ "before": summary(&run, None), "after": null }))?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Compute a run again (HR, extension).
///
/// A draft is computed from today's data, keeping holds, exclusions and overrides. A locked, paid or
/// published run is recomputed from the inputs it froze and must give the same payslips to the byte; it is
/// not changed (a difference would be a defect: it answers 500 and the log names the people).
#[utoipa::path(post, path = "/api/v1/payroll-runs/{payrollRun_id}/recompute", tag = "Payroll", security(("bearer" = [])),
    params(("payrollRun_id" = i64, Path, description = "The ID of the payrollRun")),
    responses(
        (status = 200, description = "The run", body = Document<Resource<PayrollRunAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such run in the company"),
    ))]
async fn recompute_run(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(run_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "payroll_run.recompute").bulk(), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let run = runs::run_state(conn, user.company_id, run_id)?;
                if run.status == "draft" {
                    let computed = runs::recompute(conn, user.company_id, &run)?;
                    tx.audit("payroll_run", &run_id.to_string(), &json!({ "recomputed": summary(&run, Some(computed)) }))?;
                } else {
                    let differing = runs::verify(conn, run_id)?;
                    if !differing.is_empty() {
                        return Err(ApiError::internal(anyhow::anyhow!(
                            "run {run_id}: {} locked payslips no longer recompute to what was locked (people {differing:?})",
                            differing.len()
                        )));
                    }
                    tx.unchanged();
                }
                run_document(conn, user.company_id, run_id)
            })
        })
        .await
}

/// Correct a locked run (HR, extension): a new draft for the same period, computed from today's data, in
/// which each person's payslip is the difference from what the locked run paid them, line by line (people
/// it did not pay, held ones among them, in full; people with nothing to correct are left out). It is
/// reviewed, locked, paid and published like any run; a negative net is taken back in a later run. The
/// locked run is never edited. `{"pay_date": "…"}` is optional (today by default).
#[utoipa::path(post, path = "/api/v1/payroll-runs/{payrollRun_id}/correction", tag = "Payroll", security(("bearer" = [])),
    params(("payrollRun_id" = i64, Path, description = "The ID of the payrollRun")),
    responses(
        (status = 201, description = "The correcting run, a draft", body = Document<Resource<PayrollRunAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such run in the company"),
        (status = 422, description = "Not locked, already corrected, or itself a correction"),
    ))]
async fn correct_run(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(run_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "payroll_run.correct"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let original = runs::run_state(conn, user.company_id, run_id)?;
                let mut v = Validator::new(&input.fields);
                let pay_date = v.optional_date("pay_date");
                v.finish()?;
                let pay_date = pay_date.unwrap_or_else(|| chrono::Utc::now().date_naive());
                let (id, computed) = runs::create_correction(conn, user.company_id, &original, pay_date)?;
                let run = runs::run_state(conn, user.company_id, id)?;
                let mut details = summary(&run, Some(computed));
                details["corrects"] = json!(run_id.to_string());
                tx.audit("payroll_run", &id.to_string(), &json!({ "before": null, "after": details }))?;
                let (_, body) = run_document(conn, user.company_id, id)?;
                Ok((StatusCode::CREATED, body))
            })
        })
        .await
}

/// Runs one lifecycle step on a run, audited as `action`.
async fn step(
    state: AppState,
    user: AuthUser,
    run_id: i64,
    input: PostInput,
    action: &'static str,
    apply: fn(&Connection, i64, &RunState) -> ApiResult<serde_json::Value>,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), action).bulk(), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let before = runs::run_state(conn, user.company_id, run_id)?;
                let outcome = apply(conn, user.company_id, &before)?;
                let after = runs::run_state(conn, user.company_id, run_id)?;
                let details =
                    json!({ "before": summary(&before, None), "after": summary(&after, None), "outcome": outcome });
                tx.audit("payroll_run", &run_id.to_string(), &details)?;
                run_document(conn, user.company_id, run_id)
            })
        })
        .await
}

/// Lock a draft (HR, extension): inputs, figures and bank accounts are frozen.
///
/// The run is computed once more first, and a change of figures is refused (422) with them kept for review.
/// Refused (422, under `lines`) while anyone failed, would be paid a
/// negative net or has no approved bank account (hold or exclude them), or when figures changed since the
/// last computation (review them, then lock).
#[utoipa::path(post, path = "/api/v1/payroll-runs/{payrollRun_id}/lock", tag = "Payroll", security(("bearer" = [])),
    params(("payrollRun_id" = i64, Path, description = "The ID of the payrollRun")),
    responses(
        (status = 200, description = "Locked", body = Document<Resource<PayrollRunAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such run in the company"),
        (status = 422, description = "Not a draft, or lines that cannot be locked"),
    ))]
async fn lock_run(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(run_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    // Computed once more in a write of its own, so new figures are kept (and shown) even when the lock is
    // then refused for them.
    let changed = state
        .db
        .write(Change::by(user.actor(), "payroll_run.recompute").bulk(), move |tx| -> ApiResult<bool> {
            let run = runs::run_state(tx, user.company_id, run_id)?;
            if run.status != "draft" {
                tx.unchanged();
                return Ok(false);
            }
            let changed = runs::refresh_before_lock(tx, user.company_id, &run)?;
            if changed {
                tx.audit("payroll_run", &run_id.to_string(), &json!({ "recomputed": summary(&run, None) }))?;
            } else {
                tx.unchanged();
            }
            Ok(changed)
        })
        .await?;
    if changed {
        return Err(ApiError::invalid(
            "lines",
            "Pay changed since the run was last computed: review the new figures, then lock.",
        ));
    }
    step(state, user, run_id, input, "payroll_run.lock", |conn, _, run| {
        runs::lock(conn, run)?;
        Ok(json!(null))
    })
    .await
}

/// Record that the bank transfers of a locked run were made (HR, extension).
#[utoipa::path(post, path = "/api/v1/payroll-runs/{payrollRun_id}/pay", tag = "Payroll", security(("bearer" = [])),
    params(("payrollRun_id" = i64, Path, description = "The ID of the payrollRun")),
    responses(
        (status = 200, description = "Paid", body = Document<Resource<PayrollRunAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such run in the company"),
        (status = 422, description = "Not locked"),
    ))]
async fn pay_run(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(run_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    step(state, user, run_id, input, "payroll_run.pay", |conn, _, run| {
        runs::mark_paid(conn, run)?;
        Ok(json!(null))
    })
    .await
}

/// Publish a locked or paid run (HR, extension): everyone paid in it sees their payslip in
/// `GET /api/v1/me/payslips` and is notified, all in one transaction.
#[utoipa::path(post, path = "/api/v1/payroll-runs/{payrollRun_id}/publish", tag = "Payroll", security(("bearer" = [])),
    params(("payrollRun_id" = i64, Path, description = "The ID of the payrollRun")),
    responses(
        (status = 200, description = "Published", body = Document<Resource<PayrollRunAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such run in the company"),
        (status = 422, description = "A draft, or already published"),
    ))]
async fn publish_run(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(run_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    step(state, user, run_id, input, "payroll_run.publish", |conn, company_id, run| {
        Ok(json!({ "notified": runs::publish(conn, company_id, run)? }))
    })
    .await
}

/// The line's review after a change.
fn line_document(conn: &Connection, company_id: i64, line_id: i64) -> ApiResult<(StatusCode, serde_json::Value)> {
    let run = runs::run_of_line(conn, company_id, line_id)?;
    let line: Resource<PayrollLineAttributes> =
        review::review_line(conn, company_id, run.id, line_id)?.ok_or_else(|| ApiError::not_found("Payroll line"))?;
    idempotency::document(StatusCode::OK, line)
}

/// Sets a draft line's status, audited.
async fn line_status(
    state: AppState,
    user: AuthUser,
    line_id: i64,
    input: PostInput,
    status: &'static str,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "payroll_line.status"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                // The line is found first: another company's line is not found, whatever the body.
                let run = runs::run_of_line(conn, user.company_id, line_id)?;
                let reason = if status == "ready" {
                    None
                } else {
                    let mut v = Validator::new(&input.fields);
                    let reason = v.required_string("reason", Some(REASON_MAX));
                    v.finish()?;
                    reason
                };
                let (before, after) =
                    runs::set_line_status(conn, user.company_id, &run, line_id, status, reason.as_deref())?;
                let details = json!({ "before": { "status": before }, "after": { "status": after, "reason": reason } });
                tx.audit("payroll_line", &line_id.to_string(), &details)?;
                line_document(conn, user.company_id, line_id)
            })
        })
        .await
}

/// Hold a person's pay in a draft (HR, extension): computed and locked with the run, but not in its bank
/// file nor published. `{"reason": "…"}` is required.
#[utoipa::path(post, path = "/api/v1/payroll-lines/{payrollLine_id}/hold", tag = "Payroll", security(("bearer" = [])),
    params(("payrollLine_id" = i64, Path, description = "The ID of the payroll line")),
    responses(
        (status = 200, description = "The line", body = Document<Resource<PayrollLineAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such line in the company"),
        (status = 422, description = "No reason, or the run is not a draft"),
    ))]
async fn hold_line(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(line_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    line_status(state, user, line_id, input, "held").await
}

/// Leave a person out of a draft (HR, extension): no payslip in this run. `{"reason": "…"}` is required.
#[utoipa::path(post, path = "/api/v1/payroll-lines/{payrollLine_id}/exclude", tag = "Payroll", security(("bearer" = [])),
    params(("payrollLine_id" = i64, Path, description = "The ID of the payroll line")),
    responses(
        (status = 200, description = "The line", body = Document<Resource<PayrollLineAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such line in the company"),
        (status = 422, description = "No reason, or the run is not a draft"),
    ))]
async fn exclude_line(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(line_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    line_status(state, user, line_id, input, "excluded").await
}

/// Take a held or excluded person back into a draft (HR, extension); they are computed again.
#[utoipa::path(post, path = "/api/v1/payroll-lines/{payrollLine_id}/include", tag = "Payroll", security(("bearer" = [])),
    params(("payrollLine_id" = i64, Path, description = "The ID of the payroll line")),
    responses(
        (status = 200, description = "The line", body = Document<Resource<PayrollLineAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such line in the company"),
        (status = 422, description = "The run is not a draft"),
    ))]
async fn include_line(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(line_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    line_status(state, user, line_id, input, "ready").await
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct LineOverrideInput {
    /// Required. The code of a component of the person's structure.
    #[schema(example = "TRANSPORT")]
    code: String,
    /// The amount to pay instead of the computed one (a decimal, at least 0); `null` goes back to the rule.
    #[schema(example = "80.00")]
    amount: Option<String>,
    /// Required with an amount: printed on the line ("set by HR: …").
    reason: Option<String>,
}

/// The component and, unless the override is removed, its amount and reason.
fn override_input(
    fields: &serde_json::Map<String, serde_json::Value>,
) -> ApiResult<(String, Option<(Decimal, String)>)> {
    let mut v = Validator::new(fields);
    let code = v.required_string("code", Some(okta_hr_payroll::structure::MAX_CODE_CHARS));
    let removing = matches!(fields.get("amount"), Some(serde_json::Value::Null));
    if !v.is_present("amount") && !removing {
        v.fail("amount", "The amount field must be present: an amount, or null to remove the override.");
    }
    let amount =
        if removing || !v.is_present("amount") { None } else { super::pay_setup::decimal(&mut v, fields, "amount") };
    if amount.is_some_and(|amount| amount.is_sign_negative() && !amount.is_zero()) {
        v.fail("amount", "The amount field must be at least 0.");
    }
    let reason = if removing { None } else { v.required_string("reason", Some(REASON_MAX)) };
    v.finish()?;
    let code = code.ok_or_else(|| ApiError::internal(anyhow::anyhow!("validated code missing")))?;
    Ok((code, amount.zip(reason)))
}

/// Override one component of a person's payslip in a draft (HR, extension).
///
/// The lines after it (percentages of gross, formulas) follow the new amount. `amount: null` removes the
/// override.
#[utoipa::path(post, path = "/api/v1/payroll-lines/{payrollLine_id}/overrides", tag = "Payroll", security(("bearer" = [])),
    request_body = LineOverrideInput,
    params(("payrollLine_id" = i64, Path, description = "The ID of the payroll line")),
    responses(
        (status = 200, description = "The line", body = Document<Resource<PayrollLineAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such line in the company"),
        (status = 422, description = "Invalid fields, or the run is not a draft"),
    ))]
async fn override_line(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(line_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "payroll_line.override"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let run = runs::run_of_line(conn, user.company_id, line_id)?;
                let (code, set) = override_input(&input.fields)?;
                let (before, after) = runs::set_override(conn, user.company_id, &run, line_id, &code, set)?;
                tx.audit("payroll_line", &line_id.to_string(), &json!({ "before": before, "after": after }))?;
                line_document(conn, user.company_id, line_id)
            })
        })
        .await
}
