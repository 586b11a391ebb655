//! The user lifecycle of the Users API: which status a person's sign-in is in, which transitions an
//! administrator may make from it, and whether the person may sign in to the app.
//!
//! The server decides with these functions and the app uses them to offer only the actions that can
//! succeed, so an admin screen never shows a button the server would refuse.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum UserStatus {
    /// Created, not yet activated: cannot sign in.
    Staged,
    /// Activated without a password: waits for the person to set one.
    Provisioned,
    Active,
    /// A password reset is under way; the old password no longer signs in.
    Recovery,
    /// Signs in only by choosing a new password.
    PasswordExpired,
    /// Too many wrong passwords in a row; an administrator unlocks.
    LockedOut,
    Suspended,
    /// Deactivated: cannot sign in, and is the only status a user can be deleted from.
    Deprovisioned,
}

impl UserStatus {
    pub const ALL: [UserStatus; 8] = [
        UserStatus::Staged,
        UserStatus::Provisioned,
        UserStatus::Active,
        UserStatus::Recovery,
        UserStatus::PasswordExpired,
        UserStatus::LockedOut,
        UserStatus::Suspended,
        UserStatus::Deprovisioned,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Staged => "STAGED",
            UserStatus::Provisioned => "PROVISIONED",
            UserStatus::Active => "ACTIVE",
            UserStatus::Recovery => "RECOVERY",
            UserStatus::PasswordExpired => "PASSWORD_EXPIRED",
            UserStatus::LockedOut => "LOCKED_OUT",
            UserStatus::Suspended => "SUSPENDED",
            UserStatus::Deprovisioned => "DEPROVISIONED",
        }
    }

    pub fn parse(text: &str) -> Option<UserStatus> {
        UserStatus::ALL.into_iter().find(|status| status.as_str().eq_ignore_ascii_case(text))
    }

    /// The HR API's employment status: only a deactivated user has left the company.
    pub fn employment_status(self) -> &'static str {
        if self == UserStatus::Deprovisioned { "inactive" } else { "active" }
    }
}

/// What an administrator (or the person) asks of a user's lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    Activate,
    Reactivate,
    Deactivate,
    Suspend,
    Unsuspend,
    Unlock,
    ResetPassword,
    ExpirePassword,
    ResetFactors,
    /// Permanent deletion (`DELETE /api/v1/users/{id}`).
    Delete,
}

impl Transition {
    pub const ALL: [Transition; 10] = [
        Transition::Activate,
        Transition::Reactivate,
        Transition::Deactivate,
        Transition::Suspend,
        Transition::Unsuspend,
        Transition::Unlock,
        Transition::ResetPassword,
        Transition::ExpirePassword,
        Transition::ResetFactors,
        Transition::Delete,
    ];
}

/// Why a transition is refused, in Okta's terms: the HTTP status, the error code and its summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub http_status: u16,
    pub code: &'static str,
    pub summary: String,
}

impl Refusal {
    fn not_in_status(status: UserStatus) -> Refusal {
        Refusal {
            http_status: 403,
            code: "E0000038",
            summary: format!("This operation is not allowed in the user's current status ({}).", status.as_str()),
        }
    }

    fn validation(summary: &str) -> Refusal {
        Refusal { http_status: 400, code: "E0000001", summary: format!("Api validation failed: {summary}") }
    }
}

