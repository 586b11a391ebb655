//! The signed-in person's leave: requests, balances, what a request would cost, and making or
//! withdrawing one.

use crate::cache::{CachedDocument, LeaveEntry};
use crate::error::{CoreError, CoreResult};
use crate::sync::{Operation, OutboxState, lock};
use crate::{Core, Fresh, WriteOutcome, precheck};
use okta_hr_domain::calendar::{LeaveSpan, WorkCalendar};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::LeaveBalanceAttributes;
use serde::Serialize;

/// A cancelled request that had never reached the server: taken off the queue, nothing sent.
pub const WITHDRAWN: &str = "withdrawn";

/// The outbox id of a request still queued, from its local key.
fn queued_operation_of(entry: &LeaveEntry) -> Option<i64> {
    crate::cache::queued_operation(&entry.key).and_then(|id| id.parse().ok())
}

/// The refusal of a date range that ends before it starts, before anything else is judged.
pub const END_BEFORE_START: &str = "The end date must be on or after the start date.";

/// The refusal of a one-day leave from the afternoon to the morning, which covers no time.
pub const AFTERNOON_TO_MORNING: &str = "A leave of one day that starts in the afternoon must end in the afternoon.";

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeavePreview {
    /// What it costs, to the half day.
    pub working_days: LeaveDays,
    /// Remaining balance of the start date's leave year after this request.
    pub remaining_after: Option<LeaveDays>,
    /// The start date's leave year as people name it (`2026`, `2026/27`).
    pub year_name: String,
    /// What the server would refuse it for (overlap, balance, no working days).
    pub warning: Option<String>,
}

impl LeavePreview {
    /// `balances` already count the requests still queued; days are counted in `calendar`.
    fn new(
        calendar: &WorkCalendar,
        leave_type: &str,
        span: &LeaveSpan,
        balances: &[LeaveBalanceAttributes],
        warning: Option<String>,
    ) -> LeavePreview {
        let by_year = calendar.leave_days_by_year(span);
        let days_in = |year: i32| -> LeaveDays { by_year.iter().filter(|(y, _)| *y == year).map(|(_, d)| *d).sum() };
        let working_days = by_year.iter().map(|(_, days)| *days).sum();
        let year = calendar.leave_year_starts.of(span.start);
        let remaining_after = balances
            .iter()
            .find(|b| b.leave_type == leave_type && b.year == year)
            .map(|balance| balance.remaining - days_in(year));
        LeavePreview { working_days, remaining_after, year_name: calendar.leave_year_starts.name(year), warning }
    }
}

impl Core {
    pub fn leaves(&self) -> CoreResult<Vec<LeaveEntry>> {
        lock(&self.account()?.cache).leaves()
    }

    /// The working week and public holidays the server counts the person's leave with, as last
    /// fetched; before the first fetch, Monday to Friday without holidays.
    pub fn calendar(&self) -> CoreResult<WorkCalendar> {
        let cached = self.cached_document::<Document<Resource<WorkCalendar>>>(CachedDocument::Calendar)?;
        Ok(cached.data.map(|document| document.data.attributes).unwrap_or_default())
    }

    /// This leave year's and the next one's balances as the server last sent them.
    fn server_balances(&self) -> CoreResult<Fresh<Vec<LeaveBalanceAttributes>>> {
        let this_year = self.cached_list::<LeaveBalanceAttributes>(CachedDocument::BalancesThisYear)?;
        let next_year = self.cached_list::<LeaveBalanceAttributes>(CachedDocument::BalancesNextYear)?;
        let data = this_year.data.into_iter().chain(next_year.data).map(|b| b.attributes).collect();
        Ok(Fresh { data, fetched_at: this_year.fetched_at })
    }

    /// This leave year's and the next one's balances as they will be once the queued writes reach the server:
    /// a queued request counts as pending, a queued cancellation gives its days back.
    pub fn balances(&self) -> CoreResult<Fresh<Vec<LeaveBalanceAttributes>>> {
        let server = self.server_balances()?;
        let queued = lock(&self.account()?.cache).queued_leave_changes()?;
        let data = server
            .data
            .into_iter()
            .map(|mut balance| {
                let calendar = self.counting_calendar(&balance.leave_type)?;
                for change in queued.iter().filter(|c| c.leave_type == balance.leave_type) {
                    let days: LeaveDays = calendar
                        .leave_days_by_year(&change.span)
                        .into_iter()
                        .filter(|(year, _)| *year == balance.year)
                        .map(|(_, days)| days)
                        .sum();
                    match change.was {
                        None => balance.pending += days,
                        Some(ref was) if was == "pending" => balance.pending -= days,
                        Some(ref was) if was == "approved" => balance.used -= days,
                        Some(_) => continue,
                    }
                    balance.remaining += if change.was.is_some() { days } else { -days };
                }
                Ok(balance)
            })
            .collect::<CoreResult<_>>()?;
        Ok(Fresh { data, fetched_at: server.fetched_at })
    }

    /// What the server would refuse this request for, judged from the cache; `None` if nothing.
    pub fn leave_warning(&self, leave_type: &str, span: &LeaveSpan) -> CoreResult<Option<String>> {
        // The server's figures; the pre-check adds the requests still queued here.
        let balances = self.server_balances()?.data;
        let requests = self.leaves()?;
        let policy = (&self.request_policy(leave_type)?, crate::leave_policy::today());
        Ok(precheck::leave(self.language(), &self.calendar()?, policy, leave_type, span, &balances, &requests).err())
    }

