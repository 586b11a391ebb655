//! `okta-hr hr …`: the company's public holidays and its audit trail. Reads are fetched fresh and fall
//! back to the last snapshot (or answer from it with `--offline`); changes and exports are online-only.

use crate::args::{AuditArgs, HolidayCommand, HrCommand};
use crate::language::lang;
use crate::table::{Table, cannot_write, json, stale_note, warn};
use crate::working_weeks::weekday_name;
use chrono::{DateTime, Datelike, Local, Utc};
use okta_hr_core::admin::{AuditFilter, AuditPage, HolidayEntry, HolidayKind};
use okta_hr_core::{Core, CoreError, Fresh};
use okta_hr_i18n::args;
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
                let what = args![
                    "name" => &added.name,
                    "weekday" => weekday_name(added.date.weekday()),
                    "date" => added.date.to_string(),
                    "id" => &added.id,
                ];
                println!("{}", lang().tr_with("cli-holiday-added", &what));
            }
        }
        HolidayCommand::Delete { id } => {
            core.delete_holiday(&id).await?;
            if as_json {
                json(&object!({ "deleted": id }));
            } else {
                println!("{}", lang().tr_with("cli-holiday-removed", &args!["id" => &id]));
            }
        }
        HolidayCommand::Import { file, branch } => {
            let text = std::fs::read_to_string(&file).map_err(|e| {
                let what = args!["path" => file.display().to_string(), "error" => e.to_string()];
                CoreError::Invalid(lang().tr_with("cli-cannot-read", &what))
            })?;
            let counts = core.import_holidays(&text, branch.as_deref()).await?;
            if as_json {
                json(&counts);
            } else {
                let counts = args!["imported" => counts.imported, "skipped" => counts.skipped];
                println!("{}", lang().tr_with("cli-holidays-imported", &counts));
            }
        }
    }
    Ok(())
}

fn holiday_table(holidays: &[HolidayEntry]) {
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-date",
        "cli-col-day",
        "cli-col-name",
        "cli-col-off",
        "cli-col-repeats",
        "cli-col-applies-at",
    ]);
    for h in holidays {
        let branch = match (&h.branch_name, &h.branch_id) {
            (Some(name), _) => name.clone(),
            (None, Some(id)) => crate::announce::branch_id(id),
            (None, None) => lang().tr("cli-whole-company"),
        };
        table.row(vec![
            h.id.clone(),
            h.date.to_string(),
            weekday_name(h.date.weekday()),
            h.name.clone(),
            if h.half_day { lang().tr("cli-afternoon-off") } else { lang().tr("cli-all-day-off") },
            if h.recurring { lang().tr("cli-yearly") } else { String::new() },
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
            return Err(CoreError::Invalid(lang().tr("cli-export-needs-server")));
        }
        return export(core, &filter, &file, as_json).await;
    }
    let page = if offline {
        let cached = core.cached_audit_events()?;
        let data = cached.data.ok_or_else(|| CoreError::Invalid(lang().tr("cli-audit-never-read")))?;
        if data.filter != filter || data.page != args.page {
            eprintln!("{}", lang().tr_with("cli-audit-other-page", &args!["page" => data.page]));
        }
        Fresh { data, fetched_at: cached.fetched_at }
    } else {
        core.audit_events(&filter, args.page).await?
    };
    if as_json {
        json(&page);
    } else {
        event_table(&page.data);
        let place = args!["page" => page.data.page, "last" => page.data.last_page, "count" => page.data.total];
        eprintln!("{}", lang().tr_with("cli-audit-page", &place));
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
    let mut table =
        Table::new(&["cli-col-local-time", "cli-col-actor", "cli-col-action", "cli-col-entity", "cli-col-details"]);
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
    std::fs::write(file, &export.csv).map_err(|e| cannot_write(file, &e))?;
    if export.is_cut_short() {
        warn(lang().tr_with("cli-export-cut-short", &args!["count" => export.total, "rows" => export.rows]));
    }
    if as_json {
        json(&object!({ "file": file, "rows": export.rows, "total": export.total }));
    } else {
        let what = args!["count" => export.rows, "path" => file.display().to_string()];
        println!("{}", lang().tr_with("cli-export-written", &what));
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
