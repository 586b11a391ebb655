//! The app's own API, the Okta HR API v1 (seed 000): one module per resource, in Laravel's shapes (JSON:API
//! documents, 422 `{message, errors}`), answering browsers of any origin as its contract says. The
//! back-office extensions of the HR API join here.

mod announcement_input;
mod announcements;
mod asset_problems;
mod assets;
mod attendance;
mod audit;
pub(crate) mod auth;
mod corrections;
mod directory;
mod holidays;
mod internal;
mod leave_jobs;
mod leave_ledger;
mod leave_types;
mod leave_year;
mod leaves;
mod me;
mod offboarding;
mod org_units;
mod pay_people;
mod pay_setup;
mod payroll;
mod payroll_files;
mod payroll_runs;
mod people;
mod self_service;
mod shifts;
mod working_weeks;

use crate::AppState;
use crate::auth::{AuthUser, PunchCaller};
use crate::http::authenticated;
use utoipa_axum::router::OpenApiRouter;

/// Every route of the HR API, each under the authentication its group needs: none to sign in, a signed-in
/// person's bearer token, a bearer token that may belong to someone HR has since dismissed (check-in and
/// check-out, which then decide by when the punch was recorded), or a service key for `/api/internal`.
/// A route added to a group gets the group's check before its handler runs.
pub fn router(state: AppState) -> OpenApiRouter<AppState> {
    let signed_in = OpenApiRouter::new()
        .merge(auth::router())
        .merge(me::router())
        .merge(attendance::router())
        .merge(corrections::router())
        .merge(shifts::router())
        .merge(leaves::router())
        .merge(leave_types::router())
        .merge(leave_year::router())
        .merge(leave_ledger::router())
        .merge(leave_jobs::router())
        .merge(directory::router())
        .merge(payroll::router())
        .merge(pay_setup::router())
        .merge(pay_people::router())
        .merge(payroll_runs::router())
        .merge(payroll_files::router())
        .merge(assets::router())
        .merge(asset_problems::router())
        .merge(announcements::router())
        .merge(holidays::router())
        .merge(working_weeks::router())
        .merge(audit::router())
        .merge(people::router())
        .merge(offboarding::router())
        .merge(org_units::router())
        .merge(self_service::router())
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), authenticated::<AuthUser>));
    let punching = attendance::punch_router()
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), authenticated::<PunchCaller>));
    OpenApiRouter::new()
        .merge(auth::public_router())
        .merge(punching)
        .merge(signed_in)
        .merge(internal::router(state))
        .layer(axum::middleware::from_fn(crate::http::translate::validation_messages))
}
