//! `okta-hr hr hire|transfer|offboard|departments|branches|bank-requests`: HR's people back office. Every
//! command is online-only: each acts on someone's account, placement or pay at once.

use crate::language::lang;
use crate::table::{Table, json, or_dash};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use okta_hr_core::admin::people::{BranchFields, EmploymentChange, NewHire};
use okta_hr_core::{Core, CoreError};
use okta_hr_i18n::{FluentValue, args};

#[derive(Args)]
pub struct HireArgs {
    /// Their first name.
    #[arg(long)]
    pub first: String,
    /// Their last name.
    #[arg(long)]
    pub last: String,
    /// Their work email, also their sign-in.
    #[arg(long)]
    pub email: String,
    /// Their job title.
    #[arg(long)]
    pub title: String,
    /// The department's ID (`okta-hr hr departments list`).
    #[arg(long)]
    pub department: String,
    /// The branch's ID (`okta-hr hr branches list`).
    #[arg(long)]
    pub branch: String,
    /// Their manager's employee ID.
    #[arg(long)]
    pub manager: Option<String>,
    /// The first day, YYYY-MM-DD.
    #[arg(long)]
    pub start: NaiveDate,
    /// full_time, part_time, contractor or intern.
    #[arg(long = "type", default_value = "full_time")]
    pub employment_type: String,
    /// Their working days as ISO weekday numbers, e.g. 1,2,3; their branch's week when omitted.
    #[arg(long, value_delimiter = ',')]
    pub days: Option<Vec<u8>>,
}

#[derive(Args)]
pub struct TransferArgs {
    /// The employee's ID.
    pub id: String,
    /// The new department's ID.
    #[arg(long)]
    pub department: Option<String>,
    /// The new branch's ID.
    #[arg(long)]
    pub branch: Option<String>,
    /// The new manager's employee ID.
    #[arg(long)]
    pub manager: Option<String>,
    /// The new job title.
    #[arg(long)]
    pub title: Option<String>,
    /// full_time, part_time, contractor or intern.
    #[arg(long = "type")]
    pub employment_type: Option<String>,
    /// The day it takes effect, YYYY-MM-DD; a later day schedules it.
    #[arg(long)]
    pub effective: Option<NaiveDate>,
    /// Why, kept in the person's history.
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Args)]
pub struct OffboardArgs {
    /// The employee's ID.
    pub id: String,
    /// Their last working day, YYYY-MM-DD; access ends that evening.
    #[arg(long = "last-day")]
    pub last_day: NaiveDate,
    /// Why they leave, kept in the audit trail.
    #[arg(long)]
    pub reason: String,
}

#[derive(Subcommand)]
pub enum DepartmentCommand {
    /// Every department, retired ones marked.
    List,
    /// Add a department; its directory group is created with it.
    Add {
        /// Its name, unique among departments and groups.
        name: String,
        /// The employee heading it.
        #[arg(long)]
        head: Option<String>,
    },
    /// Rename a department; its directory group follows.
    Rename {
        /// The department's ID.
        id: String,
        /// Its new name.
        name: String,
    },
    /// Retire a department: it leaves the pickers, its people and records keep it.
    Retire {
        /// The department's ID.
        id: String,
    },
}

#[derive(Subcommand)]
pub enum BranchCommand {
    /// Every branch, retired ones marked.
    List,
    /// Add a branch, with a geofence when --lat, --lon and --radius are given.
    Add {
        /// Its name, unique among branches.
        name: String,
        /// Its street address.
        #[arg(long)]
        address: Option<String>,
        /// The geofence's latitude in degrees.
        #[arg(long, allow_hyphen_values = true, requires_all = ["lon", "radius"])]
        lat: Option<f64>,
        /// The geofence's longitude in degrees.
        #[arg(long, allow_hyphen_values = true, requires_all = ["lat", "radius"])]
        lon: Option<f64>,
        /// The geofence's radius in metres.
        #[arg(long, requires_all = ["lat", "lon"])]
        radius: Option<f64>,
    },
    /// Rename a branch.
    Rename {
        /// The branch's ID.
        id: String,
        /// Its new name.
        name: String,
    },
    /// Retire a branch: it leaves the pickers, its people and records keep it.
    Retire {
        /// The branch's ID.
        id: String,
    },
}

