//! HTTP plumbing shared by the routes: JSON:API responses, list queries, POST input, idempotency.

pub mod idempotency;
pub mod input;
pub mod jsonapi;
pub mod page_cache;
pub mod rate_limit;
pub mod translate;

use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The address a request comes from: the connection's peer, or, when the peer is one of the proxies
/// the server was told to trust, the last address in `X-Forwarded-For` that is not a trusted proxy.
/// Sign-in throttling and ThreatInsight count per client address, so behind a load balancer they must
/// see the client, not the balancer; and from anyone else the header is ignored, so a guesser cannot
/// escape the throttle by writing a new address into it.
pub struct ClientIp(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip());
        let trusted = &state.settings.trusted_proxies;
        let Some(peer) = peer.filter(|peer| trusted.contains(peer)) else {
            return Ok(ClientIp(peer));
        };
        let forwarded = parts.headers.get_all("x-forwarded-for").iter().filter_map(|value| value.to_str().ok());
        let hops: Vec<IpAddr> =
            forwarded.flat_map(|value| value.split(',')).filter_map(|hop| hop.trim().parse().ok()).collect();
        Ok(ClientIp(Some(hops.into_iter().rev().find(|hop| !trusted.contains(hop)).unwrap_or(peer))))
    }
}

/// An API family's authentication as a layer: extracts the caller `T` before the handler runs, or answers
/// with `T`'s rejection. `T` keeps what it found in the request's extensions, so the handler's own `T`
/// reads it from there rather than checking the credential again.
pub async fn authenticated<T>(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Result<Response, T::Rejection>
where
    T: FromRequestParts<AppState>,
{
    let (mut parts, body) = request.into_parts();
    T::from_request_parts(&mut parts, &state).await?;
    Ok(next.run(Request::from_parts(parts, body)).await)
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
