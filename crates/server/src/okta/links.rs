//! HAL `_links` on the management APIs' resources, absolute like Okta's.

use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use okta_hr_domain::okta::HrefObject;
use std::convert::Infallible;

/// The server's public address (`--public-url`, or the request's `Host`).
#[derive(Debug, Clone)]
pub struct BaseUrl(pub String);

impl BaseUrl {
    /// `{"href": "{base}{path}"}`.
    pub fn href(&self, path: &str) -> HrefObject {
        HrefObject::new(format!("{}{path}", self.0))
    }

    /// A link to an action, with the method it takes.
    pub fn action(&self, path: &str, method: &str) -> HrefObject {
        HrefObject::action(format!("{}{path}", self.0), method)
    }

    /// A link to a resource, with the methods it allows.
    pub fn allowing(&self, path: &str, methods: &[&str]) -> HrefObject {
        HrefObject::allowing(format!("{}{path}", self.0), methods)
    }
}

impl FromRequestParts<AppState> for BaseUrl {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(BaseUrl(state.settings.base_url(&parts.headers)))
    }
}
