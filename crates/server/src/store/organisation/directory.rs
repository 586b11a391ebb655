//! Organizations: companies with an alias, an owner, a profile and installed apps.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::secrets::sha256_hex;
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use rusqlite::types::Value as SqlValue;

/// Which organizations a caller may see: their own, and for an administrator also the ones their
/// organization provisioned.
#[derive(Debug, Clone, Copy)]
pub struct Scope {
    pub company_id: i64,
    pub admin: bool,
}

impl Scope {
    fn condition(&self) -> (&'static str, [SqlValue; 3]) {
        (
            "(c.id = ? OR (? AND c.provisioned_by_company_id = ?))",
            [self.company_id.into(), self.admin.into(), self.company_id.into()],
        )
    }
}

#[derive(Debug, Clone)]
pub struct Organization {
    pub id: i64,
    pub okta_id: String,
    pub uuid: String,
    pub name: String,
    pub alias: Option<String>,
    pub owner_email: Option<String>,
    pub owner_employee_id: Option<i64>,
    pub provisioned_by: Option<String>,
    pub created: DateTime<Utc>,
}

/// The organization profile; `timezone` is the company's clock. The Directory API's wire type.
pub use okta_hr_domain::okta::directory::DirectoryOrganizationProfile as Profile;

const COLUMNS: &str = "c.id, c.okta_id, c.uuid, c.name, c.alias, o.email, c.owner_employee_id, p.uuid, c.created_at";
const FROM: &str = "FROM companies c LEFT JOIN employees o ON o.id = c.owner_employee_id \
     LEFT JOIN companies p ON p.id = c.provisioned_by_company_id";

fn from_row(r: &Row) -> crate::db::Result<Organization> {
    Ok(Organization {
        id: r.get(0)?,
        okta_id: r.get(1)?,
        uuid: r.get(2)?,
        name: r.get(3)?,
        alias: r.get(4)?,
        owner_email: r.get(5)?,
        owner_employee_id: r.get(6)?,
        provisioned_by: r.get(7)?,
        created: r.get(8)?,
    })
}

/// The organizations in `scope` matching `condition` (SQL over `c` and, for app lookups, `a`).
fn select(
    conn: &Connection,
    scope: Scope,
    join: &str,
    condition: &str,
    args: Vec<SqlValue>,
) -> StoreResult<Vec<Organization>> {
    let (visible, scope_args) = scope.condition();
    let sql = format!("SELECT DISTINCT {COLUMNS} {FROM} {join} WHERE {visible} AND ({condition}) ORDER BY c.id");
    let all_args = scope_args.into_iter().chain(args);
    Ok(conn
        .prepare_cached(&sql)?
        .query_map(crate::db::params_from_iter(all_args), from_row)?
        .collect::<crate::db::Result<_>>()?)
}

pub fn list(conn: &Connection, scope: Scope) -> StoreResult<Vec<Organization>> {
    select(conn, scope, "", "TRUE", Vec::new())
}

/// The organization named by its Okta id or UUID, if the scope lets the caller see it.
pub fn find(conn: &Connection, scope: Scope, key: &str) -> StoreResult<Option<Organization>> {
    Ok(select(conn, scope, "", "c.okta_id = ? OR c.uuid = ?", vec![text(key), text(key)])?.into_iter().next())
}

pub fn by_alias(conn: &Connection, scope: Scope, alias: &str) -> StoreResult<Option<Organization>> {
    Ok(select(conn, scope, "", "c.alias = ?", vec![text(alias)])?.into_iter().next())
}

fn text(value: &str) -> SqlValue {
    SqlValue::Text(value.to_owned())
}

const APPS: &str = "JOIN organization_apps a ON a.company_id = c.id";

pub fn by_app_type(conn: &Connection, scope: Scope, app_type: &str) -> StoreResult<Vec<Organization>> {
    select(conn, scope, APPS, "a.type = ?", vec![text(app_type)])
}

pub fn by_app_external_id(
    conn: &Connection,
    scope: Scope,
    app_type: &str,
    external_id: &str,
) -> StoreResult<Vec<Organization>> {
    select(conn, scope, APPS, "a.type = ? AND a.external_id = ?", vec![text(app_type), text(external_id)])
}

/// Organizations whose app of `app_type` has `key` set to `value` in its data (compared as text).
pub fn by_app_data(
    conn: &Connection,
    scope: Scope,
    app_type: &str,
    key: &str,
    value: &str,
) -> StoreResult<Vec<Organization>> {
    select(
        conn,
        scope,
        APPS,
        "a.type = ? AND EXISTS (SELECT 1 FROM json_each(a.data) j WHERE j.key = ? AND CAST(j.value AS TEXT) = ?)",
        vec![text(app_type), text(key), text(value)],
    )
}

/// Organizations whose app of `app_type` holds the secret `key` with this plaintext; only digests are stored.
pub fn by_app_secret(
    conn: &Connection,
    scope: Scope,
    app_type: &str,
    key: &str,
    secret: &str,
) -> StoreResult<Vec<Organization>> {
    select(
        conn,
        scope,
        APPS,
        "a.type = ? AND EXISTS (SELECT 1 FROM json_each(a.secret_hashes) j WHERE j.key = ? AND j.value = ?)",
        vec![text(app_type), text(key), SqlValue::Text(sha256_hex(secret))],
    )
}

