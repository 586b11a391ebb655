//! What people keep about themselves: their contact details and emergency contacts (changed freely, their
//! own records), and their bank details, which only take effect once HR approves the request: a payment
//! to an account nobody checked is the fraud payroll fears most.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::{StoreError, StoreResult, instant};
use chrono::Utc;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::people::{BankDetailRequestAttributes, EmergencyContact, mask_iban, normalize_iban};
use okta_hr_domain::wire::kind;
use okta_hr_i18n::Language;
use serde_json::{Value, json};

/// The contact details and language a person edits, as the audit and the answer show them.
pub fn contact_details(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Value> {
    conn.prepare_cached(
        "SELECT phone, personal_email, address, language FROM employees WHERE id = ?1 AND company_id = ?2",
    )?
    .query_row([employee_id, company_id], |r| {
        Ok(json!({
            "phone": r.get::<_, Option<String>>(0)?,
            "personal_email": r.get::<_, Option<String>>(1)?,
            "address": r.get::<_, Option<String>>(2)?,
            "language": r.get::<_, Option<String>>(3)?,
        }))
    })
    .optional()?
    .ok_or_else(|| StoreError::not_found("Employee"))
}

/// What a person changes about themselves at once; a field left `None` keeps its value.
pub struct MyDetails<'a> {
    pub phone: Option<&'a str>,
    pub personal_email: Option<&'a str>,
    pub address: Option<&'a str>,
    pub language: Option<Language>,
}

/// Sets the details sent (`Some`); a field not sent keeps its value.
pub fn set_contact_details(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    details: &MyDetails,
) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE employees SET phone = COALESCE(?1, phone), personal_email = COALESCE(?2, personal_email),
             address = COALESCE(?3, address), language = COALESCE(?4, language), updated_at = ?5
         WHERE id = ?6 AND company_id = ?7",
    )?
    .execute(params![
        details.phone,
        details.personal_email,
        details.address,
        details.language.map(Language::tag),
        Utc::now(),
        employee_id,
        company_id
    ])?;
    Ok(())
}

