//! Company assets: the list managers and HR read (seed 000), and the back-office extension over it. HR keeps
//! the catalogue, assigns assets and takes them back with the condition they came back in (the history of
//! who held what is kept), and fulfils or declines employees' requests; an employee sees what they hold,
//! asks for equipment and reports problems with what they hold (routine writes that notify HR).

use crate::AppState;
use crate::auth::AuthUser;
use crate::db::{Change, Connection, Tx};
use crate::error::{ApiError, ApiResult};
use crate::http::PathId;
use crate::http::idempotency::{self, Outcome};
use crate::http::input::PostInput;
use crate::http::jsonapi::{JsonApi, ListQuery};
use crate::store::asset_problems;
use crate::store::assets::{self, Asset, AssetChange, AssetFilter, Handover, NewAsset};
use axum::extract::State;
use axum::http::StatusCode;
use chrono::Utc;
use okta_hr_domain::assets::{
    AssetAssignmentAttributes, AssetProblemAttributes, AssetRequestAttributes, CONDITIONS, REQUEST_STATUSES, STATUSES,
};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::money::Money;
use okta_hr_domain::validation::{Validator, attribute};
use okta_hr_domain::wire::{AssetAttributes, Role};
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

const TAG_MAX: usize = 50;
const NAME_MAX: usize = 255;
const CATEGORY_MAX: usize = 100;
const NOTE_MAX: usize = 1_000;

type AssetPage = JsonApi<Document<Vec<Resource<AssetAttributes>>>>;

/// One of the company's assets, or the 404 every route naming one answers.
fn asset_of(conn: &Connection, company_id: i64, asset_id: i64) -> ApiResult<Asset> {
    assets::get(conn, company_id, asset_id)?.ok_or_else(|| ApiError::not_found("Asset"))
}

/// Records a hand-over (an assignment or a return): the asset before and after, and the spell it opened
/// or closed.
fn audit_handover(tx: &Tx, before: &Asset, after: &Asset, spell: &AssetAssignmentAttributes) -> ApiResult<()> {
    let details = json!({ "before": assets::audited(before), "after": assets::audited(after), "assignment": spell });
    Ok(tx.audit("asset", &before.resource.id, &details)?)
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_assets, create))
        .routes(routes!(update))
        .routes(routes!(assign))
        .routes(routes!(return_asset))
        .routes(routes!(history))
        .routes(routes!(my_assets))
        .routes(routes!(request))
        .routes(routes!(report_problem))
        .routes(routes!(requests))
        .routes(routes!(act))
}

/// List company assets with their current holder.
///
/// Managers and HR only. Extension: `filter[status]` (in_stock, assigned, in_repair, retired; `status` shows
/// in_stock as `available`) and `filter[holder]` (an employee's id) narrow the list; `purchase_date` and
/// `purchase_cost` are sent when known.
#[utoipa::path(get, path = "/api/v1/assets", tag = "Company", security(("bearer" = [])),
    params(("filter[status]" = Option<String>, Query, description = "in_stock|assigned|in_repair|retired"),
        ("filter[holder]" = Option<i64>, Query, description = "An employee's id"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Assets by tag", body = Document<Vec<Resource<AssetAttributes>>>),
        (status = 403, description = "Managers and HR only"),
        (status = 422, description = "Invalid filter"),
    ))]
async fn list_assets(State(state): State<AppState>, user: AuthUser, query: ListQuery) -> ApiResult<AssetPage> {
    user.require(&[Role::Manager, Role::Hr])?;
    let status = match query.text("filter[status]") {
        Some("available") => Some("in_stock".to_owned()),
        _ => query.filter_one_of("status", STATUSES)?,
    };
    let holder = match query.text("filter[holder]") {
        None => None,
        Some(text) => Some(
            text.parse::<i64>()
                .map_err(|_| ApiError::invalid("filter.holder", "The selected filter.holder is invalid."))?,
        ),
    };
    let filter = AssetFilter { status, holder };
    let page = (query.offset(), query.limit());
    let (items, total) = state.db.read(move |conn| assets::list(conn, user.company_id, &filter, page)).await?;
    Ok(query.page(items, total))
}

