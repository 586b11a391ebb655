//! Public holidays (HR keeps them; everyone reads them) and the signed-in person's working calendar, which
//! the device caches to count leave days exactly as the server does.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::CompanyClock;
use crate::store::holidays::{self, NewHoliday};
use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use chrono::{Datelike, NaiveDate};
use icalendar::{CalendarComponent, Component, DatePerhapsTime};
use okta_hr_domain::calendar::WorkCalendar;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::validation::Validator;
use okta_hr_domain::wire::{HolidayAttributes, Role, kind};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const NAME_MAX: usize = 100;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(delete))
        .routes(routes!(import))
        .routes(routes!(my_calendar))
}

/// The company's public holidays in a year.
///
/// Every signed-in person may read them. A recurring holiday is listed in every year from its first, on
/// its day in the year asked for. `filter[branch]` keeps those that apply at one branch: the company-wide
/// ones and the branch's own.
#[utoipa::path(get, path = "/api/v1/holidays", tag = "Company", security(("bearer" = [])),
    params(("year" = Option<i32>, Query, description = "Defaults to the current year"),
        ("filter[branch]" = Option<i64>, Query, description = "A branch's id"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Holidays by date", body = Document<Vec<Resource<HolidayAttributes>>>),
        (status = 422, description = "Invalid year or branch"),
    ))]
async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<HolidayAttributes>>>>> {
    let mut v = query.validator();
    let year = v.optional_integer("year");
    if year.is_some_and(|y| !(1970..=9999).contains(&y)) {
        v.fail("year", "The year field must be between 1970 and 9999.");
    }
    let branch = v.optional_integer("filter[branch]");
    v.finish()?;
    let (offset, limit) = (query.offset() as usize, query.limit() as usize);
    let (page, total) = state
        .db
        .read(move |conn| -> ApiResult<_> {
            if let Some(branch) = branch
                && !holidays::is_branch_of(conn, user.company_id, branch)?
            {
                return Err(ApiError::invalid("filter.branch", "The selected filter.branch is invalid."));
            }
            let year = match year {
                Some(year) => year as i32,
                None => CompanyClock::load(conn, user.company_id)?.today().year(),
            };
            let all = holidays::in_year(conn, user.company_id, year, branch)?;
            let total = all.len() as u64;
            Ok((all.into_iter().skip(offset).take(limit).collect(), total))
        })
        .await?;
    Ok(query.page(page, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct HolidayInput {
    /// Must be a valid date. Must be unique among the holidays of its scope (the company, or the branch).
    #[schema(example = "2052-12-25")]
    date: String,
    /// Must not be greater than 100 characters.
    #[schema(example = "Christmas Day")]
    name: String,
    /// Every year on the same day from `date` on. Defaults to false.
    recurring: Option<bool>,
    /// Only the afternoon is off (Christmas Eve in many companies): leave that day costs half a day.
    /// Defaults to false.
    half_day: Option<bool>,
    /// One of the company's branches; omit it for a holiday of the whole company.
    branch_id: Option<i64>,
}

/// Add a public holiday (HR).
///
/// Leave requested from now on over the holiday costs a day less for everyone it applies to. Requests
/// already made keep the days they were booked with.
#[utoipa::path(post, path = "/api/v1/holidays", tag = "Company", security(("bearer" = [])),
    request_body = HolidayInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Added", body = Document<Resource<HolidayAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid or duplicate date, name or branch"),
    ))]
async fn create(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let mut v = Validator::new(&input.fields);
    let date = v.required_date("date");
    let name = v.required_string("name", Some(NAME_MAX));
    let recurring = v.optional_bool("recurring").unwrap_or(false);
    let half_day = v.optional_bool("half_day").unwrap_or(false);
    let branch_id = v.optional_integer("branch_id");
    v.finish()?;
    let (Some(date), Some(name)) = (date, name) else {
        return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
    };
    let holiday = NewHoliday { date, name, recurring, half_day, branch_id };
    state
        .db
        .write(Change::by(user.actor(), "holiday.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let added = holidays::add(conn, user.company_id, &holiday)?;
                tx.audit("holiday", &added.id, &json!({ "before": null, "after": added.attributes }))?;
                idempotency::document(StatusCode::CREATED, added)
            })
        })
        .await
}

