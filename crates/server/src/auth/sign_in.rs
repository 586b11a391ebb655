//! The rules of every way to sign in (the app's token, the Directory API's JWT): the throttle per email
//! and address, ThreatInsight's screening of the address, argon2id verification that costs the same for
//! unknown emails, the lock-out after repeated wrong passwords, and the refusals by lifecycle status.

use super::threat_insight;
use crate::AppState;
use crate::db::{Actor, Change, Connection, OptionalExtension, Scope};
use crate::error::{ApiError, ApiResult};
use crate::secrets::{decoy_password_hash, verify_password};
use crate::store::people::account::LOCK_OUT_AFTER_FAILURES;
use crate::store::{StoreError, StoreResult, notifications, people};
use okta_hr_domain::lifecycle::{UserStatus, sign_in_refusal};

/// Checks an email (or login) and password as the sign-in does: failed attempts are limited per email and
/// address, wrong passwords count towards a lock-out, and accounts that may not sign in (not yet
/// activated, suspended, locked, deactivated) are refused with the reason. Shared by every way to sign in.
pub async fn verify_credentials(
    state: &AppState,
    ip: Option<std::net::IpAddr>,
    email: &str,
    password: String,
) -> ApiResult<Account> {
    let throttle_key = format!("{}|{}", email.to_lowercase(), ip.map(|ip| ip.to_string()).unwrap_or_default());
    let attempt = state.login_limiter.check(&throttle_key).await?;
    if !attempt.allowed {
        return Err(ApiError::TooManyAttempts { retry_after_secs: attempt.retry_after_secs });
    }

    let lookup_email = email.to_owned();
    let account: Option<Account> = state
        .db
        .read(move |conn| -> ApiResult<_> {
            Ok(conn
                .prepare_cached(
                    "SELECT id, company_id, password_hash, lifecycle FROM employees WHERE email = ?1 OR login = ?1
                     ORDER BY email = ?1 DESC LIMIT 1",
                )?
                .query_row([lookup_email], |r| {
                    Ok(Account {
                        employee_id: r.get(0)?,
                        company_id: r.get(1)?,
                        password_hash: r.get(2)?,
                        status: UserStatus::parse(&r.get::<_, String>(3)?).unwrap_or(UserStatus::Deprovisioned),
                    })
                })
                .optional()?)
        })
        .await?;
    if let Some(account) = &account {
        threat_insight::screen(state, ip, account.company_id).await?;
    }
    let stored_hash = account.as_ref().and_then(|a| a.password_hash.clone());
    let verified = tokio::task::spawn_blocking(move || {
        verify_password(&password, stored_hash.as_deref().unwrap_or(decoy_password_hash()))
    })
    .await
    .map_err(ApiError::internal)?;
    let account = match account {
        Some(account) if verified && account.password_hash.is_some() => account,
        unverified => {
            state.login_limiter.hit(&throttle_key).await?;
            threat_insight::record_failure(state, ip, unverified.as_ref().map(|a| a.company_id)).await?;
            if let Some(account) = unverified {
                record_failure(state, account).await?;
            }
            return Err(ApiError::invalid("email", "The provided credentials are incorrect."));
        }
    };
    // Most sign-ins follow no failure; only an earlier one leaves a window to forget.
    if attempt.remaining + 1 < attempt.limit {
        state.login_limiter.clear(&throttle_key).await?;
    }
    if let Some(refusal) = sign_in_refusal(account.status) {
        return Err(ApiError::invalid("email", refusal));
    }
    Ok(account)
}

/// Refuses a sign-in whose account changed between the password check and the sign-in's own write: HR
/// suspended, deactivated or reset the person, or a wrong password elsewhere locked them out. The write
/// takes the person's scope, which keeps the status from changing from its start on; this closes the
/// moment before, while the password was hashed.
pub fn still_as_verified(conn: &Connection, account: &Account) -> StoreResult<()> {
    let now: Option<String> = conn
        .prepare_cached("SELECT lifecycle FROM employees WHERE id = ?1 AND company_id = ?2")?
        .query_row([account.employee_id, account.company_id], |r| r.get(0))
        .optional()?;
    let now = now.as_deref().and_then(UserStatus::parse).unwrap_or(UserStatus::Deprovisioned);
    if now == account.status {
        return Ok(());
    }
    let refusal = sign_in_refusal(now).unwrap_or("Your account changed while you were signing in. Sign in again.");
    Err(StoreError::invalid("email", refusal))
}

/// The person behind a verified email and password.
pub struct Account {
    pub employee_id: i64,
    pub company_id: i64,
    password_hash: Option<String>,
    pub status: UserStatus,
}

/// Counts a wrong password against the account; the one that locks it out tells the company's HR.
async fn record_failure(state: &AppState, account: Account) -> ApiResult<()> {
    let (employee_id, company_id) = (account.employee_id, account.company_id);
    state
        .db
        .write(
            Change::routine(Actor::Anonymous, "auth.sign_in_failed").within(Scope::Person { company_id, employee_id }),
            move |conn| {
                if crate::store::people::account::record_failed_sign_in(conn, company_id, employee_id)? {
                    let name = people::record::name(conn, company_id, employee_id)?;
                    notifications::notify_admins(conn, company_id, notifications::USER_LOCKED_OUT, |language| {
                        let args = okta_hr_i18n::args!["name" => name.clone(), "count" => LOCK_OUT_AFTER_FAILURES];
                        (language.tr("notice-locked-out-title"), language.tr_with("notice-locked-out-body", &args))
                    })?;
                }
                Ok(())
            },
        )
        .await
}
