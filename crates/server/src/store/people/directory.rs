//! Accounts and employees: one employees row is both a person's sign-in account and their HR employee
//! record, so both share one id (the row's UUID) and every change shows in the HR and Users APIs.

use super::NewEmployee;
use super::account;
use crate::db::{Connection, OptionalExtension, Row, params};
use crate::secrets::sha256_hex;
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_domain::lifecycle::UserStatus;
use okta_hr_domain::wire::Role;
use rusqlite::types::Value as SqlValue;

/// How long the activation link of a new account works, as the Users API's activation links.
pub const ACTIVATION_HOURS: i64 = 7 * 24;

#[derive(Debug, Clone)]
pub struct Person {
    pub id: i64,
    pub okta_id: String,
    pub uuid: String,
    pub organization_id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    pub status: UserStatus,
    /// The HR employment status: `active` or `inactive`.
    pub employment_status: String,
    pub title: Option<String>,
    pub employee_number: String,
    pub department: Option<String>,
    pub branch: Option<String>,
    pub manager_id: Option<i64>,
    pub manager_uuid: Option<String>,
    pub hire_date: Option<NaiveDate>,
    pub created: DateTime<Utc>,
    pub last_login: Option<DateTime<Utc>>,
}

impl Person {
    pub fn name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name).trim().to_owned()
    }
}

const COLUMNS: &str = "e.id, e.okta_id, e.uuid, c.uuid, e.first_name, e.last_name, e.email, e.role, e.lifecycle, \
     e.status, e.job_title, e.employee_number, d.name, b.name, e.manager_id, m.uuid, e.hire_date, e.created_at, \
     e.last_login_at";
const FROM: &str = "FROM employees e JOIN companies c ON c.id = e.company_id \
     LEFT JOIN departments d ON d.id = e.department_id LEFT JOIN branches b ON b.id = e.branch_id \
     LEFT JOIN employees m ON m.id = e.manager_id";

fn from_row(r: &Row) -> crate::db::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        okta_id: r.get(1)?,
        uuid: r.get(2)?,
        organization_id: r.get(3)?,
        first_name: r.get(4)?,
        last_name: r.get(5)?,
        email: r.get(6)?,
        role: Role::parse(&r.get::<_, String>(7)?).unwrap_or(Role::Employee),
        status: UserStatus::parse(&r.get::<_, String>(8)?).unwrap_or(UserStatus::Deprovisioned),
        employment_status: r.get(9)?,
        title: r.get(10)?,
        employee_number: r.get(11)?,
        department: r.get(12)?,
        branch: r.get(13)?,
        manager_id: r.get(14)?,
        manager_uuid: r.get(15)?,
        hire_date: r.get(16)?,
        created: r.get(17)?,
        last_login: r.get(18)?,
    })
}

/// The person of `company_id` named by UUID, Okta id, email or login. Someone whose sign-in user was
/// erased is no longer an account or an employee of the directory: only HR's records keep them.
pub fn find(conn: &Connection, company_id: i64, key: &str) -> StoreResult<Option<Person>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} {FROM} WHERE e.company_id = ?1 AND e.erased_at IS NULL
                 AND (e.uuid = ?2 OR e.okta_id = ?2 OR e.email = ?2 OR e.login = ?2)"
        ))?
        .query_row(params![company_id, key], from_row)
        .optional()?)
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Person>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} {FROM} WHERE e.company_id = ?1 AND e.id = ?2 AND e.erased_at IS NULL"
        ))?
        .query_row(params![company_id, id], from_row)
        .optional()?)
}

/// A cursor page of the company's people matching `condition` (SQL over `e`), `limit + 1` of them so the
/// caller knows whether a next page exists, in id order after `after`.
pub fn page(
    conn: &Connection,
    company_id: i64,
    condition: &str,
    args: Vec<SqlValue>,
    after: Option<i64>,
    limit: i64,
) -> StoreResult<Vec<(i64, Person)>> {
    let sql = format!(
        "SELECT {COLUMNS} {FROM} WHERE e.company_id = ? AND e.id > ? AND e.erased_at IS NULL AND ({condition}) ORDER BY e.id LIMIT ?"
    );
    let all_args = [company_id.into(), after.unwrap_or(0).into()].into_iter().chain(args).chain([(limit + 1).into()]);
    Ok(conn
        .prepare_cached(&sql)?
        .query_map(crate::db::params_from_iter(all_args), from_row)?
        .map(|person| person.map(|p| (p.id, p)))
        .collect::<crate::db::Result<_>>()?)
}

/// "Ada Lovelace" as first and last name; one word is a first name alone.
pub fn split_name(name: &str) -> (&str, &str) {
    let name = name.trim();
    match name.split_once(char::is_whitespace) {
        Some((first, last)) => (first, last.trim()),
        None => (name, ""),
    }
}

/// Creates a person who signs in once they follow their activation link: PROVISIONED, without a
/// password. Answers the row id and the activation token (stored only as its SHA-256).
pub fn create(conn: &Connection, company_id: i64, name: &str, email: &str, role: Role) -> StoreResult<(i64, String)> {
    let (first_name, last_name) = split_name(name);
    let id = super::hire(
        conn,
        &NewEmployee {
            company_id,
            email,
            first_name,
            last_name,
            role,
            password_hash: None,
            job_title: None,
            department_id: None,
            branch_id: None,
            manager_id: None,
            hire_date: Some(Utc::now().date_naive()),
        },
    )?;
    account::set_status(conn, company_id, id, UserStatus::Provisioned)?;
    let token = crate::secrets::new_token_secret();
    account::set_one_time_token(conn, company_id, id, &sha256_hex(&token), ACTIVATION_HOURS)?;
    Ok((id, token))
}

