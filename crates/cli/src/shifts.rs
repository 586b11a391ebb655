//! `okta-hr hr shifts …`: the company's shifts and who works which. The list is fetched fresh and falls back
//! to the last copy (or answers from it with `--offline`); changes are online-only, as HR's other changes.

use crate::table::{Table, json, or_dash, stale_note};
use chrono::NaiveDate;
use clap::Subcommand;
use okta_hr_core::{Core, CoreError, ShiftChanges};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::shifts::{ShiftAssignmentAttributes, ShiftAttributes};

#[derive(Subcommand)]
pub enum ShiftCommand {
    /// The company's shifts, retired ones included.
    List,
    /// Create a shift; times are HH:MM in the company's time zone, an end at or before the start is the
    /// next day.
    Add {
        /// Its name, unique in the company, e.g. "HQ day".
        name: String,
        /// When it starts, HH:MM.
        #[arg(long)]
        start: String,
        /// When it ends, HH:MM.
        #[arg(long)]
        end: String,
        #[command(flatten)]
        tolerances: Tolerances,
    },
    /// Change a shift's name, hours or tolerances; what is not given stays.
    Edit {
        /// The shift's ID as `hr shifts list` shows it.
        id: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        /// A new start, HH:MM.
        #[arg(long)]
        start: Option<String>,
        /// A new end, HH:MM.
        #[arg(long)]
        end: Option<String>,
        #[command(flatten)]
        tolerances: Tolerances,
    },
    /// Retire a shift: it can no longer be assigned; its assignments keep applying until they end.
    Retire {
        /// The shift's ID as `hr shifts list` shows it.
        id: String,
    },
    /// Bring a retired shift back.
    Restore {
        /// The shift's ID as `hr shifts list` shows it.
        id: String,
    },
    /// Give a shift to someone from a day (to a day, or for good); a later start takes over.
    Assign {
        /// The shift's ID as `hr shifts list` shows it.
        id: String,
        /// The employee's ID, as `team employees` shows it.
        #[arg(long)]
        employee: i64,
        /// The first day, YYYY-MM-DD.
        #[arg(long)]
        from: NaiveDate,
        /// The last day, YYYY-MM-DD; open-ended when omitted.
        #[arg(long)]
        to: Option<NaiveDate>,
    },
    /// Who works which shift, newest start first.
    Assignments {
        /// Only this employee's (their ID).
        #[arg(long)]
        employee: Option<i64>,
    },
}

#[derive(clap::Args)]
pub struct Tolerances {
    /// Minutes after the start a check-in is still on time (0 by default).
    #[arg(long)]
    late_grace: Option<u32>,
    /// Minutes before the end a check-out is not leaving early (0 by default).
    #[arg(long)]
    early_grace: Option<u32>,
    /// Minutes after the end an open punch waits for its check-out before the server closes it there
    /// (120 by default).
    #[arg(long)]
    auto_close_after: Option<u32>,
}

impl Tolerances {
    fn changes(self) -> ShiftChanges {
        ShiftChanges {
            late_grace_minutes: self.late_grace,
            early_grace_minutes: self.early_grace,
            auto_close_after_minutes: self.auto_close_after,
            ..ShiftChanges::default()
        }
    }
}

pub async fn run(core: &Core, command: ShiftCommand, as_json: bool, offline: bool) -> Result<(), CoreError> {
    match command {
        ShiftCommand::List => {
            let shifts = if offline { core.cached_shifts()? } else { core.shifts().await? };
            if as_json {
                json(&shifts);
            } else {
                shift_table(&shifts.data);
                stale_note(&shifts);
            }
        }
        ShiftCommand::Add { name, start, end, tolerances } => {
            let changes =
                ShiftChanges { name: Some(name), starts_at: Some(start), ends_at: Some(end), ..tolerances.changes() };
            done(core.create_shift(&changes).await?, "Created", as_json);
        }
        ShiftCommand::Edit { id, name, start, end, tolerances } => {
            let changes = ShiftChanges { name, starts_at: start, ends_at: end, ..tolerances.changes() };
            done(core.update_shift(&id, &changes).await?, "Changed", as_json);
        }
        ShiftCommand::Retire { id } => {
            let retire = ShiftChanges { retired: Some(true), ..ShiftChanges::default() };
            done(core.update_shift(&id, &retire).await?, "Retired", as_json);
        }
        ShiftCommand::Restore { id } => {
            let restore = ShiftChanges { retired: Some(false), ..ShiftChanges::default() };
            done(core.update_shift(&id, &restore).await?, "Restored", as_json);
        }
        ShiftCommand::Assign { id, employee, from, to } => {
            let assigned = core.assign_shift(&id, employee, from, to).await?;
            if as_json {
                json(&assigned);
            } else {
                let a = &assigned.attributes;
                let until = a.to.map_or_else(|| "for good".to_owned(), |to| format!("to {to}"));
                println!(
                    "{} works {} from {} {until} (assignment {}).",
                    a.employee_name, a.shift.name, a.from, assigned.id
                );
            }
        }
        ShiftCommand::Assignments { employee } => {
            let assignments = core.shift_assignments(employee).await?;
            if as_json {
                json(&assignments);
            } else {
                assignment_table(&assignments);
            }
        }
    }
    Ok(())
}

fn done(shift: Resource<ShiftAttributes>, what: &str, as_json: bool) {
    if as_json {
        json(&shift);
    } else {
        let a = &shift.attributes;
        println!("{what} {} ({}–{}, ID {}).", a.name, a.starts_at, a.ends_at, shift.id);
    }
}

fn shift_table(shifts: &[Resource<ShiftAttributes>]) {
    let mut table = Table::new(&["ID", "NAME", "HOURS", "LATE AFTER", "EARLY BEFORE", "AUTO-CLOSE", "STATE"]);
    for shift in shifts {
        let a = &shift.attributes;
        let next_day = if a.overnight { " (next day)" } else { "" };
        table.row(vec![
            shift.id.clone(),
            a.name.clone(),
            format!("{}–{}{next_day}", a.starts_at, a.ends_at),
            format!("{} min", a.late_grace_minutes),
            format!("{} min", a.early_grace_minutes),
            format!("{} min after the end", a.auto_close_after_minutes),
            if a.retired { "retired".into() } else { "in use".into() },
        ]);
    }
    table.print();
}

fn assignment_table(assignments: &[Resource<ShiftAssignmentAttributes>]) {
    let mut table = Table::new(&["ID", "EMPLOYEE", "SHIFT", "HOURS", "FROM", "TO"]);
    for assignment in assignments {
        let a = &assignment.attributes;
        table.row(vec![
            assignment.id.clone(),
            a.employee_name.clone(),
            a.shift.name.clone(),
            format!("{}–{}", a.shift.starts_at, a.shift.ends_at),
            a.from.to_string(),
            or_dash(a.to),
        ]);
    }
    table.print();
}
