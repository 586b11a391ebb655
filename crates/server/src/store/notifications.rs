//! In-app notifications, each written in its recipient's language (their choice in the app, else their
//! Users API profile's, else English: `people::self_service::language_of`). A person's own words in a
//! notification (an announcement, a reason) stay as they wrote them.

use crate::db::{Connection, OptionalExtension, params};
use crate::store::people::self_service::person_language;
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{NotificationAttributes, kind};
use okta_hr_i18n::{FluentValue, Language};
use serde_json::Value;

/// The title and body of a notification in a given language.
pub type Words<'a> = Box<dyn Fn(Language) -> (String, String) + 'a>;

pub struct Notice<'a> {
    pub kind: &'a str,
    pub data: Value,
    pub words: Words<'a>,
}

impl<'a> Notice<'a> {
    pub fn new(kind: &'a str, data: Value, words: impl Fn(Language) -> (String, String) + 'a) -> Notice<'a> {
        Notice { kind, data, words: Box::new(words) }
    }
}

pub fn notify(conn: &Connection, employee_id: i64, notice: &Notice) -> StoreResult<String> {
    notify_in(conn, employee_id, recipient_language(conn, employee_id)?, notice)
}

/// [`notify`] when the recipient's language is already known (many recipients read in one query), or
/// does not matter (a notice that is a person's own words).
pub fn notify_in(conn: &Connection, employee_id: i64, language: Language, notice: &Notice) -> StoreResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    let (title, body) = (notice.words)(language);
    conn.prepare_cached(
        "INSERT INTO notifications (id, employee_id, kind, title, body, data, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![id, employee_id, notice.kind, title, body, notice.data.to_string(), Utc::now()])?;
    Ok(id)
}

fn recipient_language(conn: &Connection, employee_id: i64) -> StoreResult<Language> {
    let found: Option<(Option<String>, Option<String>)> = conn
        .prepare_cached("SELECT language, profile_extra FROM employees WHERE id = ?1")?
        .query_row([employee_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(found.map(|(chosen, profile)| person_language(chosen.as_deref(), profile.as_deref())).unwrap_or_default())
}

/// A number of leave days as a message's plural selects on it: 1, 0.5, 1.5.
pub fn days_value(days: LeaveDays) -> FluentValue<'static> {
    FluentValue::from(days.halves() as f64 / 2.0)
}

/// "09:00 on 7 Dec" (in the language) of an instant in the company's time zone.
pub fn moment(language: Language, at: DateTime<Utc>, zone: Tz) -> String {
    const MONTHS: [&str; 12] = [
        "notice-month-1",
        "notice-month-2",
        "notice-month-3",
        "notice-month-4",
        "notice-month-5",
        "notice-month-6",
        "notice-month-7",
        "notice-month-8",
        "notice-month-9",
        "notice-month-10",
        "notice-month-11",
        "notice-month-12",
    ];
    let local = at.with_timezone(&zone);
    let month = language.tr(MONTHS[local.month0() as usize]);
    let time = local.format("%H:%M").to_string();
    language.tr_with("notice-moment", &okta_hr_i18n::args!["time" => time, "day" => local.day(), "month" => month])
}

/// Okta's notification type for a user's deactivation, sent to the company's administrators.
pub const USER_DEPROVISION: &str = "USER_DEPROVISION";
/// Okta's notification type for a user locked out by wrong passwords.
pub const USER_LOCKED_OUT: &str = "USER_LOCKED_OUT";

/// Okta's notification type for sign-ins ThreatInsight finds suspicious.
pub const REPORT_SUSPICIOUS_ACTIVITY: &str = "REPORT_SUSPICIOUS_ACTIVITY";

/// Notifies the company's active HR users who are subscribed to `notification_type` (see
/// [`crate::store::subscriptions`]), each in their language; answers how many were told.
pub fn notify_admins(
    conn: &Connection,
    company_id: i64,
    notification_type: &str,
    words: impl Fn(Language) -> (String, String),
) -> StoreResult<usize> {
    let admins = crate::store::subscriptions::subscribed_admins(conn, company_id, notification_type)?;
    let kind = format!("admin.{}", notification_type.to_ascii_lowercase());
    let notice = Notice::new(&kind, Value::Null, words);
    for admin in &admins {
        notify(conn, *admin, &notice)?;
    }
    Ok(admins.len())
}

pub fn list(
    conn: &Connection,
    employee_id: i64,
    unread_only: bool,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<NotificationAttributes>>, u64)> {
    let unread = if unread_only { "AND read_at IS NULL" } else { "" };
    let total: u64 = conn
        .prepare_cached(&format!("SELECT COUNT(*) FROM notifications WHERE employee_id = ?1 {unread}"))?
        .query_row([employee_id], |r| r.get(0))?;
    let items = conn
        .prepare_cached(&format!(
            "SELECT id, kind, title, body, data, read_at, created_at FROM notifications
             WHERE employee_id = ?1 {unread} ORDER BY created_at DESC, id LIMIT ?2 OFFSET ?3"
        ))?
        .query_map(params![employee_id, limit, offset], |r| {
            let data: String = r.get(4)?;
            Ok(Resource::new(
                kind::NOTIFICATION,
                r.get::<_, String>(0)?,
                NotificationAttributes {
                    kind: r.get(1)?,
                    title: r.get(2)?,
                    body: r.get(3)?,
                    data: serde_json::from_str(&data).unwrap_or(Value::Null),
                    read_at: r.get(5)?,
                    created_at: r.get(6)?,
                },
            ))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok((items, total))
}

pub fn unread_count(conn: &Connection, employee_id: i64) -> StoreResult<u64> {
    Ok(conn
        .prepare_cached("SELECT COUNT(*) FROM notifications WHERE employee_id = ?1 AND read_at IS NULL")?
        .query_row([employee_id], |r| r.get(0))?)
}

/// Marks one notification read, or all of them when `id` is `None`; answers how many changed.
pub fn mark_read(conn: &Connection, employee_id: i64, id: Option<&str>) -> StoreResult<usize> {
    let now = Utc::now();
    match id {
        Some(id) => {
            let exists: bool = conn
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM notifications WHERE id = ?1 AND employee_id = ?2)")?
                .query_row(params![id, employee_id], |r| r.get(0))?;
            if !exists {
                return Err(StoreError::invalid("id", "The selected id is invalid."));
            }
            Ok(conn
                .prepare_cached(
                    "UPDATE notifications SET read_at = ?1 WHERE id = ?2 AND employee_id = ?3 AND read_at IS NULL",
                )?
                .execute(params![now, id, employee_id])?)
        }
        None => Ok(conn
            .prepare_cached("UPDATE notifications SET read_at = ?1 WHERE employee_id = ?2 AND read_at IS NULL")?
            .execute(params![now, employee_id])?),
    }
}
