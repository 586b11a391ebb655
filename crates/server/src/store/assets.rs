//! Company assets: HR's catalogue, who holds what (and held it before), and employees' requests for
//! equipment; their reports of problems with what they hold are `asset_problems.rs`.
//!
//! `assets.status` is the lifecycle (in_stock, assigned, in_repair, retired); an asset is `assigned`
//! exactly while it has an open row in `asset_assignments`, whose employee `assets.holder_id` mirrors.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::notifications::{Notice, notify};
use crate::store::{Listing, StoreError, StoreResult, people};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use okta_hr_domain::assets::{AssetAssignmentAttributes, AssetRequestAttributes, status_after_return, wire_status};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::money::Money;
use okta_hr_domain::wire::{AssetAttributes, kind};
use okta_hr_i18n::args;
use serde_json::{Value, json};

/// An asset as the store reads it: what the API shows, and its lifecycle word as stored.
#[derive(Debug, Clone)]
pub struct Asset {
    pub resource: Resource<AssetAttributes>,
    /// in_stock | assigned | in_repair | retired
    pub status: String,
    pub holder_id: Option<i64>,
}

/// A new asset as HR adds it.
#[derive(Debug, Clone)]
pub struct NewAsset {
    pub tag: String,
    pub name: String,
    pub category: String,
    pub serial_number: Option<String>,
    pub purchase_date: Option<NaiveDate>,
    pub purchase_cost: Option<Money>,
    pub status: String,
}

/// What a change sets; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct AssetChange {
    pub tag: Option<String>,
    pub name: Option<String>,
    pub category: Option<String>,
    pub serial_number: Option<String>,
    pub purchase_date: Option<NaiveDate>,
    pub purchase_cost: Option<Money>,
    pub status: Option<String>,
}

/// `GET /api/v1/assets`'s filters.
#[derive(Debug, Clone, Default)]
pub struct AssetFilter {
    /// A lifecycle word (in_stock, assigned, in_repair, retired).
    pub status: Option<String>,
    pub holder: Option<i64>,
}

const COLUMNS: &str = "a.id, a.asset_tag, a.name, a.category, a.serial_number, a.holder_id, a.assigned_at,
    h.first_name || ' ' || h.last_name, a.status, a.purchase_date, a.purchase_cost_cents";
const FROM: &str = "FROM assets a LEFT JOIN employees h ON h.id = a.holder_id";

fn asset_from_row(r: &Row) -> crate::db::Result<Asset> {
    let holder: Option<i64> = r.get(5)?;
    let status: String = r.get(8)?;
    let attributes = AssetAttributes {
        asset_tag: r.get(1)?,
        name: r.get(2)?,
        category: r.get(3)?,
        serial_number: r.get(4)?,
        status: wire_status(&status).to_owned(),
        assigned_at: r.get(6)?,
        holder_name: r.get(7)?,
        purchase_date: r.get(9)?,
        purchase_cost: r.get::<_, Option<i64>>(10)?.map(Money),
    };
    let resource =
        Resource::new(kind::ASSET, r.get::<_, i64>(0)?, attributes).with_one("holder", kind::EMPLOYEE, holder);
    Ok(Asset { resource, status, holder_id: holder })
}

/// What the audit trail records of an asset.
pub fn audited(asset: &Asset) -> Value {
    let mut value = json!(asset.resource.attributes);
    value["status"] = json!(asset.status);
    value["holder_id"] = json!(asset.holder_id);
    value
}

/// The company's assets by tag, with their holder, optionally of one lifecycle status or one holder.
pub fn list(
    conn: &Connection,
    company_id: i64,
    filter: &AssetFilter,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<AssetAttributes>>, u64)> {
    let mut listing = Listing::new("a.company_id", company_id);
    if let Some(status) = &filter.status {
        listing.and("a.status = ?", [status.clone().into()]);
    }
    if let Some(holder) = filter.holder {
        listing.and("a.holder_id = ?", [holder.into()]);
    }
    let (assets, total) = listing.fetch(
        conn,
        "FROM assets a",
        &format!("SELECT {COLUMNS} {FROM}"),
        "a.asset_tag, a.id",
        (offset, limit),
        asset_from_row,
    )?;
    Ok((assets.into_iter().map(|a| a.resource).collect(), total))
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Asset>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} {FROM} WHERE a.id = ?1 AND a.company_id = ?2"))?
        .query_row([id, company_id], asset_from_row)
        .optional()?)
}

