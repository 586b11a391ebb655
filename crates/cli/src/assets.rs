//! `okta-hr hr assets …`: HR's catalogue, who holds what, employees' requests and the problems they
//! report; `okta-hr assets …`: what you hold, asking for equipment and reporting a problem. The catalogue,
//! the requests and the problems fall back to the last snapshot (or answer from it with `--offline`);
//! changes are online-only.

use crate::language::lang;
use crate::table::{Table, json, or_dash, stale_note};
use chrono::NaiveDate;
use clap::Subcommand;
use okta_hr_core::admin::AssetDecision;
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::assets::{AssetAssignmentAttributes, AssetChanges, AssetProblemAttributes, AssetRequestAttributes};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::money::Money;
use okta_hr_domain::wire::AssetAttributes;
use okta_hr_i18n::args;

#[derive(Subcommand)]
pub enum AssetCommand {
    /// The company's assets by tag, with their holder.
    List {
        /// Only those in this state: in_stock, assigned, in_repair or retired.
        #[arg(long)]
        status: Option<String>,
        /// Only those this employee holds (their ID).
        #[arg(long)]
        holder: Option<i64>,
    },
    /// Add an asset to the catalogue.
    Add {
        /// Its tag, unique in the company, e.g. ACME-LT-010.
        tag: String,
        /// Its name, e.g. "ThinkPad X1".
        #[arg(long)]
        name: String,
        /// e.g. Laptop, Phone, Monitor.
        #[arg(long)]
        category: String,
        #[command(flatten)]
        details: Details,
    },
    /// Change an asset's fields or status; what is not given stays.
    Edit {
        /// The asset's ID as `hr assets list` shows it.
        id: String,
        /// A new tag.
        #[arg(long)]
        tag: Option<String>,
        /// Its name, e.g. "ThinkPad X1".
        #[arg(long)]
        name: Option<String>,
        /// Its category, e.g. Laptop.
        #[arg(long)]
        category: Option<String>,
        #[command(flatten)]
        details: Details,
    },
    /// Assign an asset in stock to someone.
    Assign {
        /// The asset's ID.
        id: String,
        /// The employee's ID, as `team employees` shows it.
        #[arg(long)]
        employee: i64,
        /// How it goes out, e.g. new or good.
        #[arg(long)]
        condition: Option<String>,
        /// A note kept in its history.
        #[arg(long)]
        note: Option<String>,
    },
    /// Take an asset back: good or worn go back in stock, damaged to repair, lost is retired.
    Return {
        /// The asset's ID.
        id: String,
        /// good, worn, damaged or lost.
        #[arg(long)]
        condition: String,
        /// A note kept in its history.
        #[arg(long)]
        note: Option<String>,
    },
    /// Who held an asset, newest first.
    History {
        /// The asset's ID.
        id: String,
    },
    /// Employees' requests for equipment, newest first.
    Requests {
        /// Only those waiting for a decision.
        #[arg(long)]
        pending: bool,
    },
    /// Fulfil a request by assigning an asset to the requester.
    Fulfil {
        /// The request's ID as `hr assets requests` shows it.
        id: String,
        /// The asset to assign (its ID).
        #[arg(long)]
        asset: i64,
        /// Why, for the requester.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Decline a request, with the reason.
    Decline {
        /// The request's ID.
        id: String,
        /// Why, for the requester.
        #[arg(long)]
        reason: String,
    },
    /// Problems employees reported with what they hold, newest first.
    Problems {
        /// Only those not resolved yet.
        #[arg(long)]
        open: bool,
    },
    /// Mark a reported problem resolved; the reporter is told.
    Resolve {
        /// The problem's ID as `hr assets problems` shows it.
        id: String,
        /// What was done about it, for the reporter and the record.
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(clap::Args)]
pub struct Details {
    /// Its serial number.
    #[arg(long)]
    serial: Option<String>,
    /// When it was bought, YYYY-MM-DD.
    #[arg(long)]
    purchase_date: Option<NaiveDate>,
    /// What it cost, e.g. 1499.00.
    #[arg(long)]
    cost: Option<Money>,
    /// in_stock, in_repair or retired.
    #[arg(long)]
    status: Option<String>,
}

impl Details {
    fn changes(self) -> AssetChanges {
        AssetChanges {
            serial_number: self.serial,
            purchase_date: self.purchase_date,
            purchase_cost: self.cost,
            status: self.status,
            ..AssetChanges::default()
        }
    }
}

#[derive(Subcommand)]
pub enum MyAssetCommand {
    /// The assets you hold.
    Mine,
    /// Ask HR for equipment.
    Request {
        /// What kind, e.g. Monitor.
        #[arg(long)]
        category: String,
        /// Why you need it.
        #[arg(long)]
        reason: String,
    },
    /// Report a problem with an asset you hold.
    Report {
        /// The asset's ID as `assets mine` shows it.
        id: String,
        /// What is wrong.
        #[arg(long)]
        description: String,
    },
}

pub async fn run(core: &Core, command: AssetCommand, as_json: bool, offline: bool) -> Result<(), CoreError> {
    match command {
        AssetCommand::List { status, holder } => {
            let assets = if offline && status.is_none() && holder.is_none() {
                core.cached_asset_catalogue()?
            } else {
                core.asset_catalogue(status.as_deref(), holder).await?
            };
            if as_json {
                json(&assets);
            } else {
                asset_table(&assets.data);
                stale_note(&assets);
            }
        }
        AssetCommand::Add { tag, name, category, details } => {
            let changes =
                AssetChanges { tag: Some(tag), name: Some(name), category: Some(category), ..details.changes() };
            done(core.add_asset(&changes).await?, "cli-asset-added", as_json);
        }
        AssetCommand::Edit { id, tag, name, category, details } => {
            let changes = AssetChanges { tag, name, category, ..details.changes() };
            done(core.edit_asset(&id, &changes).await?, "cli-asset-changed", as_json);
        }
        AssetCommand::Assign { id, employee, condition, note } => {
            let assigned = core.assign_asset(&id, employee, condition.as_deref(), note.as_deref()).await?;
            spell(&assigned, as_json);
        }
        AssetCommand::Return { id, condition, note } => {
            let returned = core.return_asset(&id, &condition, note.as_deref()).await?;
            spell(&returned, as_json);
        }
        AssetCommand::History { id } => {
            let history = core.asset_history(&id).await?;
            if as_json {
                json(&history);
            } else {
                history_table(&history);
            }
        }
        AssetCommand::Requests { pending } => {
            let requests = if offline { core.cached_asset_requests()? } else { core.asset_requests(pending).await? };
            if as_json {
                json(&requests);
            } else {
                request_table(&requests.data);
                stale_note(&requests);
            }
        }
        AssetCommand::Fulfil { id, asset, reason } => {
            let decided =
                core.decide_asset_request(&id, AssetDecision::Fulfil { asset_id: asset }, reason.as_deref()).await?;
            decision(&decided, as_json);
        }
        AssetCommand::Decline { id, reason } => {
            let decided = core.decide_asset_request(&id, AssetDecision::Decline, Some(&reason)).await?;
            decision(&decided, as_json);
        }
        AssetCommand::Problems { open } => {
            let problems = if offline { core.cached_asset_problems()? } else { core.asset_problems(open).await? };
            if as_json {
                json(&problems);
            } else {
                problem_table(&problems.data);
                stale_note(&problems);
            }
        }
        AssetCommand::Resolve { id, note } => {
            let resolved = core.resolve_asset_problem(&id, note.as_deref()).await?;
            if as_json {
                json(&resolved);
            } else {
                let a = &resolved.attributes;
                let what = args!["name" => &a.employee_name, "tag" => &a.asset_tag, "description" => &a.description];
                println!("{}", lang().tr_with("cli-asset-problem-resolved", &what));
            }
        }
    }
    Ok(())
}

pub async fn mine(core: &Core, command: MyAssetCommand, as_json: bool) -> Result<(), CoreError> {
    match command {
        MyAssetCommand::Mine => {
            let assets = core.my_assets()?;
            if as_json {
                json(&assets);
            } else {
                asset_table(&assets.data);
                stale_note(&assets);
            }
        }
        MyAssetCommand::Request { category, reason } => {
            let requested = core.request_asset(&category, &reason).await?;
            if as_json {
                json(&requested);
            } else {
                println!(
                    "{}",
                    lang().tr_with("cli-asset-requested", &args!["category" => &category, "id" => &requested.id])
                );
            }
        }
        MyAssetCommand::Report { id, description } => {
            let reported = core.report_asset_problem(&id, &description).await?;
            if as_json {
                json(&reported);
            } else {
                let a = &reported.attributes;
                println!(
                    "{}",
                    lang().tr_with(
                        "cli-asset-problem-reported",
                        &args!["tag" => &a.asset_tag, "description" => &a.description]
                    )
                );
            }
        }
    }
    Ok(())
}

/// `done_id` says what was done: `cli-asset-added` or `cli-asset-changed`.
fn done(asset: Resource<AssetAttributes>, done_id: &str, as_json: bool) {
    if as_json {
        json(&asset);
    } else {
        let a = &asset.attributes;
        let what = args!["tag" => &a.asset_tag, "name" => &a.name, "status" => &a.status, "id" => &asset.id];
        println!("{}", lang().tr_with(done_id, &what));
    }
}

fn spell(assignment: &Resource<AssetAssignmentAttributes>, as_json: bool) {
    if as_json {
        json(assignment);
    } else {
        let a = &assignment.attributes;
        let line = match &a.condition_in {
            Some(condition) => lang().tr_with(
                "cli-asset-returned",
                &args!["tag" => &a.asset_tag, "name" => &a.employee_name, "condition" => condition],
            ),
            None => lang().tr_with("cli-asset-assigned", &args!["tag" => &a.asset_tag, "name" => &a.employee_name]),
        };
        println!("{line}");
    }
}

fn decision(request: &Resource<AssetRequestAttributes>, as_json: bool) {
    if as_json {
        json(request);
    } else {
        let a = &request.attributes;
        let mut what = args!["name" => &a.employee_name, "category" => &a.category, "status" => &a.status];
        let line = match &a.asset_tag {
            Some(tag) => {
                what.set("tag", tag);
                lang().tr_with("cli-asset-request-decided-tag", &what)
            }
            None => lang().tr_with("cli-asset-request-decided", &what),
        };
        println!("{line}");
    }
}

fn asset_table(assets: &[Resource<AssetAttributes>]) {
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-tag",
        "cli-col-name",
        "cli-col-category",
        "cli-col-status",
        "cli-col-holder",
        "cli-col-since",
    ]);
    for asset in assets {
        let a = &asset.attributes;
        table.row(vec![
            asset.id.clone(),
            a.asset_tag.clone(),
            a.name.clone(),
            a.category.clone(),
            a.status.clone(),
            or_dash(a.holder_name.as_ref()),
            or_dash(a.assigned_at.map(|t| t.date_naive())),
        ]);
    }
    table.print();
}

