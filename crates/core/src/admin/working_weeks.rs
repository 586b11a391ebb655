//! The company's working week and each branch's, and its leave year, as HR keeps them. Like holidays, they change what
//! everyone's leave costs from the moment the server has them, so changes are online-only, and a read is
//! kept as a snapshot that shows offline with its age.

use super::{Snapshot, refusal_of_write};
use crate::client::ClientError;
use crate::error::{CoreError, CoreResult};
use crate::{Core, Fresh};
use okta_hr_domain::calendar::WorkingWeekAttributes;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::leave_year::LeaveYearAttributes;
use serde_json::json;

/// A change refused with 403 names who may make it; the rest is [`refusal_of_write`].
fn refusal_of_change(error: ClientError) -> CoreError {
    match error {
        ClientError::Rejected { status: 403, message, errors } => CoreError::Client(ClientError::Rejected {
            status: 403,
            message: format!("Working weeks are kept by HR only: {message}"),
            errors,
        }),
        other => refusal_of_write(other),
    }
}

impl Core {
    /// The company's week first, then each branch's (its own, or the company's it follows), fetched
    /// fresh; the kept snapshot when the server cannot be reached.
    pub async fn working_weeks(&self) -> CoreResult<Fresh<Vec<WorkingWeekAttributes>>> {
        let fetched = self.account()?.client.all_pages::<WorkingWeekAttributes>("/api/v1/working-weeks").await;
        let weeks = fetched.map(|all| all.into_iter().map(|week| week.attributes).collect());
        self.admin_read(Snapshot::WorkingWeeks, weeks).await
    }

    /// The kept snapshot of the working weeks, without contacting the server.
    pub fn cached_working_weeks(&self) -> CoreResult<Fresh<Vec<WorkingWeekAttributes>>> {
        self.admin_cached(Snapshot::WorkingWeeks)
    }

    /// Sets the company's working week (`branch_id` `None`) or a branch's own (HR), online only.
    /// `working_days` are ISO weekday numbers, Monday 1 to Sunday 7, and `half_days` those of them
    /// worked in the morning only; for a branch, `None` makes it follow the company's week again. The
    /// server's validation errors come back per field.
    pub async fn set_working_week(
        &self,
        branch_id: Option<&str>,
        working_days: Option<Vec<u8>>,
        half_days: Vec<u8>,
    ) -> CoreResult<WorkingWeekAttributes> {
        let mut body = json!({ "working_days": working_days, "half_days": half_days });
        if let Some(branch) = branch_id {
            body["branch_id"] = json!(branch.trim());
        }
        let client = &self.account()?.client;
        let week: Document<Resource<WorkingWeekAttributes>> =
            client.put("/api/v1/working-weeks", &body).await.map_err(refusal_of_change)?.body;
        self.after_calendar_changed().await;
        Ok(week.data.attributes)
    }

    /// The company's leave year, fetched fresh (everyone may read it).
    pub async fn leave_year(&self) -> CoreResult<LeaveYearAttributes> {
        let client = &self.account()?.client;
        let year: Document<Resource<LeaveYearAttributes>> =
            client.get("/api/v1/leave-year").await.map_err(refusal_of_write)?.body;
        Ok(year.data.attributes)
    }

    /// Makes the company's leave years start in `start_month` (HR), online only; balances, grants and
    /// accruals turn over there from then on.
    pub async fn set_leave_year(&self, start_month: u32) -> CoreResult<LeaveYearAttributes> {
        let client = &self.account()?.client;
        let body = json!({ "start_month": start_month });
        let year: Document<Resource<LeaveYearAttributes>> =
            client.put("/api/v1/leave-year", &body).await.map_err(refusal_of_write)?.body;
        self.after_calendar_changed().await;
        Ok(year.data.attributes)
    }
}