/// An asset's fields as sent; every one optional, so the same body serves an addition and a change.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct AssetInput {
    /// Required to add. Unique in the company; at most 50 characters.
    #[schema(example = "ACME-LT-010")]
    tag: Option<String>,
    /// Required to add. At most 255 characters.
    #[schema(example = "ThinkPad X1 Carbon")]
    name: Option<String>,
    /// Required to add. At most 100 characters.
    #[schema(example = "Laptop")]
    category: Option<String>,
    serial_number: Option<String>,
    /// A valid date.
    #[schema(example = "2026-01-15")]
    purchase_date: Option<String>,
    /// An exact amount with at most two decimals, not negative.
    #[schema(example = "1499.00")]
    purchase_cost: Option<String>,
    /// in_stock (the default) | in_repair | retired; an asset becomes assigned only by being assigned.
    status: Option<String>,
}

fn asset_fields(input: &PostInput, adding: bool) -> ApiResult<AssetChange> {
    let mut v = Validator::new(&input.fields);
    let text = |v: &mut Validator, field: &str, max: usize| {
        if adding { v.required_string(field, Some(max)) } else { v.optional_string(field, Some(max)) }
    };
    let tag = text(&mut v, "tag", TAG_MAX);
    let name = text(&mut v, "name", NAME_MAX);
    let category = text(&mut v, "category", CATEGORY_MAX);
    let serial_number = v.optional_string("serial_number", Some(CATEGORY_MAX));
    let purchase_date = v.optional_date("purchase_date");
    let purchase_cost = match input.fields.get("purchase_cost") {
        None | Some(serde_json::Value::Null) => None,
        Some(value) => {
            let cost = value.as_str().and_then(|s| s.trim().parse::<Money>().ok()).filter(|m| m.0 >= 0);
            if cost.is_none() {
                v.fail(
                    "purchase_cost",
                    format!("The {} field must be an amount with at most two decimals.", attribute("purchase_cost")),
                );
            }
            cost
        }
    };
    let status = if v.is_present("status") { v.required_one_of("status", STATUSES) } else { None };
    if status.as_deref() == Some("assigned") {
        v.fail("status", "An asset is assigned by assigning it to someone.");
    }
    v.finish()?;
    Ok(AssetChange { tag, name, category, serial_number, purchase_date, purchase_cost, status })
}

/// Add an asset to the catalogue (HR, extension).
#[utoipa::path(post, path = "/api/v1/assets", tag = "Company", security(("bearer" = [])),
    request_body = AssetInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Added", body = Document<Resource<AssetAttributes>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Missing or invalid fields, or a tag already taken"),
    ))]
async fn create(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    let fields = asset_fields(&input, true)?;
    let (Some(tag), Some(name), Some(category)) = (fields.tag, fields.name, fields.category) else {
        return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
    };
    let asset = NewAsset {
        tag,
        name,
        category,
        serial_number: fields.serial_number,
        purchase_date: fields.purchase_date,
        purchase_cost: fields.purchase_cost,
        status: fields.status.unwrap_or_else(|| "in_stock".to_owned()),
    };
    state
        .db
        .write(Change::by(user.actor(), "asset.create"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let created = assets::create(conn, user.company_id, &asset)?;
                tx.audit(
                    "asset",
                    &created.resource.id,
                    &json!({ "before": null, "after": assets::audited(&created) }),
                )?;
                idempotency::document(StatusCode::CREATED, created.resource)
            })
        })
        .await
}

