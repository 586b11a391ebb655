//! `okta-hr hr …`: the company's public holidays and its audit trail. Reads are fetched fresh and fall
//! back to the last snapshot (or answer from it with `--offline`); changes and exports are online-only.

use crate::args::{AuditArgs, HolidayCommand, HrCommand};
use crate::table::{Table, json, stale_note};
use chrono::{DateTime, Datelike, Local, Utc};
use okta_hr_core::admin::{AuditFilter, AuditPage, HolidayEntry, HolidayKind};
use okta_hr_core::{Core, CoreError, Fresh};
use serde_json::json as object;
use std::path::Path;
use std::process::ExitCode;

/// The longest summary of an event's details a table row shows; `--json` has all of it.
const SUMMARY_WIDTH: usize = 70;

pub async fn run(core: &Core, command: HrCommand, as_json: bool, offline: bool) -> Result<ExitCode, CoreError> {
    match command {
        HrCommand::Holidays(command) => holidays(core, command, as_json, offline).await?,
        HrCommand::WorkingWeeks(command) => crate::working_weeks::run(core, command, as_json, offline).await?,
        HrCommand::LeaveYear { start_month } => crate::working_weeks::leave_year(core, start_month, as_json).await?,
        HrCommand::Audit(args) => audit(core, args, as_json, offline).await?,
        HrCommand::Announce(command) => crate::announce::run(core, command, as_json, offline).await?,
        HrCommand::Shifts(command) => crate::shifts::run(core, command, as_json, offline).await?,
        HrCommand::Assets(command) => crate::assets::run(core, command, as_json, offline).await?,
        HrCommand::Hire(args) => crate::people::hire(core, args, as_json).await?,
        HrCommand::Transfer(args) => crate::people::transfer(core, args, as_json).await?,
        HrCommand::Offboard(args) => crate::people::offboard(core, args, as_json).await?,
        HrCommand::Departments(command) => crate::people::departments(core, command, as_json).await?,
        HrCommand::Branches(command) => crate::people::branches(core, command, as_json).await?,
        HrCommand::BankRequests(args) => crate::people::bank_requests(core, args, as_json).await?,
        HrCommand::LeaveTypes(command) => crate::leave_policy::leave_types(core, command, as_json, offline).await?,
        HrCommand::LeaveAdjust(args) => crate::leave_policy::adjust(core, args, as_json).await?,
        HrCommand::LeaveJobs(command) => crate::leave_policy::jobs(core, command, as_json).await?,
        HrCommand::Payroll(command) => crate::payroll::run(core, command, as_json, offline).await?,
    }
    Ok(ExitCode::SUCCESS)
}

async fn holidays(core: &Core, command: HolidayCommand, as_json: bool, offline: bool) -> Result<(), CoreError> {
    match command {
        HolidayCommand::List { year, branch } => {
            let year = year.unwrap_or_else(|| Local::now().year());
            let holidays = if offline {
                core.cached_holidays(year, branch.as_deref())?
            } else {
                core.holidays(year, branch.as_deref()).await?
            };
            if as_json {
                json(&holidays);
            } else {
                holiday_table(&holidays.data);
                stale_note(&holidays);
            }
        }
        HolidayCommand::Add { date, name, recurring, half_day, branch } => {
            let added = core.add_holiday(&date, &name, HolidayKind { recurring, half_day }, branch.as_deref()).await?;
            if as_json {
                json(&added);
            } else {
                println!("Added {} on {} (ID {}).", added.name, added.date.format("%a %Y-%m-%d"), added.id);
            }
        }
        HolidayCommand::Delete { id } => {
            core.delete_holiday(&id).await?;
            if as_json {
                json(&object!({ "deleted": id }));
            } else {
                println!("Removed holiday {id}.");
            }
        }
        HolidayCommand::Import { file, branch } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| CoreError::Invalid(format!("cannot read {}: {e}", file.display())))?;
            let counts = core.import_holidays(&text, branch.as_deref()).await?;
            if as_json {
                json(&counts);
            } else {
                println!(
                    "Imported {} holiday(s); skipped {} (a day that already had one, or an event at a time of day).",
                    counts.imported, counts.skipped
                );
            }
        }
    }
    Ok(())
}

