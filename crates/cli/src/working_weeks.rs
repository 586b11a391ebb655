//! `okta-hr hr working-weeks …`: which weekdays the company and each branch work, some perhaps in the
//! morning only; and `okta-hr hr leave-year`. The list falls back to the last snapshot (or answers from it
//! with `--offline`); a change is online-only.

use crate::args::WorkingWeekCommand;
use crate::table::{Table, json, stale_note};
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::calendar::WorkingWeekAttributes;

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

pub async fn run(core: &Core, command: WorkingWeekCommand, as_json: bool, offline: bool) -> Result<(), CoreError> {
    match command {
        WorkingWeekCommand::List => {
            let weeks = if offline { core.cached_working_weeks()? } else { core.working_weeks().await? };
            if as_json {
                json(&weeks);
            } else {
                let mut table = Table::new(&["SCOPE", "BRANCH ID", "WORKS", ""]);
                for week in &weeks.data {
                    table.row(vec![scope(week), week.branch_id.clone().unwrap_or_default(), days(week), note(week)]);
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
                println!("{} now works {}{}.", scope(&week), days(&week), note(&week));
            }
        }
    }
    Ok(())
}

fn scope(week: &WorkingWeekAttributes) -> String {
    week.branch_name.clone().unwrap_or_else(|| "The company".to_owned())
}

/// "Mon Tue Wed Thu Fri Sat(am)": a day worked in the morning only is marked.
fn days(week: &WorkingWeekAttributes) -> String {
    let name = |day: u8| {
        let name = WEEKDAYS.get(usize::from(day).checked_sub(1)?)?;
        Some(if week.half_days.contains(&day) { format!("{name}(am)") } else { (*name).to_owned() })
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
        let month =
            chrono::Month::try_from(u8::try_from(year.start_month).unwrap_or(1)).map(|m| m.name()).unwrap_or("January");
        println!(
            "Leave years start on 1 {month}. This one is {} ({} to {}).",
            year.current_name, year.current_first_day, year.current_last_day
        );
    }
    Ok(())
}

fn note(week: &WorkingWeekAttributes) -> String {
    if week.follows_company { " (the company's week)".to_owned() } else { String::new() }
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
