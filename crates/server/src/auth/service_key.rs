//! `X-Service-Key` authentication and rate limiting for `/api/internal/*`.

use crate::AppState;
use crate::db::OptionalExtension;
use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The suite service calling, and the one company its key is scoped to.
#[derive(Debug, Clone, Copy)]
pub struct ServiceClient {
    pub company_id: i64,
}

/// Counts the request against its key's window, then checks the key. Every answer, refusals
/// included, carries `X-RateLimit-Limit` and `X-RateLimit-Remaining`.
pub async fn service_key_guard(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let presented = request
        .headers()
        .get("x-service-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(crate::secrets::sha256_hex);
    let bucket = presented.clone().unwrap_or_else(|| "missing-key".to_owned());
    let decision = match state.service_limiter.hit(&bucket).await {
        Ok(decision) => decision,
        Err(error) => return error.into_response(),
    };

    let mut response = if !decision.allowed {
        ApiError::TooManyAttempts { retry_after_secs: decision.retry_after_secs }.into_response()
    } else {
        match lookup(&state, presented).await {
            Ok(Some(client)) => {
                request.extensions_mut().insert(client);
                next.run(request).await
            }
            Ok(None) => ApiError::InvalidServiceKey.into_response(),
            Err(error) => error.into_response(),
        }
    };
    let headers = response.headers_mut();
    headers.insert("x-ratelimit-limit", HeaderValue::from(decision.limit));
    headers.insert("x-ratelimit-remaining", HeaderValue::from(decision.remaining));
    response
}

async fn lookup(state: &AppState, key_hash: Option<String>) -> Result<Option<ServiceClient>, ApiError> {
    let Some(key_hash) = key_hash else { return Ok(None) };
    state
        .db
        .read(move |conn| {
            Ok(conn
                .prepare_cached("SELECT company_id FROM service_keys WHERE key_hash = ?1")?
                .query_row([key_hash], |r| Ok(ServiceClient { company_id: r.get(0)? }))
                .optional()?)
        })
        .await
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ServiceClient {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<ServiceClient>().copied().ok_or(ApiError::InvalidServiceKey)
    }
}
