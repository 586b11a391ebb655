//! Leave types (extension): everyone reads them (the app offers and pre-checks requests with them), HR
//! makes, changes and retires them. A type in use is never deleted.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::audit;
use crate::store::leave::types;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::leave_policy::{Accrual, ApprovalChain, LeaveTypeAttributes};
use okta_hr_domain::validation::{Validator, attribute};
use okta_hr_domain::wire::Role;
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// A year's worth of days: no allowance, cap or notice is longer.
const DAYS_MAX: i64 = 366;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list, create)).routes(routes!(update))
}

/// A type's fields as sent; every one optional, so the same body serves a creation and a change.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct LeaveTypeInput {
    /// Required to create. Lower-case letters, digits, `_` and `-`, not only digits; unique in the company.
    #[schema(example = "study")]
    code: Option<String>,
    /// Required to create. Must not be greater than 100 characters.
    #[schema(example = "Study leave")]
    name: Option<String>,
    /// Required to create. 0 to 366.
    days_per_year: Option<i64>,
    /// 0 (unpaid) to 1 (paid, the default); in between is partly paid.
    paid_fraction: Option<f64>,
    /// Whether weekends and public holidays count as leave days; false by default.
    counts_non_working_days: Option<bool>,
    attachment_required: Option<bool>,
    /// 0 to 366, 0 by default.
    min_notice_days: Option<i64>,
    /// `upfront` (default) or `monthly`.
    accrual: Option<Accrual>,
    /// Whether a joiner's upfront allowance is their share of the year; false by default.
    prorated: Option<bool>,
    /// 0 to 366, 0 by default: nothing is carried.
    carry_over_cap: Option<i64>,
    /// 1 to 12, or null (default): carried days never lapse.
    carry_over_expiry_months: Option<i64>,
    /// 0 to 366, 0 by default.
    negative_allowance: Option<i64>,
    /// `none`, `manager` or `manager_hr` (default).
    approval_chain: Option<ApprovalChain>,
    /// 0 to 366, or null (default).
    extra_hr_step_above_days: Option<i64>,
    /// Changes only: true retires the type (it can no longer be requested), false brings it back.
    retired: Option<bool>,
}

fn days(v: &mut Validator, field: &str, min: i64) -> Option<i64> {
    let days = v.optional_integer(field)?;
    if !(min..=DAYS_MAX).contains(&days) {
        v.fail(field, format!("The {} field must be between {min} and {DAYS_MAX}.", attribute(field)));
        return None;
    }
    Some(days)
}

fn one_of<T>(v: &mut Validator, field: &str, choices: &[(&str, T)]) -> Option<T>
where
    T: Copy,
{
    if !v.is_present(field) {
        return None;
    }
    let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
    let chosen = v.required_one_of(field, &names)?;
    choices.iter().find(|(name, _)| *name == chosen).map(|(_, value)| *value)
}

