//! Lifecycle operations: activate, deactivate, suspend, unsuspend, unlock, reset and expire passwords.
//!
//! The rules are `okta_hr_domain::lifecycle`. A status that signs people out revokes the person's app
//! sessions with the reason, so their devices hear it at their next sync; queued writes stay on the
//! devices. This server sends no email: with `sendEmail=false` the activation or reset link is in the
//! response for the administrator to pass on, with `sendEmail=true` (Okta's default) it is not shown.

use super::{json, load};
use crate::AppState;
use crate::db::Change;
use crate::okta::auth::Admin;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::page::Params;
use crate::secrets::sha256_hex;
use crate::store::notifications;
use crate::store::people;
use crate::store::people::account::User;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::lifecycle::{Transition, UserStatus, apply};
use okta_hr_domain::okta::users::{ExpirePasswordResult, TempPassword, UserLifecycleResult};
use rand::Rng;
use rand::distr::Alphanumeric;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// How long an activation or reset link works.
pub(crate) const ONE_TIME_TOKEN_HOURS: i64 = 7 * 24;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(activate))
        .routes(routes!(reactivate))
        .routes(routes!(deactivate))
        .routes(routes!(suspend))
        .routes(routes!(unsuspend))
        .routes(routes!(unlock))
        .routes(routes!(reset_password))
        .routes(routes!(expire_password))
        .routes(routes!(expire_password_with_temp_password))
        .routes(routes!(reset_factors))
}

fn random_text(length: usize) -> String {
    rand::rng().sample_iter(&Alphanumeric).take(length).map(char::from).collect()
}

/// A new one-time token: what an activation or reset link carries. Only its SHA-256 is stored.
pub(crate) fn new_one_time_token() -> String {
    random_text(32)
}

/// The link a one-time token is handed over in: it opens the set-password step.
pub(crate) fn set_password_url(base: &BaseUrl, token: &str) -> String {
    format!("{}/api/v1/auth/set-password?token={token}", base.0)
}

/// What a transition hands back besides the new status: a one-time link, or a temporary password.
pub(super) enum Extra {
    Nothing,
    /// A one-time token, and whether its link is shown.
    Link {
        kind: OneTimeLink,
        shown: bool,
    },
    /// A temporary password replaces the old one; with `revoke_sessions` the person's devices are signed out.
    TemporaryPassword {
        revoke_sessions: bool,
    },
}

/// What a one-time link is for; an activation link comes with its token.
#[derive(Clone, Copy)]
pub(super) enum OneTimeLink {
    Activation,
    PasswordReset,
}

/// The user after a transition, with the one-time token and the temporary password it made, if any.
struct Applied {
    user: User,
    token: Option<String>,
    temporary: Option<String>,
}

/// Makes a transition and answers the one-time link when it is shown, else `{}`.
pub(super) async fn transition(
    state: &AppState,
    caller: &crate::okta::auth::Caller,
    base: &BaseUrl,
    user_id: &str,
    transition: Transition,
    extra: Extra,
) -> OktaResult<UserLifecycleResult> {
    let shown = match extra {
        Extra::Link { kind, shown: true } => Some(kind),
        _ => None,
    };
    let token = apply_transition(state, caller, user_id, transition, extra).await?.token;
    let (Some(kind), Some(token)) = (shown, token) else {
        return Ok(UserLifecycleResult::default());
    };
    let url = set_password_url(base, &token);
    Ok(match kind {
        OneTimeLink::Activation => {
            UserLifecycleResult { activation_url: Some(url), activation_token: Some(token), ..Default::default() }
        }
        OneTimeLink::PasswordReset => UserLifecycleResult { reset_password_url: Some(url), ..Default::default() },
    })
}

