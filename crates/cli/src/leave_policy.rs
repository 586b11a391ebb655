//! `okta-hr hr leave-types …`, `hr leave-adjust` and `hr leave-jobs …`: HR's leave policies, corrections to
//! a balance, and the jobs that grant, accrue and carry over leave. The list of types is fetched fresh and
//! falls back to the last copy (or answers from it with `--offline`); everything else is online-only, as
//! HR's other changes.

use crate::language::lang;
use crate::table::{Table, json, local_time, stale_note};
use clap::Subcommand;
use okta_hr_core::{Core, CoreError, LeaveTypeChanges};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::leave_ledger::LeaveJobOutcome;
use okta_hr_domain::leave_policy::{Accrual, ApprovalChain, LeaveTypeAttributes};
use okta_hr_i18n::{FluentValue, args};

#[derive(Subcommand)]
pub enum LeaveTypeCommand {
    /// The company's leave types and their policies, retired ones included.
    List,
    /// Create a leave type.
    Add {
        /// Its code, unique in the company: lower-case letters, digits, `_` and `-` (e.g. `study`).
        code: String,
        /// Its name, e.g. "Study leave".
        name: String,
        /// The yearly allowance in days.
        #[arg(long)]
        days: i64,
        #[command(flatten)]
        policy: Policy,
    },
    /// Change a leave type's policy; what is not given stays.
    Edit {
        /// The type's ID or code.
        id: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        /// A new yearly allowance in days.
        #[arg(long)]
        days: Option<i64>,
        #[command(flatten)]
        policy: Policy,
    },
    /// Retire a leave type: it can no longer be requested; its history stays.
    Retire {
        /// The type's ID or code.
        id: String,
    },
}

#[derive(clap::Args)]
pub struct Policy {
    /// 1 paid, 0 unpaid, in between partly paid.
    #[arg(long)]
    paid_fraction: Option<f64>,
    /// Whether weekends and public holidays count as leave days (true or false).
    #[arg(long)]
    counts_non_working_days: Option<bool>,
    /// Whether a request may start or end at midday (true or false).
    #[arg(long)]
    half_days: Option<bool>,
    /// Whether a request needs a document (true or false).
    #[arg(long)]
    attachment_required: Option<bool>,
    /// Days of notice a request needs.
    #[arg(long)]
    notice: Option<i64>,
    /// `upfront` or `monthly`.
    #[arg(long, value_parser = ["upfront", "monthly"])]
    accrual: Option<String>,
    /// Whether a joiner's upfront allowance is their share of the year (true or false).
    #[arg(long)]
    prorated: Option<bool>,
    /// Unused days carried into the next year at most.
    #[arg(long)]
    carry_over_cap: Option<i64>,
    /// Carried days lapse this many months into the new year (1 to 12).
    #[arg(long)]
    carry_over_expiry_months: Option<i64>,
    /// How far below zero a request may take the balance.
    #[arg(long)]
    negative_allowance: Option<i64>,
    /// `none`, `manager` or `manager_hr`.
    #[arg(long, value_parser = ["none", "manager", "manager_hr"])]
    approval_chain: Option<String>,
    /// Requests longer than this also need HR.
    #[arg(long)]
    extra_hr_step_above: Option<i64>,
}

impl Policy {
    fn changes(self) -> LeaveTypeChanges {
        LeaveTypeChanges {
            paid_fraction: self.paid_fraction,
            counts_non_working_days: self.counts_non_working_days,
            half_days: self.half_days,
            attachment_required: self.attachment_required,
            min_notice_days: self.notice,
            accrual: self.accrual.map(|a| if a == "monthly" { Accrual::Monthly } else { Accrual::Upfront }),
            prorated: self.prorated,
            carry_over_cap: self.carry_over_cap,
            carry_over_expiry_months: self.carry_over_expiry_months.map(Some),
            negative_allowance: self.negative_allowance,
            approval_chain: self.approval_chain.map(|chain| match chain.as_str() {
                "none" => ApprovalChain::None,
                "manager" => ApprovalChain::Manager,
                _ => ApprovalChain::ManagerHr,
            }),
            extra_hr_step_above_days: self.extra_hr_step_above.map(Some),
            ..LeaveTypeChanges::default()
        }
    }
}

