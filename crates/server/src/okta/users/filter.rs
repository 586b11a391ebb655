//! What a user's filter and search expressions may name (see [`crate::okta::filter`]), and the SQL each
//! attribute reads.

use crate::okta::filter::Attributes;

/// The users' attributes for [`crate::okta::filter::parse`].
pub const ATTRIBUTES: Attributes = Attributes {
    noun: "user",
    column,
    filterable: FILTERABLE,
    normalise: |attribute, value| match attribute {
        "status" => value.to_ascii_uppercase(),
        "profile.userType" => value.to_ascii_lowercase(),
        _ => value,
    },
};

/// An attribute a client may name, and the SQL it reads (over the `e`, `d` and `m` aliases of
/// [`crate::store::people::account::FROM`]).
pub fn column(attribute: &str) -> Option<(String, bool)> {
    let (sql, is_time) = match attribute {
        "id" => ("e.okta_id", false),
        "status" => ("e.lifecycle", false),
        "created" => ("e.created_at", true),
        "activated" => ("e.activated_at", true),
        "statusChanged" => ("e.status_changed_at", true),
        "lastLogin" => ("e.last_login_at", true),
        "lastUpdated" => ("e.updated_at", true),
        "passwordChanged" => ("e.password_changed_at", true),
        "profile.login" => ("e.login", false),
        "profile.email" => ("e.email", false),
        "profile.firstName" => ("e.first_name", false),
        "profile.lastName" => ("e.last_name", false),
        "profile.mobilePhone" => ("e.phone", false),
        "profile.title" => ("e.job_title", false),
        "profile.employeeNumber" => ("e.employee_number", false),
        "profile.department" => ("d.name", false),
        "profile.managerId" => ("m.okta_id", false),
        "profile.userType" => ("e.role", false),
        other => {
            let name = other.strip_prefix("profile.")?;
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return None;
            }
            return Some((format!("json_extract(e.profile_extra, '$.{name}')"), false));
        }
    };
    Some((sql.to_owned(), is_time))
}

/// Attributes `filter` accepts (Okta's list of filterable properties).
const FILTERABLE: &[&str] = &[
    "id",
    "status",
    "created",
    "activated",
    "statusChanged",
    "lastUpdated",
    "lastLogin",
    "profile.login",
    "profile.email",
    "profile.firstName",
    "profile.lastName",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::okta::error::OktaError;
    use crate::okta::filter::{Dialect, parse};
    use rusqlite::types::Value as SqlValue;

    fn parse_users(expression: &str, dialect: Dialect) -> Result<(String, Vec<SqlValue>), OktaError> {
        parse(expression, dialect, &ATTRIBUTES)
    }

    #[test]
    fn filters_read_the_users_columns_and_store_statuses_in_upper_case() {
        let (sql, args) = parse_users(r#"status eq "active" and profile.login eq "a@b.c""#, Dialect::Filter).unwrap();
        assert_eq!(sql, "(e.lifecycle = ? AND e.login = ?)");
        assert_eq!(args[0], SqlValue::Text("ACTIVE".to_owned()));
    }

    #[test]
    fn search_reaches_every_profile_attribute() {
        let (sql, args) =
            parse_users(r#"profile.department eq "Sales" and profile.nickName sw "Al""#, Dialect::Search).unwrap();
        assert!(sql.contains("d.name = ?") && sql.contains("json_extract(e.profile_extra, '$.nickName') LIKE ?"));
        assert_eq!(args[1], SqlValue::Text("Al%".to_owned()));
    }

    #[test]
    fn attributes_outside_the_users_list_are_refused_not_run() {
        assert!(parse_users(r#"profile.department eq "Sales""#, Dialect::Filter).is_err(), "search only");
        assert!(parse_users(r#"profile.x'); DROP TABLE employees; -- eq "1""#, Dialect::Search).is_err());
        assert!(parse_users(r#"profile.a-b eq "1""#, Dialect::Search).is_err());
    }
}