/// Remove a public holiday (HR).
///
/// Requests already made over it keep the days they were booked with.
#[utoipa::path(delete, path = "/api/v1/holidays/{holiday_id}", tag = "Company", security(("bearer" = [])),
    params(("holiday_id" = i64, Path, description = "The ID of the holiday")),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such holiday in the company"),
    ))]
async fn delete(State(state): State<AppState>, user: AuthUser, PathId(holiday_id): PathId) -> ApiResult<StatusCode> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "holiday.delete"), move |tx| -> ApiResult<_> {
            let removed = holidays::delete(tx, user.company_id, holiday_id)?;
            tx.audit("holiday", &removed.id, &json!({ "before": removed.attributes, "after": null }))?;
            Ok(StatusCode::NO_CONTENT)
        })
        .await
}

/// An iCalendar body with the idempotency of a POST: its key, and a fingerprint that covers the file.
struct Upload {
    text: Option<String>,
    input: PostInput,
}

impl<S: Send + Sync> FromRequest<S> for Upload {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = request.into_parts();
        let mut bare = Request::new(axum::body::Body::empty());
        *bare.method_mut() = parts.method.clone();
        *bare.uri_mut() = parts.uri.clone();
        *bare.headers_mut() = parts.headers.clone();
        let mut input = PostInput::from_request(bare, state).await?;
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::invalid("body", "The request body could not be read.")
            }
        })?;
        let mut hasher = Sha256::new();
        hasher.update(input.fingerprint.as_bytes());
        hasher.update(&bytes);
        input.fingerprint = hex::encode(hasher.finalize());
        Ok(Upload { text: String::from_utf8(bytes.to_vec()).ok(), input })
    }
}

/// An all-day event's day, name and whether it recurs yearly.
type AllDayEvent = (NaiveDate, String, bool);

/// The all-day events of an iCalendar file as holidays: the day of `DTSTART;VALUE=DATE`, the `SUMMARY`
/// (cut to 100 characters), recurring for `RRULE:FREQ=YEARLY` (whatever else the rule says). Events at a
/// time of day are not holidays; `None` when the text is not an iCalendar file.
fn all_day_events(text: &str) -> Option<(Vec<AllDayEvent>, usize)> {
    let unfolded = icalendar::parser::unfold(text);
    let roots = icalendar::parser::read_components(&unfolded).ok()?;
    let root = roots.into_iter().find(|c| c.name == "VCALENDAR")?;
    let calendar = icalendar::Calendar::from(icalendar::parser::Calendar {
        properties: root.properties,
        components: root.components,
    });
    let (mut days, mut timed) = (Vec::new(), 0);
    for event in calendar.components.iter().filter_map(|c| match c {
        CalendarComponent::Event(event) => Some(event),
        _ => None,
    }) {
        let Some(DatePerhapsTime::Date(date)) = event.get_start() else {
            timed += 1;
            continue;
        };
        let name: String = event
            .get_summary()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or("Public holiday")
            .chars()
            .take(NAME_MAX)
            .collect();
        let yearly = event
            .property_value("RRULE")
            .is_some_and(|rule| rule.split(';').any(|part| part.eq_ignore_ascii_case("FREQ=YEARLY")));
        days.push((date, name, yearly));
    }
    Some((days, timed))
}

#[derive(Serialize, ToSchema)]
pub struct ImportCounts {
    /// Holidays added.
    imported: usize,
    /// Events left out: a holiday already on that day in the same scope, or an event at a time of day.
    skipped: usize,
}

#[derive(Serialize, ToSchema)]
pub struct ImportAnswer {
    data: ImportCounts,
}

/// Import public holidays from an iCalendar (`.ics`) file (HR).
///
/// Every all-day event (`DTSTART;VALUE=DATE`) becomes a holiday named by its `SUMMARY`, recurring when its
/// rule is yearly (`RRULE:FREQ=YEARLY`). A day that already has a holiday in the same scope is skipped,
/// so importing a file twice adds nothing the second time. `branch_id` imports them for one branch.
#[utoipa::path(post, path = "/api/v1/holidays/import", tag = "Company", security(("bearer" = [])),
    request_body(content = String, content_type = "text/calendar", description = "An iCalendar file"),
    params(("branch_id" = Option<i64>, Query, description = "One of the company's branches; omit for the whole company"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "How many were imported and skipped", body = ImportAnswer),
        (status = 403, description = "HR only"),
        (status = 422, description = "Not an iCalendar file, or an invalid branch"),
    ))]
