//! A run's lines as stored: the computed payslip and its inputs as JSON, the seed's summary columns (gross,
//! net, earnings and deductions in minor units) beside them, and the bank account the line pays into.

use crate::db::{Connection, Row, params};
use crate::store::{StoreError, StoreResult};
use okta_hr_domain::money::Money;
use okta_hr_domain::wire::{PayItem, PayslipAttributes};
use okta_hr_payroll::Decimal;
use okta_hr_payroll::compute::{LineKind, Payslip};
use okta_hr_payroll::inputs::PayslipInputs;

/// The columns [`summary_from_row`] reads first, from `payroll_lines l` joined with its run `r` and its
/// employee `e`.
pub const SUMMARY_COLUMNS: &str = "l.id, l.payroll_run_id, l.employee_id, r.period, r.period_start, r.period_end,
    r.pay_date, r.currency, l.gross, l.net, l.earnings, l.deductions,
    e.first_name || ' ' || e.last_name, e.employee_number";

/// A line as the seed's payslip shape has it, from [`SUMMARY_COLUMNS`].
pub fn summary_from_row(r: &Row) -> crate::db::Result<PayslipAttributes> {
    let gross = Money(r.get(8)?);
    let net = Money(r.get(9)?);
    let items = |text: String| serde_json::from_str::<Vec<PayItem>>(&text).unwrap_or_default();
    Ok(PayslipAttributes {
        period: r.get(3)?,
        period_start: r.get(4)?,
        period_end: r.get(5)?,
        pay_date: r.get(6)?,
        currency: r.get(7)?,
        gross,
        net,
        total_deductions: Money(gross.0 - net.0),
        earnings: items(r.get(10)?),
        deductions: items(r.get(11)?),
        employee_name: r.get(12)?,
        employee_number: r.get(13)?,
    })
}

/// A bank account as a line freezes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankAccount {
    pub holder: String,
    pub iban: String,
    pub bic: Option<String>,
}

/// A line to write.
pub struct StoredLine<'a> {
    pub status: &'a str,
    pub note: Option<&'a str>,
    pub inputs: Option<&'a PayslipInputs>,
    pub result: &'a Result<Payslip, String>,
    pub bank: Option<&'a BankAccount>,
}

/// An amount in the seed's minor units (cents).
pub fn minor_units(amount: Decimal) -> Money {
    let cents = amount.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(Decimal::MAX).round();
    Money(i64::try_from(cents.mantissa()).unwrap_or(i64::MAX))
}

/// The seed's earnings (with advances, which are paid with them) and deductions of a payslip; hidden
/// lines are left out as on the printed payslip.
pub fn seed_items(payslip: &Payslip) -> (Vec<PayItem>, Vec<PayItem>) {
    let items = |kinds: &[LineKind]| -> Vec<PayItem> {
        payslip
            .lines
            .iter()
            .filter(|line| kinds.contains(&line.kind) && !line.hidden)
            .map(|line| PayItem { label: line.name.clone(), amount: minor_units(line.amount) })
            .collect()
    };
    (items(&[LineKind::Earning, LineKind::Advance]), items(&[LineKind::Deduction]))
}

fn json<T: serde::Serialize>(value: &T) -> StoreResult<String> {
    serde_json::to_string(value).map_err(|source| StoreError::Document { what: "payslip", source })
}

pub fn store_line(conn: &Connection, run_id: i64, employee_id: i64, line: &StoredLine) -> StoreResult<()> {
    let (payslip, error) = match line.result {
        Ok(payslip) => (Some(payslip), None),
        Err(error) => (None, Some(error.as_str())),
    };
    let (earnings, deductions) = payslip.map(seed_items).unwrap_or_default();
    let gross = payslip.map_or(Money(0), |p| minor_units(p.gross));
    let net = payslip.map_or(Money(0), |p| minor_units(p.net));
    conn.prepare_cached(
        "INSERT INTO payroll_lines (payroll_run_id, employee_id, status, gross, net, earnings, deductions, payslip,
             inputs, error, note, bank_holder, bank_iban, bank_bic)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT (payroll_run_id, employee_id) DO UPDATE SET status = excluded.status, gross = excluded.gross,
             net = excluded.net, earnings = excluded.earnings, deductions = excluded.deductions,
             payslip = excluded.payslip, inputs = excluded.inputs, error = excluded.error, note = excluded.note,
             bank_holder = excluded.bank_holder, bank_iban = excluded.bank_iban, bank_bic = excluded.bank_bic",
    )?
    .execute(params![
        run_id,
        employee_id,
        line.status,
        gross.0,
        net.0,
        json(&earnings)?,
        json(&deductions)?,
        payslip.map(json).transpose()?,
        line.inputs.map(json).transpose()?,
        error,
        line.note,
        line.bank.map(|bank| bank.holder.as_str()),
        line.bank.map(|bank| bank.iban.as_str()),
        line.bank.and_then(|bank| bank.bic.as_deref())
    ])?;
    Ok(())
}

/// Removes the lines of people no longer in the run (hired later, left before it).
pub fn remove_lines_except(conn: &Connection, run_id: i64, kept: &[i64]) -> StoreResult<()> {
    if kept.is_empty() {
        conn.prepare_cached("DELETE FROM payroll_lines WHERE payroll_run_id = ?1")?.execute([run_id])?;
        return Ok(());
    }
    let stale: Vec<i64> = conn
        .prepare_cached("SELECT employee_id FROM payroll_lines WHERE payroll_run_id = ?1")?
        .query_map([run_id], |r| r.get(0))?
        .collect::<crate::db::Result<Vec<i64>>>()?
        .into_iter()
        .filter(|person| kept.binary_search(person).is_err())
        .collect();
    if !stale.is_empty() {
        conn.execute(
            &format!(
                "DELETE FROM payroll_lines WHERE payroll_run_id = ?1 AND employee_id IN ({})",
                crate::store::id_list(&stale)
            ),
            params![run_id],
        )?;
    }
    Ok(())
}
