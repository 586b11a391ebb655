//! Company announcements. Everyone reads the published ones meant for them (seed 000's list, in its
//! shape); HR also manages them, in every state, through the back-office extensions: drafts, schedules
//! the server publishes by itself (`crate::announcement_schedule`), an audience of departments, branches
//! or named people, pins and expiry. Publishing notifies the audience.

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::Change;
use crate::error::{ApiError, ApiResult};
use crate::hr_api::announcement_input::{self, AnnouncementChange, AnnouncementInput};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery, one};
use crate::store::announcements;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use okta_hr_domain::announcements::{AnnouncementState, ManagedAnnouncementAttributes};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::{AnnouncementAttributes, Role};
use serde_json::json;
use utoipa::openapi::schema::{AnyOfBuilder, Schema};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const ENTITY: &str = "announcement";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(show, update, delete))
        .routes(routes!(publish))
        .routes(routes!(expire))
}

/// An announcement as the list and the single read answer it: as everyone reads it, or as HR does. Any
/// of the two, not one of them: a published announcement as HR reads it is both.
#[allow(dead_code)]
struct ListedAnnouncement;

impl PartialSchema for ListedAnnouncement {
    fn schema() -> RefOr<Schema> {
        AnyOfBuilder::new()
            .item(Ref::from_schema_name(AnnouncementAttributes::name()))
            .item(Ref::from_schema_name(ManagedAnnouncementAttributes::name()))
            .into()
    }
}

impl ToSchema for ListedAnnouncement {
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((AnnouncementAttributes::name().into(), AnnouncementAttributes::schema()));
        schemas.push((ManagedAnnouncementAttributes::name().into(), ManagedAnnouncementAttributes::schema()));
        <AnnouncementAttributes as ToSchema>::schemas(schemas);
        <ManagedAnnouncementAttributes as ToSchema>::schemas(schemas);
    }
}

/// `filter[state]`: one state or several, comma-separated.
fn states(query: &ListQuery) -> ApiResult<Option<Vec<AnnouncementState>>> {
    let Some(text) = query.text("filter[state]") else {
        return Ok(None);
    };
    text.split(',')
        .map(|state| AnnouncementState::parse(state.trim()))
        .collect::<Option<Vec<_>>>()
        .map(Some)
        .ok_or_else(|| ApiError::invalid("filter.state", "The selected filter.state is invalid."))
}

/// Published company announcements.
///
/// Those meant for the signed-in person (everyone's, their department's or branch's, or naming them),
/// from publication until expiry: pinned first, then newest. Drafts and scheduled announcements are not
/// shown.
///
/// Back-office extension: with `filter[state]` (`draft`, `scheduled`, `published`, `expired`, or several
/// comma-separated) HR lists every announcement of the company in those states, whatever its audience,
/// with its `state`, `audience`, `publish_at` and `created_at` (see `ManagedAnnouncementAttributes`).
#[utoipa::path(get, path = "/api/v1/announcements", tag = "Company", security(("bearer" = [])),
    params(("filter[state]" = Option<String>, Query, description = "HR only: draft, scheduled, published, expired, comma-separated"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Announcements (HR's form with filter[state])",
            body = Document<Vec<Resource<ListedAnnouncement>>>),
        (status = 403, description = "filter[state] is HR's"),
        (status = 422, description = "Invalid filter[state]"),
    ))]
async fn list(State(state): State<AppState>, user: AuthUser, query: ListQuery) -> ApiResult<Response> {
    let (offset, limit) = (query.offset(), query.limit());
    let now = Utc::now();
    if query.text("filter[state]").is_some() {
        user.require(&[Role::Hr])?;
    }
    let Some(states) = states(&query)? else {
        let (items, total) =
            state.db.read(move |conn| announcements::feed(conn, user.company_id, user.id, now, offset, limit)).await?;
        return Ok(query.page(items, total).into_response());
    };
    let mut all = state.db.read(move |conn| announcements::all(conn, user.company_id, now)).await?;
    all.retain(|item| states.contains(&item.attributes.state));
    let total = all.len() as u64;
    let page = all.into_iter().skip(offset as usize).take(limit as usize).collect();
    Ok(query.page(page, total).into_response())
}

/// One announcement.
///
/// Anyone reads a published announcement meant for them, as the list shows it; any other answers 404.
/// HR reads every announcement of the company, in any state, with its `state`, `audience`,
/// `publish_at` and `created_at` (extension).
#[utoipa::path(get, path = "/api/v1/announcements/{announcement_id}", tag = "Company", security(("bearer" = [])),
    params(("announcement_id" = i64, Path, description = "The ID of the announcement")),
    responses(
        (status = 200, description = "The announcement (HR's form for HR)", body = Document<Resource<ListedAnnouncement>>),
        (status = 404, description = "No such announcement for the signed-in person"),
    ))]
async fn show(State(state): State<AppState>, user: AuthUser, PathId(id): PathId) -> ApiResult<Response> {
    let now = Utc::now();
    if user.is_hr() {
        let item = state.db.read(move |conn| announcements::find(conn, user.company_id, id, now)).await?;
        return Ok(one(item).into_response());
    }
    let item = state.db.read(move |conn| announcements::visible(conn, user.company_id, user.id, id, now)).await?;
    Ok(one(item).into_response())
}