/// The status `transition` leads to from `status`, or why it may not be made. `has_password` decides
/// where activation lands: a user with a password is active at once, one without waits for it.
pub fn apply(status: UserStatus, transition: Transition, has_password: bool) -> Result<UserStatus, Refusal> {
    use UserStatus::*;
    match (transition, status) {
        (Transition::Activate, Active) => Err(Refusal {
            http_status: 403,
            code: "E0000016",
            summary: "Activation failed because the user is already active".to_owned(),
        }),
        (Transition::Activate, Staged) => Ok(if has_password { Active } else { Provisioned }),
        // Someone coming back chooses a new password through an activation link, as a new user does.
        (Transition::Activate, Deprovisioned) => Ok(Provisioned),
        (Transition::Activate, Provisioned) => Err(Refusal {
            http_status: 403,
            code: "E0000038",
            summary: "This operation is not allowed in the user's current status (PROVISIONED). \
                      Reactivate the user (lifecycle/reactivate) for a new activation link."
                .to_owned(),
        }),
        (Transition::Reactivate, Provisioned) => Ok(Provisioned),
        (Transition::Deactivate, Deprovisioned) => Err(Refusal::not_in_status(status)),
        (Transition::Deactivate, _) => Ok(Deprovisioned),
        (Transition::Suspend, Active) => Ok(Suspended),
        (Transition::Suspend, _) => Err(Refusal::validation("Cannot suspend a user that is not active")),
        (Transition::Unsuspend, Suspended) => Ok(Active),
        (Transition::Unsuspend, _) => Err(Refusal::validation("Cannot unsuspend a user that is not suspended")),
        (Transition::Unlock, LockedOut) => Ok(Active),
        (Transition::Unlock, _) => Err(Refusal {
            http_status: 403,
            code: "E0000032",
            summary: "Unlock is not allowed for this user.".to_owned(),
        }),
        (Transition::ResetPassword, Active | PasswordExpired | LockedOut | Recovery) => Ok(Recovery),
        (Transition::ExpirePassword, Active | PasswordExpired | Recovery) => Ok(PasswordExpired),
        (Transition::ResetFactors, Active) => Ok(Active),
        (Transition::Delete, Deprovisioned) => Ok(Deprovisioned),
        _ => Err(Refusal::not_in_status(status)),
    }
}

/// The transitions an administrator can make from `status`, for offering them in a user interface.
pub fn available(status: UserStatus, has_password: bool) -> Vec<Transition> {
    Transition::ALL.into_iter().filter(|t| apply(status, *t, has_password).is_ok()).collect()
}

/// Why the app's sign-in refuses a user in `status`, or `None` when the password decides.
pub fn sign_in_refusal(status: UserStatus) -> Option<&'static str> {
    match status {
        UserStatus::Active | UserStatus::PasswordExpired => None,
        UserStatus::Staged | UserStatus::Provisioned => {
            Some("This account has not been activated yet. Ask your HR team to activate it.")
        }
        UserStatus::Recovery => {
            Some("A password reset is under way for this account. Use the reset link or code from your HR team.")
        }
        UserStatus::LockedOut => {
            Some("This account is locked after too many wrong passwords. Ask your HR team to unlock it.")
        }
        UserStatus::Suspended => Some("This account has been suspended. Ask your HR team to unsuspend it."),
        UserStatus::Deprovisioned => Some("This account has been deactivated."),
    }
}

/// Why a signed-in device is signed out when its user moves to `status`, or `None` when it stays signed in.
pub fn sign_out_reason(status: UserStatus) -> Option<&'static str> {
    match status {
        UserStatus::Suspended => Some("Your account has been suspended by your HR team. You have been signed out."),
        UserStatus::Deprovisioned => {
            Some("Your account has been deactivated by your HR team. You have been signed out.")
        }
        UserStatus::LockedOut => Some("Your account has been locked. You have been signed out."),
        UserStatus::Recovery => Some("Your password is being reset by your HR team. You have been signed out."),
        // An expired password is changed at the next sign-in; the devices signed in now carry on.
        _ => None,
    }
}

/// Whether moving to `status` ends the person's time on the app, rather than asking them to sign in
/// again: HR suspended or deactivated them. Their devices then keep nothing of theirs.
pub fn dismisses(status: UserStatus) -> bool {
    matches!(status, UserStatus::Suspended | UserStatus::Deprovisioned)
}

/// Whether `reason`, as a server said it when it ended a session, is that HR suspended or deactivated the
/// person: the device then keeps nothing of theirs.
pub fn is_dismissal_reason(reason: &str) -> bool {
    UserStatus::ALL.into_iter().filter(|status| dismisses(*status)).filter_map(sign_out_reason).any(|r| r == reason)
}

