//! A user as Okta's clients read it: status, timestamps, profile, credentials and `_links` to the
//! lifecycle operations its status allows.

use crate::okta::links::BaseUrl;
use crate::store::users::{Profile, User};
use chrono::{DateTime, SecondsFormat, Utc};
use okta_hr_domain::lifecycle::{Transition, available};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::Value;

/// Okta's timestamps: RFC 3339 with milliseconds and `Z`.
pub fn time(instant: Option<DateTime<Utc>>) -> Value {
    instant.map_or(Value::Null, |t| Value::String(t.to_rfc3339_opts(SecondsFormat::Millis, true)))
}

/// The profile attributes this server keeps in their own columns; the rest are the user's extra ones.
const PROFILE_COLUMNS: [&str; 11] = [
    "firstName",
    "lastName",
    "email",
    "login",
    "mobilePhone",
    "title",
    "employeeNumber",
    "department",
    "managerId",
    "manager",
    "userType",
];

struct ProfileJson<'a>(&'a Profile, okta_hr_domain::wire::Role);

impl Serialize for ProfileJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ProfileJson(profile, role) = self;
        let columns: [Option<&str>; 11] = [
            Some(&profile.first_name),
            Some(&profile.last_name),
            Some(&profile.email),
            Some(&profile.login),
            profile.mobile_phone.as_deref(),
            profile.title.as_deref(),
            profile.employee_number.as_deref(),
            profile.department.as_deref(),
            profile.manager_id.as_deref(),
            profile.manager.as_deref(),
            Some(role.as_str()),
        ];
        let mut out = serializer.serialize_map(None)?;
        for (name, value) in PROFILE_COLUMNS.iter().zip(columns) {
            out.serialize_entry(name, &value)?;
        }
        for (name, value) in profile.extra.iter().filter(|(name, _)| !PROFILE_COLUMNS.contains(&name.as_str())) {
            out.serialize_entry(name, value)?;
        }
        out.end()
    }
}

pub fn profile(profile: &Profile, role: okta_hr_domain::wire::Role) -> Value {
    serde_json::to_value(ProfileJson(profile, role)).unwrap_or(Value::Null)
}

/// An Okta timestamp written without building a JSON value.
struct Time(Option<DateTime<Utc>>);

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Some(t) => serializer.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Millis, true)),
            None => serializer.serialize_none(),
        }
    }
}

fn transition_link(transition: Transition) -> Option<(&'static str, &'static str)> {
    Some(match transition {
        Transition::Activate => ("activate", "/lifecycle/activate"),
        Transition::Reactivate => ("reactivate", "/lifecycle/reactivate"),
        Transition::Deactivate => ("deactivate", "/lifecycle/deactivate"),
        Transition::Suspend => ("suspend", "/lifecycle/suspend"),
        Transition::Unsuspend => ("unsuspend", "/lifecycle/unsuspend"),
        Transition::Unlock => ("unlock", "/lifecycle/unlock"),
        Transition::ResetPassword => ("resetPassword", "/lifecycle/reset_password"),
        Transition::ExpirePassword => ("expirePassword", "/lifecycle/expire_password"),
        Transition::ResetFactors => ("resetFactors", "/lifecycle/reset_factors"),
        Transition::Delete => return None,
    })
}

/// A user written straight to the response: a page of 200 users builds no JSON tree, only the bytes.
pub struct UserJson {
    pub base: BaseUrl,
    pub user: User,
}

/// A HAL link with the methods it allows (none for a plain link), its href written straight out.
struct Link<'a> {
    user_path: &'a UserPath<'a>,
    suffix: &'a str,
    allow: &'a [&'a str],
}

/// `{base}/api/v1/users/{id}`, the start of every link of a user.
struct UserPath<'a>(&'a BaseUrl, &'a str);

impl std::fmt::Display for Link<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let UserPath(base, id) = self.user_path;
        write!(f, "{}/api/v1/users/{id}{}", base.0, self.suffix)
    }
}

#[derive(Serialize)]
struct Hints<'a> {
    allow: &'a [&'a str],
}

impl Serialize for Link<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut link = serializer.serialize_map(None)?;
        link.serialize_entry("href", &format_args!("{self}"))?;
        if !self.allow.is_empty() {
            link.serialize_entry("hints", &Hints { allow: self.allow })?;
        }
        link.end()
    }
}

struct Links<'a>(&'a BaseUrl, &'a User);

impl Serialize for Links<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Links(base, user) = self;
        let user_path = UserPath(base, &user.okta_id);
        let plain = |suffix| Link { user_path: &user_path, suffix, allow: &[] };
        let post = |suffix| Link { user_path: &user_path, suffix, allow: &["POST"] };
        let mut links = serializer.serialize_map(None)?;
        links.serialize_entry("self", &plain(""))?;
        for transition in available(user.status, user.has_password) {
            if let Some((name, action)) = transition_link(transition) {
                links.serialize_entry(name, &post(action))?;
            }
        }
        if user.has_password {
            links.serialize_entry("changePassword", &post("/credentials/change_password"))?;
            links.serialize_entry("changeRecoveryQuestion", &post("/credentials/change_recovery_question"))?;
            links.serialize_entry("forgotPassword", &post("/credentials/forgot_password"))?;
        }
        links.serialize_entry("groups", &plain("/groups"))?;
        links.end()
    }
}

/// Okta's credentials object: the provider, and which of a password and a recovery question are set.
struct Credentials<'a>(&'a User);

#[derive(Serialize)]
struct RecoveryQuestion<'a> {
    question: &'a str,
}

impl Serialize for Credentials<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let user = self.0;
        let mut out = serializer.serialize_map(None)?;
        if user.has_password {
            out.serialize_entry("password", &Empty {})?;
        }
        out.serialize_entry("provider", &Provider { r#type: "OKTA", name: "OKTA" })?;
        if let Some(question) = &user.recovery_question {
            out.serialize_entry("recovery_question", &RecoveryQuestion { question })?;
        }
        out.end()
    }
}

#[derive(Serialize)]
struct Empty {}

#[derive(Serialize)]
struct Provider {
    r#type: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
struct UserType {
    id: &'static str,
}

impl Serialize for UserJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let user = &self.user;
        let mut out = serializer.serialize_map(None)?;
        out.serialize_entry("id", &user.okta_id)?;
        out.serialize_entry("status", user.status.as_str())?;
        out.serialize_entry("created", &Time(Some(user.created)))?;
        out.serialize_entry("activated", &Time(user.activated))?;
        out.serialize_entry("statusChanged", &Time(user.status_changed))?;
        out.serialize_entry("lastLogin", &Time(user.last_login))?;
        out.serialize_entry("lastUpdated", &Time(user.last_updated))?;
        out.serialize_entry("passwordChanged", &Time(user.password_changed))?;
        out.serialize_entry("type", &UserType { id: "default" })?;
        out.serialize_entry("profile", &ProfileJson(&user.profile, user.role))?;
        out.serialize_entry("credentials", &Credentials(user))?;
        out.serialize_entry("_links", &Links(&self.base, user))?;
        out.end()
    }
}

/// One user as a JSON value, for the routes that add fields to it (activation links, temporary passwords).
pub fn user(base: &BaseUrl, user: &User) -> Value {
    let json = UserJson { base: base.clone(), user: user.clone() };
    serde_json::to_value(json).unwrap_or(Value::Null)
}