fn found(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Asset> {
    get(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Asset"))
}

fn tag_taken(conn: &Connection, company_id: i64, tag: &str, other_than: i64) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM assets WHERE company_id = ?1 AND asset_tag = ?2 AND id <> ?3)")?
        .query_row(params![company_id, tag, other_than], |r| r.get(0))?)
}

fn tag_is_taken() -> StoreError {
    StoreError::invalid("tag", "The tag has already been taken.")
}

pub fn create(conn: &Connection, company_id: i64, asset: &NewAsset) -> StoreResult<Asset> {
    if tag_taken(conn, company_id, &asset.tag, 0)? {
        return Err(tag_is_taken());
    }
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO assets (company_id, asset_tag, name, category, serial_number, status, purchase_date,
                 purchase_cost_cents)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        )?
        .query_row(
            params![
                company_id,
                asset.tag,
                asset.name,
                asset.category,
                asset.serial_number,
                asset.status,
                asset.purchase_date,
                asset.purchase_cost.map(|m| m.0)
            ],
            |r| r.get(0),
        )?;
    found(conn, company_id, id)
}

/// Changes an asset's catalogue fields or lifecycle (never to or from `assigned`, which only assigning and
/// returning do); answers it before and after.
pub fn update(conn: &Connection, company_id: i64, id: i64, change: &AssetChange) -> StoreResult<(Asset, Asset)> {
    let before = found(conn, company_id, id)?;
    if let Some(tag) = &change.tag
        && tag_taken(conn, company_id, tag, id)?
    {
        return Err(tag_is_taken());
    }
    if let Some(status) = &change.status
        && *status != before.status
        && before.status == "assigned"
    {
        return Err(StoreError::invalid("status", "The asset is assigned: return it before changing its status."));
    }
    conn.prepare_cached(
        "UPDATE assets SET asset_tag = COALESCE(?1, asset_tag), name = COALESCE(?2, name),
             category = COALESCE(?3, category), serial_number = COALESCE(?4, serial_number),
             purchase_date = COALESCE(?5, purchase_date), purchase_cost_cents = COALESCE(?6, purchase_cost_cents),
             status = COALESCE(?7, status)
         WHERE id = ?8 AND company_id = ?9",
    )?
    .execute(params![
        change.tag,
        change.name,
        change.category,
        change.serial_number,
        change.purchase_date,
        change.purchase_cost.map(|m| m.0),
        change.status,
        id,
        company_id
    ])?;
    let after = found(conn, company_id, id)?;
    Ok((before, after))
}

const ASSIGNMENT_COLUMNS: &str = "s.id, s.asset_id, s.employee_id, a.asset_tag, e.first_name || ' ' || e.last_name,
    s.assigned_at, b.first_name || ' ' || b.last_name, s.condition_out, s.note_out, s.returned_at,
    r.first_name || ' ' || r.last_name, s.condition_in, s.note_in";
const ASSIGNMENT_FROM: &str = "FROM asset_assignments s JOIN assets a ON a.id = s.asset_id
    JOIN employees e ON e.id = s.employee_id LEFT JOIN employees b ON b.id = s.assigned_by
    LEFT JOIN employees r ON r.id = s.returned_by";

fn assignment_from_row(r: &Row) -> crate::db::Result<Resource<AssetAssignmentAttributes>> {
    let attributes = AssetAssignmentAttributes {
        asset_tag: r.get(3)?,
        employee_name: r.get(4)?,
        assigned_at: r.get(5)?,
        assigned_by_name: r.get(6)?,
        condition_out: r.get(7)?,
        note_out: r.get(8)?,
        returned_at: r.get(9)?,
        returned_by_name: r.get(10)?,
        condition_in: r.get(11)?,
        note_in: r.get(12)?,
    };
    Ok(Resource::new(kind::ASSET_ASSIGNMENT, r.get::<_, i64>(0)?, attributes)
        .with_one("asset", kind::ASSET, Some(r.get::<_, i64>(1)?))
        .with_one("employee", kind::EMPLOYEE, Some(r.get::<_, i64>(2)?)))
}

fn assignment(conn: &Connection, id: i64) -> StoreResult<Resource<AssetAssignmentAttributes>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {ASSIGNMENT_COLUMNS} {ASSIGNMENT_FROM} WHERE s.id = ?1"))?
        .query_row([id], assignment_from_row)?)
}

/// How an asset goes out: to whom, by whom, in which condition, and for which request.
#[derive(Debug, Clone)]
pub struct Handover {
    pub employee_id: i64,
    pub by: Option<i64>,
    pub condition: Option<String>,
    pub note: Option<String>,
    pub request_id: Option<i64>,
}

