//! The command line.

use chrono::NaiveDate;
use clap::{ArgGroup, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "okta-hr",
    version,
    about = "Okta HR from the command line. Works offline: writes are queued and synced.",
    after_help = crate::exit::help()
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
    /// The language of what is printed for people (en, de, fr, es, pt-BR, ar); the system's locale
    /// (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) when omitted. `--json` and `--help` stay as they are.
    #[arg(long, global = true, env = "OKTA_HR_LANG", value_name = "TAG")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Sign in to a company's Okta HR server.
    Login {
        /// The server's address, e.g. https://hr.example.com.
        #[arg(long, env = "OKTA_HR_SERVER")]
        server: String,
        /// The email address you sign in with.
        #[arg(long)]
        email: String,
        /// Read from OKTA_HR_PASSWORD, or a line of standard input, when omitted.
        #[arg(long, env = "OKTA_HR_PASSWORD", hide_env_values = true)]
        password: Option<String>,
        /// A name for this device's session, as the server records it.
        #[arg(long, default_value = "okta-hr cli")]
        device: String,
    },
    /// Sign out and erase the account from this device: its cache, its key and its token (refused while
    /// writes are still queued, unless --force).
    Logout {
        /// Sign out even though queued writes have not reached the server: they are discarded.
        #[arg(long)]
        force: bool,
    },
    /// Who is signed in, today's state, and what is waiting to sync or was refused.
    #[command(after_help = format!("Exits {} when the session has ended.", crate::exit::SIGNED_OUT))]
    Status,
    /// Send queued writes now and refresh the cache.
    #[command(after_help = crate::exit::sync_help())]
    Sync,
    /// Dismiss writes the server refused, once you have read why (`status` lists them).
    #[command(group(ArgGroup::new("which").required(true).args(["id", "all"])))]
    Dismiss {
        /// The refusal's id as `status` shows it: 12 or #12.
        #[arg(value_parser = parse_outbox_id)]
        id: Option<i64>,
        /// Dismiss every refusal.
        #[arg(long)]
        all: bool,
    },
    /// Check in (the position is checked against your branch's geofence).
    CheckIn(Position),
    /// Check out.
    CheckOut(Position),
    /// Your attendance for a month; `attendance correct` asks to correct a record, `attendance corrections`
    /// lists your requests.
    Attendance {
        /// YYYY-MM; this month when omitted.
        #[arg(long, value_parser = parse_month)]
        month: Option<(i32, u32)>,
        #[command(subcommand)]
        action: Option<crate::corrections::AttendanceAction>,
    },
    /// Leave requests.
    #[command(subcommand)]
    Leave(LeaveCommand),
    /// Leave balances for this year.
    Balances,
    /// Your payslips, or one payslip in detail.
    Payslips {
        /// The payslip to show in detail (its ID in the list).
        id: Option<i64>,
    },
    /// Your notifications; `notifications read [ID]` marks one, or all.
    Notifications {
        #[command(subcommand)]
        action: Option<NotificationAction>,
    },
    /// Company announcements.
    Announcements,
    /// The assets you hold; ask HR for equipment or report a problem with what you hold.
    #[command(subcommand)]
    Assets(crate::assets::MyAssetCommand),
    /// Managers and HR: approvals, team attendance, directory, payroll, assets.
    #[command(subcommand)]
    Team(TeamCommand),
    /// HR: people's accounts and their lifecycle, groups, the organization, trusted origins.
    /// Reads work offline from the last snapshot; changes need a connection.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// HR's back-office: people, organisation, calendars, leave policy, shifts, announcements, audit trail.
    /// Reads work offline from the last snapshot; changes need a connection.
    #[command(subcommand)]
    Hr(HrCommand),
}