/// The language a person's server-side texts (notifications, payslip PDFs) are written in: the one they
/// chose in the app, else the one their Users API profile prefers, else English.
pub fn language_of(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Language> {
    let found: Option<(Option<String>, Option<String>)> = conn
        .prepare_cached("SELECT language, profile_extra FROM employees WHERE id = ?1 AND company_id = ?2")?
        .query_row([employee_id, company_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(found.map(|(chosen, profile)| person_language(chosen.as_deref(), profile.as_deref())).unwrap_or_default())
}

/// A person's language from their `language` and `profile_extra` columns (see [`language_of`]).
pub fn person_language(chosen: Option<&str>, profile_extra: Option<&str>) -> Language {
    let profile: Value = profile_extra.and_then(|text| serde_json::from_str(text).ok()).unwrap_or_default();
    let wanted = [chosen, profile["preferredLanguage"].as_str(), profile["locale"].as_str()];
    wanted.into_iter().flatten().find_map(Language::matching).unwrap_or_default()
}

pub fn emergency_contacts(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Vec<EmergencyContact>> {
    Ok(conn
        .prepare_cached(
            "SELECT name, relationship, phone FROM emergency_contacts
             WHERE employee_id = ?1 AND company_id = ?2 ORDER BY position",
        )?
        .query_map([employee_id, company_id], |r| {
            Ok(EmergencyContact { name: r.get(0)?, relationship: r.get(1)?, phone: r.get(2)? })
        })?
        .collect::<crate::db::Result<_>>()?)
}

/// Replaces the person's emergency contacts with `contacts`, in that order.
pub fn replace_emergency_contacts(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    contacts: &[EmergencyContact],
) -> StoreResult<()> {
    conn.prepare_cached("DELETE FROM emergency_contacts WHERE employee_id = ?1 AND company_id = ?2")?
        .execute([employee_id, company_id])?;
    for (position, contact) in contacts.iter().enumerate() {
        conn.prepare_cached(
            "INSERT INTO emergency_contacts (company_id, employee_id, position, name, relationship, phone)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            company_id,
            employee_id,
            i64::try_from(position).unwrap_or(i64::MAX),
            contact.name,
            contact.relationship,
            contact.phone
        ])?;
    }
    Ok(())
}

const REQUEST_COLUMNS: &str = "r.id, r.employee_id, e.first_name || ' ' || e.last_name, r.account_holder, \
     r.iban_last4, r.bic, r.status, r.requested_at, r.decided_by, r.decided_at, r.decision_reason";
const REQUEST_FROM: &str = "FROM bank_detail_requests r JOIN employees e ON e.id = r.employee_id";

fn request_from_row(r: &Row) -> crate::db::Result<Resource<BankDetailRequestAttributes>> {
    let attributes = BankDetailRequestAttributes {
        employee_id: r.get::<_, i64>(1)?.to_string(),
        employee_name: r.get(2)?,
        account_holder: r.get(3)?,
        iban_masked: mask_iban(&r.get::<_, String>(4)?),
        bic: r.get(5)?,
        status: r.get(6)?,
        requested_at: instant(r, 7)?.ok_or(crate::db::Error::UnexpectedNull("requested_at"))?,
        decided_by: r.get::<_, Option<i64>>(8)?.map(|id| id.to_string()),
        decided_at: instant(r, 9)?,
        decision_reason: r.get(10)?,
    };
    Ok(Resource::new(kind::BANK_DETAIL_REQUEST, r.get::<_, i64>(0)?, attributes))
}

/// Files a request for new bank details (an IBAN already checked); a pending earlier one is withdrawn, its
/// IBAN forgotten, since only the latest can be meant.
pub fn request_bank_details(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    account_holder: &str,
    iban: &str,
    bic: Option<&str>,
) -> StoreResult<Resource<BankDetailRequestAttributes>> {
    let iban = normalize_iban(iban);
    conn.prepare_cached(
        "UPDATE bank_detail_requests SET status = 'withdrawn', iban = NULL, decided_at = ?1
         WHERE employee_id = ?2 AND company_id = ?3 AND status = 'pending'",
    )?
    .execute(params![Utc::now(), employee_id, company_id])?;
    let last4 = &iban[iban.len().saturating_sub(4)..];
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO bank_detail_requests (company_id, employee_id, account_holder, iban, iban_last4, bic, status,
                 requested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7) RETURNING id",
        )?
        .query_row(params![company_id, employee_id, account_holder, iban, last4, bic, Utc::now()], |r| r.get(0))?;
    bank_request(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Bank detail request"))
}

pub fn bank_request(
    conn: &Connection,
    company_id: i64,
    id: i64,
) -> StoreResult<Option<Resource<BankDetailRequestAttributes>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {REQUEST_COLUMNS} {REQUEST_FROM} WHERE r.id = ?1 AND r.company_id = ?2"))?
        .query_row([id, company_id], request_from_row)
        .optional()?)
}

/// The company's requests, the pending ones first, then newest; with `status`, only those.
pub fn bank_requests(
    conn: &Connection,
    company_id: i64,
    status: Option<&str>,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<BankDetailRequestAttributes>>, u64)> {
    let status = status.unwrap_or("");
    let total: i64 = conn
        .prepare_cached("SELECT COUNT(*) FROM bank_detail_requests WHERE company_id = ?1 AND (?2 = '' OR status = ?2)")?
        .query_row(params![company_id, status], |r| r.get(0))?;
    let rows = conn
        .prepare_cached(&format!(
            "SELECT {REQUEST_COLUMNS} {REQUEST_FROM} WHERE r.company_id = ?1 AND (?2 = '' OR r.status = ?2)
             ORDER BY CASE WHEN r.status = 'pending' THEN 0 ELSE 1 END, r.id DESC LIMIT ?3 OFFSET ?4"
        ))?
        .query_map(params![company_id, status, limit, offset], request_from_row)?
        .collect::<crate::db::Result<_>>()?;
    Ok((rows, u64::try_from(total).unwrap_or(0)))
}

/// Decides a pending request. Approved, its details become the person's bank account (replacing any
/// earlier one); either way the request keeps only the IBAN's last four characters. Answers the request
/// before and after, or `None` when it is not pending.
pub fn decide_bank_request(
    conn: &Connection,
    company_id: i64,
    id: i64,
    approve: bool,
    decided_by: i64,
    reason: Option<&str>,
) -> StoreResult<Option<(Resource<BankDetailRequestAttributes>, Resource<BankDetailRequestAttributes>)>> {
    let Some(before) = bank_request(conn, company_id, id)? else {
        return Err(StoreError::not_found("Bank detail request"));
    };
    if before.attributes.status != "pending" {
        return Ok(None);
    }
    let now = Utc::now();
    if approve {
        conn.prepare_cached(
            "INSERT INTO bank_accounts (employee_id, company_id, account_holder, iban, bic, request_id, approved_at)
             SELECT employee_id, company_id, account_holder, iban, bic, id, ?1 FROM bank_detail_requests
             WHERE id = ?2 AND company_id = ?3
             ON CONFLICT (employee_id) DO UPDATE SET account_holder = excluded.account_holder, iban = excluded.iban,
                 bic = excluded.bic, request_id = excluded.request_id, approved_at = excluded.approved_at",
        )?
        .execute(params![now, id, company_id])?;
    }
    conn.prepare_cached(
        "UPDATE bank_detail_requests SET status = ?1, iban = NULL, decided_by = ?2, decided_at = ?3,
             decision_reason = ?4
         WHERE id = ?5 AND company_id = ?6",
    )?
    .execute(params![if approve { "approved" } else { "rejected" }, decided_by, now, reason, id, company_id])?;
    let after = bank_request(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Bank detail request"))?;
    Ok(Some((before, after)))
}

/// The account a person is paid to, masked: the holder and the IBAN's last four characters.
pub fn current_bank_account(conn: &Connection, company_id: i64, employee_id: i64) -> StoreResult<Option<Value>> {
    Ok(conn
        .prepare_cached(
            "SELECT account_holder, iban, bic, approved_at FROM bank_accounts WHERE employee_id = ?1 AND company_id = ?2",
        )?
        .query_row([employee_id, company_id], |r| {
            Ok(json!({
                "account_holder": r.get::<_, String>(0)?,
                "iban_masked": mask_iban(&r.get::<_, String>(1)?),
                "bic": r.get::<_, Option<String>>(2)?,
                "approved_at": instant(r, 3)?,
            }))
        })
        .optional()?)
}

/// The person's request still waiting for HR, if any.
pub fn pending_request_of(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
) -> StoreResult<Option<Resource<BankDetailRequestAttributes>>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {REQUEST_COLUMNS} {REQUEST_FROM}
             WHERE r.employee_id = ?1 AND r.company_id = ?2 AND r.status = 'pending' ORDER BY r.id DESC LIMIT 1"
        ))?
        .query_row([employee_id, company_id], request_from_row)
        .optional()?)
}