/// Gives an asset in stock to one of the company's people; answers the new spell of the history.
pub fn assign(
    conn: &Connection,
    company_id: i64,
    asset_id: i64,
    handover: &Handover,
    at: DateTime<Utc>,
) -> StoreResult<Resource<AssetAssignmentAttributes>> {
    let asset = found(conn, company_id, asset_id)?;
    match asset.status.as_str() {
        "in_stock" => {}
        "assigned" => {
            let holder = asset.resource.attributes.holder_name.unwrap_or_default();
            return Err(StoreError::invalid("asset", format!("The asset is already assigned to {holder}.")));
        }
        other => {
            let state = other.replace('_', " ");
            return Err(StoreError::invalid("asset", format!("The asset is {state} and cannot be assigned.")));
        }
    }
    if people::record::get(conn, company_id, handover.employee_id)?.is_none() {
        return Err(StoreError::invalid("employee_id", "The selected employee id is invalid."));
    }
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO asset_assignments (company_id, asset_id, employee_id, assigned_at, assigned_by,
                 condition_out, note_out, asset_request_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        )?
        .query_row(
            params![
                company_id,
                asset_id,
                handover.employee_id,
                at,
                handover.by,
                handover.condition,
                handover.note,
                handover.request_id
            ],
            |r| r.get(0),
        )?;
    conn.prepare_cached(
        "UPDATE assets SET status = 'assigned', holder_id = ?1, assigned_at = ?2 WHERE id = ?3 AND company_id = ?4",
    )?
    .execute(params![handover.employee_id, at, asset_id, company_id])?;
    assignment(conn, id)
}

/// Takes an asset back from its holder in `condition`: good and worn go back in stock, damaged to repair,
/// lost out of the catalogue (retired).
pub fn return_asset(
    conn: &Connection,
    company_id: i64,
    asset_id: i64,
    by: Option<i64>,
    condition: &str,
    note: Option<&str>,
) -> StoreResult<Resource<AssetAssignmentAttributes>> {
    let asset = found(conn, company_id, asset_id)?;
    let open: Option<i64> = conn
        .prepare_cached("SELECT id FROM asset_assignments WHERE asset_id = ?1 AND returned_at IS NULL")?
        .query_row([asset_id], |r| r.get(0))
        .optional()?;
    let (Some(open), "assigned") = (open, asset.status.as_str()) else {
        return Err(StoreError::invalid("asset", "The asset is not assigned to anyone."));
    };
    conn.prepare_cached(
        "UPDATE asset_assignments SET returned_at = ?1, returned_by = ?2, condition_in = ?3, note_in = ?4
         WHERE id = ?5",
    )?
    .execute(params![Utc::now(), by, condition, note, open])?;
    conn.prepare_cached(
        "UPDATE assets SET status = ?1, holder_id = NULL, assigned_at = NULL WHERE id = ?2 AND company_id = ?3",
    )?
    .execute(params![status_after_return(condition), asset_id, company_id])?;
    assignment(conn, open)
}

/// Who held an asset, newest first.
pub fn history(
    conn: &Connection,
    company_id: i64,
    asset_id: i64,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<AssetAssignmentAttributes>>, u64)> {
    found(conn, company_id, asset_id)?;
    let mut listing = Listing::new("s.company_id", company_id);
    listing.and("s.asset_id = ?", [asset_id.into()]);
    listing.fetch(
        conn,
        "FROM asset_assignments s",
        &format!("SELECT {ASSIGNMENT_COLUMNS} {ASSIGNMENT_FROM}"),
        "s.id DESC",
        (offset, limit),
        assignment_from_row,
    )
}

const REQUEST_COLUMNS: &str = "q.id, q.employee_id, e.first_name || ' ' || e.last_name, q.category, q.reason,
    q.status, q.requested_at, d.first_name || ' ' || d.last_name, q.decided_at, q.decision_reason, q.asset_id,
    a.asset_tag";
const REQUEST_FROM: &str = "FROM asset_requests q JOIN employees e ON e.id = q.employee_id
    LEFT JOIN employees d ON d.id = q.decided_by LEFT JOIN assets a ON a.id = q.asset_id";

