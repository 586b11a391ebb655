//! Leave types: HR's policy for each kind of leave (how days count, notice, allowance and accrual,
//! carry-over, approval chain). A type in use is never deleted, only retired.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::{Listing, StoreError, StoreResult};
use chrono::Utc;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::leave_policy::{Accrual, ApprovalChain, LeaveTypeAttributes};
use okta_hr_domain::wire::kind;
use serde_json::{Value, json};

/// A leave type with its id.
#[derive(Debug, Clone)]
pub struct LeaveType {
    pub id: i64,
    pub policy: LeaveTypeAttributes,
}

impl LeaveType {
    pub fn resource(&self) -> Resource<LeaveTypeAttributes> {
        Resource::new(kind::LEAVE_TYPE, self.id, self.policy.clone())
    }
}

const COLUMNS: &str = "id, code, name, paid_percent, counts_non_working_days, attachment_required, min_notice_days,
    days_per_year, accrual, prorated, carry_over_cap, carry_over_expiry_months, negative_allowance, approval_chain,
    extra_hr_step_above_days, retired_at IS NOT NULL, half_days";

fn from_row(r: &Row) -> crate::db::Result<LeaveType> {
    let accrual: String = r.get(8)?;
    let chain: String = r.get(13)?;
    Ok(LeaveType {
        id: r.get(0)?,
        policy: LeaveTypeAttributes {
            code: r.get(1)?,
            name: r.get(2)?,
            paid_fraction: r.get::<_, i64>(3)? as f64 / 100.0,
            counts_non_working_days: r.get(4)?,
            half_days: r.get(16)?,
            attachment_required: r.get(5)?,
            min_notice_days: r.get(6)?,
            days_per_year: r.get(7)?,
            accrual: if accrual == "monthly" { Accrual::Monthly } else { Accrual::Upfront },
            prorated: r.get(9)?,
            carry_over_cap: r.get(10)?,
            carry_over_expiry_months: r.get(11)?,
            negative_allowance: r.get(12)?,
            approval_chain: match chain.as_str() {
                "none" => ApprovalChain::None,
                "manager" => ApprovalChain::Manager,
                _ => ApprovalChain::ManagerHr,
            },
            extra_hr_step_above_days: r.get(14)?,
            retired: r.get(15)?,
        },
    })
}

fn accrual_text(accrual: Accrual) -> &'static str {
    match accrual {
        Accrual::Upfront => "upfront",
        Accrual::Monthly => "monthly",
    }
}

fn chain_text(chain: ApprovalChain) -> &'static str {
    match chain {
        ApprovalChain::None => "none",
        ApprovalChain::Manager => "manager",
        ApprovalChain::ManagerHr => "manager_hr",
    }
}

/// What the audit trail records of a type: its whole policy.
pub fn audited(leave_type: &LeaveType) -> Value {
    json!(leave_type.policy)
}

/// Finds a leave type by id or by code (`annual`, `sick`), retired ones included.
pub fn find(conn: &Connection, company_id: i64, id_or_code: &str) -> StoreResult<Option<LeaveType>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM leave_types WHERE company_id = ?1 AND (code = ?2 OR CAST(id AS TEXT) = ?2)"
        ))?
        .query_row(params![company_id, id_or_code], from_row)
        .optional()?)
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<LeaveType>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM leave_types WHERE company_id = ?1 AND id = ?2"))?
        .query_row(params![company_id, id], from_row)
        .optional()?)
}

/// The company's types in the order they were made; retired ones only when asked.
pub fn all(conn: &Connection, company_id: i64, with_retired: bool) -> StoreResult<Vec<LeaveType>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM leave_types WHERE company_id = ?1 AND (?2 OR retired_at IS NULL) ORDER BY id"
        ))?
        .query_map(params![company_id, with_retired], from_row)?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// A page of the company's types, retired ones included (each says so).
