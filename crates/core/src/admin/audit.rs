//! The company's audit trail, for HR: every audited back-office change (who did what to which record,
//! and what changed), a page at a time, and its CSV export.
//!
//! Read only: the server appends to the trail as the changes are made. The last page read is kept as a
//! snapshot, with the filter it was read with, so it shows offline with its age.

use super::{Snapshot, query_value, refusal_of_read};
use crate::error::CoreResult;
use crate::{Core, Fresh};
use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::AuditEventAttributes;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// How many events a page of [`Core::audit_events`] holds.
pub const AUDIT_PAGE_SIZE: u64 = 50;

/// Which events to read; every field set narrows the trail, none set reads all of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AuditFilter {
    /// One action (`user.suspend`), or every action under a prefix ending with a dot (`holiday.`).
    pub action: Option<String>,
    /// The kind of record changed: `user`, `holiday`, `leave_request`, `group`, `org`…
    pub entity: Option<String>,
    /// The record's id (with `entity`: a user's is their employee id).
    pub entity_id: Option<String>,
    /// The employee who acted.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub actor_id: Option<i64>,
    /// The first day, in the company's time zone.
    pub from: Option<NaiveDate>,
    /// The last day, in the company's time zone, included; not before `from`.
    pub to: Option<NaiveDate>,
}

impl AuditFilter {
    /// The filter as the server's query parameters, each followed by `&`.
    fn query(&self) -> String {
        let actor_id = self.actor_id.map(|id| id.to_string());
        let (from, to) = (self.from.map(|d| d.to_string()), self.to.map(|d| d.to_string()));
        [
            ("action", self.action.as_deref()),
            ("entity", self.entity.as_deref()),
            ("entity_id", self.entity_id.as_deref()),
            ("actor_id", actor_id.as_deref()),
            ("from", from.as_deref()),
            ("to", to.as_deref()),
        ]
        .into_iter()
        .filter_map(|(name, value)| Some(format!("filter[{name}]={}&", query_value(value?.trim()))))
        .collect()
    }
}

/// One audited change, with who acted and what changed put in words for a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AuditEvent {
    pub id: String,
    /// When the change was made.
    pub created_at: DateTime<Utc>,
    /// What was done, such as `holiday.create` or `user.suspend`.
    pub action: String,
    /// The kind of record changed, such as `holiday` or `user`.
    pub entity: String,
    pub entity_id: String,
    /// person, api_token (acting as its HR owner), service_key, anonymous or server.
    pub actor_kind: String,
    /// The employee acting (an API token's owner); `None` for the other kinds.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    /// Who acted, as a person reads it: their name, "Helen HR (API token)", "service key".
    pub actor: String,
    /// What changed, as the change recorded it (before and after, a reason…).
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Unknown))]
    pub details: Value,
    /// `details` in one line: see [`summary`].
    pub summary: String,
}

impl From<Resource<AuditEventAttributes>> for AuditEvent {
    fn from(resource: Resource<AuditEventAttributes>) -> Self {
        let a = resource.attributes;
        let actor = match (a.actor_kind.as_str(), &a.actor_name) {
            ("person", Some(name)) => name.clone(),
            ("api_token", Some(name)) => format!("{name} (API token)"),
            (kind, _) => kind.replace('_', " "),
        };
        AuditEvent {
            id: resource.id,
            created_at: a.created_at,
            summary: summary(&a.details),
            action: a.action,
            entity: a.entity,
            entity_id: a.entity_id,
            actor_kind: a.actor_kind,
            actor_id: a.actor_id,
            actor_name: a.actor_name,
            actor,
            details: a.details,
        }
    }
}

/// One page of the trail, newest first, and where it stands among all the events that match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AuditPage {
    /// The filter the page was read with (offline, the snapshot's).
    pub filter: AuditFilter,
    /// This page's number, from 1.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub page: u64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub last_page: u64,
    /// How many events match, on every page.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub total: u64,
    pub events: Vec<AuditEvent>,
}

/// The trail as the server exports it: RFC 4180 CSV, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AuditExport {
    /// The file to save as is: a header row, then one row per event.
    pub csv: String,
    /// The events in `csv`.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub rows: u64,
    /// How many events matched (the server's `X-Total-Count`): more than `rows` when the export was
    /// cut short at the server's limit.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub total: u64,
}

impl AuditExport {
    /// Whether events that matched were left out of `csv`.
    pub fn is_cut_short(&self) -> bool {
        self.total > self.rows
    }
}

/// The records of a CSV text after its header row; a line break inside quotes belongs to its field.
fn csv_rows(csv: &str) -> u64 {
    let (mut quoted, mut lines) = (false, 0u64);
    for c in csv.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => lines += 1,
            _ => {}
        }
    }
    if !csv.is_empty() && !csv.ends_with('\n') {
        lines += 1;
    }
    lines.saturating_sub(1)
}

/// A value of `details` in a summary: text as it is, `–` for nothing, anything else as compact JSON.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => "–".to_owned(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// `{"before": …, "after": …}` and nothing else: a change of one value.
fn as_change(value: &Value) -> Option<(&Value, &Value)> {
    let object = value.as_object()?;
    (object.len() == 2).then_some(())?;
    Some((object.get("before")?, object.get("after")?))
}

/// A record's fields that have a value, `name=value`.
fn fields(record: &Map<String, Value>) -> String {
    record.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| format!("{k}={}", shown(v))).collect::<Vec<_>>().join(", ")
}