fn request_from_row(r: &Row) -> crate::db::Result<Resource<AssetRequestAttributes>> {
    let attributes = AssetRequestAttributes {
        employee_name: r.get(2)?,
        category: r.get(3)?,
        reason: r.get(4)?,
        status: r.get(5)?,
        requested_at: r.get(6)?,
        decided_by_name: r.get(7)?,
        decided_at: r.get(8)?,
        decision_reason: r.get(9)?,
        asset_tag: r.get(11)?,
    };
    Ok(Resource::new(kind::ASSET_REQUEST, r.get::<_, i64>(0)?, attributes)
        .with_one("employee", kind::EMPLOYEE, Some(r.get::<_, i64>(1)?))
        .with_one("asset", kind::ASSET, r.get::<_, Option<i64>>(10)?))
}

pub fn get_request(
    conn: &Connection,
    company_id: i64,
    id: i64,
) -> StoreResult<Option<Resource<AssetRequestAttributes>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {REQUEST_COLUMNS} {REQUEST_FROM} WHERE q.id = ?1 AND q.company_id = ?2"))?
        .query_row([id, company_id], request_from_row)
        .optional()?)
}

/// The company's requests, newest first; `status` keeps one state's.
pub fn requests(
    conn: &Connection,
    company_id: i64,
    status: Option<&str>,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<AssetRequestAttributes>>, u64)> {
    let mut listing = Listing::new("q.company_id", company_id);
    if let Some(status) = status {
        listing.and("q.status = ?", [status.to_owned().into()]);
    }
    listing.fetch(
        conn,
        "FROM asset_requests q",
        &format!("SELECT {REQUEST_COLUMNS} {REQUEST_FROM}"),
        "q.id DESC",
        (offset, limit),
        request_from_row,
    )
}

pub(super) fn notify_hr(conn: &Connection, company_id: i64, except: i64, notice: &Notice) -> StoreResult<()> {
    for hr in people::record::hr_ids(conn, company_id)?.into_iter().filter(|&id| id != except) {
        notify(conn, hr, notice)?;
    }
    Ok(())
}

pub(super) fn name_of(conn: &Connection, employee_id: i64) -> StoreResult<String> {
    Ok(conn
        .prepare_cached("SELECT first_name || ' ' || last_name FROM employees WHERE id = ?1")?
        .query_row([employee_id], |r| r.get(0))?)
}

/// An employee asks for equipment of a category; the company's HR are told.
pub fn request(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    category: &str,
    reason: &str,
) -> StoreResult<Resource<AssetRequestAttributes>> {
    let id = insert_request(conn, company_id, employee_id, category, reason, Utc::now())?;
    let requested = get_request(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Asset request"))?;
    let name = requested.attributes.employee_name.clone();
    let notice = Notice::new("asset_request.created", json!({ "asset_request_id": requested.id }), move |language| {
        (
            language.tr_with(
                "notice-asset-request-title",
                &args!["name" => name.clone(), "category" => category.to_owned()],
            ),
            language.tr_with("notice-asset-request-body", &args!["reason" => reason.to_owned()]),
        )
    });
    notify_hr(conn, company_id, employee_id, &notice)?;
    Ok(requested)
}

fn insert_request(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    category: &str,
    reason: &str,
    at: DateTime<Utc>,
) -> StoreResult<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO asset_requests (company_id, employee_id, category, reason, status, requested_at)
             VALUES (?1, ?2, ?3, ?4, 'pending', ?5) RETURNING id",
        )?
        .query_row(params![company_id, employee_id, category, reason, at], |r| r.get(0))?)
}

/// A request before and after HR's decision, and the assignment a fulfilment made.
pub type Decided =
    (Resource<AssetRequestAttributes>, Resource<AssetRequestAttributes>, Option<Resource<AssetAssignmentAttributes>>);