#[derive(clap::Args)]
pub struct LeaveAdjustArgs {
    /// The employee's ID, as `team employees` shows it.
    #[arg(long)]
    employee: i64,
    /// The leave type's code or ID.
    #[arg(long = "type")]
    leave_type: String,
    /// The leave year the days count in.
    #[arg(long)]
    year: i32,
    /// Days to add (positive) or take off (negative).
    #[arg(long, allow_hyphen_values = true)]
    days: i64,
    /// Why, for the ledger and the audit trail.
    #[arg(long)]
    reason: String,
}

#[derive(Subcommand)]
pub enum LeaveJobCommand {
    /// The run log, newest first.
    List,
    /// What a job would write for a period, per person; nothing is written.
    Preview {
        /// `yearly_grant`, `monthly_accrual`, `year_end` or `carry_over_expiry`.
        job: String,
        /// `YYYY`, or `YYYY-MM` for the monthly accrual.
        period: String,
    },
    /// Run a job for a period; running it again writes nothing.
    Run {
        /// `yearly_grant`, `monthly_accrual`, `year_end` or `carry_over_expiry`.
        job: String,
        /// `YYYY`, or `YYYY-MM` for the monthly accrual.
        period: String,
    },
}

pub async fn leave_types(
    core: &Core,
    command: LeaveTypeCommand,
    as_json: bool,
    offline: bool,
) -> Result<(), CoreError> {
    match command {
        LeaveTypeCommand::List => {
            let types = if offline { core.leave_types()? } else { core.fresh_leave_types().await? };
            if as_json {
                json(&types);
            } else {
                type_table(&types.data);
                stale_note(&types);
            }
        }
        LeaveTypeCommand::Add { code, name, days, policy } => {
            let changes =
                LeaveTypeChanges { code: Some(code), name: Some(name), days_per_year: Some(days), ..policy.changes() };
            done(core.create_leave_type(&changes).await?, "cli-leave-type-created", as_json);
        }
        LeaveTypeCommand::Edit { id, name, days, policy } => {
            let changes = LeaveTypeChanges { name, days_per_year: days, ..policy.changes() };
            done(core.update_leave_type(&id, &changes).await?, "cli-leave-type-changed", as_json);
        }
        LeaveTypeCommand::Retire { id } => {
            let retire = LeaveTypeChanges { retired: Some(true), ..LeaveTypeChanges::default() };
            done(core.update_leave_type(&id, &retire).await?, "cli-leave-type-retired", as_json);
        }
    }
    Ok(())
}

pub async fn adjust(core: &Core, args: LeaveAdjustArgs, as_json: bool) -> Result<(), CoreError> {
    let entry = core.adjust_leave(args.employee, &args.leave_type, args.year, args.days, &args.reason).await?;
    if as_json {
        json(&entry);
    } else {
        let a = &entry.attributes;
        let (signed, plain) = (format!("{:+}", a.days), a.days.to_string());
        let what = args![
            "days" => signed,
            "count" => FluentValue::try_number(&plain),
            "type" => &a.leave_type,
            "name" => &a.employee_name,
            "year" => a.year.to_string(),
            "id" => &entry.id,
            "reason" => &args.reason,
        ];
        println!("{}", lang().tr_with("cli-leave-adjusted", &what));
    }
    Ok(())
}

pub async fn jobs(core: &Core, command: LeaveJobCommand, as_json: bool) -> Result<(), CoreError> {
    match command {
        LeaveJobCommand::List => {
            let fresh = core.leave_job_runs().await?;
            let runs = &fresh.data;
            if as_json {
                json(runs);
                return Ok(());
            }
            let mut table = Table::new(&[
                "cli-col-id",
                "cli-col-job",
                "cli-col-period",
                "cli-col-entries",
                "cli-col-days",
                "cli-col-by",
                "cli-col-at",
            ]);
            for run in runs {
                let a = &run.attributes;
                table.row(vec![
                    run.id.clone(),
                    a.job.name().to_owned(),
                    a.period.clone(),
                    a.entries.to_string(),
                    a.days.to_string(),
                    a.run_by_name.clone().unwrap_or_else(|| lang().tr("cli-the-server")),
                    local_time(a.ran_at),
                ]);
            }
            table.print();
            stale_note(&fresh);
        }
        LeaveJobCommand::Preview { job, period } => outcome(&core.leave_job(&job, &period, false).await?, as_json),
        LeaveJobCommand::Run { job, period } => outcome(&core.leave_job(&job, &period, true).await?, as_json),
    }
    Ok(())
}