/// Create an announcement (HR).
///
/// A draft by default; with `publish_at`, scheduled (the server publishes it, and notifies its audience,
/// when that time passes); with `publish: true`, published at once with its audience notified. The
/// audience defaults to everyone.
#[utoipa::path(post, path = "/api/v1/announcements", tag = "Company", security(("bearer" = [])),
    request_body = AnnouncementInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Created", body = Document<Resource<ManagedAnnouncementAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid title, body, audience or times"),
    ))]
async fn create(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let now = Utc::now();
    let new = announcement_input::new_announcement(&input.fields, now)?;
    state
        .db
        .write(Change::by(user.actor(), "announcement.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                new.audience.check(conn, user.company_id)?;
                let (created, notified) = announcements::create(conn, user.company_id, user.id, &new, now)?;
                let details = json!({ "before": null, "after": created.attributes, "notified": notified });
                tx.audit(ENTITY, &created.id, &details)?;
                idempotency::document(StatusCode::CREATED, created)
            })
        })
        .await
}

/// Change an announcement (HR).
///
/// A draft or scheduled announcement may change in anything: its title, body, audience and
/// `publish_at` (`null` makes it a draft again). Any announcement may be pinned or unpinned and have its
/// `expires_at` changed (`null`: no end); a published one changes in nothing else.
#[utoipa::path(patch, path = "/api/v1/announcements/{announcement_id}", tag = "Company", security(("bearer" = [])),
    request_body = AnnouncementChange,
    params(("announcement_id" = i64, Path, description = "The ID of the announcement")),
    responses(
        (status = 200, description = "Changed", body = Document<Resource<ManagedAnnouncementAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such announcement in the company"),
        (status = 422, description = "Invalid fields, or a change its state does not allow"),
    ))]
async fn update(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(id): PathId,
    input: PostInput,
) -> ApiResult<JsonApi<Document<Resource<ManagedAnnouncementAttributes>>>> {
    user.require(&[Role::Hr])?;
    let now = Utc::now();
    let edit = announcement_input::edit(&input.fields, now)?;
    state
        .db
        .write(Change::by(user.actor(), "announcement.update"), move |tx| -> ApiResult<_> {
            if let Some(audience) = &edit.audience {
                announcements::find(tx, user.company_id, id, now)?;
                audience.check(tx, user.company_id)?;
            }
            let (before, after) = announcements::update(tx, user.company_id, id, &edit, now)?;
            if before == after {
                tx.unchanged();
            } else {
                tx.audit(ENTITY, &after.id, &json!({ "before": before.attributes, "after": after.attributes }))?;
            }
            Ok(one(after))
        })
        .await
}

/// Publish an announcement now (HR).
///
/// A draft or scheduled announcement is shown to its audience from now on, and each person in it is
/// notified.
#[utoipa::path(post, path = "/api/v1/announcements/{announcement_id}/publish", tag = "Company", security(("bearer" = [])),
    params(("announcement_id" = i64, Path, description = "The ID of the announcement"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "Published", body = Document<Resource<ManagedAnnouncementAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such announcement in the company"),
        (status = 422, description = "Already published, expired, or its expiry has passed"),
    ))]
async fn publish(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let now = Utc::now();
    state
        .db
        .write(Change::by(user.actor(), "announcement.publish"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let (before, after, notified) = announcements::publish(conn, user.company_id, id, now)?;
                let details = json!({ "before": before.attributes, "after": after.attributes, "notified": notified });
                tx.audit(ENTITY, &after.id, &details)?;
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}

/// Expire a published announcement now (HR).
///
/// Nobody but HR sees it from now on; it stays on record. A draft or scheduled one is deleted instead.
#[utoipa::path(post, path = "/api/v1/announcements/{announcement_id}/expire", tag = "Company", security(("bearer" = [])),
    params(("announcement_id" = i64, Path, description = "The ID of the announcement"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "Expired", body = Document<Resource<ManagedAnnouncementAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such announcement in the company"),
        (status = 422, description = "Not published, or already expired"),
    ))]
async fn expire(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let now = Utc::now();
    state
        .db
        .write(Change::by(user.actor(), "announcement.expire"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let (before, after) = announcements::expire(conn, user.company_id, id, now)?;
                tx.audit(ENTITY, &after.id, &json!({ "before": before.attributes, "after": after.attributes }))?;
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}

/// Delete a draft or scheduled announcement (HR).
///
/// One that was published stays on record: expire it instead.
#[utoipa::path(delete, path = "/api/v1/announcements/{announcement_id}", tag = "Company", security(("bearer" = [])),
    params(("announcement_id" = i64, Path, description = "The ID of the announcement")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such announcement in the company"),
        (status = 422, description = "Published or expired"),
    ))]
async fn delete(State(state): State<AppState>, user: AuthUser, PathId(id): PathId) -> ApiResult<StatusCode> {
    user.require(&[Role::Hr])?;
    let now = Utc::now();
    state
        .db
        .write(Change::by(user.actor(), "announcement.delete"), move |tx| -> ApiResult<_> {
            let removed = announcements::delete(tx, user.company_id, id, now)?;
            tx.audit(ENTITY, &removed.id, &json!({ "before": removed.attributes, "after": null }))?;
            Ok(StatusCode::NO_CONTENT)
        })
        .await
}
