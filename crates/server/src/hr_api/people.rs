//! Hiring and changing people (HR, extension): one step creates the employee record and their sign-in
//! user and answers the activation link to hand over; a change to someone's title, department, branch,
//! manager or employment type is effective-dated, applied at once when its day has come and by the
//! server's job (`people_schedule.rs`) when it is later, and kept as their history.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::okta::links::BaseUrl;
use crate::okta::users::{ONE_TIME_TOKEN_HOURS, new_one_time_token, set_password_url};
use crate::secrets::sha256_hex;
use crate::store::people::employment::{self, FieldChange, Hire};
use crate::store::{CompanyClock, people};
use axum::extract::State;
use axum::http::StatusCode;
use chrono::Utc;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::people::{ActivationLink, EMPLOYMENT_TYPES, EmployeeChangeAttributes, HireMeta};
use okta_hr_domain::validation::{ValidationErrors, Validator};
use okta_hr_domain::wire::{EmployeeAttributes, Role};
use serde::Deserialize;
use serde_json::{Value, json};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const NAME_MAX: usize = 100;
const TITLE_MAX: usize = 150;
const REASON_MAX: usize = 500;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(hire)).routes(routes!(change)).routes(routes!(history))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct HireInput {
    first_name: String,
    last_name: String,
    /// Unique; it is also the person's sign-in.
    email: String,
    job_title: String,
    department_id: i64,
    branch_id: i64,
    manager_id: Option<i64>,
    #[schema(example = "2027-01-04")]
    start_date: String,
    /// full_time | part_time | contractor | intern
    employment_type: String,
    /// ISO weekday numbers (Monday 1 to Sunday 7); their branch's week when omitted.
    working_days: Option<Vec<u8>>,
}

/// An id field: present, an integer.
fn required_id(v: &mut Validator, field: &str) -> Option<i64> {
    if !v.is_present(field) {
        v.fail(field, format!("The {} field is required.", field.replace('_', " ")));
        return None;
    }
    v.optional_integer(field)
}

fn hire_input(input: &PostInput) -> ApiResult<Hire> {
    let mut v = Validator::new(&input.fields);
    let first_name = v.required_string("first_name", Some(NAME_MAX));
    let last_name = v.required_string("last_name", Some(NAME_MAX));
    let email = v.required_email("email");
    let job_title = v.required_string("job_title", Some(TITLE_MAX));
    let department_id = required_id(&mut v, "department_id");
    let branch_id = required_id(&mut v, "branch_id");
    let manager_id = v.optional_integer("manager_id");
    let start_date = v.required_date("start_date");
    let employment_type = v.required_one_of("employment_type", &EMPLOYMENT_TYPES);
    let working_days = v.optional_weekdays("working_days");
    v.finish()?;
    match (first_name, last_name, email, job_title, department_id, branch_id, start_date, employment_type) {
        (
            Some(first_name),
            Some(last_name),
            Some(email),
            Some(job_title),
            Some(department_id),
            Some(branch_id),
            Some(start_date),
            Some(employment_type),
        ) => Ok(Hire {
            first_name,
            last_name,
            email,
            job_title,
            department_id,
            branch_id,
            manager_id,
            start_date,
            employment_type,
            working_days,
        }),
        _ => Err(ApiError::internal(anyhow::anyhow!("validated fields missing"))),
    }
}

/// Hire someone in one step (HR, extension).
///
/// Creates the employee record and their sign-in user, PROVISIONED as the Users API's activation of a
/// user without a password makes them, and answers the employee with a one-time activation link in
/// `meta.activation` (valid 7 days) to hand over: with it they set a password at
/// `POST /api/v1/auth/set-password` and sign in. The link is shown once and never stored (a replay of the
/// same `Idempotency-Key` answers `activation: null`); the audit trail records only that one was issued.
#[utoipa::path(post, path = "/api/v1/employees", tag = "People", security(("bearer" = [])),
    request_body = HireInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Hired; the activation link in meta", body = Document<Resource<EmployeeAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid or taken email, unknown or retired department or branch, unknown manager"),
    ))]
