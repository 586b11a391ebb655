//! The Directory API's user-specific JWTs: `POST /api/v1/auth/jwt` signs one in exchange for an email and
//! password, and [`DirectoryCaller`] accepts it (and the management APIs' other credentials) on every
//! directory route.
//!
//! A JWT is HS256-signed with a key generated once in the database (migration 007), lives an hour, and
//! names the account (`sub`) and its organization (`org`) by their Okta ids. The account's lifecycle is
//! read again on every request, so suspending or deactivating someone stops their JWT at once.

use crate::AppState;
use crate::auth::sign_in::{still_as_verified, verify_credentials};
use crate::db::{Actor, Change};
use crate::db::{Connection, OptionalExtension};
use crate::error::{ApiError, ApiResult};
use crate::http::ClientIp;
use crate::okta::auth::Caller;
use crate::okta::body::OktaBody;
use crate::okta::error::{OktaError, OktaResult};
use crate::store::people;

use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use okta_hr_domain::lifecycle::{UserStatus, sign_out_reason};
use okta_hr_domain::okta::directory::JwtToken;
use okta_hr_domain::okta::directory_requests::JwtRequest;
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::Role;
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// How long a JWT is accepted after it is issued.
pub const JWT_LIFETIME_SECS: i64 = 3600;
/// The `iss` of every token this server signs, checked on the way back in.
pub const ISSUER: &str = "okta-hr";
/// The row of `server_secrets` holding the signing key.
const SIGNING_KEY: &str = "jwt_hs256";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(issue_jwt))
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    /// The account's Okta id (`00u…`).
    pub sub: String,
    /// The organization's Okta id (`00o…`).
    pub org: String,
    pub iss: String,
    pub jti: String,
    pub iat: i64,
    pub exp: i64,
}

fn signing_key(conn: &Connection) -> ApiResult<Vec<u8>> {
    conn.prepare_cached("SELECT value FROM server_secrets WHERE name = ?1")?
        .query_row([SIGNING_KEY], |r| r.get(0))
        .optional()?
        .ok_or_else(|| ApiError::internal(anyhow::anyhow!("the JWT signing key is missing from the database")))
}

/// Sign in with an email and password and get a JWT for the Directory API.
///
/// An extension the Directory API needs (its calls take a user-specific JWT). The credentials are checked
/// exactly as the app's sign-in checks them: five failures a minute per email and address, lock-out after
/// ten wrong passwords, and refusals for accounts that are not active. An expired password must first be
/// changed at the app's sign-in. Send the token as `Authorization: Bearer {access_token}`; it expires after
/// an hour and stops working as soon as the account is suspended or deactivated.
#[utoipa::path(post, path = "/api/v1/auth/jwt", tag = "Directory",
    request_body = JwtRequest,
    responses((status = 200, description = "The token", body = JwtToken),
        (status = 400, description = "Invalid input, wrong credentials or an account that may not sign in"),
        (status = 429, description = "Too many failed attempts")))]
async fn issue_jwt(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    OktaBody(body): OktaBody,
) -> OktaResult<Json<JwtToken>> {
    let mut v = Validator::new(&body);
    let email = v.required_email("email");
    let password = v.required_string("password", None);
    super::checked(v)?;
    let (Some(email), Some(password)) = (email, password) else {
        return Err(OktaError::internal(anyhow::anyhow!("validated fields missing")));
    };
    let account = verify_credentials(&state, ip, &email, password).await?;
    if account.status == UserStatus::PasswordExpired {
        return Err(OktaError::invalid(
            "password",
            "Your password has expired. Sign in to the app to choose a new one, then ask for a token again.",
        ));
    }
    let (company_id, employee_id) = (account.company_id, account.employee_id);
    let token = state
        .db
        .write(
            Change::routine(Actor::Person { company_id, employee_id }, "auth.issue_jwt").own_records(),
            move |conn| {
                still_as_verified(conn, &account)?;
                people::account::record_sign_in(conn, company_id, employee_id)?;
                let (sub, org): (String, String) = conn
                    .prepare_cached(
                        "SELECT e.okta_id, c.okta_id FROM employees e JOIN companies c ON c.id = e.company_id
                     WHERE e.id = ?1",
                    )?
                    .query_row([employee_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
                let now = Utc::now().timestamp();
                let claims = Claims {
                    sub,
                    org,
                    iss: ISSUER.to_owned(),
                    jti: uuid::Uuid::new_v4().to_string(),
                    iat: now,
                    exp: now + JWT_LIFETIME_SECS,
                };
                let key = signing_key(conn)?;
                jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &EncodingKey::from_secret(&key))
                    .map_err(ApiError::internal)
            },
        )
        .await?;
    Ok(Json(JwtToken { access_token: token, token_type: "Bearer".to_owned(), expires_in: JWT_LIFETIME_SECS }))
}

/// Whether a bearer credential is a JWT (three dot-separated parts) rather than the app's `{id}|{secret}`.
fn is_jwt(token: &str) -> bool {
    !token.contains('|') && token.split('.').count() == 3
}

/// The caller of a directory route: a Directory API JWT, or any credential the management APIs take
/// (an `SSWS` API token, the app's bearer token).
#[derive(Debug, Clone)]
pub struct DirectoryCaller(pub Caller);

impl FromRequestParts<AppState> for DirectoryCaller {
    type Rejection = OktaError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(caller) = parts.extensions.get::<DirectoryCaller>() {
            return Ok(caller.clone());
        }
        let header = parts.headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let caller = match header.strip_prefix("Bearer ").map(str::trim).filter(|token| is_jwt(token)) {
            Some(token) => DirectoryCaller(jwt_caller(state, token.to_owned()).await?),
            None => DirectoryCaller(Caller::from_request_parts(parts, state).await?),
        };
        parts.extensions.insert(caller.clone());
        Ok(caller)
    }
}

async fn jwt_caller(state: &AppState, token: String) -> OktaResult<Caller> {
    let found = state
        .db
        .read(move |conn| -> OktaResult<_> {
            let key = signing_key(conn)?;
            let mut validation = Validation::new(Algorithm::HS256);
            validation.leeway = 0;
            validation.set_issuer(&[ISSUER]);
            validation.set_required_spec_claims(&["exp", "iss", "sub"]);
            let Ok(data) = jsonwebtoken::decode::<Claims>(&token, &DecodingKey::from_secret(&key), &validation) else {
                return Ok(None);
            };
            let claims = data.claims;
            Ok(conn
                .prepare_cached(
                    "SELECT e.id, e.company_id, e.role, e.lifecycle FROM employees e
                     JOIN companies c ON c.id = e.company_id WHERE e.okta_id = ?1 AND c.okta_id = ?2",
                )?
                .query_row([&claims.sub, &claims.org], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
                })
                .optional()?)
        })
        .await?;
    let Some((employee_id, company_id, role, lifecycle)) = found else {
        return Err(OktaError::InvalidToken);
    };
    let status = UserStatus::parse(&lifecycle).unwrap_or(UserStatus::Deprovisioned);
    if let Some(reason) = sign_out_reason(status) {
        return Err(OktaError::refused(StatusCode::UNAUTHORIZED, "E0000011", reason));
    }
    if !matches!(status, UserStatus::Active | UserStatus::PasswordExpired) {
        return Err(OktaError::InvalidToken);
    }
    Ok(Caller { employee_id, company_id, role: Role::parse(&role).unwrap_or(Role::Employee), via_api_token: false })
}
