//! Who receives which admin notifications.
//!
//! Our HR administrators hold Okta's SUPER_ADMIN role (they may do everything). A role's subscription is
//! the default for its holders and a holder's own choice overrides it, until the role's subscription is
//! changed again, which clears its holders' choices for that type, as Okta documents. With neither, an
//! administrator is subscribed, as Okta subscribes admins to every notification type.

use crate::db::{Connection, OptionalExtension, params};
use crate::store::StoreResult;

/// Okta's admin notification types, as its current management API lists them: its SDKs refuse a list
/// holding any other (the retired `OKTA_ISSUE` among them).
pub const NOTIFICATION_TYPES: &[&str] = &[
    "CONNECTOR_AGENT",
    "USER_LOCKED_OUT",
    "APP_IMPORT",
    "LDAP_AGENT",
    "AD_AGENT",
    "OKTA_ANNOUNCEMENT",
    "OKTA_UPDATE",
    "IWA_AGENT",
    "USER_DEPROVISION",
    "REPORT_SUSPICIOUS_ACTIVITY",
    "RATELIMIT_NOTIFICATION",
    "AGENT_AUTO_UPDATE_NOTIFICATION",
    "AGENT_AUTO_UPDATE_NOTIFICATION_LDAP",
];

/// Okta's standard admin role types. Only [`HR_ROLE_TYPE`] has holders here; the others' subscriptions are
/// kept so clients that set them read back what they set.
pub const ROLE_TYPES: &[&str] = &[
    "SUPER_ADMIN",
    "ORG_ADMIN",
    "APP_ADMIN",
    "USER_ADMIN",
    "HELP_DESK_ADMIN",
    "READ_ONLY_ADMIN",
    "MOBILE_ADMIN",
    "API_ACCESS_MANAGEMENT_ADMIN",
    "REPORT_ADMIN",
    "GROUP_MEMBERSHIP_ADMIN",
];

/// The role type our `hr` role is.
pub const HR_ROLE_TYPE: &str = "SUPER_ADMIN";

/// Whether `role_type` is subscribed to `notification_type` in the company.
pub fn role_subscribed(
    conn: &Connection,
    company_id: i64,
    role_type: &str,
    notification_type: &str,
) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT subscribed FROM role_subscriptions WHERE company_id = ?1 AND role_type = ?2 AND notification_type = ?3",
        )?
        .query_row(params![company_id, role_type, notification_type], |r| r.get(0))
        .optional()?
        .unwrap_or(true))
}

/// Sets a role's subscription and clears its holders' own choices for that type.
pub fn set_role(
    conn: &Connection,
    company_id: i64,
    role_type: &str,
    notification_type: &str,
    subscribed: bool,
) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO role_subscriptions (company_id, role_type, notification_type, subscribed) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (company_id, role_type, notification_type) DO UPDATE SET subscribed = excluded.subscribed",
    )?
    .execute(params![company_id, role_type, notification_type, subscribed])?;
    if role_type == HR_ROLE_TYPE {
        conn.prepare_cached(
            "DELETE FROM user_subscriptions WHERE notification_type = ?2
             AND employee_id IN (SELECT id FROM employees WHERE company_id = ?1 AND role = 'hr')",
        )?
        .execute(params![company_id, notification_type])?;
    }
    Ok(())
}

pub fn set_user(conn: &Connection, employee_id: i64, notification_type: &str, subscribed: bool) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO user_subscriptions (employee_id, notification_type, subscribed) VALUES (?1, ?2, ?3)
         ON CONFLICT (employee_id, notification_type) DO UPDATE SET subscribed = excluded.subscribed",
    )?
    .execute(params![employee_id, notification_type, subscribed])?;
    Ok(())
}

/// Whether the HR administrator `employee_id` is subscribed to `notification_type`: their own choice, or
/// else their role's.
pub fn user_subscribed(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    notification_type: &str,
) -> StoreResult<bool> {
    let own: Option<bool> = conn
        .prepare_cached("SELECT subscribed FROM user_subscriptions WHERE employee_id = ?1 AND notification_type = ?2")?
        .query_row(params![employee_id, notification_type], |r| r.get(0))
        .optional()?;
    match own {
        Some(subscribed) => Ok(subscribed),
        None => role_subscribed(conn, company_id, HR_ROLE_TYPE, notification_type),
    }
}

/// The company's active HR administrators who are subscribed to `notification_type`.
pub fn subscribed_admins(conn: &Connection, company_id: i64, notification_type: &str) -> StoreResult<Vec<i64>> {
    let role_default = role_subscribed(conn, company_id, HR_ROLE_TYPE, notification_type)?;
    Ok(conn
        .prepare_cached(
            "SELECT e.id FROM employees e
             LEFT JOIN user_subscriptions s ON s.employee_id = e.id AND s.notification_type = ?2
             WHERE e.company_id = ?1 AND e.role = 'hr' AND e.status = 'active' AND coalesce(s.subscribed, ?3) <> 0",
        )?
        .query_map(params![company_id, notification_type, role_default], |r| r.get(0))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}
