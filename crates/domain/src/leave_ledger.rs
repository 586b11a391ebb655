//! The leave ledger on the wire: every change to a balance is a signed entry, and the jobs that write
//! grants, accruals and year-ends say what they would write before they do.

use crate::days::LeaveDays;
use crate::leave_year::LeaveYear;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// What an entry records. Balances are the sum of the entries of a person, type and year.
pub const ENTRY_KINDS: &[&str] = &["grant", "accrual", "carry_over", "expiry", "adjustment", "taken", "reversal"];

/// One signed change to a balance (`GET /api/v1/leave-ledger`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveLedgerEntryAttributes {
    pub employee_id: String,
    pub employee_name: String,
    /// The leave type's code.
    pub leave_type: String,
    /// The leave year, by the calendar year it starts in.
    pub year: i32,
    /// One of [`ENTRY_KINDS`]: `taken` when a request is approved, `reversal` when approved leave is
    /// cancelled, `adjustment` by HR, the others by the jobs.
    pub kind: String,
    /// Positive adds to the balance, negative takes from it.
    pub days: LeaveDays,
    /// What the entry is for (`2026`, `2026-03`, `request:42`); none for an adjustment.
    pub period: Option<String>,
    pub reason: Option<String>,
    /// Who wrote it: HR for an adjustment or a job they ran; none for the server's own.
    pub author_id: Option<String>,
    pub author_name: Option<String>,
    pub leave_request_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// The jobs that write into the ledger, each for a period; running one twice writes nothing the second time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum LeaveJob {
    /// Period `YYYY`, a leave year: the upfront types' allowance for it, prorated for joiners.
    YearlyGrant,
    /// Period `YYYY-MM`, a calendar month: the monthly types' accrual for it, written to the leave year
    /// the month is in.
    MonthlyAccrual,
    /// Period `YYYY`, the year ending: its unused days carry into the next year up to the cap, the rest
    /// lapse.
    YearEnd,
    /// Period `YYYY`, the year days were carried into: the carried days not drawn on by the type's expiry
    /// date lapse.
    CarryOverExpiry,
}

impl LeaveJob {
    pub const NAMES: &[&str] = &["yearly_grant", "monthly_accrual", "year_end", "carry_over_expiry"];

    pub fn parse(name: &str) -> Option<LeaveJob> {
        Some(match name {
            "yearly_grant" => LeaveJob::YearlyGrant,
            "monthly_accrual" => LeaveJob::MonthlyAccrual,
            "year_end" => LeaveJob::YearEnd,
            "carry_over_expiry" => LeaveJob::CarryOverExpiry,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            LeaveJob::YearlyGrant => "yearly_grant",
            LeaveJob::MonthlyAccrual => "monthly_accrual",
            LeaveJob::YearEnd => "year_end",
            LeaveJob::CarryOverExpiry => "carry_over_expiry",
        }
    }

    /// The job's period from its text: a year (`2026`), or a month (`2026-03`) for the monthly accrual.
    pub fn period(self, text: &str) -> Option<JobPeriod> {
        let year = |text: &str| text.parse::<i32>().ok().filter(|y| (1970..=9999).contains(y));
        match self {
            LeaveJob::MonthlyAccrual => {
                let (y, m) = text.split_once('-')?;
                let month = m.parse::<u32>().ok().filter(|month| (1..=12).contains(month) && m.len() == 2)?;
                Some(JobPeriod { year: year(y)?, month: Some(month) })
            }
            _ => Some(JobPeriod { year: year(text)?, month: None }),
        }
    }

    /// The period the server runs the job for by itself on `today`, once it is due: this leave year's
    /// grant, last month's accrual, last leave year's year-end, this leave year's carry-over expiry (each
    /// type waits for its own expiry date).
    pub fn due_period(self, today: NaiveDate, leave_year: LeaveYear) -> Option<JobPeriod> {
        use chrono::Datelike;
        let last_month = today.with_day(1)?.pred_opt()?;
        let this_year = leave_year.of(today);
        Some(match self {
            LeaveJob::YearlyGrant | LeaveJob::CarryOverExpiry => JobPeriod { year: this_year, month: None },
            LeaveJob::MonthlyAccrual => JobPeriod { year: last_month.year(), month: Some(last_month.month()) },
            LeaveJob::YearEnd => JobPeriod { year: this_year - 1, month: None },
        })
    }
}

/// How many missed periods of one job the server catches up at the most, on a server that was down (or
/// a job that failed) for that long: two years of monthly accruals.
pub const CATCH_UP_LIMIT: usize = 24;

impl LeaveJob {
    /// The periods the server runs on `today`: every period after `last_run` (the latest period in the
    /// run log) up to the one due today, at most [`CATCH_UP_LIMIT`] of them, the oldest first; only the
    /// due one when the job never ran, or ran for it already. A server down over a month's end, or a run
    /// that failed, is caught up at the next pass instead of leaving an accrual silently missing.
    pub fn periods_to_run(
        self,
        last_run: Option<JobPeriod>,
        today: NaiveDate,
        leave_year: LeaveYear,
    ) -> Vec<JobPeriod> {
        let Some(due) = self.due_period(today, leave_year) else { return Vec::new() };
        let Some(last_run) = last_run.filter(|last| *last < due) else { return vec![due] };
        let mut periods: Vec<JobPeriod> =
            std::iter::successors(last_run.next(), |period| period.next()).take_while(|p| *p <= due).collect();
        let skip = periods.len().saturating_sub(CATCH_UP_LIMIT);
        periods.drain(..skip);
        periods
    }
}

/// A job's period: a year, or a month of it. Periods of one job compare in time order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct JobPeriod {
    pub year: i32,
    pub month: Option<u32>,
}

