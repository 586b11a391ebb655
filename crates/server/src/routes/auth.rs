//! `POST /api/v1/auth/login` and `POST /api/v1/auth/logout`.

use crate::AppState;
use crate::auth::{AuthUser, decoy_password_hash, new_token_secret, sha256_hex, verify_password};
use crate::error::{ApiError, ApiResult};
use crate::http::ClientIp;
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, included};
use crate::store::employees;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::Utc;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{TokenAttributes, kind};
use rusqlite::{OptionalExtension, params};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(login)).routes(routes!(logout))
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
    v.finish()?;
    let (Some(email), Some(password), Some(device_name)) = (email, password, device_name) else {
        return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
    };

    let throttle_key = format!("{}|{}", email.to_lowercase(), ip.map(|ip| ip.to_string()).unwrap_or_default());
    let attempt = state.login_limiter.check(&throttle_key);
    if !attempt.allowed {
        return Err(ApiError::TooManyAttempts { retry_after_secs: attempt.retry_after_secs });
    }

    let lookup_email = email.clone();
    let account: Option<(i64, i64, Option<String>)> = state
        .db
        .read(move |conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT id, company_id, password_hash FROM employees WHERE email = ?1 AND status = 'active'",
                )?
                .query_row([lookup_email], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?)
        })
        .await?;
    let stored_hash = account.as_ref().and_then(|(_, _, hash)| hash.clone());
    let verified = tokio::task::spawn_blocking(move || {
        verify_password(&password, stored_hash.as_deref().unwrap_or(decoy_password_hash()))
    })
    .await
    .map_err(ApiError::internal)?;
    let Some((employee_id, company_id, _)) = account.filter(|(_, _, hash)| verified && hash.is_some()) else {
        state.login_limiter.hit(&throttle_key);
        return Err(ApiError::invalid("email", "The provided credentials are incorrect."));
    };
    state.login_limiter.clear(&throttle_key);

    let secret = new_token_secret();
    let token_name = device_name.clone();
    let token_hash = sha256_hex(&secret);
    let (token_id, created_at, employee) = state
        .db
        .write(move |conn| {
            let now = Utc::now();
            conn.prepare_cached(
                "INSERT INTO personal_access_tokens (employee_id, name, token_hash, last_used_at, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
            )?
            .execute(params![employee_id, token_name, token_hash, now])?;
            let employee = employees::get(conn, company_id, employee_id)?.ok_or(ApiError::Unauthenticated)?;
            Ok((conn.last_insert_rowid(), now, employee))
        })
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

/// Revoke the token used for the current request.
///
/// Other devices stay signed in.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "Auth", security(("bearer" = [])),
    responses((status = 204, description = "The token is revoked"), (status = 401, description = "Unauthenticated.")))]
async fn logout(State(state): State<AppState>, user: AuthUser) -> ApiResult<StatusCode> {
    state
        .db
        .write(move |conn| {
            conn.prepare_cached("DELETE FROM personal_access_tokens WHERE id = ?1")?.execute([user.token_id])?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
