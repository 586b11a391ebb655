//! The leave jobs (extension): HR reads the run log, previews what a job would write and runs it. The
//! server also runs them by itself (`leave_jobs.rs`).

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::{Change, Scope};
use crate::error::{ApiError, ApiResult};
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::CompanyClock;
use crate::store::leave::jobs;
use axum::extract::State;
use axum::http::StatusCode;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::leave_ledger::{JobPeriod, LeaveJob, LeaveJobOutcome, LeaveJobRunAttributes};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(runs)).routes(routes!(preview)).routes(routes!(run))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct JobInput {
    /// `yearly_grant`, `monthly_accrual`, `year_end` or `carry_over_expiry`.
    #[schema(example = "monthly_accrual")]
    job: String,
    /// `YYYY-MM` for the monthly accrual, `YYYY` for the others (the year ending, for the year-end).
    #[schema(example = "2026-03")]
    period: String,
}

fn job_and_period(input: &PostInput) -> ApiResult<(LeaveJob, JobPeriod)> {
    let mut v = Validator::new(&input.fields);
    let job = v.required_one_of("job", LeaveJob::NAMES).and_then(|name| LeaveJob::parse(&name));
    let period_text = v.required_string("period", Some(7));
    let period = match (job, &period_text) {
        (Some(job), Some(text)) => {
            let period = job.period(text);
            if period.is_none() {
                v.fail("period", "The period field format is invalid.");
            }
            period
        }
        _ => None,
    };
    v.finish()?;
    job.zip(period).ok_or_else(|| ApiError::internal(anyhow::anyhow!("validated fields missing")))
}

/// The leave jobs' run log, newest first (HR, extension).
///
/// Each run HR made, and each the server made by itself that wrote something or was the first for its
/// period, with how many entries and days it wrote.
#[utoipa::path(get, path = "/api/v1/leave-jobs", tag = "Leave", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Runs", body = Document<Vec<Resource<LeaveJobRunAttributes>>>),
        (status = 403, description = "HR only"),
    ))]
async fn runs(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<LeaveJobRunAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let page = (query.offset(), query.limit());
    let (runs, total) = state.db.read(move |conn| jobs::runs(conn, user.company_id, page)).await?;
    Ok(query.page(runs, total))
}

/// What a leave job would write, per person; nothing is written (HR, extension).
///
/// Entries already written (by an earlier run) are left out, so a preview after a run is empty.
#[utoipa::path(post, path = "/api/v1/leave-jobs/preview", tag = "Leave", security(("bearer" = [])),
    request_body = JobInput,
    responses(
        (status = 200, description = "The entries a run would write", body = Document<LeaveJobOutcome>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Unknown job, or a period it cannot run for"),
    ))]
async fn preview(
    State(state): State<AppState>,
    user: AuthUser,
    input: PostInput,
) -> ApiResult<JsonApi<Document<LeaveJobOutcome>>> {
    user.require(&[Role::Hr])?;
    let (job, period) = job_and_period(&input)?;
    let outcome = state
        .db
        .read(move |conn| {
            let today = CompanyClock::load(conn, user.company_id)?.today();
            jobs::refuse_period(conn, user.company_id, job, period, today)?;
            jobs::preview(conn, user.company_id, job, period, today)
        })
        .await?;
    Ok(JsonApi(StatusCode::OK, Document::new(outcome)))
}

/// Run a leave job (HR, extension).
///
/// Writes what the preview shows and logs the run; running it again for the same period writes nothing
/// (`entry_count` 0) and is logged as such. Recorded in the audit trail.
#[utoipa::path(post, path = "/api/v1/leave-jobs/run", tag = "Leave", security(("bearer" = [])),
    request_body = JobInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The entries written", body = Document<LeaveJobOutcome>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Unknown job, or a period it cannot run for"),
    ))]
async fn run(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let (job, period) = job_and_period(&input)?;
    state
        .db
        .write(Change::by(user.actor(), "leave_job.run").within(Scope::LeaveBalances(user.company_id)), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let today = CompanyClock::load(conn, user.company_id)?.today();
                jobs::refuse_period(conn, user.company_id, job, period, today)?;
                let ran = jobs::run(conn, user.company_id, Some(user.id), job, period, today)?;
                let run_id = ran.logged.map(|id| id.to_string()).unwrap_or_default();
                tx.audit("leave_job_run", &run_id, &ran.audited())?;
                idempotency::document(StatusCode::OK, ran.outcome)
            })
        })
        .await
}
