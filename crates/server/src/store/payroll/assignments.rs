//! Who is paid what: each person's effective-dated pay assignments (salary structure and base amount) and
//! the bonuses, advances and deductions HR adds. A run reads them for its period; once a run is locked its
//! periods are closed, so a change dated into them becomes an adjustment of the next run (see
//! [`super::back_pay`]) rather than an edit of what was paid.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::{Listing, StoreError, StoreResult};
use chrono::{NaiveDate, Utc};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::compute::{AdjustmentKind, Recurrence};
pub use okta_hr_payroll::wire::{PAY_ADJUSTMENT, PAY_ASSIGNMENT, PayAdjustmentAttributes, PayAssignmentAttributes};

/// A change of pay for one person.
pub struct NewAssignment {
    pub employee_id: i64,
    pub effective_from: NaiveDate,
    pub salary_structure_id: i64,
    pub base_amount: Decimal,
}

pub struct NewAdjustment {
    pub employee_id: i64,
    pub kind: AdjustmentKind,
    pub recurrence: Recurrence,
    pub name: String,
    pub amount: Decimal,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub reason: Option<String>,
    pub origin_run_id: Option<i64>,
}

fn decimal(r: &Row, index: usize) -> crate::db::Result<Decimal> {
    let text: String = r.get(index)?;
    text.parse::<Decimal>().map_err(|error| {
        let problem: Box<dyn std::error::Error + Send + Sync> = format!("not a decimal: {error}").into();
        crate::db::Error::Conversion { index, source: rusqlite::types::FromSqlError::Other(problem) }
    })
}

const ASSIGNMENT_COLUMNS: &str = "a.id, a.employee_id, e.first_name || ' ' || e.last_name, a.effective_from,
    a.salary_structure_id, s.name, a.base_amount";
const ASSIGNMENT_FROM: &str = "FROM pay_assignments a JOIN employees e ON e.id = a.employee_id
    JOIN salary_structures s ON s.id = a.salary_structure_id";

fn assignment_row(r: &Row) -> crate::db::Result<Resource<PayAssignmentAttributes>> {
    Ok(Resource::new(
        PAY_ASSIGNMENT,
        r.get::<_, i64>(0)?,
        PayAssignmentAttributes {
            employee_id: r.get::<_, i64>(1)?.to_string(),
            employee_name: r.get(2)?,
            effective_from: r.get(3)?,
            salary_structure_id: r.get::<_, i64>(4)?.to_string(),
            salary_structure_name: r.get(5)?,
            base_amount: decimal(r, 6)?,
        },
    ))
}

/// The company's assignments, or one person's, newest first for each person.
pub fn list_assignments(
    conn: &Connection,
    company_id: i64,
    employee_id: Option<i64>,
    page: (i64, i64),
) -> StoreResult<(Vec<Resource<PayAssignmentAttributes>>, u64)> {
    let mut listing = Listing::new("a.company_id", company_id);
    if let Some(employee_id) = employee_id {
        listing.and("a.employee_id = ?", [employee_id.into()]);
    }
    listing.fetch(
        conn,
        "FROM pay_assignments a",
        &format!("SELECT {ASSIGNMENT_COLUMNS} {ASSIGNMENT_FROM}"),
        "e.last_name, e.first_name, a.employee_id, a.effective_from DESC",
        page,
        assignment_row,
    )
}

pub fn get_assignment(
    conn: &Connection,
    company_id: i64,
    id: i64,
) -> StoreResult<Option<Resource<PayAssignmentAttributes>>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {ASSIGNMENT_COLUMNS} {ASSIGNMENT_FROM} WHERE a.id = ?1 AND a.company_id = ?2"
        ))?
        .query_row([id, company_id], assignment_row)
        .optional()?)
}

/// The last day of the company's locked periods: nothing on or before it may change what was paid.
pub fn locked_through(conn: &Connection, company_id: i64) -> StoreResult<Option<NaiveDate>> {
    Ok(conn
        .prepare_cached(
            "SELECT MAX(period_end) FROM payroll_runs WHERE company_id = ?1 AND status <> 'draft'
             AND corrects_run_id IS NULL",
        )?
        .query_row([company_id], |r| r.get(0))?)
}