/// The policy a creation (`current` none) or a change makes, from the fields sent and, for a change, the
/// type as it is. A field sent as null clears the optional ones.
fn policy_from(input: &PostInput, current: Option<&LeaveTypeAttributes>) -> ApiResult<LeaveTypeAttributes> {
    let mut v = Validator::new(&input.fields);
    let code = match current {
        None => v.required_string("code", Some(50)),
        Some(_) => v.optional_string("code", Some(50)),
    };
    if let Some(code) = &code {
        let allowed = code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        // Requests name a type by its id or its code: a code of digits would be read as an id.
        if !allowed || code.chars().all(|c| c.is_ascii_digit()) {
            v.fail("code", "The code field format is invalid.");
        }
    }
    let name = match current {
        None => v.required_string("name", Some(100)),
        Some(_) => v.optional_string("name", Some(100)),
    };
    if current.is_none() && !v.is_present("days_per_year") {
        v.fail("days_per_year", "The days per year field is required.");
    }
    let days_per_year = days(&mut v, "days_per_year", 0);
    let paid_fraction = v.optional_number_between("paid_fraction", 0.0, 1.0);
    let counts_non_working_days = v.optional_bool("counts_non_working_days");
    let half_days = v.optional_bool("half_days");
    let attachment_required = v.optional_bool("attachment_required");
    let min_notice_days = days(&mut v, "min_notice_days", 0);
    let accrual = one_of(&mut v, "accrual", &[("upfront", Accrual::Upfront), ("monthly", Accrual::Monthly)]);
    let prorated = v.optional_bool("prorated");
    let carry_over_cap = days(&mut v, "carry_over_cap", 0);
    let expiry_months = v.optional_integer("carry_over_expiry_months");
    if expiry_months.is_some_and(|months| !(1..=12).contains(&months)) {
        v.fail("carry_over_expiry_months", "The carry over expiry months field must be between 1 and 12.");
    }
    let negative_allowance = days(&mut v, "negative_allowance", 0);
    let chain = one_of(
        &mut v,
        "approval_chain",
        &[("none", ApprovalChain::None), ("manager", ApprovalChain::Manager), ("manager_hr", ApprovalChain::ManagerHr)],
    );
    let extra_hr = days(&mut v, "extra_hr_step_above_days", 0);
    let retired = v.optional_bool("retired");
    if current.is_none() && v.is_present("retired") {
        v.fail("retired", "A new leave type cannot be retired.");
    }
    v.finish()?;
    let base = current.cloned().unwrap_or_else(|| LeaveTypeAttributes {
        code: String::new(),
        name: String::new(),
        paid_fraction: 1.0,
        counts_non_working_days: false,
        half_days: true,
        attachment_required: false,
        min_notice_days: 0,
        days_per_year: 0,
        accrual: Accrual::Upfront,
        prorated: false,
        carry_over_cap: 0,
        carry_over_expiry_months: None,
        negative_allowance: 0,
        approval_chain: ApprovalChain::ManagerHr,
        extra_hr_step_above_days: None,
        retired: false,
    });
    // A nullable field sent as null is cleared; one left out keeps its value.
    let nullable = |field: &str, sent: Option<i64>, kept: Option<i64>| {
        if input.fields.contains_key(field) { sent } else { kept }
    };
    Ok(LeaveTypeAttributes {
        code: code.unwrap_or(base.code),
        name: name.unwrap_or(base.name),
        paid_fraction: paid_fraction.map_or(base.paid_fraction, |f| (f * 100.0).round() / 100.0),
        counts_non_working_days: counts_non_working_days.unwrap_or(base.counts_non_working_days),
        half_days: half_days.unwrap_or(base.half_days),
        attachment_required: attachment_required.unwrap_or(base.attachment_required),
        min_notice_days: min_notice_days.unwrap_or(base.min_notice_days),
        days_per_year: days_per_year.unwrap_or(base.days_per_year),
        accrual: accrual.unwrap_or(base.accrual),
        prorated: prorated.unwrap_or(base.prorated),
        carry_over_cap: carry_over_cap.unwrap_or(base.carry_over_cap),
        carry_over_expiry_months: nullable("carry_over_expiry_months", expiry_months, base.carry_over_expiry_months),
        negative_allowance: negative_allowance.unwrap_or(base.negative_allowance),
        approval_chain: chain.unwrap_or(base.approval_chain),
        extra_hr_step_above_days: nullable("extra_hr_step_above_days", extra_hr, base.extra_hr_step_above_days),
        retired: retired.unwrap_or(base.retired),
    })
}

/// The company's leave types (extension).
///
/// Every signed-in person may read them: the app offers the types in use and pre-checks a request with
/// its type's policy (how days count, notice, negative allowance). Retired types are listed with
/// `retired: true`.
#[utoipa::path(get, path = "/api/v1/leave-types", tag = "Leave", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses((status = 200, description = "Leave types, oldest first", body = Document<Vec<Resource<LeaveTypeAttributes>>>)))]
async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<LeaveTypeAttributes>>>>> {
    let page = (query.offset(), query.limit());
    let (leave_types, total) = state.db.read(move |conn| types::list(conn, user.company_id, page)).await?;
    Ok(query.page(leave_types, total))
}

/// Create a leave type (HR, extension).
#[utoipa::path(post, path = "/api/v1/leave-types", tag = "Leave", security(("bearer" = [])),
    request_body = LeaveTypeInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Created", body = Document<Resource<LeaveTypeAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid fields or a code already taken"),
    ))]
async fn create(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let policy = policy_from(&input, None)?;
    state
        .db
        .write(Change::by(user.actor(), "leave_type.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let created = types::create(conn, user.company_id, &policy)?;
                let details = json!({ "before": null, "after": types::audited(&created) });
                tx.audit("leave_type", &created.id.to_string(), &details)?;
                idempotency::document(StatusCode::CREATED, created.resource())
            })
        })
        .await
}

/// Change or retire a leave type (HR, extension).
///
/// Only the fields sent change. Requests already made keep their days and approval chain, and the ledger
/// what it holds; the new policy applies to requests and job runs from now on. A retired type can no
/// longer be requested and leaves the balances; `retired: false` brings it back. Types are never deleted.
#[utoipa::path(patch, path = "/api/v1/leave-types/{leaveType_id}", tag = "Leave", security(("bearer" = [])),
    request_body = LeaveTypeInput,
    params(("leaveType_id" = i64, Path, description = "The ID of the leave type"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The type as changed", body = Document<Resource<LeaveTypeAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such type in the company"),
        (status = 422, description = "Invalid fields or a code already taken"),
    ))]
async fn update(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(leave_type_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "leave_type.update"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let current = types::get(conn, user.company_id, leave_type_id)?
                    .ok_or_else(|| ApiError::not_found("Leave type"))?;
                let policy = policy_from(&input, Some(&current.policy))?;
                let (before, after) = types::update(conn, user.company_id, leave_type_id, &policy)?;
                let details = audit::changes(&types::audited(&before), &types::audited(&after));
                if details.as_object().is_some_and(|changed| changed.is_empty()) {
                    tx.unchanged();
                } else {
                    tx.audit("leave_type", &after.id.to_string(), &details)?;
                }
                idempotency::document(StatusCode::OK, after.resource())
            })
        })
        .await
}
