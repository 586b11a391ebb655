//! SQL for each resource, and the transactions behind the API's writes.
//!
//! Every function takes the caller's company and scopes its queries to it: an id from another
//! company is simply not found.

pub mod announcements;
pub mod asset_problems;
pub mod assets;
pub mod attendance;
pub mod audit;
pub mod corrections;
mod error;
pub mod groups;
pub mod holidays;
pub mod leave;
pub mod notifications;
pub mod org_units;
pub mod organisation;
pub mod pay_setup;
pub mod payroll;
pub mod people;
pub mod provisioning;
pub mod shifts;
pub mod sms_templates;
pub mod subscriptions;
pub mod threats;
pub mod trusted_origins;
pub mod working_weeks;

use crate::db::{Connection, OptionalExtension, Row};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
pub use error::{StoreError, StoreResult};
use okta_hr_domain::wire::Role;
use rusqlite::types::{Value as SqlValue, ValueRef};

/// The person a store function acts for: who they are, in which company, with which role.
#[derive(Debug, Clone, Copy)]
pub struct Member {
    pub id: i64,
    pub company_id: i64,
    pub role: Role,
}

/// A company's clock: its time zone turns instants into working days.
#[derive(Debug, Clone, Copy)]
pub struct CompanyClock {
    pub timezone: Tz,
}

impl CompanyClock {
    pub fn load(conn: &Connection, company_id: i64) -> StoreResult<CompanyClock> {
        let name: String = conn
            .prepare_cached("SELECT timezone FROM companies WHERE id = ?1")?
            .query_row([company_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::not_found("Company"))?;
        Ok(CompanyClock { timezone: name.parse().unwrap_or(Tz::UTC) })
    }

    pub fn date_of(&self, instant: DateTime<Utc>) -> NaiveDate {
        instant.with_timezone(&self.timezone).date_naive()
    }

    pub fn today(&self) -> NaiveDate {
        self.date_of(Utc::now())
    }
}

/// A stored instant, read with chrono's RFC 3339 parser, which takes the space rusqlite writes between date
/// and time; rusqlite's own reading goes through a strftime pattern, and a page of 200 users reads 1,400.
pub fn instant(row: &Row, index: usize) -> crate::db::Result<Option<DateTime<Utc>>> {
    let parsed = row.with_value(index, |value| match value {
        ValueRef::Text(text) => std::str::from_utf8(text).ok().and_then(|text| text.parse::<DateTime<Utc>>().ok()),
        _ => None,
    })?;
    match parsed {
        Some(instant) => Ok(Some(instant)),
        None => row.get(index),
    }
}

/// An Okta-style id of 20 characters: `prefix` and random hex digits (`00g…` a group, `tos…` a trusted
/// origin).
pub fn new_okta_id(prefix: &str) -> String {
    let random = uuid::Uuid::new_v4().simple().to_string();
    format!("{prefix}{}", &random[..20usize.saturating_sub(prefix.len())])
}

/// `LIKE` pattern matching `text` anywhere, with the wildcards in `text` taken literally.
pub fn contains_pattern(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// Ids written into SQL: integers only, so nothing can be injected.
pub(crate) fn id_list(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// A filtered, paginated listing: `WHERE` conditions with their arguments, then the total and one page.
pub struct Listing {
    conditions: Vec<String>,
    args: Vec<SqlValue>,
    page_by: Option<String>,
}

impl Listing {
    /// Starts with the condition every listing has: the caller's company.
    pub fn new(company_column: &str, company_id: i64) -> Self {
        Self { conditions: vec![format!("{company_column} = ?")], args: vec![company_id.into()], page_by: None }
    }

    /// For long tables: the page's ids are picked from the `count_from` table alone, which an index can
    /// answer without reading the rows a deep page skips, and only those rows are then read with the
    /// `select` and its joins.
    pub fn page_by_id(mut self, id_column: &str) -> Self {
        self.page_by = Some(id_column.to_owned());
        self
    }

    pub fn and(&mut self, condition: &str, args: impl IntoIterator<Item = SqlValue>) {
        self.conditions.push(condition.to_owned());
        self.args.extend(args);
    }

    /// `column IN (ids)`; an empty list matches nothing.
    pub fn and_in(&mut self, column: &str, ids: &[i64]) {
        self.conditions.push(if ids.is_empty() {
            "FALSE".to_owned()
        } else {
            format!("{column} IN ({})", id_list(ids))
        });
    }

    /// Counts `SELECT COUNT(*) {count_from}` and reads one page of `{select} … ORDER BY {order_by}`.
    pub fn fetch<T>(
        mut self,
        conn: &Connection,
        count_from: &str,
        select: &str,
        order_by: &str,
        (offset, limit): (i64, i64),
        map: impl FnMut(&Row) -> crate::db::Result<T>,
    ) -> StoreResult<(Vec<T>, u64)> {
        let where_clause = self.conditions.join(" AND ");
        let total: u64 = conn
            .prepare_cached(&format!("SELECT COUNT(*) {count_from} WHERE {where_clause}"))?
            .query_row(crate::db::params_from_iter(&self.args), |r| r.get(0))?;
        self.args.extend([limit.into(), offset.into()]);
        let Some(id_column) = &self.page_by else {
            let items = conn
                .prepare_cached(&format!("{select} WHERE {where_clause} ORDER BY {order_by} LIMIT ? OFFSET ?"))?
                .query_map(crate::db::params_from_iter(&self.args), map)?
                .collect::<crate::db::Result<Vec<_>>>()?;
            return Ok((items, total));
        };
        let ids = conn
            .prepare_cached(&format!(
                "SELECT {id_column} {count_from} WHERE {where_clause} ORDER BY {order_by} LIMIT ? OFFSET ?"
            ))?
            .query_map(crate::db::params_from_iter(&self.args), |r| r.get::<_, i64>(0))?
            .collect::<crate::db::Result<Vec<_>>>()?;
        if ids.is_empty() {
            return Ok((Vec::new(), total));
        }
        let items = conn
            .prepare(&format!("{select} WHERE {id_column} IN ({}) ORDER BY {order_by}", id_list(&ids)))?
            .query_map([], map)?
            .collect::<crate::db::Result<Vec<_>>>()?;
        Ok((items, total))
    }
}