fn holiday_table(holidays: &[HolidayEntry]) {
    let mut table = Table::new(&["ID", "DATE", "DAY", "NAME", "OFF", "REPEATS", "APPLIES AT"]);
    for h in holidays {
        let branch = match (&h.branch_name, &h.branch_id) {
            (Some(name), _) => name.clone(),
            (None, Some(id)) => format!("branch {id}"),
            (None, None) => "whole company".to_owned(),
        };
        table.row(vec![
            h.id.clone(),
            h.date.to_string(),
            h.date.format("%a").to_string(),
            h.name.clone(),
            if h.half_day { "afternoon".to_owned() } else { "all day".to_owned() },
            if h.recurring { "yearly".to_owned() } else { String::new() },
            branch,
        ]);
    }
    table.print();
}

async fn audit(core: &Core, args: AuditArgs, as_json: bool, offline: bool) -> Result<(), CoreError> {
    let filter = AuditFilter {
        action: args.action,
        entity: args.entity,
        entity_id: args.entity_id,
        actor_id: args.actor,
        from: args.from,
        to: args.to,
    };
    if let Some(file) = args.csv {
        if offline {
            return Err(CoreError::Invalid("an export is made by the server; run it without --offline".to_owned()));
        }
        return export(core, &filter, &file, as_json).await;
    }
    let page = if offline {
        let cached = core.cached_audit_events()?;
        let data = cached.data.ok_or_else(|| {
            CoreError::Invalid("the audit trail was never read on this device; run without --offline".to_owned())
        })?;
        if data.filter != filter || data.page != args.page {
            eprintln!("note: the last page read on this device was page {} of another query; showing it", data.page);
        }
        Fresh { data, fetched_at: cached.fetched_at }
    } else {
        core.audit_events(&filter, args.page).await?
    };
    if as_json {
        json(&page);
    } else {
        event_table(&page.data);
        eprintln!("page {} of {}, {} event(s) in all", page.data.page, page.data.last_page, page.data.total);
        stale_note(&page);
    }
    Ok(())
}

/// An instant on this device's clock, to the second.
fn local(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%Y-%m-%d %H:%M:%S").to_string()
}

/// `text` cut to `width` characters, with an ellipsis when it was longer.
fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn event_table(page: &AuditPage) {
    let mut table = Table::new(&["TIME (LOCAL)", "ACTOR", "ACTION", "ENTITY", "DETAILS"]);
    for event in &page.events {
        table.row(vec![
            local(event.created_at),
            event.actor.clone(),
            event.action.clone(),
            format!("{} {}", event.entity, event.entity_id),
            cut(&event.summary, SUMMARY_WIDTH),
        ]);
    }
    table.print();
}

async fn export(core: &Core, filter: &AuditFilter, file: &Path, as_json: bool) -> Result<(), CoreError> {
    let export = core.export_audit_events(filter).await?;
    std::fs::write(file, &export.csv)
        .map_err(|e| CoreError::Invalid(format!("cannot write {}: {e}", file.display())))?;
    if export.is_cut_short() {
        eprintln!(
            "warning: {} events matched but the export holds the newest {}; narrow it with --from and --to",
            export.total, export.rows
        );
    }
    if as_json {
        json(&object!({ "file": file, "rows": export.rows, "total": export.total }));
    } else {
        println!("Wrote {} event(s) to {}.", export.rows, file.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn a_long_summary_is_cut_with_an_ellipsis() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("a summary too long", 10), "a summary…");
        assert_eq!(cut("ééééé", 5), "ééééé");
    }
}
