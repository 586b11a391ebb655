//! The body of a POST: a JSON object, plus what idempotent handling needs to know about it.

use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

const MAX_IDEMPOTENCY_KEY_CHARS: usize = 255;

/// A POST's JSON fields, its `Idempotency-Key` and a fingerprint of the request.
pub struct PostInput {
    pub fields: Map<String, Value>,
    pub idempotency_key: Option<String>,
    /// Method, path and body hashed, so a key reused for a different request is caught.
    pub fingerprint: String,
}

impl<S: Send + Sync> FromRequest<S> for PostInput {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let idempotency_key = match request.headers().get("idempotency-key") {
            None => None,
            Some(value) => {
                let key = value.to_str().map(str::trim).unwrap_or_default();
                if key.is_empty() || key.chars().count() > MAX_IDEMPOTENCY_KEY_CHARS {
                    return Err(ApiError::invalid(
                        "idempotency_key",
                        "The Idempotency-Key header must be 1 to 255 visible ASCII characters.",
                    ));
                }
                Some(key.to_owned())
            }
        };
        let method = request.method().clone();
        let path = request.uri().path().to_owned();
        let body = Bytes::from_request(request, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::invalid("body", "The request body could not be read.")
            }
        })?;
        let fields = parse_object(&body)?;
        let mut hasher = Sha256::new();
        hasher.update(method.as_str());
        hasher.update(b" ");
        hasher.update(path.as_bytes());
        hasher.update(b"\n");
        hasher.update(serde_json::to_vec(&fields).unwrap_or_default());
        Ok(PostInput { fields, idempotency_key, fingerprint: hex::encode(hasher.finalize()) })
    }
}

/// An empty body is an empty object; anything but a JSON object is refused with a 422.
pub fn parse_object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(fields)) => Ok(fields),
        Ok(_) => Err(ApiError::invalid("body", "The request body must be a JSON object.")),
        Err(_) => Err(ApiError::invalid("body", "The request body is not valid JSON.")),
    }
}
