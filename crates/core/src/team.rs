//! What managers and HR see of the people they look after: requests to decide on, the directory,
//! the team's attendance, the organisation's branches and departments, and assets.

use crate::cache::{AttendanceEntry, CachedDocument, TeamDay};
use crate::error::CoreResult;
use crate::sync::{Operation, OutboxState, lock};
use crate::{Core, Fresh, WriteOutcome};
use chrono::NaiveDate;
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::leave::may_decide;
use okta_hr_domain::wire::{
    AssetAttributes, BranchAttributes, DepartmentAttributes, EmployeeAttributes, LeaveRequestAttributes,
};

impl Core {
    pub fn approvals(&self) -> CoreResult<Fresh<Vec<Resource<LeaveRequestAttributes>>>> {
        self.cached_list(CachedDocument::LeaveRequests)
    }

    pub async fn act_on_leave(
        &self,
        leave_request_id: i64,
        approve: bool,
        notes: Option<String>,
    ) -> CoreResult<WriteOutcome> {
        self.write(Operation::ActOnLeave { leave_request_id, approve, notes }, LeaveDays::ZERO, None).await
    }

    pub fn employees(&self, search: Option<&str>, limit: i64) -> CoreResult<Vec<Resource<EmployeeAttributes>>> {
        lock(&self.account()?.cache).employees(search, limit)
    }

    pub fn team_attendance(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        offset: i64,
        limit: i64,
    ) -> CoreResult<(Vec<AttendanceEntry>, i64)> {
        lock(&self.account()?.cache).team_attendance(from, to, offset, limit)
    }

    /// The team's counts for one day (who is in, late, or has left), from the cache.
    pub fn team_day(&self, day: NaiveDate) -> CoreResult<TeamDay> {
        lock(&self.account()?.cache).team_day(day)
    }

    pub fn branches(&self) -> CoreResult<Fresh<Vec<Resource<BranchAttributes>>>> {
        self.cached_list(CachedDocument::Branches)
    }

    pub fn departments(&self) -> CoreResult<Fresh<Vec<Resource<DepartmentAttributes>>>> {
        self.cached_list(CachedDocument::Departments)
    }

    pub fn assets(&self) -> CoreResult<Fresh<Vec<Resource<AssetAttributes>>>> {
        self.cached_list(CachedDocument::Assets)
    }

    /// How many requests wait for the user's decision, not counting decisions queued on the device.
    pub fn approvals_waiting(&self) -> CoreResult<u64> {
        let Some(me) = self.profile()?.data else { return Ok(0) };
        let decided: Vec<String> = lock(&self.account()?.cache)
            .queued_writes()?
            .into_iter()
            .filter(|w| w.state == OutboxState::Pending)
            .filter_map(|w| match w.operation {
                Operation::ActOnLeave { leave_request_id, .. } => Some(leave_request_id.to_string()),
                _ => None,
            })
            .collect();
        let waiting = self
            .approvals()?
            .data
            .iter()
            .filter(|r| !decided.contains(&r.id))
            .filter(|r| {
                let requester = r.related_id("employee").unwrap_or_default();
                may_decide(&r.attributes, requester, &me.data.id, me.data.attributes.role)
            })
            .count();
        Ok(waiting as u64)
    }
}
