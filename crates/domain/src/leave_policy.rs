//! Leave types as HR configures them, and the arithmetic of their balances: how a request's days are
//! counted, how much notice it needs, how far a balance may go below zero, who approves it, and what the
//! yearly grant, the monthly accrual and the year-end write into the ledger. Pure, so the server's jobs
//! and previews, and the device's pre-check, compute the same numbers.
//!
//! Days are whole days: half days are not supported yet, so proration and accrual round to the nearest
//! day (halves up), and monthly accrual rounds the running total so twelve months add up to the
//! allowance exactly.

use crate::calendar::WorkCalendar;
use crate::leave::{Balance, LeaveProblem, check_request};
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// How a request's days are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum DayCounting {
    /// The requester's working days: weekends and public holidays cost nothing.
    #[default]
    WorkingDays,
    /// Every day of the range, weekends and public holidays included.
    CalendarDays,
}

impl DayCounting {
    /// The calendar to count with: the requester's, or one where every day is a working day.
    pub fn calendar(self, requester: &WorkCalendar) -> WorkCalendar {
        match self {
            DayCounting::WorkingDays => requester.clone(),
            DayCounting::CalendarDays => WorkCalendar { working_week: (1..=7).collect(), holidays: Vec::new() },
        }
    }
}

/// When a type's yearly allowance reaches the balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Accrual {
    /// All of it on 1 January (prorated for someone hired during the year, if the type says so).
    #[default]
    Upfront,
    /// A twelfth at the end of each month worked.
    Monthly,
}

/// Who approves a request of a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ApprovalChain {
    /// Approved as soon as it is made.
    None,
    /// The requester's manager (HR for someone without one).
    Manager,
    /// The manager, then HR: how every request was approved before leave types were configurable.
    #[default]
    ManagerHr,
}

/// One step of a request's approval chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepRole {
    Manager,
    Hr,
}

impl StepRole {
    pub fn as_str(self) -> &'static str {
        match self {
            StepRole::Manager => "manager",
            StepRole::Hr => "hr",
        }
    }
}

impl ApprovalChain {
    /// The steps of a request of `days` by someone who has an active manager or not. Without a manager,
    /// a manager's step is HR's, since somebody must approve. `extra_hr_above_days` adds an HR step to a
    /// chain without one for requests longer than that.
    pub fn steps(self, has_manager: bool, days: i64, extra_hr_above_days: Option<i64>) -> Vec<StepRole> {
        let mut steps = match (self, has_manager) {
            (ApprovalChain::None, _) => vec![],
            (ApprovalChain::Manager, true) => vec![StepRole::Manager],
            (ApprovalChain::ManagerHr, true) => vec![StepRole::Manager, StepRole::Hr],
            (_, false) => vec![StepRole::Hr],
        };
        if extra_hr_above_days.is_some_and(|limit| days > limit) && !steps.contains(&StepRole::Hr) {
            steps.push(StepRole::Hr);
        }
        steps
    }
}

/// A leave type as HR configures it (`GET /api/v1/leave-types`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveTypeAttributes {
    /// Unique in the company; requests name the type by it (`annual`, `sick`).
    pub code: String,
    pub name: String,
    /// 1 paid, 0 unpaid, in between partly paid (0.5 is half pay), to hundredths.
    pub paid_fraction: f64,
    /// Whether weekends and public holidays inside a request count as leave days.
    pub counts_non_working_days: bool,
    /// Whether a request must come with a document (stored and shown; the app asks for it).
    pub attachment_required: bool,
    /// A request must start at least this many days after today.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub min_notice_days: i64,
    /// The yearly allowance, in days.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub days_per_year: i64,
    pub accrual: Accrual,
    /// Whether someone hired during the year gets the share of the upfront allowance left in it.
    pub prorated: bool,
    /// How many unused days move to the next year at the year-end; the rest lapse.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub carry_over_cap: i64,
    /// Carried days not taken by this many months into the new year lapse; `null`: they never do.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub carry_over_expiry_months: Option<i64>,
    /// How far below zero a request may take the balance.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub negative_allowance: i64,
    pub approval_chain: ApprovalChain,
    /// Requests longer than this also need HR, whatever the chain.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub extra_hr_step_above_days: Option<i64>,
    /// A retired type can no longer be requested; its history stays.
    pub retired: bool,
}

impl LeaveTypeAttributes {
    pub fn counting(&self) -> DayCounting {
        if self.counts_non_working_days { DayCounting::CalendarDays } else { DayCounting::WorkingDays }
    }

    /// What judging a request of this type needs.
    pub fn request_policy(&self) -> RequestPolicy {
        RequestPolicy {
            counting: self.counting(),
            min_notice_days: self.min_notice_days,
            negative_allowance: self.negative_allowance,
        }
    }
}