async fn import(State(state): State<AppState>, user: AuthUser, query: ListQuery, upload: Upload) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let mut v = query.validator();
    let branch_id = v.optional_integer("branch_id");
    let events = upload.text.as_deref().and_then(all_day_events);
    if events.is_none() {
        v.fail("calendar", "The calendar must be an iCalendar (text/calendar) file.");
    }
    v.finish()?;
    let Some((events, timed)) = events else {
        return Err(ApiError::internal(anyhow::anyhow!("validated calendar missing")));
    };
    let input = upload.input;
    state
        .db
        .write(Change::by(user.actor(), "holiday.import"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                if let Some(branch) = branch_id
                    && !holidays::is_branch_of(conn, user.company_id, branch)?
                {
                    return Err(ApiError::invalid("branch_id", "The selected branch id is invalid."));
                }
                let wanted: Vec<NewHoliday> = events
                    .into_iter()
                    .map(|(date, name, recurring)| NewHoliday { date, name, recurring, half_day: false, branch_id })
                    .collect();
                let (imported, skipped) = holidays::import(conn, user.company_id, &wanted)?;
                for holiday in &imported {
                    tx.audit("holiday", &holiday.id, &json!({ "before": null, "after": holiday.attributes }))?;
                }
                if imported.is_empty() {
                    tx.unchanged();
                }
                let counts = ImportCounts { imported: imported.len(), skipped: skipped + timed };
                Ok((StatusCode::OK, json!({ "data": counts })))
            })
        })
        .await
}

/// The signed-in person's working calendar (extension).
///
/// Their working week (their branch's, or the company's) and the holidays that apply to them (the
/// company's and their branch's): every recurring one, and the dated ones of this year and the next. The
/// app counts leave days with it offline, exactly as the server counts them.
#[utoipa::path(get, path = "/api/v1/me/calendar", tag = "Me", security(("bearer" = [])),
    responses((status = 200, description = "The calendar", body = Document<Resource<WorkCalendar>>)))]
async fn my_calendar(
    State(state): State<AppState>,
    user: AuthUser,
) -> ApiResult<JsonApi<Document<Resource<WorkCalendar>>>> {
    let calendar = state
        .db
        .read(move |conn| -> ApiResult<_> {
            let today = CompanyClock::load(conn, user.company_id)?.today();
            let mut calendar = holidays::calendar_of(conn, user.company_id, user.id)?;
            // This leave year's and the next: what a device counts requests in.
            let leave_year = calendar.leave_year_starts;
            let this_year = leave_year.of(today);
            let (first, last) = (leave_year.first_day(this_year), leave_year.last_day(this_year + 1));
            calendar.holidays.retain(|h| {
                h.recurring || first.zip(last).is_some_and(|(first, last)| (first..=last).contains(&h.date))
            });
            Ok(calendar)
        })
        .await?;
    Ok(JsonApi(StatusCode::OK, Document::new(Resource::new(kind::WORK_CALENDAR, user.id, calendar))))
}

#[cfg(test)]
mod tests {
    use super::all_day_events;

    #[test]
    fn all_day_events_are_read_and_anything_else_is_not_a_calendar() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n\
            BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY:Christmas Day\r\n\
            RRULE:FREQ=YEARLY;BYMONTH=12\r\nEND:VEVENT\r\n\
            BEGIN:VEVENT\r\nUID:2\r\nDTSTART:20261230T090000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n\
            END:VCALENDAR\r\n";
        let (days, timed) = all_day_events(ics).unwrap();
        assert_eq!(days, vec![("2026-12-25".parse().unwrap(), "Christmas Day".to_owned(), true)]);
        assert_eq!(timed, 1);
        assert!(all_day_events("hello").is_none());
        assert!(all_day_events("{\"date\": \"2026-12-25\"}").is_none());
    }
}