/// An event's `details` in one line: `added (…)` or `removed (…)` with the fields of a record made or
/// removed, `field: before → after` for each value changed, `field=value` for the rest.
pub fn summary(details: &Value) -> String {
    let changed = |name: &str, before: &Value, after: &Value| format!("{name}: {} → {}", shown(before), shown(after));
    match (as_change(details), details) {
        (Some((Value::Null, Value::Object(after))), _) => format!("added ({})", fields(after)),
        (Some((Value::Object(before), Value::Null)), _) => format!("removed ({})", fields(before)),
        (Some((Value::Object(before), Value::Object(after))), _) => {
            let names = before.keys().chain(after.keys().filter(|k| !before.contains_key(*k)));
            names
                .filter_map(|name| {
                    let (was, is) = (before.get(name).unwrap_or(&Value::Null), after.get(name).unwrap_or(&Value::Null));
                    (was != is).then(|| changed(name, was, is))
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
        (Some((before, after)), _) => format!("{} → {}", shown(before), shown(after)),
        (None, Value::Object(object)) => object
            .iter()
            .map(|(name, value)| match as_change(value) {
                Some((before, after)) => changed(name, before, after),
                None => format!("{name}={}", shown(value)),
            })
            .collect::<Vec<_>>()
            .join(", "),
        (None, Value::Null) => String::new(),
        (None, other) => shown(other),
    }
}

impl Core {
    /// Page `page` (from 1) of the company's audit trail that matches `filter`, newest first, fetched
    /// fresh (HR only). When the server cannot be reached, the last page read answers if it was read with
    /// the same filter and page number; [`Core::cached_audit_events`] has it whatever it was.
    pub async fn audit_events(&self, filter: &AuditFilter, page: u64) -> CoreResult<Fresh<AuditPage>> {
        let page = page.max(1);
        let path = format!("/api/v1/audit-events?{}page[size]={AUDIT_PAGE_SIZE}&page[number]={page}", filter.query());
        let fetched = self.account()?.client.get::<Document<Vec<Resource<AuditEventAttributes>>>>(&path).await;
        let read = fetched.map(|answer| {
            let document = answer.body;
            let (last_page, total) =
                document.meta.as_ref().map_or((page, document.data.len() as u64), |m| (m.last_page.max(1), m.total));
            AuditPage {
                filter: filter.clone(),
                page,
                last_page,
                total,
                events: document.data.into_iter().map(AuditEvent::from).collect(),
            }
        });
        self.admin_read_if(Snapshot::AuditEvents, read, |last: &AuditPage| last.filter == *filter && last.page == page)
            .await
    }

    /// The last page of the audit trail read on this device, with its filter, without contacting the
    /// server; `None` when it was never read here.
    pub fn cached_audit_events(&self) -> CoreResult<Fresh<Option<AuditPage>>> {
        self.admin_cached(Snapshot::AuditEvents)
    }

    /// Every event that matches `filter` as the server's CSV export (HR only, online only: an export is
    /// never made from a snapshot). At most the server's limit, the newest; [`AuditExport::is_cut_short`]
    /// tells when more matched.
    pub async fn export_audit_events(&self, filter: &AuditFilter) -> CoreResult<AuditExport> {
        let query = filter.query();
        let path = format!("/api/v1/audit-events/export?{}", query.trim_end_matches('&'));
        let answer =
            self.account()?.client.get_text(path.trim_end_matches('?'), "text/csv").await.map_err(refusal_of_read)?;
        let rows = csv_rows(&answer.body);
        let total = answer
            .headers
            .get("x-total-count")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(rows);
        Ok(AuditExport { csv: answer.body, rows, total })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_summary_says_what_was_added_removed_or_changed() {
        let holiday = json!({ "date": "2026-09-16", "name": "Company Day", "recurring": false, "branch_id": null });
        assert_eq!(
            summary(&json!({ "before": null, "after": holiday })),
            "added (date=2026-09-16, name=Company Day, recurring=false)"
        );
        assert_eq!(
            summary(&json!({ "before": holiday, "after": null })),
            "removed (date=2026-09-16, name=Company Day, recurring=false)"
        );
        assert_eq!(
            summary(
                &json!({ "title": { "before": "Tester", "after": "Lead" }, "city": { "before": null, "after": "Berlin" } })
            ),
            "city: – → Berlin, title: Tester → Lead"
        );
        assert_eq!(
            summary(&json!({ "login": "a@acme.test", "status": { "before": "ACTIVE", "after": "SUSPENDED" } })),
            "login=a@acme.test, status: ACTIVE → SUSPENDED"
        );
        assert_eq!(summary(&json!({ "decision": "approve", "notes": null })), "decision=approve, notes=–");
        assert_eq!(summary(&Value::Null), "");
    }

    #[test]
    fn the_filter_is_sent_encoded_and_only_what_is_set() {
        assert_eq!(AuditFilter::default().query(), "");
        let filter = AuditFilter {
            action: Some("holiday.".to_owned()),
            entity_id: Some("a b&c".to_owned()),
            from: Some("2026-05-01".parse().unwrap()),
            ..AuditFilter::default()
        };
        assert_eq!(filter.query(), "filter[action]=holiday.&filter[entity_id]=a%20b%26c&filter[from]=2026-05-01&");
    }

    #[test]
    fn csv_rows_count_records_not_lines() {
        assert_eq!(csv_rows("time,actor\r\n"), 0);
        assert_eq!(csv_rows("time,actor\r\na,b\r\n\"two\r\nlines\",c\r\n"), 2);
        assert_eq!(csv_rows("time,actor\r\na,b"), 1);
        assert_eq!(csv_rows(""), 0);
    }
}