#[derive(Args)]
pub struct BankRequestArgs {
    #[command(subcommand)]
    pub decision: Option<BankDecision>,
}

#[derive(Subcommand)]
pub enum BankDecision {
    /// Approve a request: its account becomes the one payroll pays to.
    Approve {
        /// The request's ID.
        id: String,
    },
    /// Reject a request; the person's current account stays.
    Reject {
        /// The request's ID.
        id: String,
        /// Why, shown to the person.
        #[arg(long)]
        reason: String,
    },
}

pub async fn hire(core: &Core, args: HireArgs, as_json: bool) -> Result<(), CoreError> {
    let hire = NewHire {
        first_name: args.first,
        last_name: args.last,
        email: args.email,
        job_title: args.title,
        department_id: args.department,
        branch_id: args.branch,
        manager_id: args.manager,
        start_date: args.start,
        employment_type: args.employment_type,
        working_days: args.days,
    };
    let hired = core.hire(&hire).await?;
    if as_json {
        json(&hired);
    } else {
        let who = args![
            "name" => &hired.employee.name,
            "id" => hired.employee_id.to_string(),
            "date" => hire.start_date.to_string(),
        ];
        println!("{}", lang().tr_with("cli-hired", &who));
        match &hired.activation {
            Some(link) => {
                println!("{}", lang().tr_with("cli-activation-link", &args!["link" => link.activation_url.to_string()]))
            }
            None => println!("{}", lang().tr("cli-activation-link-shown")),
        }
    }
    Ok(())
}

pub async fn transfer(core: &Core, args: TransferArgs, as_json: bool) -> Result<(), CoreError> {
    let change = EmploymentChange {
        job_title: args.title,
        department_id: args.department,
        branch_id: args.branch,
        manager_id: args.manager.map(Some),
        employment_type: args.employment_type,
        effective_date: args.effective,
        reason: args.reason,
    };
    let lines = core.change_employment(&args.id, &change).await?;
    if as_json {
        json(&lines);
    } else {
        let mut table =
            Table::new(&["cli-col-field", "cli-col-before", "cli-col-after", "cli-col-effective", "cli-col-status"]);
        for line in &lines {
            table.row(vec![
                line.field.clone(),
                or_dash(line.before.as_ref()),
                or_dash(line.after.as_ref()),
                line.effective_date.to_string(),
                line.status.clone(),
            ]);
        }
        table.print();
    }
    Ok(())
}

pub async fn offboard(core: &Core, args: OffboardArgs, as_json: bool) -> Result<(), CoreError> {
    let offboarding = core.offboard(&args.id, args.last_day, &args.reason).await?;
    if as_json {
        json(&offboarding);
        return Ok(());
    }
    let open = &offboarding.open_items;
    let who = args!["name" => &offboarding.employee_name, "time" => offboarding.access_ends_at.to_string()];
    println!("{}", lang().tr_with("cli-access-ends", &who));
    for balance in &open.leave_balances {
        let (remaining, pending) = (balance.remaining.to_string(), balance.pending.to_string());
        let days = args![
            "type" => &balance.leave_type,
            "count" => FluentValue::try_number(&remaining),
            "pending" => FluentValue::try_number(&pending),
        ];
        println!("  {}", lang().tr_with("cli-open-leave", &days));
    }
    for asset in &open.assets {
        println!("  {}", lang().tr_with("cli-open-asset", &args!["tag" => &asset.asset_tag, "name" => &asset.name]));
    }
    let counts = args![
        "requests" => open.pending_leave_requests.len(),
        "approvals" => open.approvals_waiting.len(),
        "corrections" => open.pending_corrections.len(),
    ];
    println!("  {}", lang().tr_with("cli-open-counts", &counts));
    Ok(())
}

