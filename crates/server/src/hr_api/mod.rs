//! The app's own API, the Okta HR API v1 (seed 000): one module per resource, in Laravel's shapes (JSON:API
//! documents, 422 `{message, errors}`), answering browsers of any origin as its contract says. The
//! back-office extensions of the HR API join here.

mod attendance;
pub(crate) mod auth;
mod company;
mod directory;
mod internal;
mod leaves;
mod me;
mod payroll;

use crate::AppState;
use crate::auth::AuthUser;
use crate::http::authenticated;
use utoipa_axum::router::OpenApiRouter;

/// Every route of the HR API, each under the authentication its group needs: none to sign in, a signed-in
/// person's bearer token, or a service key for `/api/internal`. A route added to a group gets the group's
/// check before its handler runs.
pub fn router(state: AppState) -> OpenApiRouter<AppState> {
    let signed_in = OpenApiRouter::new()
        .merge(auth::router())
        .merge(me::router())
        .merge(attendance::router())
        .merge(leaves::router())
        .merge(directory::router())
        .merge(payroll::router())
        .merge(company::router())
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), authenticated::<AuthUser>));
    OpenApiRouter::new().merge(auth::public_router()).merge(signed_in).merge(internal::router(state))
}