/// Change an asset's catalogue fields or status (HR, extension).
///
/// Only the fields sent change. An assigned asset keeps its status until it is returned.
#[utoipa::path(patch, path = "/api/v1/assets/{asset_id}", tag = "Company", security(("bearer" = [])),
    request_body = AssetInput,
    params(("asset_id" = i64, Path, description = "The ID of the asset"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "The asset as changed", body = Document<Resource<AssetAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such asset in the company"),
        (status = 422, description = "Invalid fields, a tag already taken, or the status of an assigned asset"),
    ))]
async fn update(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(asset_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "asset.update"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                asset_of(conn, user.company_id, asset_id)?;
                let change = asset_fields(&input, false)?;
                let (before, after) = assets::update(conn, user.company_id, asset_id, &change)?;
                let (before, audited_after) = (assets::audited(&before), assets::audited(&after));
                if before == audited_after {
                    tx.unchanged();
                } else {
                    tx.audit("asset", &after.resource.id, &json!({ "before": before, "after": audited_after }))?;
                }
                idempotency::document(StatusCode::OK, after.resource)
            })
        })
        .await
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct AssignInput {
    /// One of the company's people.
    employee_id: i64,
    /// How it goes out, e.g. "new", "good".
    condition: Option<String>,
    note: Option<String>,
}

/// Assign an asset in stock to someone (HR, extension).
#[utoipa::path(post, path = "/api/v1/assets/{asset_id}/assign", tag = "Company", security(("bearer" = [])),
    request_body = AssignInput,
    params(("asset_id" = i64, Path, description = "The ID of the asset"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Assigned", body = Document<Resource<AssetAssignmentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such asset in the company"),
        (status = 422, description = "Invalid person, or an asset not in stock (already assigned, in repair, retired)"),
    ))]
async fn assign(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(asset_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "asset.assign"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let before = asset_of(conn, user.company_id, asset_id)?;
                let mut v = Validator::new(&input.fields);
                let employee_id = v.optional_integer("employee_id");
                if !v.is_present("employee_id") {
                    v.fail("employee_id", "The employee id field is required.");
                }
                let condition = v.optional_string("condition", Some(CATEGORY_MAX));
                let note = v.optional_string("note", Some(NOTE_MAX));
                v.finish()?;
                let Some(employee_id) = employee_id else {
                    return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
                };
                let handover = Handover { employee_id, by: Some(user.id), condition, note, request_id: None };
                let assigned = assets::assign(conn, user.company_id, asset_id, &handover, Utc::now())?;
                let after = asset_of(conn, user.company_id, asset_id)?;
                audit_handover(tx, &before, &after, &assigned.attributes)?;
                idempotency::document(StatusCode::CREATED, assigned)
            })
        })
        .await
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ReturnInput {
    /// good | worn (back in stock) | damaged (to repair) | lost (retired)
    condition: String,
    note: Option<String>,
}

/// Take an asset back from its holder (HR, extension).
///
/// Good and worn assets go back in stock, damaged ones to repair, lost ones are retired.
#[utoipa::path(post, path = "/api/v1/assets/{asset_id}/return", tag = "Company", security(("bearer" = [])),
    request_body = ReturnInput,
    params(("asset_id" = i64, Path, description = "The ID of the asset"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "Returned: the closed spell", body = Document<Resource<AssetAssignmentAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such asset in the company"),
        (status = 422, description = "Invalid condition, or an asset not assigned"),
    ))]
async fn return_asset(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(asset_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "asset.return"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                let before = asset_of(conn, user.company_id, asset_id)?;
                let mut v = Validator::new(&input.fields);
                let condition = v.required_one_of("condition", CONDITIONS);
                let note = v.optional_string("note", Some(NOTE_MAX));
                v.finish()?;
                let Some(condition) = condition else {
                    return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
                };
                let returned =
                    assets::return_asset(conn, user.company_id, asset_id, Some(user.id), &condition, note.as_deref())?;
                let after = asset_of(conn, user.company_id, asset_id)?;
                audit_handover(tx, &before, &after, &returned.attributes)?;
                idempotency::document(StatusCode::OK, returned)
            })
        })
        .await
}

