//! `okta-hr hr announce …`: HR's announcements in every state, and creating, publishing, expiring and
//! deleting them. The list is fetched fresh and falls back to the last snapshot (or answers from it with
//! `--offline`); changes are online-only.

use crate::language::lang;
use crate::table::{Table, json, local_time, or_dash, stale_note};
use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use clap::Subcommand;
use okta_hr_core::admin::{AnnouncementDraft, ManagedAnnouncement};
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::announcements::{AnnouncementAudience, AnnouncementState};
use okta_hr_i18n::args;
use serde_json::json as object;

/// How many people a `--person` search looks through for the exact email.
const PERSON_MATCHES: i64 = 50;

#[derive(Subcommand)]
pub enum AnnounceCommand {
    /// Every announcement with its state and audience: pinned first, then newest.
    List {
        /// Only those in this state.
        #[arg(long, value_parser = parse_state)]
        state: Option<AnnouncementState>,
    },
    /// Create an announcement: a draft, unless --publish or --at; for everyone, unless it names
    /// departments, branches or people.
    Create {
        /// Its title (at most 200 characters).
        #[arg(long)]
        title: String,
        /// Its text (at most 10,000 characters).
        #[arg(long)]
        body: String,
        /// For the people of this department (its ID, as `departments` shows it); repeat for more.
        #[arg(long = "department", value_name = "ID")]
        departments: Vec<String>,
        /// For the people of this branch (its ID); repeat for more.
        #[arg(long = "branch", value_name = "ID")]
        branches: Vec<String>,
        /// For this person (their email, as the directory on this device shows it); repeat for more.
        #[arg(long = "person", value_name = "EMAIL")]
        people: Vec<String>,
        /// Shown above the others.
        #[arg(long)]
        pinned: bool,
        /// Publish it now: its audience is notified.
        #[arg(long, conflicts_with = "at")]
        publish: bool,
        /// Schedule it: the server publishes it then (YYYY-MM-DD HH:MM on this device's clock, or RFC 3339).
        #[arg(long, value_name = "DATETIME", value_parser = parse_when)]
        at: Option<DateTime<Utc>>,
        /// From then on nobody but HR sees it (YYYY-MM-DD [HH:MM] on this device's clock, or RFC 3339).
        #[arg(long, value_name = "DATETIME", value_parser = parse_when)]
        expires: Option<DateTime<Utc>>,
    },
    /// Publish a draft or scheduled announcement now: its audience is notified.
    Publish {
        /// The announcement's ID as `hr announce list` shows it.
        id: String,
    },
    /// Take a published announcement down now; it stays on record.
    Expire {
        /// The announcement's ID as `hr announce list` shows it.
        id: String,
    },
    /// Delete a draft or scheduled announcement (a published one is expired instead).
    Delete {
        /// The announcement's ID as `hr announce list` shows it.
        id: String,
    },
}

fn parse_state(text: &str) -> Result<AnnouncementState, String> {
    AnnouncementState::parse(text.trim()).ok_or_else(|| "expected draft, scheduled, published or expired".to_owned())
}

/// An instant: RFC 3339, or a date and time (or a date, at midnight) on this device's clock.
fn parse_when(text: &str) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at.with_timezone(&Utc));
    }
    let naive = ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .or_else(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().and_then(|day| day.and_hms_opt(0, 0, 0)))
        .ok_or_else(|| "expected YYYY-MM-DD HH:MM, YYYY-MM-DD or an RFC 3339 time".to_owned())?;
    Local
        .from_local_datetime(&naive)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
        .ok_or_else(|| format!("{text} does not exist on this device's clock"))
}

pub async fn run(core: &Core, command: AnnounceCommand, as_json: bool, offline: bool) -> Result<(), CoreError> {
    match command {
        AnnounceCommand::List { state } => {
            let list = if offline {
                core.cached_managed_announcements(state)?
            } else {
                core.managed_announcements(state).await?
            };
            if as_json {
                json(&list);
            } else {
                table(core, &list.data);
                stale_note(&list);
            }
        }
        AnnounceCommand::Create { title, body, departments, branches, people, pinned, publish, at, expires } => {
            let people = people.iter().map(|email| person_id(core, email)).collect::<Result<Vec<_>, _>>()?;
            let everyone = departments.is_empty() && branches.is_empty() && people.is_empty();
            let audience = AnnouncementAudience { everyone, departments, branches, people };
            let draft =
                AnnouncementDraft { title, body, audience, pinned, publish, publish_at: at, expires_at: expires };
            let created = core.create_announcement(&draft).await?;
            done(&created, "cli-announcement-created", as_json);
        }
        AnnounceCommand::Publish { id } => {
            done(&core.publish_announcement(&id).await?, "cli-announcement-published", as_json)
        }
        AnnounceCommand::Expire { id } => {
            done(&core.expire_announcement(&id).await?, "cli-announcement-expired", as_json)
        }
        AnnounceCommand::Delete { id } => {
            core.delete_announcement(&id).await?;
            if as_json {
                json(&object!({ "deleted": id }));
            } else {
                println!("{}", lang().tr_with("cli-announcement-deleted", &args!["id" => &id]));
            }
        }
    }
    Ok(())
}

