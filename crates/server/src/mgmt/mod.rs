//! The directory, identity-management and org APIs (seeds 001 to 004) in Okta's style: Okta's error object,
//! cursor pagination with `Link` headers, `_links` on resources and `SSWS` API tokens as well as the
//! app's bearer tokens. They read and write the same people, departments and company as the HR API.

pub mod auth;
pub mod body;
pub mod directory;
pub mod error;
pub mod fields;
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
use utoipa_axum::router::OpenApiRouter;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(users::router())
        .merge(org::router())
        .merge(subscriptions::router())
        .merge(sms_templates::router())
        .merge(threats::router())
        .merge(trusted_origins::router())
        .merge(directory::router())
}