fn outcome(outcome: &LeaveJobOutcome, as_json: bool) {
    if as_json {
        json(outcome);
        return;
    }
    let mut table = Table::new(&["cli-col-employee", "cli-col-type", "cli-col-year", "cli-col-kind", "cli-col-days"]);
    for entry in &outcome.entries {
        table.row(vec![
            format!("{} ({})", entry.employee_name, entry.employee_id),
            entry.leave_type.clone(),
            entry.year.to_string(),
            entry.kind.clone(),
            format!("{:+}", entry.days),
        ]);
    }
    table.print();
    let id = if outcome.applied { "cli-leave-job-wrote" } else { "cli-leave-job-would-write" };
    let what = args!["job" => outcome.job.name(), "period" => &outcome.period, "count" => outcome.entry_count];
    println!("{}", lang().tr_with(id, &what));
}

/// `done_id` says what was done: `cli-leave-type-created`, `-changed` or `-retired`.
fn done(leave_type: Resource<LeaveTypeAttributes>, done_id: &str, as_json: bool) {
    if as_json {
        json(&leave_type);
    } else {
        let a = &leave_type.attributes;
        let what = args!["name" => &a.name, "code" => &a.code, "days" => a.days_per_year, "id" => &leave_type.id];
        println!("{}", lang().tr_with(done_id, &what));
    }
}

fn type_table(types: &[Resource<LeaveTypeAttributes>]) {
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-code",
        "cli-col-name",
        "cli-col-days",
        "cli-col-accrual",
        "cli-col-paid-share",
        "cli-col-counts",
        "cli-col-notice",
        "cli-col-carry",
        "cli-col-overdraft",
        "cli-col-chain",
        "cli-col-state",
    ]);
    for leave_type in types {
        let a = &leave_type.attributes;
        let carry = match (a.carry_over_cap, a.carry_over_expiry_months) {
            (0, _) => "-".to_owned(),
            (cap, Some(months)) => lang().tr_with("cli-carry-for-months", &args!["cap" => cap, "count" => months]),
            (cap, None) => cap.to_string(),
        };
        table.row(vec![
            leave_type.id.clone(),
            a.code.clone(),
            a.name.clone(),
            a.days_per_year.to_string(),
            accrual_text(a.accrual, a.prorated),
            format!("{}%", (a.paid_fraction * 100.0).round()),
            lang().tr(match (a.counts_non_working_days, a.half_days) {
                (true, true) => "cli-counts-every-half-day",
                (true, false) => "cli-counts-every-day",
                (false, true) => "cli-counts-working-half-days",
                (false, false) => "cli-counts-working-days",
            }),
            lang().tr_with("cli-days", &args!["count" => a.min_notice_days]),
            carry,
            a.negative_allowance.to_string(),
            chain_text(a.approval_chain, a.extra_hr_step_above_days),
            crate::table::in_use(a.retired),
        ]);
    }
    table.print();
}

fn accrual_text(accrual: Accrual, prorated: bool) -> String {
    let accrual = lang().tr(match accrual {
        Accrual::Upfront => "cli-accrual-upfront",
        Accrual::Monthly => "cli-accrual-monthly",
    });
    if prorated { lang().tr_with("cli-accrual-prorated", &args!["accrual" => accrual]) } else { accrual }
}

fn chain_text(chain: ApprovalChain, extra_hr_step_above: Option<i64>) -> String {
    let chain = lang().tr(match chain {
        ApprovalChain::None => "cli-chain-none",
        ApprovalChain::Manager => "cli-chain-manager",
        ApprovalChain::ManagerHr => "cli-chain-manager-hr",
    });
    match extra_hr_step_above {
        Some(days) => lang().tr_with("cli-chain-extra-hr-step", &args!["chain" => chain, "days" => days]),
        None => chain,
    }
}
