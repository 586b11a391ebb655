//! A run's lines as HR reviews them: each person's computed payslip (every line with its explanation),
//! their state, and the difference from their payslip of the company's previous run with its flags.

use super::lines::{SUMMARY_COLUMNS, summary_from_row};
use super::settings::settings;
use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::{StoreError, StoreResult};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::people::mask_iban;
use okta_hr_domain::wire::{PayslipAttributes, kind};
use okta_hr_payroll::compute::Payslip;
use okta_hr_payroll::diff::{BankAccounts, diff_payslips};
pub use okta_hr_payroll::wire::PayrollLineAttributes;
use okta_hr_payroll::wire::payslip_from_summary;
use std::collections::HashMap;

fn document<T: serde::de::DeserializeOwned>(text: Option<String>) -> StoreResult<Option<T>> {
    text.map(|text| serde_json::from_str(&text))
        .transpose()
        .map_err(|source| StoreError::Document { what: "payslip", source })
}

/// [`SUMMARY_COLUMNS`], then what review reads.
const COLUMNS: &str = "l.status, l.error, l.note, l.payslip, l.bank_iban";
const FROM: &str = "FROM payroll_lines l JOIN payroll_runs r ON r.id = l.payroll_run_id
    JOIN employees e ON e.id = l.employee_id";

struct Stored {
    id: i64,
    employee_id: i64,
    summary: PayslipAttributes,
    status: String,
    error: Option<String>,
    note: Option<String>,
    payslip: Option<String>,
    iban: Option<String>,
}

fn stored(r: &Row) -> crate::db::Result<Stored> {
    Ok(Stored {
        id: r.get(0)?,
        employee_id: r.get(2)?,
        summary: summary_from_row(r)?,
        status: r.get(14)?,
        error: r.get(15)?,
        note: r.get(16)?,
        payslip: r.get(17)?,
        iban: r.get(18)?,
    })
}

fn lines_of(conn: &Connection, run_id: i64, person: Option<i64>) -> StoreResult<Vec<Stored>> {
    let one_person = if person.is_some() { "AND l.employee_id = ?2" } else { "" };
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS}, {COLUMNS} {FROM} WHERE l.payroll_run_id = ?1 {one_person}
         ORDER BY e.last_name, e.first_name, l.id"
    ))?;
    let rows = match person {
        Some(person) => statement.query_map(params![run_id, person], stored)?,
        None => statement.query_map(params![run_id], stored)?,
    };
    Ok(rows.collect::<crate::db::Result<Vec<_>>>()?)
}

/// The company's run before `run_id`: the latest locked, paid or published one ending before it starts.
fn previous_run(conn: &Connection, company_id: i64, run_id: i64) -> StoreResult<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT p.id FROM payroll_runs p JOIN payroll_runs r ON r.id = ?2
             WHERE p.company_id = ?1 AND p.status <> 'draft' AND p.corrects_run_id IS NULL
               AND p.period_end < r.period_start
             ORDER BY p.period_end DESC LIMIT 1",
        )?
        .query_row([company_id, run_id], |r| r.get(0))
        .optional()?)
}

/// Every line of the run with its review.
pub fn review(conn: &Connection, company_id: i64, run_id: i64) -> StoreResult<Vec<Resource<PayrollLineAttributes>>> {
    review_of(conn, company_id, run_id, None)
}

/// One line of the run with its review, read alone (after HR changed it), not with the whole run.
pub fn review_line(
    conn: &Connection,
    company_id: i64,
    run_id: i64,
    line_id: i64,
) -> StoreResult<Option<Resource<PayrollLineAttributes>>> {
    let person: Option<i64> = conn
        .prepare_cached("SELECT employee_id FROM payroll_lines WHERE id = ?1 AND payroll_run_id = ?2")?
        .query_row([line_id, run_id], |r| r.get(0))
        .optional()?;
    let Some(person) = person else { return Ok(None) };
    Ok(review_of(conn, company_id, run_id, Some(person))?.into_iter().next())
}

/// The run's lines with their reviews, or one person's.
fn review_of(
    conn: &Connection,
    company_id: i64,
    run_id: i64,
    person: Option<i64>,
) -> StoreResult<Vec<Resource<PayrollLineAttributes>>> {
    let threshold = settings(conn, company_id)?.net_change_threshold;
    let correcting: bool = conn
        .prepare_cached("SELECT corrects_run_id IS NOT NULL FROM payroll_runs WHERE id = ?1")?
        .query_row([run_id], |r| r.get(0))?;
    let mut previous: HashMap<i64, (Payslip, Option<String>)> = HashMap::new();
    if let Some(previous_id) = previous_run(conn, company_id, run_id)? {
        for line in lines_of(conn, previous_id, person)? {
            if line.status != "ready" {
                continue;
            }
            let payslip = document::<Payslip>(line.payslip)?.unwrap_or_else(|| payslip_from_summary(&line.summary));
            previous.insert(line.employee_id, (payslip, line.iban));
        }
    }
    lines_of(conn, run_id, person)?
        .into_iter()
        .map(|line| {
            let payslip = document::<Payslip>(line.payslip)?;
            let before = previous.get(&line.employee_id);
            // A correction's payslip is already a difference, from the run it corrects.
            let review = payslip.as_ref().filter(|_| !correcting).map(|payslip| {
                let bank = BankAccounts {
                    current: line.iban.as_deref(),
                    previous_run: before.and_then(|(_, iban)| iban.as_deref()),
                };
                diff_payslips(payslip, before.map(|(payslip, _)| payslip), bank, threshold)
            });
            let attributes = PayrollLineAttributes {
                summary: line.summary,
                status: line.status,
                error: line.error,
                note: line.note,
                payslip,
                review,
                bank_account: line.iban.as_deref().map(mask_iban),
            };
            Ok(Resource::new(kind::PAYROLL_LINE, line.id, attributes)
                .with_one("payroll_run", kind::PAYROLL_RUN, Some(run_id))
                .with_one("employee", kind::EMPLOYEE, Some(line.employee_id)))
        })
        .collect()
}