/// The rules of a leave type a request is judged by, on the device and on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RequestPolicy {
    pub counting: DayCounting,
    pub min_notice_days: i64,
    pub negative_allowance: i64,
}

impl RequestPolicy {
    /// Refuses a request starting fewer than `min_notice_days` after `today`.
    pub fn check_notice(&self, start: NaiveDate, today: NaiveDate) -> Result<(), LeaveProblem> {
        if self.min_notice_days > 0 && (start - today).num_days() < self.min_notice_days {
            return Err(LeaveProblem::TooLittleNotice { days: self.min_notice_days });
        }
        Ok(())
    }

    /// [`check_request`] under this policy: the notice first, then days counted as the type counts them,
    /// and a balance that may go `negative_allowance` days below zero. Answers the days the request costs.
    pub fn check_request(
        &self,
        today: NaiveDate,
        requester: &WorkCalendar,
        (start, end): (NaiveDate, NaiveDate),
        leave_type_name: &str,
        existing: &[(NaiveDate, NaiveDate)],
        balance_for: impl Fn(i32) -> Balance,
    ) -> Result<u32, LeaveProblem> {
        self.check_notice(start, today)?;
        check_request(&self.counting.calendar(requester), start, end, leave_type_name, existing, |year| {
            let balance = balance_for(year);
            Balance { entitled: balance.entitled + self.negative_allowance.max(0), ..balance }
        })
    }
}

/// `numerator / denominator` rounded to the nearest whole number, halves up (both non-negative).
fn rounded_ratio(numerator: i64, denominator: i64) -> i64 {
    if denominator <= 0 { 0 } else { (2 * numerator + denominator) / (2 * denominator) }
}

fn days_in_year(year: i32) -> i64 {
    if NaiveDate::from_ymd_opt(year, 2, 29).is_some() { 366 } else { 365 }
}

/// The upfront grant of `allowance` for `year` to someone hired on `hired_on`: all of it for someone
/// hired before the year, nothing for someone hired after it, and for a joiner during it, if `prorated`,
/// the share of the year from the hire date on (rounded to the nearest day).
pub fn yearly_grant(allowance: i64, prorated: bool, hired_on: Option<NaiveDate>, year: i32) -> i64 {
    let Some(hired_on) = hired_on else { return allowance };
    match hired_on.year().cmp(&year) {
        std::cmp::Ordering::Less => allowance,
        std::cmp::Ordering::Greater => 0,
        std::cmp::Ordering::Equal if !prorated => allowance,
        std::cmp::Ordering::Equal => {
            let days_left = days_in_year(year) - i64::from(hired_on.ordinal0());
            rounded_ratio(allowance.max(0) * days_left, days_in_year(year))
        }
    }
}

/// What the monthly accrual of `allowance` adds for `month` (1 to 12): the running total rounded, less
/// the previous month's, so that the twelve months add up to the allowance exactly.
pub fn monthly_accrual(allowance: i64, month: u32) -> i64 {
    let accrued_by = |month: u32| rounded_ratio(allowance.max(0) * i64::from(month.min(12)), 12);
    if month == 0 { 0 } else { accrued_by(month) - accrued_by(month - 1) }
}