    /// The days a request would take, the balance left after it, and what the server would refuse it
    /// for, all from the cache.
    pub fn leave_preview(&self, leave_type: &str, span: &LeaveSpan) -> CoreResult<LeavePreview> {
        let balances = self.balances()?.data;
        let warning = if span.end < span.start {
            Some(END_BEFORE_START.to_owned())
        } else if !span.is_ordered() {
            Some(AFTERNOON_TO_MORNING.to_owned())
        } else {
            self.leave_warning(leave_type, span)?
        };
        let calendar = self.counting_calendar(leave_type)?;
        Ok(LeavePreview::new(&calendar, leave_type, span, &balances, warning))
    }

    pub async fn submit_leave(
        &self,
        leave_type: &str,
        span: &LeaveSpan,
        reason: Option<String>,
    ) -> CoreResult<WriteOutcome> {
        if !span.is_ordered() {
            return Err(CoreError::Invalid(
                if span.end < span.start { END_BEFORE_START } else { AFTERNOON_TO_MORNING }.to_owned(),
            ));
        }
        let warning = self.leave_warning(leave_type, span)?;
        let days = self.counting_calendar(leave_type)?.leave_days(span);
        let operation = Operation::SubmitLeave {
            leave_type: leave_type.to_owned(),
            start_date: span.start,
            end_date: span.end,
            start_half: span.start_half,
            end_half: span.end_half,
            reason,
        };
        self.write(operation, days, warning).await
    }

    /// Cancels a request. One the server has never received is taken back from the queue instead,
    /// so it never reaches the server, and the requests queued after it are judged again.
    pub async fn cancel_leave(&self, key: &str) -> CoreResult<WriteOutcome> {
        let leave = self.leaves()?.into_iter().find(|l| l.key == key);
        if leave.is_none() {
            return Err(CoreError::Invalid(format!("no leave request {key} on this device")));
        }
        let account = self.account()?;
        if lock(&account.cache).withdraw_unsent_request(key)? {
            self.recheck_queued_requests()?;
            let pending = lock(&account.cache).pending_count()?;
            self.announce_outbox(&crate::sync::SyncReport { pending, ..Default::default() })?;
            return Ok(WriteOutcome {
                operation_id: 0,
                state: WITHDRAWN.to_owned(),
                message: Some("It had not reached the server yet, so it was simply taken off the queue.".to_owned()),
                warning: None,
                server_id: None,
            });
        }
        self.write(Operation::CancelLeave { key: key.to_owned() }, LeaveDays::ZERO, None).await
    }

    /// Judges every queued request again against what is queued before it, after the local state
    /// changed under them (a request taken back, another refused).
    pub(crate) fn recheck_queued_requests(&self) -> CoreResult<()> {
        let account = self.account()?;
        let queued = lock(&account.cache).queued_writes()?;
        let balances = self.server_balances()?.data;
        let requests = self.leaves()?;
        let calendar = self.calendar()?;
        for write in queued.iter().filter(|w| w.state == OutboxState::Pending) {
            let (Some(span), Operation::SubmitLeave { leave_type, .. }) =
                (write.operation.leave_span(), &write.operation)
            else {
                continue;
            };
            // What was known when it was queued: the server's requests and the ones queued before it.
            let before: Vec<LeaveEntry> =
                requests.iter().filter(|r| queued_operation_of(r).is_none_or(|op| op < write.id)).cloned().collect();
            let policy = (&self.request_policy(leave_type)?, crate::leave_policy::today());
            let warning =
                precheck::leave(self.language(), &calendar, policy, leave_type, &span, &balances, &before).err();
            lock(&account.cache).set_warning(write.id, warning.as_deref())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use okta_hr_domain::calendar::Half;
    use okta_hr_domain::leave_year::LeaveYear;

    fn day(date: &str) -> NaiveDate {
        date.parse().expect("a date")
    }

    fn annual(year: i32, remaining: i64) -> LeaveBalanceAttributes {
        LeaveBalanceAttributes {
            leave_type: "annual".to_owned(),
            leave_type_name: "Annual leave".to_owned(),
            year,
            year_name: None,
            entitled: LeaveDays::whole(25),
            used: LeaveDays::whole(25 - remaining),
            pending: LeaveDays::ZERO,
            remaining: LeaveDays::whole(remaining),
        }
    }

    #[test]
    fn a_request_across_new_year_costs_the_start_year_only_its_own_days() {
        let balances = [annual(2026, 10), annual(2027, 25)];
        let span = LeaveSpan::whole_days(day("2026-12-29"), day("2027-01-05"));
        let preview = LeavePreview::new(&WorkCalendar::default(), "annual", &span, &balances, None);
        assert_eq!((preview.working_days, preview.remaining_after), (LeaveDays::whole(6), Some(LeaveDays::whole(7))));
    }

    #[test]
    fn a_half_day_in_an_april_leave_year_costs_half_of_that_year() {
        let april = WorkCalendar { leave_year_starts: LeaveYear::starting_in(4).unwrap(), ..WorkCalendar::default() };
        let balances = [annual(2026, 10)];
        // Wednesday 3 March 2027 is in the 2026/27 leave year.
        let span =
            LeaveSpan { start_half: Half::Afternoon, ..LeaveSpan::whole_days(day("2027-03-03"), day("2027-03-03")) };
        let preview = LeavePreview::new(&april, "annual", &span, &balances, None);
        assert_eq!(preview.working_days, LeaveDays::HALF);
        assert_eq!(preview.remaining_after, Some(LeaveDays::from_halves(19)));
        assert_eq!(preview.year_name, "2026/27");
    }

    #[test]
    fn without_a_cached_balance_nothing_is_said_about_what_remains() {
        let span = LeaveSpan::whole_days(day("2026-12-29"), day("2026-12-29"));
        let preview = LeavePreview::new(&WorkCalendar::default(), "sick", &span, &[annual(2026, 10)], None);
        assert_eq!((preview.working_days, preview.remaining_after), (LeaveDays::whole(1), None));
    }
}
