//! The command line.

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "okta-hr",
    version,
    about = "Okta HR from the command line. Works offline: writes are queued and synced."
)]
pub struct Args {
    /// Where the local cache and queued writes live.
    #[arg(long, global = true, env = "OKTA_HR_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Print JSON instead of tables.
    #[arg(long, global = true)]
    pub json: bool,
    /// Answer from the cache without contacting the server.
    #[arg(long, global = true)]
    pub offline: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Sign in to a company's Okta HR server.
    Login {
        #[arg(long, env = "OKTA_HR_SERVER")]
        server: String,
        #[arg(long)]
        email: String,
        /// Read from OKTA_HR_PASSWORD, or a line of standard input, when omitted.
        #[arg(long, env = "OKTA_HR_PASSWORD", hide_env_values = true)]
        password: Option<String>,
        #[arg(long, default_value = "okta-hr cli")]
        device: String,
    },
    /// Sign out (refused while writes are still queued, unless --force).
    Logout {
        #[arg(long)]
        force: bool,
    },
    /// Who is signed in, and what is waiting to sync or was refused.
    Status,
    /// Send queued writes now and refresh the cache.
    Sync,
    /// Check in (the position is checked against your branch's geofence).
    CheckIn(Position),
    /// Check out.
    CheckOut(Position),
    /// Your attendance for a month.
    Attendance {
        /// YYYY-MM; this month when omitted.
        #[arg(long, value_parser = parse_month)]
        month: Option<(i32, u32)>,
    },
    /// Leave requests.
    #[command(subcommand)]
    Leave(LeaveCommand),
    /// Leave balances for this year.
    Balances,
    /// Your payslips, or one payslip in detail.
    Payslips { id: Option<i64> },
    /// Your notifications; `notifications read [ID]` marks one, or all.
    Notifications {
        #[command(subcommand)]
        action: Option<NotificationAction>,
    },
    /// Company announcements.
    Announcements,
    /// Managers and HR: approvals, team attendance, directory, payroll, assets.
    #[command(subcommand)]
    Team(TeamCommand),
    /// HR: people's accounts and their lifecycle, groups, the organization, trusted origins.
    /// Reads work offline from the last snapshot; changes need a connection.
    #[command(subcommand)]
    Admin(AdminCommand),
}

#[derive(clap::Args)]
pub struct Position {
    #[arg(long, allow_hyphen_values = true, requires = "lon")]
    pub lat: Option<f64>,
    #[arg(long, allow_hyphen_values = true, requires = "lat")]
    pub lon: Option<f64>,
    /// Reported accuracy in metres.
    #[arg(long, requires = "lat")]
    pub accuracy: Option<f64>,
    /// The position comes from a mock-location provider.
    #[arg(long)]
    pub mocked: bool,
}

#[derive(Subcommand)]
pub enum LeaveCommand {
    /// Request leave.
    Submit {
        /// Leave type code or id (annual, sick).
        #[arg(long = "type", default_value = "annual")]
        leave_type: String,
        #[arg(long)]
        from: NaiveDate,
        /// The last day; the same as --from when omitted.
        #[arg(long)]
        to: Option<NaiveDate>,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Your leave requests.
    List,
    /// Cancel a pending request (or an approved one not yet started).
    Cancel { id: String },
}

#[derive(Subcommand)]
pub enum NotificationAction {
    /// Mark one notification read, or all of them.
    Read { id: Option<String> },
}

#[derive(Subcommand)]
pub enum TeamCommand {
    /// Leave requests waiting for you.
    Approvals,
    Approve {
        id: i64,
        #[arg(long)]
        notes: Option<String>,
    },
    Reject {
        id: i64,
        #[arg(long)]
        notes: Option<String>,
    },
    /// Your team's attendance (the last 7 days by default).
    Attendance {
        #[arg(long)]
        from: Option<NaiveDate>,
        #[arg(long)]
        to: Option<NaiveDate>,
    },
    /// The directory.
    Employees {
        #[arg(long)]
        search: Option<String>,
    },
    /// Payroll runs (HR), or one run with its lines.
    Payroll { id: Option<i64> },
    /// Company assets and who holds them.
    Assets,
}

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Everyone's sign-in account and its status.
    People {
        /// Part of a name, login, email or department.
        #[arg(long)]
        search: Option<String>,
    },
    /// Activate a STAGED or PROVISIONED account; prints the activation link to hand over.
    Activate {
        user: String,
    },
    /// Suspend an ACTIVE account: the person is signed out everywhere at once.
    Suspend {
        user: String,
    },
    Unsuspend {
        user: String,
    },
    /// Deactivate an account for good (it can then only be deleted).
    Deactivate {
        user: String,
    },
    /// Unlock an account locked by too many wrong passwords.
    Unlock {
        user: String,
    },
    /// Start a password reset; prints the reset link to hand over.
    ResetPassword {
        user: String,
    },
    /// Groups and how many people are in each.
    Groups,
    /// The organization's settings and contacts.
    Org,
    /// Trusted origins; `origins add|remove|activate|deactivate` changes them.
    Origins {
        #[command(subcommand)]
        action: Option<OriginAction>,
    },
}

#[derive(Subcommand)]
pub enum OriginAction {
    /// Trust a web origin for CORS requests (--cors), sign-in redirects (--redirect), or both.
    Add {
        #[arg(long)]
        name: String,
        /// scheme://host[:port]
        #[arg(long)]
        origin: String,
        #[arg(long, required_unless_present = "redirect")]
        cors: bool,
        #[arg(long)]
        redirect: bool,
    },
    Activate {
        id: String,
    },
    Deactivate {
        id: String,
    },
    Remove {
        id: String,
    },
}

fn parse_month(text: &str) -> Result<(i32, u32), String> {
    okta_hr_domain::validation::parse_month(text).ok_or_else(|| "expected YYYY-MM".to_owned())
}
