//! What the store answers when it will not or cannot do something, in terms of the data: each API family
//! turns it into its own error at the edge (Laravel's shapes for the HR API, Okta's error object for the
//! Okta-style APIs).

use crate::db;
use okta_hr_domain::validation::ValidationErrors;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// `what` names the record ("Leave request", `Company 7`); an id of another company is not found
    /// either.
    #[error("{what} not found.")]
    NotFound { what: String },
    /// The change breaks a rule of the data, worded per field as the HR API words its validation.
    #[error("{}", .0.message())]
    Invalid(ValidationErrors),
    /// The caller may not make this change to this record.
    #[error("This action is unauthorized.")]
    Forbidden,
    #[error(transparent)]
    Database(#[from] db::Error),
    /// A stored document (a payslip, its inputs) could not be written or read back.
    #[error("stored {what}: {source}")]
    Document { what: &'static str, source: serde_json::Error },
}

pub type StoreResult<T> = Result<T, StoreError>;

impl StoreError {
    pub fn not_found(what: impl Into<String>) -> Self {
        StoreError::NotFound { what: what.into() }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        StoreError::Invalid(ValidationErrors::single(field, message))
    }

    /// `error`, or the validation `message` for a field when the unique index of a column it names
    /// (`taken`: column and field) refused the write: a write of another company (whose lock this one
    /// does not take) took the value after this one checked it was free, and the caller hears what the
    /// check would have said a moment later.
    pub fn taken_meanwhile(error: crate::db::Error, taken: &[(&str, &str)], message: &str) -> Self {
        match taken.iter().find(|(column, _)| error.is_unique_violation_on(column)) {
            Some((_, field)) => StoreError::invalid(field, message),
            None => error.into(),
        }
    }
}

impl From<ValidationErrors> for StoreError {
    fn from(errors: ValidationErrors) -> Self {
        StoreError::Invalid(errors)
    }
}
