//! The bearer-token extractor.

use crate::AppState;
use crate::db::OptionalExtension;
use crate::db::{Actor, Change};
use crate::error::{ApiError, ApiResult};
use crate::store::Member;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use chrono::{DateTime, Utc};
use okta_hr_domain::lifecycle::{UserStatus, dismisses, punch_outlives_dismissal, sign_out_reason};
use okta_hr_domain::wire::Role;

/// `last_used_at` is refreshed at most this often, so reads never wait on a write.
pub(crate) const LAST_USED_RESOLUTION_SECS: i64 = 60;

/// The signed-in employee making the request.
#[derive(Debug, Clone)]
pub struct AuthUser {
    pub id: i64,
    pub company_id: i64,
    pub role: Role,
    pub token_id: i64,
    /// The company directory's version when the request was authenticated (for cached directory pages).
    pub directory_version: i64,
}

impl AuthUser {
    /// Refuses the request unless the caller has one of `roles`.
    /// Who this person is to the store.
    pub fn member(&self) -> Member {
        Member { id: self.id, company_id: self.company_id, role: self.role }
    }

    /// Who this person is to the write path.
    pub fn actor(&self) -> Actor {
        Actor::Person { company_id: self.company_id, employee_id: self.id }
    }

    pub fn require(&self, roles: &[Role]) -> Result<(), ApiError> {
        if roles.contains(&self.role) { Ok(()) } else { Err(ApiError::Forbidden) }
    }

    pub fn is_hr(&self) -> bool {
        self.role == Role::Hr
    }
}

struct TokenRow {
    hash: String,
    last_used_at: Option<DateTime<Utc>>,
    user: AuthUser,
    lifecycle: UserStatus,
    revoked: Option<(DateTime<Utc>, String)>,
    status_changed_at: Option<DateTime<Utc>>,
}

impl TokenRow {
    /// The person, unless their session has ended; then the reason their device is given.
    fn signed_in(self) -> Result<TokenRow, ApiError> {
        if let Some((_, reason)) = self.revoked {
            return Err(ApiError::SignedOut(reason));
        }
        if let Some(reason) = sign_out_reason(self.lifecycle) {
            return Err(ApiError::SignedOut(reason.to_owned()));
        }
        Ok(self)
    }

    /// When HR's suspension or deactivation ended this session, with the reason given for it: the
    /// person's current one, not an earlier one they came back from (whose revocation predates it).
    fn dismissal(&self) -> Option<Dismissal> {
        let (at, reason) = self.revoked.clone()?;
        let ended_by_it = dismisses(self.lifecycle)
            && sign_out_reason(self.lifecycle) == Some(reason.as_str())
            && self.status_changed_at.is_some_and(|changed| at >= changed);
        ended_by_it.then_some(Dismissal { at, reason })
    }
}