async fn apply_transition(
    state: &AppState,
    caller: &crate::okta::auth::Caller,
    user_id: &str,
    transition: Transition,
    extra: Extra,
) -> OktaResult<Applied> {
    let user = load(state, caller, user_id).await?;
    let next = apply(user.status, transition, user.has_password)?;
    if user.id == caller.employee_id && matches!(transition, Transition::Deactivate | Transition::Suspend) {
        return Err(OktaError::refused(
            StatusCode::FORBIDDEN,
            "E0000038",
            "You cannot suspend or deactivate yourself.",
        ));
    }
    let one_time = matches!(extra, Extra::Link { .. }) || next == UserStatus::Provisioned;
    let token = one_time.then(new_one_time_token);
    let token_hash = token.as_deref().map(sha256_hex);
    let temporary = matches!(extra, Extra::TemporaryPassword { .. }).then(|| random_text(12));
    let revoke_sessions = matches!(extra, Extra::TemporaryPassword { revoke_sessions: true });
    let temporary_hash = match &temporary {
        Some(password) => Some(super::hash(password.clone()).await?),
        None => None,
    };
    let (company_id, employee_id, name) =
        (caller.company_id, user.id, format!("{} {}", user.profile.first_name, user.profile.last_name));
    // What was issued is recorded, never the link's token or the password itself.
    let details = serde_json::json!({
        "login": user.profile.login,
        "status": { "before": user.status.as_str(), "after": next.as_str() },
        "one_time_link": token.is_some(),
        "temporary_password": temporary.is_some(),
        "sessions_revoked": revoke_sessions,
    });
    let updated = state
        .db
        .write(Change::by(caller.actor(), action_of(transition)), move |conn| {
            people::account::set_status(conn, company_id, employee_id, next)?;
            conn.audit("user", &employee_id.to_string(), &details)?;
            if let Some(hash) = &token_hash {
                people::account::set_one_time_token(conn, company_id, employee_id, hash, ONE_TIME_TOKEN_HOURS)?;
            }
            if let Some(hash) = &temporary_hash {
                people::account::set_password(conn, company_id, employee_id, hash)?;
            }
            if revoke_sessions {
                people::account::revoke_sessions(conn, company_id, employee_id, None, PASSWORD_REPLACED)?;
            }
            if next == UserStatus::Deprovisioned && transition == Transition::Deactivate {
                notifications::notify_admins(conn, company_id, notifications::USER_DEPROVISION, |language| {
                    let args = okta_hr_i18n::args!["name" => name.clone()];
                    (language.tr("notice-deactivated-title"), language.tr_with("notice-deactivated-body", &args))
                })?;
            }
            people::account::get(conn, company_id, employee_id)
        })
        .await?
        .ok_or_else(|| OktaError::not_found(user_id, "User"))?;
    if transition == Transition::Unlock {
        state.login_limiter.clear_prefix(&format!("{}|", updated.profile.email.to_lowercase())).await?;
        state.login_limiter.clear_prefix(&format!("{}|", updated.profile.login.to_lowercase())).await?;
    }
    Ok(Applied { user: updated, token, temporary })
}

/// `sendEmail`: `true` (the default) keeps the link out of the response, as an emailed one would be.
pub(super) fn link_unless_emailed(params: &Params, kind: OneTimeLink) -> OktaResult<Extra> {
    Ok(Extra::Link { kind, shown: !params.flag("sendEmail")?.unwrap_or(true) })
}

/// Activate a STAGED or DEPROVISIONED user.
///
/// A STAGED user with a password is ACTIVE at once; without one, and anyone deactivated before, is
/// PROVISIONED and sets a password with the activation token (`POST /api/v1/auth/set-password`).
/// Activating an active user answers E0000016; a PROVISIONED one E0000038: `reactivate` sends a new link.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/activate", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("sendEmail" = Option<bool>, Query)),
    responses((status = 200, description = "Activated; with sendEmail=false the activation link", body = UserLifecycleResult),
        (status = 403, description = "Not allowed in the user's status")))]
async fn activate(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    params: Params,
    Path(user_id): Path<String>,
) -> OktaResult<Json<UserLifecycleResult>> {
    let extra = link_unless_emailed(&params, OneTimeLink::Activation)?;
    Ok(Json(transition(&state, &caller, &base, &user_id, Transition::Activate, extra).await?))
}

/// Restart the activation of a PROVISIONED user with a new activation token.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/reactivate", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("sendEmail" = Option<bool>, Query)),
    responses((status = 200, description = "A new activation link with sendEmail=false", body = UserLifecycleResult),
        (status = 403, description = "Only PROVISIONED users")))]
async fn reactivate(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    params: Params,
    Path(user_id): Path<String>,
) -> OktaResult<Json<UserLifecycleResult>> {
    let extra = link_unless_emailed(&params, OneTimeLink::Activation)?;
    Ok(Json(transition(&state, &caller, &base, &user_id, Transition::Reactivate, extra).await?))
}

/// Deactivate a user: DEPROVISIONED, signed out everywhere, inactive in the HR API.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/deactivate", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("sendEmail" = Option<bool>, Query)),
    responses((status = 200, description = "Deactivated", body = UserLifecycleResult), (status = 403, description = "Already deactivated")))]
async fn deactivate(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    params: Params,
    Path(user_id): Path<String>,
) -> OktaResult<Json<UserLifecycleResult>> {
    params.flag("sendEmail")?;
    Ok(Json(transition(&state, &caller, &base, &user_id, Transition::Deactivate, Extra::Nothing).await?))
}

/// Suspend an ACTIVE user: their devices are signed out with the reason until they are unsuspended.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/suspend", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path)),
    responses((status = 200, description = "Suspended", body = UserLifecycleResult), (status = 400, description = "Not active")))]
async fn suspend(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(user_id): Path<String>,
) -> OktaResult<Json<UserLifecycleResult>> {
    Ok(Json(transition(&state, &caller, &base, &user_id, Transition::Suspend, Extra::Nothing).await?))
}

/// Return a SUSPENDED user to ACTIVE; they sign in again.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/unsuspend", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path)),
    responses((status = 200, description = "Active again", body = UserLifecycleResult), (status = 400, description = "Not suspended")))]
