//! A change of base pay dated into locked pay. Locked runs are never edited: each locked run the person
//! was paid in from that day is computed again from its frozen inputs with the new base, and the
//! difference in gross becomes an adjustment of the next run (a bonus, or a deduction when pay went
//! down), naming the run it corrects. Deductions computed on gross (tax, pension) then apply to it in the
//! next run as to any other earning. A month that has a correcting run is left to it: the correction
//! computes from today's assignments, so it pays the raise (a draft one when it is computed again).

use super::assignments::{NewAdjustment, PayAdjustmentAttributes, create_adjustment, locked_through};
use crate::db::{Connection, params};
use crate::store::{StoreError, StoreResult};
use chrono::NaiveDate;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::component::{Rounding, format_amount};
use okta_hr_payroll::compute::{AdjustmentKind, BasePay, Recurrence};
use okta_hr_payroll::inputs::PayslipInputs;

/// The person's base amounts up to `last_day`, as assigned now.
fn base_pay(conn: &Connection, employee_id: i64, last_day: NaiveDate) -> StoreResult<Vec<BasePay>> {
    let rows: Vec<(NaiveDate, String)> = conn
        .prepare_cached(
            "SELECT effective_from, base_amount FROM pay_assignments WHERE employee_id = ?1 AND effective_from <= ?2
             ORDER BY effective_from",
        )?
        .query_map(params![employee_id, last_day], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok(rows.into_iter().filter_map(|(from, amount)| Some(BasePay { from, amount: amount.parse().ok()? })).collect())
}

/// The back pay already added for the person against `run_id`: a second change of the same days pays only
/// what the first did not.
fn already_settled(conn: &Connection, employee_id: i64, run_id: i64) -> StoreResult<Decimal> {
    let rows: Vec<(String, String)> = conn
        .prepare_cached("SELECT kind, amount FROM pay_adjustments WHERE employee_id = ?1 AND origin_run_id = ?2")?
        .query_map([employee_id, run_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(kind, amount)| {
            let amount: Decimal = amount.parse().ok()?;
            Some(if kind == "deduction" { -amount } else { amount })
        })
        .sum())
}

/// Adds back pay for each locked run from `changed_from` on whose gross the person's assignments now change;
/// answers the adjustments made.
pub fn settle(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    changed_from: NaiveDate,
) -> StoreResult<Vec<Resource<PayAdjustmentAttributes>>> {
    let Some(locked) = locked_through(conn, company_id)? else { return Ok(Vec::new()) };
    if changed_from > locked {
        return Ok(Vec::new());
    }
    let runs: Vec<(i64, String, NaiveDate, String)> = conn
        .prepare_cached(
            "SELECT r.id, r.period, r.period_end, l.inputs FROM payroll_runs r
             JOIN payroll_lines l ON l.payroll_run_id = r.id AND l.employee_id = ?2
             WHERE r.company_id = ?1 AND r.status <> 'draft' AND r.period_end >= ?3 AND l.status = 'ready'
               AND l.inputs IS NOT NULL AND r.corrects_run_id IS NULL
               AND NOT EXISTS (SELECT 1 FROM payroll_runs c WHERE c.corrects_run_id = r.id)
             ORDER BY r.period_end",
        )?
        .query_map(params![company_id, employee_id, changed_from], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let starts_on = locked.succ_opt().unwrap_or(locked);
    let mut made = Vec::new();
    for (run_id, label, last_day, inputs) in runs {
        let paid: PayslipInputs =
            serde_json::from_str(&inputs).map_err(|source| StoreError::Document { what: "payslip inputs", source })?;
        let mut now = paid.clone();
        now.base_pay = base_pay(conn, employee_id, last_day)?;
        let (Ok(before), Ok(after)) = (paid.compute(), now.compute()) else { continue };
        let difference = after.gross - before.gross - already_settled(conn, employee_id, run_id)?;
        if difference.is_zero() {
            continue;
        }
        let rounding = Rounding { places: paid.company.currency_places, ..Rounding::default() };
        let adjustment = NewAdjustment {
            employee_id,
            kind: if difference > Decimal::ZERO { AdjustmentKind::Bonus } else { AdjustmentKind::Deduction },
            recurrence: Recurrence::OneOff,
            name: format!("Back pay for {label}"),
            amount: difference.abs(),
            starts_on,
            ends_on: None,
            reason: Some(format!(
                "Base pay changed from {changed_from}: gross for {label} is {} instead of {}.",
                format_amount(after.gross, rounding),
                format_amount(before.gross, rounding)
            )),
            origin_run_id: Some(run_id),
        };
        made.push(create_adjustment(conn, company_id, &adjustment)?);
    }
    Ok(made)
}
