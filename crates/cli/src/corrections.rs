//! `okta-hr attendance correct|corrections` (the employee's own) and `okta-hr team corrections` /
//! `team correction approve|reject` (their manager's or HR's). Requests and decisions are queued like every
//! other write: a queued one exits 0, a refusal `exit::REFUSED`.

use crate::language::lang;
use crate::table::{Table, json, local_time, or_dash, queued_status, report_write, stale_note};
use chrono::{DateTime, Duration, Local, NaiveDate, NaiveTime, TimeZone, Utc};
use clap::{ArgGroup, Subcommand};
use okta_hr_core::{Core, CoreError, CorrectionEntry, CorrectionRequest, Fresh};
use okta_hr_i18n::args;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum AttendanceAction {
    /// Ask to correct one of your records (a forgotten check-out, a check-in the app missed) or to add a
    /// missing day; your manager decides. Works offline: the request is queued.
    #[command(
        group(ArgGroup::new("which").required(true).args(["record", "date"])),
        group(ArgGroup::new("times").required(true).multiple(true).args(["check_in", "check_out"]))
    )]
    Correct {
        /// The record's ID as `attendance` lists it.
        #[arg(long)]
        record: Option<String>,
        /// The day of a missing record, YYYY-MM-DD (it needs both --in and --out).
        #[arg(long)]
        date: Option<NaiveDate>,
        /// The corrected check-in, HH:MM on the record's day, on this device's clock.
        #[arg(long = "in", value_parser = parse_clock)]
        check_in: Option<NaiveTime>,
        /// The corrected check-out, HH:MM; at or before the check-in, it is the next day.
        #[arg(long = "out", value_parser = parse_clock)]
        check_out: Option<NaiveTime>,
        /// Why the times need correcting, for whoever decides it.
        #[arg(long)]
        reason: String,
    },
    /// Your correction requests and what became of them.
    Corrections,
}

#[derive(Subcommand)]
pub enum CorrectionDecision {
    /// Approve a correction: the record takes its times (the punched ones are kept beside them).
    Approve {
        /// The correction's ID as `team corrections` shows it.
        id: i64,
        /// A note for the employee.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Reject a correction; the employee is told why.
    Reject {
        /// The correction's ID as `team corrections` shows it.
        id: i64,
        /// Why, for the employee (required).
        #[arg(long)]
        reason: String,
    },
}

fn parse_clock(text: &str) -> Result<NaiveTime, String> {
    okta_hr_domain::shifts::parse_clock(text).ok_or_else(|| "expected HH:MM (24-hour)".to_owned())
}

/// `time` on `day` on this device's clock; a time skipped by a change to summer time is an hour later.
fn on_device_clock(day: NaiveDate, time: NaiveTime) -> Result<DateTime<Utc>, CoreError> {
    let local = day.and_time(time);
    (0..3)
        .find_map(|hours| Local.from_local_datetime(&(local + Duration::hours(hours))).earliest())
        .map(|at| at.with_timezone(&Utc))
        .ok_or_else(|| CoreError::Invalid(lang().tr_with("cli-no-such-time", &args!["time" => local.to_string()])))
}

/// The request the command line describes: times on the record's (or the missing) day, a check-out at or
/// before the check-in falling on the next day.
fn request(
    core: &Core,
    (record, date): (Option<String>, Option<NaiveDate>),
    (check_in, check_out): (Option<NaiveTime>, Option<NaiveTime>),
    reason: String,
) -> Result<CorrectionRequest, CoreError> {
    let (day, recorded_in) = match &record {
        Some(key) => {
            let entry = core.my_attendance_record(key)?;
            let checked_in = entry.check_in_at.with_timezone(&Local);
            (checked_in.date_naive(), Some(checked_in.time()))
        }
        None => (date.ok_or_else(|| CoreError::Invalid(lang().tr("cli-give-record-or-date")))?, None),
    };
    let check_in_at = check_in.map(|time| on_device_clock(day, time)).transpose()?;
    let check_out_at = match check_out {
        Some(out) => {
            let starts = check_in.or(recorded_in);
            let out_day = if starts.is_some_and(|starts| out <= starts) { day + Duration::days(1) } else { day };
            Some(on_device_clock(out_day, out)?)
        }
        None => None,
    };
    Ok(CorrectionRequest { record, date, check_in_at, check_out_at, reason })
}

pub async fn attendance(core: &Core, action: AttendanceAction, as_json: bool) -> Result<ExitCode, CoreError> {
    match action {
        AttendanceAction::Correct { record, date, check_in, check_out, reason } => {
            let request = request(core, (record, date), (check_in, check_out), reason)?;
            let outcome = core.request_correction(request).await?;
            Ok(report_write(&outcome, &lang().tr("cli-correction-requested"), as_json))
        }
        AttendanceAction::Corrections => {
            show(&core.my_corrections()?, as_json);
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn inbox(core: &Core, as_json: bool) -> Result<ExitCode, CoreError> {
    show(&core.correction_inbox()?, as_json);
    Ok(ExitCode::SUCCESS)
}

pub async fn decide(core: &Core, decision: CorrectionDecision, as_json: bool) -> Result<ExitCode, CoreError> {
    let outcome = match decision {
        CorrectionDecision::Approve { id, reason } => core.decide_correction(id, true, reason).await?,
        CorrectionDecision::Reject { id, reason } => core.decide_correction(id, false, Some(reason)).await?,
    };
    Ok(report_write(&outcome, &lang().tr("cli-decided"), as_json))
}

fn show(corrections: &Fresh<Vec<CorrectionEntry>>, as_json: bool) {
    if as_json {
        json(corrections);
        return;
    }
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-employee",
        "cli-col-day",
        "cli-col-record",
        "cli-col-in",
        "cli-col-out",
        "cli-col-status",
        "cli-col-reason",
    ]);
    for c in &corrections.data {
        let status = if c.queued { queued_status(&c.status) } else { c.status.clone() };
        table.row(vec![
            c.key.clone(),
            or_dash(c.employee_name.clone()),
            c.date.to_string(),
            or_dash(c.attendance_record_id.clone()),
            or_dash(c.check_in_at.map(local_time)),
            or_dash(c.check_out_at.map(local_time)),
            status,
            c.reason.clone(),
        ]);
    }
    table.print();
    stale_note(corrections);
}
