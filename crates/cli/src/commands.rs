//! Each command: a thin call into `okta_hr_core::Core`, then a table or JSON.

use crate::args::{Args, Command, LeaveCommand, NotificationAction, Position, TeamCommand};
use crate::corrections::AttendanceAction;
use crate::language::lang;
use crate::table::{Table, ago, json, or_dash, queued_status, report_write, stale_note, warn};
use chrono::{Duration, Utc};
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::calendar::{Half, LeaveSpan};
use okta_hr_domain::geofence::Fix;
use okta_hr_i18n::args;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

fn data_dir(args: &Args) -> PathBuf {
    args.data_dir.clone().unwrap_or_else(|| {
        let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
        home.join(".local/share/okta-hr/cli")
    })
}

pub async fn run(args: Args) -> Result<ExitCode, CoreError> {
    let mut core = Core::open(&data_dir(&args))?;
    // The server's refusals and the device's checks in the words the person reads; `--json` is for
    // scripts and stays in the API's own English.
    if !args.json {
        core.set_language(lang());
    }
    if let Some(reason) = core.dismissed_because() {
        eprintln!("{}", lang().tr_with("cli-account-dismissed", &args!["reason" => reason]));
    }
    let as_json = args.json;
    let is_read = matches!(
        args.command,
        Command::Status
            | Command::Attendance { action: None | Some(AttendanceAction::Corrections), .. }
            | Command::Leave(LeaveCommand::List)
            | Command::Balances
            | Command::Payslips { .. }
            | Command::Notifications { action: None }
            | Command::Announcements
            | Command::Assets(crate::assets::MyAssetCommand::Mine)
            | Command::Team(
                TeamCommand::Approvals
                    | TeamCommand::Corrections
                    | TeamCommand::Attendance { .. }
                    | TeamCommand::Employees { .. }
                    | TeamCommand::Payroll { .. }
                    | TeamCommand::Assets
            )
    );
    if is_read && !args.offline && core.is_signed_in() {
        // Best effort: the answer comes from the cache either way.
        let _ = core.sync_due().await;
        if let Err(error) = core.refresh().await {
            warn(error);
        }
    }
    match args.command {
        Command::Login { server, email, password, device } => {
            let password = match password {
                Some(password) => password,
                None => {
                    // A script piping the password in reads its own output: no prompt in it.
                    if std::io::stdin().is_terminal() {
                        eprintln!("{}", lang().tr_with("cli-password-prompt", &args!["email" => &email]));
                    }
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            core.login(&server, &email, &password, &device).await?;
            // So that `--offline` answers everything the role may ask from the first sign-in on.
            if let Err(error) = core.refresh_team().await {
                warn(error);
            }
            println!("{}", lang().tr_with("cli-signed-in", &args!["email" => &email, "server" => &server]));
        }
        Command::Logout { force } => {
            core.logout(force).await?;
            println!("{}", lang().tr("cli-signed-out"));
        }
        Command::Status => return crate::status::run(&core, as_json),
        Command::Sync => return crate::sync::sync(&core, as_json).await,
        // clap lets through exactly one of ID and --all, so no ID means all of them.
        Command::Dismiss { id, all: _ } => return crate::sync::dismiss(&core, id, as_json),
        Command::CheckIn(position) => {
            let outcome = core.check_in(fix(&position), position.mocked).await?;
            return Ok(report_write(&outcome, &lang().tr("cli-checked-in"), as_json));
        }
        Command::CheckOut(position) => {
            let outcome = core.check_out(fix(&position), position.mocked).await?;
            return Ok(report_write(&outcome, &lang().tr("cli-checked-out"), as_json));
        }
        Command::Attendance { action: Some(action), .. } => {
            return crate::corrections::attendance(&core, action, as_json).await;
        }
        Command::Attendance { month, action: None } => {
            let entries = core.attendance(month)?;
            if as_json {
                json(&entries);
            } else {
                let mut table = Table::new(&[
                    "cli-col-id",
                    "cli-col-date",
                    "cli-col-in",
                    "cli-col-out",
                    "cli-col-worked",
                    "cli-col-state",
                ]);
                for e in entries {
                    let worked = e.check_out_at.map(|out| {
                        lang().tr_with("cli-minutes", &args!["count" => (out - e.check_in_at).num_minutes()])
                    });
                    table.row(vec![
                        e.key,
                        e.date.to_string(),
                        e.check_in_at.format("%H:%M").to_string(),
                        or_dash(e.check_out_at.map(|t| t.format("%H:%M"))),
                        or_dash(worked),
                        if e.pending { lang().tr("cli-queued-state") } else { lang().tr("cli-synced-state") },
                    ]);
                }
                table.print();
            }
        }
        Command::Leave(LeaveCommand::Submit { leave_type, from, to, start_half, end_half, reason }) => {
            let span = LeaveSpan {
                start: from,
                start_half: Half::parse(&start_half).unwrap_or(Half::Morning),
                end: to.unwrap_or(from),
                end_half: Half::parse(&end_half).unwrap_or(Half::Afternoon),
            };
            let outcome = core.submit_leave(&leave_type, &span, reason).await?;
            return Ok(report_write(&outcome, &lang().tr("cli-leave-requested"), as_json));
        }
        Command::Leave(LeaveCommand::List) => {
            let leaves = core.leaves()?;
            if as_json {
                json(&leaves);
            } else {
                let mut table = Table::new(&[
                    "cli-col-id",
                    "cli-col-type",
                    "cli-col-from",
                    "cli-col-to",
                    "cli-col-days",
                    "cli-col-status",
                    "cli-col-waiting-for",
                ]);
                for l in leaves {
                    let waiting =
                        l.request.as_ref().and_then(|r| r.approval_steps.iter().find(|s| s.status == "pending"));
                    let waiting = waiting.map(|s| s.approver_name.clone().unwrap_or_else(|| s.role.to_uppercase()));
                    let status = if l.pending { queued_status(&l.status) } else { l.status };
                    table.row(vec![
                        l.key,
                        l.leave_type,
                        match l.start_half {
                            Half::Afternoon => {
                                lang().tr_with("cli-from-afternoon", &args!["date" => l.start_date.to_string()])
                            }
                            Half::Morning => l.start_date.to_string(),
                        },
                        match l.end_half {
                            Half::Morning => lang().tr_with("cli-to-morning", &args!["date" => l.end_date.to_string()]),
                            Half::Afternoon => l.end_date.to_string(),
                        },
                        l.days.to_string(),
                        status,
                        or_dash(waiting),
                    ]);
                }
                table.print();
            }
        }
        Command::Leave(LeaveCommand::Cancel { id }) => {
            let outcome = core.cancel_leave(&id).await?;
            return Ok(report_write(&outcome, &lang().tr("cli-leave-cancelled"), as_json));
        }
        Command::Balances => {
            let balances = core.balances()?;
            if as_json {
                json(&balances);
            } else {
                let mut table = Table::new(&[
                    "cli-col-type",
                    "cli-col-year",
                    "cli-col-entitled",
                    "cli-col-used",
                    "cli-col-pending",
                    "cli-col-remaining",
                ]);
                for b in &balances.data {
                    let cells = [b.entitled, b.used, b.pending, b.remaining].map(|n| n.to_string());
                    let [entitled, used, pending, remaining] = cells;
                    table.row(vec![b.leave_type_name.clone(), b.year.to_string(), entitled, used, pending, remaining]);
                }
                table.print();
                stale_note(&balances);
            }
        }
        Command::Payslips { id } => payslips(&core, id, as_json)?,
        Command::Notifications { action: Some(NotificationAction::Read { id }) } => {
            let outcome = core.mark_notifications_read(id).await?;
            return Ok(report_write(&outcome, &lang().tr("cli-marked-read"), as_json));
        }
        Command::Notifications { action: None } => {
            let notifications = core.notifications()?;
            if as_json {
                json(&notifications);
            } else {
                let mut table = Table::new(&["cli-col-id", "cli-col-when", "", "cli-col-title", "cli-col-message"]);
                for n in &notifications.data {
                    let a = &n.attributes;
                    let unread = if a.read_at.is_none() { "●" } else { "" };
                    table.row(vec![
                        n.id.clone(),
                        ago(Some(a.created_at)),
                        unread.into(),
                        a.title.clone(),
                        a.body.clone(),
                    ]);
                }
                table.print();
                stale_note(&notifications);
            }
        }
        Command::Announcements => {
            let announcements = core.announcements()?;
            if as_json {
                json(&announcements);
            } else {
                for a in &announcements.data {
                    let a = &a.attributes;
                    println!("{} — {}\n  {}\n", a.published_at.format("%Y-%m-%d"), a.title, a.body);
                }
                stale_note(&announcements);
            }
        }
        Command::Team(command) => return team(&core, command, as_json).await,
        Command::Admin(command) => return crate::admin::run(&core, command, as_json, args.offline).await,
        Command::Hr(command) => return crate::hr::run(&core, command, as_json, args.offline).await,
        Command::Assets(command) => crate::assets::mine(&core, command, as_json).await?,
    }
    Ok(ExitCode::SUCCESS)
}

fn fix(position: &Position) -> Option<Fix> {
    Some(Fix { latitude: position.lat?, longitude: position.lon?, accuracy_m: position.accuracy })
}

fn payslips(core: &Core, id: Option<i64>, as_json: bool) -> Result<(), CoreError> {
    let slips = core.payslips()?;
    let Some(id) = id else {
        if as_json {
            json(&slips);
        } else {
            let mut table =
                Table::new(&["cli-col-id", "cli-col-period", "cli-col-gross", "cli-col-net", "cli-col-currency"]);
            for s in &slips.data {
                let a = &s.attributes;
                table.row(vec![
                    s.id.clone(),
                    a.period.clone(),
                    a.gross.to_string(),
                    a.net.to_string(),
                    a.currency.clone(),
                ]);
            }
            table.print();
            stale_note(&slips);
        }
        return Ok(());
    };
    let slip = core
        .payslip(&id.to_string())?
        .ok_or_else(|| CoreError::Invalid(lang().tr_with("cli-no-payslip", &args!["id" => id.to_string()])))?;
    if as_json {
        json(&slip);
        return Ok(());
    }
    let a = &slip.attributes;
    let heading = args![
        "id" => &slip.id,
        "name" => &a.employee_name,
        "start" => a.period_start.to_string(),
        "end" => a.period_end.to_string(),
        "date" => a.pay_date.to_string(),
    ];
    println!("{}", lang().tr_with("cli-payslip-heading", &heading));
    let mut table = Table::new(&["", "", "cli-col-amount"]);
    for e in &a.earnings {
        table.row(vec![lang().tr("cli-kind-earning"), e.label.clone(), e.amount.to_string()]);
    }
    table.row(vec!["".into(), lang().tr("cli-payslip-gross"), a.gross.to_string()]);
    for d in &a.deductions {
        table.row(vec![lang().tr("cli-kind-deduction"), d.label.clone(), format!("-{}", d.amount)]);
    }
    table.row(vec!["".into(), lang().tr_with("cli-payslip-net", &args!["currency" => &a.currency]), a.net.to_string()]);
    table.print();
    Ok(())
}

async fn team(core: &Core, command: TeamCommand, as_json: bool) -> Result<ExitCode, CoreError> {
    match command {
        TeamCommand::Approvals => {
            let requests = core.approvals()?;
            if as_json {
                json(&requests);
            } else {
                let mut table = Table::new(&[
                    "cli-col-id",
                    "cli-col-employee",
                    "cli-col-type",
                    "cli-col-from",
                    "cli-col-to",
                    "cli-col-days",
                    "cli-col-status",
                    "cli-col-step",
                ]);
                for r in requests.data.iter().filter(|r| r.attributes.status == "pending") {
                    let a = &r.attributes;
                    let step = a.approval_steps.iter().find(|s| s.status == "pending").map(|s| s.role.clone());
                    table.row(vec![
                        r.id.clone(),
                        a.employee_name.clone(),
                        a.leave_type_name.clone(),
                        a.start_date.to_string(),
                        a.end_date.to_string(),
                        a.days.to_string(),
                        a.status.clone(),
                        or_dash(step),
                    ]);
                }
                table.print();
                stale_note(&requests);
            }
        }
        TeamCommand::Approve { id, notes } => {
            let outcome = core.act_on_leave(id, true, notes).await?;
            return Ok(report_write(&outcome, &lang().tr("cli-approved"), as_json));
        }
        TeamCommand::Reject { id, notes } => {
            let outcome = core.act_on_leave(id, false, notes).await?;
            return Ok(report_write(&outcome, &lang().tr("cli-rejected"), as_json));
        }
        TeamCommand::Corrections => return crate::corrections::inbox(core, as_json),
        TeamCommand::Correction(decision) => return crate::corrections::decide(core, decision, as_json).await,
        TeamCommand::Attendance { from, to } => {
            let to = to.unwrap_or_else(|| Utc::now().date_naive());
            let from = from.unwrap_or(to - Duration::days(6));
            let (entries, total) = core.team_attendance(from, to, 0, 500)?;
            if as_json {
                json(&entries);
            } else {
                let mut table =
                    Table::new(&["cli-col-date", "cli-col-employee", "cli-col-in", "cli-col-out", "cli-col-late"]);
                for e in entries {
                    let late = e.record.as_ref().is_some_and(|r| r.is_late);
                    table.row(vec![
                        e.date.to_string(),
                        or_dash(e.employee_name),
                        e.check_in_at.format("%H:%M").to_string(),
                        or_dash(e.check_out_at.map(|t| t.format("%H:%M"))),
                        if late { lang().tr("cli-late") } else { String::new() },
                    ]);
                }
                table.print();
                let range = args!["count" => total, "from" => from.to_string(), "to" => to.to_string()];
                eprintln!("{}", lang().tr_with("cli-team-attendance-total", &range));
            }
        }
        TeamCommand::Employees { search } => {
            let employees = core.employees(search.as_deref(), 200)?;
            if as_json {
                json(&employees);
            } else {
                let mut table = Table::new(&[
                    "cli-col-id",
                    "cli-col-number",
                    "cli-col-name",
                    "cli-col-email",
                    "cli-col-title",
                    "cli-col-role",
                ]);
                for e in employees {
                    let a = e.attributes;
                    table.row(vec![
                        e.id,
                        a.employee_number,
                        a.name,
                        a.email,
                        or_dash(a.job_title),
                        a.role.as_str().to_owned(),
                    ]);
                }
                table.print();
            }
        }
        TeamCommand::Payroll { id: None } => {
            let runs = core.payroll_runs()?;
            if as_json {
                json(&runs);
            } else {
                let mut table = Table::new(&[
                    "cli-col-id",
                    "cli-col-period",
                    "cli-col-status",
                    "cli-col-employees",
                    "cli-col-gross",
                    "cli-col-net",
                ]);
                for r in &runs.data {
                    let a = &r.attributes;
                    table.row(vec![
                        r.id.clone(),
                        a.period.clone(),
                        a.status.clone(),
                        a.employee_count.to_string(),
                        a.gross.to_string(),
                        a.net.to_string(),
                    ]);
                }
                table.print();
                stale_note(&runs);
            }
        }
        TeamCommand::Payroll { id: Some(id) } => {
            let run = core.payroll_run(id).await?;
            let Some(document) = run.data else {
                let message = lang().tr_with("cli-payroll-run-not-cached", &args!["id" => id.to_string()]);
                return Err(CoreError::Invalid(message));
            };
            if as_json {
                json(&document);
            } else {
                let a = &document.data.attributes;
                let heading = args![
                    "period" => &a.period,
                    "status" => &a.status,
                    "count" => a.employee_count,
                    "gross" => a.gross.to_string(),
                    "net" => a.net.to_string(),
                    "currency" => &a.currency,
                ];
                println!("{}", lang().tr_with("cli-team-payroll-heading", &heading));
                let mut table = Table::new(&["cli-col-employee", "cli-col-number", "cli-col-gross", "cli-col-net"]);
                for line in &document.included {
                    let name = line.attributes["employee_name"].as_str().unwrap_or_default().to_owned();
                    let number = line.attributes["employee_number"].as_str().unwrap_or_default().to_owned();
                    let gross = line.attributes["gross"].as_str().unwrap_or_default().to_owned();
                    let net = line.attributes["net"].as_str().unwrap_or_default().to_owned();
                    table.row(vec![name, number, gross, net]);
                }
                table.print();
            }
        }
        TeamCommand::Assets => {
            let assets = core.assets()?;
            if as_json {
                json(&assets);
            } else {
                let mut table = Table::new(&[
                    "cli-col-tag",
                    "cli-col-name",
                    "cli-col-category",
                    "cli-col-status",
                    "cli-col-holder",
                ]);
                for asset in &assets.data {
                    let a = &asset.attributes;
                    table.row(vec![
                        a.asset_tag.clone(),
                        a.name.clone(),
                        a.category.clone(),
                        a.status.clone(),
                        or_dash(a.holder_name.clone()),
                    ]);
                }
                table.print();
                stale_note(&assets);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
