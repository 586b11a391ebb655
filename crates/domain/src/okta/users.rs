//! A user of the Users API, its credentials, and what the lifecycle and credential operations answer.

use super::{Links, optional_timestamp, timestamp};
use crate::lifecycle::UserStatus;
use crate::wire::Role;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// A user: the HR employee who signs in to the app. `_links` offers the lifecycle operations its status
/// allows, and the credential operations once it has a password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: String,
    pub status: UserStatus,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    #[serde(with = "optional_timestamp", default)]
    pub activated: Option<DateTime<Utc>>,
    #[serde(with = "optional_timestamp", default)]
    pub status_changed: Option<DateTime<Utc>>,
    #[serde(with = "optional_timestamp", default)]
    pub last_login: Option<DateTime<Utc>>,
    #[serde(with = "optional_timestamp", default)]
    pub last_updated: Option<DateTime<Utc>>,
    #[serde(with = "optional_timestamp", default)]
    pub password_changed: Option<DateTime<Utc>>,
    #[serde(rename = "type")]
    pub user_type: UserType,
    pub profile: UserProfile,
    pub credentials: UserCredentials,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// The user type; this server has the one, `default`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct UserType {
    pub id: String,
}

/// The profile attributes the HR employee record keeps, each written (`null` when unset), then the user's
/// own extra attributes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct UserProfile {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub login: String,
    pub mobile_phone: Option<String>,
    pub title: Option<String>,
    pub employee_number: Option<String>,
    pub department: Option<String>,
    /// The manager's user id.
    pub manager_id: Option<String>,
    /// The manager's name, read-only.
    pub manager: Option<String>,
    /// The person's role in the HR API.
    pub user_type: Role,
    /// Extra attributes: strings, numbers, booleans or lists of them.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Which credentials a user has (never their values): the provider, and a password and recovery question
/// when set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct UserCredentials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<PasswordCredential>,
    pub provider: AuthenticationProvider,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_question: Option<RecoveryQuestionCredential>,
}

/// A password: its `value` when a client sends one, `{}` in answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordCredential {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A recovery question; its `answer` only travels from a client to the server.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RecoveryQuestionCredential {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
}

/// Where a user's credentials live: always this server, `OKTA`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AuthenticationProvider {
    #[serde(rename = "type")]
    pub provider_type: String,
    pub name: String,
}

impl AuthenticationProvider {
    pub fn okta() -> Self {
        AuthenticationProvider { provider_type: "OKTA".to_owned(), name: "OKTA".to_owned() }
    }
}

/// What a lifecycle operation answers besides the change itself: with `sendEmail=false`, the one-time
/// activation or password-reset link for the administrator to pass on; `{}` otherwise.
///
/// Unknown fields are refused so that its schema, which has no required field, cannot also match the
/// credentials that forgot-password answers instead.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserLifecycleResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activation_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activation_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset_password_url: Option<String>,
}

/// A temporary password, shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TempPassword {
    pub temp_password: String,
}

/// Expiring a password answers the user, or with `tempPassword=true` the temporary password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(untagged)]
pub enum ExpirePasswordResult {
    User(Box<User>),
    TempPassword(TempPassword),
}

/// Forgot-password answers the credentials once the recovery answer set the new password, or, when an
/// administrator starts a reset, the reset link (`sendEmail=false`) or `{}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(untagged)]
pub enum ForgotPasswordResult {
    Credentials(UserCredentials),
    Reset(UserLifecycleResult),
}

/// The profile a client sends: every attribute optional here, as a partial update sends only some; a new
/// user or a full update needs `firstName`, `lastName`, `email` and `login`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct UserProfileWrite {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_number: Option<String>,
    /// A department's name; a new one is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// The manager's user id or login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<Role>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Credentials a client sets: a password in clear text, a recovery question and answer. Only the `OKTA`
/// provider exists here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct UserCredentialsWrite {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<PasswordCredential>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_question: Option<RecoveryQuestionCredential>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<AuthenticationProvider>,
}

/// Creating a user: the profile, optional credentials, and the groups (by id) to put them in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct CreateUserRequest {
    pub profile: UserProfileWrite,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<UserCredentialsWrite>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_ids: Option<Vec<String>>,
}

/// Updating a user: a profile (whole for a replace), credentials, or both.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct UpdateUserRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<UserProfileWrite>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<UserCredentialsWrite>,
}

/// Changing a password with the current one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ChangePasswordRequest {
    pub old_password: PasswordCredential,
    pub new_password: PasswordCredential,
}
