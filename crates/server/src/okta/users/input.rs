//! Reading a user's profile and credentials from a request body, with Okta's field names and limits.

use crate::okta::error::OktaError;
use crate::store::people::account::Profile;
use indexmap::IndexMap;
use okta_hr_domain::lifecycle::password_problem;
use okta_hr_domain::validation::is_email;
use okta_hr_domain::wire::Role;
use serde_json::{Map, Value};

/// Profile attributes that are computed, never written.
const READ_ONLY: &[&str] = &["manager"];

/// A profile as sent, before its department and manager are looked up.
pub struct ProfileInput {
    pub profile: Profile,
    pub role: Option<Role>,
}

#[derive(Default)]
struct Problems(IndexMap<String, Vec<String>>);

impl Problems {
    fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.entry(field.to_owned()).or_default().push(message.into());
    }

    fn finish(self) -> Result<(), OktaError> {
        if self.0.is_empty() { Ok(()) } else { Err(OktaError::Validation(self.0)) }
    }
}

fn text(
    fields: &Map<String, Value>,
    name: &str,
    max: usize,
    required: bool,
    problems: &mut Problems,
) -> Option<String> {
    let field = format!("profile.{name}");
    match fields.get(name) {
        None | Some(Value::Null) => {
            if required {
                problems.add(&field, format!("The field cannot be left blank: {name}."));
            }
            None
        }
        Some(Value::String(s)) if s.trim().is_empty() => {
            if required {
                problems.add(&field, format!("The field cannot be left blank: {name}."));
            }
            None
        }
        Some(Value::String(s)) if s.trim().chars().count() > max => {
            problems.add(&field, format!("The field cannot be longer than {max} characters: {name}."));
            None
        }
        Some(Value::String(s)) => Some(s.trim().to_owned()),
        Some(_) => {
            problems.add(&field, format!("The field must be a string: {name}."));
            None
        }
    }
}

/// Reads a whole profile object. For a partial update, the caller merges the request's attributes over
/// the stored profile first, so both go through the same checks.
pub fn profile(fields: &Map<String, Value>) -> Result<ProfileInput, OktaError> {
    let mut problems = Problems::default();
    let first_name = text(fields, "firstName", 50, true, &mut problems);
    let last_name = text(fields, "lastName", 50, true, &mut problems);
    let email = text(fields, "email", 100, true, &mut problems);
    if let Some(email) = &email
        && !is_email(email)
    {
        problems.add("profile.email", "Does not match required pattern: email.");
    }
    let login = text(fields, "login", 100, true, &mut problems);
    if let Some(login) = &login
        && login.chars().any(char::is_whitespace)
    {
        problems.add("profile.login", "Username must not contain spaces.");
    }
    let mobile_phone = text(fields, "mobilePhone", 100, false, &mut problems);
    let title = text(fields, "title", 100, false, &mut problems);
    let employee_number = text(fields, "employeeNumber", 50, false, &mut problems);
    let department = text(fields, "department", 100, false, &mut problems);
    let manager_id = text(fields, "managerId", 100, false, &mut problems);
    let role = match text(fields, "userType", 20, false, &mut problems) {
        None => None,
        Some(kind) => match Role::parse(&kind.to_ascii_lowercase()) {
            Some(role) => Some(role),
            None => {
                problems.add("profile.userType", "The userType must be employee, manager or hr.");
                None
            }
        },
    };
    let mapped = [
        "firstName",
        "lastName",
        "email",
        "login",
        "mobilePhone",
        "title",
        "employeeNumber",
        "department",
        "managerId",
        "userType",
    ];
    let mut extra = Map::new();
    for (name, value) in fields {
        if mapped.contains(&name.as_str()) || READ_ONLY.contains(&name.as_str()) || value.is_null() {
            continue;
        }
        if name.is_empty() || name.len() > 100 || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            problems.add(&format!("profile.{name}"), "Profile attribute names are letters, digits and _.");
            continue;
        }
        let simple = |v: &Value| matches!(v, Value::String(_) | Value::Number(_) | Value::Bool(_));
        let fits = match value {
            Value::Array(items) => items.len() <= 100 && items.iter().all(simple),
            Value::String(s) => s.chars().count() <= 1024,
            other => simple(other),
        };
        if !fits {
            problems
                .add(&format!("profile.{name}"), "Profile attributes are strings, numbers, booleans or lists of them.");
            continue;
        }
        extra.insert(name.clone(), value.clone());
    }
    problems.finish()?;
    Ok(ProfileInput {
        profile: Profile {
            first_name: first_name.unwrap_or_default(),
            last_name: last_name.unwrap_or_default(),
            email: email.unwrap_or_default(),
            login: login.unwrap_or_default(),
            mobile_phone,
            title,
            employee_number,
            department,
            manager_id,
            manager: None,
            extra,
        },
        role,
    })
}

