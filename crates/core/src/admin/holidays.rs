//! The company's public holidays, as HR keeps them: a year's list, adding and removing one, importing an
//! iCalendar (`.ics`) file.
//!
//! Everyone may read the list; only HR may change it. Like the rest of the admin area, a year's list is
//! kept as a snapshot (per year, and per branch when filtered) so it shows offline with its age, and
//! changes are online-only ([`CoreError::NeedsConnection`] offline, never queued): a holiday changes what
//! everyone's leave costs from the moment the server has it.
//!
//! After every change the signed-in person's own working calendar is fetched again, so this device's
//! pre-check of a leave request ([`Core::leave_preview`]) counts with the new holiday at once, offline too.

use super::{Snapshot, query_value, refusal_of_write};
use crate::cache::CachedDocument;
use crate::client::ClientError;
use crate::error::{CoreError, CoreResult};
use crate::{Change, Core, Fresh};
use chrono::NaiveDate;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::{BranchAttributes, HolidayAttributes};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// One public holiday as HR's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HolidayEntry {
    /// The server's id, which [`Core::delete_holiday`] takes.
    pub id: String,
    /// Its day in the year listed: for a recurring holiday, that year's occurrence.
    pub date: NaiveDate,
    pub name: String,
    /// Every year on the same day, from the year it was added for on.
    pub recurring: bool,
    /// Only the afternoon is off.
    pub half_day: bool,
    /// The branch it applies at; `None` for the whole company.
    pub branch_id: Option<String>,
    /// That branch's name, as this device last fetched the branches.
    pub branch_name: Option<String>,
}

impl HolidayEntry {
    fn new(resource: Resource<HolidayAttributes>, branches: &[Resource<BranchAttributes>]) -> HolidayEntry {
        let a = resource.attributes;
        let branch_name = a
            .branch_id
            .as_deref()
            .and_then(|id| branches.iter().find(|b| b.id == id))
            .map(|b| b.attributes.name.clone());
        HolidayEntry {
            id: resource.id,
            date: a.date,
            name: a.name,
            recurring: a.recurring,
            half_day: a.half_day,
            branch_id: a.branch_id,
            branch_name,
        }
    }
}

/// What an iCalendar import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportCounts {
    /// Holidays added.
    pub imported: u32,
    /// Events left out: a day that already had a holiday in the same scope, or an event at a time of day.
    pub skipped: u32,
}

/// How a holiday falls: once or every year, the whole day or its afternoon.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HolidayKind {
    pub recurring: bool,
    pub half_day: bool,
}

#[derive(Deserialize)]
struct ImportAnswer {
    data: ImportCounts,
}

/// A holiday's or a branch's id as the server writes it, checked before it goes into a path or query.
fn checked_id<'a>(what: &str, id: &'a str) -> CoreResult<&'a str> {
    let id = id.trim();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(CoreError::Invalid(format!("{id:?} is not a {what} id")));
    }
    Ok(id)
}

/// A change refused with 403 names who may make it; the rest is [`refusal_of_write`].
fn refusal_of_change(error: ClientError) -> CoreError {
    match error {
        ClientError::Rejected { status: 403, message, errors } => CoreError::Client(ClientError::Rejected {
            status: 403,
            message: format!("Public holidays are kept by HR only: {message}"),
            errors,
        }),
        other => refusal_of_write(other),
    }
}

impl Core {
    /// The company's public holidays in `year`, by date, fetched fresh; with `branch_id`, only those that
    /// apply at that branch (the company-wide ones and the branch's own). Falls back to the snapshot of
    /// the same year and branch when the server cannot be reached.
    pub async fn holidays(&self, year: i32, branch_id: Option<&str>) -> CoreResult<Fresh<Vec<HolidayEntry>>> {
        let branch_id = branch_id.map(|id| checked_id("branch", id)).transpose()?;
        let mut path = format!("/api/v1/holidays?year={year}");
        if let Some(branch) = branch_id {
            path.push_str(&format!("&filter[branch]={}", query_value(branch)));
        }
        let branches = self.cached_list::<BranchAttributes>(CachedDocument::Branches)?.data;
        let fetched = self.account()?.client.all_pages::<HolidayAttributes>(&path).await;
        let entries = fetched.map(|all| all.into_iter().map(|h| HolidayEntry::new(h, &branches)).collect());
        self.admin_read(Snapshot::Holidays { year, branch_id: branch_id.map(str::to_owned) }, entries).await
    }

