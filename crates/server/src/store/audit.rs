//! Reading the audit trail. Rows are only ever added, by `Tx::audit` in the write they describe; nothing
//! here or anywhere else updates or deletes one.

use crate::db::{Connection, Row};
use crate::store::{CompanyClock, Listing, StoreResult, instant};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{AuditEventAttributes, kind};
use rusqlite::types::Value as SqlValue;
use serde_json::{Map, Value, json};

/// The longest CSV export, in rows: the newest events that match.
pub const EXPORT_LIMIT: i64 = 100_000;

/// Which events to read; every field narrows the trail.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// An action, or every action under a prefix ending with `.` (`leave.`).
    pub action: Option<String>,
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<i64>,
    /// Days in the company's time zone, both inclusive.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

const COUNT_FROM: &str = "FROM audit_events a";
const SELECT: &str = "SELECT a.id, a.action, a.entity, a.entity_id, a.actor_kind, a.actor_id,
        e.first_name || ' ' || e.last_name, a.details, a.created_at
    FROM audit_events a
    LEFT JOIN employees e ON e.id = a.actor_id AND e.company_id = a.company_id";
/// Ids grow with time (one writer commits in order), and the company's index covers them.
const NEWEST_FIRST: &str = "a.id DESC";

fn from_row(r: &Row) -> crate::db::Result<Resource<AuditEventAttributes>> {
    let details: String = r.get(7)?;
    Ok(Resource::new(
        kind::AUDIT_EVENT,
        r.get::<_, i64>(0)?,
        AuditEventAttributes {
            action: r.get(1)?,
            entity: r.get(2)?,
            entity_id: r.get(3)?,
            actor_kind: r.get(4)?,
            actor_id: r.get(5)?,
            actor_name: r.get(6)?,
            details: serde_json::from_str(&details).unwrap_or(Value::String(details)),
            created_at: instant(r, 8)?.unwrap_or_default(),
        },
    ))
}

/// The fields of two JSON objects whose values differ, each as `{"before": …, "after": …}`: what an
/// audited change made of a record, in the shape the trail shows everywhere. `null` stands for a record
/// that did not exist before, or no longer does.
pub fn changes(before: &Value, after: &Value) -> Value {
    let empty = Map::new();
    let (before, after) = (before.as_object().unwrap_or(&empty), after.as_object().unwrap_or(&empty));
    let names = before.keys().chain(after.keys().filter(|name| !before.contains_key(*name)));
    let changed = names
        .filter_map(|name| {
            let (was, is) = (before.get(name).unwrap_or(&Value::Null), after.get(name).unwrap_or(&Value::Null));
            (was != is).then(|| (name.clone(), json!({ "before": was, "after": is })))
        })
        .collect();
    Value::Object(changed)
}

/// The first instant of `day` in `timezone`; a day that starts inside a DST gap starts at its first hour
/// that exists.
fn start_of(day: NaiveDate, timezone: Tz) -> DateTime<Utc> {
    let midnight = day.and_time(NaiveTime::MIN);
    (0..3)
        .find_map(|hours| timezone.from_local_datetime(&(midnight + TimeDelta::hours(hours))).earliest())
        .map_or_else(|| midnight.and_utc(), |start| start.with_timezone(&Utc))
}

/// An instant as `Tx::audit` stores it (rusqlite's text, on both backends), so that comparing the text
/// compares the instants.
fn stored(at: DateTime<Utc>) -> SqlValue {
    SqlValue::Text(at.format("%F %T%.f%:z").to_string())
}

fn listing(conn: &Connection, company_id: i64, filter: &Filter) -> StoreResult<Listing> {
    let mut listing = Listing::new("a.company_id", company_id);
    match filter.action.as_deref() {
        Some(prefix) if prefix.ends_with('.') => {
            // substr rather than LIKE: PostgreSQL's LIKE here ignores case, and `_` is a wildcard.
            let length = prefix.chars().count() as i64;
            listing.and("substr(a.action, 1, ?) = ?", [length.into(), prefix.to_owned().into()]);
        }
        Some(action) => listing.and("a.action = ?", [action.to_owned().into()]),
        None => {}
    }
    if let Some(entity) = &filter.entity {
        listing.and("a.entity = ?", [entity.clone().into()]);
    }
    if let Some(entity_id) = &filter.entity_id {
        listing.and("a.entity_id = ?", [entity_id.clone().into()]);
    }
    if let Some(actor_id) = filter.actor_id {
        listing.and("a.actor_id = ?", [actor_id.into()]);
    }
    if filter.from.is_some() || filter.to.is_some() {
        let timezone = CompanyClock::load(conn, company_id)?.timezone;
        if let Some(from) = filter.from {
            listing.and("a.created_at >= ?", [stored(start_of(from, timezone))]);
        }
        if let Some(next_day) = filter.to.and_then(|to| to.succ_opt()) {
            listing.and("a.created_at < ?", [stored(start_of(next_day, timezone))]);
        }
    }
    Ok(listing)
}

/// One page of the company's events that match, newest first, and how many match in all.
pub fn list(
    conn: &Connection,
    company_id: i64,
    filter: &Filter,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<AuditEventAttributes>>, u64)> {
    let listing = listing(conn, company_id, filter)?.page_by_id("a.id");
    listing.fetch(conn, COUNT_FROM, SELECT, NEWEST_FIRST, (offset, limit), from_row)
}

/// The newest [`EXPORT_LIMIT`] events that match, read in one pass, and how many match in all.
pub fn export(
    conn: &Connection,
    company_id: i64,
    filter: &Filter,
) -> StoreResult<(Vec<Resource<AuditEventAttributes>>, u64)> {
    listing(conn, company_id, filter)?.fetch(conn, COUNT_FROM, SELECT, NEWEST_FIRST, (0, EXPORT_LIMIT), from_row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_name_each_field_that_differs_with_its_values() {
        let before = json!({ "title": "Tester", "city": "Berlin", "nickName": "Ike" });
        let after = json!({ "title": "Lead", "city": "Berlin", "mobilePhone": "+49 30 1234" });
        assert_eq!(changes(&Value::Null, &json!({ "a": 1 })), json!({ "a": { "before": null, "after": 1 } }));
        assert_eq!(
            changes(&before, &after),
            json!({
                "title": { "before": "Tester", "after": "Lead" },
                "nickName": { "before": "Ike", "after": null },
                "mobilePhone": { "before": null, "after": "+49 30 1234" },
            })
        );
    }

    #[test]
    fn a_day_starts_at_local_midnight_or_the_first_hour_after_a_gap() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        assert_eq!(start_of(day, berlin).to_rfc3339(), "2026-06-30T22:00:00+00:00");
        // Santiago skips from midnight to 01:00 when its summer time starts.
        let santiago: Tz = "America/Santiago".parse().unwrap();
        let gap = NaiveDate::from_ymd_opt(2026, 9, 6).unwrap();
        assert_eq!(start_of(gap, santiago).to_rfc3339(), "2026-09-06T04:00:00+00:00");
    }

    #[test]
    fn stored_instants_compare_as_text_in_time_order() {
        let at = |text: &str| match stored(text.parse().unwrap()) {
            SqlValue::Text(text) => text,
            other => panic!("{other:?}"),
        };
        let bound = at("2026-05-01T22:00:00Z");
        assert!(at("2026-05-01T22:00:00.000001Z") > bound);
        assert!(at("2026-05-01T21:59:59.999Z") < bound);
        assert_eq!(at("2026-05-01T22:00:00Z"), bound);
    }
}
