//! A run's life: created and computed as a draft, its lines held, excluded or overridden by HR, locked
//! (inputs, figures and bank accounts frozen), paid and published. Only a draft changes; a locked run's
//! payslips recompute from their stored inputs to the same bytes.

use super::compute::{Computed, compute_run};
use crate::db::{Connection, OptionalExtension, params};
use crate::store::notifications::{Notice, notify_in};
use crate::store::{StoreError, StoreResult};
use chrono::{NaiveDate, Utc};
use okta_hr_domain::validation::ValidationErrors;
use okta_hr_i18n::args;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::compute::{LineOverride, PayPeriod, Payslip};
use okta_hr_payroll::inputs::PayslipInputs;
use serde_json::json;

/// A run as its lifecycle reads it.
#[derive(Debug, Clone)]
pub struct RunState {
    pub id: i64,
    pub label: String,
    pub period: PayPeriod,
    pub pay_date: NaiveDate,
    pub status: String,
}

pub fn run_state(conn: &Connection, company_id: i64, run_id: i64) -> StoreResult<RunState> {
    conn.prepare_cached(
        "SELECT id, period, period_start, period_end, pay_date, status FROM payroll_runs WHERE id = ?1 AND company_id = ?2",
    )?
    .query_row([run_id, company_id], |r| {
        Ok(RunState {
            id: r.get(0)?,
            label: r.get(1)?,
            period: PayPeriod { first_day: r.get(2)?, last_day: r.get(3)? },
            pay_date: r.get(4)?,
            status: r.get(5)?,
        })
    })
    .optional()?
    .ok_or_else(|| StoreError::not_found("Payroll run"))
}

fn must_be(run: &RunState, statuses: &[&str], doing: &str) -> StoreResult<()> {
    if statuses.contains(&run.status.as_str()) {
        return Ok(());
    }
    Err(StoreError::invalid("status", format!("The run for {} is {}: it cannot be {doing}.", run.label, run.status)))
}

/// A new draft run for `period`, computed at once.
pub fn create_run(
    conn: &Connection,
    company_id: i64,
    label: &str,
    period: PayPeriod,
    pay_date: NaiveDate,
) -> StoreResult<(i64, Computed)> {
    let overlapping: Option<String> = conn
        .prepare_cached(
            "SELECT period FROM payroll_runs WHERE company_id = ?1 AND corrects_run_id IS NULL
               AND period_start <= ?3 AND period_end >= ?2 LIMIT 1",
        )?
        .query_row(params![company_id, period.first_day, period.last_day], |r| r.get(0))
        .optional()?;
    if let Some(other) = overlapping {
        return Err(StoreError::invalid("period", format!("The run for {other} already covers part of this period.")));
    }
    let currency: String =
        conn.prepare_cached("SELECT currency FROM companies WHERE id = ?1")?.query_row([company_id], |r| r.get(0))?;
    let now = Utc::now();
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO payroll_runs (company_id, period, period_start, period_end, pay_date, status, currency,
                 created_at, computed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'draft', ?6, ?7, ?7) RETURNING id",
        )?
        .query_row(params![company_id, label, period.first_day, period.last_day, pay_date, currency, now], |r| {
            r.get(0)
        })?;
    let computed = compute_run(conn, company_id, id, period)?;
    Ok((id, computed))
}

