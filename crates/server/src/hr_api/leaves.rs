//! The employee's leave (`/me/leaves`, balances, cancel) and the approvers' view (`/leave-requests`).

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::leave::{self, Decision, Filter, Submission};
use crate::store::{CompanyClock, holidays, people};
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::calendar::{Half, LeaveSpan};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{LeaveBalanceAttributes, LeaveRequestAttributes, Role};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type RequestPage = JsonApi<Document<Vec<Resource<LeaveRequestAttributes>>>>;
const STATUSES: &[&str] = &["pending", "approved", "rejected", "cancelled"];

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_leaves, submit))
        .routes(routes!(cancel))
        .routes(routes!(balances))
        .routes(routes!(leave_requests))
        .routes(routes!(act))
}

/// The authenticated employee's leave requests.
///
/// Newest first, each with its approval steps. `filter[status]` narrows the list.
#[utoipa::path(get, path = "/api/v1/me/leaves", tag = "Me", security(("bearer" = [])),
    params(("filter[status]" = Option<String>, Query, description = "pending|approved|rejected|cancelled"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses((status = 200, description = "The requests", body = Document<Vec<Resource<LeaveRequestAttributes>>>)))]
async fn my_leaves(State(state): State<AppState>, user: AuthUser, query: ListQuery) -> ApiResult<RequestPage> {
    let status = query.filter_one_of("status", STATUSES)?;
    let (offset, limit) = (query.offset(), query.limit());
    let (requests, total) = state
        .db
        .read(move |conn| {
            let filter = Filter { status, employees: Some(vec![user.id]), awaiting: None };
            leave::list(conn, user.company_id, &filter, offset, limit)
        })
        .await?;
    Ok(query.page(requests, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct LeaveSubmission {
    /// The leave type's id or code (`annual`, `sick`).
    #[schema(example = "annual")]
    leave_type_id: String,
    /// Must be a valid date. Must be a date after or equal to today.
    #[schema(example = "2052-07-25")]
    start_date: String,
    /// Must be a valid date. Must be a date after or equal to start_date.
    #[schema(example = "2052-07-25")]
    end_date: String,
    /// Extension: `afternoon` starts the leave at midday of `start_date`; `morning` (the default) takes
    /// the whole day. Refused by a leave type taken in whole days.
    #[schema(example = "morning")]
    start_half: Option<Half>,
    /// Extension: `morning` ends the leave at midday of `end_date`; `afternoon` (the default) takes the
    /// whole day. A leave of one day that starts in the afternoon cannot end in the morning.
    #[schema(example = "afternoon")]
    end_half: Option<Half>,
    /// Must not be greater than 255 characters.
    reason: Option<String>,
}

/// Submit a leave request (enters the approval chain).
///
/// Working days are counted: those of the employee's working week (their branch's, or the company's;
/// Monday to Friday by default) that are not public holidays of their company or branch
/// (`GET /api/v1/me/calendar`). A request with none, one overlapping another pending or approved request,
/// or one exceeding the balance (pending requests count against it) is refused with 422. The days are
/// booked as counted: a holiday added later does not change them.
/// The leave type's policy applies (`GET /api/v1/leave-types`): a type that counts non-working days
/// counts every day, a start with less than its notice is refused ("The start date must be at least N
/// days from today."), its negative allowance lets the balance go that far below zero, and its chain
/// decides the approvers: the employee's manager then HR (the default), the manager alone, or nobody
/// (approved at once), plus HR above the type's extra-step threshold.
#[utoipa::path(post, path = "/api/v1/me/leaves", tag = "Me", security(("bearer" = [])),
    request_body = LeaveSubmission,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Submitted", body = Document<Resource<LeaveRequestAttributes>>),
        (status = 422, description = "Invalid dates, overlap or insufficient balance"),
    ))]
