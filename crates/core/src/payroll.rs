//! A payroll run's lines, a page at a time: a large company's run has a line per employee, too many
//! to read into memory (or send to a screen) whole every time one is shown.

use crate::cache::CachedDocument;
use crate::client::ClientError;
use crate::error::{CoreError, CoreResult};
use crate::{Core, Fresh};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::{PayrollRunAttributes, PayslipAttributes, kind};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// A payroll run with one page of the lines that match a search.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PayrollRunPage {
    pub run: Resource<PayrollRunAttributes>,
    pub lines: Vec<Resource<PayslipAttributes>>,
    /// How many lines match the search (every line without one).
    pub matching: u32,
}

/// A run as the cache keeps it, its lines left as raw JSON until one is on the page.
#[derive(Deserialize)]
pub(crate) struct CachedRun {
    data: Resource<PayrollRunAttributes>,
    #[serde(default)]
    included: Vec<Box<RawValue>>,
}

#[derive(Deserialize)]
struct LineHead {
    #[serde(rename = "type")]
    kind: String,
    attributes: LineNames,
}

#[derive(Deserialize)]
struct LineNames {
    employee_name: String,
    employee_number: String,
}

impl CachedRun {
    /// `limit` lines from `offset` among those whose employee's name or number contains `search`,
    /// ignoring case.
    pub(crate) fn page(self, search: &str, (offset, limit): (usize, usize)) -> CoreResult<PayrollRunPage> {
        let wanted = search.trim().to_lowercase();
        let mut matching = 0usize;
        let mut lines = Vec::new();
        for raw in &self.included {
            let head: LineHead = serde_json::from_str(raw.get())?;
            let names = [&head.attributes.employee_name, &head.attributes.employee_number];
            if head.kind != kind::PAYROLL_LINE
                || !(wanted.is_empty() || names.iter().any(|name| name.to_lowercase().contains(&wanted)))
            {
                continue;
            }
            if matching >= offset && lines.len() < limit {
                lines.push(serde_json::from_str(raw.get())?);
            }
            matching += 1;
        }
        Ok(PayrollRunPage { run: self.data, lines, matching: u32::try_from(matching).unwrap_or(u32::MAX) })
    }
}

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

    /// A payroll run with one page of its lines, those whose employee's name or number contains `search`;
    /// `refresh` asks the server first (when the run is opened), paging and searching read the cache.
    pub async fn payroll_run_page(
        &self,
        id: i64,
        refresh: bool,
        search: &str,
        page: (usize, usize),
    ) -> CoreResult<Fresh<Option<PayrollRunPage>>> {
        if refresh {
            self.refresh_payroll_run(id).await?;
        }
        let cached = self.cached_document::<CachedRun>(CachedDocument::PayrollRun(id))?;
        Ok(Fresh { fetched_at: cached.fetched_at, data: cached.data.map(|run| run.page(search, page)).transpose()? })
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run_of(people: &[(String, String)]) -> CachedRun {
        let included: Vec<_> = people
            .iter()
            .enumerate()
            .map(|(n, (name, number))| {
                json!({ "type": kind::PAYROLL_LINE, "id": n.to_string(), "attributes": {
                    "period": "2026-10", "period_start": "2026-10-01", "period_end": "2026-10-31",
                    "pay_date": "2026-10-31", "currency": "EUR", "gross": "4000.00", "total_deductions": "1000.00",
                    "net": "3000.00", "earnings": [], "deductions": [],
                    "employee_name": name, "employee_number": number } })
            })
            .collect();
        let document = json!({
            "data": { "type": "payroll-runs", "id": "1", "attributes": {
                "period": "2026-10", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "pay_date": "2026-10-31", "status": "finalised", "currency": "EUR",
                "employee_count": people.len(), "gross": "0.00", "net": "0.00", "finalised_at": null } },
            "included": included,
        });
        serde_json::from_str(&document.to_string()).expect("a cached payroll run")
    }

    fn people(names: &[(&str, &str)]) -> Vec<(String, String)> {
        names.iter().map(|(name, number)| (name.to_string(), number.to_string())).collect()
    }

    fn names(page: &PayrollRunPage) -> Vec<&str> {
        page.lines.iter().map(|line| line.attributes.employee_name.as_str()).collect()
    }

    #[test]
    fn a_run_is_read_a_page_of_lines_at_a_time() {
        let staff: Vec<_> = (0..250).map(|n| (format!("Person {n}"), format!("E{n:04}"))).collect();
        let first = run_of(&staff).page("", (0, 100)).unwrap();
        assert_eq!((first.lines.len(), first.matching), (100, 250));
        let last = run_of(&staff).page("", (200, 100)).unwrap();
        assert_eq!((names(&last)[0], last.lines.len()), ("Person 200", 50));
    }

    #[test]
    fn lines_are_searched_by_name_or_number_ignoring_case() {
        let staff = people(&[("Emma Fischer", "E0001"), ("Max Weber", "E0002"), ("Emil Fischer", "E0103")]);
        let fischers = run_of(&staff).page("  fischer ", (0, 100)).unwrap();
        assert_eq!((names(&fischers), fischers.matching), (vec!["Emma Fischer", "Emil Fischer"], 2));
        assert_eq!(names(&run_of(&staff).page("e01", (0, 100)).unwrap()), vec!["Emil Fischer"]);
        let nobody = run_of(&staff).page("Koch", (0, 100)).unwrap();
        assert_eq!((nobody.lines.len(), nobody.matching), (0, 0));
    }
}