/// Installs an app for an organization (the demo data and tests; the Directory API only looks apps up).
/// `secrets` are stored as their SHA-256.
pub fn install_app(
    conn: &Connection,
    company_id: i64,
    app_type: &str,
    external_id: &str,
    data: &serde_json::Map<String, serde_json::Value>,
    secrets: &[(&str, &str)],
) -> StoreResult<i64> {
    let hashes: serde_json::Map<String, serde_json::Value> =
        secrets.iter().map(|(key, secret)| ((*key).to_owned(), sha256_hex(secret).into())).collect();
    Ok(conn
        .prepare_cached(
            "INSERT INTO organization_apps (company_id, type, external_id, data, secret_hashes, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        )?
        .query_row(
            params![
                company_id,
                app_type,
                external_id,
                serde_json::Value::Object(data.clone()).to_string(),
                serde_json::Value::Object(hashes).to_string(),
                Utc::now()
            ],
            |r| r.get(0),
        )?)
}

/// Refuses an alias another organization already has.
pub fn ensure_alias_free(conn: &Connection, alias: &str, except: Option<i64>) -> StoreResult<()> {
    let taken: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM companies WHERE alias = ?1 AND id IS DISTINCT FROM ?2)")?
        .query_row(params![alias, except], |r| r.get(0))?;
    if taken {
        return Err(StoreError::invalid("alias", "The alias has already been taken."));
    }
    Ok(())
}

/// Sets an organization's name, and its alias and owner when given.
pub fn update(
    conn: &Connection,
    company_id: i64,
    name: &str,
    alias: Option<&str>,
    owner: Option<i64>,
) -> StoreResult<()> {
    if let Some(alias) = alias {
        ensure_alias_free(conn, alias, Some(company_id))?;
    }
    conn.prepare_cached(
        "UPDATE companies SET name = ?1, alias = coalesce(?2, alias), owner_employee_id = coalesce(?3, owner_employee_id)
         WHERE id = ?4",
    )?
    .execute(params![name, alias, owner, company_id])?;
    Ok(())
}

/// Records which organization provisioned a new one.
pub fn set_provisioner(conn: &Connection, company_id: i64, provisioner: i64) -> StoreResult<()> {
    conn.prepare_cached("UPDATE companies SET provisioned_by_company_id = ?1 WHERE id = ?2")?
        .execute(params![provisioner, company_id])?;
    Ok(())
}

pub fn profile(conn: &Connection, company_id: i64) -> StoreResult<Profile> {
    Ok(conn
        .prepare_cached(
            "SELECT p.logo_url, c.timezone, p.location, p.country_code, p.company_size, p.website, p.mission
             FROM companies c LEFT JOIN organization_profiles p ON p.company_id = c.id WHERE c.id = ?1",
        )?
        .query_row([company_id], |r| {
            Ok(Profile {
                logo_url: r.get(0)?,
                timezone: r.get(1)?,
                location: r.get(2)?,
                country_code: r.get(3)?,
                company_size: r.get(4)?,
                website: r.get(5)?,
                mission: r.get(6)?,
            })
        })
        .optional()?
        .unwrap_or_default())
}

/// Writes the whole profile; a time zone, when given, becomes the company's clock.
pub fn write_profile(conn: &Connection, company_id: i64, profile: &Profile) -> StoreResult<()> {
    if let Some(timezone) = &profile.timezone {
        conn.prepare_cached("UPDATE companies SET timezone = ?1 WHERE id = ?2")?
            .execute(params![timezone, company_id])?;
    }
    conn.prepare_cached(
        "INSERT INTO organization_profiles
             (company_id, logo_url, location, country_code, company_size, website, mission, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (company_id) DO UPDATE SET logo_url = excluded.logo_url, location = excluded.location,
             country_code = excluded.country_code, company_size = excluded.company_size, website = excluded.website,
             mission = excluded.mission, updated_at = excluded.updated_at",
    )?
    .execute(params![
        company_id,
        profile.logo_url,
        profile.location,
        profile.country_code,
        profile.company_size,
        profile.website,
        profile.mission,
        Utc::now()
    ])?;
    Ok(())
}

/// An organization API key: an SSWS API token of the company.
#[derive(Debug, Clone)]
pub struct ApiKey {
    pub okta_id: String,
    pub name: String,
    pub limit_to_role: Option<String>,
    pub owner_email: String,
    pub created: DateTime<Utc>,
}

/// The key `key` (its Okta id) of the company, if it has it.
pub fn api_key(conn: &Connection, company_id: i64, key: &str) -> StoreResult<Option<ApiKey>> {
    Ok(conn
        .prepare_cached(
            "SELECT t.okta_id, t.name, t.limit_to_role, e.email, t.created_at FROM api_tokens t
             JOIN employees e ON e.id = t.employee_id WHERE t.company_id = ?1 AND t.okta_id = ?2",
        )?
        .query_row(params![company_id, key], |r| {
            Ok(ApiKey {
                okta_id: r.get(0)?,
                name: r.get(1)?,
                limit_to_role: r.get(2)?,
                owner_email: r.get(3)?,
                created: r.get(4)?,
            })
        })
        .optional()?)
}

/// The Okta id of the key whose token has this SHA-256 (token hashes are unique).
pub fn api_key_id_by_hash(conn: &Connection, token_hash: &str) -> StoreResult<String> {
    Ok(conn
        .prepare_cached("SELECT okta_id FROM api_tokens WHERE token_hash = ?1")?
        .query_row([token_hash], |r| r.get(0))?)
}

pub fn set_key_role_limit(conn: &Connection, okta_id: &str, role: Option<&str>) -> StoreResult<()> {
    conn.prepare_cached("UPDATE api_tokens SET limit_to_role = ?1 WHERE okta_id = ?2")?
        .execute(params![role, okta_id])?;
    Ok(())
}

pub fn delete_api_key(conn: &Connection, company_id: i64, key: &str) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM api_tokens WHERE company_id = ?1 AND okta_id = ?2")?
        .execute(params![company_id, key])?
        > 0)
}
