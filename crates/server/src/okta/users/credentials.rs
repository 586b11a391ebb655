//! Credential operations: change the password or the recovery question with the current password, and
//! the forgot-password flow (a reset link, or a new password against the recovery answer).

use super::lifecycle::{OneTimeLink, link_unless_emailed, transition};
use super::{hash, input, json, load};
use crate::AppState;
use crate::db::Change;
use crate::okta::auth::Caller;
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::okta::links::BaseUrl;
use crate::okta::page::Params;
use crate::secrets::verify_password;
use crate::store::people;
use crate::store::people::account::User;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use okta_hr_domain::lifecycle::{Transition, UserStatus};
use okta_hr_domain::okta::users::{ChangePasswordRequest, ForgotPasswordResult, UserCredentials, UserCredentialsWrite};
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(change_password))
        .routes(routes!(change_recovery_question))
        .routes(routes!(forgot_password))
}

/// The credentials of a user who has just set their password or recovery question.
fn credentials(user: &User, question: Option<String>) -> UserCredentials {
    json::credentials(true, question.or_else(|| user.recovery_question.clone()))
}

/// What the audit trail records of a new password: whose it is and that it changed, never the password.
fn password_changed(user: &User, status_after: UserStatus) -> Value {
    let mut details = json!({ "login": user.profile.login, "password_changed": true });
    if status_after != user.status {
        details["status"] = json!({ "before": user.status.as_str(), "after": status_after.as_str() });
    }
    details
}

fn credentials_refused(cause: &str) -> OktaError {
    OktaError::refused(StatusCode::FORBIDDEN, "E0000014", "Update of credentials failed").with_cause(cause.to_owned())
}

/// Checks `password` against the user's stored hash off the async runtime.
async fn verify(state: &AppState, user: &User, password: String) -> OktaResult<bool> {
    let (company_id, employee_id) = (user.company_id, user.id);
    let stored = state.db.read(move |conn| people::account::password_hash(conn, company_id, employee_id)).await?;
    let Some(stored) = stored else {
        return Ok(false);
    };
    tokio::task::spawn_blocking(move || verify_password(&password, &stored)).await.map_err(OktaError::internal)
}

/// Change a password by validating the current one.
///
/// For STAGED, ACTIVE, PASSWORD_EXPIRED and RECOVERY users with a password; an expired or recovering
/// user is ACTIVE afterwards. This is the password the app signs in with.
#[utoipa::path(post, path = "/api/v1/users/{userId}/credentials/change_password", tag = "Users credentials",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("strict" = Option<bool>, Query)),
    request_body = ChangePasswordRequest,
    responses((status = 200, description = "The user's credentials", body = UserCredentials),
        (status = 403, description = "Wrong current password, or not allowed in the user's status"),
        (status = 400, description = "The new password does not meet the policy")))]
async fn change_password(
    State(state): State<AppState>,
    caller: Caller,
    params: Params,
    Path(user_id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<UserCredentials>> {
    params.flag("strict")?;
    let user = load(&state, &caller, &user_id).await?;
    caller.require_self_or_admin(user.id)?;
    let allowed = matches!(
        user.status,
        UserStatus::Staged | UserStatus::Active | UserStatus::PasswordExpired | UserStatus::Recovery
    );
    if !allowed || !user.has_password {
        return Err(credentials_refused("This operation is not allowed in the user's current status."));
    }
    let old = input::password_value(body.get("oldPassword"), "oldPassword")?
        .ok_or_else(|| OktaError::invalid("oldPassword", "The current password is required."))?;
    let new = input::password_value(body.get("newPassword"), "newPassword")?
        .ok_or_else(|| OktaError::invalid("newPassword", "The new password is required."))?;
    input::check_password(&new, Some(&user.profile), "newPassword")?;
    if !verify(&state, &user, old.clone()).await? {
        return Err(credentials_refused("oldPassword: Old Password is not correct"));
    }
    if old == new {
        return Err(credentials_refused("newPassword: Password cannot be your current password"));
    }
    let new_hash = hash(new).await?;
    let (company_id, employee_id) = (user.company_id, user.id);
    let reactivated = matches!(user.status, UserStatus::PasswordExpired | UserStatus::Recovery);
    let details = password_changed(&user, if reactivated { UserStatus::Active } else { user.status });
    state
        .db
        .write(Change::by(caller.actor(), "user.change_password"), move |conn| -> OktaResult<_> {
            people::account::set_password(conn, company_id, employee_id, &new_hash)?;
            if reactivated {
                people::account::set_status(conn, company_id, employee_id, UserStatus::Active)?;
            }
            conn.audit("user", &employee_id.to_string(), &details)?;
            Ok(())
        })
        .await?;
    Ok(Json(credentials(&user, None)))
}

/// Change the recovery question and answer by validating the current password.
#[utoipa::path(post, path = "/api/v1/users/{userId}/credentials/change_recovery_question", tag = "Users credentials",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path)),
    request_body = UserCredentialsWrite,
    responses((status = 200, description = "The user's credentials", body = UserCredentials),
        (status = 403, description = "Wrong password, or not allowed in the user's status")))]
