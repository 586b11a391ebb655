//! Trusted origins: the browser origins the admin APIs answer (CORS) and the sign-in may redirect to.

use super::{LifecycleStatus, Links, timestamp};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TrustedOrigin {
    pub id: String,
    pub name: String,
    /// `scheme://host[:port]`, lower-cased.
    pub origin: String,
    pub scopes: Vec<TrustedOriginScope>,
    pub status: LifecycleStatus,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    /// The user who created it, while they exist.
    pub created_by: Option<String>,
    #[serde(with = "timestamp")]
    pub last_updated: DateTime<Utc>,
    pub last_updated_by: Option<String>,
    #[serde(rename = "_links")]
    pub links: Links,
}

impl TrustedOrigin {
    pub fn allows(&self, scope: TrustedOriginScopeType) -> bool {
        self.scopes.iter().any(|s| s.scope_type == scope)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct TrustedOriginScope {
    #[serde(rename = "type")]
    pub scope_type: TrustedOriginScopeType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TrustedOriginScopeType {
    Cors,
    Redirect,
}

/// Creating or replacing a trusted origin: at least one scope, each once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct TrustedOriginWrite {
    pub name: String,
    pub origin: String,
    pub scopes: Vec<TrustedOriginScope>,
}