pub fn list(
    conn: &Connection,
    company_id: i64,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<LeaveTypeAttributes>>, u64)> {
    Listing::new("company_id", company_id).fetch(
        conn,
        "FROM leave_types",
        &format!("SELECT {COLUMNS} FROM leave_types"),
        "id",
        (offset, limit),
        |r| Ok(from_row(r)?.resource()),
    )
}

fn code_taken(conn: &Connection, company_id: i64, code: &str, other_than: Option<i64>) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM leave_types WHERE company_id = ?1 AND code = ?2 AND id <> COALESCE(?3, 0))",
        )?
        .query_row(params![company_id, code, other_than], |r| r.get(0))?)
}

fn write(conn: &Connection, company_id: i64, id: Option<i64>, policy: &LeaveTypeAttributes) -> StoreResult<i64> {
    if code_taken(conn, company_id, &policy.code, id)? {
        return Err(StoreError::invalid("code", "The code has already been taken."));
    }
    let paid_percent = (policy.paid_fraction * 100.0).round() as i64;
    let retired_at = policy.retired.then(Utc::now);
    let (accrual, chain) = (accrual_text(policy.accrual), chain_text(policy.approval_chain));
    let Some(id) = id else {
        return Ok(conn
            .prepare_cached(
                "INSERT INTO leave_types (company_id, code, name, paid_percent, counts_non_working_days,
                     attachment_required, min_notice_days, days_per_year, accrual, prorated, carry_over_cap,
                     carry_over_expiry_months, negative_allowance, approval_chain, extra_hr_step_above_days, retired_at,
                     half_days)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) RETURNING id",
            )?
            .query_row(
                params![
                    company_id,
                    policy.code,
                    policy.name,
                    paid_percent,
                    policy.counts_non_working_days,
                    policy.attachment_required,
                    policy.min_notice_days,
                    policy.days_per_year,
                    accrual,
                    policy.prorated,
                    policy.carry_over_cap,
                    policy.carry_over_expiry_months,
                    policy.negative_allowance,
                    chain,
                    policy.extra_hr_step_above_days,
                    retired_at,
                    policy.half_days
                ],
                |r| r.get(0),
            )?);
    };
    // A type already retired keeps the day it was retired.
    conn.prepare_cached(
        "UPDATE leave_types SET code = ?2, name = ?3, paid_percent = ?4, counts_non_working_days = ?5,
             attachment_required = ?6, min_notice_days = ?7, days_per_year = ?8, accrual = ?9, prorated = ?10,
             carry_over_cap = ?11, carry_over_expiry_months = ?12, negative_allowance = ?13, approval_chain = ?14,
             extra_hr_step_above_days = ?15,
             retired_at = CASE WHEN ?16 THEN COALESCE(retired_at, ?17) ELSE NULL END, half_days = ?19
         WHERE company_id = ?1 AND id = ?18",
    )?
    .execute(params![
        company_id,
        policy.code,
        policy.name,
        paid_percent,
        policy.counts_non_working_days,
        policy.attachment_required,
        policy.min_notice_days,
        policy.days_per_year,
        accrual,
        policy.prorated,
        policy.carry_over_cap,
        policy.carry_over_expiry_months,
        policy.negative_allowance,
        chain,
        policy.extra_hr_step_above_days,
        policy.retired,
        Utc::now(),
        id,
        policy.half_days
    ])?;
    Ok(id)
}

pub fn create(conn: &Connection, company_id: i64, policy: &LeaveTypeAttributes) -> StoreResult<LeaveType> {
    let id = write(conn, company_id, None, policy)?;
    get(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Leave type"))
}

/// Replaces a type's policy; answers it before and after. Requests already made keep their days and
/// chain; the ledger keeps what it holds.
pub fn update(
    conn: &Connection,
    company_id: i64,
    id: i64,
    policy: &LeaveTypeAttributes,
) -> StoreResult<(LeaveType, LeaveType)> {
    let before = get(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Leave type"))?;
    write(conn, company_id, Some(id), policy)?;
    let after = get(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Leave type"))?;
    Ok((before, after))
}
