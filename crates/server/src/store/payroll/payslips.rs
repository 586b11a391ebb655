//! Payslips: the lines of published runs as their people read them, with what their PDF shows (the
//! computed payslip, the year's totals so far, department, job title, the account paid into), and the
//! PDFs themselves.

use super::lines::{SUMMARY_COLUMNS, summary_from_row};
use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::people::self_service::person_language;
use crate::store::{StoreError, StoreResult};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::people::mask_iban;
use okta_hr_domain::wire::kind;
use okta_hr_i18n::Language;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::wire::{PayslipView, YearToDate};
use std::collections::HashMap;

/// The year's totals of the person's published payslips up to this one (the same calendar year of the
/// period's end; of the same period, those made before it, so a correction counts after what it corrects),
/// in minor units.
const YEAR_TO_DATE: &str = "(SELECT COALESCE(SUM(y.gross), 0) || ':' || COALESCE(SUM(y.net), 0)
    FROM payroll_lines y JOIN payroll_runs yr ON yr.id = y.payroll_run_id
    WHERE y.employee_id = l.employee_id AND yr.status = 'published' AND y.status = 'ready'
      AND substr(yr.period_end, 1, 4) = substr(r.period_end, 1, 4)
      AND (yr.period_end < r.period_end OR (yr.period_end = r.period_end AND y.id <= l.id)))";

/// [`SUMMARY_COLUMNS`], then the payslip and what its PDF shows.
const COLUMNS: &str = "l.payslip, c.name, d.name, e.job_title, l.bank_iban";
const FROM: &str = "FROM payroll_lines l JOIN payroll_runs r ON r.id = l.payroll_run_id
    JOIN employees e ON e.id = l.employee_id JOIN companies c ON c.id = r.company_id
    LEFT JOIN departments d ON d.id = e.department_id";
/// What an employee sees: their own lines of published runs that paid them.
const PUBLISHED: &str = "r.status = 'published' AND l.status = 'ready'";

fn cents_pair(text: &str) -> Option<(i64, i64)> {
    let (gross, net) = text.split_once(':')?;
    Some((gross.parse().ok()?, net.parse().ok()?))
}

fn view_from_row(r: &Row, resource_kind: &str) -> crate::db::Result<Resource<PayslipView>> {
    let summary = summary_from_row(r)?;
    let payslip = r.get::<_, Option<String>>(14)?.and_then(|text| serde_json::from_str(&text).ok());
    let year_to_date = r.get::<_, Option<String>>(19)?.as_deref().and_then(cents_pair).map(|(gross, net)| YearToDate {
        gross: Decimal::new(gross, 2),
        total_deductions: Decimal::new(gross - net, 2),
        net: Decimal::new(net, 2),
    });
    let view = PayslipView {
        summary,
        payslip,
        year_to_date,
        company_name: r.get(15)?,
        department: r.get(16)?,
        job_title: r.get(17)?,
        bank_account: r.get::<_, Option<String>>(18)?.as_deref().map(mask_iban),
    };
    Ok(Resource::new(resource_kind, r.get::<_, i64>(0)?, view)
        .with_one("payroll_run", kind::PAYROLL_RUN, Some(r.get::<_, i64>(1)?))
        .with_one("employee", kind::EMPLOYEE, Some(r.get::<_, i64>(2)?)))
}

pub fn payslips(
    conn: &Connection,
    employee_id: i64,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<PayslipView>>, u64)> {
    let total: u64 = conn
        .prepare_cached(&format!(
            "SELECT COUNT(*) FROM payroll_lines l JOIN payroll_runs r ON r.id = l.payroll_run_id
             WHERE l.employee_id = ?1 AND {PUBLISHED}"
        ))?
        .query_row([employee_id], |r| r.get(0))?;
    let slips = conn
        .prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}, {COLUMNS}, {YEAR_TO_DATE} {FROM} WHERE l.employee_id = ?1 AND {PUBLISHED}
             ORDER BY r.period DESC LIMIT ?2 OFFSET ?3"
        ))?
        .query_map(params![employee_id, limit, offset], |r| view_from_row(r, kind::PAYSLIP))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok((slips, total))
}

pub fn payslip(conn: &Connection, employee_id: i64, id: i64) -> StoreResult<Option<Resource<PayslipView>>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}, {COLUMNS}, {YEAR_TO_DATE} {FROM} WHERE l.id = ?1 AND l.employee_id = ?2 AND {PUBLISHED}"
        ))?
        .query_row([id, employee_id], |r| view_from_row(r, kind::PAYSLIP))
        .optional()?)
}

/// Every payslip a locked run pays (its `ready` lines), for HR's download of the run. The year's totals
/// count this run as if published, since it will be.
pub fn run_payslips(conn: &Connection, company_id: i64, run_id: i64) -> StoreResult<Vec<Resource<PayslipView>>> {
    let status: String = conn
        .prepare_cached("SELECT status FROM payroll_runs WHERE id = ?1 AND company_id = ?2")?
        .query_row([run_id, company_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::not_found("Payroll run"))?;
    if status == "draft" {
        return Err(StoreError::invalid("status", "Payslips are made from a locked run: lock the run first."));
    }
    let this_run = YEAR_TO_DATE.replace(
        "yr.status = 'published' AND y.status = 'ready'",
        "(yr.status = 'published' OR yr.id = l.payroll_run_id) AND y.status = 'ready'",
    );
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}, {COLUMNS}, {this_run} {FROM} WHERE l.payroll_run_id = ?1 AND l.status = 'ready'
             ORDER BY e.last_name, e.first_name, l.id"
        ))?
        .query_map([run_id], |r| view_from_row(r, kind::PAYSLIP))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// The language of each payslip of a run (by payslip id): its person's, for the PDFs HR downloads.
pub fn run_languages(conn: &Connection, company_id: i64, run_id: i64) -> StoreResult<HashMap<String, Language>> {
    Ok(conn
        .prepare_cached(
            "SELECT l.id, e.language, e.profile_extra FROM payroll_lines l JOIN employees e ON e.id = l.employee_id
             WHERE l.payroll_run_id = ?1 AND e.company_id = ?2",
        )?
        .query_map([run_id, company_id], |r| {
            let (chosen, profile): (Option<String>, Option<String>) = (r.get(1)?, r.get(2)?);
            Ok((r.get::<_, i64>(0)?.to_string(), person_language(chosen.as_deref(), profile.as_deref())))
        })?
        .collect::<crate::db::Result<_>>()?)
}

/// The company's logo for its payslips, when it has one.
pub fn company_logo(conn: &Connection, company_id: i64) -> StoreResult<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached("SELECT image FROM org_logos WHERE company_id = ?1")?
        .query_row([company_id], |r| r.get(0))
        .optional()?)
}
