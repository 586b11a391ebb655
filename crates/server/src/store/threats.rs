//! A company's ThreatInsight configuration: what to do about sign-ins from suspicious addresses.

use crate::db::{Connection, OptionalExtension, params};
use crate::store::StoreResult;
use chrono::{DateTime, Utc};

/// Okta's ThreatInsight actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Nothing is evaluated.
    None,
    /// Suspicious sign-ins are recorded and reported, not refused.
    Audit,
    /// Suspicious sign-ins are recorded, reported and refused.
    Block,
}

impl Action {
    pub fn parse(text: &str) -> Option<Action> {
        match text {
            "none" => Some(Action::None),
            "audit" => Some(Action::Audit),
            "block" => Some(Action::Block),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Action::None => "none",
            Action::Audit => "audit",
            Action::Block => "block",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Configuration {
    pub action: Action,
    /// Network zone ids whose addresses are never judged suspicious.
    pub exclude_zones: Vec<String>,
    /// `None` until an admin first configures it.
    pub created: Option<DateTime<Utc>>,
    pub updated: Option<DateTime<Utc>>,
}

/// The company's configuration; until one is saved, Okta's default of `none`.
pub fn get(conn: &Connection, company_id: i64) -> StoreResult<Configuration> {
    let saved = conn
        .prepare_cached(
            "SELECT action, exclude_zones, created_at, updated_at FROM threat_insight WHERE company_id = ?1",
        )?
        .query_row([company_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    Ok(match saved {
        Some((action, zones, created, updated)) => Configuration {
            action: Action::parse(&action).unwrap_or(Action::None),
            exclude_zones: serde_json::from_str(&zones).unwrap_or_default(),
            created: Some(created),
            updated: Some(updated),
        },
        None => Configuration { action: Action::None, exclude_zones: Vec::new(), created: None, updated: None },
    })
}

pub fn set(conn: &Connection, company_id: i64, action: Action, exclude_zones: &[String]) -> StoreResult<()> {
    let now = Utc::now();
    conn.prepare_cached(
        "INSERT INTO threat_insight (company_id, action, exclude_zones, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (company_id) DO UPDATE SET action = excluded.action, exclude_zones = excluded.exclude_zones,
             updated_at = excluded.updated_at",
    )?
    .execute(params![company_id, action.as_str(), serde_json::Value::from(exclude_zones).to_string(), now])?;
    Ok(())
}
