//! Leave types as HR configures them, and the arithmetic of their balances: how a request's days are
//! counted, how much notice it needs, how far a balance may go below zero, who approves it, and what the
//! yearly grant, the monthly accrual and the year-end write into the ledger. Pure, so the server's jobs
//! and previews, and the device's pre-check, compute the same numbers.
//!
//! Amounts are in half days ([`LeaveDays`]): proration and accrual round to the nearest half day, and
//! monthly accrual rounds the running total so twelve months add up to the allowance exactly. Years are
//! leave years ([`LeaveYear`]), which may start in any month.

use crate::calendar::{LeaveSpan, WorkCalendar};
use crate::days::LeaveDays;
use crate::leave::{Balance, LeaveProblem, check_request};
use crate::leave_year::LeaveYear;
use chrono::{Months, NaiveDate};
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
            DayCounting::CalendarDays => requester.every_day(),
        }
    }
}

/// When a type's yearly allowance reaches the balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Accrual {
    /// All of it on the first day of the leave year (prorated for someone hired during it, if the type
    /// says so).
    #[default]
    Upfront,
    /// A twelfth at the end of each month worked, to the half day.
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
    pub fn steps(self, has_manager: bool, days: LeaveDays, extra_hr_above_days: Option<i64>) -> Vec<StepRole> {
        let mut steps = match (self, has_manager) {
            (ApprovalChain::None, _) => vec![],
            (ApprovalChain::Manager, true) => vec![StepRole::Manager],
            (ApprovalChain::ManagerHr, true) => vec![StepRole::Manager, StepRole::Hr],
            (_, false) => vec![StepRole::Hr],
        };
        if extra_hr_above_days.is_some_and(|limit| days > LeaveDays::whole(limit)) && !steps.contains(&StepRole::Hr) {
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
    /// Whether a request may start or end at midday; when false the type is taken in whole days.
    #[serde(default = "taken_in_half_days")]
    pub half_days: bool,
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
            half_days: self.half_days,
        }
    }
}

fn taken_in_half_days() -> bool {
    true
}

/// The rules of a leave type a request is judged by, on the device and on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RequestPolicy {
    pub counting: DayCounting,
    pub min_notice_days: i64,
    pub negative_allowance: i64,
    pub half_days: bool,
}

impl RequestPolicy {
    /// Refuses a request starting fewer than `min_notice_days` after `today`.
    pub fn check_notice(&self, start: NaiveDate, today: NaiveDate) -> Result<(), LeaveProblem> {
        if self.min_notice_days > 0 && (start - today).num_days() < self.min_notice_days {
            return Err(LeaveProblem::TooLittleNotice { days: self.min_notice_days });
        }
        Ok(())
    }

    /// Refuses a request that starts or ends at midday when the type is taken in whole days.
    pub fn check_halves(&self, span: &LeaveSpan, leave_type_name: &str) -> Result<(), LeaveProblem> {
        if !self.half_days && span.has_half_days() {
            return Err(LeaveProblem::WholeDaysOnly { leave_type: leave_type_name.to_owned() });
        }
        Ok(())
    }

    /// [`check_request`] under this policy: the notice and the halves first, then days counted as the
    /// type counts them, and a balance that may go `negative_allowance` days below zero. Answers the days
    /// the request costs.
    pub fn check_request(
        &self,
        today: NaiveDate,
        requester: &WorkCalendar,
        span: &LeaveSpan,
        leave_type_name: &str,
        existing: &[LeaveSpan],
        balance_for: impl Fn(i32) -> Balance,
    ) -> Result<LeaveDays, LeaveProblem> {
        self.check_notice(span.start, today)?;
        self.check_halves(span, leave_type_name)?;
        check_request(&self.counting.calendar(requester), span, leave_type_name, existing, |year| {
            let balance = balance_for(year);
            Balance { entitled: balance.entitled + LeaveDays::whole(self.negative_allowance.max(0)), ..balance }
        })
    }
}

/// The upfront grant of `allowance` for leave year `year` to someone hired on `hired_on`: all of it for
/// someone hired before the year, nothing for someone hired after it, and for a joiner during it, if
/// `prorated`, the share of the year from the hire date on (rounded to the nearest half day).
pub fn yearly_grant(
    allowance: i64,
    prorated: bool,
    hired_on: Option<NaiveDate>,
    leave_year: LeaveYear,
    year: i32,
) -> LeaveDays {
    let whole = LeaveDays::whole(allowance);
    let Some(hired_on) = hired_on else { return whole };
    match leave_year.of(hired_on).cmp(&year) {
        std::cmp::Ordering::Less => whole,
        std::cmp::Ordering::Greater => LeaveDays::ZERO,
        std::cmp::Ordering::Equal if !prorated => whole,
        std::cmp::Ordering::Equal => {
            let Some(first_day) = leave_year.first_day(year) else { return whole };
            let length = leave_year.length(year);
            let days_left = length - (hired_on - first_day).num_days();
            LeaveDays::rounded_ratio(allowance.max(0) * days_left, length)
        }
    }
}

