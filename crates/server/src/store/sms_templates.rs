//! Custom SMS templates: the text of the verification code messages, with translations.

use crate::db::{Connection, OptionalExtension, Row, params};
use crate::store::StoreResult;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

#[derive(Debug, Clone)]
pub struct SmsTemplate {
    pub okta_id: String,
    pub name: String,
    pub template_type: String,
    pub template: String,
    /// Language code to translated text.
    pub translations: Map<String, Value>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

/// A template as an admin sets it, already validated.
#[derive(Debug, Clone)]
pub struct TemplateChange {
    pub name: String,
    pub template_type: String,
    pub template: String,
    pub translations: Map<String, Value>,
}

const SELECT: &str =
    "SELECT id, okta_id, name, template_type, template, translations, created_at, updated_at FROM sms_templates";

fn from_row(r: &Row) -> crate::db::Result<(i64, SmsTemplate)> {
    let translations: String = r.get(5)?;
    Ok((
        r.get(0)?,
        SmsTemplate {
            okta_id: r.get(1)?,
            name: r.get(2)?,
            template_type: r.get(3)?,
            template: r.get(4)?,
            translations: serde_json::from_str(&translations).unwrap_or_default(),
            created: r.get(6)?,
            updated: r.get(7)?,
        },
    ))
}

/// The company's templates, oldest first, of one type when `template_type` is given.
pub fn list(conn: &Connection, company_id: i64, template_type: Option<&str>) -> StoreResult<Vec<SmsTemplate>> {
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE company_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR template_type = ?2) ORDER BY id"
        ))?
        .query_map(params![company_id, template_type], |r| from_row(r).map(|(_, template)| template))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// The company's template with this Okta id, and its internal id.
pub fn get(conn: &Connection, company_id: i64, okta_id: &str) -> StoreResult<Option<(i64, SmsTemplate)>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE company_id = ?1 AND okta_id = ?2"))?
        .query_row(params![company_id, okta_id], from_row)
        .optional()?)
}

/// Adds a template; answers its Okta id.
pub fn create(conn: &Connection, company_id: i64, change: &TemplateChange) -> StoreResult<String> {
    let okta_id = crate::store::new_okta_id("cstk");
    let now = Utc::now();
    conn.prepare_cached(
        "INSERT INTO sms_templates (company_id, okta_id, name, template_type, template, translations, created_at,
             updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![
        company_id,
        okta_id,
        change.name,
        change.template_type,
        change.template,
        Value::Object(change.translations.clone()).to_string(),
        now
    ])?;
    Ok(okta_id)
}

pub fn replace(conn: &Connection, id: i64, change: &TemplateChange) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE sms_templates SET name = ?1, template_type = ?2, template = ?3, translations = ?4, updated_at = ?5
         WHERE id = ?6",
    )?
    .execute(params![
        change.name,
        change.template_type,
        change.template,
        Value::Object(change.translations.clone()).to_string(),
        Utc::now(),
        id
    ])?;
    Ok(())
}

pub fn delete(conn: &Connection, id: i64) -> StoreResult<()> {
    conn.prepare_cached("DELETE FROM sms_templates WHERE id = ?1")?.execute([id])?;
    Ok(())
}