/// Records `assignment`, replacing one of the same person on the same day; answers the one it replaced.
pub fn put_assignment(
    conn: &Connection,
    company_id: i64,
    assignment: &NewAssignment,
) -> StoreResult<(Resource<PayAssignmentAttributes>, Option<Resource<PayAssignmentAttributes>>)> {
    let structure_current: Option<bool> = conn
        .prepare_cached("SELECT retired_at IS NULL FROM salary_structures WHERE id = ?1 AND company_id = ?2")?
        .query_row([assignment.salary_structure_id, company_id], |r| r.get(0))
        .optional()?;
    match structure_current {
        None => return Err(StoreError::invalid("salary_structure_id", "The selected salary structure id is invalid.")),
        Some(false) => {
            return Err(StoreError::invalid(
                "salary_structure_id",
                "The salary structure is retired: bring it back or choose a current one.",
            ));
        }
        Some(true) => {}
    }
    let replaced_id: Option<i64> = conn
        .prepare_cached("SELECT id FROM pay_assignments WHERE employee_id = ?1 AND effective_from = ?2")?
        .query_row(params![assignment.employee_id, assignment.effective_from], |r| r.get(0))
        .optional()?;
    let replaced = replaced_id.map(|id| get_assignment(conn, company_id, id)).transpose()?.flatten();
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO pay_assignments (company_id, employee_id, effective_from, salary_structure_id, base_amount,
                 created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (employee_id, effective_from)
             DO UPDATE SET salary_structure_id = excluded.salary_structure_id, base_amount = excluded.base_amount
             RETURNING id",
        )?
        .query_row(
            params![
                company_id,
                assignment.employee_id,
                assignment.effective_from,
                assignment.salary_structure_id,
                assignment.base_amount.to_string(),
                Utc::now()
            ],
            |r| r.get(0),
        )?;
    let saved = get_assignment(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Pay assignment"))?;
    Ok((saved, replaced))
}

/// Removes an assignment that no locked run has paid from.
pub fn delete_assignment(
    conn: &Connection,
    company_id: i64,
    id: i64,
) -> StoreResult<Resource<PayAssignmentAttributes>> {
    let assignment = get_assignment(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Pay assignment"))?;
    if locked_through(conn, company_id)?.is_some_and(|locked| assignment.attributes.effective_from <= locked) {
        return Err(StoreError::invalid(
            "effective_from",
            "A locked run has paid from this assignment: add a new assignment from a later day instead.",
        ));
    }
    conn.prepare_cached("DELETE FROM pay_assignments WHERE id = ?1")?.execute([id])?;
    Ok(assignment)
}

const ADJUSTMENT_COLUMNS: &str = "j.id, j.employee_id, e.first_name || ' ' || e.last_name, j.kind, j.recurrence,
    j.name, j.amount, j.starts_on, j.ends_on, j.reason, j.origin_run_id";
const ADJUSTMENT_FROM: &str = "FROM pay_adjustments j JOIN employees e ON e.id = j.employee_id";

pub fn adjustment_kind_name(kind: AdjustmentKind) -> &'static str {
    match kind {
        AdjustmentKind::Bonus => "bonus",
        AdjustmentKind::Advance => "advance",
        AdjustmentKind::Deduction => "deduction",
    }
}

pub fn adjustment_kind_from(text: &str) -> Option<AdjustmentKind> {
    Some(match text {
        "bonus" => AdjustmentKind::Bonus,
        "advance" => AdjustmentKind::Advance,
        "deduction" => AdjustmentKind::Deduction,
        _ => return None,
    })
}

pub fn recurrence_from(text: &str) -> Option<Recurrence> {
    Some(match text {
        "one_off" => Recurrence::OneOff,
        "recurring" => Recurrence::Recurring,
        _ => return None,
    })
}

fn recurrence_name(recurrence: Recurrence) -> &'static str {
    match recurrence {
        Recurrence::OneOff => "one_off",
        Recurrence::Recurring => "recurring",
    }
}

fn adjustment_row(r: &Row) -> crate::db::Result<Resource<PayAdjustmentAttributes>> {
    let kind: String = r.get(3)?;
    let recurrence: String = r.get(4)?;
    let unknown = |index: usize, what: &str| {
        let problem: Box<dyn std::error::Error + Send + Sync> = format!("unknown {what}").into();
        crate::db::Error::Conversion { index, source: rusqlite::types::FromSqlError::Other(problem) }
    };
    Ok(Resource::new(
        PAY_ADJUSTMENT,
        r.get::<_, i64>(0)?,
        PayAdjustmentAttributes {
            employee_id: r.get::<_, i64>(1)?.to_string(),
            employee_name: r.get(2)?,
            kind: adjustment_kind_from(&kind).ok_or_else(|| unknown(3, "kind"))?,
            recurrence: recurrence_from(&recurrence).ok_or_else(|| unknown(4, "recurrence"))?,
            name: r.get(5)?,
            amount: decimal(r, 6)?,
            starts_on: r.get(7)?,
            ends_on: r.get(8)?,
            reason: r.get(9)?,
            origin_run_id: r.get::<_, Option<i64>>(10)?.map(|id| id.to_string()),
        },
    ))
}