/// HR's decision on a pending request: `fulfil` assigns `asset_id` to the requester, `decline` does not.
/// Answers the request before and after, and the assignment a fulfilment made.
pub fn decide_request(
    conn: &Connection,
    company_id: i64,
    id: i64,
    by: i64,
    (fulfil, asset_id, reason): (bool, Option<i64>, Option<&str>),
) -> StoreResult<Decided> {
    let before = get_request(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Asset request"))?;
    if before.attributes.status != "pending" {
        return Err(StoreError::invalid("decision", format!("This request is already {}.", before.attributes.status)));
    }
    let requester: i64 = before.related_id("employee").and_then(|id| id.parse().ok()).unwrap_or_default();
    let assigned = match (fulfil, asset_id) {
        (true, Some(asset_id)) => {
            let handover =
                Handover { employee_id: requester, by: Some(by), condition: None, note: None, request_id: Some(id) };
            Some(assign(conn, company_id, asset_id, &handover, Utc::now()).map_err(|error| match error {
                StoreError::NotFound { .. } => StoreError::invalid("asset_id", "The selected asset id is invalid."),
                other => other,
            })?)
        }
        _ => None,
    };
    conn.prepare_cached(
        "UPDATE asset_requests SET status = ?1, decided_by = ?2, decided_at = ?3, decision_reason = ?4, asset_id = ?5
         WHERE id = ?6 AND company_id = ?7",
    )?
    .execute(params![
        if fulfil { "fulfilled" } else { "declined" },
        by,
        Utc::now(),
        reason,
        if fulfil { asset_id } else { None },
        id,
        company_id
    ])?;
    let after = get_request(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Asset request"))?;
    let a = after.attributes.clone();
    let notice = Notice::new("asset_request.decided", json!({ "asset_request_id": after.id }), move |language| {
        let title = language.tr_with(
            "notice-asset-decided-title",
            &args!["category" => a.category.clone(), "status" => a.status.clone()],
        );
        let body = match (&a.asset_tag, &a.decision_reason) {
            (Some(tag), _) => language.tr_with("notice-asset-yours", &args!["tag" => tag.clone()]),
            // HR's own words, as written.
            (None, Some(reason)) => reason.clone(),
            (None, None) => String::new(),
        };
        (title, body)
    });
    notify(conn, requester, &notice)?;
    Ok((before, after, assigned))
}

/// The demo's asset back-office: the existing holder's spell keeps its history, a headset goes out to a
/// second person after a returned spell, one request waits for HR, and a problem Emma reported with her
/// laptop is still open.
pub fn seed_demo(conn: &Connection, company_id: i64, hr: i64) -> StoreResult<()> {
    let now = Utc::now();
    let people: Vec<(i64, String)> = conn
        .prepare_cached(
            "SELECT id, email FROM employees WHERE company_id = ?1 AND email IN ('employee@acme.test', 'manager@acme.test')",
        )?
        .query_map([company_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let id_of = |email: &str| people.iter().find(|(_, e)| e == email).map(|(id, _)| *id);
    let (Some(employee), Some(manager)) = (id_of("employee@acme.test"), id_of("manager@acme.test")) else {
        return Ok(());
    };
    conn.execute(
        "UPDATE assets SET status = 'assigned' WHERE company_id = ?1 AND holder_id IS NOT NULL",
        params![company_id],
    )?;
    conn.execute(
        "INSERT INTO asset_assignments (company_id, asset_id, employee_id, assigned_at, assigned_by, condition_out)
         SELECT company_id, id, holder_id, assigned_at, ?2, 'good' FROM assets
         WHERE company_id = ?1 AND holder_id IS NOT NULL
           AND id NOT IN (SELECT asset_id FROM asset_assignments WHERE returned_at IS NULL)",
        params![company_id, hr],
    )?;
    let headset = create(
        conn,
        company_id,
        &NewAsset {
            tag: "ACME-HS-004".to_owned(),
            name: "Jabra Evolve2 65 headset".to_owned(),
            category: "Headset".to_owned(),
            serial_number: Some("JB65-118204".to_owned()),
            purchase_date: NaiveDate::from_ymd_opt(2025, 3, 14),
            purchase_cost: Some(Money(21_900)),
            status: "in_stock".to_owned(),
        },
    )?;
    let headset_id: i64 = headset.resource.id.parse().unwrap_or_default();
    let out = |to: i64| Handover {
        employee_id: to,
        by: Some(hr),
        condition: Some("good".to_owned()),
        note: None,
        request_id: None,
    };
    assign(conn, company_id, headset_id, &out(employee), now - Duration::days(200))?;
    return_asset(conn, company_id, headset_id, Some(hr), "worn", Some("Ear cushions replaced"))?;
    conn.execute(
        "UPDATE asset_assignments SET returned_at = ?1 WHERE asset_id = ?2 AND returned_at IS NOT NULL",
        params![now - Duration::days(120), headset_id],
    )?;
    assign(conn, company_id, headset_id, &out(manager), now - Duration::days(30))?;
    insert_request(
        conn,
        company_id,
        employee,
        "Monitor",
        "A second screen for design reviews",
        now - Duration::days(2),
    )?;
    conn.execute(
        "INSERT INTO asset_problems (company_id, asset_id, employee_id, description, reported_at)
         SELECT company_id, id, holder_id, 'The battery lasts barely two hours', ?1 FROM assets
         WHERE company_id = ?2 AND holder_id = ?3 ORDER BY id LIMIT 1",
        params![now - Duration::days(1), company_id, employee],
    )?;
    Ok(())
}
