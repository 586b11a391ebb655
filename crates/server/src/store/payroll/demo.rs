//! The demo's payroll: everyone on the Staff structure with their own base pay and an approved bank
//! account, last month's run computed, locked, paid and published through the same functions HR's clicks
//! reach, and this month's run in draft with something to review: a joiner hired on the 8th, a person
//! with two days of unpaid leave and a year-end bonus.

use super::assignments::{NewAdjustment, NewAssignment, create_adjustment, put_assignment};
use super::runs::{create_run, lock, mark_paid, publish, run_state};
use super::settings::{PayrollSettingsAttributes, put_settings, settings};
use crate::db::{Connection, params};
use crate::store::leave::ledger;
use crate::store::leave::types;
use crate::store::people::self_service::{decide_bank_request, request_bank_details};
use crate::store::{StoreError, StoreResult};
use chrono::{Datelike, Months, NaiveDate, Utc};
use okta_hr_domain::calendar::LeaveSpan;
use okta_hr_domain::days::LeaveDays;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::compute::{AdjustmentKind, PayPeriod, Recurrence};

/// A valid German IBAN for a demo account number (ISO 13616 check digits).
fn german_iban(account: u64) -> String {
    let bban = format!("37040044{account:010}");
    // "DE00" moved to the end, letters as numbers: D = 13, E = 14.
    let digits = format!("{bban}131400");
    let remainder = digits.bytes().fold(0u64, |sum, digit| (sum * 10 + u64::from(digit - b'0')) % 97);
    format!("DE{:02}{bban}", 98 - remainder)
}

fn month(first_day: NaiveDate) -> Option<(String, PayPeriod)> {
    let last_day = first_day.checked_add_months(Months::new(1))?.pred_opt()?;
    Some((first_day.format("%Y-%m").to_string(), PayPeriod { first_day, last_day }))
}

fn bad_date() -> StoreError {
    StoreError::invalid("date", "The demo's dates are out of range.")
}

pub fn seed_demo(conn: &Connection, company_id: i64, hr: i64) -> StoreResult<()> {
    let today = Utc::now().date_naive();
    let this_month = today.with_day(1).ok_or_else(bad_date)?;
    let last_month = this_month.checked_sub_months(Months::new(1)).ok_or_else(bad_date)?;
    let company_name: String =
        conn.query_row("SELECT name FROM companies WHERE id = ?1", [company_id], |r| r.get(0))?;
    put_settings(
        conn,
        company_id,
        &PayrollSettingsAttributes {
            debtor_name: Some(company_name),
            debtor_iban: Some(german_iban(4_000_000_001)),
            debtor_bic: Some("COBADEFFXXX".to_owned()),
            ..settings(conn, company_id)?
        },
    )?;
    let staff_structure: i64 = conn.query_row(
        "SELECT id FROM salary_structures WHERE company_id = ?1 AND name = 'Staff'",
        [company_id],
        |r| r.get(0),
    )?;
    let people: Vec<(i64, String, Option<NaiveDate>)> = conn
        .prepare(
            "SELECT id, first_name || ' ' || last_name, hire_date FROM employees
             WHERE company_id = ?1 AND status = 'active' ORDER BY id",
        )?
        .query_map([company_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    // The newest Software Engineer joins on the 8th of this month.
    let joiner = conn.query_row(
        "SELECT MAX(id) FROM employees WHERE company_id = ?1 AND job_title = 'Software Engineer' AND status = 'active'",
        [company_id],
        |r| r.get::<_, Option<i64>>(0),
    )?;
    let joins_on = this_month.with_day(8).ok_or_else(bad_date)?;
    for (index, (person, name, hired_on)) in people.iter().enumerate() {
        let hired_on = if Some(*person) == joiner {
            conn.execute("UPDATE employees SET hire_date = ?1 WHERE id = ?2", params![joins_on, person])?;
            joins_on
        } else {
            hired_on.unwrap_or(last_month)
        };
        let base = Decimal::new(380_000 + (index as i64 * 7_350) % 260_000, 2);
        let assignment = NewAssignment {
            employee_id: *person,
            effective_from: hired_on,
            salary_structure_id: staff_structure,
            base_amount: base,
        };
        put_assignment(conn, company_id, &assignment)?;
        let request =
            request_bank_details(conn, company_id, *person, name, &german_iban(1_000_000 + *person as u64), None)?;
        let request_id: i64 = request.id.parse().map_err(|_| StoreError::not_found("Bank detail request"))?;
        decide_bank_request(conn, company_id, request_id, true, hr, None)?;
    }

    let (label, period) = month(last_month).ok_or_else(bad_date)?;
    let (run_id, _) = create_run(conn, company_id, &label, period, period.last_day)?;
    lock(conn, &run_state(conn, company_id, run_id)?)?;
    mark_paid(conn, &run_state(conn, company_id, run_id)?)?;
    publish(conn, company_id, &run_state(conn, company_id, run_id)?)?;

    // A People Partner takes two days of unpaid leave this month.
    let on_unpaid_leave: i64 = conn.query_row(
        "SELECT MAX(id) FROM employees WHERE company_id = ?1 AND job_title = 'People Partner' AND status = 'active'",
        [company_id],
        |r| r.get(0),
    )?;
    unpaid_leave(conn, company_id, on_unpaid_leave, this_month)?;
    let head_of_sales: i64 = conn.query_row(
        "SELECT id FROM employees WHERE company_id = ?1 AND email = 'sales.manager@acme.test'",
        [company_id],
        |r| r.get(0),
    )?;
    let bonus = NewAdjustment {
        employee_id: head_of_sales,
        kind: AdjustmentKind::Bonus,
        recurrence: Recurrence::OneOff,
        name: "Year-end bonus".to_owned(),
        amount: Decimal::new(50_000, 2),
        starts_on: this_month,
        ends_on: None,
        reason: Some("Sales target met".to_owned()),
        origin_run_id: None,
    };
    create_adjustment(conn, company_id, &bonus)?;
    let (label, period) = month(this_month).ok_or_else(bad_date)?;
    create_run(conn, company_id, &label, period, period.last_day)?;
    Ok(())
}

/// Two working days of approved unpaid leave in the month's second week, booked in the ledger.
fn unpaid_leave(conn: &Connection, company_id: i64, employee: i64, month: NaiveDate) -> StoreResult<()> {
    let unpaid = types::find(conn, company_id, "unpaid")?.ok_or_else(|| StoreError::not_found("Unpaid leave type"))?;
    let calendar = crate::store::holidays::calendar_of(conn, company_id, employee)?;
    // Two working days in a row, so the ledger's count (this type counts every day) is the payslip's too.
    let mut start = month.with_day(9).ok_or_else(bad_date)?;
    let mut end = start.succ_opt().ok_or_else(bad_date)?;
    while !(calendar.is_working_day(start) && calendar.is_working_day(end)) {
        start = end;
        end = end.succ_opt().ok_or_else(bad_date)?;
    }
    let days: LeaveDays = calendar.leave_days(&LeaveSpan::whole_days(start, end));
    let request_id: i64 = conn.query_row(
        "INSERT INTO leave_requests (company_id, employee_id, leave_type_id, start_date, end_date, days, reason, status,
             submitted_at, decided_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'Moving house', 'approved', ?7, ?7) RETURNING id",
        params![company_id, employee, unpaid.id, start, end, days, Utc::now()],
        |r| r.get(0),
    )?;
    ledger::record_taken(conn, &unpaid, request_id)
}
