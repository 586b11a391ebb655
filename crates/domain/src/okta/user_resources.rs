//! What hangs off a user in the Users API: their groups, app links, identity providers, the app's device
//! sessions (as the refresh tokens of an OAuth client) and consent grants.

use super::{Links, optional_timestamp, timestamp};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// A group as Okta's Groups API and the Users API show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Group {
    pub id: String,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    #[serde(with = "timestamp")]
    pub last_updated: DateTime<Utc>,
    #[serde(with = "timestamp")]
    pub last_membership_updated: DateTime<Utc>,
    pub object_class: Vec<String>,
    /// `OKTA_GROUP`.
    #[serde(rename = "type")]
    pub group_type: String,
    pub profile: GroupProfile,
    /// `users` (its members) and `apps`.
    #[serde(rename = "_links", default)]
    pub links: Links,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct GroupProfile {
    pub name: String,
    pub description: Option<String>,
}

/// What adding or replacing a group sends: its profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct GroupRequest {
    pub profile: GroupProfile,
}

/// An app the user can open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AppLink {
    pub id: String,
    pub label: String,
    pub link_url: String,
    pub logo_url: Option<String>,
    pub app_name: String,
    pub app_instance_id: String,
    pub app_assignment_id: String,
    pub credentials_setup: bool,
    pub hidden: bool,
    pub sort_order: i64,
}

/// An external identity provider linked to a user. This server has none, so the list is always empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct IdentityProvider {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub provider_type: String,
    pub status: String,
}

/// An OAuth client the user has tokens for: the app, while any of their devices is signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OAuth2Client {
    pub client_id: String,
    pub client_name: String,
    pub client_uri: Option<String>,
    pub logo_uri: Option<String>,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// One signed-in device of the user, as a refresh token of the app's client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OAuth2RefreshToken {
    pub id: String,
    /// `ACTIVE`: revoked sessions are not listed.
    pub status: String,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    #[serde(with = "timestamp")]
    pub last_updated: DateTime<Utc>,
    /// App sessions do not expire by time.
    #[serde(with = "optional_timestamp", default)]
    pub expires_at: Option<DateTime<Utc>>,
    pub issuer: String,
    pub client_id: String,
    pub user_id: String,
    pub scopes: Vec<String>,
    pub device_name: String,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// A consent grant of a user to a client. This server issues none, so the lists are always empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OAuth2ScopeConsentGrant {
    pub id: String,
    pub client_id: String,
    pub scope_id: String,
    pub user_id: String,
    pub status: String,
    pub issuer: String,
}
