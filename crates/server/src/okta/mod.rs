//! The directory, identity-management and org APIs (seeds 001 to 004) in Okta's style: Okta's error object,
//! cursor pagination with `Link` headers, `_links` on resources and `SSWS` API tokens as well as the
//! app's bearer tokens. They read and write the same people, departments and company as the HR API.

pub mod auth;
pub mod body;
pub mod directory;
pub mod error;
pub mod fields;
pub mod filter;
pub mod groups;
pub mod links;
pub mod org;
pub mod page;
pub mod resource;
pub mod sms_templates;
pub mod subscriptions;
pub mod threats;
pub mod trusted_origins;
pub mod users;

use crate::AppState;
use crate::http::authenticated;
use axum::middleware::from_fn_with_state;
use utoipa_axum::router::OpenApiRouter;

/// The administration APIs, which browsers may call only from an origin an administrator trusts. Each
/// group authenticates its callers before any handler runs: the Users, identity and Org APIs take an
/// `SSWS` API token or the app's bearer token, the Directory API also a user's JWT.
pub fn router(state: AppState) -> OpenApiRouter<AppState> {
    let management = OpenApiRouter::new()
        .merge(users::router())
        .merge(groups::router())
        .merge(org::router())
        .merge(subscriptions::router())
        .merge(sms_templates::router())
        .merge(threats::router())
        .merge(trusted_origins::router())
        .route_layer(from_fn_with_state(state.clone(), authenticated::<auth::Caller>));
    let directory =
        directory::router().route_layer(from_fn_with_state(state, authenticated::<directory::jwt::DirectoryCaller>));
    management.merge(directory)
}

/// What a browser of any origin may call: signing in for a Directory API token, and the org's logo.
pub fn public_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().merge(directory::jwt::router()).merge(org::logo::public_router())
}
