//! The signed-in person's own attendance: today's status, a month of records, checking in and out.

use crate::cache::{AttendanceEntry, TodayStatus};
use crate::error::{CoreError, CoreResult};
use crate::sync::{Operation, lock};
use crate::{Core, WriteOutcome, precheck};
use chrono::{Datelike, NaiveDate, Utc};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::geofence::Fix;
use okta_hr_domain::wire::{BranchAttributes, kind};

impl Core {
    pub fn today(&self) -> CoreResult<TodayStatus> {
        let account = self.account()?;
        lock(&account.cache).today(account.session.employee_id, Utc::now().date_naive())
    }

    pub fn attendance(&self, month: Option<(i32, u32)>) -> CoreResult<Vec<AttendanceEntry>> {
        let account = self.account()?;
        let today = Utc::now().date_naive();
        let (year, month) = month.unwrap_or((today.year(), today.month()));
        let from = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(|| CoreError::Invalid("no such month".into()))?;
        let to = from.checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(from);
        lock(&account.cache).attendance_of(account.session.employee_id, from, to)
    }

    /// The user's own branch, from the cached profile.
    pub fn my_branch(&self) -> CoreResult<Option<BranchAttributes>> {
        let Some(profile) = self.profile()?.data else { return Ok(None) };
        let Some(branch_id) = profile.data.related_id("branch") else { return Ok(None) };
        Ok(profile.find_included::<BranchAttributes>(kind::BRANCH, branch_id).map(|b| b.attributes))
    }

    pub async fn check_in(&self, fix: Option<Fix>, is_mocked: bool) -> CoreResult<WriteOutcome> {
        let warning = precheck::geofence(self.my_branch()?.as_ref(), fix.as_ref(), "check in", self.language());
        self.write(Operation::CheckIn { fix, is_mocked }, LeaveDays::ZERO, warning).await
    }

    pub async fn check_out(&self, fix: Option<Fix>, is_mocked: bool) -> CoreResult<WriteOutcome> {
        let warning = precheck::geofence(self.my_branch()?.as_ref(), fix.as_ref(), "check out", self.language());
        self.write(Operation::CheckOut { fix, is_mocked }, LeaveDays::ZERO, warning).await
    }
}
