//! `okta-hr hr payroll …`: HR's pay setup (components, salary structures, in [`setup`]), who is paid what
//! (assignments, bonuses, advances, deductions), the payroll settings, and a month's run from draft to
//! published (in [`runs`]). Everything is online-only, as HR's other changes, except that the runs and a run's lines fall
//! back to the last copy (or answer from it with `--offline`).

mod runs;
mod setup;

use crate::language::lang;
use crate::table::{Table, json, or_dash};
use chrono::NaiveDate;
use clap::{ArgGroup, Subcommand};
use okta_hr_core::admin::payroll::{NewPayAdjustment, NewPayAssignment, PayrollSettingsChanges, RoundingChange};
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_i18n::args;
use okta_hr_payroll::Decimal;
use okta_hr_payroll::component::{Rounding, RoundingMode};
use okta_hr_payroll::compute::{AdjustmentKind, Recurrence};
use okta_hr_payroll::wire::{PayAdjustmentAttributes, PayAssignmentAttributes, PayrollSettingsAttributes};

use runs::{LineCommand, RunCommand};
use setup::{ComponentAction, StructureAction};

const ROUNDING_MODES: [&str; 4] = ["half_up", "half_even", "down", "up"];

#[derive(Subcommand)]
pub enum PayrollCommand {
    /// Pay components (what a payslip's lines are made of); `add`, `edit`, `retire` or `restore` one.
    Components {
        #[command(subcommand)]
        action: Option<ComponentAction>,
    },
    /// Salary structures (which components someone is paid, in payslip order); `add` or `edit` one.
    Structures {
        #[command(subcommand)]
        action: Option<StructureAction>,
    },
    /// Pay someone with a salary structure and a base amount from a day on. A day in locked pay is
    /// allowed: the difference is paid in the next run as back pay.
    Assign {
        /// The employee's ID, as `team employees` shows it.
        employee: i64,
        /// The salary structure's name or ID.
        #[arg(long)]
        structure: String,
        /// The base amount the structure's formulas read, e.g. 3000.00.
        #[arg(long)]
        base: Decimal,
        /// The first day it applies, YYYY-MM-DD.
        #[arg(long)]
        from: NaiveDate,
    },
    /// Who is paid with which structure and base, from when.
    Assignments {
        /// Only this employee's (their ID).
        #[arg(long)]
        employee: Option<i64>,
    },
    /// Remove a pay assignment no locked run has paid from.
    Unassign {
        /// The assignment's ID as `hr payroll assignments` shows it.
        id: String,
    },
    /// Give someone a bonus, an advance or a deduction, once or every period.
    #[command(group(ArgGroup::new("amount").required(true).args(["bonus", "advance", "deduction"])))]
    Adjust {
        /// The employee's ID, as `team employees` shows it.
        employee: i64,
        /// An amount earned, part of gross (percentages of gross include it).
        #[arg(long, value_name = "AMOUNT")]
        bonus: Option<Decimal>,
        /// An amount paid ahead, added to net outside gross.
        #[arg(long, value_name = "AMOUNT")]
        advance: Option<Decimal>,
        /// An amount taken from net.
        #[arg(long, value_name = "AMOUNT")]
        deduction: Option<Decimal>,
        /// Its name on the payslip, e.g. "Year-end bonus".
        #[arg(long)]
        name: String,
        /// A one-off is paid in the run whose period holds this day; a recurring one from it on.
        #[arg(long)]
        on: NaiveDate,
        /// Every period from --on, until --until or until it is ended.
        #[arg(long)]
        recurring: bool,
        /// A recurring adjustment's last day.
        #[arg(long, requires = "recurring")]
        until: Option<NaiveDate>,
        /// Why, for the record.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Bonuses, advances and deductions, newest first.
    Adjustments {
        /// Only this employee's (their ID).
        #[arg(long)]
        employee: Option<i64>,
    },
    /// End a recurring adjustment, or delete one no locked run has paid.
    #[command(subcommand)]
    Adjustment(AdjustmentAction),
    /// The payroll settings; with options, change them.
    Settings(SettingsArgs),
    /// The payroll runs, newest period first.
    Runs,
    /// Make a draft run, review it (`show`), then lock, pay and publish it; the bank files.
    #[command(subcommand)]
    Run(RunCommand),
    /// One person's line in a draft: hold, exclude, include again, or override a component.
    #[command(subcommand)]
    Line(LineCommand),
}

#[derive(Subcommand)]
pub enum AdjustmentAction {
    /// End a recurring adjustment on a day.
    End {
        /// The adjustment's ID as `hr payroll adjustments` shows it.
        id: String,
        /// Its last day, YYYY-MM-DD.
        #[arg(long)]
        on: NaiveDate,
    },
    /// Delete an adjustment no locked run has paid.
    Delete {
        /// The adjustment's ID as `hr payroll adjustments` shows it.
        id: String,
    },
}

#[derive(clap::Args)]
pub struct SettingsArgs {
    /// The name of the account salaries are paid from, for the bank files.
    #[arg(long)]
    debtor_name: Option<String>,
    /// The IBAN salaries are paid from.
    #[arg(long)]
    debtor_iban: Option<String>,
    /// The BIC of that account, 8 or 11 letters and digits.
    #[arg(long)]
    debtor_bic: Option<String>,
    /// Decimals a net pay keeps, 0 to 10.
    #[arg(long)]
    net_rounding_places: Option<u32>,
    /// How a net pay is rounded: half_up, half_even, down or up.
    #[arg(long, value_parser = ROUNDING_MODES)]
    net_rounding_mode: Option<String>,
    /// Flag a net that moves more than this percentage from the person's previous run.
    #[arg(long, value_name = "PERCENT")]
    threshold: Option<Decimal>,
    /// Count attendance beyond this many hours a day as overtime (what `overtime_hours` formulas read).
    #[arg(long, value_name = "HOURS")]
    overtime_after_hours: Option<Decimal>,
}

pub async fn run(core: &Core, command: PayrollCommand, as_json: bool, offline: bool) -> Result<(), CoreError> {
    match command {
        PayrollCommand::Components { action } => setup::components(core, action, as_json).await,
        PayrollCommand::Structures { action } => setup::structures(core, action, as_json).await,
        PayrollCommand::Assign { employee, structure, base, from } => {
            let assignment = NewPayAssignment {
                employee_id: employee,
                effective_from: from,
                salary_structure_id: structure_id(core, &structure).await?,
                base_amount: base,
            };
            let saved = core.assign_pay(&assignment).await?;
            if as_json {
                json(&saved);
            } else {
                let a = &saved.attributes;
                let what = args![
                    "name" => &a.employee_name,
                    "structure" => &a.salary_structure_name,
                    "base" => a.base_amount.to_string(),
                    "from" => a.effective_from.to_string(),
                    "id" => &saved.id,
                ];
                println!("{}", lang().tr_with("cli-pay-assigned", &what));
            }
            Ok(())
        }
        PayrollCommand::Assignments { employee } => {
            let assignments = core.pay_assignments(employee).await?;
            if as_json {
                json(&assignments);
            } else {
                assignment_table(&assignments);
            }
            Ok(())
        }
        PayrollCommand::Unassign { id } => {
            core.remove_pay_assignment(&id).await?;
            removed(&id, "cli-pay-assignment-removed", as_json);
            Ok(())
        }
        PayrollCommand::Adjust { employee, bonus, advance, deduction, name, on, recurring, until, reason } => {
            let (kind, amount) = [
                (AdjustmentKind::Bonus, bonus),
                (AdjustmentKind::Advance, advance),
                (AdjustmentKind::Deduction, deduction),
            ]
            .into_iter()
            .find_map(|(kind, amount)| amount.map(|amount| (kind, amount)))
            .ok_or_else(|| CoreError::Invalid(lang().tr("cli-give-an-amount")))?;
            let recurrence = if recurring { Recurrence::Recurring } else { Recurrence::OneOff };
            let adjustment = NewPayAdjustment {
                employee_id: employee,
                kind,
                recurrence,
                name,
                amount,
                starts_on: on,
                ends_on: until,
                reason,
            };
            adjustment_done(core.add_pay_adjustment(&adjustment).await?, "cli-adjustment-added", as_json);
            Ok(())
        }
        PayrollCommand::Adjustments { employee } => {
            let adjustments = core.pay_adjustments(employee).await?;
            if as_json {
                json(&adjustments);
            } else {
                adjustment_table(&adjustments);
            }
            Ok(())
        }
        PayrollCommand::Adjustment(AdjustmentAction::End { id, on }) => {
            adjustment_done(core.end_pay_adjustment(&id, on).await?, "cli-adjustment-ended", as_json);
            Ok(())
        }
        PayrollCommand::Adjustment(AdjustmentAction::Delete { id }) => {
            core.remove_pay_adjustment(&id).await?;
            removed(&id, "cli-pay-adjustment-removed", as_json);
            Ok(())
        }
        PayrollCommand::Settings(args) => settings(core, args, as_json).await,
        PayrollCommand::Runs => runs::list(core, as_json, offline).await,
        PayrollCommand::Run(command) => runs::run(core, command, as_json, offline).await,
        PayrollCommand::Line(command) => runs::line(core, command, as_json).await,
    }
}

fn rounding_change(places: Option<u32>, mode: Option<&str>) -> Option<RoundingChange> {
    let mode = mode.map(|mode| match mode {
        "half_even" => RoundingMode::HalfEven,
        "down" => RoundingMode::Down,
        "up" => RoundingMode::Up,
        _ => RoundingMode::HalfUp,
    });
    (places.is_some() || mode.is_some()).then_some(RoundingChange { places, mode })
}

/// The ID of the resource `wanted` names, by its ID or by the name `name_of` reads (ignoring case);
/// `missing_id` is the message that says nothing is called that (its `$name`).
fn id_of<A>(
    resources: &[Resource<A>],
    wanted: &str,
    name_of: impl Fn(&A) -> &str,
    missing_id: &str,
) -> Result<String, CoreError> {
    let wanted = wanted.trim();
    resources
        .iter()
        .find(|r| r.id == wanted)
        .or_else(|| resources.iter().find(|r| name_of(&r.attributes).eq_ignore_ascii_case(wanted)))
        .map(|r| r.id.clone())
        .ok_or_else(|| CoreError::Invalid(lang().tr_with(missing_id, &args!["name" => format!("{wanted:?}")])))
}

async fn structure_id(core: &Core, wanted: &str) -> Result<i64, CoreError> {
    let structures = core.salary_structures().await?;
    let id = id_of(&structures, wanted, |s| &s.name, "cli-no-such-structure")?;
    id.parse()
        .map_err(|_| CoreError::Invalid(lang().tr_with("cli-not-a-structure-id", &args!["id" => format!("{id:?}")])))
}

async fn settings(core: &Core, args: SettingsArgs, as_json: bool) -> Result<(), CoreError> {
    let changes = PayrollSettingsChanges {
        net_rounding: rounding_change(args.net_rounding_places, args.net_rounding_mode.as_deref()),
        net_change_threshold: args.threshold,
        debtor_name: args.debtor_name,
        debtor_iban: args.debtor_iban,
        debtor_bic: args.debtor_bic,
        overtime_after_hours: args.overtime_after_hours,
    };
    let settings = if changes == PayrollSettingsChanges::default() {
        core.payroll_settings().await?
    } else {
        core.update_payroll_settings(&changes).await?
    };
    if as_json {
        json(&settings);
    } else {
        settings_text(&settings);
    }
    Ok(())
}

fn settings_text(s: &PayrollSettingsAttributes) {
    let [currency, rounding, paid_from, overtime] =
        ["cli-settings-currency", "cli-settings-net-rounding", "cli-settings-paid-from", "cli-settings-overtime"]
            .map(|id| lang().tr(id));
    let (iban, bic) = ("  IBAN", "  BIC");
    // Two spaces past the longest label, whatever the language's words.
    let width = [currency.as_str(), rounding.as_str(), paid_from.as_str(), overtime.as_str(), iban, bic]
        .iter()
        .map(|label| label.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    println!("{currency:<width$}{}", s.currency);
    println!("{rounding:<width$}{}", rounding_text(s.net_rounding));
    println!("{}", lang().tr_with("cli-settings-threshold", &args!["percent" => s.net_change_threshold.to_string()]));
    println!("{paid_from:<width$}{}", or_dash(s.debtor_name.as_ref()));
    println!("{iban:<width$}{}", or_dash(s.debtor_iban.as_ref()));
    println!("{bic:<width$}{}", or_dash(s.debtor_bic.as_ref()));
    let hours = match s.overtime_after_hours {
        Some(hours) => lang().tr_with("cli-overtime-after", &args!["hours" => hours.to_string()]),
        None => lang().tr("cli-overtime-none"),
    };
    println!("{overtime:<width$}{hours}");
}

/// `removed_id` names what was removed: `cli-pay-assignment-removed` or `cli-pay-adjustment-removed`.
fn removed(id: &str, removed_id: &str, as_json: bool) {
    if as_json {
        json(&serde_json::json!({ "deleted": id }));
    } else {
        println!("{}", lang().tr_with(removed_id, &args!["id" => id]));
    }
}

fn adjustment_kind_name(kind: AdjustmentKind) -> String {
    lang().tr(match kind {
        AdjustmentKind::Bonus => "cli-kind-bonus",
        AdjustmentKind::Advance => "cli-kind-advance",
        AdjustmentKind::Deduction => "cli-kind-deduction",
    })
}

fn rounding_text(rounding: Rounding) -> String {
    let mode = lang().tr(match rounding.mode {
        RoundingMode::HalfUp => "cli-rounding-half-up",
        RoundingMode::HalfEven => "cli-rounding-half-even",
        RoundingMode::Down => "cli-rounding-down",
        RoundingMode::Up => "cli-rounding-up",
    });
    lang().tr_with("cli-rounding", &args!["count" => rounding.places, "mode" => mode])
}

fn assignment_table(assignments: &[Resource<PayAssignmentAttributes>]) {
    let mut table =
        Table::new(&["cli-col-id", "cli-col-employee", "cli-col-from", "cli-col-structure", "cli-col-base"]);
    for assignment in assignments {
        let a = &assignment.attributes;
        table.row(vec![
            assignment.id.clone(),
            format!("{} ({})", a.employee_name, a.employee_id),
            a.effective_from.to_string(),
            a.salary_structure_name.clone(),
            a.base_amount.to_string(),
        ]);
    }
    table.print();
}

/// `done_id` says what was done: `cli-adjustment-added` or `cli-adjustment-ended`.
fn adjustment_done(adjustment: Resource<PayAdjustmentAttributes>, done_id: &str, as_json: bool) {
    if as_json {
        json(&adjustment);
        return;
    }
    let a = &adjustment.attributes;
    let start = a.starts_on.to_string();
    let when = match (a.recurrence, a.ends_on) {
        (Recurrence::OneOff, _) => lang().tr_with("cli-once-in-run", &args!["date" => start]),
        (Recurrence::Recurring, None) => lang().tr_with("cli-every-period-from", &args!["date" => start]),
        (Recurrence::Recurring, Some(ends_on)) => {
            lang().tr_with("cli-every-period-between", &args!["date" => start, "end" => ends_on.to_string()])
        }
    };
    let what = args![
        "kind" => adjustment_kind_name(a.kind),
        "name" => &a.employee_name,
        "amount" => a.amount.to_string(),
        "title" => &a.name,
        "when" => when,
        "id" => &adjustment.id,
    ];
    println!("{}", lang().tr_with(done_id, &what));
}

fn adjustment_table(adjustments: &[Resource<PayAdjustmentAttributes>]) {
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-employee",
        "cli-col-kind",
        "cli-col-name",
        "cli-col-amount",
        "cli-col-from",
        "cli-col-until",
        "cli-col-reason",
    ]);
    for adjustment in adjustments {
        let a = &adjustment.attributes;
        let until = match (a.recurrence, a.ends_on) {
            (Recurrence::OneOff, _) => lang().tr("cli-once"),
            (Recurrence::Recurring, ends_on) => ends_on.map_or_else(|| lang().tr("cli-recurring"), |d| d.to_string()),
        };
        table.row(vec![
            adjustment.id.clone(),
            format!("{} ({})", a.employee_name, a.employee_id),
            adjustment_kind_name(a.kind),
            a.name.clone(),
            a.amount.to_string(),
            a.starts_on.to_string(),
            until,
            or_dash(a.reason.as_ref()),
        ]);
    }
    table.print();
}
