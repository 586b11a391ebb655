//! Who is calling the management APIs: an `SSWS` API token, or the app's own bearer token.
//!
//! Both identify a person of one company. An API token acts as the HR user who created it and stops
//! working when that user can no longer sign in; a bearer token is the app's session, so HR's admin
//! screens use the same routes as any Okta client.

use crate::AppState;
use crate::auth::{AuthUser, LAST_USED_RESOLUTION_SECS};
use crate::db::OptionalExtension;
use crate::db::{Actor, Change};
use crate::okta::error::{OktaError, OktaResult};
use crate::secrets::sha256_hex;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use okta_hr_domain::lifecycle::UserStatus;
use okta_hr_domain::wire::Role;

/// `Authorization: SSWS {token}`: Okta's API token scheme. The space is optional because Okta's own
/// Python SDK (3.x) sends `SSWS{token}` on its generated API calls.
pub const API_TOKEN_SCHEME: &str = "SSWS";

#[derive(Debug, Clone)]
pub struct Caller {
    /// The employee (user) acting: the token's owner for an API token.
    pub employee_id: i64,
    pub company_id: i64,
    pub role: Role,
    pub via_api_token: bool,
}

impl Caller {
    /// Who this caller is to the write path: an API token acts as its HR owner, but is named as a token.
    pub fn actor(&self) -> Actor {
        let (company_id, employee_id) = (self.company_id, self.employee_id);
        if self.via_api_token {
            Actor::ApiToken { company_id, employee_id }
        } else {
            Actor::Person { company_id, employee_id }
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Hr
    }

    /// Refuses anyone but an administrator (HR, or an API token made by HR).
    pub fn require_admin(&self) -> OktaResult<()> {
        if self.is_admin() { Ok(()) } else { Err(OktaError::Forbidden) }
    }

    /// Refuses anyone but the person themselves or an administrator.
    pub fn require_self_or_admin(&self, employee_id: i64) -> OktaResult<()> {
        if self.is_admin() || self.employee_id == employee_id { Ok(()) } else { Err(OktaError::Forbidden) }
    }
}

/// A caller who must be an administrator; anyone else is refused with E0000006.
#[derive(Debug, Clone)]
pub struct Admin(pub Caller);

impl FromRequestParts<AppState> for Admin {
    type Rejection = OktaError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let caller = Caller::from_request_parts(parts, state).await?;
        caller.require_admin()?;
        Ok(Admin(caller))
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = OktaError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(caller) = parts.extensions.get::<Caller>() {
            return Ok(caller.clone());
        }
        let header = parts.headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let caller = match header.strip_prefix(API_TOKEN_SCHEME) {
            Some(token) => api_token_caller(state, token.trim()).await?,
            None => {
                let user = AuthUser::from_request_parts(parts, state).await?;
                Caller { employee_id: user.id, company_id: user.company_id, role: user.role, via_api_token: false }
            }
        };
        parts.extensions.insert(caller.clone());
        Ok(caller)
    }
}

async fn api_token_caller(state: &AppState, token: &str) -> OktaResult<Caller> {
    if token.is_empty() {
        return Err(OktaError::InvalidToken);
    }
    let hash = sha256_hex(token);
    let found = state
        .db
        .read(move |conn| -> OktaResult<_> {
            Ok(conn
                .prepare_cached(
                    "SELECT t.id, e.id, e.company_id, e.role, e.lifecycle, t.limit_to_role, t.last_used_at
                     FROM api_tokens t JOIN employees e ON e.id = t.employee_id WHERE t.token_hash = ?1",
                )?
                .query_row([hash], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, Option<chrono::DateTime<chrono::Utc>>>(6)?,
                    ))
                })
                .optional()?)
        })
        .await?;
    let Some((token_id, employee_id, company_id, role, lifecycle, limit_to_role, last_used_at)) = found else {
        return Err(OktaError::InvalidToken);
    };
    // A token is only as good as the person behind it: suspended or deactivated owners' tokens stop.
    let owner_can_act = matches!(UserStatus::parse(&lifecycle), Some(UserStatus::Active | UserStatus::PasswordExpired));
    if !owner_can_act {
        return Err(OktaError::InvalidToken);
    }
    // As with the app's tokens, the last use is recorded at most once a minute: a script paging through
    // the users API would otherwise queue a durable write for every page it reads.
    let now = chrono::Utc::now();
    if last_used_at.is_none_or(|t| (now - t).num_seconds() >= LAST_USED_RESOLUTION_SECS) {
        let db = state.db.clone();
        tokio::spawn(async move {
            let touched = db
                .write(
                    Change::routine(Actor::ApiToken { company_id, employee_id }, "auth.token_used"),
                    move |conn| -> crate::db::Result<_> {
                        conn.prepare_cached("UPDATE api_tokens SET last_used_at = ?1 WHERE id = ?2")?
                            .execute(crate::db::params![now, token_id])?;
                        Ok(())
                    },
                )
                .await;
            if let Err(error) = touched {
                tracing::warn!(%error, "could not record API token use");
            }
        });
    }
    let owner_role = Role::parse(&role).unwrap_or(Role::Employee);
    // An organization key limited to a role acts with the lesser of that role and its owner's.
    let role = match limit_to_role.as_deref().and_then(Role::parse) {
        Some(limit) if rank(limit) < rank(owner_role) => limit,
        _ => owner_role,
    };
    Ok(Caller { employee_id, company_id, role, via_api_token: true })
}

/// Roles from least to most privileged.
fn rank(role: Role) -> u8 {
    match role {
        Role::Employee => 0,
        Role::Manager => 1,
        Role::Hr => 2,
    }
}
