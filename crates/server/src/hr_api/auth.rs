//! `POST /api/v1/auth/login`, `POST /api/v1/auth/logout` and `POST /api/v1/auth/set-password`.

use crate::AppState;
use crate::auth::AuthUser;
use crate::auth::sign_in::{still_as_verified, verify_credentials};
use crate::db::params;
use crate::db::{Actor, Change, Scope};
use crate::error::{ApiError, ApiResult};
use crate::http::ClientIp;
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, included};
use crate::secrets::{hash_password, new_token_secret, sha256_hex};
use crate::store::people;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::Utc;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::lifecycle::{UserStatus, password_problem};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{TokenAttributes, kind};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Signing in and setting a password from a one-time link: no token yet.
pub fn public_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(login)).routes(routes!(set_password))
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(logout))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct LoginRequest {
    /// Must be a valid email address.
    #[schema(example = "employee@acme.test")]
    email: String,
    #[schema(example = "password")]
    password: String,
    /// Must not be greater than 100 characters.
    #[schema(example = "Pixel 8")]
    device_name: String,
    /// Only when the password has expired: the new password, set as the sign-in succeeds.
    new_password: Option<String>,
}

/// Issue a Sanctum token for the mobile app / API consumers.
///
/// Failed attempts are limited to five a minute per email and address (429 with `Retry-After`).
/// The token is `{id}|{secret}`; send it as `Authorization: Bearer {token}`.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "Auth", request_body = LoginRequest,
    responses(
        (status = 201, description = "The token, with the signed-in employee included",
            body = Document<Resource<TokenAttributes>>),
        (status = 422, description = "Invalid input or wrong credentials"),
        (status = 429, description = "Too Many Attempts."),
    ))]
async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    input: PostInput,
) -> ApiResult<JsonApi<Document<Resource<TokenAttributes>>>> {
    let mut v = Validator::new(&input.fields);
    let email = v.required_email("email");
    let password = v.required_string("password", None);
    let device_name = v.required_string("device_name", Some(100));
    let new_password = v.optional_string("new_password", Some(255));
    v.finish()?;
    let (Some(email), Some(password), Some(device_name)) = (email, password, device_name) else {
        return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
    };

    let account = verify_credentials(&state, ip, &email, password).await?;
    let new_password_hash = match (account.status, new_password) {
        (UserStatus::PasswordExpired, None) => {
            return Err(ApiError::invalid("new_password", PASSWORD_EXPIRED));
        }
        (UserStatus::PasswordExpired, Some(new_password)) => Some(new_password_hash(new_password, &input).await?),
        _ => None,
    };
    let (employee_id, company_id) = (account.employee_id, account.company_id);

    let secret = new_token_secret();
    let token_name = device_name.clone();
    let token_hash = sha256_hex(&secret);
    let (token_id, created_at, employee) = state
        .db
        .write(
            Change::routine(Actor::Person { company_id, employee_id }, "auth.sign_in").own_records(),
            move |conn| -> ApiResult<_> {
                still_as_verified(conn, &account)?;
                if let Some(hash) = &new_password_hash {
                    people::account::set_password(conn, company_id, employee_id, hash)?;
                    people::account::set_status(conn, company_id, employee_id, UserStatus::Active)?;
                }
                people::account::record_sign_in(conn, company_id, employee_id)?;
                let now = Utc::now();
                let token_id: i64 = conn.query_row(
                    "INSERT INTO personal_access_tokens (employee_id, name, token_hash, last_used_at, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?4) RETURNING id",
                    params![employee_id, token_name, token_hash, now],
                    |r| r.get(0),
                )?;
                let employee = people::record::get(conn, company_id, employee_id)?.ok_or(ApiError::Unauthenticated)?;
                Ok((token_id, now, employee))
            },
        )
        .await?;
    let attributes = TokenAttributes { token: format!("{token_id}|{secret}"), device_name, created_at };
    let mut document = Document::new(Resource::new(kind::TOKEN, token_id, attributes).with_one(
        "employee",
        kind::EMPLOYEE,
        Some(employee_id),
    ));
    document.included.push(included(employee)?);
    Ok(JsonApi(StatusCode::CREATED, document))
}

