//! SQL for each resource, and the transactions behind the API's writes.
//!
//! Every function takes the caller's company and scopes its queries to it: an id from another
//! company is simply not found.

pub mod announcements;
pub mod assets;
pub mod attendance;
pub mod companies;
pub mod employees;
pub mod leave;
pub mod notifications;
pub mod payroll;

use crate::error::{ApiError, ApiResult};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension};

/// A company's clock: its time zone turns instants into working days.
#[derive(Debug, Clone, Copy)]
pub struct CompanyClock {
    pub timezone: Tz,
}

impl CompanyClock {
    pub fn load(conn: &Connection, company_id: i64) -> ApiResult<CompanyClock> {
        let name: String = conn
            .prepare_cached("SELECT timezone FROM companies WHERE id = ?1")?
            .query_row([company_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| ApiError::not_found("Company"))?;
        Ok(CompanyClock {
            timezone: name.parse().unwrap_or(Tz::UTC),
        })
    }

    pub fn date_of(&self, instant: DateTime<Utc>) -> NaiveDate {
        instant.with_timezone(&self.timezone).date_naive()
    }

    pub fn today(&self) -> NaiveDate {
        self.date_of(Utc::now())
    }
}

/// `LIKE` pattern matching `text` anywhere, with the wildcards in `text` taken literally.
pub fn contains_pattern(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}