pub async fn departments(core: &Core, command: DepartmentCommand, as_json: bool) -> Result<(), CoreError> {
    let saved = match command {
        DepartmentCommand::List => {
            let all = core.manage_departments().await?;
            if as_json {
                json(&all);
            } else {
                let mut table = Table::new(&["cli-col-id", "cli-col-name", "cli-col-people", ""]);
                for d in &all {
                    let retired = if d.attributes.retired { lang().tr("cli-retired") } else { String::new() };
                    let count = d.attributes.employee_count.to_string();
                    table.row(vec![d.id.clone(), d.attributes.name.clone(), count, retired]);
                }
                table.print();
            }
            return Ok(());
        }
        DepartmentCommand::Add { name, head } => {
            core.save_department(None, Some(&name), head.as_deref().map(Some), None).await?
        }
        DepartmentCommand::Rename { id, name } => core.save_department(Some(&id), Some(&name), None, None).await?,
        DepartmentCommand::Retire { id } => core.save_department(Some(&id), None, None, Some(true)).await?,
    };
    if as_json {
        json(&saved);
    } else {
        let id = if saved.attributes.retired { "cli-department-saved-retired" } else { "cli-department-saved" };
        println!("{}", lang().tr_with(id, &args!["id" => &saved.id, "name" => &saved.attributes.name]));
    }
    Ok(())
}

pub async fn branches(core: &Core, command: BranchCommand, as_json: bool) -> Result<(), CoreError> {
    let saved = match command {
        BranchCommand::List => {
            let all = core.manage_branches().await?;
            if as_json {
                json(&all);
            } else {
                let mut table = Table::new(&["cli-col-id", "cli-col-name", "cli-col-address", "cli-col-fence", ""]);
                for b in &all {
                    let fence = b.attributes.geofence_radius.map(|r| format!("{r} m"));
                    let retired = if b.attributes.retired { lang().tr("cli-retired") } else { String::new() };
                    let address = or_dash(b.attributes.address.as_ref());
                    table.row(vec![b.id.clone(), b.attributes.name.clone(), address, or_dash(fence), retired]);
                }
                table.print();
            }
            return Ok(());
        }
        BranchCommand::Add { name, address, lat, lon, radius } => {
            let fields = BranchFields {
                name: Some(name),
                address,
                latitude: lat,
                longitude: lon,
                geofence_radius: radius,
                retired: None,
            };
            core.save_branch(None, &fields).await?
        }
        BranchCommand::Rename { id, name } => {
            core.save_branch(Some(&id), &BranchFields { name: Some(name), ..BranchFields::default() }).await?
        }
        BranchCommand::Retire { id } => {
            core.save_branch(Some(&id), &BranchFields { retired: Some(true), ..BranchFields::default() }).await?
        }
    };
    if as_json {
        json(&saved);
    } else {
        let id = if saved.attributes.retired { "cli-branch-saved-retired" } else { "cli-branch-saved" };
        println!("{}", lang().tr_with(id, &args!["id" => &saved.id, "name" => &saved.attributes.name]));
    }
    Ok(())
}

pub async fn bank_requests(core: &Core, args: BankRequestArgs, as_json: bool) -> Result<(), CoreError> {
    let decided = match args.decision {
        None => {
            let all = core.bank_detail_requests(None).await?;
            if as_json {
                json(&all);
            } else {
                let mut table = Table::new(&[
                    "cli-col-id",
                    "cli-col-person",
                    "cli-col-account-holder",
                    "cli-col-iban",
                    "cli-col-status",
                ]);
                for r in &all {
                    let a = &r.attributes;
                    let row = [&r.id, &a.employee_name, &a.account_holder, &a.iban_masked, &a.status];
                    table.row(row.iter().map(|cell| cell.to_string()).collect());
                }
                table.print();
            }
            return Ok(());
        }
        Some(BankDecision::Approve { id }) => core.decide_bank_detail_request(&id, true, None).await?,
        Some(BankDecision::Reject { id, reason }) => core.decide_bank_detail_request(&id, false, Some(&reason)).await?,
    };
    if as_json {
        json(&decided);
    } else {
        let what = args!["name" => &decided.employee_name, "iban" => &decided.iban_masked, "status" => &decided.status];
        println!("{}", lang().tr_with("cli-bank-request-decided", &what));
    }
    Ok(())
}
