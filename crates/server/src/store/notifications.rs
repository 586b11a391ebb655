//! In-app notifications.

use crate::db::{Connection, params};
use crate::store::{StoreError, StoreResult};
use chrono::Utc;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{NotificationAttributes, kind};
use serde_json::Value;

pub struct Notice<'a> {
    pub kind: &'a str,
    pub title: String,
    pub body: String,
    pub data: Value,
}

pub fn notify(conn: &Connection, employee_id: i64, notice: &Notice) -> StoreResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    conn.prepare_cached(
        "INSERT INTO notifications (id, employee_id, kind, title, body, data, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id,
        employee_id,
        notice.kind,
        notice.title,
        notice.body,
        notice.data.to_string(),
        Utc::now()
    ])?;
    Ok(id)
}

/// Okta's notification type for a user's deactivation, sent to the company's administrators.
pub const USER_DEPROVISION: &str = "USER_DEPROVISION";
/// Okta's notification type for a user locked out by wrong passwords.
pub const USER_LOCKED_OUT: &str = "USER_LOCKED_OUT";

/// Okta's notification type for sign-ins ThreatInsight finds suspicious.
pub const REPORT_SUSPICIOUS_ACTIVITY: &str = "REPORT_SUSPICIOUS_ACTIVITY";

/// Notifies the company's active HR users who are subscribed to `notification_type` (see
/// [`crate::store::subscriptions`]); answers how many were told.
pub fn notify_admins(
    conn: &Connection,
    company_id: i64,
    notification_type: &str,
    title: &str,
    body: &str,
) -> StoreResult<usize> {
    let admins = crate::store::subscriptions::subscribed_admins(conn, company_id, notification_type)?;
    let kind = format!("admin.{}", notification_type.to_ascii_lowercase());
    for admin in &admins {
        notify(
            conn,
            *admin,
            &Notice { kind: &kind, title: title.to_owned(), body: body.to_owned(), data: Value::Null },
        )?;
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