pub fn list_adjustments(
    conn: &Connection,
    company_id: i64,
    employee_id: Option<i64>,
    page: (i64, i64),
) -> StoreResult<(Vec<Resource<PayAdjustmentAttributes>>, u64)> {
    let mut listing = Listing::new("j.company_id", company_id);
    if let Some(employee_id) = employee_id {
        listing.and("j.employee_id = ?", [employee_id.into()]);
    }
    listing.fetch(
        conn,
        "FROM pay_adjustments j",
        &format!("SELECT {ADJUSTMENT_COLUMNS} {ADJUSTMENT_FROM}"),
        "j.starts_on DESC, j.id DESC",
        page,
        adjustment_row,
    )
}

pub fn get_adjustment(
    conn: &Connection,
    company_id: i64,
    id: i64,
) -> StoreResult<Option<Resource<PayAdjustmentAttributes>>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {ADJUSTMENT_COLUMNS} {ADJUSTMENT_FROM} WHERE j.id = ?1 AND j.company_id = ?2"
        ))?
        .query_row([id, company_id], adjustment_row)
        .optional()?)
}

pub fn create_adjustment(
    conn: &Connection,
    company_id: i64,
    adjustment: &NewAdjustment,
) -> StoreResult<Resource<PayAdjustmentAttributes>> {
    if let Some(locked) = locked_through(conn, company_id)?
        && adjustment.starts_on <= locked
    {
        return Err(StoreError::invalid(
            "starts_on",
            format!("Pay up to {locked} is locked: an adjustment starts after it, in the next run."),
        ));
    }
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO pay_adjustments (company_id, employee_id, kind, recurrence, name, amount, starts_on, ends_on,
                 reason, origin_run_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
        )?
        .query_row(
            params![
                company_id,
                adjustment.employee_id,
                adjustment_kind_name(adjustment.kind),
                recurrence_name(adjustment.recurrence),
                adjustment.name,
                adjustment.amount.to_string(),
                adjustment.starts_on,
                adjustment.ends_on,
                adjustment.reason,
                adjustment.origin_run_id,
                Utc::now()
            ],
            |r| r.get(0),
        )?;
    get_adjustment(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Pay adjustment"))
}

/// Ends a recurring adjustment on `ends_on`; it cannot end inside locked pay.
pub fn end_adjustment(
    conn: &Connection,
    company_id: i64,
    id: i64,
    ends_on: NaiveDate,
) -> StoreResult<(Resource<PayAdjustmentAttributes>, Resource<PayAdjustmentAttributes>)> {
    let before = get_adjustment(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Pay adjustment"))?;
    if before.attributes.recurrence != Recurrence::Recurring {
        return Err(StoreError::invalid("ends_on", "Only a recurring adjustment has an end."));
    }
    if ends_on < before.attributes.starts_on {
        return Err(StoreError::invalid("ends_on", "The ends on must be a date after or equal to starts on."));
    }
    if let Some(locked) = locked_through(conn, company_id)?
        && ends_on < locked
    {
        return Err(StoreError::invalid(
            "ends_on",
            format!("Pay up to {locked} is locked: end it on {locked} or later."),
        ));
    }
    conn.prepare_cached("UPDATE pay_adjustments SET ends_on = ?1 WHERE id = ?2")?.execute(params![ends_on, id])?;
    let after = get_adjustment(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Pay adjustment"))?;
    Ok((before, after))
}

/// Removes an adjustment no locked run has paid.
pub fn delete_adjustment(
    conn: &Connection,
    company_id: i64,
    id: i64,
) -> StoreResult<Resource<PayAdjustmentAttributes>> {
    let adjustment = get_adjustment(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Pay adjustment"))?;
    if locked_through(conn, company_id)?.is_some_and(|locked| adjustment.attributes.starts_on <= locked) {
        return Err(StoreError::invalid(
            "starts_on",
            "A locked run has paid this adjustment: end it, or add a deduction in the next run.",
        ));
    }
    conn.prepare_cached("DELETE FROM pay_adjustments WHERE id = ?1")?.execute([id])?;
    Ok(adjustment)
}