async fn unsuspend(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(user_id): Path<String>,
) -> OktaResult<Json<UserLifecycleResult>> {
    Ok(Json(transition(&state, &caller, &base, &user_id, Transition::Unsuspend, Extra::Nothing).await?))
}

/// Unlock a LOCKED_OUT user and clear their sign-in throttle.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/unlock", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path)),
    responses((status = 200, description = "Unlocked", body = UserLifecycleResult), (status = 403, description = "Not locked out")))]
async fn unlock(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(user_id): Path<String>,
) -> OktaResult<Json<UserLifecycleResult>> {
    Ok(Json(transition(&state, &caller, &base, &user_id, Transition::Unlock, Extra::Nothing).await?))
}

/// Start a password reset: RECOVERY until the user sets a new password with the reset token.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/reset_password", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("sendEmail" = Option<bool>, Query)),
    responses((status = 200, description = "With sendEmail=false, the resetPasswordUrl", body = UserLifecycleResult),
        (status = 403, description = "Not allowed in the user's status")))]
async fn reset_password(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    params: Params,
    Path(user_id): Path<String>,
) -> OktaResult<Json<UserLifecycleResult>> {
    let extra = link_unless_emailed(&params, OneTimeLink::PasswordReset)?;
    Ok(Json(transition(&state, &caller, &base, &user_id, Transition::ResetPassword, extra).await?))
}

/// Expire the password: the user chooses a new one at their next sign-in. With `tempPassword=true` the
/// password is replaced by a temporary one, returned once.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/expire_password", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("tempPassword" = Option<bool>, Query)),
    responses((status = 200, description = "The user, or the temporary password", body = ExpirePasswordResult),
        (status = 403, description = "Not allowed in the user's status")))]
async fn expire_password(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    params: Params,
    Path(user_id): Path<String>,
) -> OktaResult<Json<ExpirePasswordResult>> {
    let extra = if params.flag("tempPassword")?.unwrap_or(false) {
        Extra::TemporaryPassword { revoke_sessions: false }
    } else {
        Extra::Nothing
    };
    let applied = apply_transition(&state, &caller, &user_id, Transition::ExpirePassword, extra).await?;
    Ok(Json(match applied.temporary {
        Some(temp_password) => ExpirePasswordResult::TempPassword(TempPassword { temp_password }),
        None => ExpirePasswordResult::User(Box::new(json::user(&base, applied.user))),
    }))
}

/// Why a device is signed out when an administrator replaces the password with a temporary one.
const PASSWORD_REPLACED: &str = "Your password was replaced by your HR team. Sign in with the temporary password.";

/// Expire the password and replace it with a temporary one, returned once: the user signs in with it and
/// chooses a new password. `revokeSessions=true` also signs their devices out.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/expire_password_with_temp_password", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("revokeSessions" = Option<bool>, Query)),
    responses((status = 200, description = "The temporary password", body = TempPassword),
        (status = 403, description = "Not allowed in the user's status")))]
async fn expire_password_with_temp_password(
    State(state): State<AppState>,
    Admin(caller): Admin,
    params: Params,
    Path(user_id): Path<String>,
) -> OktaResult<Json<TempPassword>> {
    let revoke_sessions = params.flag("revokeSessions")?.unwrap_or(false);
    let extra = Extra::TemporaryPassword { revoke_sessions };
    let applied = apply_transition(&state, &caller, &user_id, Transition::ExpirePassword, extra).await?;
    let temp_password =
        applied.temporary.ok_or_else(|| OktaError::internal(anyhow::anyhow!("no temporary password was made")))?;
    Ok(Json(TempPassword { temp_password }))
}

/// Reset MFA factors. This server has no MFA factors to enrol, so an ACTIVE user stays as they are.
#[utoipa::path(post, path = "/api/v1/users/{userId}/lifecycle/reset_factors", tag = "Users lifecycle",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path)),
    responses((status = 200, description = "Nothing to reset", body = UserLifecycleResult), (status = 403, description = "Not active")))]
async fn reset_factors(
    State(state): State<AppState>,
    Admin(caller): Admin,
    base: BaseUrl,
    Path(user_id): Path<String>,
) -> OktaResult<Json<UserLifecycleResult>> {
    Ok(Json(transition(&state, &caller, &base, &user_id, Transition::ResetFactors, Extra::Nothing).await?))
}

/// The write path's name for a transition.
fn action_of(transition: Transition) -> &'static str {
    match transition {
        Transition::Activate => "user.activate",
        Transition::Reactivate => "user.reactivate",
        Transition::Deactivate => "user.deactivate",
        Transition::Suspend => "user.suspend",
        Transition::Unsuspend => "user.unsuspend",
        Transition::Unlock => "user.unlock",
        Transition::ResetPassword => "user.reset_password",
        Transition::ExpirePassword => "user.expire_password",
        Transition::ResetFactors => "user.reset_factors",
        Transition::Delete => "user.delete",
    }
}