    /// The kept snapshot of `year`'s holidays (of one branch), without contacting the server; empty, with
    /// no `fetched_at`, when that year was never read on this device.
    pub fn cached_holidays(&self, year: i32, branch_id: Option<&str>) -> CoreResult<Fresh<Vec<HolidayEntry>>> {
        let branch_id = branch_id.map(|id| checked_id("branch", id)).transpose()?;
        self.admin_cached(Snapshot::Holidays { year, branch_id: branch_id.map(str::to_owned) })
    }

    /// Adds a public holiday (HR), online only.
    ///
    /// `date` is sent as typed (`YYYY-MM-DD`), so that the server judges it: a date it cannot read, a day
    /// that already has a holiday in the same scope, a name over 100 characters or an unknown branch come
    /// back as its validation errors (`ClientError::Rejected` with 422 and the errors per field).
    /// `recurring` repeats it every year from `date` on; `half_day` takes only the afternoon off;
    /// `branch_id` makes it one branch's, `None` the whole company's.
    pub async fn add_holiday(
        &self,
        date: &str,
        name: &str,
        kind: HolidayKind,
        branch_id: Option<&str>,
    ) -> CoreResult<HolidayEntry> {
        let body = json!({
            "date": date.trim(),
            "name": name,
            "recurring": kind.recurring,
            "half_day": kind.half_day,
            "branch_id": branch_id,
        });
        let client = &self.account()?.client;
        let created: Document<Resource<HolidayAttributes>> =
            client.post("/api/v1/holidays", &body, None).await.map_err(refusal_of_change)?.body;
        self.after_calendar_changed().await;
        let branches = self.cached_list::<BranchAttributes>(CachedDocument::Branches)?.data;
        Ok(HolidayEntry::new(created.data, &branches))
    }

    /// Removes a public holiday (HR), online only. Requests already made over it keep the days they were
    /// booked with.
    pub async fn delete_holiday(&self, id: &str) -> CoreResult<()> {
        let id = checked_id("holiday", id)?;
        let client = &self.account()?.client;
        client.delete(&format!("/api/v1/holidays/{id}")).await.map_err(refusal_of_change)?;
        self.after_calendar_changed().await;
        Ok(())
    }

    /// Imports the all-day events of an iCalendar file as public holidays (HR), online only: each event's
    /// day and `SUMMARY`, recurring for a yearly rule. Days that already have a holiday in the same scope
    /// are skipped, so importing a file twice adds nothing the second time. `branch_id` imports them for
    /// one branch. A text that is not an iCalendar file is refused with the server's message.
    pub async fn import_holidays(&self, ics: &str, branch_id: Option<&str>) -> CoreResult<ImportCounts> {
        let mut path = "/api/v1/holidays/import".to_owned();
        if let Some(branch) = branch_id {
            path.push_str(&format!("?branch_id={}", query_value(checked_id("branch", branch)?)));
        }
        let client = &self.account()?.client;
        let answer: ImportAnswer =
            client.post_text(&path, "text/calendar", ics.to_owned(), None).await.map_err(refusal_of_change)?.body;
        if answer.data.imported > 0 {
            self.after_calendar_changed().await;
        }
        Ok(answer.data)
    }

    /// Fetches the signed-in person's working calendar again after a holiday or a working week changed,
    /// so the device counts leave with the change at once, and judges the requests still queued again
    /// with it. The change is made either way: a failed fetch only leaves the calendar older until the
    /// next refresh.
    pub(super) async fn after_calendar_changed(&self) {
        match self.fetch_document::<Value>(CachedDocument::Calendar).await {
            Ok(_) => {
                if let Err(error) = self.recheck_queued_requests() {
                    tracing::warn!(%error, "could not judge the queued requests again with the new calendar");
                }
                self.announce(Change::Refreshed);
            }
            Err(error) => tracing::warn!(%error, "could not fetch the calendar after it changed"),
        }
    }
}
