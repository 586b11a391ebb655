//! Okta's error object, for the identity, directory and org APIs.
//!
//! Every error carries `errorCode`, `errorSummary`, `errorLink`, `errorId` and `errorCauses` as Okta's
//! clients expect. A validation failure answers 400 `E0000001` as Okta's does (clients test for 400, for
//! example to skip a login that already exists) and also carries Laravel's `message` and `errors`, so one
//! client reads the failing fields of both APIs the same way.

use crate::error::ApiError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use indexmap::IndexMap;
use okta_hr_domain::lifecycle::Refusal;
use rand::Rng;
use rand::distr::Alphanumeric;
use serde_json::{Value, json};

#[derive(Debug, thiserror::Error)]
pub enum OktaError {
    /// E0000011: no credentials, or ones the server does not know.
    #[error("Invalid token provided")]
    InvalidToken,
    /// E0000006: the caller is known but may not do this.
    #[error("You do not have permission to perform the requested action")]
    Forbidden,
    /// E0000007: `what` is the resource's id, `kind` its type (`User`, `Group`, …).
    #[error("Not found: Resource not found: {id} ({kind})")]
    NotFound { id: String, kind: &'static str },
    /// E0000001 with the failing fields and their messages.
    #[error("Api validation failed: {}", summary_of(.0))]
    Validation(IndexMap<String, Vec<String>>),
    /// E0000003: the body is not JSON, or not the JSON object the route reads.
    #[error("The request body was not well-formed.")]
    MalformedBody,
    /// E0000047.
    #[error("API call exceeded rate limit due to too many requests.")]
    RateLimited { retry_after_secs: u64 },
    /// A refusal with its own status and code: lifecycle transitions, credentials, unsupported operations.
    #[error("{summary}")]
    Refused { status: StatusCode, code: &'static str, summary: String, causes: Vec<String> },
    /// E0000009: something on our side failed; the details go to the log only.
    #[error("Internal Server Error")]
    Internal(#[source] anyhow::Error),
}

pub type OktaResult<T> = Result<T, OktaError>;

fn summary_of(fields: &IndexMap<String, Vec<String>>) -> String {
    fields.keys().cloned().collect::<Vec<_>>().join(", ")
}

impl OktaError {
    pub fn not_found(id: impl Into<String>, kind: &'static str) -> Self {
        OktaError::NotFound { id: id.into(), kind }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        OktaError::Validation(IndexMap::from([(field.to_owned(), vec![message.into()])]))
    }

    pub fn refused(status: StatusCode, code: &'static str, summary: impl Into<String>) -> Self {
        OktaError::Refused { status, code, summary: summary.into(), causes: Vec::new() }
    }

    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        OktaError::Internal(error.into())
    }

    /// Adds an entry to a refusal's `errorCauses`.
    pub fn with_cause(self, cause: impl Into<String>) -> Self {
        match self {
            OktaError::Refused { status, code, summary, mut causes } => {
                causes.push(cause.into());
                OktaError::Refused { status, code, summary, causes }
            }
            other => other,
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            OktaError::InvalidToken => StatusCode::UNAUTHORIZED,
            OktaError::Forbidden => StatusCode::FORBIDDEN,
            OktaError::NotFound { .. } => StatusCode::NOT_FOUND,
            OktaError::Validation(_) => StatusCode::BAD_REQUEST,
            OktaError::MalformedBody => StatusCode::BAD_REQUEST,
            OktaError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            OktaError::Refused { status, .. } => *status,
            OktaError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            OktaError::InvalidToken => "E0000011",
            OktaError::Forbidden => "E0000006",
            OktaError::NotFound { .. } => "E0000007",
            OktaError::Validation(_) => "E0000001",
            OktaError::MalformedBody => "E0000003",
            OktaError::RateLimited { .. } => "E0000047",
            OktaError::Refused { code, .. } => code,
            OktaError::Internal(_) => "E0000009",
        }
    }

    fn causes(&self) -> Vec<String> {
        match self {
            OktaError::Validation(fields) => fields
                .iter()
                .flat_map(|(field, messages)| messages.iter().map(move |m| format!("{field}: {m}")))
                .collect(),
            OktaError::Refused { causes, .. } => causes.clone(),
            _ => Vec::new(),
        }
    }

    pub fn body(&self) -> Value {
        let summary = self.to_string();
        let causes: Vec<Value> = self.causes().into_iter().map(|c| json!({ "errorSummary": c })).collect();
        let mut body = json!({
            "errorCode": self.code(),
            "errorSummary": summary,
            "errorLink": self.code(),
            "errorId": error_id(),
            "errorCauses": causes,
            "message": summary,
        });
        if let OktaError::Validation(fields) = self {
            body["errors"] = json!(fields);
        }
        body
    }
}

/// Okta's `errorId`: an opaque id a support engineer can find in the log.
fn error_id() -> String {
    let random: String = rand::rng().sample_iter(&Alphanumeric).take(22).map(char::from).collect();
    format!("oae{random}")
}

impl From<Refusal> for OktaError {
    fn from(refusal: Refusal) -> Self {
        let status = StatusCode::from_u16(refusal.http_status).unwrap_or(StatusCode::BAD_REQUEST);
        OktaError::refused(status, refusal.code, refusal.summary)
    }
}

impl From<crate::db::Error> for OktaError {
    fn from(error: crate::db::Error) -> Self {
        ApiError::from(error).into()
    }
}

impl From<crate::store::StoreError> for OktaError {
    fn from(error: crate::store::StoreError) -> Self {
        ApiError::from(error).into()
    }
}

impl From<serde_json::Error> for OktaError {
    fn from(error: serde_json::Error) -> Self {
        OktaError::Internal(error.into())
    }
}

/// The shared HTTP extractors speak [`ApiError`]; on these routes they answer in Okta's shape.
impl From<ApiError> for OktaError {
    fn from(error: ApiError) -> Self {
        match error {
            ApiError::Unauthenticated | ApiError::SignedOut(_) | ApiError::InvalidServiceKey => OktaError::InvalidToken,
            ApiError::Forbidden => OktaError::Forbidden,
            ApiError::NotFound(what) => OktaError::NotFound { id: what, kind: "Resource" },
            ApiError::Validation(errors) => OktaError::Validation(errors.0),
            ApiError::PayloadTooLarge => OktaError::refused(
                StatusCode::PAYLOAD_TOO_LARGE,
                "E0000001",
                "Api validation failed: the request body is too large.",
            ),
            ApiError::TooManyAttempts { retry_after_secs } => OktaError::RateLimited { retry_after_secs },
            ApiError::Internal(error) => OktaError::Internal(error),
        }
    }
}

impl IntoResponse for OktaError {
    fn into_response(self) -> Response {
        if let OktaError::Internal(error) = &self {
            tracing::error!(error = format!("{error:#}"), "request failed");
        }
        let mut response = (self.status(), axum::Json(self.body())).into_response();
        if let OktaError::RateLimited { retry_after_secs } = self {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
        }
        response
    }
}
