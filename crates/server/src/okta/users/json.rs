//! A user as Okta's clients read it: status, timestamps, profile, credentials and `_links` to the
//! lifecycle operations its status allows.

use crate::okta::links::BaseUrl;
use crate::store::people::account::{Profile, User};
use okta_hr_domain::lifecycle::{Transition, available};
use okta_hr_domain::okta::users::{
    AuthenticationProvider, PasswordCredential, RecoveryQuestionCredential, User as UserJson, UserCredentials,
    UserProfile, UserType,
};
use okta_hr_domain::okta::{HrefObject, Links};
use okta_hr_domain::wire::Role;

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

pub fn profile(profile: Profile, role: Role) -> UserProfile {
    let mut extra = profile.extra;
    extra.retain(|name, _| !PROFILE_COLUMNS.contains(&name.as_str()));
    UserProfile {
        first_name: profile.first_name,
        last_name: profile.last_name,
        email: profile.email,
        login: profile.login,
        mobile_phone: profile.mobile_phone,
        title: profile.title,
        employee_number: profile.employee_number,
        department: profile.department,
        manager_id: profile.manager_id,
        manager: profile.manager,
        user_type: role,
        extra,
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

fn links(base: &BaseUrl, user: &User) -> Links {
    let user_path = format!("{}/api/v1/users/{}", base.0, user.okta_id);
    let plain = |suffix: &str| HrefObject::new(format!("{user_path}{suffix}"));
    let post = |suffix: &str| HrefObject::action(format!("{user_path}{suffix}"), "POST");
    let mut links = Links::new();
    links.insert("self", plain(""));
    for transition in available(user.status, user.has_password) {
        if let Some((name, action)) = transition_link(transition) {
            links.insert(name.to_owned(), post(action));
        }
    }
    if user.has_password {
        links.insert("changePassword", post("/credentials/change_password"));
        links.insert("changeRecoveryQuestion", post("/credentials/change_recovery_question"));
        links.insert("forgotPassword", post("/credentials/forgot_password"));
    }
    links.insert("groups", plain("/groups"));
    links
}

/// Okta's credentials object: the provider, and which of a password and a recovery question are set.
pub fn credentials(has_password: bool, recovery_question: Option<String>) -> UserCredentials {
    UserCredentials {
        password: has_password.then(PasswordCredential::default),
        provider: AuthenticationProvider::okta(),
        recovery_question: recovery_question
            .map(|question| RecoveryQuestionCredential { question: Some(question), answer: None }),
    }
}

pub fn user(base: &BaseUrl, user: User) -> UserJson {
    let links = links(base, &user);
    UserJson {
        id: user.okta_id,
        status: user.status,
        created: user.created,
        activated: user.activated,
        status_changed: user.status_changed,
        last_login: user.last_login,
        last_updated: user.last_updated,
        password_changed: user.password_changed,
        user_type: UserType { id: "default".to_owned() },
        profile: profile(user.profile, user.role),
        credentials: credentials(user.has_password, user.recovery_question),
        links,
    }
}