const LINK_SPENT: &str = "This link has expired or was already used. Ask your HR team for a new one.";
/// The person and company of a link's holder who may still choose a password with it.
fn link_holder(found: Option<(i64, i64, UserStatus)>) -> ApiResult<(i64, i64)> {
    match found {
        Some((employee_id, company_id, UserStatus::Provisioned | UserStatus::Recovery | UserStatus::Staged)) => {
            Ok((employee_id, company_id))
        }
        _ => Err(ApiError::invalid("token", LINK_SPENT)),
    }
}

const PASSWORD_EXPIRED: &str = "Your password has expired. Choose a new password to sign in.";

/// The hash of the password chosen at a sign-in with an expired one, once it meets the policy.
async fn new_password_hash(new_password: String, input: &PostInput) -> ApiResult<String> {
    if let Some(problem) = password_problem(&new_password) {
        return Err(ApiError::invalid("new_password", problem));
    }
    if input.fields.get("password").and_then(|p| p.as_str()) == Some(new_password.as_str()) {
        return Err(ApiError::invalid("new_password", "The new password must differ from the expired one."));
    }
    tokio::task::spawn_blocking(move || hash_password(&new_password))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::Internal)
}

/// Set a password with a one-time activation or reset token.
///
/// An extension for the Users API's activation (`lifecycle/activate` of a user without a password) and
/// reset (`lifecycle/reset_password`, `credentials/forgot_password`) links: the token from the link and a
/// new password make the account ACTIVE. Answers 200 with a message; the person then signs in.
#[utoipa::path(post, path = "/api/v1/auth/set-password", tag = "Auth", request_body = SetPasswordRequest,
    responses((status = 200, description = "The password is set"),
        (status = 422, description = "Unknown, used or expired token, or a password that does not meet the policy")))]
async fn set_password(State(state): State<AppState>, input: PostInput) -> ApiResult<Json<serde_json::Value>> {
    let mut v = Validator::new(&input.fields);
    let token = v.required_string("token", Some(255));
    let password = v.required_string("password", Some(255));
    v.finish()?;
    let (Some(token), Some(password)) = (token, password) else {
        return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
    };
    if let Some(problem) = password_problem(&password) {
        return Err(ApiError::invalid("password", problem));
    }
    let token_hash = sha256_hex(&token);
    let lookup = token_hash.clone();
    let found = state.db.read(move |conn| people::account::by_one_time_token(conn, &lookup)).await?;
    let (employee_id, company_id) = link_holder(found)?;
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::Internal)?;
    state
        .db
        .write(
            Change::routine(Actor::Anonymous, "auth.set_password").within(Scope::Person { company_id, employee_id }),
            move |conn| -> ApiResult<()> {
                // Looked up again under the person's lock: HR may have suspended the person, or sent a
                // newer link, while the password was hashed.
                if link_holder(people::account::by_one_time_token(conn, &token_hash)?)? != (employee_id, company_id) {
                    return Err(ApiError::invalid("token", LINK_SPENT));
                }
                people::account::set_password(conn, company_id, employee_id, &hash)?;
                Ok(people::account::set_status(conn, company_id, employee_id, UserStatus::Active)?)
            },
        )
        .await?;
    Ok(Json(serde_json::json!({ "message": "Your password is set. You can sign in now." })))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct SetPasswordRequest {
    /// The token from the activation or reset link.
    token: String,
    /// At least 8 characters.
    password: String,
}

/// Revoke the token used for the current request.
///
/// Other devices stay signed in.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "Auth", security(("bearer" = [])),
    responses((status = 204, description = "The token is revoked"), (status = 401, description = "Unauthenticated.")))]
async fn logout(State(state): State<AppState>, user: AuthUser) -> ApiResult<StatusCode> {
    state
        .db
        .write(Change::routine(user.actor(), "auth.sign_out").own_records(), move |conn| -> ApiResult<_> {
            conn.prepare_cached("DELETE FROM personal_access_tokens WHERE id = ?1")?.execute([user.token_id])?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