/// The employee id of the person with `email`, from the directory this device keeps.
fn person_id(core: &Core, email: &str) -> Result<String, CoreError> {
    let email = email.trim();
    core.employees(Some(email), PERSON_MATCHES)?
        .into_iter()
        .find(|person| person.attributes.email.eq_ignore_ascii_case(email))
        .map(|person| person.id)
        .ok_or_else(|| CoreError::Invalid(lang().tr_with("cli-no-such-email", &args!["email" => email])))
}

/// `done_id` says what was done: `cli-announcement-created`, `-published` or `-expired`.
fn done(announcement: &ManagedAnnouncement, done_id: &str, as_json: bool) {
    if as_json {
        json(announcement);
    } else {
        let what = args!["title" => &announcement.title, "id" => &announcement.id, "state" => state_of(announcement)];
        println!("{}", lang().tr_with(done_id, &what));
    }
}

/// The state, with its time: "scheduled for 2026-12-20 09:00 (local)".
fn state_of(a: &ManagedAnnouncement) -> String {
    let at = |id: &str, at| lang().tr_with(id, &args!["time" => local_time(at)]);
    match (a.state, a.publish_at, a.published_at, a.expires_at) {
        (AnnouncementState::Scheduled, Some(time), _, _) => at("cli-scheduled-for", time),
        (AnnouncementState::Published, _, Some(time), _) => at("cli-published-at", time),
        (AnnouncementState::Expired, _, _, Some(time)) => at("cli-expired-at", time),
        (AnnouncementState::Draft, ..) => lang().tr("cli-state-draft"),
        (AnnouncementState::Scheduled, ..) => lang().tr("cli-state-scheduled"),
        (AnnouncementState::Published, ..) => lang().tr("cli-state-published"),
        (AnnouncementState::Expired, ..) => lang().tr("cli-state-expired"),
    }
}

/// "everyone", or the departments and branches by name (as this device last fetched them) and how many
/// people are named.
fn audience_of(core: &Core, audience: &AnnouncementAudience) -> String {
    if audience.everyone {
        return lang().tr("cli-everyone");
    }
    let departments = core.departments().map(|fresh| fresh.data).unwrap_or_default();
    let branches = core.branches().map(|fresh| fresh.data).unwrap_or_default();
    let mut parts: Vec<String> = audience
        .departments
        .iter()
        .map(|id| {
            departments
                .iter()
                .find(|d| &d.id == id)
                .map_or_else(|| lang().tr_with("cli-department-id", &args!["id" => id]), |d| d.attributes.name.clone())
        })
        .collect();
    parts.extend(
        audience.branches.iter().map(|id| {
            branches.iter().find(|b| &b.id == id).map_or_else(|| branch_id(id), |b| b.attributes.name.clone())
        }),
    );
    if !audience.people.is_empty() {
        parts.push(lang().tr_with("cli-people-count", &args!["count" => audience.people.len()]));
    }
    parts.join(", ")
}

/// A branch known only by its ID: "branch 3".
pub fn branch_id(id: &str) -> String {
    lang().tr_with("cli-branch-id", &args!["id" => id])
}

fn table(core: &Core, announcements: &[ManagedAnnouncement]) {
    let mut table = Table::new(&[
        "cli-col-id",
        "cli-col-state",
        "cli-col-pinned",
        "cli-col-title",
        "cli-col-audience",
        "cli-col-expires",
    ]);
    for a in announcements {
        table.row(vec![
            a.id.clone(),
            state_of(a),
            if a.pinned { lang().tr("cli-pinned") } else { String::new() },
            a.title.clone(),
            audience_of(core, &a.audience),
            or_dash(a.expires_at.map(local_time)),
        ]);
    }
    table.print();
}

#[cfg(test)]
mod tests {
    use super::{parse_state, parse_when};
    use chrono::{Local, TimeZone};

    #[test]
    fn times_are_read_on_this_device_s_clock_unless_they_carry_an_offset() {
        assert_eq!(parse_when("2030-01-02T03:04:05Z").unwrap().to_rfc3339(), "2030-01-02T03:04:05+00:00");
        let local = Local.with_ymd_and_hms(2030, 1, 2, 9, 30, 0).unwrap();
        assert_eq!(parse_when("2030-01-02 09:30").unwrap(), local);
        assert_eq!(parse_when("2030-01-02").unwrap(), Local.with_ymd_and_hms(2030, 1, 2, 0, 0, 0).unwrap());
        assert!(parse_when("tomorrow").is_err());
        assert!(parse_state("pinned").is_err());
    }
}