/// The accrual for `month` of `year` to someone hired on `hired_on`: nothing for a month that ended
/// before they joined, so a joiner's accrual is prorated by the months they work.
pub fn accrual_for(allowance: i64, hired_on: Option<NaiveDate>, year: i32, month: u32) -> i64 {
    let month_end = NaiveDate::from_ymd_opt(year, month, 1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .and_then(|next| next.pred_opt());
    match (hired_on, month_end) {
        (_, None) => 0,
        (Some(hired_on), Some(end)) if hired_on > end => 0,
        _ => monthly_accrual(allowance, month),
    }
}

/// The year-end of a balance with `remaining` days unused: how many carry into the next year (at most
/// `cap`) and how many lapse. An overdrawn balance carries nothing and lapses nothing: the debt is not
/// carried into the new year.
pub fn year_end(remaining: i64, cap: i64) -> YearEnd {
    let unused = remaining.max(0);
    let carried = unused.min(cap.max(0));
    YearEnd { carried, lapsed: unused - carried }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearEnd {
    pub carried: i64,
    pub lapsed: i64,
}

/// The day carried days lapse: `months` after 1 January of the year they were carried into.
pub fn carry_over_expiry_date(year: i32, months: i64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 1, 1)?.checked_add_months(Months::new(u32::try_from(months).ok()?))
}

/// How many of `carried` days lapse at the carry-over expiry when `drawn` days of the year's leave
/// started before it: leave taken first draws on the carried days.
pub fn carried_days_lapsing(carried: i64, drawn: i64) -> i64 {
    (carried.max(0) - drawn.max(0)).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn calendar_days_count_weekends_and_holidays() {
        let christmas = WorkCalendar {
            holidays: vec![crate::calendar::Holiday { date: d("2026-12-25"), name: "Xmas".into(), recurring: false }],
            ..WorkCalendar::default()
        };
        // Monday 21 to Sunday 27 December 2026.
        let week = (d("2026-12-21"), d("2026-12-27"));
        assert_eq!(DayCounting::WorkingDays.calendar(&christmas).working_days(week.0, week.1), 4);
        assert_eq!(DayCounting::CalendarDays.calendar(&christmas).working_days(week.0, week.1), 7);
    }

    #[test]
    fn notice_is_counted_from_today() {
        let policy = RequestPolicy { min_notice_days: 14, ..RequestPolicy::default() };
        let today = d("2026-03-02");
        assert_eq!(
            policy.check_notice(d("2026-03-15"), today).unwrap_err().to_string(),
            "The start date must be at least 14 days from today."
        );
        assert_eq!(policy.check_notice(d("2026-03-16"), today), Ok(()));
    }

    #[test]
    fn a_negative_allowance_lets_a_request_overdraw_that_far() {
        let policy = RequestPolicy { negative_allowance: 3, ..RequestPolicy::default() };
        let empty = |_| Balance { entitled: 2, used: 2, pending: 0 };
        let today = d("2026-03-02");
        let three = (d("2026-03-09"), d("2026-03-11"));
        let four = (d("2026-03-09"), d("2026-03-12"));
        assert_eq!(policy.check_request(today, &WorkCalendar::default(), three, "Annual", &[], empty), Ok(3));
        assert_eq!(
            policy.check_request(today, &WorkCalendar::default(), four, "Annual", &[], empty).unwrap_err().to_string(),
            "Not enough Annual balance for 2026: 4 days requested, 3 available."
        );
    }

    #[test]
    fn chains_follow_the_type_and_the_extra_hr_step() {
        assert_eq!(ApprovalChain::None.steps(true, 5, None), vec![]);
        assert_eq!(ApprovalChain::Manager.steps(true, 5, None), vec![StepRole::Manager]);
        assert_eq!(ApprovalChain::Manager.steps(false, 5, None), vec![StepRole::Hr]);
        assert_eq!(ApprovalChain::ManagerHr.steps(true, 5, Some(3)), vec![StepRole::Manager, StepRole::Hr]);
        assert_eq!(ApprovalChain::Manager.steps(true, 5, Some(3)), vec![StepRole::Manager, StepRole::Hr]);
        assert_eq!(ApprovalChain::None.steps(true, 3, Some(3)), vec![]);
        assert_eq!(ApprovalChain::None.steps(true, 4, Some(3)), vec![StepRole::Hr]);
    }

    #[test]
    fn joiners_get_the_share_of_the_year_left() {
        assert_eq!(yearly_grant(25, true, Some(d("2020-05-01")), 2026), 25);
        assert_eq!(yearly_grant(25, true, Some(d("2027-01-01")), 2026), 0);
        assert_eq!(yearly_grant(25, true, Some(d("2026-07-02")), 2026), 13, "183 of 365 days");
        assert_eq!(yearly_grant(25, false, Some(d("2026-07-02")), 2026), 25);
        assert_eq!(yearly_grant(25, true, Some(d("2026-01-01")), 2026), 25);
    }

    #[test]
    fn monthly_accrual_adds_up_to_the_allowance() {
        let months: Vec<i64> = (1..=12).map(|m| monthly_accrual(25, m)).collect();
        assert_eq!(months, vec![2, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2, 2]);
        assert_eq!(accrual_for(12, Some(d("2026-03-31")), 2026, 3), 1);
        assert_eq!(accrual_for(12, Some(d("2026-04-01")), 2026, 3), 0);
    }

    #[test]
    fn the_year_end_carries_up_to_the_cap_and_lapses_the_rest() {
        assert_eq!(year_end(8, 5), YearEnd { carried: 5, lapsed: 3 });
        assert_eq!(year_end(3, 5), YearEnd { carried: 3, lapsed: 0 });
        assert_eq!(year_end(-2, 5), YearEnd { carried: 0, lapsed: 0 });
        assert_eq!(carry_over_expiry_date(2027, 3), Some(d("2027-04-01")));
        assert_eq!(carried_days_lapsing(5, 2), 3);
        assert_eq!(carried_days_lapsing(5, 7), 0);
    }
}