async fn change_recovery_question(
    State(state): State<AppState>,
    caller: Caller,
    Path(user_id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<UserCredentials>> {
    let user = load(&state, &caller, &user_id).await?;
    caller.require_self_or_admin(user.id)?;
    if !matches!(user.status, UserStatus::Staged | UserStatus::Active | UserStatus::Recovery) || !user.has_password {
        return Err(credentials_refused("This operation is not allowed in the user's current status."));
    }
    let password = input::password_value(body.get("password"), "password")?
        .ok_or_else(|| OktaError::invalid("password", "The current password is required."))?;
    let (question, answer) = input::recovery_question(body.get("recovery_question"))?
        .ok_or_else(|| OktaError::invalid("recovery_question", "The recovery question and answer are required."))?;
    if !verify(&state, &user, password).await? {
        return Err(credentials_refused("password: The password is not correct"));
    }
    let answer_hash = hash(answer).await?;
    let (company_id, employee_id, stored_question) = (user.company_id, user.id, question.clone());
    // The question is shown to the user and kept; the answer is a secret, so only its change is recorded.
    let details = json!({
        "login": user.profile.login,
        "recovery_question": { "before": user.recovery_question, "after": question },
        "recovery_answer_changed": true,
    });
    state
        .db
        .write(Change::by(caller.actor(), "user.set_recovery_question"), move |conn| -> OktaResult<_> {
            people::account::set_recovery_question(conn, company_id, employee_id, &stored_question, &answer_hash)?;
            Ok(conn.audit("user", &employee_id.to_string(), &details)?)
        })
        .await?;
    Ok(Json(credentials(&user, Some(question))))
}

/// Forgot password.
///
/// With `password.value` and `recovery_question.answer` in the body, sets the new password once the
/// answer matches. Without a body (administrators), starts a reset: the user is in RECOVERY until they
/// use the reset link, shown with `sendEmail=false`.
#[utoipa::path(post, path = "/api/v1/users/{userId}/credentials/forgot_password", tag = "Users credentials",
    security(("api_token" = []), ("bearer" = [])), params(("userId" = String, Path), ("sendEmail" = Option<bool>, Query)),
    request_body = UserCredentialsWrite,
    responses((status = 200, description = "The credentials, or the reset link", body = ForgotPasswordResult),
        (status = 403, description = "Wrong answer, or not allowed in the user's status")))]
async fn forgot_password(
    State(state): State<AppState>,
    caller: Caller,
    base: BaseUrl,
    params: Params,
    Path(user_id): Path<String>,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<ForgotPasswordResult>> {
    let new = input::password_value(body.get("password"), "password")?;
    let answer = body.get("recovery_question").and_then(|q| q.get("answer")).and_then(Value::as_str).map(str::trim);
    let (Some(new), Some(answer)) = (new, answer) else {
        caller.require_admin()?;
        let extra = link_unless_emailed(&params, OneTimeLink::PasswordReset)?;
        let reset = transition(&state, &caller, &base, &user_id, Transition::ResetPassword, extra).await?;
        return Ok(Json(ForgotPasswordResult::Reset(reset)));
    };
    let user = load(&state, &caller, &user_id).await?;
    caller.require_self_or_admin(user.id)?;
    if user.status != UserStatus::Active {
        return Err(credentials_refused("This operation is not allowed in the user's current status."));
    }
    input::check_password(&new, Some(&user.profile), "password")?;
    let (company_id, employee_id) = (user.company_id, user.id);
    let stored =
        state.db.read(move |conn| people::account::recovery_answer_hash(conn, company_id, employee_id)).await?;
    let answer = answer.to_lowercase();
    let matches = match stored {
        Some(stored) => {
            tokio::task::spawn_blocking(move || verify_password(&answer, &stored)).await.map_err(OktaError::internal)?
        }
        None => false,
    };
    if !matches {
        return Err(credentials_refused("recovery_question.answer: The recovery answer is not correct"));
    }
    let new_hash = hash(new).await?;
    // A password set against the recovery answer is a credential change like any other: the trail shows
    // that it happened (and how), whoever asked.
    let mut details = password_changed(&user, user.status);
    details["via"] = json!("recovery_answer");
    state
        .db
        .write(Change::by(caller.actor(), "user.forgot_password"), move |conn| -> OktaResult<_> {
            people::account::set_password(conn, company_id, employee_id, &new_hash)?;
            Ok(conn.audit("user", &employee_id.to_string(), &details)?)
        })
        .await?;
    Ok(Json(ForgotPasswordResult::Credentials(credentials(&user, None))))
}