/// Sets a person's name and email; their login follows the email when it was the email.
pub fn rename(conn: &Connection, company_id: i64, id: i64, name: Option<&str>, email: &str) -> StoreResult<()> {
    let taken: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM employees WHERE (email = ?1 OR login = ?1) AND id <> ?2)")?
        .query_row(params![email, id], |r| r.get(0))?;
    if taken {
        return Err(StoreError::invalid("email", super::EMAIL_TAKEN));
    }
    let (first, last) = name.map(split_name).unzip();
    conn.prepare_cached(
        "UPDATE employees SET login = CASE WHEN login = email THEN ?1 ELSE login END, email = ?1,
             first_name = coalesce(?2, first_name), last_name = coalesce(?3, last_name), updated_at = ?4
         WHERE id = ?5 AND company_id = ?6",
    )?
    .execute(params![email, first, last, Utc::now(), id, company_id])
    .map_err(|error| StoreError::taken_meanwhile(error, super::EMAIL_OR_ITS_LOGIN, super::EMAIL_TAKEN))?;
    Ok(())
}

/// Gives a person a role, refusing to leave the organization without an administrator.
pub fn set_role(conn: &Connection, company_id: i64, id: i64, role: Role) -> StoreResult<()> {
    if role != Role::Hr {
        let other_admins: i64 = conn
            .prepare_cached(
                "SELECT COUNT(*) FROM employees WHERE company_id = ?1 AND role = 'hr' AND id <> ?2
                     AND lifecycle <> 'DEPROVISIONED'",
            )?
            .query_row(params![company_id, id], |r| r.get(0))?;
        if other_admins == 0 {
            return Err(StoreError::invalid("role", "The organization must keep at least one admin (hr)."));
        }
    }
    conn.prepare_cached("UPDATE employees SET role = ?1, updated_at = ?2 WHERE id = ?3 AND company_id = ?4")?
        .execute(params![role.as_str(), Utc::now(), id, company_id])?;
    Ok(())
}

pub fn clear_manager(conn: &Connection, company_id: i64, id: i64) -> StoreResult<()> {
    conn.prepare_cached("UPDATE employees SET manager_id = NULL, updated_at = ?1 WHERE id = ?2 AND company_id = ?3")?
        .execute(params![Utc::now(), id, company_id])?;
    Ok(())
}

/// The employee profile: HR columns (number, names, join date, company role as job title) and the
/// directory's own attributes, as the Directory API's wire type has them.
pub use okta_hr_domain::okta::directory::DirectoryEmployeeProfile as Profile;

pub fn profile(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Profile> {
    Ok(conn
        .prepare_cached(
            "SELECT e.employee_number, e.first_name, e.last_name, p.bio, p.profile_image, p.birth_date, p.gender,
                    p.timezone, p.location, e.hire_date, e.job_title
             FROM employees e LEFT JOIN employee_profiles p ON p.employee_id = e.id
             WHERE e.id = ?1 AND e.company_id = ?2",
        )?
        .query_row([id, company_id], |r| {
            Ok(Profile {
                employee_number: r.get(0)?,
                first_name: r.get(1)?,
                last_name: r.get(2)?,
                bio: r.get(3)?,
                profile_image: r.get(4)?,
                birth_date: r.get(5)?,
                gender: r.get(6)?,
                timezone: r.get(7)?,
                location: r.get(8)?,
                join_date: r.get(9)?,
                company_role: r.get(10)?,
            })
        })
        .optional()?
        .unwrap_or_default())
}

/// Writes the whole profile. The employee number and names are required HR columns, so a profile
/// without them keeps the ones the employee has.
pub fn write_profile(conn: &Connection, company_id: i64, id: i64, profile: &Profile) -> StoreResult<()> {
    if let Some(number) = &profile.employee_number {
        let taken: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM employees WHERE company_id = ?1 AND employee_number = ?2 AND id <> ?3)",
            )?
            .query_row(params![company_id, number, id], |r| r.get(0))?;
        if taken {
            return Err(StoreError::invalid("employeeNumber", "The employee number has already been taken."));
        }
    }
    conn.prepare_cached(
        "UPDATE employees SET employee_number = coalesce(?1, employee_number), first_name = coalesce(?2, first_name),
             last_name = coalesce(?3, last_name), hire_date = ?4, job_title = ?5, updated_at = ?6
         WHERE id = ?7",
    )?
    .execute(params![
        profile.employee_number,
        profile.first_name,
        profile.last_name,
        profile.join_date,
        profile.company_role,
        Utc::now(),
        id
    ])?;
    conn.prepare_cached(
        "INSERT INTO employee_profiles (employee_id, bio, profile_image, birth_date, gender, timezone, location, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (employee_id) DO UPDATE SET bio = excluded.bio, profile_image = excluded.profile_image,
             birth_date = excluded.birth_date, gender = excluded.gender, timezone = excluded.timezone,
             location = excluded.location, updated_at = excluded.updated_at",
    )?
    .execute(params![
        id,
        profile.bio,
        profile.profile_image,
        profile.birth_date,
        profile.gender,
        profile.timezone,
        profile.location,
        Utc::now()
    ])?;
    Ok(())
}