/// Who held an asset, newest first (HR, extension).
#[utoipa::path(get, path = "/api/v1/assets/{asset_id}/history", tag = "Company", security(("bearer" = [])),
    params(("asset_id" = i64, Path, description = "The ID of the asset"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Assignments", body = Document<Vec<Resource<AssetAssignmentAttributes>>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such asset in the company"),
    ))]
async fn history(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(asset_id): PathId,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<AssetAssignmentAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let page = (query.offset(), query.limit());
    let (items, total) = state.db.read(move |conn| assets::history(conn, user.company_id, asset_id, page)).await?;
    Ok(query.page(items, total))
}

/// The assets the signed-in person holds, by tag (extension).
#[utoipa::path(get, path = "/api/v1/me/assets", tag = "Me", security(("bearer" = [])),
    params(("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses((status = 200, description = "What they hold", body = Document<Vec<Resource<AssetAttributes>>>)))]
async fn my_assets(State(state): State<AppState>, user: AuthUser, query: ListQuery) -> ApiResult<AssetPage> {
    let filter = AssetFilter { status: None, holder: Some(user.id) };
    let page = (query.offset(), query.limit());
    let (items, total) = state.db.read(move |conn| assets::list(conn, user.company_id, &filter, page)).await?;
    Ok(query.page(items, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct AssetRequestInput {
    /// What kind of equipment, e.g. "Monitor"; at most 100 characters.
    category: String,
    /// Why; at most 1000 characters.
    reason: String,
}

/// Ask HR for equipment (extension); HR are notified.
#[utoipa::path(post, path = "/api/v1/me/asset-requests", tag = "Me", security(("bearer" = [])),
    request_body = AssetRequestInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Requested", body = Document<Resource<AssetRequestAttributes>>),
        (status = 422, description = "Missing category or reason"),
    ))]
async fn request(State(state): State<AppState>, user: AuthUser, input: PostInput) -> ApiResult<Outcome> {
    let mut v = Validator::new(&input.fields);
    let category = v.required_string("category", Some(CATEGORY_MAX));
    let reason = v.required_string("reason", Some(NOTE_MAX));
    v.finish()?;
    let (Some(category), Some(reason)) = (category, reason) else {
        return Err(ApiError::internal(anyhow::anyhow!("validated fields missing")));
    };
    state
        .db
        .write(Change::routine(user.actor(), "asset_request.create"), move |conn| {
            idempotency::once(conn, user.id, &input, |conn| {
                let requested = assets::request(conn, user.company_id, user.id, &category, &reason)?;
                idempotency::document(StatusCode::CREATED, requested)
            })
        })
        .await
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ProblemInput {
    /// What is wrong; at most 1000 characters.
    description: String,
}

/// Report a problem with an asset the signed-in person holds (extension); HR are notified.
#[utoipa::path(post, path = "/api/v1/me/assets/{asset_id}/problems", tag = "Me", security(("bearer" = [])),
    request_body = ProblemInput,
    params(("asset_id" = i64, Path, description = "The ID of the asset"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 201, description = "Reported", body = Document<Resource<AssetProblemAttributes>>),
        (status = 404, description = "Not an asset they hold"),
        (status = 422, description = "Missing description"),
    ))]
async fn report_problem(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(asset_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    state
        .db
        .write(Change::routine(user.actor(), "asset_problem.report"), move |conn| {
            idempotency::once(conn, user.id, &input, |conn| {
                let held = assets::get(conn, user.company_id, asset_id)?.filter(|a| a.holder_id == Some(user.id));
                held.ok_or_else(|| ApiError::not_found("Asset"))?;
                let mut v = Validator::new(&input.fields);
                let description = v.required_string("description", Some(NOTE_MAX));
                v.finish()?;
                let description = description.unwrap_or_default();
                let reported = asset_problems::report(conn, user.company_id, user.id, asset_id, &description)?;
                idempotency::document(StatusCode::CREATED, reported)
            })
        })
        .await
}

/// Employees' requests for equipment, newest first (HR, extension).
#[utoipa::path(get, path = "/api/v1/asset-requests", tag = "Company", security(("bearer" = [])),
    params(("filter[status]" = Option<String>, Query, description = "pending|fulfilled|declined"),
        ("page[number]" = Option<u64>, Query), ("page[size]" = Option<u64>, Query)),
    responses(
        (status = 200, description = "Requests", body = Document<Vec<Resource<AssetRequestAttributes>>>),
        (status = 403, description = "HR only"),
        (status = 422, description = "Invalid filter"),
    ))]
