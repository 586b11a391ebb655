//! Reading the fields of an admin request body, collecting every problem so one 400 names them all.

use crate::okta::error::{OktaError, OktaResult};
use indexmap::IndexMap;
use serde_json::{Map, Value};

/// The failing fields of a request and their messages, in the order they were found.
#[derive(Debug, Default)]
pub struct Problems(IndexMap<String, Vec<String>>);

impl Problems {
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.entry(field.to_owned()).or_default().push(message.into());
    }

    /// E0000001 naming every problem, or `Ok` when there were none.
    pub fn finish(self) -> OktaResult<()> {
        if self.0.is_empty() { Ok(()) } else { Err(OktaError::Validation(self.0)) }
    }
}

/// A text field: absent or `null` is `None`, blank counts as absent, and anything but a string of at most
/// `max` characters is a problem.
pub fn text(body: &Map<String, Value>, field: &str, max: usize, problems: &mut Problems) -> Option<String> {
    match body.get(field) {
        None | Some(Value::Null) => None,
        Some(Value::String(text)) if text.trim().is_empty() => None,
        Some(Value::String(text)) if text.chars().count() > max => {
            problems.add(field, format!("The {field} must not be greater than {max} characters."));
            None
        }
        Some(Value::String(text)) => Some(text.trim().to_owned()),
        Some(_) => {
            problems.add(field, format!("The {field} must be a string."));
            None
        }
    }
}

/// A required text field.
pub fn required_text(body: &Map<String, Value>, field: &str, max: usize, problems: &mut Problems) -> Option<String> {
    let value = text(body, field, max, problems);
    if value.is_none() && !problems.0.contains_key(field) {
        problems.add(field, format!("The {field} field is required."));
    }
    value
}

/// A boolean field that must be present.
pub fn required_flag(body: &Map<String, Value>, field: &str, problems: &mut Problems) -> Option<bool> {
    match body.get(field) {
        Some(Value::Bool(flag)) => Some(*flag),
        None | Some(Value::Null) => {
            problems.add(field, format!("The {field} field is required."));
            None
        }
        Some(_) => {
            problems.add(field, format!("The {field} field must be true or false."));
            None
        }
    }
}

/// An absolute `http`/`https` URL.
pub fn is_web_url(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once("://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https")
        && !host.is_empty()
        && !text.chars().any(char::is_whitespace)
}