#[derive(clap::Args)]
pub struct Position {
    /// Your latitude in degrees (negative south of the equator).
    #[arg(long, allow_hyphen_values = true, requires = "lon")]
    pub lat: Option<f64>,
    /// Your longitude in degrees (negative west of Greenwich).
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
        /// The first day, YYYY-MM-DD.
        #[arg(long)]
        from: NaiveDate,
        /// The last day; the same as --from when omitted.
        #[arg(long)]
        to: Option<NaiveDate>,
        /// `afternoon` starts the leave at midday of the first day.
        #[arg(long, value_parser = ["morning", "afternoon"], default_value = "morning")]
        start_half: String,
        /// `morning` ends the leave at midday of the last day.
        #[arg(long, value_parser = ["morning", "afternoon"], default_value = "afternoon")]
        end_half: String,
        /// Why, for whoever approves it.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Your leave requests.
    List,
    /// Cancel a pending request (or an approved one not yet started).
    Cancel {
        /// The request's ID as `leave list` shows it (pending-N for one not sent yet).
        id: String,
    },
}

#[derive(Subcommand)]
pub enum NotificationAction {
    /// Mark one notification read, or all of them.
    Read {
        /// The notification's ID as `notifications` shows it; all of them when omitted.
        id: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum TeamCommand {
    /// Leave requests waiting for you.
    Approvals,
    /// Approve a leave request waiting for you.
    Approve {
        /// The request's ID as `team approvals` shows it.
        id: i64,
        /// A note for the employee.
        #[arg(long)]
        notes: Option<String>,
    },
    /// Reject a leave request waiting for you.
    Reject {
        /// The request's ID as `team approvals` shows it.
        id: i64,
        /// Why, for the employee.
        #[arg(long)]
        notes: Option<String>,
    },
    /// Attendance corrections waiting for you.
    Corrections,
    /// Approve or reject an attendance correction waiting for you.
    #[command(subcommand)]
    Correction(crate::corrections::CorrectionDecision),
    /// Your team's attendance (the last 7 days by default).
    Attendance {
        /// The first day, YYYY-MM-DD; six days before --to when omitted.
        #[arg(long)]
        from: Option<NaiveDate>,
        /// The last day, YYYY-MM-DD; today when omitted.
        #[arg(long)]
        to: Option<NaiveDate>,
    },
    /// The directory.
    Employees {
        /// Words found in a name, email, employee number, job title or department.
        #[arg(long)]
        search: Option<String>,
    },
    /// Payroll runs (HR), or one run with its lines.
    Payroll {
        /// The run to show with its lines (its ID in the list).
        id: Option<i64>,
    },
    /// Company assets and who holds them.
    Assets,
}

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Everyone's sign-in account and its status.
    People {
        /// Words of a name, login, email or department, in any order, whatever the case and accents.
        #[arg(long)]
        search: Option<String>,
    },
    /// Activate a STAGED or deactivated account; prints the activation link to hand over.
    Activate {
        /// Their login (email) or account ID.
        user: String,
    },
    /// A new activation link for a PROVISIONED account whose link was lost or expired.
    Reactivate {
        /// Their login (email) or account ID.
        user: String,
    },
    /// Suspend an ACTIVE account: the person is signed out everywhere at once.
    Suspend {
        /// Their login (email) or account ID.
        user: String,
    },
    /// Lift a suspension: the person can sign in again.
    Unsuspend {
        /// Their login (email) or account ID.
        user: String,
    },
    /// Deactivate an account for good (it can then only be deleted).
    Deactivate {
        /// Their login (email) or account ID.
        user: String,
    },
    /// Unlock an account locked by too many wrong passwords.
    Unlock {
        /// Their login (email) or account ID.
        user: String,
    },
    /// Start a password reset; prints the reset link to hand over.
    ResetPassword {
        /// Their login (email) or account ID.
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
        /// A name to recognise it by.
        #[arg(long)]
        name: String,
        /// scheme://host[:port]
        #[arg(long)]
        origin: String,
        /// Allow cross-origin requests from it.
        #[arg(long, required_unless_present = "redirect")]
        cors: bool,
        /// Allow sign-in redirects to it.
        #[arg(long)]
        redirect: bool,
    },
    /// Trust an inactive origin again.
    Activate {
        /// The origin's ID as `admin origins` shows it.
        id: String,
    },
    /// Stop trusting an origin, keeping it to activate later.
    Deactivate {
        /// The origin's ID as `admin origins` shows it.
        id: String,
    },
    /// Remove an origin for good.
    Remove {
        /// The origin's ID as `admin origins` shows it.
        id: String,
    },
}

#[derive(Subcommand)]
pub enum HrCommand {
    /// Public holidays: list, add, delete, or import an iCalendar (.ics) file.
    #[command(subcommand)]
    Holidays(HolidayCommand),
    /// Working weeks: the company's and each branch's, or set one.
    #[command(subcommand)]
    WorkingWeeks(WorkingWeekCommand),
    /// The company's leave year, or with --start-month the month leave years start in from now on.
    LeaveYear {
        /// 1 (January) to 12; balances, grants and carry-over turn over on the first of that month.
        #[arg(long)]
        start_month: Option<u32>,
    },
    /// The audit trail of back-office changes, newest first; `--csv FILE` exports every match instead.
    Audit(AuditArgs),
    /// Announcements: list them in every state, create, publish, expire or delete one.
    #[command(subcommand)]
    Announce(crate::announce::AnnounceCommand),
    /// Shifts: list, add, edit, retire or restore one, assign it, and who works which.
    #[command(subcommand)]
    Shifts(crate::shifts::ShiftCommand),
    /// Assets: the catalogue, assigning and taking back, an asset's history, employees' requests and problems.
    #[command(subcommand)]
    Assets(crate::assets::AssetCommand),
    /// Hire someone: their record and sign-in user; prints the activation link to hand over.
    Hire(crate::people::HireArgs),
    /// Change someone's department, branch, manager, title or type from a day (a later day schedules it).
    Transfer(crate::people::TransferArgs),
    /// Offboard someone: access ends after their last working day; lists what is still open.
    Offboard(crate::people::OffboardArgs),
    /// Departments: list, add, rename or retire one.
    #[command(subcommand)]
    Departments(crate::people::DepartmentCommand),
    /// Branches: list, add, rename or retire one.
    #[command(subcommand)]
    Branches(crate::people::BranchCommand),
    /// Bank-detail requests waiting for HR, or approve or reject one.
    BankRequests(crate::people::BankRequestArgs),
    /// Leave types and their policies: list, add, edit or retire one.
    #[command(subcommand)]
    LeaveTypes(crate::leave_policy::LeaveTypeCommand),
    /// Add or take days off someone's leave balance, with the reason.
    LeaveAdjust(crate::leave_policy::LeaveAdjustArgs),
    /// The leave jobs (yearly grant, monthly accrual, year-end, carry-over expiry): the run log, a
    /// preview, or a run.
    #[command(subcommand)]
    LeaveJobs(crate::leave_policy::LeaveJobCommand),
    /// Payroll: pay setup, who is paid what, the settings, and a month's run from draft to published.
    #[command(subcommand)]
    Payroll(crate::payroll::PayrollCommand),
}

#[derive(Subcommand)]
pub enum HolidayCommand {
    /// A year's public holidays, by date.
    List {
        /// The year; this year when omitted.
        #[arg(long)]
        year: Option<i32>,
        /// Only those that apply at this branch (its ID): the company-wide ones and its own.
        #[arg(long)]
        branch: Option<String>,
    },
    /// Add a public holiday: leave requested over it from now on costs a day less.
    Add {
        /// The day, YYYY-MM-DD.
        date: String,
        /// Its name, e.g. "Company Day".
        name: String,
        /// Every year on the same day from DATE on.
        #[arg(long)]
        recurring: bool,
        /// Only the afternoon is off (Christmas Eve): leave that day costs half a day.
        #[arg(long)]
        half_day: bool,
        /// Only for this branch (its ID); the whole company when omitted.
        #[arg(long)]
        branch: Option<String>,
    },
    /// Remove a public holiday; requests already made over it keep their days.
    Delete {
        /// The holiday's ID as `hr holidays list` shows it.
        id: String,
    },
    /// Import the all-day events of an iCalendar file; days that already have a holiday are skipped.
    Import {
        /// The .ics file.
        file: PathBuf,
        /// Import them for this branch (its ID); the whole company when omitted.
        #[arg(long)]
        branch: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum WorkingWeekCommand {
    /// The company's working week and each branch's.
    List,
    /// Set which weekdays are worked: the company's week, or with --branch one branch's own.
    Set {
        /// Weekdays, comma-separated: mon,tue,wed,thu,fri or 1,2,3,4,5 (Monday 1 to Sunday 7).
        #[arg(long, value_delimiter = ',', required_unless_present = "follow_company")]
        days: Vec<String>,
        /// Those of the days worked in the morning only, where leave costs half a day: sat.
        #[arg(long, value_delimiter = ',', conflicts_with = "follow_company")]
        half_days: Vec<String>,
        /// The branch (its ID); the whole company when omitted.
        #[arg(long)]
        branch: Option<String>,
        /// Make the branch work the company's week again.
        #[arg(long, requires = "branch", conflicts_with = "days")]
        follow_company: bool,
    },
}

#[derive(clap::Args)]
pub struct AuditArgs {
    /// One action (holiday.create), or every action under a prefix ending with a dot (holiday.).
    #[arg(long)]
    pub action: Option<String>,
    /// The kind of record changed: user, holiday, leave_request, group, org…
    #[arg(long)]
    pub entity: Option<String>,
    /// The record's ID.
    #[arg(long)]
    pub entity_id: Option<String>,
    /// The employee who acted (their ID).
    #[arg(long = "actor", value_name = "ID")]
    pub actor: Option<i64>,
    /// The first day, YYYY-MM-DD, in the company's time zone.
    #[arg(long)]
    pub from: Option<NaiveDate>,
    /// The last day, YYYY-MM-DD, included.
    #[arg(long)]
    pub to: Option<NaiveDate>,
    /// The page to show, from 1.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..), conflicts_with = "csv")]
    pub page: u64,
    /// Export every matching event to FILE as CSV instead of showing a page.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
}

/// An outbox id as `status` prints it (`#12`) or bare (`12`).
fn parse_outbox_id(text: &str) -> Result<i64, String> {
    let digits = text.strip_prefix('#').unwrap_or(text);
    digits.parse().map_err(|_| format!("expected a refusal's id as `okta-hr status` shows it, like #12 (got {text:?})"))
}

fn parse_month(text: &str) -> Result<(i32, u32), String> {
    okta_hr_domain::validation::parse_month(text).ok_or_else(|| "expected YYYY-MM".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every argument and subcommand of `command` and below without help text, by its path.
    fn undocumented(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for arg in command.get_arguments() {
            let automatic = matches!(arg.get_id().as_str(), "help" | "version");
            if !automatic && arg.get_help().is_none() && arg.get_long_help().is_none() {
                missing.push(format!("{path} {}", arg.get_id()));
            }
        }
        for sub in command.get_subcommands() {
            let sub_path = format!("{path} {}", sub.get_name());
            if sub.get_about().is_none() && sub.get_long_about().is_none() {
                missing.push(sub_path.clone());
            }
            undocumented(sub, &sub_path, missing);
        }
    }

    #[test]
    fn every_argument_and_command_says_what_it_is_for() {
        let command = Args::command();
        command.clone().debug_assert();
        let mut missing = Vec::new();
        undocumented(&command, "okta-hr", &mut missing);
        assert!(missing.is_empty(), "without help text: {missing:#?}");
    }

    #[test]
    fn dismiss_takes_one_id_as_status_prints_it_or_all() {
        for (typed, id) in [("12", 12), ("#12", 12)] {
            let args = Args::try_parse_from(["okta-hr", "dismiss", typed]).unwrap();
            assert!(matches!(args.command, Command::Dismiss { id: Some(got), all: false } if got == id));
        }
        let all = Args::try_parse_from(["okta-hr", "dismiss", "--all"]).unwrap();
        assert!(matches!(all.command, Command::Dismiss { id: None, all: true }));
        for wrong in [&["okta-hr", "dismiss"][..], &["okta-hr", "dismiss", "12", "--all"], &["okta-hr", "dismiss", "x"]]
        {
            assert!(Args::try_parse_from(wrong).is_err(), "{wrong:?}");
        }
    }
}
