//! The leave ledger (extension): HR reads anyone's entries and adjusts balances with a reason; a person
//! reads their own (`filter[employee]=me`).

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::leave::ledger::{self, Adjustment, LedgerFilter};
use crate::store::leave::types;
use crate::store::people;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::leave_ledger::LeaveLedgerEntryAttributes;
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// An adjustment is a correction, not a second allowance: a year's worth either way at most.
const ADJUSTMENT_MAX: i64 = 366;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(entries)).routes(routes!(adjust))
}

/// Leave ledger entries, newest first (extension).
///
/// HR reads anyone's; a manager also the entries of someone who reports to them (directly or through
/// other managers), with `filter[employee]`; everyone else only their own, with `filter[employee]=me`
/// (another person's is a 403). `filter[leave_type]` (id or code) and `filter[year]` narrow the list. The balances of
/// `GET /api/v1/me/leave-balances` are these entries added up (with the type's upfront grant counted until
/// the yearly grant has written it).
#[utoipa::path(get, path = "/api/v1/leave-ledger", tag = "Leave", security(("bearer" = [])),
    params(("filter[employee]" = Option<String>, Query, description = "An employee's id, or `me`"),
        ("filter[leave_type]" = Option<String>, Query, description = "A leave type's id or code"),
        ("filter[year]" = Option<i32>, Query),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Entries", body = Document<Vec<Resource<LeaveLedgerEntryAttributes>>>),
        (status = 403, description = "Someone else's entries, for anyone but HR and that person's managers"),
        (status = 422, description = "Invalid filter"),
    ))]
async fn entries(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<LeaveLedgerEntryAttributes>>>>> {
    let invalid = |field: &str| ApiError::invalid(field, format!("The selected {field} is invalid."));
    let employee = match query.text("filter[employee]") {
        None => None,
        Some("me") => Some(user.id),
        Some(text) => Some(text.parse::<i64>().map_err(|_| invalid("filter.employee"))?),
    };
    let someone_else = match employee {
        None => !user.is_hr(),
        Some(id) => !user.is_hr() && id != user.id,
    };
    let year = match query.text("filter[year]") {
        None => None,
        Some(text) => {
            Some(text.parse::<i32>().ok().filter(|y| (1970..=9999).contains(y)).ok_or_else(|| invalid("filter.year"))?)
        }
    };
    let leave_type = query.text("filter[leave_type]").map(str::to_owned);
    let page = (query.offset(), query.limit());
    let (entries, total) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let leave_type_id = match leave_type {
                None => None,
                Some(text) => {
                    Some(types::find(conn, user.company_id, &text)?.ok_or_else(|| invalid("filter.leave_type"))?.id)
                }
            };
            if someone_else {
                // A person who is not theirs, or not in their company, is refused alike: nothing is told.
                let theirs = match employee {
                    Some(id) => people::record::reports_to(conn, user.company_id, id, user.id)?,
                    None => false,
                };
                if !theirs {
                    return Err(ApiError::Forbidden);
                }
            }
            if let Some(id) = employee
                && people::record::get(conn, user.company_id, id)?.is_none()
            {
                return Err(invalid("filter.employee"));
            }
            let filter = LedgerFilter { employee_id: employee, leave_type_id, year };
            Ok(ledger::list(conn, user.company_id, &filter, page)?)
        })
        .await?;
    Ok(query.page(entries, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct AdjustmentInput {
    /// One of the company's people.
    employee_id: i64,
    /// The leave type's id or code.
    #[schema(example = "annual")]
    leave_type_id: String,
    /// The leave year the days count in.
    year: i32,
    /// Signed, not zero: days added (positive) or taken off (negative), at most 366 either way.
    days: i64,
    /// Why; required, at most 255 characters. Shown in the ledger and the audit trail.
    reason: String,
}

/// Adjust someone's balance (HR, extension).
///
/// Writes an `adjustment` entry in the ledger with its reason and author, and records it in the audit
/// trail.
#[utoipa::path(post, path = "/api/v1/leave-adjustments", tag = "Leave", security(("bearer" = [])),
    request_body = AdjustmentInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "The entry written", body = Document<Resource<LeaveLedgerEntryAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid person, type, year, days or reason"),
    ))]
async fn adjust(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "leave.adjust"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let mut v = Validator::new(&input.fields);
                let employee_id = v.optional_integer("employee_id");
                let leave_type_text = v.required_string("leave_type_id", Some(255));
                let year = v.optional_integer("year");
                let days = v.optional_leave_days("days");
                let reason = v.required_string("reason", Some(255));
                for field in ["employee_id", "year", "days"] {
                    if !v.is_present(field) {
                        v.fail(field, format!("The {} field is required.", field.replace('_', " ")));
                    }
                }
                if year.is_some_and(|y| !(1970..=9999).contains(&y)) {
                    v.fail("year", "The year field must be between 1970 and 9999.");
                }
                if days.is_some_and(LeaveDays::is_zero) {
                    v.fail("days", "The days field must not be zero.");
                } else if days.is_some_and(|d| d.max(-d) > LeaveDays::whole(ADJUSTMENT_MAX)) {
                    v.fail("days", format!("The days field must be between -{ADJUSTMENT_MAX} and {ADJUSTMENT_MAX}."));
                }
                if let Some(id) = employee_id
                    && people::record::get(conn, user.company_id, id)?.is_none()
                {
                    v.fail("employee_id", "The selected employee id is invalid.");
                }
                let leave_type = match &leave_type_text {
                    Some(text) => types::find(conn, user.company_id, text)?,
                    None => None,
                };
                if leave_type_text.is_some() && leave_type.is_none() {
                    v.fail("leave_type_id", "The selected leave type id is invalid.");
                }
                v.finish()?;
                let (Some(employee_id), Some(leave_type), Some(year), Some(days), Some(reason)) =
                    (employee_id, leave_type, year, days, reason)
                else {
                    return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
                };
                let adjustment =
                    Adjustment { employee_id, leave_type_id: leave_type.id, year: year as i32, days, reason };
                let entry = ledger::adjust(conn, user.company_id, user.id, adjustment)?;
                let after = json!({
                    "employee_id": entry.attributes.employee_id,
                    "leave_type": entry.attributes.leave_type,
                    "year": entry.attributes.year,
                    "days": entry.attributes.days,
                });
                let details = json!({ "before": null, "after": after, "reason": entry.attributes.reason });
                tx.audit("leave_ledger_entry", &entry.id, &details)?;
                idempotency::document(StatusCode::CREATED, entry)
            })
        })
        .await
}
