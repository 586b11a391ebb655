//! Computing a draft run: everyone employed in the period is read in a handful of queries (not one per
//! person), each person's [`PayslipInputs`] is built from their assignments, calendar, unpaid leave and
//! adjustments (and overtime from attendance, when the settings say after how many hours a day), and
//! payroll's own function computes the payslip. A person who cannot be computed gets a
//! failed line that says why; the run never stops at the first failure.

use super::lines::{BankAccount, SUMMARY_COLUMNS, StoredLine, store_line, summary_from_row};
use crate::db::{Connection, OptionalExtension, params};
use crate::store::pay_setup::salary_structures;
use crate::store::payroll::settings::settings;
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_domain::calendar::{Half, Holiday, LeaveSpan, WorkCalendar, parse_week};
use okta_hr_domain::leave_year::LeaveYear;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::compute::{Adjustment, BasePay, LeaveInPeriod, LineOverride, PayPeriod, Payslip};
use okta_hr_payroll::correction::Corrects;
use okta_hr_payroll::inputs::PayslipInputs;
use okta_hr_payroll::structure::PreparedStructure;
use okta_hr_payroll::wire::payslip_from_summary;
use std::collections::HashMap;

/// A person in the period, as the run reads them.
struct Person {
    id: i64,
    hired_on: Option<NaiveDate>,
    left_on: Option<NaiveDate>,
    branch: Option<i64>,
    week: String,
}

/// What HR decided about a person's line, kept when the run is computed again.
#[derive(Default)]
struct Decision {
    status: Option<String>,
    note: Option<String>,
    overrides: Vec<LineOverride>,
}

/// How many lines a computation left in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Computed {
    pub ready: u64,
    pub failed: u64,
    pub held: u64,
    pub excluded: u64,
}

