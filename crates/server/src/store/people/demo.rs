//! The people back office in the demo: a transfer scheduled for next month, someone leaving at the end of
//! this one, a bank-details request waiting for HR, and Emma's emergency contacts, so every screen of it
//! shows something on a fresh demo.

use super::{employment, offboarding, self_service};
use crate::db::{Connection, params};
use crate::store::{CompanyClock, StoreResult};
use chrono::{Datelike, NaiveDate};
use okta_hr_domain::people::EmergencyContact;

fn person(conn: &Connection, email: &str) -> StoreResult<i64> {
    Ok(conn.query_row("SELECT id FROM employees WHERE email = ?1", [email], |r| r.get(0))?)
}

fn first_of_next_month(today: NaiveDate) -> NaiveDate {
    let (year, month) = if today.month() == 12 { (today.year() + 1, 1) } else { (today.year(), today.month() + 1) };
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(today)
}

pub fn seed(conn: &Connection, acme: i64, hr: i64) -> StoreResult<()> {
    let today = CompanyClock::load(conn, acme)?.today();
    let next_month = first_of_next_month(today);

    // Felix moves from the field to HQ next month.
    let field_worker = person(conn, "field@acme.test")?;
    let hq: i64 =
        conn.query_row("SELECT id FROM branches WHERE company_id = ?1 AND name = 'HQ'", [acme], |r| r.get(0))?;
    let to_hq = [employment::FieldChange { field: "branch_id", after: Some(hq.to_string()) }];
    employment::record(conn, acme, field_worker, &to_hq, next_month, Some(hr), Some("Joins the HQ support desk"))?;

    // The newest Account Executive leaves at the end of the month.
    let leaver: Option<i64> = conn.query_row(
        "SELECT MAX(id) FROM employees WHERE company_id = ?1 AND job_title = 'Account Executive' AND status = 'active'",
        params![acme],
        |r| r.get(0),
    )?;
    if let Some(leaver) = leaver {
        let month_end = next_month.pred_opt().unwrap_or(today);
        offboarding::start(conn, acme, leaver, month_end, "Resigned: moving abroad", Some(hr))?;
    }

    let manager = person(conn, "manager@acme.test")?;
    self_service::request_bank_details(conn, acme, manager, "Max Weber", "DE89 3704 0044 0532 0130 00", None)?;

    let employee = person(conn, "employee@acme.test")?;
    let contacts = [
        EmergencyContact {
            name: "Jonas Fischer".into(),
            relationship: "Partner".into(),
            phone: "+49 151 2345 6789".into(),
        },
        EmergencyContact { name: "Ute Fischer".into(), relationship: "Mother".into(), phone: "+49 30 555 0142".into() },
    ];
    self_service::replace_emergency_contacts(conn, acme, employee, &contacts)
}