/// Whether a check-in or check-out recorded at `recorded_at` may still be delivered by the device of a
/// person HR dismissed at `dismissed_at`: one recorded before is time they worked and is kept, one
/// recorded since is not theirs to make.
pub fn punch_outlives_dismissal(
    recorded_at: chrono::DateTime<chrono::Utc>,
    dismissed_at: chrono::DateTime<chrono::Utc>,
) -> bool {
    recorded_at < dismissed_at
}

/// The smallest password the server accepts, and what it tells a user who chose a shorter one.
pub const MIN_PASSWORD_CHARS: usize = 8;

pub fn password_problem(password: &str) -> Option<String> {
    (password.chars().count() < MIN_PASSWORD_CHARS).then(|| {
        format!("Password requirements were not met. Password requirements: at least {MIN_PASSWORD_CHARS} characters.")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use UserStatus::*;

    #[test]
    fn activation_lands_on_active_only_with_a_password() {
        assert_eq!(apply(Staged, Transition::Activate, true), Ok(Active));
        assert_eq!(apply(Staged, Transition::Activate, false), Ok(Provisioned));
        assert_eq!(apply(Active, Transition::Activate, true).unwrap_err().code, "E0000016");
    }

    #[test]
    fn activation_is_for_staged_and_deactivated_users_and_reactivation_for_provisioned_ones() {
        assert_eq!(apply(Deprovisioned, Transition::Activate, true), Ok(Provisioned));
        let refusal = apply(Provisioned, Transition::Activate, false).unwrap_err();
        assert_eq!((refusal.http_status, refusal.code), (403, "E0000038"));
        assert_eq!(apply(Provisioned, Transition::Reactivate, false), Ok(Provisioned));
    }

    #[test]
    fn suspension_is_only_for_active_users() {
        assert_eq!(apply(Active, Transition::Suspend, true), Ok(Suspended));
        let refusal = apply(Staged, Transition::Suspend, true).unwrap_err();
        assert_eq!((refusal.http_status, refusal.code), (400, "E0000001"));
        assert_eq!(apply(Suspended, Transition::Unsuspend, true), Ok(Active));
        assert!(apply(Active, Transition::Unsuspend, true).is_err());
    }

    #[test]
    fn deletion_needs_deactivation_first() {
        assert!(apply(Active, Transition::Delete, true).is_err());
        assert_eq!(apply(Active, Transition::Deactivate, true), Ok(Deprovisioned));
        assert_eq!(apply(Deprovisioned, Transition::Delete, true), Ok(Deprovisioned));
        assert_eq!(apply(Deprovisioned, Transition::Deactivate, true).unwrap_err().code, "E0000038");
    }

    #[test]
    fn every_refusal_is_a_client_error() {
        for status in UserStatus::ALL {
            for transition in Transition::ALL {
                if let Err(refusal) = apply(status, transition, true) {
                    assert!(matches!(refusal.http_status, 400 | 403), "{status:?} {transition:?}");
                }
            }
        }
    }

    #[test]
    fn only_active_and_expired_users_reach_the_password_check() {
        let allowed: Vec<_> = UserStatus::ALL.into_iter().filter(|s| sign_in_refusal(*s).is_none()).collect();
        assert_eq!(allowed, vec![Active, PasswordExpired]);
        assert_eq!(
            available(LockedOut, true),
            vec![Transition::Deactivate, Transition::Unlock, Transition::ResetPassword]
        );
    }

    #[test]
    fn statuses_round_trip_and_map_to_employment() {
        for status in UserStatus::ALL {
            assert_eq!(UserStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(Deprovisioned.employment_status(), "inactive");
        assert_eq!(Suspended.employment_status(), "active");
        assert!(password_problem("short").is_some());
        assert!(password_problem("long enough").is_none());
    }
}
