//! HTTP plumbing shared by the routes: JSON:API responses, list queries, POST input, idempotency.

pub mod idempotency;
pub mod input;
pub mod jsonapi;
pub mod page_cache;
pub mod rate_limit;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The peer address of the connection, when the server was started with connect info.
pub struct ClientIp(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip())))
    }
}

/// A numeric id in the path; anything else is a 404, as Laravel's route model binding answers.
pub struct PathId(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = crate::error::ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let axum::extract::Path(raw) = axum::extract::Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| crate::error::ApiError::NotFound("Not Found.".to_owned()))?;
        raw.parse().map(PathId).map_err(|_| crate::error::ApiError::NotFound("Not Found.".to_owned()))
    }
}
