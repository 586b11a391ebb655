//! The org (Okta's name for the company): its settings, contacts, logo and privacy choices.

use crate::db::{Connection, OptionalExtension, params};
use crate::store::StoreResult;
use chrono::{DateTime, Utc};

/// The Org Setting's editable text properties and their columns, in the order Okta lists them.
pub const PROFILE_FIELDS: &[(&str, &str)] = &[
    ("website", "website"),
    ("phoneNumber", "phone_number"),
    ("endUserSupportHelpURL", "end_user_support_help_url"),
    ("supportPhoneNumber", "support_phone_number"),
    ("address1", "address1"),
    ("address2", "address2"),
    ("city", "city"),
    ("state", "state"),
    ("country", "country"),
    ("postalCode", "postal_code"),
];

#[derive(Debug, Clone)]
pub struct Org {
    pub okta_id: String,
    pub subdomain: String,
    pub company_name: String,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// One value per [`PROFILE_FIELDS`] entry.
    pub profile: Vec<Option<String>>,
    pub logo_file_id: Option<String>,
}

pub fn get(conn: &Connection, company_id: i64) -> StoreResult<Option<Org>> {
    let columns: Vec<String> = PROFILE_FIELDS.iter().map(|(_, column)| format!("s.{column}")).collect();
    Ok(conn
        .prepare_cached(&format!(
            "SELECT c.okta_id, s.subdomain, c.name, c.created_at, s.updated_at, l.file_id, {}
             FROM companies c JOIN org_settings s ON s.company_id = c.id
             LEFT JOIN org_logos l ON l.company_id = c.id WHERE c.id = ?1",
            columns.join(", ")
        ))?
        .query_row([company_id], |r| {
            Ok(Org {
                okta_id: r.get(0)?,
                subdomain: r.get(1)?,
                company_name: r.get(2)?,
                created: r.get(3)?,
                updated: r.get(4)?,
                logo_file_id: r.get(5)?,
                profile: (0..PROFILE_FIELDS.len()).map(|i| r.get(6 + i)).collect::<crate::db::Result<_>>()?,
            })
        })
        .optional()?)
}

/// Renames the company (the HR API shows the new name too) and sets the given profile fields, each an
/// index into [`PROFILE_FIELDS`] with its new value.
pub fn update(
    conn: &Connection,
    company_id: i64,
    company_name: Option<&str>,
    changes: &[(usize, Option<String>)],
) -> StoreResult<()> {
    if let Some(name) = company_name {
        conn.prepare_cached("UPDATE companies SET name = ?1 WHERE id = ?2")?.execute(params![name, company_id])?;
    }
    for (index, value) in changes {
        let column = PROFILE_FIELDS[*index].1;
        conn.prepare_cached(&format!("UPDATE org_settings SET {column} = ?1 WHERE company_id = ?2"))?
            .execute(params![value, company_id])?;
    }
    touch(conn, company_id)
}

fn touch(conn: &Connection, company_id: i64) -> StoreResult<()> {
    conn.prepare_cached("UPDATE org_settings SET updated_at = ?1 WHERE company_id = ?2")?
        .execute(params![Utc::now(), company_id])?;
    Ok(())
}

/// The Okta id of the user who is the org's `contact_type` contact: the one chosen, or else the company's
/// first HR administrator, as an Okta org's contacts start as the admin who created it.
pub fn contact(conn: &Connection, company_id: i64, contact_type: &str) -> StoreResult<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(
                 (SELECT e.okta_id FROM org_contacts c JOIN employees e ON e.id = c.employee_id
                  WHERE c.company_id = ?1 AND c.contact_type = ?2),
                 (SELECT okta_id FROM employees WHERE company_id = ?1 AND role = 'hr' ORDER BY id LIMIT 1))",
        )?
        .query_row(params![company_id, contact_type], |r| r.get(0))?)
}

