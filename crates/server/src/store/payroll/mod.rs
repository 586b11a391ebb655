//! Payroll runs, their lines, and payslips (an employee's lines of published runs).

pub mod assignments;
pub mod back_pay;
pub mod bank;
pub mod compute;
mod demo;
pub mod lines;
pub mod payslips;
pub mod review;
pub mod runs;
pub mod settings;

pub use demo::seed_demo;

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::StoreResult;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::money::Money;
use okta_hr_domain::wire::{PayrollRunAttributes, kind};

const RUN_COLUMNS: &str = "r.id, r.period, r.period_start, r.period_end, r.pay_date, r.status, r.currency,
    r.finalised_at, (SELECT COUNT(*) FROM payroll_lines l WHERE l.payroll_run_id = r.id AND l.status = 'ready'),
    (SELECT COALESCE(SUM(l.gross), 0) FROM payroll_lines l WHERE l.payroll_run_id = r.id AND l.status = 'ready'),
    (SELECT COALESCE(SUM(l.net), 0) FROM payroll_lines l WHERE l.payroll_run_id = r.id AND l.status = 'ready'),
    (SELECT COUNT(*) FROM payroll_lines l WHERE l.payroll_run_id = r.id AND l.status = 'failed'),
    (SELECT COUNT(*) FROM payroll_lines l WHERE l.payroll_run_id = r.id AND l.status = 'held'),
    (SELECT COUNT(*) FROM payroll_lines l WHERE l.payroll_run_id = r.id AND l.status = 'excluded'),
    r.computed_at, r.locked_at, r.paid_at, r.corrects_run_id";

fn run_from_row(r: &Row) -> crate::db::Result<Resource<PayrollRunAttributes>> {
    Ok(Resource::new(
        kind::PAYROLL_RUN,
        r.get::<_, i64>(0)?,
        PayrollRunAttributes {
            period: r.get(1)?,
            period_start: r.get(2)?,
            period_end: r.get(3)?,
            pay_date: r.get(4)?,
            status: r.get(5)?,
            currency: r.get(6)?,
            finalised_at: r.get(7)?,
            employee_count: r.get(8)?,
            gross: Money(r.get(9)?),
            net: Money(r.get(10)?),
            failed_count: r.get(11)?,
            held_count: r.get(12)?,
            excluded_count: r.get(13)?,
            computed_at: r.get(14)?,
            locked_at: r.get(15)?,
            paid_at: r.get(16)?,
            corrects_run_id: r.get::<_, Option<i64>>(17)?.map(|id| id.to_string()),
        },
    ))
}

pub fn runs(
    conn: &Connection,
    company_id: i64,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<PayrollRunAttributes>>, u64)> {
    let total: u64 = conn
        .prepare_cached("SELECT COUNT(*) FROM payroll_runs WHERE company_id = ?1")?
        .query_row([company_id], |r| r.get(0))?;
    let runs = conn
        .prepare_cached(&format!(
            "SELECT {RUN_COLUMNS} FROM payroll_runs r WHERE r.company_id = ?1
             ORDER BY r.period DESC LIMIT ?2 OFFSET ?3"
        ))?
        .query_map(params![company_id, limit, offset], run_from_row)?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok((runs, total))
}

pub fn run(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Resource<PayrollRunAttributes>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {RUN_COLUMNS} FROM payroll_runs r WHERE r.id = ?1 AND r.company_id = ?2"))?
        .query_row([id, company_id], run_from_row)
        .optional()?)
}
