//! People: one `employees` row is a person's HR employee record, their sign-in user (the Users API's
//! user, the Directory API's account and employee) and their place in the reporting line. Three views
//! read it, one module each; every function takes the company and scopes its SQL to it (`AND
//! company_id = …`), so an id of another company is never read or changed, whichever API it came from.
//!
//! - [`record`]: the HR API's employee record and the reporting line.
//! - [`account`]: the sign-in user: lifecycle, password, recovery, sessions, the Users API's profile.
//! - [`directory`]: the Directory API's account and employee and their profile.
//! - [`employment`]: the HR API's hire and effective-dated changes; [`offboarding`]: someone leaving;
//!   [`self_service`]: contact details, emergency contacts and bank details people keep themselves.

pub mod account;
pub mod demo;
pub mod directory;
pub mod employment;
pub mod offboarding;
pub mod record;
pub mod self_service;

use crate::db::{Connection, params};
use crate::store::provisioning::ensure_company;
use crate::store::{StoreError, StoreResult};
use chrono::{NaiveDate, Utc};
use okta_hr_domain::validation::is_email;
use okta_hr_domain::wire::Role;

/// Who is hired: their company, name, email and role, and their place in it.
pub struct NewEmployee<'a> {
    pub company_id: i64,
    pub email: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub role: Role,
    /// An argon2id hash; `None` for someone who cannot sign in.
    pub password_hash: Option<&'a str>,
    pub job_title: Option<&'a str>,
    pub department_id: Option<i64>,
    pub branch_id: Option<i64>,
    pub manager_id: Option<i64>,
    pub hire_date: Option<NaiveDate>,
}

pub(crate) const EMAIL_TAKEN: &str = "The email has already been taken.";

/// Hires a person: their employee record and sign-in user, the next employee number of the company, a
/// manager only from the same company. Every way of adding a person (the admin commands, the Users and
/// Directory APIs, the demo) goes through here.
pub fn hire(conn: &Connection, new: &NewEmployee) -> StoreResult<i64> {
    ensure_company(conn, new.company_id)?;
    if !is_email(new.email) {
        return Err(StoreError::invalid("email", "The email field must be a valid email address."));
    }
    let taken: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM employees WHERE email = ?1 OR login = ?1)", [new.email], |r| {
            r.get(0)
        })?;
    if taken {
        return Err(StoreError::invalid("email", EMAIL_TAKEN));
    }
    if let Some(manager) = new.manager_id {
        let same_company: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM employees WHERE id = ?1 AND company_id = ?2)",
            params![manager, new.company_id],
            |r| r.get(0),
        )?;
        if !same_company {
            return Err(StoreError::invalid("manager_id", "The manager must work for the same company."));
        }
    }
    let next_number: i64 =
        conn.query_row("SELECT COUNT(*) + 1 FROM employees WHERE company_id = ?1", [new.company_id], |r| r.get(0))?;
    conn.query_row(
        "INSERT INTO employees (company_id, employee_number, first_name, last_name, email, job_title, role, hire_date,
             department_id, branch_id, manager_id, password_hash, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) RETURNING id",
        params![
            new.company_id,
            format!("E{next_number:05}"),
            new.first_name,
            new.last_name,
            new.email,
            new.job_title,
            new.role.as_str(),
            new.hire_date,
            new.department_id,
            new.branch_id,
            new.manager_id,
            new.password_hash,
            Utc::now()
        ],
        |r| r.get(0),
    )
    .map_err(|error| StoreError::taken_meanwhile(error, EMAIL_OR_ITS_LOGIN, EMAIL_TAKEN))
}

/// A new email's unique indexes, both answered on the email: its own, and the login's that follows it.
pub(crate) const EMAIL_OR_ITS_LOGIN: &[(&str, &str)] = &[("email", "email"), ("login", "email")];
