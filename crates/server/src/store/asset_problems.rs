//! Problems employees report with the assets they hold, and HR resolving them. A report stays `open`
//! until HR resolves it, keeping who did, when and what was done; the reporter is told either way.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::assets::{self, name_of, notify_hr};
use crate::store::notifications::{Notice, notify};
use crate::store::{Listing, StoreError, StoreResult};
use chrono::Utc;
use okta_hr_domain::assets::AssetProblemAttributes;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::kind;
use okta_hr_i18n::args;
use serde_json::json;

const COLUMNS: &str = "p.id, p.asset_id, p.employee_id, a.asset_tag, a.name, e.first_name || ' ' || e.last_name,
    p.description, p.reported_at, p.status, p.resolved_at, r.first_name || ' ' || r.last_name, p.resolution_note";
const FROM: &str = "FROM asset_problems p JOIN assets a ON a.id = p.asset_id JOIN employees e ON e.id = p.employee_id
    LEFT JOIN employees r ON r.id = p.resolved_by";

fn problem_from_row(r: &Row) -> crate::db::Result<Resource<AssetProblemAttributes>> {
    let attributes = AssetProblemAttributes {
        asset_tag: r.get(3)?,
        asset_name: r.get(4)?,
        employee_name: r.get(5)?,
        description: r.get(6)?,
        reported_at: r.get(7)?,
        status: r.get(8)?,
        resolved_at: r.get(9)?,
        resolved_by_name: r.get(10)?,
        resolution_note: r.get(11)?,
    };
    Ok(Resource::new(kind::ASSET_PROBLEM, r.get::<_, i64>(0)?, attributes)
        .with_one("asset", kind::ASSET, Some(r.get::<_, i64>(1)?))
        .with_one("employee", kind::EMPLOYEE, Some(r.get::<_, i64>(2)?)))
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Option<Resource<AssetProblemAttributes>>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} {FROM} WHERE p.id = ?1 AND p.company_id = ?2"))?
        .query_row([id, company_id], problem_from_row)
        .optional()?)
}

fn found(conn: &Connection, company_id: i64, id: i64) -> StoreResult<Resource<AssetProblemAttributes>> {
    get(conn, company_id, id)?.ok_or_else(|| StoreError::not_found("Asset problem"))
}

/// The company's problem reports, newest first; `status` keeps the open or the resolved ones.
pub fn list(
    conn: &Connection,
    company_id: i64,
    status: Option<&str>,
    (offset, limit): (i64, i64),
) -> StoreResult<(Vec<Resource<AssetProblemAttributes>>, u64)> {
    let mut listing = Listing::new("p.company_id", company_id);
    if let Some(status) = status {
        listing.and("p.status = ?", [status.to_owned().into()]);
    }
    listing.fetch(
        conn,
        "FROM asset_problems p",
        &format!("SELECT {COLUMNS} {FROM}"),
        "p.id DESC",
        (offset, limit),
        problem_from_row,
    )
}

/// An employee reports a problem with an asset they hold; the company's HR are told. An asset they do not
/// hold is not found.
pub fn report(
    conn: &Connection,
    company_id: i64,
    employee_id: i64,
    asset_id: i64,
    description: &str,
) -> StoreResult<Resource<AssetProblemAttributes>> {
    let asset = assets::get(conn, company_id, asset_id)?
        .filter(|asset| asset.holder_id == Some(employee_id))
        .ok_or_else(|| StoreError::not_found("Asset"))?;
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO asset_problems (company_id, asset_id, employee_id, description, reported_at)
             VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        )?
        .query_row(params![company_id, asset_id, employee_id, description, Utc::now()], |r| r.get(0))?;
    let name = name_of(conn, employee_id)?;
    let tag = &asset.resource.attributes.asset_tag;
    let data = json!({ "asset_id": asset.resource.id, "asset_problem_id": id.to_string() });
    let notice = Notice::new("asset_problem.reported", data, |language| {
        let title =
            language.tr_with("notice-problem-reported-title", &args!["name" => name.clone(), "tag" => tag.clone()]);
        // The reporter's own words, as written.
        (title, description.to_owned())
    });
    notify_hr(conn, company_id, employee_id, &notice)?;
    found(conn, company_id, id)
}

/// HR marks an open problem resolved, with what was done; the reporter is told. Answers it before and
/// after. A problem already resolved is refused, so nobody overwrites another's resolution.
pub fn resolve(
    conn: &Connection,
    company_id: i64,
    id: i64,
    by: i64,
    note: Option<&str>,
) -> StoreResult<(Resource<AssetProblemAttributes>, Resource<AssetProblemAttributes>)> {
    let before = found(conn, company_id, id)?;
    if before.attributes.status == "resolved" {
        let who = before.attributes.resolved_by_name.as_deref().map(|name| format!(" by {name}")).unwrap_or_default();
        let when = before.attributes.resolved_at.map(|at| format!(" on {}", at.date_naive())).unwrap_or_default();
        return Err(StoreError::invalid("status", format!("This problem was already resolved{who}{when}.")));
    }
    conn.prepare_cached(
        "UPDATE asset_problems SET status = 'resolved', resolved_at = ?1, resolved_by = ?2, resolution_note = ?3
         WHERE id = ?4 AND company_id = ?5",
    )?
    .execute(params![Utc::now(), by, note, id, company_id])?;
    let after = found(conn, company_id, id)?;
    let reporter: i64 = after.related_id("employee").and_then(|id| id.parse().ok()).unwrap_or_default();
    let data = json!({ "asset_id": after.related_id("asset"), "asset_problem_id": after.id });
    let tag = after.attributes.asset_tag.clone();
    let notice = Notice::new("asset_problem.resolved", data, move |language| {
        let title = language.tr_with("notice-problem-resolved-title", &args!["tag" => tag.clone()]);
        // HR's own words, as written.
        (title, note.unwrap_or_default().to_owned())
    });
    notify(conn, reporter, &notice)?;
    Ok((before, after))
}
