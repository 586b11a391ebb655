//! `okta-hr hr payroll runs|run|line …`: a month's run from draft to published. The run's table is what HR
//! reviews (who is paid what, what changed since the last run and why it is flagged); `--person` shows a
//! payslip line by line with how each amount was found.

use crate::language::lang;
use crate::table::{Table, json, stale_note};
use chrono::NaiveDate;
use clap::{ArgGroup, Subcommand};
use okta_hr_core::admin::payroll::{BankFileFormat, LineDecision, PayrollRunReview, RunPeriod, RunStep};
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::PayrollRunAttributes;
use okta_hr_i18n::{FluentValue, args};
use okta_hr_payroll::Decimal;
use okta_hr_payroll::compute::LineKind;
use okta_hr_payroll::diff::{DiffFlag, PayslipDiff};
use okta_hr_payroll::wire::PayrollLineAttributes;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum RunCommand {
    /// Make a draft run for a month (or --from/--to) and compute everyone employed in it.
    #[command(group(ArgGroup::new("period").required(true).args(["month", "from"])))]
    Create {
        /// The month, YYYY-MM.
        #[arg(value_parser = parse_month)]
        month: Option<(i32, u32)>,
        /// The first day of another period, YYYY-MM-DD.
        #[arg(long, requires = "to")]
        from: Option<NaiveDate>,
        /// The last day of that period, included.
        #[arg(long, requires = "from")]
        to: Option<NaiveDate>,
        /// The day people are paid; the period's last day when omitted.
        #[arg(long)]
        pay_date: Option<NaiveDate>,
    },
    /// A run's lines: person, status, gross, net, the change of net since the last run and its flags.
    Show {
        /// The run's ID as `hr payroll runs` shows it.
        id: i64,
        /// Only the lines flagged for a second look, or that could not be computed.
        #[arg(long)]
        flagged: bool,
        /// Show the payslips of the people whose name or number contains this, line by line with how each
        /// amount was found.
        #[arg(long)]
        person: Option<String>,
    },
    /// Compute a draft again from today's data (holds and overrides kept); a locked run is checked.
    Recompute {
        /// The run's ID.
        id: i64,
    },
    /// Lock a draft: its figures and bank accounts are frozen.
    Lock {
        /// The run's ID.
        id: i64,
    },
    /// Record that a locked run's bank transfers were made.
    Pay {
        /// The run's ID.
        id: i64,
    },
    /// Publish a locked or paid run: everyone paid sees their payslip and is notified.
    Publish {
        /// The run's ID.
        id: i64,
    },
    /// Delete a draft.
    Delete {
        /// The run's ID.
        id: i64,
    },
    /// Save a locked run's bank file: everyone paid, with their account and net.
    BankFile {
        /// The run's ID.
        id: i64,
        /// csv (any bank) or pain.001 (a SEPA credit transfer, in euros).
        #[arg(long, value_parser = ["csv", "pain.001"], default_value = "csv")]
        format: String,
        /// Where to write it; the name the server gives it, in this directory, when omitted.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Correct a locked run: a new draft for its period, computed from today's data, whose lines pay the
    /// difference from what it paid.
    Correct {
        /// The locked run's ID.
        id: i64,
        /// The day the differences are paid; today when omitted.
        #[arg(long)]
        pay_date: Option<NaiveDate>,
    },
    /// Save every payslip of a locked run, one PDF each, in a ZIP.
    Payslips {
        /// The run's ID.
        id: i64,
        /// Where to write it; the name the server gives it, in this directory, when omitted.
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum LineCommand {
    /// Hold a person's pay: computed and locked with the run, but not paid nor published.
    Hold {
        /// The line's ID as `hr payroll run show` shows it.
        id: String,
        /// Why, for the record.
        #[arg(long)]
        reason: String,
    },
    /// Leave a person out of the run.
    Exclude {
        /// The line's ID.
        id: String,
        /// Why, for the record.
        #[arg(long)]
        reason: String,
    },
    /// Take a held or excluded person back into the run.
    Include {
        /// The line's ID.
        id: String,
    },
    /// Pay an amount instead of what a component computes; the lines after it follow.
    #[command(group(ArgGroup::new("change").required(true).args(["amount", "clear"])))]
    Override {
        /// The line's ID.
        id: String,
        /// The component's code, e.g. TRANSPORT.
        #[arg(long)]
        code: String,
        /// The amount to pay, e.g. 80.00.
        #[arg(long, requires = "reason")]
        amount: Option<Decimal>,
        /// Printed on the payslip line ("set by HR: …").
        #[arg(long)]
        reason: Option<String>,
        /// Remove the override: the component's rule computes it again.
        #[arg(long)]
        clear: bool,
    },
}

fn parse_month(text: &str) -> Result<(i32, u32), String> {
    okta_hr_domain::validation::parse_month(text).ok_or_else(|| "expected YYYY-MM".to_owned())
}

pub async fn list(core: &Core, as_json: bool, offline: bool) -> Result<(), CoreError> {
    let runs = if offline { core.payroll_runs()? } else { core.review_payroll_runs().await? };
    if as_json {
        json(&runs);
        return Ok(());
    }
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-period",
        "cli-col-status",
        "cli-col-pay-date",
        "cli-col-paid",
        "cli-col-gross",
        "cli-col-net",
        "cli-col-failed",
        "cli-col-held",
        "cli-col-excluded",
    ]);
    for run in &runs.data {
        let a = &run.attributes;
        table.row(vec![
            run.id.clone(),
            a.period.clone(),
            a.status.clone(),
            a.pay_date.to_string(),
            a.employee_count.to_string(),
            a.gross.to_string(),
            a.net.to_string(),
            a.failed_count.to_string(),
            a.held_count.to_string(),
            a.excluded_count.to_string(),
        ]);
    }
    table.print();
    stale_note(&runs);
    Ok(())
}

pub async fn run(core: &Core, command: RunCommand, as_json: bool, offline: bool) -> Result<(), CoreError> {
    let (id, step) = match command {
        RunCommand::Create { month, from, to, pay_date } => {
            let period = match (month, from, to) {
                (Some((year, month)), ..) => RunPeriod::Month { year, month },
                (None, Some(first_day), Some(last_day)) => RunPeriod::Days { first_day, last_day },
                _ => return Err(CoreError::Invalid(lang().tr("cli-give-a-period"))),
            };
            let created = core.create_payroll_run(period, pay_date).await?;
            run_done(&created, "cli-run-created", as_json);
            return Ok(());
        }
        RunCommand::Show { id, flagged, person } => {
            let review =
                if offline { core.cached_payroll_run_review(id)? } else { core.review_payroll_run(id).await? };
            if as_json {
                json(&review);
            } else {
                show(&review.data, flagged, person.as_deref())?;
                stale_note(&review);
            }
            return Ok(());
        }
        RunCommand::Delete { id } => {
            core.delete_payroll_run(id).await?;
            if as_json {
                json(&serde_json::json!({ "deleted": id }));
            } else {
                println!("{}", lang().tr_with("cli-run-deleted", &args!["id" => id.to_string()]));
            }
            return Ok(());
        }
        RunCommand::BankFile { id, format, output } => return bank_file(core, id, &format, output, as_json).await,
        RunCommand::Correct { id, pay_date } => {
            let created = core.correct_payroll_run(id, pay_date).await?;
            run_done(&created, "cli-run-correction-created", as_json);
            return Ok(());
        }
        RunCommand::Payslips { id, output } => {
            let (file_name, bytes) = core.payroll_payslips_zip(id).await?;
            return write_file(&file_name, &bytes, output, as_json);
        }
        RunCommand::Recompute { id } => (id, RunStep::Recompute),
        RunCommand::Lock { id } => (id, RunStep::Lock),
        RunCommand::Pay { id } => (id, RunStep::Pay),
        RunCommand::Publish { id } => (id, RunStep::Publish),
    };
    let advanced = core.advance_payroll_run(id, step).await?;
    let done_id = match step {
        RunStep::Recompute => "cli-run-computed",
        RunStep::Lock => "cli-run-locked",
        RunStep::Pay => "cli-run-paid",
        RunStep::Publish => "cli-run-published",
    };
    run_done(&advanced, done_id, as_json);
    Ok(())
}

/// `done_id` says what was done to the run (`cli-run-…`, with the run's summary as `$run`).
fn run_done(run: &Resource<PayrollRunAttributes>, done_id: &str, as_json: bool) {
    if as_json {
        json(run);
    } else {
        println!("{}", lang().tr_with(done_id, &args!["run" => run_summary(run)]));
    }
}

/// "run 2, 2026-12 (draft), paid on 2026-12-31: 49 people, gross 245145.00, net 216199.27 EUR; 1 held"
fn run_summary(run: &Resource<PayrollRunAttributes>) -> String {
    let a = &run.attributes;
    let set_aside: Vec<String> = [
        (a.failed_count, "cli-run-failed-count"),
        (a.held_count, "cli-run-held-count"),
        (a.excluded_count, "cli-run-excluded-count"),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .map(|(count, id)| lang().tr_with(id, &args!["count" => count]))
    .collect();
    let mut summary = args![
        "id" => &run.id,
        "period" => &a.period,
        "status" => &a.status,
        "date" => a.pay_date.to_string(),
        "count" => a.employee_count,
        "gross" => a.gross.to_string(),
        "net" => a.net.to_string(),
        "currency" => &a.currency,
    ];
    if set_aside.is_empty() {
        lang().tr_with("cli-run-summary", &summary)
    } else {
        summary.set("set_aside", set_aside.join(", "));
        lang().tr_with("cli-run-summary-set-aside", &summary)
    }
}

async fn bank_file(
    core: &Core,
    id: i64,
    format: &str,
    output: Option<PathBuf>,
    as_json: bool,
) -> Result<(), CoreError> {
    let format = if format == "pain.001" { BankFileFormat::Pain001 } else { BankFileFormat::Csv };
    let file = core.payroll_bank_file(id, format).await?;
    write_file(&file.file_name, file.content.as_bytes(), output, as_json)
}

/// Writes a file the server made to `output`, or under its own name here.
fn write_file(file_name: &str, bytes: &[u8], output: Option<PathBuf>, as_json: bool) -> Result<(), CoreError> {
    let path = output.unwrap_or_else(|| PathBuf::from(file_name));
    std::fs::write(&path, bytes).map_err(|e| crate::table::cannot_write(&path, &e))?;
    if as_json {
        json(&serde_json::json!({ "file": path, "bytes": bytes.len() }));
    } else {
        let what = args!["file" => file_name, "path" => path.display().to_string()];
        println!("{}", lang().tr_with("cli-file-written", &what));
    }
    Ok(())
}

pub async fn line(core: &Core, command: LineCommand, as_json: bool) -> Result<(), CoreError> {
    let changed = match &command {
        LineCommand::Hold { id, reason } => core.decide_payroll_line(id, LineDecision::Hold, Some(reason)).await?,
        LineCommand::Exclude { id, reason } => {
            core.decide_payroll_line(id, LineDecision::Exclude, Some(reason)).await?
        }
        LineCommand::Include { id } => core.decide_payroll_line(id, LineDecision::Include, None).await?,
        LineCommand::Override { id, code, amount: Some(amount), reason: Some(reason), .. } => {
            core.override_payroll_line(id, code, *amount, reason).await?
        }
        LineCommand::Override { id, code, .. } => core.clear_payroll_line_override(id, code).await?,
    };
    if as_json {
        json(&changed);
        return Ok(());
    }
    let a = &changed.attributes;
    let name = &a.summary.employee_name;
    let net = a.summary.net.to_string();
    let said = match command {
        LineCommand::Hold { reason, .. } => lang().tr_with("cli-line-held", &args!["name" => name, "reason" => reason]),
        LineCommand::Exclude { reason, .. } => {
            lang().tr_with("cli-line-excluded", &args!["name" => name, "reason" => reason])
        }
        LineCommand::Include { .. } => {
            lang().tr_with("cli-line-included", &args!["name" => name, "status" => &a.status, "net" => net])
        }
        LineCommand::Override { code, .. } => {
            let line = a.payslip.as_ref().and_then(|p| p.lines.iter().find(|line| line.code == code));
            let mut what = args!["name" => name, "code" => code.as_str(), "net" => net];
            match line {
                Some(line) => {
                    what.set("amount", line.amount.to_string());
                    what.set("explanation", line.explanation.as_str());
                    lang().tr_with("cli-line-overridden", &what)
                }
                None => lang().tr_with("cli-line-override-cleared", &what),
            }
        }
    };
    println!("{said}");
    Ok(())
}

/// The lines worth a second look: flagged by the review, or that could not be computed.
fn is_flagged(line: &PayrollLineAttributes) -> bool {
    line.status == "failed" || line.review.as_ref().is_some_and(|review| !review.flags.is_empty())
}

fn show(review: &PayrollRunReview, flagged: bool, person: Option<&str>) -> Result<(), CoreError> {
    println!("{}", lang().tr_with("cli-run-review", &args!["run" => run_summary(&review.run)]));
    let wanted = person.map(|p| p.trim().to_lowercase());
    let lines: Vec<&Resource<PayrollLineAttributes>> = review
        .lines
        .iter()
        .filter(|line| !flagged || is_flagged(&line.attributes))
        .filter(|line| {
            let a = &line.attributes.summary;
            wanted.as_ref().is_none_or(|wanted| {
                a.employee_name.to_lowercase().contains(wanted) || a.employee_number.to_lowercase().contains(wanted)
            })
        })
        .collect();
    if let Some(person) = person {
        if lines.is_empty() {
            let what = args!["id" => &review.run.id, "name" => format!("{person:?}")];
            return Err(CoreError::Invalid(lang().tr_with("cli-nobody-in-run", &what)));
        }
        for line in lines {
            payslip(line);
        }
        return Ok(());
    }
    let mut table = Table::new(&[
        "cli-col-line",
        "cli-col-person",
        "cli-col-status",
        "cli-col-gross",
        "cli-col-net",
        "cli-col-net-change",
        "cli-col-flags",
        "cli-col-note",
    ]);
    for line in lines {
        let a = &line.attributes;
        let review = a.review.as_ref();
        table.row(vec![
            line.id.clone(),
            a.summary.employee_name.clone(),
            a.status.clone(),
            a.summary.gross.to_string(),
            a.summary.net.to_string(),
            review.map_or_else(String::new, net_change_text),
            review.map(|r| r.flags.iter().map(flag_text).collect::<Vec<_>>().join(", ")).unwrap_or_default(),
            a.error.clone().or_else(|| a.note.clone()).unwrap_or_default(),
        ]);
    }
    table.print();
    Ok(())
}

/// How the net moved from the person's payslip of the previous run, summed from the review's changed lines
/// (before the net's own rounding); "new" for someone who was not in that run.
fn net_change_text(review: &PayslipDiff) -> String {
    if !review.changes.is_empty() && review.changes.iter().all(|change| change.previous.is_none()) {
        return lang().tr("cli-net-new");
    }
    let moved: Decimal = review
        .changes
        .iter()
        .map(|change| match change.kind {
            LineKind::Earning | LineKind::Advance => change.change,
            LineKind::Deduction => -change.change,
            LineKind::EmployerContribution => Decimal::ZERO,
        })
        .sum();
    if moved.is_zero() { "0.00".to_owned() } else { format!("{moved:+}") }
}

fn flag_text(flag: &DiffFlag) -> String {
    match flag {
        DiffFlag::Joiner => lang().tr("cli-flag-joiner"),
        DiffFlag::Leaver => lang().tr("cli-flag-leaver"),
        DiffFlag::NetChanged { percent: Some(percent) } => {
            lang().tr_with("cli-flag-net-moved", &args!["percent" => format!("{percent:+}")])
        }
        DiffFlag::NetChanged { percent: None } => lang().tr("cli-flag-net-changed"),
        DiffFlag::UnpaidLeave { days } => lang().tr_with("cli-flag-unpaid-leave", &args!["days" => days.to_string()]),
        DiffFlag::NegativeNet => lang().tr("cli-flag-negative-net"),
        DiffFlag::MissingBankAccount => lang().tr("cli-flag-no-bank-account"),
        DiffFlag::BankAccountChanged => lang().tr("cli-flag-new-bank-account"),
    }
}

/// One person's payslip, every line with how it was found, and what changed since the last run.
fn payslip(line: &Resource<PayrollLineAttributes>) {
    let a = &line.attributes;
    println!();
    let heading = args![
        "name" => &a.summary.employee_name,
        "number" => &a.summary.employee_number,
        "id" => &line.id,
        "status" => &a.status,
    ];
    println!("{}", lang().tr_with("cli-payslip-line", &heading));
    for said in [&a.error, &a.note].into_iter().flatten() {
        println!("  {said}");
    }
    if let Some(review) = &a.review
        && !review.flags.is_empty()
    {
        let flags = review.flags.iter().map(flag_text).collect::<Vec<_>>().join(", ");
        println!("  {}", lang().tr_with("cli-flagged", &args!["flags" => flags]));
    }
    let Some(payslip) = &a.payslip else {
        return;
    };
    let days = &payslip.days;
    let (working, paid, unpaid) =
        (days.working_days.to_string(), days.paid_days.to_string(), days.unpaid_days.to_string());
    let employed = args![
        "from" => days.employed_from.to_string(),
        "to" => days.employed_to.to_string(),
        "count" => FluentValue::try_number(&working),
        "paid" => FluentValue::try_number(&paid),
        "unpaid" => FluentValue::try_number(&unpaid),
    ];
    println!("  {}", lang().tr_with("cli-employed", &employed));
    let mut table = Table::new(&["cli-col-code", "cli-col-line", "cli-col-kind", "cli-col-amount", "cli-col-how"]);
    for item in payslip.lines.iter().filter(|item| !item.hidden) {
        let kind = match item.kind {
            LineKind::Earning => "cli-kind-earning",
            LineKind::Deduction => "cli-kind-deduction",
            LineKind::EmployerContribution => "cli-kind-employer",
            LineKind::Advance => "cli-kind-advance",
        };
        table.row(vec![
            item.code.clone(),
            item.name.clone(),
            lang().tr(kind),
            item.amount.to_string(),
            item.explanation.clone(),
        ]);
    }
    table.print();
    let mut totals = args![
        "gross" => payslip.gross.to_string(),
        "deductions" => payslip.total_deductions.to_string(),
        "net" => payslip.net.to_string(),
        "currency" => &payslip.currency,
    ];
    let totals = if payslip.net_rounding.is_zero() {
        lang().tr_with("cli-payslip-totals", &totals)
    } else {
        totals.set("rounding", format!("{:+}", payslip.net_rounding));
        lang().tr_with("cli-payslip-totals-rounded", &totals)
    };
    println!("  {totals}");
    if let Some(review) = &a.review
        && !review.changes.is_empty()
    {
        let changes: Vec<String> =
            review.changes.iter().map(|change| format!("{} {:+}", change.name, change.change)).collect();
        let since = args!["changes" => changes.join(", "), "net" => net_change_text(review)];
        println!("  {}", lang().tr_with("cli-since-last-run", &since));
    }
}