/// What the monthly accrual of `allowance` adds for month `index` of the leave year (1 to 12): the
/// running total rounded to the half day, less the previous month's, so that the twelve months add up
/// to the allowance exactly.
pub fn monthly_accrual(allowance: i64, index: u32) -> LeaveDays {
    let accrued_by = |index: u32| LeaveDays::rounded_ratio(allowance.max(0) * i64::from(index.min(12)), 12);
    if index == 0 { LeaveDays::ZERO } else { accrued_by(index) - accrued_by(index - 1) }
}

/// The accrual for calendar month `month` of `year` to someone hired on `hired_on`, with the leave year
/// it is written to: nothing for a month that ended before they joined, so a joiner's accrual is
/// prorated by the months they work.
pub fn accrual_for(
    allowance: i64,
    hired_on: Option<NaiveDate>,
    leave_year: LeaveYear,
    year: i32,
    month: u32,
) -> (i32, LeaveDays) {
    let (label, index) = leave_year.month_of(year, month);
    let month_end = NaiveDate::from_ymd_opt(year, month, 1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .and_then(|next| next.pred_opt());
    let days = match (hired_on, month_end) {
        (_, None) => LeaveDays::ZERO,
        (Some(hired_on), Some(end)) if hired_on > end => LeaveDays::ZERO,
        _ => monthly_accrual(allowance, index),
    };
    (label, days)
}

/// The year-end of a balance with `remaining` days unused: how many carry into the next year (at most
/// `cap`) and how many lapse. An overdrawn balance carries nothing and lapses nothing: the debt is not
/// carried into the new year.
pub fn year_end(remaining: LeaveDays, cap: i64) -> YearEnd {
    let unused = remaining.max(LeaveDays::ZERO);
    let carried = unused.min(LeaveDays::whole(cap.max(0)));
    YearEnd { carried, lapsed: unused - carried }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearEnd {
    pub carried: LeaveDays,
    pub lapsed: LeaveDays,
}

/// The day carried days lapse: `months` after the first day of the leave year they were carried into.
pub fn carry_over_expiry_date(leave_year: LeaveYear, year: i32, months: i64) -> Option<NaiveDate> {
    leave_year.first_day(year)?.checked_add_months(Months::new(u32::try_from(months).ok()?))
}

/// How many of `carried` days lapse at the carry-over expiry when `drawn` days of the year's leave
/// started before it: leave taken first draws on the carried days.
pub fn carried_days_lapsing(carried: LeaveDays, drawn: LeaveDays) -> LeaveDays {
    (carried.max(LeaveDays::ZERO) - drawn.max(LeaveDays::ZERO)).max(LeaveDays::ZERO)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Half;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn whole(n: i64) -> LeaveDays {
        LeaveDays::whole(n)
    }

    fn halves(n: i64) -> LeaveDays {
        LeaveDays::from_halves(n)
    }

    const CALENDAR: LeaveYear = LeaveYear::CALENDAR;

    #[test]
    fn calendar_days_count_weekends_and_holidays() {
        let christmas = WorkCalendar {
            holidays: vec![crate::calendar::Holiday {
                date: d("2026-12-25"),
                name: "Xmas".into(),
                recurring: false,
                half_day: false,
            }],
            ..WorkCalendar::default()
        };
        // Monday 21 to Sunday 27 December 2026.
        let week = LeaveSpan::whole_days(d("2026-12-21"), d("2026-12-27"));
        assert_eq!(DayCounting::WorkingDays.calendar(&christmas).leave_days(&week), whole(4));
        assert_eq!(DayCounting::CalendarDays.calendar(&christmas).leave_days(&week), whole(7));
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
        let policy = RequestPolicy { negative_allowance: 3, half_days: true, ..RequestPolicy::default() };
        let empty = |_| Balance { entitled: whole(2), used: whole(2), pending: whole(0) };
        let today = d("2026-03-02");
        let three = LeaveSpan::whole_days(d("2026-03-09"), d("2026-03-11"));
        let four = LeaveSpan::whole_days(d("2026-03-09"), d("2026-03-12"));
        let calendar = WorkCalendar::default();
        assert_eq!(policy.check_request(today, &calendar, &three, "Annual", &[], empty), Ok(whole(3)));
        assert_eq!(
            policy.check_request(today, &calendar, &four, "Annual", &[], empty).unwrap_err().to_string(),
            "Not enough Annual balance for 2026: 4 days requested, 3 available."
        );
    }

    #[test]
    fn a_type_taken_in_whole_days_refuses_a_half_day() {
        let policy = RequestPolicy { half_days: false, ..RequestPolicy::default() };
        let roomy = |_| Balance { entitled: whole(20), ..Balance::default() };
        let afternoon =
            LeaveSpan { start_half: Half::Afternoon, ..LeaveSpan::whole_days(d("2026-03-09"), d("2026-03-09")) };
        let calendar = WorkCalendar::default();
        assert_eq!(
            policy
                .check_request(d("2026-03-02"), &calendar, &afternoon, "Sick Leave", &[], roomy)
                .unwrap_err()
                .to_string(),
            "Sick Leave is taken in whole days."
        );
        let allowed = RequestPolicy { half_days: true, ..policy };
        assert_eq!(allowed.check_request(d("2026-03-02"), &calendar, &afternoon, "Annual", &[], roomy), Ok(halves(1)));
    }

    #[test]
    fn chains_follow_the_type_and_the_extra_hr_step() {
        assert_eq!(ApprovalChain::None.steps(true, whole(5), None), vec![]);
        assert_eq!(ApprovalChain::Manager.steps(true, whole(5), None), vec![StepRole::Manager]);
        assert_eq!(ApprovalChain::Manager.steps(false, whole(5), None), vec![StepRole::Hr]);
        assert_eq!(ApprovalChain::ManagerHr.steps(true, whole(5), Some(3)), vec![StepRole::Manager, StepRole::Hr]);
        assert_eq!(ApprovalChain::Manager.steps(true, whole(5), Some(3)), vec![StepRole::Manager, StepRole::Hr]);
        assert_eq!(ApprovalChain::None.steps(true, whole(3), Some(3)), vec![]);
        assert_eq!(ApprovalChain::None.steps(true, halves(7), Some(3)), vec![StepRole::Hr]);
    }

    #[test]
    fn joiners_get_the_share_of_the_year_left() {
        assert_eq!(yearly_grant(25, true, Some(d("2020-05-01")), CALENDAR, 2026), whole(25));
        assert_eq!(yearly_grant(25, true, Some(d("2027-01-01")), CALENDAR, 2026), whole(0));
        assert_eq!(yearly_grant(25, true, Some(d("2026-07-02")), CALENDAR, 2026), halves(25), "183 of 365 days");
        assert_eq!(yearly_grant(25, false, Some(d("2026-07-02")), CALENDAR, 2026), whole(25));
        assert_eq!(yearly_grant(25, true, Some(d("2026-01-01")), CALENDAR, 2026), whole(25));
        // An April leave year: someone hired on 1 October 2026 has half of the 2026/27 year left.
        let april = LeaveYear::starting_in(4).unwrap();
        assert_eq!(yearly_grant(20, true, Some(d("2026-10-01")), april, 2026), whole(10));
        assert_eq!(yearly_grant(20, true, Some(d("2027-02-01")), april, 2026), whole(3), "59 of 365 days: 3.2");
        assert_eq!(yearly_grant(20, true, Some(d("2027-02-01")), april, 2027), whole(20));
    }

    #[test]
    fn monthly_accrual_adds_up_to_the_allowance() {
        let months: Vec<LeaveDays> = (1..=12).map(|m| monthly_accrual(25, m)).collect();
        assert_eq!(months.iter().copied().sum::<LeaveDays>(), whole(25));
        assert_eq!(months[0], whole(2), "2.08 rounds to 2");
        assert_eq!(months[1], halves(4), "4.17 rounds to 4");
        assert_eq!(months[2], halves(5), "6.25 rounds up to 6.5");
        assert_eq!(accrual_for(12, Some(d("2026-03-31")), CALENDAR, 2026, 3), (2026, whole(1)));
        assert_eq!(accrual_for(12, Some(d("2026-04-01")), CALENDAR, 2026, 3), (2026, whole(0)));
        let april = LeaveYear::starting_in(4).unwrap();
        assert_eq!(accrual_for(18, None, april, 2027, 3), (2026, monthly_accrual(18, 12)));
        assert_eq!(accrual_for(18, None, april, 2026, 4), (2026, halves(3)));
    }

    #[test]
    fn the_year_end_carries_up_to_the_cap_and_lapses_the_rest() {
        assert_eq!(year_end(whole(8), 5), YearEnd { carried: whole(5), lapsed: whole(3) });
        assert_eq!(year_end(halves(7), 5), YearEnd { carried: halves(7), lapsed: whole(0) });
        assert_eq!(year_end(halves(11), 5), YearEnd { carried: whole(5), lapsed: halves(1) });
        assert_eq!(year_end(whole(-2), 5), YearEnd { carried: whole(0), lapsed: whole(0) });
        assert_eq!(carry_over_expiry_date(CALENDAR, 2027, 3), Some(d("2027-04-01")));
        assert_eq!(carry_over_expiry_date(LeaveYear::starting_in(4).unwrap(), 2027, 3), Some(d("2027-07-01")));
        assert_eq!(carried_days_lapsing(whole(5), whole(2)), whole(3));
        assert_eq!(carried_days_lapsing(whole(5), whole(7)), whole(0));
    }
}