/// The token of the request, checked against its stored hash: who it was issued to, whatever has
/// happened to the session since.
async fn presented_token(parts: &Parts, state: &AppState) -> Result<TokenRow, ApiError> {
    let header = parts.headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok());
    let token = header.and_then(|h| h.strip_prefix("Bearer ")).ok_or(ApiError::Unauthenticated)?;
    let (token_id, secret) = super::parse_bearer(token.trim()).ok_or(ApiError::Unauthenticated)?;
    let presented_hash = crate::secrets::sha256_hex(secret);

    let row = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let row = conn
                .prepare_cached(
                    "SELECT t.token_hash, t.last_used_at, e.id, e.company_id, e.role, e.lifecycle,
                                c.directory_version, t.revoked_at, t.revoked_reason, e.status_changed_at
                         FROM personal_access_tokens t JOIN employees e ON e.id = t.employee_id
                         JOIN companies c ON c.id = e.company_id
                         WHERE t.id = ?1",
                )?
                .query_row([token_id], |r| {
                    let revoked_at: Option<DateTime<Utc>> = r.get(7)?;
                    let revoked_reason: Option<String> = r.get(8)?;
                    let status_changed_at: Option<DateTime<Utc>> = r.get(9)?;
                    Ok(TokenRow {
                        hash: r.get(0)?,
                        last_used_at: r.get(1)?,
                        user: AuthUser {
                            id: r.get(2)?,
                            company_id: r.get(3)?,
                            role: Role::parse(&r.get::<_, String>(4)?).unwrap_or(Role::Employee),
                            token_id,
                            directory_version: r.get(6)?,
                        },
                        lifecycle: UserStatus::parse(&r.get::<_, String>(5)?).unwrap_or(UserStatus::Deprovisioned),
                        revoked: revoked_at
                            .map(|at| (at, revoked_reason.unwrap_or_else(|| "Unauthenticated.".to_owned()))),
                        status_changed_at,
                    })
                })
                .optional()?;
            Ok(row)
        })
        .await?
        .ok_or(ApiError::Unauthenticated)?;

    // Both sides are SHA-256 digests of equal length, so comparing them leaks nothing useful.
    if row.hash != presented_hash {
        return Err(ApiError::Unauthenticated);
    }
    Ok(row)
}

/// Records that the token was used, at most once a minute and off the request's path.
fn touch(state: &AppState, row: &TokenRow) {
    let now = Utc::now();
    if row.last_used_at.is_some_and(|t| (now - t).num_seconds() < LAST_USED_RESOLUTION_SECS) {
        return;
    }
    let (db, actor, token_id) = (state.db.clone(), row.user.actor(), row.user.token_id);
    tokio::spawn(async move {
        let touched = db
            .write(Change::routine(actor, "auth.token_used").own_records(), move |conn| -> crate::db::Result<_> {
                conn.prepare_cached("UPDATE personal_access_tokens SET last_used_at = ?1 WHERE id = ?2")?
                    .execute(crate::db::params![now, token_id])?;
                Ok(())
            })
            .await;
        if let Err(error) = touched {
            tracing::warn!(%error, "could not record token use");
        }
    });
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(user) = parts.extensions.get::<AuthUser>() {
            return Ok(user.clone());
        }
        let row = presented_token(parts, state).await?.signed_in()?;
        touch(state, &row);
        parts.extensions.insert(row.user.clone());
        Ok(row.user)
    }
}

/// When and why HR's suspension or deactivation ended a session.
#[derive(Debug, Clone)]
struct Dismissal {
    at: DateTime<Utc>,
    reason: String,
}

/// Who sends a check-in or check-out: a signed-in person, or one HR has since suspended or deactivated
/// whose device is still delivering the punches it recorded before, which are time they worked.
#[derive(Debug, Clone)]
pub struct PunchCaller {
    pub user: AuthUser,
    dismissal: Option<Dismissal>,
}

impl PunchCaller {
    /// Refuses, with the reason the device was signed out, a punch recorded at `recorded_at` (`None`:
    /// now) by someone dismissed before it.
    pub fn may_record(&self, recorded_at: Option<DateTime<Utc>>) -> Result<(), ApiError> {
        match &self.dismissal {
            Some(dismissal) if !recorded_at.is_some_and(|at| punch_outlives_dismissal(at, dismissal.at)) => {
                Err(ApiError::SignedOut(dismissal.reason.clone()))
            }
            _ => Ok(()),
        }
    }
}

impl FromRequestParts<AppState> for PunchCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(caller) = parts.extensions.get::<PunchCaller>() {
            return Ok(caller.clone());
        }
        let row = presented_token(parts, state).await?;
        let caller = match row.dismissal() {
            Some(dismissal) => PunchCaller { user: row.user, dismissal: Some(dismissal) },
            None => {
                let row = row.signed_in()?;
                touch(state, &row);
                PunchCaller { user: row.user, dismissal: None }
            }
        };
        parts.extensions.insert(caller.clone());
        Ok(caller)
    }
}