/// A correcting run of a locked one: a draft for the same period, computed from today's data, whose lines
/// pay the difference from what the locked run paid (people it did not pay, held ones among them, in full).
/// A run is corrected once, and a correction is not corrected again: what it measures against stays one
/// locked run.
pub fn create_correction(
    conn: &Connection,
    company_id: i64,
    original: &RunState,
    pay_date: NaiveDate,
) -> StoreResult<(i64, Computed)> {
    must_be(original, &["locked", "paid", "published"], "corrected: only locked pay is corrected")?;
    let (is_correction, existing): (bool, Option<i64>) = conn
        .prepare_cached(
            "SELECT corrects_run_id IS NOT NULL, (SELECT MIN(c.id) FROM payroll_runs c WHERE c.corrects_run_id = r.id)
             FROM payroll_runs r WHERE r.id = ?1",
        )?
        .query_row([original.id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if is_correction {
        return Err(StoreError::invalid("status", "A correction is not corrected again: correct in a later run."));
    }
    let back_pay: Option<i64> = conn
        .prepare_cached("SELECT MIN(id) FROM pay_adjustments WHERE origin_run_id = ?1")?
        .query_row([original.id], |r| r.get(0))?;
    if let Some(adjustment) = back_pay {
        return Err(StoreError::invalid(
            "status",
            format!(
                "Back pay for {} is already paid in a later run (adjustment {adjustment}): correct that instead.",
                original.label
            ),
        ));
    }
    if let Some(existing) = existing {
        return Err(StoreError::invalid(
            "status",
            format!("The run for {} already has a correction (run {existing}).", original.label),
        ));
    }
    let currency: String =
        conn.prepare_cached("SELECT currency FROM companies WHERE id = ?1")?.query_row([company_id], |r| r.get(0))?;
    let now = Utc::now();
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO payroll_runs (company_id, period, period_start, period_end, pay_date, status, currency,
                 created_at, computed_at, corrects_run_id)
             VALUES (?1, ?2, ?3, ?4, ?5, 'draft', ?6, ?7, ?7, ?8) RETURNING id",
        )?
        .query_row(
            params![
                company_id,
                format!("{} correction", original.label),
                original.period.first_day,
                original.period.last_day,
                pay_date,
                currency,
                now,
                original.id
            ],
            |r| r.get(0),
        )?;
    let computed = compute_run(conn, company_id, id, original.period)?;
    Ok((id, computed))
}

/// Computes a draft again from today's data, keeping HR's holds, exclusions and overrides.
pub fn recompute(conn: &Connection, company_id: i64, run: &RunState) -> StoreResult<Computed> {
    must_be(run, &["draft"], "recomputed: a locked run's payslips stay as they were locked")?;
    let computed = compute_run(conn, company_id, run.id, run.period)?;
    conn.prepare_cached("UPDATE payroll_runs SET computed_at = ?1 WHERE id = ?2")?
        .execute(params![Utc::now(), run.id])?;
    Ok(computed)
}

/// Deletes a draft; nothing was paid or shown from it.
pub fn delete_draft(conn: &Connection, company_id: i64, run: &RunState) -> StoreResult<()> {
    must_be(run, &["draft"], "deleted: a locked run is corrected in a later run")?;
    conn.prepare_cached("DELETE FROM payroll_lines WHERE payroll_run_id = ?1")?.execute([run.id])?;
    conn.prepare_cached("DELETE FROM payroll_runs WHERE id = ?1 AND company_id = ?2")?.execute([run.id, company_id])?;
    Ok(())
}

/// A line of the run by id: (employee, status, inputs).
fn line_of(conn: &Connection, run_id: i64, line_id: i64) -> StoreResult<(i64, String, Option<PayslipInputs>)> {
    let (employee, status, inputs): (i64, String, Option<String>) = conn
        .prepare_cached("SELECT employee_id, status, inputs FROM payroll_lines WHERE id = ?1 AND payroll_run_id = ?2")?
        .query_row([line_id, run_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .ok_or_else(|| StoreError::not_found("Payroll line"))?;
    let inputs = inputs
        .map(|text| serde_json::from_str(&text))
        .transpose()
        .map_err(|source| StoreError::Document { what: "payslip inputs", source })?;
    Ok((employee, status, inputs))
}

/// Holds, excludes or includes again one person of a draft; answers (status before, after).
pub fn set_line_status(
    conn: &Connection,
    company_id: i64,
    run: &RunState,
    line_id: i64,
    status: &str,
    note: Option<&str>,
) -> StoreResult<(String, String)> {
    must_be(run, &["draft"], "changed")?;
    let (_, before, _) = line_of(conn, run.id, line_id)?;
    let decided = if status == "ready" { "ready" } else { status };
    conn.prepare_cached("UPDATE payroll_lines SET status = ?1, note = ?2 WHERE id = ?3")?.execute(params![
        decided,
        if status == "ready" { None } else { note },
        line_id
    ])?;
    // Including a person again computes them as anyone else: ready, or failed with the reason.
    if status == "ready" {
        compute_run(conn, company_id, run.id, run.period)?;
    }
    let after: String =
        conn.prepare_cached("SELECT status FROM payroll_lines WHERE id = ?1")?.query_row([line_id], |r| r.get(0))?;
    Ok((before, after))
}

/// Sets (or with `None` removes) HR's amount for one component of one line of a draft, then computes the
/// run again so every line after it follows.
pub fn set_override(
    conn: &Connection,
    company_id: i64,
    run: &RunState,
    line_id: i64,
    code: &str,
    set: Option<(Decimal, String)>,
) -> StoreResult<(Option<LineOverride>, Option<LineOverride>)> {
    must_be(run, &["draft"], "changed")?;
    let (_, _, inputs) = line_of(conn, run.id, line_id)?;
    let mut inputs = inputs.ok_or_else(|| {
        StoreError::invalid("code", "This person has no computed payslip to change: fix why it failed first.")
    })?;
    if !inputs.structure.components.iter().any(|component| component.code == code) {
        return Err(StoreError::invalid(
            "code",
            format!("{code} is not a component of the structure {}.", inputs.structure.name),
        ));
    }
    let before = inputs.overrides.iter().find(|o| o.code == code).cloned();
    inputs.overrides.retain(|o| o.code != code);
    let after = set.map(|(amount, reason)| LineOverride { code: code.to_owned(), amount, reason });
    inputs.overrides.extend(after.clone());
    let text =
        serde_json::to_string(&inputs).map_err(|source| StoreError::Document { what: "payslip inputs", source })?;
    conn.prepare_cached("UPDATE payroll_lines SET inputs = ?1 WHERE id = ?2")?.execute(params![text, line_id])?;
    compute_run(conn, company_id, run.id, run.period)?;
    Ok((before, after))
}

/// A line whose stored payslip is not what its stored inputs compute. A line without inputs (from before
/// payslips were stored whole) has nothing to recompute; a held line that could not be computed still
/// cannot be.
fn differs(inputs: Option<&str>, payslip: Option<&str>) -> bool {
    let Some(inputs) = inputs else { return false };
    let Ok(inputs) = serde_json::from_str::<PayslipInputs>(inputs) else { return true };
    match (inputs.compute(), payslip) {
        (Ok(computed), Some(payslip)) => serde_json::to_string(&computed).ok().as_deref() != Some(payslip),
        (Ok(_), None) => true,
        (Err(_), stored) => stored.is_some(),
    }
}

/// Recomputes every payslip of a run from its stored inputs; answers the people whose figures would differ
/// (none, for a run that was locked: that is the point of locking).
pub fn verify(conn: &Connection, run_id: i64) -> StoreResult<Vec<i64>> {
    let rows = conn
        .prepare_cached(
            "SELECT employee_id, inputs, payslip FROM payroll_lines
             WHERE payroll_run_id = ?1 AND status IN ('ready', 'held') ORDER BY employee_id",
        )?
        .query_map([run_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, Option<String>>(2)?))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .filter(|(_, inputs, payslip)| differs(inputs.as_deref(), payslip.as_deref()))
        .map(|(person, _, _)| person)
        .collect())
}

/// Names of the run's people matching `condition` on the line `l` (and `e`, the employee).
fn names_where(conn: &Connection, run_id: i64, condition: &str) -> StoreResult<Vec<String>> {
    Ok(conn
        .prepare(&format!(
            "SELECT e.first_name || ' ' || e.last_name FROM payroll_lines l JOIN employees e ON e.id = l.employee_id
             WHERE l.payroll_run_id = ?1 AND ({condition}) ORDER BY e.last_name, e.first_name"
        ))?
        .query_map([run_id], |r| r.get(0))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

fn listed(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] if first.len() < 5 => format!("{} and {last}", first.join(", ")),
        [first @ .., _] => format!("{} and {} others", first[..4].join(", "), names.len() - 4),
    }
}

/// The run's lines as stored, to tell whether a computation changed them.
fn stored_payslips(conn: &Connection, run_id: i64) -> StoreResult<Vec<(i64, Option<String>)>> {
    Ok(conn
        .prepare_cached(
            "SELECT employee_id, payslip FROM payroll_lines WHERE payroll_run_id = ?1 ORDER BY employee_id",
        )?
        .query_map([run_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// Computes a draft once more before it is locked, in a write of its own so the new figures stay even when
/// the lock is then refused; answers whether any changed (HR then reviews them before locking).
pub fn refresh_before_lock(conn: &Connection, company_id: i64, run: &RunState) -> StoreResult<bool> {
    must_be(run, &["draft"], "locked")?;
    let before = stored_payslips(conn, run.id)?;
    recompute(conn, company_id, run)?;
    Ok(stored_payslips(conn, run.id)? != before)
}

/// Locks a draft as its lines stand, which HR has reviewed as the run now computes ([`refresh_before_lock`]
/// runs first): refused while anyone failed, would be paid a negative net or has no bank account.
pub fn lock(conn: &Connection, run: &RunState) -> StoreResult<()> {
    must_be(run, &["draft"], "locked")?;
    let mut errors = ValidationErrors::default();
    let failed = names_where(conn, run.id, "l.status = 'failed'")?;
    if !failed.is_empty() {
        errors.add(
            "lines",
            format!("{} could not be computed: fix the reason shown on their line or exclude them.", listed(&failed)),
        );
    }
    let negative = names_where(conn, run.id, "l.status = 'ready' AND l.net < 0")?;
    if !negative.is_empty() {
        errors.add(
            "lines",
            format!("The net pay of {} would be negative: override a line, hold or exclude them.", listed(&negative)),
        );
    }
    let unbanked = names_where(conn, run.id, "l.status = 'ready' AND l.bank_iban IS NULL")?;
    if !unbanked.is_empty() {
        errors.add(
            "lines",
            format!("{} has no approved bank account: approve their bank details or hold them.", listed(&unbanked)),
        );
    }
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    conn.prepare_cached("UPDATE payroll_runs SET status = 'locked', locked_at = ?1 WHERE id = ?2")?
        .execute(params![Utc::now(), run.id])?;
    Ok(())
}

/// Records that the bank transfers were made.
pub fn mark_paid(conn: &Connection, run: &RunState) -> StoreResult<()> {
    must_be(run, &["locked"], "marked paid")?;
    conn.prepare_cached("UPDATE payroll_runs SET status = 'paid', paid_at = ?1 WHERE id = ?2")?
        .execute(params![Utc::now(), run.id])?;
    Ok(())
}

/// Publishes a locked or paid run: every person paid in it sees their payslip and is told, in the one
/// transaction of the write; answers how many were told.
pub fn publish(conn: &Connection, company_id: i64, run: &RunState) -> StoreResult<u64> {
    must_be(run, &["locked", "paid"], "published")?;
    conn.prepare_cached("UPDATE payroll_runs SET status = 'published', finalised_at = ?1 WHERE id = ?2")?
        .execute(params![Utc::now(), run.id])?;
    let lines: Vec<(i64, i64, Option<String>)> = conn
        .prepare_cached(
            "SELECT id, employee_id, payslip FROM payroll_lines WHERE payroll_run_id = ?1 AND status = 'ready'",
        )?
        .query_map([run.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    // Everyone's language at once: a run notifies thousands of people in this one write.
    let languages = super::payslips::run_languages(conn, company_id, run.id)?;
    for (line_id, employee_id, payslip) in &lines {
        let net = payslip
            .as_deref()
            .and_then(|text| serde_json::from_str::<Payslip>(text).ok())
            .map(|payslip| (payslip.currency, payslip.net.to_string()));
        notify_in(
            conn,
            *employee_id,
            languages.get(&line_id.to_string()).copied().unwrap_or_default(),
            &Notice::new(
                "payslip.published",
                json!({ "payslip_id": line_id.to_string(), "payroll_run_id": run.id.to_string() }),
                |language| {
                    let title = language.tr_with("notice-payslip-title", &args!["period" => run.label.clone()]);
                    let paid = run.pay_date.to_string();
                    let body = match &net {
                        Some((currency, amount)) => language.tr_with(
                            "notice-payslip-body-net",
                            &args!["date" => paid, "currency" => currency.clone(), "net" => amount.clone()],
                        ),
                        None => language.tr_with("notice-payslip-body", &args!["date" => paid]),
                    };
                    (title, body)
                },
            ),
        )?;
    }
    Ok(lines.len() as u64)
}

/// The run a line belongs to, in the caller's company.
pub fn run_of_line(conn: &Connection, company_id: i64, line_id: i64) -> StoreResult<RunState> {
    let run_id: i64 = conn
        .prepare_cached(
            "SELECT l.payroll_run_id FROM payroll_lines l JOIN payroll_runs r ON r.id = l.payroll_run_id
             WHERE l.id = ?1 AND r.company_id = ?2",
        )?
        .query_row([line_id, company_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::not_found("Payroll line"))?;
    run_state(conn, company_id, run_id)
}