async fn submit(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    state
        .db
        .write(Change::routine(user.actor(), "leave.request").own_leave(), move |conn| {
            idempotency::once(conn, user.id, &input, |conn| {
                let today = CompanyClock::load(conn, user.company_id)?.today();
                let mut v = Validator::new(&input.fields);
                let leave_type_text = v.required_string("leave_type_id", Some(255));
                let start_date = v.required_date("start_date");
                let end_date = v.required_date("end_date");
                let reason = v.optional_string("reason", Some(255));
                let halves = ["morning", "afternoon"];
                let start_half = v.optional_one_of("start_half", &halves).and_then(|h| Half::parse(&h));
                let end_half = v.optional_one_of("end_half", &halves).and_then(|h| Half::parse(&h));
                let (start_half, end_half) = (start_half.unwrap_or(Half::Morning), end_half.unwrap_or(Half::Afternoon));
                if start_date.is_some()
                    && start_date == end_date
                    && (start_half, end_half) == (Half::Afternoon, Half::Morning)
                {
                    v.fail("end_half", "A leave of one day that starts in the afternoon must end in the afternoon.");
                }
                v.after_or_equal("start_date", start_date, today, "today");
                if let Some(start) = start_date {
                    v.after_or_equal("end_date", end_date, start, "start date");
                }
                // A retired type can no longer be requested.
                let leave_type = match &leave_type_text {
                    Some(text) => leave::leave_type(conn, user.company_id, text)?.filter(|t| !t.policy.retired),
                    None => None,
                };
                if leave_type_text.is_some() && leave_type.is_none() {
                    v.fail("leave_type_id", "The selected leave type id is invalid.");
                }
                v.finish()?;
                let (Some(leave_type), Some(start_date), Some(end_date)) = (leave_type, start_date, end_date) else {
                    return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
                };
                let span = LeaveSpan { start: start_date, start_half, end: end_date, end_half };
                let request = leave::submit(conn, &user.member(), Submission { leave_type, span, reason })?;
                idempotency::document(StatusCode::CREATED, request)
            })
        })
        .await
}

/// Cancel one of the employee's own leave requests (extension).
///
/// Pending requests, and approved ones that have not started, can be cancelled; their days return to the
/// balance. Cancelling an approved request needs no approval: those who approved it, and the employee's
/// manager, get a `leave.cancelled` notification.
#[utoipa::path(post, path = "/api/v1/me/leaves/{leave_id}/cancel", tag = "Me", security(("bearer" = [])),
    params(("leave_id" = i64, Path, description = "The ID of the leave request"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "Cancelled", body = Document<Resource<LeaveRequestAttributes>>),
        (status = 404, description = "Not one of the employee's requests"),
        (status = 422, description = "No longer cancellable"),
    ))]
async fn cancel(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(leave_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    state
        .db
        .write(Change::by(user.actor(), "leave.cancel"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let cancelled = leave::cancel(conn, &user.member(), leave_id)?;
                tx.audit("leave_request", &cancelled.request.id, &cancelled.audit)?;
                idempotency::document(StatusCode::OK, cancelled.request)
            })
        })
        .await
}

/// Current-year leave balances.
///
/// One per leave type: `entitled`, `used` (approved), `pending` and `remaining` (entitled − used −
/// pending), in working days to the half day, of the leave year under way (which starts in the month
/// `GET /api/v1/leave-year` says). `?year=` asks for another leave year, by the calendar year it starts
/// in, or `next` (extension) for the one after the current one.
#[utoipa::path(get, path = "/api/v1/me/leave-balances", tag = "Me", security(("bearer" = [])),
    params(("year" = Option<String>, Query, description = "A leave year (1970 to 9999) or `next`; defaults to the current leave year")),
    responses((status = 200, description = "Balances", body = Document<Vec<Resource<LeaveBalanceAttributes>>>)))]
