//! A user as Okta's clients read it: status, timestamps, profile, credentials and `_links` to the
//! lifecycle operations its status allows.

use crate::mgmt::links::BaseUrl;
use crate::store::users::{Profile, User};
use chrono::{DateTime, SecondsFormat, Utc};
use okta_hr_domain::lifecycle::{Transition, available};
use serde_json::{Map, Value, json};

/// Okta's timestamps: RFC 3339 with milliseconds and `Z`.
pub fn time(instant: Option<DateTime<Utc>>) -> Value {
    instant.map_or(Value::Null, |t| Value::String(t.to_rfc3339_opts(SecondsFormat::Millis, true)))
}

pub fn profile(profile: &Profile, role: okta_hr_domain::wire::Role) -> Value {
    let mut fields = Map::new();
    fields.extend(profile.extra.clone());
    let mut set = |name: &str, value: Option<&str>| {
        fields.insert(name.to_owned(), value.map_or(Value::Null, |v| Value::String(v.to_owned())));
    };
    set("firstName", Some(&profile.first_name));
    set("lastName", Some(&profile.last_name));
    set("email", Some(&profile.email));
    set("login", Some(&profile.login));
    set("mobilePhone", profile.mobile_phone.as_deref());
    set("title", profile.title.as_deref());
    set("employeeNumber", profile.employee_number.as_deref());
    set("department", profile.department.as_deref());
    set("managerId", profile.manager_id.as_deref());
    set("manager", profile.manager.as_deref());
    set("userType", Some(role.as_str()));
    Value::Object(fields)
}

fn transition_link(transition: Transition) -> Option<(&'static str, &'static str)> {
    Some(match transition {
        Transition::Activate => ("activate", "lifecycle/activate"),
        Transition::Reactivate => ("reactivate", "lifecycle/reactivate"),
        Transition::Deactivate => ("deactivate", "lifecycle/deactivate"),
        Transition::Suspend => ("suspend", "lifecycle/suspend"),
        Transition::Unsuspend => ("unsuspend", "lifecycle/unsuspend"),
        Transition::Unlock => ("unlock", "lifecycle/unlock"),
        Transition::ResetPassword => ("resetPassword", "lifecycle/reset_password"),
        Transition::ExpirePassword => ("expirePassword", "lifecycle/expire_password"),
        Transition::ResetFactors => ("resetFactors", "lifecycle/reset_factors"),
        Transition::Delete => return None,
    })
}

pub fn user(base: &BaseUrl, user: &User) -> Value {
    let path = format!("/api/v1/users/{}", user.okta_id);
    let mut links = Map::new();
    links.insert("self".to_owned(), base.href(&path));
    for transition in available(user.status, user.has_password) {
        if let Some((name, action)) = transition_link(transition) {
            links.insert(name.to_owned(), base.action(&format!("{path}/{action}"), "POST"));
        }
    }
    if user.has_password {
        links.insert("changePassword".to_owned(), base.action(&format!("{path}/credentials/change_password"), "POST"));
        links.insert(
            "changeRecoveryQuestion".to_owned(),
            base.action(&format!("{path}/credentials/change_recovery_question"), "POST"),
        );
        links.insert("forgotPassword".to_owned(), base.action(&format!("{path}/credentials/forgot_password"), "POST"));
    }
    links.insert("groups".to_owned(), base.href(&format!("{path}/groups")));
    let mut credentials = json!({ "provider": { "type": "OKTA", "name": "OKTA" } });
    if user.has_password {
        credentials["password"] = json!({});
    }
    if let Some(question) = &user.recovery_question {
        credentials["recovery_question"] = json!({ "question": question });
    }
    json!({
        "id": user.okta_id,
        "status": user.status.as_str(),
        "created": time(Some(user.created)),
        "activated": time(user.activated),
        "statusChanged": time(user.status_changed),
        "lastLogin": time(user.last_login),
        "lastUpdated": time(user.last_updated),
        "passwordChanged": time(user.password_changed),
        "type": { "id": "default" },
        "profile": profile(&user.profile, user.role),
        "credentials": credentials,
        "_links": links,
    })
}
