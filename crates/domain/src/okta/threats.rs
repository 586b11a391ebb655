//! The ThreatInsight configuration: what the sign-in does about suspicious attempts.

use super::{Links, optional_timestamp};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ThreatInsightConfiguration {
    pub action: ThreatInsightAction,
    /// Network zone ids, kept and returned; this server has no network zones to exclude addresses by.
    pub exclude_zones: Vec<String>,
    /// `null` until an administrator first configures it.
    #[serde(with = "optional_timestamp", default)]
    pub created: Option<DateTime<Utc>>,
    #[serde(with = "optional_timestamp", default)]
    pub last_updated: Option<DateTime<Utc>>,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// `none`, `audit` (suspicious sign-ins are logged and reported) or `block` (they are also refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ThreatInsightAction {
    None,
    Audit,
    Block,
}

/// Setting the configuration: `action` is required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ThreatInsightConfigurationWrite {
    pub action: ThreatInsightAction,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_zones: Option<Vec<String>>,
}
