//! `okta-hr hr shifts …`: the company's shifts and who works which. The list is fetched fresh and falls back
//! to the last copy (or answers from it with `--offline`); changes are online-only, as HR's other changes.

use crate::language::lang;
use crate::table::{Table, in_use, json, or_dash, stale_note};
use chrono::NaiveDate;
use clap::Subcommand;
use okta_hr_core::{Core, CoreError, ShiftChanges};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::shifts::{ShiftAssignmentAttributes, ShiftAttributes};
use okta_hr_i18n::args;

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
            done(core.create_shift(&changes).await?, "cli-shift-created", as_json);
        }
        ShiftCommand::Edit { id, name, start, end, tolerances } => {
            let changes = ShiftChanges { name, starts_at: start, ends_at: end, ..tolerances.changes() };
            done(core.update_shift(&id, &changes).await?, "cli-shift-changed", as_json);
        }
        ShiftCommand::Retire { id } => {
            let retire = ShiftChanges { retired: Some(true), ..ShiftChanges::default() };
            done(core.update_shift(&id, &retire).await?, "cli-shift-retired", as_json);
        }
        ShiftCommand::Restore { id } => {
            let restore = ShiftChanges { retired: Some(false), ..ShiftChanges::default() };
            done(core.update_shift(&id, &restore).await?, "cli-shift-restored", as_json);
        }
        ShiftCommand::Assign { id, employee, from, to } => {
            let assigned = core.assign_shift(&id, employee, from, to).await?;
            if as_json {
                json(&assigned);
            } else {
                let a = &assigned.attributes;
                let mut what = args![
                    "name" => &a.employee_name,
                    "shift" => &a.shift.name,
                    "from" => a.from.to_string(),
                    "id" => &assigned.id,
                ];
                let line = match a.to {
                    Some(to) => {
                        what.set("to", to.to_string());
                        lang().tr_with("cli-shift-assigned-until", &what)
                    }
                    None => lang().tr_with("cli-shift-assigned", &what),
                };
                println!("{line}");
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

/// `done_id` says what was done: `cli-shift-created`, `-changed`, `-retired` or `-restored`.
fn done(shift: Resource<ShiftAttributes>, done_id: &str, as_json: bool) {
    if as_json {
        json(&shift);
    } else {
        let a = &shift.attributes;
        let what = args!["name" => &a.name, "start" => &a.starts_at, "end" => &a.ends_at, "id" => &shift.id];
        println!("{}", lang().tr_with(done_id, &what));
    }
}

fn shift_table(shifts: &[Resource<ShiftAttributes>]) {
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-name",
        "cli-col-hours",
        "cli-col-late-after",
        "cli-col-early-before",
        "cli-col-auto-close",
        "cli-col-state",
    ]);
    for shift in shifts {
        let a = &shift.attributes;
        let hours = format!("{}–{}", a.starts_at, a.ends_at);
        let minutes = |count| lang().tr_with("cli-minutes", &args!["count" => count]);
        table.row(vec![
            shift.id.clone(),
            a.name.clone(),
            if a.overnight { lang().tr_with("cli-next-day", &args!["hours" => hours]) } else { hours },
            minutes(a.late_grace_minutes),
            minutes(a.early_grace_minutes),
            lang().tr_with("cli-minutes-after-end", &args!["count" => a.auto_close_after_minutes]),
            in_use(a.retired),
        ]);
    }
    table.print();
}

fn assignment_table(assignments: &[Resource<ShiftAssignmentAttributes>]) {
    let mut table =
        Table::new(&["cli-col-id", "cli-col-employee", "cli-col-shift", "cli-col-hours", "cli-col-from", "cli-col-to"]);
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