pub fn set_contact(conn: &Connection, company_id: i64, contact_type: &str, employee_id: i64) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO org_contacts (company_id, contact_type, employee_id) VALUES (?1, ?2, ?3)
         ON CONFLICT (company_id, contact_type) DO UPDATE SET employee_id = excluded.employee_id",
    )?
    .execute(params![company_id, contact_type, employee_id])?;
    Ok(())
}

/// Stores a new logo, replacing the old one; answers its file id.
/// Where the logo with this file id is served (the route in `okta::org::logo`), relative to the server.
pub fn logo_path(file_id: &str) -> String {
    format!("/bc/image/fileStoreRecord?id={file_id}")
}

pub fn set_logo(conn: &Connection, company_id: i64, content_type: &str, image: &[u8]) -> StoreResult<String> {
    let file_id = crate::store::new_okta_id("fs0");
    conn.prepare_cached(
        "INSERT INTO org_logos (company_id, file_id, content_type, image, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (company_id) DO UPDATE SET file_id = excluded.file_id, content_type = excluded.content_type,
             image = excluded.image, uploaded_at = excluded.uploaded_at",
    )?
    .execute(params![company_id, file_id, content_type, image, Utc::now()])?;
    touch(conn, company_id)?;
    Ok(file_id)
}

/// A logo's content type and bytes, by its file id.
pub fn logo(conn: &Connection, file_id: &str) -> StoreResult<Option<(String, Vec<u8>)>> {
    Ok(conn
        .prepare_cached("SELECT content_type, image FROM org_logos WHERE file_id = ?1")?
        .query_row([file_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// The org's switches: Okta Support access, communication emails, the end-user footer, third-party admins.
#[derive(Debug, Clone, Copy)]
pub struct Privacy {
    pub support_access_until: Option<DateTime<Utc>>,
    pub opt_out_email_users: bool,
    pub show_end_user_footer: bool,
    pub third_party_admin: bool,
}

pub fn privacy(conn: &Connection, company_id: i64) -> StoreResult<Privacy> {
    Ok(conn
        .prepare_cached(
            "SELECT support_access_until, opt_out_email_users, show_end_user_footer, third_party_admin
             FROM org_settings WHERE company_id = ?1",
        )?
        .query_row([company_id], |r| {
            Ok(Privacy {
                support_access_until: r.get(0)?,
                opt_out_email_users: r.get(1)?,
                show_end_user_footer: r.get(2)?,
                third_party_admin: r.get(3)?,
            })
        })?)
}

pub fn set_support_access_until(conn: &Connection, company_id: i64, until: Option<DateTime<Utc>>) -> StoreResult<()> {
    conn.prepare_cached("UPDATE org_settings SET support_access_until = ?1 WHERE company_id = ?2")?
        .execute(params![until, company_id])?;
    Ok(())
}

/// The org's boolean switches, by column.
#[derive(Debug, Clone, Copy)]
pub enum Switch {
    OptOutEmailUsers,
    ShowEndUserFooter,
    ThirdPartyAdmin,
}

pub fn set_switch(conn: &Connection, company_id: i64, switch: Switch, on: bool) -> StoreResult<()> {
    let column = match switch {
        Switch::OptOutEmailUsers => "opt_out_email_users",
        Switch::ShowEndUserFooter => "show_end_user_footer",
        Switch::ThirdPartyAdmin => "third_party_admin",
    };
    conn.prepare_cached(&format!("UPDATE org_settings SET {column} = ?1 WHERE company_id = ?2"))?
        .execute(params![on, company_id])?;
    Ok(())
}

/// Whether `email` belongs to a user of the company.
pub fn is_member_email(conn: &Connection, company_id: i64, email: &str) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM employees WHERE company_id = ?1 AND (email = ?2 OR login = ?2))")?
        .query_row(params![company_id, email], |r| r.get(0))?)
}

pub fn request_bounce_removal(conn: &Connection, company_id: i64, email: &str) -> StoreResult<()> {
    conn.prepare_cached("INSERT INTO email_bounce_removals (company_id, email, requested_at) VALUES (?1, ?2, ?3)")?
        .execute(params![company_id, email, Utc::now()])?;
    Ok(())
}