/// The `profile` object of a body; absent is an empty profile, anything but an object a validation error.
pub fn profile_object(body: &Map<String, Value>) -> Result<Option<&Map<String, Value>>, OktaError> {
    match body.get("profile") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(fields)) => Ok(Some(fields)),
        Some(_) => Err(OktaError::invalid("profile", "The profile must be an object.")),
    }
}

/// What `credentials` asks for: a password in clear text, a recovery question and answer.
#[derive(Default)]
pub struct CredentialsInput {
    pub password: Option<String>,
    pub recovery: Option<(String, String)>,
}

/// Reads `{ "value": "…" }` at `field`, refusing imported hashes and password hooks, which this server
/// cannot verify.
pub fn password_value(object: Option<&Value>, field: &str) -> Result<Option<String>, OktaError> {
    let Some(object) = object.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let Some(object) = object.as_object() else {
        return Err(OktaError::invalid(field, "The password must be an object with a value."));
    };
    if object.contains_key("hash") || object.contains_key("hook") {
        return Err(OktaError::invalid(
            field,
            "Importing password hashes and password hooks is not supported by this server; send password.value.",
        ));
    }
    match object.get("value") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(value)) => Ok(Some(value.clone())),
        Some(_) => Err(OktaError::invalid(&format!("{field}.value"), "The password value must be a string.")),
    }
}

/// A new password must meet the policy: at least 8 characters, and not the login or the names in it.
pub fn check_password(password: &str, profile: Option<&Profile>, field: &str) -> Result<(), OktaError> {
    let too_personal = profile.is_some_and(|p| {
        let lower = password.to_lowercase();
        [&p.login, &p.first_name, &p.last_name]
            .iter()
            .any(|part| part.chars().count() >= 3 && lower.contains(&part.to_lowercase()))
    });
    let problem = password_problem(password).or_else(|| {
        too_personal
            .then(|| "Password requirements were not met. Password must not contain your username or names.".into())
    });
    match problem {
        None => Ok(()),
        Some(problem) => Err(OktaError::refused(
            axum::http::StatusCode::BAD_REQUEST,
            "E0000080",
            "The password does not meet the complexity requirements of the current password policy.",
        )
        .with_cause(format!("{field}: {problem}"))),
    }
}

/// Reads `recovery_question: { question, answer }`; the answer must be at least 4 characters and not
/// part of the question.
pub fn recovery_question(object: Option<&Value>) -> Result<Option<(String, String)>, OktaError> {
    let Some(object) = object.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let field = "credentials.recovery_question";
    let question = object.get("question").and_then(Value::as_str).map(str::trim).unwrap_or_default();
    let answer = object.get("answer").and_then(Value::as_str).map(str::trim).unwrap_or_default();
    let mut problems = Problems::default();
    if question.chars().count() < 5 || question.chars().count() > 100 {
        problems.add(&format!("{field}.question"), "The question must be 5 to 100 characters.");
    }
    if answer.chars().count() < 4 || answer.chars().count() > 100 {
        problems.add(&format!("{field}.answer"), "The answer must be 4 to 100 characters.");
    } else if question.to_lowercase().contains(&answer.to_lowercase()) {
        problems.add(&format!("{field}.answer"), "The answer must not be part of the question.");
    }
    problems.finish()?;
    Ok(Some((question.to_owned(), answer.to_lowercase())))
}

pub fn credentials(body: &Map<String, Value>) -> Result<CredentialsInput, OktaError> {
    let Some(credentials) = body.get("credentials").filter(|v| !v.is_null()) else {
        return Ok(CredentialsInput::default());
    };
    let Some(credentials) = credentials.as_object() else {
        return Err(OktaError::invalid("credentials", "The credentials must be an object."));
    };
    if let Some(provider) = credentials.get("provider").and_then(|p| p.get("type")).and_then(Value::as_str)
        && !provider.eq_ignore_ascii_case("OKTA")
    {
        return Err(OktaError::invalid(
            "credentials.provider",
            "This server has no external identity providers; only the OKTA provider is available.",
        ));
    }
    Ok(CredentialsInput {
        password: password_value(credentials.get("password"), "credentials.password")?,
        recovery: recovery_question(credentials.get("recovery_question"))?,
    })
}