async fn balances(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<LeaveBalanceAttributes>>>>> {
    let mut v = query.validator();
    let next = query.text("year") == Some("next");
    let year = if next { None } else { v.optional_integer("year") };
    if year.is_some_and(|y| !(1970..=9999).contains(&y)) {
        v.fail("year", "The year field must be between 1970 and 9999.");
    }
    v.finish()?;
    let balances = state
        .db
        .read(move |conn| {
            let year = match year {
                Some(year) => year as i32,
                None => {
                    let today = CompanyClock::load(conn, user.company_id)?.today();
                    holidays::leave_year_of(conn, user.company_id)?.of(today) + i32::from(next)
                }
            };
            leave::balances(conn, user.company_id, user.id, year)
        })
        .await?;
    Ok(JsonApi(StatusCode::OK, Document::new(balances)))
}

/// List company leave requests (HR/manager).
///
/// HR sees the company's requests, a manager those of their reports. `filter[status]` narrows the list;
/// `filter[awaiting]=me` keeps the requests whose current step the caller may act on.
///
/// Extension: each pending request carries what its approver weighs it against, `balance` (the
/// requester's balance of that leave type in the start date's year, this request counted), `overlapping`
/// (the first ten requests of others in the requester's team, among those the caller may see, off on any
/// of its days) and `overlapping_people` (how many people that is in all), so the app can show them
/// offline from its copy of this list.
#[utoipa::path(get, path = "/api/v1/leave-requests", tag = "Leave", security(("bearer" = [])),
    params(("filter[status]" = Option<String>, Query, description = "pending|approved|rejected|cancelled"),
        ("filter[awaiting]" = Option<String>, Query, description = "`me`: only requests the caller may act on now"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Requests, newest first", body = Document<Vec<Resource<LeaveRequestAttributes>>>),
        (status = 403, description = "Employees cannot list company leave requests"),
    ))]
async fn leave_requests(State(state): State<AppState>, user: AuthUser, query: ListQuery) -> ApiResult<RequestPage> {
    user.require(&[Role::Manager, Role::Hr])?;
    let status = query.filter_one_of("status", STATUSES)?;
    let awaiting = query.filter_one_of("awaiting", &["me"])?.map(|_| (user.id, user.is_hr()));
    let (offset, limit) = (query.offset(), query.limit());
    let (requests, total) = state
        .db
        .read(move |conn| {
            let scope = match user.role {
                Role::Hr => None,
                _ => Some(people::record::report_ids(conn, user.company_id, user.id)?),
            };
            let filter = Filter { status, employees: scope, awaiting };
            let (mut requests, total) = leave::list(conn, user.company_id, &filter, offset, limit)?;
            leave::context::add(conn, user.company_id, filter.employees.as_deref(), &mut requests)?;
            Ok::<_, ApiError>((requests, total))
        })
        .await?;
    Ok(query.page(requests, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ActRequest {
    /// Must be one of: approve, reject.
    #[schema(example = "approve")]
    decision: String,
    /// Must not be greater than 255 characters.
    notes: Option<String>,
}

/// Act on the current approval step (approve|reject).
///
/// Only the approver of the current step may act: the employee's manager on the manager step, HR on the
/// HR step (never on their own request). Reject ends the chain; the last approval approves the request
/// and books the days.
#[utoipa::path(post, path = "/api/v1/leave-requests/{leaveRequest_id}/act", tag = "Leave", security(("bearer" = [])),
    request_body = ActRequest,
    params(("leaveRequest_id" = i64, Path, description = "The ID of the leaveRequest"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The request after the decision", body = Document<Resource<LeaveRequestAttributes>>),
        (status = 403, description = "Not the approver of the current step"),
        (status = 404, description = "No such request in the caller's scope"),
        (status = 422, description = "Invalid decision or the request is no longer pending"),
    ))]
async fn act(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(leave_request_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Manager, Role::Hr])?;
    let mut v = Validator::new(&input.fields);
    let decision = v.required_one_of("decision", &["approve", "reject"]);
    let notes = v.optional_string("notes", Some(255));
    v.finish()?;
    let decision = if decision.as_deref() == Some("approve") { Decision::Approve } else { Decision::Reject };
    state
        .db
        .write(Change::by(user.actor(), "leave.decide"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let decided = leave::act(conn, &user.member(), leave_request_id, decision, notes)?;
                tx.audit("leave_request", &decided.request.id, &decided.audit)?;
                idempotency::document(StatusCode::OK, decided.request)
            })
        })
        .await
}
