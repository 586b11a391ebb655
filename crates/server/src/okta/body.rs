//! The JSON body of a management request, read leniently as Okta's clients send it.

use crate::error::ApiError;
use crate::okta::error::OktaError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde_json::{Map, Value};

async fn read<S: Send + Sync>(request: Request, state: &S) -> Result<Bytes, OktaError> {
    Bytes::from_request(request, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            OktaError::from(ApiError::PayloadTooLarge)
        } else {
            OktaError::MalformedBody
        }
    })
}

/// A JSON object body; an empty body is an empty object. Anything else answers E0000003.
pub struct OktaBody(pub Map<String, Value>);

impl<S: Send + Sync> FromRequest<S> for OktaBody {
    type Rejection = OktaError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let body = read(request, state).await?;
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(OktaBody(Map::new()));
        }
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Object(fields)) => Ok(OktaBody(fields)),
            _ => Err(OktaError::MalformedBody),
        }
    }
}

impl OktaBody {
    pub fn object(&self, name: &str) -> Option<&Map<String, Value>> {
        self.0.get(name).and_then(Value::as_object)
    }
}

/// A JSON array body (the Directory API's "set groups for entity" takes one).
pub struct OktaArray(pub Vec<Value>);

impl<S: Send + Sync> FromRequest<S> for OktaArray {
    type Rejection = OktaError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let body = read(request, state).await?;
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Array(items)) => Ok(OktaArray(items)),
            _ => Err(OktaError::MalformedBody),
        }
    }
}
