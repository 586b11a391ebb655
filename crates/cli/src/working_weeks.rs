//! `okta-hr hr working-weeks …`: which weekdays the company and each branch work, some perhaps in the
//! morning only; and `okta-hr hr leave-year`. The list falls back to the last snapshot (or answers from it
//! with `--offline`); a change is online-only.

use crate::args::WorkingWeekCommand;
use crate::language::lang;
use crate::table::{Table, json, stale_note};
use chrono::Weekday;
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::calendar::WorkingWeekAttributes;
use okta_hr_i18n::args;

/// The weekdays as typed on the command line, which stays English whatever the language printed.
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// The weekdays as printed, Monday first.
const WEEKDAY_NAMES: [&str; 7] = [
    "cli-weekday-mon",
    "cli-weekday-tue",
    "cli-weekday-wed",
    "cli-weekday-thu",
    "cli-weekday-fri",
    "cli-weekday-sat",
    "cli-weekday-sun",
];

/// A weekday's short name in the reader's language: "Mon", "Mo.", "lun.".
pub fn weekday_name(day: Weekday) -> String {
    lang().tr(WEEKDAY_NAMES[day.num_days_from_monday() as usize])
}

pub async fn run(core: &Core, command: WorkingWeekCommand, as_json: bool, offline: bool) -> Result<(), CoreError> {
    match command {
        WorkingWeekCommand::List => {
            let weeks = if offline { core.cached_working_weeks()? } else { core.working_weeks().await? };
            if as_json {
                json(&weeks);
            } else {
                let mut table = Table::new(&["cli-col-scope", "cli-col-branch-id", "cli-col-works", ""]);
                for week in &weeks.data {
                    let note = if week.follows_company {
                        format!(" {}", lang().tr("cli-company-week"))
                    } else {
                        String::new()
                    };
                    table.row(vec![scope(week), week.branch_id.clone().unwrap_or_default(), days(week), note]);
                }
                table.print();
                stale_note(&weeks);
            }
        }
        WorkingWeekCommand::Set { days: names, half_days, branch, follow_company } => {
            let working_days = if follow_company { None } else { Some(weekday_numbers(&names)?) };
            let half_days = weekday_numbers(&half_days)?;
            let week = core.set_working_week(branch.as_deref(), working_days, half_days).await?;
            if as_json {
                json(&week);
            } else {
                let id = if week.follows_company { "cli-week-set-company" } else { "cli-week-set" };
                println!("{}", lang().tr_with(id, &args!["scope" => scope(&week), "days" => days(&week)]));
            }
        }
    }
    Ok(())
}

fn scope(week: &WorkingWeekAttributes) -> String {
    week.branch_name.clone().unwrap_or_else(|| lang().tr("cli-the-company"))
}

/// "Mon Tue Wed Thu Fri Sat(am)": a day worked in the morning only is marked.
fn days(week: &WorkingWeekAttributes) -> String {
    let name = |day: u8| {
        let name = lang().tr(WEEKDAY_NAMES.get(usize::from(day).checked_sub(1)?)?);
        Some(if week.half_days.contains(&day) {
            lang().tr_with("cli-morning-only", &args!["day" => name])
        } else {
            name
        })
    };
    week.working_days.iter().filter_map(|&day| name(day)).collect::<Vec<_>>().join(" ")
}

/// Shows the company's leave year, or sets the month it starts in.
pub async fn leave_year(core: &Core, start_month: Option<u32>, as_json: bool) -> Result<(), CoreError> {
    let year = match start_month {
        Some(month) => core.set_leave_year(month).await?,
        None => core.leave_year().await?,
    };
    if as_json {
        json(&year);
    } else {
        // The catalogue names the month, in the grammar of its sentence; an impossible month reads as January.
        let month = if (1..=12).contains(&year.start_month) { year.start_month } else { 1 };
        let what = args![
            "month" => month,
            "name" => &year.current_name,
            "start" => year.current_first_day.to_string(),
            "end" => year.current_last_day.to_string(),
        ];
        println!("{}", lang().tr_with("cli-leave-year", &what));
    }
    Ok(())
}

/// `mon`, `Monday` or `1` for each day; the server judges the rest (a day twice, none at all).
fn weekday_numbers(names: &[String]) -> Result<Vec<u8>, CoreError> {
    names
        .iter()
        .map(|name| {
            let name = name.trim().to_lowercase();
            let by_name = WEEKDAYS.iter().position(|day| name.starts_with(&day.to_lowercase()) && name.len() >= 3);
            match (name.parse::<u8>(), by_name) {
                (Ok(number), _) => Ok(number),
                (Err(_), Some(index)) => Ok(index as u8 + 1),
                _ => Err(CoreError::Invalid(format!("{name:?} is not a weekday (mon…sun or 1…7)"))),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::weekday_numbers;

    #[test]
    fn weekdays_are_read_by_name_or_number() {
        let names: Vec<String> = ["mon", "Tuesday", "6", "SUN"].iter().map(|s| s.to_string()).collect();
        assert_eq!(weekday_numbers(&names).unwrap(), vec![1, 2, 6, 7]);
        assert!(weekday_numbers(&["mo".to_owned()]).is_err());
        assert!(weekday_numbers(&["someday".to_owned()]).is_err());
    }
}
