//! Working weeks: the company's, and a branch's own where it works other days, each with the days worked
//! in the morning only. Leave is counted in the worked halves of the requester's week (see
//! `holidays::calendar_of`).

use crate::db::{Connection, OptionalExtension};
use crate::store::{StoreError, StoreResult};
use okta_hr_domain::calendar::{WorkingWeekAttributes, parse_week, week_text};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::kind;

/// The id of the company's own week among the listed ones.
pub const COMPANY: &str = "company";

/// A week's working days and, among them, those worked in the morning only.
pub type Week = (Vec<u8>, Vec<u8>);

fn company_week(conn: &Connection, company_id: i64) -> StoreResult<Week> {
    let text: Option<String> = conn
        .prepare_cached("SELECT working_week FROM companies WHERE id = ?1")?
        .query_row([company_id], |r| r.get(0))
        .optional()?;
    Ok(parse_week(&text.ok_or_else(|| StoreError::not_found("Company"))?))
}

fn company_resource((working_days, half_days): Week) -> Resource<WorkingWeekAttributes> {
    let attributes =
        WorkingWeekAttributes { branch_id: None, branch_name: None, working_days, half_days, follows_company: false };
    Resource::new(kind::WORKING_WEEK, COMPANY, attributes)
}

/// The company's week first, then each branch's by name: its own, or the company's it follows.
pub fn list(conn: &Connection, company_id: i64) -> StoreResult<Vec<Resource<WorkingWeekAttributes>>> {
    let company = company_week(conn, company_id)?;
    let branches = conn
        .prepare_cached("SELECT id, name, working_week FROM branches WHERE company_id = ?1 ORDER BY name, id")?
        .query_map([company_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let mut weeks = vec![company_resource(company.clone())];
    weeks.extend(branches.into_iter().map(|(id, name, own)| branch_resource(id, name, own.as_deref(), &company)));
    Ok(weeks)
}

fn branch_resource(id: i64, name: String, own: Option<&str>, company: &Week) -> Resource<WorkingWeekAttributes> {
    let (working_days, half_days) = own.map_or_else(|| company.clone(), parse_week);
    let attributes = WorkingWeekAttributes {
        branch_id: Some(id.to_string()),
        branch_name: Some(name),
        working_days,
        half_days,
        follows_company: own.is_none(),
    };
    Resource::new(kind::WORKING_WEEK, id, attributes)
}

/// Sets the company's week; its branches without a week of their own follow it.
pub fn set_company(
    conn: &Connection,
    company_id: i64,
    (working_days, half_days): (&[u8], &[u8]),
) -> StoreResult<(Resource<WorkingWeekAttributes>, Resource<WorkingWeekAttributes>)> {
    let before = company_resource(company_week(conn, company_id)?);
    let text = week_text(working_days, half_days);
    conn.prepare_cached("UPDATE companies SET working_week = ?1 WHERE id = ?2")?
        .execute(crate::db::params![text, company_id])?;
    Ok((before, company_resource(parse_week(&text))))
}

/// Gives a branch a week of its own, or with `None` makes it follow the company's again.
pub fn set_branch(
    conn: &Connection,
    company_id: i64,
    branch_id: i64,
    week: Option<(&[u8], &[u8])>,
) -> StoreResult<(Resource<WorkingWeekAttributes>, Resource<WorkingWeekAttributes>)> {
    let company = company_week(conn, company_id)?;
    let (name, own): (String, Option<String>) = conn
        .prepare_cached("SELECT name, working_week FROM branches WHERE id = ?1 AND company_id = ?2")?
        .query_row([branch_id, company_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or_else(|| StoreError::invalid("branch_id", "The selected branch id is invalid."))?;
    let before = branch_resource(branch_id, name.clone(), own.as_deref(), &company);
    let text = week.map(|(working_days, half_days)| week_text(working_days, half_days));
    conn.prepare_cached("UPDATE branches SET working_week = ?1 WHERE id = ?2 AND company_id = ?3")?
        .execute(crate::db::params![text, branch_id, company_id])?;
    Ok((before, branch_resource(branch_id, name, text.as_deref(), &company)))
}