async fn hire(State(state): State<AppState>, user: AuthUser, base: BaseUrl, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let hire = hire_input(&input)?;
    let token = new_one_time_token();
    let token_hash = sha256_hex(&token);
    let link = ActivationLink {
        activation_url: set_password_url(&base, &token),
        activation_token: token,
        expires_at: Utc::now() + chrono::Duration::hours(ONE_TIME_TOKEN_HOURS),
    };
    let mut outcome = state
        .db
        .write(Change::by(user.actor(), "employee.hire"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let mut errors = ValidationErrors::default();
                employment::check_placement(
                    conn,
                    user.company_id,
                    Some(hire.department_id),
                    Some(hire.branch_id),
                    hire.manager_id,
                    &mut errors,
                )?;
                if !errors.is_empty() {
                    return Err(errors.into());
                }
                let id = employment::hire(conn, user.company_id, &hire, &token_hash, ONE_TIME_TOKEN_HOURS)?;
                let employee =
                    people::record::get(conn, user.company_id, id)?.ok_or_else(|| ApiError::not_found("Employee"))?;
                let (employment_type, working_days) =
                    employment::terms(conn, user.company_id, id)?.ok_or_else(|| ApiError::not_found("Employee"))?;
                let after = json!({
                    "employee": employee.attributes,
                    "department_id": hire.department_id,
                    "branch_id": hire.branch_id,
                    "manager_id": hire.manager_id,
                    "employment_type": employment_type,
                    "working_days": working_days,
                    "user_status": "PROVISIONED",
                });
                // That a link was issued, never the link.
                let details = json!({ "before": null, "after": after, "activation_link_issued": true });
                tx.audit("employee", &id.to_string(), &details)?;
                // The answer kept for replays holds no link: a stored link would open the account to
                // anyone who reads the database. The first answer gets it below.
                let meta =
                    HireMeta { activation: None, employment_type, working_days, user_status: "PROVISIONED".to_owned() };
                let body = json!({ "data": employee, "meta": meta });
                Ok((StatusCode::CREATED, body))
            })
        })
        .await?;
    if outcome.status == StatusCode::CREATED && !outcome.replayed {
        outcome.body["meta"]["activation"] = json!(link);
    }
    Ok(outcome)
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ChangeInput {
    job_title: Option<String>,
    department_id: Option<i64>,
    branch_id: Option<i64>,
    /// `null` removes the manager.
    manager_id: Option<i64>,
    /// full_time | part_time | contractor | intern
    employment_type: Option<String>,
    /// The day the change takes effect; today when omitted. A later day schedules it.
    effective_date: Option<String>,
    reason: Option<String>,
}

/// The fields sent and their new values, checked for shape.
fn field_changes(v: &mut Validator, fields: &serde_json::Map<String, Value>) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    if let Some(title) = v.optional_string("job_title", Some(TITLE_MAX)) {
        changes.push(FieldChange { field: "job_title", after: Some(title) });
    }
    for field in ["department_id", "branch_id"] {
        if let Some(id) = v.optional_integer(field) {
            changes.push(FieldChange { field, after: Some(id.to_string()) });
        }
    }
    if fields.get("manager_id") == Some(&Value::Null) {
        changes.push(FieldChange { field: "manager_id", after: None });
    } else if let Some(id) = v.optional_integer("manager_id") {
        changes.push(FieldChange { field: "manager_id", after: Some(id.to_string()) });
    }
    if v.is_present("employment_type")
        && let Some(kind) = v.required_one_of("employment_type", &EMPLOYMENT_TYPES)
    {
        changes.push(FieldChange { field: "employment_type", after: Some(kind) });
    }
    changes
}