impl JobPeriod {
    /// The period after this one: the next month for a month, the next year for a year.
    pub fn next(self) -> Option<JobPeriod> {
        match self.month {
            Some(12) => Some(JobPeriod { year: self.year.checked_add(1)?, month: Some(1) }),
            Some(month) => Some(JobPeriod { year: self.year, month: Some(month + 1) }),
            None => Some(JobPeriod { year: self.year.checked_add(1)?, month: None }),
        }
    }
}

impl std::fmt::Display for JobPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.month {
            Some(month) => write!(f, "{}-{month:02}", self.year),
            None => write!(f, "{}", self.year),
        }
    }
}

/// One entry a job writes, or would write (a preview).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveJobEntry {
    pub employee_id: String,
    pub employee_name: String,
    pub leave_type: String,
    pub year: i32,
    pub kind: String,
    pub days: LeaveDays,
}

/// A job's preview or run: the entries, per person, and how many there are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveJobOutcome {
    pub job: LeaveJob,
    pub period: String,
    /// False for a preview: nothing was written.
    pub applied: bool,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub entry_count: i64,
    pub entries: Vec<LeaveJobEntry>,
}

/// A job run, in the run log HR reads (`GET /api/v1/leave-jobs`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LeaveJobRunAttributes {
    pub job: LeaveJob,
    pub period: String,
    /// How many entries it wrote: 0 for a run that found everything done.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub entries: i64,
    /// Their days added up.
    pub days: LeaveDays,
    /// Who ran it; none when the server ran it by itself.
    pub run_by_id: Option<String>,
    pub run_by_name: Option<String>,
    pub ran_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_years_or_months() {
        assert_eq!(LeaveJob::YearEnd.period("2026"), Some(JobPeriod { year: 2026, month: None }));
        assert_eq!(LeaveJob::MonthlyAccrual.period("2026-03"), Some(JobPeriod { year: 2026, month: Some(3) }));
        assert_eq!(LeaveJob::MonthlyAccrual.period("2026-3"), None);
        assert_eq!(LeaveJob::MonthlyAccrual.period("2026"), None);
        assert_eq!(LeaveJob::YearlyGrant.period("26"), None);
        assert_eq!(JobPeriod { year: 2026, month: Some(3) }.to_string(), "2026-03");
        let today: NaiveDate = "2026-01-15".parse().unwrap();
        let calendar = LeaveYear::CALENDAR;
        assert_eq!(
            LeaveJob::MonthlyAccrual.due_period(today, calendar),
            Some(JobPeriod { year: 2025, month: Some(12) })
        );
        assert_eq!(LeaveJob::YearEnd.due_period(today, calendar), Some(JobPeriod { year: 2025, month: None }));
        // With leave years from April, January is still in the 2025/26 year: 2024/25 is the one that ended.
        let april = LeaveYear::starting_in(4).unwrap();
        assert_eq!(LeaveJob::YearEnd.due_period(today, april), Some(JobPeriod { year: 2024, month: None }));
        assert_eq!(LeaveJob::YearlyGrant.due_period(today, april), Some(JobPeriod { year: 2025, month: None }));
    }

    #[test]
    fn missed_periods_are_caught_up_oldest_first_and_only_so_far_back() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        let month = |year, month| JobPeriod { year, month: Some(month) };
        let accrual = LeaveJob::MonthlyAccrual;
        assert_eq!(accrual.periods_to_run(None, today, LeaveYear::CALENDAR), vec![month(2026, 2)]);
        assert_eq!(accrual.periods_to_run(Some(month(2026, 2)), today, LeaveYear::CALENDAR), vec![month(2026, 2)]);
        assert_eq!(
            accrual.periods_to_run(Some(month(2025, 11)), today, LeaveYear::CALENDAR),
            vec![month(2025, 12), month(2026, 1), month(2026, 2)]
        );
        let long_ago = accrual.periods_to_run(Some(month(2020, 1)), today, LeaveYear::CALENDAR);
        assert_eq!((long_ago.len(), long_ago[0], long_ago[23]), (CATCH_UP_LIMIT, month(2024, 3), month(2026, 2)));
        let year = |year| JobPeriod { year, month: None };
        assert_eq!(
            LeaveJob::YearEnd.periods_to_run(Some(year(2023)), today, LeaveYear::CALENDAR),
            vec![year(2024), year(2025)]
        );
    }
}
