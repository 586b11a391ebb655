//! Warnings the device can give before the server answers, from the server's own rules and in the words
//! the server would use, translated as the server translates them (`okta_hr_i18n::translate_validation`).

use crate::cache::LeaveEntry;
use chrono::NaiveDate;
use okta_hr_domain::calendar::{LeaveSpan, WorkCalendar};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::geofence::{Fix, GeofencePolicy};
use okta_hr_domain::leave::Balance;
use okta_hr_domain::leave_policy::RequestPolicy;
use okta_hr_domain::wire::{BranchAttributes, LeaveBalanceAttributes};
use okta_hr_i18n::{Language, translate_validation};

/// What the server will say about checking in or out here, judged from the cached branch.
pub fn geofence(
    branch: Option<&BranchAttributes>,
    fix: Option<&Fix>,
    action: &str,
    language: Language,
) -> Option<String> {
    let branch = branch?;
    let refusal = GeofencePolicy::default().evaluate(branch.geofence().as_ref(), fix).refusal(&branch.name, action)?;
    Some(translate_validation(&refusal, language))
}

/// What the server will say about a leave request, judged from cached balances and requests,
/// counting requests still in the outbox, and their days with the person's cached `calendar`, under the
/// cached `policy` of the request's type (counting, half days, notice from `today`, negative allowance).
pub fn leave(
    language: Language,
    calendar: &WorkCalendar,
    (policy, today): (&RequestPolicy, NaiveDate),
    leave_type: &str,
    span: &LeaveSpan,
    balances: &[LeaveBalanceAttributes],
    requests: &[LeaveEntry],
) -> Result<LeaveDays, String> {
    let open: Vec<&LeaveEntry> = requests.iter().filter(|r| r.status == "pending" || r.status == "approved").collect();
    let existing: Vec<LeaveSpan> = open.iter().map(|r| r.span()).collect();
    let counting = policy.counting.calendar(calendar);
    let name = balances.iter().find(|b| b.leave_type == leave_type).map_or(leave_type, |b| b.leave_type_name.as_str());
    let balance_for = |year: i32| {
        let Some(known) = balances.iter().find(|b| b.leave_type == leave_type && b.year == year) else {
            // No balance cached for that year: let the server decide.
            return Balance { entitled: LeaveDays::from_halves(i64::MAX / 4), ..Balance::default() };
        };
        // Queued requests are not in the server's figures yet.
        let queued: LeaveDays = open
            .iter()
            .filter(|r| r.pending && r.leave_type == leave_type)
            .flat_map(|r| counting.leave_days_by_year(&r.span()))
            .filter(|(y, _)| *y == year)
            .map(|(_, days)| days)
            .sum();
        Balance { entitled: known.entitled, used: known.used, pending: known.pending + queued }
    };
    policy
        .check_request(today, calendar, span, name, &existing, balance_for)
        .map_err(|problem| translate_validation(&problem.to_string(), language))
}