fn people(conn: &Connection, company_id: i64, period: PayPeriod) -> StoreResult<Vec<Person>> {
    Ok(conn
        .prepare_cached(
            "SELECT e.id, e.hire_date, o.last_working_day, e.branch_id,
                 COALESCE(e.working_week, b.working_week, c.working_week)
             FROM employees e JOIN companies c ON c.id = e.company_id LEFT JOIN branches b ON b.id = e.branch_id
             LEFT JOIN offboardings o ON o.employee_id = e.id AND o.cancelled_at IS NULL
             WHERE e.company_id = ?1 AND (e.hire_date IS NULL OR e.hire_date <= ?3)
               AND (o.last_working_day IS NULL OR o.last_working_day >= ?2)
               AND (e.status = 'active' OR o.last_working_day IS NOT NULL)
             ORDER BY e.id",
        )?
        .query_map(params![company_id, period.first_day, period.last_day], |r| {
            Ok(Person { id: r.get(0)?, hired_on: r.get(1)?, left_on: r.get(2)?, branch: r.get(3)?, week: r.get(4)? })
        })?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// The company's holidays that can fall in the period, with the branch each belongs to.
fn holidays(conn: &Connection, company_id: i64, period: PayPeriod) -> StoreResult<Vec<(Option<i64>, Holiday)>> {
    Ok(conn
        .prepare_cached(
            "SELECT branch_id, date, name, recurring, half_day FROM holidays
             WHERE company_id = ?1 AND (recurring <> 0 OR date BETWEEN ?2 AND ?3) ORDER BY date, id",
        )?
        .query_map(params![company_id, period.first_day, period.last_day], |r| {
            Ok((r.get(0)?, Holiday { date: r.get(1)?, name: r.get(2)?, recurring: r.get(3)?, half_day: r.get(4)? }))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

fn grouped<T>(rows: Vec<(i64, T)>) -> HashMap<i64, Vec<T>> {
    let mut by_person: HashMap<i64, Vec<T>> = HashMap::new();
    for (person, row) in rows {
        by_person.entry(person).or_default().push(row);
    }
    by_person
}

/// An assignment as a run reads it: (from, structure, base amount).
type Assigned = (NaiveDate, i64, String);

/// Each person's assignments up to the period's end, oldest first.
fn assignments(conn: &Connection, company_id: i64, period: PayPeriod) -> StoreResult<HashMap<i64, Vec<Assigned>>> {
    let rows = conn
        .prepare_cached(
            "SELECT employee_id, effective_from, salary_structure_id, base_amount FROM pay_assignments
             WHERE company_id = ?1 AND effective_from <= ?2 ORDER BY employee_id, effective_from",
        )?
        .query_map(params![company_id, period.last_day], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?))))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok(grouped(rows))
}

/// Approved leave in the period that is not fully paid.
fn unpaid_leave(
    conn: &Connection,
    company_id: i64,
    period: PayPeriod,
) -> StoreResult<HashMap<i64, Vec<LeaveInPeriod>>> {
    let rows = conn
        .prepare_cached(
            "SELECT r.employee_id, r.start_date, r.start_half, r.end_date, r.end_half, t.paid_percent
             FROM leave_requests r JOIN leave_types t ON t.id = r.leave_type_id
             WHERE r.company_id = ?1 AND r.status = 'approved' AND t.paid_percent < 100
               AND r.start_date <= ?3 AND r.end_date >= ?2
             ORDER BY r.employee_id, r.start_date",
        )?
        .query_map(params![company_id, period.first_day, period.last_day], |r| {
            let half = |text: String| if text == "afternoon" { Half::Afternoon } else { Half::Morning };
            let span =
                LeaveSpan { start: r.get(1)?, start_half: half(r.get(2)?), end: r.get(3)?, end_half: half(r.get(4)?) };
            let paid_percent: i64 = r.get(5)?;
            Ok((r.get(0)?, LeaveInPeriod { span, paid_fraction: Decimal::new(paid_percent, 2) }))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok(grouped(rows))
}

/// Adjustments paid in the period: one-offs dated in it, recurring ones running through it.
fn adjustments(conn: &Connection, company_id: i64, period: PayPeriod) -> StoreResult<HashMap<i64, Vec<Adjustment>>> {
    let rows = conn
        .prepare_cached(
            "SELECT employee_id, id, kind, recurrence, name, amount FROM pay_adjustments
             WHERE company_id = ?1 AND starts_on <= ?3
               AND ((recurrence = 'one_off' AND starts_on >= ?2)
                 OR (recurrence = 'recurring' AND (ends_on IS NULL OR ends_on >= ?2)))
             ORDER BY employee_id, starts_on, id",
        )?
        .query_map(params![company_id, period.first_day, period.last_day], |r| {
            let (id, kind, recurrence, amount): (i64, String, String, String) =
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(5)?);
            Ok((r.get::<_, i64>(0)?, (id, kind, recurrence, r.get::<_, String>(4)?, amount)))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let adjustments = rows
        .into_iter()
        .filter_map(|(person, (id, kind, recurrence, name, amount))| {
            Some((
                person,
                Adjustment {
                    code: format!("ADJ{id}"),
                    name,
                    kind: super::assignments::adjustment_kind_from(&kind)?,
                    recurrence: super::assignments::recurrence_from(&recurrence)?,
                    amount: amount.parse().ok()?,
                },
            ))
        })
        .collect();
    Ok(grouped(adjustments))
}

/// Each person's overtime in the period: on each work day, the hours their closed attendance records add up
/// to beyond `after_hours`, to the hundredth of an hour.
fn overtime(
    conn: &Connection,
    company_id: i64,
    period: PayPeriod,
    after_hours: Decimal,
) -> StoreResult<HashMap<i64, Decimal>> {
    let rows: Vec<(i64, NaiveDate, DateTime<Utc>, DateTime<Utc>)> = conn
        .prepare_cached(
            "SELECT employee_id, work_date, check_in_at, check_out_at FROM attendance_records
             WHERE company_id = ?1 AND work_date BETWEEN ?2 AND ?3 AND check_out_at IS NOT NULL",
        )?
        .query_map(params![company_id, period.first_day, period.last_day], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let mut seconds: HashMap<(i64, NaiveDate), i64> = HashMap::new();
    for (person, day, checked_in, checked_out) in rows {
        *seconds.entry((person, day)).or_default() += (checked_out - checked_in).num_seconds().max(0);
    }
    let mut hours: HashMap<i64, Decimal> = HashMap::new();
    for ((person, _), worked) in seconds {
        let beyond = Decimal::from(worked) / Decimal::from(3_600) - after_hours;
        if beyond > Decimal::ZERO {
            *hours.entry(person).or_default() += beyond;
        }
    }
    Ok(hours.into_iter().map(|(person, total)| (person, total.round_dp(2))).collect())
}

pub fn bank_accounts(conn: &Connection, company_id: i64) -> StoreResult<HashMap<i64, BankAccount>> {
    Ok(conn
        .prepare_cached("SELECT employee_id, account_holder, iban, bic FROM bank_accounts WHERE company_id = ?1")?
        .query_map([company_id], |r| {
            Ok((r.get(0)?, BankAccount { holder: r.get(1)?, iban: r.get(2)?, bic: r.get(3)? }))
        })?
        .collect::<crate::db::Result<HashMap<_, _>>>()?)
}

/// HR's holds, exclusions and overrides on the run's lines so far.
fn decisions(conn: &Connection, run_id: i64) -> StoreResult<HashMap<i64, Decision>> {
    let rows = conn
        .prepare_cached("SELECT employee_id, status, note, inputs FROM payroll_lines WHERE payroll_run_id = ?1")?
        .query_map([run_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .map(|(person, status, note, inputs)| {
            let overrides = inputs
                .and_then(|inputs| serde_json::from_str::<PayslipInputs>(&inputs).ok())
                .map(|inputs| inputs.overrides)
                .unwrap_or_default();
            let status = matches!(status.as_str(), "held" | "excluded").then_some(status);
            (person, Decision { status, note, overrides })
        })
        .collect())
}

/// What a correcting run measures against: the corrected run's name, what it paid each person (its
/// `ready` lines; one from before payslips were stored whole is rebuilt from its seed fields), and HR's
/// overrides on its lines, which a correction keeps unless HR changes them in it.
struct Corrected {
    label: String,
    paid: HashMap<i64, Payslip>,
    overrides: HashMap<i64, Vec<LineOverride>>,
}

fn corrected(conn: &Connection, run_id: i64) -> StoreResult<Option<Corrected>> {
    let original: Option<(i64, String)> = conn
        .prepare_cached(
            "SELECT o.id, o.period FROM payroll_runs r JOIN payroll_runs o ON o.id = r.corrects_run_id WHERE r.id = ?1",
        )?
        .query_row([run_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((original, label)) = original else { return Ok(None) };
    let rows = conn
        .prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}, l.status, l.payslip, l.inputs FROM payroll_lines l
             JOIN payroll_runs r ON r.id = l.payroll_run_id JOIN employees e ON e.id = l.employee_id
             WHERE l.payroll_run_id = ?1"
        ))?
        .query_map([original], |r| {
            Ok((
                r.get::<_, i64>(2)?,
                summary_from_row(r)?,
                r.get::<_, String>(14)?,
                r.get::<_, Option<String>>(15)?,
                r.get::<_, Option<String>>(16)?,
            ))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let mut corrected = Corrected { label, paid: HashMap::new(), overrides: HashMap::new() };
    for (person, summary, status, payslip, inputs) in rows {
        if let Some(inputs) = inputs.and_then(|text| serde_json::from_str::<PayslipInputs>(&text).ok()) {
            corrected.overrides.insert(person, inputs.overrides);
        }
        if status != "ready" {
            continue;
        }
        let payslip = match payslip {
            Some(text) => {
                serde_json::from_str(&text).map_err(|source| StoreError::Document { what: "payslip", source })?
            }
            None => payslip_from_summary(&summary),
        };
        corrected.paid.insert(person, payslip);
    }
    Ok(Some(corrected))
}

fn leave_year(conn: &Connection, company_id: i64) -> StoreResult<LeaveYear> {
    crate::store::holidays::leave_year_of(conn, company_id)
}

/// Computes every line of draft run `run_id` afresh, keeping HR's decisions on them.
pub fn compute_run(conn: &Connection, company_id: i64, run_id: i64, period: PayPeriod) -> StoreResult<Computed> {
    let settings = settings(conn, company_id)?;
    let company = settings.company_pay();
    let overtime = match settings.overtime_after_hours {
        Some(after_hours) => overtime(conn, company_id, period, after_hours)?,
        None => HashMap::new(),
    };
    let leave_year_starts = leave_year(conn, company_id)?;
    let structures = salary_structures(conn, company_id)?;
    let mut prepared: HashMap<i64, Result<PreparedStructure, String>> = HashMap::new();
    let holidays = holidays(conn, company_id, period)?;
    let mut assignments = assignments(conn, company_id, period)?;
    let mut leave = unpaid_leave(conn, company_id, period)?;
    let mut adjustments = adjustments(conn, company_id, period)?;
    let banks = bank_accounts(conn, company_id)?;
    let mut decisions = decisions(conn, run_id)?;
    let correcting = corrected(conn, run_id)?;
    let people = people(conn, company_id, period)?;
    let mut calendars: HashMap<(Option<i64>, String), WorkCalendar> = HashMap::new();
    let mut computed = Computed::default();
    let mut kept = Vec::with_capacity(people.len());
    for person in people {
        // A correction's new line starts from the overrides HR set on the run it corrects.
        let decision = decisions.remove(&person.id).unwrap_or_else(|| Decision {
            overrides: correcting.as_ref().and_then(|c| c.overrides.get(&person.id).cloned()).unwrap_or_default(),
            ..Decision::default()
        });
        let calendar = calendars
            .entry((person.branch, person.week.clone()))
            .or_insert_with(|| {
                let (working_week, half_days) = parse_week(&person.week);
                let holidays = holidays
                    .iter()
                    .filter(|(branch, _)| branch.is_none() || *branch == person.branch)
                    .map(|(_, holiday)| holiday.clone())
                    .collect();
                WorkCalendar { working_week, half_days, holidays, leave_year_starts }
            })
            .clone();
        let assigned = assignments.remove(&person.id).unwrap_or_default();
        let inputs = assigned.last().map(|(_, structure_id, _)| *structure_id).and_then(|structure_id| {
            let structure = structures.get(&structure_id)?.clone();
            let base_pay = assigned
                .iter()
                .filter_map(|(from, _, amount)| Some(BasePay { from: *from, amount: amount.parse().ok()? }))
                .collect();
            Some((
                structure_id,
                PayslipInputs {
                    period,
                    hired_on: person.hired_on.unwrap_or(period.first_day),
                    left_on: person.left_on,
                    calendar,
                    leave: leave.remove(&person.id).unwrap_or_default(),
                    overtime_hours: overtime.get(&person.id).copied().unwrap_or(Decimal::ZERO),
                    structure,
                    base_pay,
                    adjustments: adjustments.remove(&person.id).unwrap_or_default(),
                    overrides: decision.overrides,
                    company: company.clone(),
                    corrects: correcting
                        .as_ref()
                        .map(|c| Corrects { run: c.label.clone(), paid: c.paid.get(&person.id).cloned() }),
                },
            ))
        });
        let result = match &inputs {
            None => Err("No pay assignment: give them a salary structure and a base amount.".to_owned()),
            Some((structure_id, inputs)) => {
                let structure = prepared.entry(*structure_id).or_insert_with(|| {
                    inputs.structure.prepare().map_err(|errors| {
                        let problems: Vec<String> = errors.0.into_values().flatten().collect();
                        format!(
                            "The salary structure {} does not pass its checks: {}",
                            inputs.structure.name,
                            problems.join(" ")
                        )
                    })
                });
                match structure {
                    Ok(structure) => inputs.compute_with(structure).map_err(|error| capitalised(&error.to_string())),
                    Err(problem) => Err(problem.clone()),
                }
            }
        };
        // A correction leaves out the people it has nothing to correct for.
        if correcting.is_some()
            && result.as_ref().is_ok_and(|payslip| payslip.lines.is_empty() && payslip.net.is_zero())
        {
            continue;
        }
        let status = match (&decision.status, &result) {
            (Some(decided), _) => decided.clone(),
            (None, Ok(_)) => "ready".to_owned(),
            (None, Err(_)) => "failed".to_owned(),
        };
        match status.as_str() {
            "ready" => computed.ready += 1,
            "failed" => computed.failed += 1,
            "held" => computed.held += 1,
            _ => computed.excluded += 1,
        }
        store_line(
            conn,
            run_id,
            person.id,
            &StoredLine {
                status: &status,
                note: decision.note.as_deref(),
                inputs: inputs.as_ref().map(|(_, inputs)| inputs),
                result: &result,
                bank: banks.get(&person.id),
            },
        )?;
        kept.push(person.id);
    }
    super::lines::remove_lines_except(conn, run_id, &kept)?;
    Ok(computed)
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            let sentence = first.to_uppercase().chain(chars).collect::<String>();
            if sentence.ends_with('.') { sentence } else { format!("{sentence}.") }
        }
        None => String::new(),
    }
}
