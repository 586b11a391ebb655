//! ThreatInsight at every sign-in (the app's `POST /api/v1/auth/login`, the Directory API's JWT); its
//! configuration is the Okta-style API in `okta::threats`.
//!
//! Okta judges addresses by its own threat intelligence; this server judges them by what it sees: an
//! address with [`SUSPICIOUS_AFTER_FAILURES`] failed sign-ins within [`SUSPICIOUS_WINDOW`], to any
//! accounts, is suspicious. The company of the account being signed in to decides what that means: with
//! `audit` the moment an address becomes suspicious is logged and reported to the admins subscribed to
//! REPORT_SUSPICIOUS_ACTIVITY; with `block` it is also refused (429 with `Retry-After`) until the window
//! passes, even with the right password; with `none` nothing happens.

use crate::AppState;
use crate::db::{Actor, Change, Scope};
use crate::error::{ApiError, ApiResult};
use crate::http::rate_limit::FixedWindow;
use crate::store::notifications;
use crate::store::threats::{self, Action};
use std::net::IpAddr;
use std::time::Duration;

/// Failed sign-ins from one address that make it suspicious: far more than one person mistyping (the
/// per-account limit is 5 a minute and 10 lock the account), as many as a password-spraying run.
pub const SUSPICIOUS_AFTER_FAILURES: u32 = 20;
pub const SUSPICIOUS_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Failed sign-ins counted per client address: the window "allows" an address while it has had fewer
/// than [`SUSPICIOUS_AFTER_FAILURES`].
pub fn failure_counter(db: crate::db::Db) -> FixedWindow {
    FixedWindow::new(db, "sign_in_failures_by_ip", SUSPICIOUS_AFTER_FAILURES, SUSPICIOUS_WINDOW)
}

async fn action(state: &AppState, company_id: i64) -> ApiResult<Action> {
    Ok(state.db.read(move |conn| threats::get(conn, company_id)).await?.action)
}

/// Refuses a sign-in to the company's account from a suspicious address when the company blocks them.
pub async fn screen(state: &AppState, ip: Option<IpAddr>, company_id: i64) -> ApiResult<()> {
    let Some(ip) = ip else {
        return Ok(());
    };
    let seen = state.failed_sign_ins_by_ip.check(&ip.to_string()).await?;
    if seen.allowed || action(state, company_id).await? != Action::Block {
        return Ok(());
    }
    tracing::warn!(%ip, company_id, "ThreatInsight refused a sign-in from a suspicious address");
    Err(ApiError::TooManyAttempts { retry_after_secs: seen.retry_after_secs })
}

/// Counts a failed sign-in from `ip`; the one that makes the address suspicious is reported to the
/// company of the account it tried, if that company audits or blocks.
pub async fn record_failure(state: &AppState, ip: Option<IpAddr>, company_id: Option<i64>) -> ApiResult<()> {
    let Some(ip) = ip else {
        return Ok(());
    };
    let counted = state.failed_sign_ins_by_ip.hit(&ip.to_string()).await?;
    // Exactly the threshold: reported once per window, not at every failure after it.
    let became_suspicious = counted.allowed && counted.remaining == 0;
    let Some(company_id) = company_id.filter(|_| became_suspicious) else {
        return Ok(());
    };
    if action(state, company_id).await? == Action::None {
        return Ok(());
    }
    tracing::warn!(%ip, company_id, failures = SUSPICIOUS_AFTER_FAILURES, "ThreatInsight: suspicious sign-in activity");
    let args = okta_hr_i18n::args![
        "count" => SUSPICIOUS_AFTER_FAILURES,
        "address" => ip.to_string(),
        "minutes" => SUSPICIOUS_WINDOW.as_secs() / 60,
    ];
    Ok(state
        .db
        .write(
            Change::routine(Actor::Server, "threat.report_suspicious").within(Scope::Company(company_id)),
            move |conn| {
                notifications::notify_admins(conn, company_id, notifications::REPORT_SUSPICIOUS_ACTIVITY, |language| {
                    (language.tr("notice-suspicious-title"), language.tr_with("notice-suspicious-body", &args))
                })
                .map(drop)
            },
        )
        .await?)
}