async fn requests(
    State(state): State<AppState>,
    user: AuthUser,
    query: ListQuery,
) -> ApiResult<JsonApi<Document<Vec<Resource<AssetRequestAttributes>>>>> {
    user.require(&[Role::Hr])?;
    let status = query.filter_one_of("status", REQUEST_STATUSES)?;
    let page = (query.offset(), query.limit());
    let (items, total) =
        state.db.read(move |conn| assets::requests(conn, user.company_id, status.as_deref(), page)).await?;
    Ok(query.page(items, total))
}

#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ActInput {
    /// fulfil | decline
    decision: String,
    /// Required to fulfil: an asset in stock, assigned to the requester.
    asset_id: Option<i64>,
    /// Required to decline; at most 1000 characters.
    reason: Option<String>,
}

/// Fulfil or decline an employee's request (HR, extension); fulfilling assigns the asset to them.
#[utoipa::path(post, path = "/api/v1/asset-requests/{assetRequest_id}/act", tag = "Company",
    security(("bearer" = [])),
    request_body = ActInput,
    params(("assetRequest_id" = i64, Path, description = "The ID of the request"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries return the first response")),
    responses(
        (status = 200, description = "Decided", body = Document<Resource<AssetRequestAttributes>>),
        (status = 403, description = "HR only"),
        (status = 404, description = "No such request in the company"),
        (status = 422, description = "Invalid decision, a request already decided, or an asset not in stock"),
    ))]
async fn act(
    State(state): State<AppState>,
    user: AuthUser,
    PathId(request_id): PathId,
    input: PostInput,
) -> ApiResult<Outcome> {
    user.require(&[Role::Hr])?;
    state
        .db
        .write(Change::by(user.actor(), "asset_request.act"), move |tx| {
            idempotency::once(tx, user.id, &input, |conn| {
                assets::get_request(conn, user.company_id, request_id)?
                    .ok_or_else(|| ApiError::not_found("Asset request"))?;
                let mut v = Validator::new(&input.fields);
                let decision = v.required_one_of("decision", &["fulfil", "decline"]);
                let asset_id = v.optional_integer("asset_id");
                let reason = v.optional_string("reason", Some(NOTE_MAX));
                let fulfil = decision.as_deref() == Some("fulfil");
                if fulfil && !v.is_present("asset_id") {
                    v.fail("asset_id", "The asset id field is required when decision is fulfil.");
                }
                if decision.as_deref() == Some("decline") && reason.is_none() {
                    v.fail("reason", "The reason field is required when decision is decline.");
                }
                v.finish()?;
                let (before, after, assigned) = assets::decide_request(
                    conn,
                    user.company_id,
                    request_id,
                    user.id,
                    (fulfil, asset_id, reason.as_deref()),
                )?;
                tx.audit(
                    "asset_request",
                    &after.id,
                    &json!({
                        "before": before.attributes,
                        "after": after.attributes,
                        "assignment": assigned.map(|a| a.attributes),
                    }),
                )?;
                idempotency::document(StatusCode::OK, after)
            })
        })
        .await
}
