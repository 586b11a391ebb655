//! One error type for every route, answering in Laravel's shapes.

use crate::store::StoreError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use okta_hr_domain::jsonapi::ErrorBody;
use okta_hr_domain::validation::ValidationErrors;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("Unauthenticated.")]
    Unauthenticated,
    /// The token was revoked by an administrator; the reason tells the device why it was signed out.
    #[error("{0}")]
    SignedOut(String),
    #[error("This action is unauthorized.")]
    Forbidden,
    #[error("{0}")]
    NotFound(String),
    #[error("{}", .0.message())]
    Validation(ValidationErrors),
    #[error("The request body is too large.")]
    PayloadTooLarge,
    #[error("Too Many Attempts.")]
    TooManyAttempts { retry_after_secs: u64 },
    #[error("Invalid service key.")]
    InvalidServiceKey,
    /// Something on our side failed; the details go to the log, never to the client.
    #[error("Server Error")]
    Internal(#[source] anyhow::Error),
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn not_found(what: &str) -> Self {
        ApiError::NotFound(format!("{what} not found."))
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        ApiError::Validation(ValidationErrors::single(field, message))
    }

    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        ApiError::Internal(error.into())
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Unauthenticated | ApiError::SignedOut(_) | ApiError::InvalidServiceKey => {
                StatusCode::UNAUTHORIZED
            }
            ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::TooManyAttempts { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A decision the client must not retry: the same request would get the same answer, so an
    /// idempotent replay may return it.
    pub fn is_final(&self) -> bool {
        matches!(self, ApiError::Forbidden | ApiError::NotFound(_) | ApiError::Validation(_))
    }

    pub fn body(&self) -> ErrorBody {
        let errors = match self {
            ApiError::Validation(errors) => Some(errors.clone()),
            _ => None,
        };
        ErrorBody { message: self.to_string(), errors }
    }
}

impl From<crate::db::Error> for ApiError {
    fn from(error: crate::db::Error) -> Self {
        match error {
            crate::db::Error::NulInText => ApiError::invalid("input", "The request may not contain NUL characters."),
            other => ApiError::Internal(other.into()),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound { what } => ApiError::not_found(&what),
            StoreError::Invalid(errors) => ApiError::Validation(errors),
            StoreError::Forbidden => ApiError::Forbidden,
            StoreError::Database(error) => error.into(),
            error @ StoreError::Document { .. } => ApiError::Internal(error.into()),
        }
    }
}

impl From<ValidationErrors> for ApiError {
    fn from(errors: ValidationErrors) -> Self {
        ApiError::Validation(errors)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(error) = &self {
            tracing::error!(error = format!("{error:#}"), "request failed");
        }
        let mut response = (self.status(), axum::Json(self.body())).into_response();
        if let ApiError::TooManyAttempts { retry_after_secs } = self {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
        }
        response
    }
}