fn history_table(history: &[Resource<AssetAssignmentAttributes>]) {
    let mut table = Table::new(&[
        "cli-col-holder",
        "cli-col-from",
        "cli-col-to",
        "cli-col-handed-out",
        "cli-col-back",
        "cli-col-notes",
    ]);
    for spell in history {
        let a = &spell.attributes;
        let notes: Vec<&str> = [&a.note_out, &a.note_in].into_iter().flatten().map(String::as_str).collect();
        table.row(vec![
            a.employee_name.clone(),
            or_dash(a.assigned_at.map(|t| t.date_naive())),
            or_dash(a.returned_at.map(|t| t.date_naive())),
            or_dash(a.condition_out.as_ref()),
            or_dash(a.condition_in.as_ref()),
            notes.join(" / "),
        ]);
    }
    table.print();
}

fn request_table(requests: &[Resource<AssetRequestAttributes>]) {
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-employee",
        "cli-col-category",
        "cli-col-reason",
        "cli-col-status",
        "cli-col-asset",
    ]);
    for request in requests {
        let a = &request.attributes;
        table.row(vec![
            request.id.clone(),
            a.employee_name.clone(),
            a.category.clone(),
            a.reason.clone(),
            a.status.clone(),
            or_dash(a.asset_tag.as_ref()),
        ]);
    }
    table.print();
}

fn problem_table(problems: &[Resource<AssetProblemAttributes>]) {
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-asset",
        "cli-col-reported-by",
        "cli-col-on",
        "cli-col-problem",
        "cli-col-status",
        "cli-col-resolution",
    ]);
    for problem in problems {
        let a = &problem.attributes;
        table.row(vec![
            problem.id.clone(),
            a.asset_tag.clone(),
            a.employee_name.clone(),
            a.reported_at.date_naive().to_string(),
            a.description.clone(),
            a.status.clone(),
            or_dash(a.resolution_note.as_ref()),
        ]);
    }
    table.print();
}