/// Change someone's job, department, branch, manager or employment type (HR, extension).
///
/// Effective `effective_date` (today in the company's time zone when omitted): a change dated today or
/// earlier applies at once, a later one is scheduled and applied by the server on its day. Every field
/// changed is a line of the person's history with its author and reason. Answers those lines.
#[utoipa::path(patch, path = "/api/v1/employees/{id}", tag = "People", security(("bearer" = [])),
    request_body = ChangeInput,
    params(("id" = i64, Path, description = "The ID of the employee"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The changes recorded", body = Document<Vec<Resource<EmployeeChangeAttributes>>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such employee in the company"),
        (status = 422, description = "Nothing to change, unknown or retired department or branch, a manager loop"),
    ))]
async fn change(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(employee_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "employee.change"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                people::record::get(conn, user.company_id, employee_id)?
                    .ok_or_else(|| ApiError::not_found("Employee"))?;
                let mut v = Validator::new(&input.fields);
                let changes = field_changes(&mut v, &input.fields);
                let effective = v.optional_date("effective_date");
                let reason = v.optional_string("reason", Some(REASON_MAX));
                if changes.is_empty() && !v.has_error("job_title") {
                    v.fail(
                        "job_title",
                        "Send at least one of job title, department, branch, manager or employment type.",
                    );
                }
                v.finish()?;
                let id_of = |field: &str| {
                    changes.iter().find(|c| c.field == field).and_then(|c| c.after.as_deref()?.parse::<i64>().ok())
                };
                let mut errors = ValidationErrors::default();
                let manager = id_of("manager_id");
                employment::check_placement(
                    conn,
                    user.company_id,
                    id_of("department_id"),
                    id_of("branch_id"),
                    manager,
                    &mut errors,
                )?;
                if let Some(manager) = manager
                    && (manager == employee_id
                        || people::record::reports_to(conn, user.company_id, manager, employee_id)?)
                {
                    errors.add("manager_id", "A person cannot be managed by themselves or by their own report.");
                }
                if !errors.is_empty() {
                    return Err(errors.into());
                }
                let effective = match effective {
                    Some(day) => day,
                    None => CompanyClock::load(conn, user.company_id)?.today(),
                };
                let ids = employment::record(
                    conn,
                    user.company_id,
                    employee_id,
                    &changes,
                    effective,
                    Some(user.id),
                    reason.as_deref(),
                )?;
                let recorded = employment::changes_by_id(conn, user.company_id, employee_id, &ids)?;
                let fields: serde_json::Map<String, Value> = recorded
                    .iter()
                    .map(|c| {
                        (
                            c.attributes.field.clone(),
                            json!({ "before": c.attributes.before, "after": c.attributes.after }),
                        )
                    })
                    .collect();
                let details = json!({
                    "changes": fields,
                    "effective_date": effective,
                    "reason": reason,
                    "scheduled": recorded.iter().any(|c| c.attributes.applied_at.is_none()),
                });
                tx.audit("employee", &employee_id.to_string(), &details)?;
                idempotency::document(StatusCode::OK, recorded)
            })
        })
        .await
}

/// A person's history of changes, the latest effective first (extension).
///
/// HR reads anyone's, a manager the people below them; scheduled changes are listed with `status:
/// scheduled` until their day.
#[utoipa::path(get, path = "/api/v1/employees/{id}/history", tag = "People", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The ID of the employee"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "The changes", body = Document<Vec<Resource<EmployeeChangeAttributes>>>),
        (status = 403, description = "Neither HR nor one of their managers"),
        (status = 404, description = "No such employee in the company"),
    ))]
async fn history(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(employee_id): PathId,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<EmployeeChangeAttributes>>>>> {
    let (offset, limit) = (query.offset(), query.limit());
    let (page, total) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            people::record::get(conn, user.company_id, employee_id)?.ok_or_else(|| ApiError::not_found("Employee"))?;
            if !user.is_hr() && !people::record::reports_to(conn, user.company_id, employee_id, user.id)? {
                return Err(ApiError::Forbidden);
            }
            let all = employment::history(conn, user.company_id, employee_id)?;
            let total = all.len() as u64;
            let page = all.into_iter().skip(offset as usize).take(limit as usize).collect::<Vec<_>>();
            Ok((page, total))
        })
        .await?;
    Ok(query.page(page, total))
}
