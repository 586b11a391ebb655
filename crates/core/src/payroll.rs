//! HR's payroll runs as the CLI's `team payroll` reads them: the list as last refreshed, and a run with its
//! lines fetched when it is opened and then kept for offline reading.

use crate::cache::CachedDocument;
use crate::client::ClientError;
use crate::error::{CoreError, CoreResult};
use crate::{Core, Fresh};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::PayrollRunAttributes;

/// Payroll runs for HR: the list as last refreshed, and each run's lines fetched when it is opened.
impl Core {
    pub fn payroll_runs(&self) -> CoreResult<Fresh<Vec<Resource<PayrollRunAttributes>>>> {
        self.cached_list(CachedDocument::PayrollRuns)
    }

    /// A payroll run with its lines, fetched on demand and then kept.
    pub async fn payroll_run(&self, id: i64) -> CoreResult<Fresh<Option<Document<Resource<PayrollRunAttributes>>>>> {
        self.refresh_payroll_run(id).await?;
        self.cached_document(CachedDocument::PayrollRun(id))
    }

    /// Fetches a payroll run into the cache; unreachable, the cached one stands.
    async fn refresh_payroll_run(&self, id: i64) -> CoreResult<()> {
        match self.fetch_document::<Document<Resource<PayrollRunAttributes>>>(CachedDocument::PayrollRun(id)).await {
            Ok(_)
            | Err(CoreError::Client(
                ClientError::CouldNotConnect(_) | ClientError::Unreachable(_) | ClientError::ServerFault { .. },
            )) => Ok(()),
            Err(other) => Err(other),
        }
    }
}
