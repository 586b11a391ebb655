//! The audit trail, for HR: every audited back-office change of the company, to browse and to export as
//! CSV. Read only: the trail is appended to by the writes themselves (`Tx::audit`), and no route changes it.

use crate::AppState;
use crate::auth::AuthUser;
use crate::error::ApiResult;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::audit::{self, Filter};
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::SecondsFormat;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{AuditEventAttributes, Role};
use serde_json::{Map, Value};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_events)).routes(routes!(export_events))
}

const FILTERS: [&str; 6] = ["action", "entity", "entity_id", "actor_id", "from", "to"];

/// Reads the filters both routes share. Errors name a field `filter.from`, as the other listings do.
fn filter(query: &ListQuery) -> ApiResult<Filter> {
    let input: Map<String, Value> = FILTERS
        .iter()
        .filter_map(|name| Some((format!("filter.{name}"), query.params.get(&format!("filter[{name}]"))?.clone())))
        .collect();
    let mut v = Validator::new(&input);
    let action = v.optional_string("filter.action", Some(100));
    let entity = v.optional_string("filter.entity", Some(100));
    let entity_id = v.optional_string("filter.entity_id", Some(100));
    let actor_id = v.optional_integer("filter.actor_id");
    let from = v.optional_date("filter.from");
    let to = v.optional_date("filter.to");
    if let Some(from) = from {
        v.after_or_equal("filter.to", to, from, "filter.from");
    }
    v.finish()?;
    Ok(Filter { action, entity, entity_id, actor_id, from, to })
}

/// List the company's audit trail (HR only).
///
/// Newest first. Each event names what was done (`action`, such as `user.suspend`), to which record
/// (`entity`, `entity_id`: a user's is their employee id), by whom (`actor_kind`: person, api_token,
/// service_key, anonymous or server; `actor_id` and `actor_name` the employee acting, or the HR owner of
/// an API token) and what changed (`details`, before and after). `filter[action]` is one action, or every
/// action under a prefix ending with a dot (`leave.`); `filter[from]` and `filter[to]` are days in the
/// company's time zone, both included. The trail is append-only: no route changes or removes an event.
#[utoipa::path(get, path = "/api/v1/audit-events", tag = "Audit", security(("bearer" = [])),
    params(
        ("filter[action]" = Option<String>, Query, description = "An action, or a prefix ending with `.`", example = "user."),
        ("filter[entity]" = Option<String>, Query, description = "The kind of record, such as user or leave_request"),
        ("filter[entity_id]" = Option<String>, Query, description = "The record's id"),
        ("filter[actor_id]" = Option<i64>, Query, description = "The employee who acted"),
        ("filter[from]" = Option<String>, Query, description = "The first day, YYYY-MM-DD", example = "2026-11-01"),
        ("filter[to]" = Option<String>, Query, description = "The last day, YYYY-MM-DD; not before filter[from]", example = "2026-11-30"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query, description = "At most 100"),
    ),
    responses(
        (status = 200, description = "A page of events, newest first", body = Document<Vec<Resource<AuditEventAttributes>>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "A filter is not valid"),
    ))]
async fn list_events(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<AuditEventAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let filter = filter(&query)?;
    let (offset, limit) = (query.offset(), query.limit());
    let (events, total) = state.db.read(move |conn| audit::list(conn, user.company_id, &filter, offset, limit)).await?;
    Ok(query.page(events, total))
}

/// Export the company's audit trail as CSV (HR only).
///
/// The filters of `GET /api/v1/audit-events`; RFC 4180 (a header row `time,actor,action,entity,entity
/// id,details`, CRLF line ends, fields quoted when they hold a comma, quote or line break). `time` is UTC
/// (RFC 3339), `details` the event's JSON. A field starting with `=`, `+`, `-` or `@` is prefixed with `'`
/// so that a spreadsheet does not run it as a formula. At most 100,000 events, the newest;
/// `X-Total-Count` says how many matched, so an export that was cut short can be told.
#[utoipa::path(get, path = "/api/v1/audit-events/export", tag = "Audit", security(("bearer" = [])),
    params(
        ("filter[action]" = Option<String>, Query, description = "An action, or a prefix ending with `.`", example = "user."),
        ("filter[entity]" = Option<String>, Query, description = "The kind of record, such as user or leave_request"),
        ("filter[entity_id]" = Option<String>, Query, description = "The record's id"),
        ("filter[actor_id]" = Option<i64>, Query, description = "The employee who acted"),
        ("filter[from]" = Option<String>, Query, description = "The first day, YYYY-MM-DD", example = "2026-11-01"),
        ("filter[to]" = Option<String>, Query, description = "The last day, YYYY-MM-DD; not before filter[from]", example = "2026-11-30"),
    ),
    responses(
        (status = 200, description = "The matching events, newest first", content_type = "text/csv", body = String,
            headers(("X-Total-Count" = u64, description = "How many events matched; more than the rows when cut short"))),
        (status = 403, description = "HR only"),
        (status = 422, description = "A filter is not valid"),
    ))]
async fn export_events(State(state): State<AppState>, user: AuthUser, query: ListQuery) -> ApiResult<Response> {
    user.require(&[Role::Hr])?;
    let filter = filter(&query)?;
    let (events, total) = state.db.read(move |conn| audit::export(conn, user.company_id, &filter)).await?;
    let mut response = csv(&events).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"audit-events.csv\""));
    headers.insert("x-total-count", HeaderValue::from(total));
    Ok(response)
}

/// How the CSV names who acted: their name, and the kind when it is not the person themselves.
fn actor(event: &AuditEventAttributes) -> String {
    match (event.actor_kind.as_str(), &event.actor_name) {
        ("person", Some(name)) => name.clone(),
        ("api_token", Some(name)) => format!("{name} (API token)"),
        (kind, _) => kind.replace('_', " "),
    }
}

fn csv(events: &[Resource<AuditEventAttributes>]) -> String {
    let mut out = String::from("time,actor,action,entity,entity id,details\r\n");
    for event in events {
        let a = &event.attributes;
        let fields = [
            a.created_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            actor(a),
            a.action.clone(),
            a.entity.clone(),
            a.entity_id.clone(),
            a.details.to_string(),
        ];
        out.push_str(&fields.iter().map(|field| csv_field(field)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// RFC 4180's quoting, after defusing a leading formula character as `ui/src/lib/csv.ts` does.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\r', '\n']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn fields_are_quoted_as_rfc_4180_says_and_formulas_defused() {
        assert_eq!(csv_field("user.suspend"), "user.suspend");
        assert_eq!(csv_field(r#"{"reason":"late, again"}"#), r#""{""reason"":""late, again""}""#);
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-1"), "'-1");
    }
}
