//! The Org API: the org's settings (the caller's company), its contacts, Okta Support access, Okta
//! communication, preferences, the third-party admin setting and email bounce removal.

use super::{LifecycleStatus, Links, optional_timestamp, timestamp};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The org's settings. The profile properties are written `null` when unset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgSetting {
    pub id: String,
    pub subdomain: String,
    /// The company's name in the HR API too.
    pub company_name: String,
    pub status: LifecycleStatus,
    /// The org never expires.
    #[serde(with = "optional_timestamp", default)]
    pub expires_at: Option<DateTime<Utc>>,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    #[serde(with = "timestamp")]
    pub last_updated: DateTime<Utc>,
    pub website: Option<String>,
    pub phone_number: Option<String>,
    #[serde(rename = "endUserSupportHelpURL")]
    pub end_user_support_help_url: Option<String>,
    pub support_phone_number: Option<String>,
    pub address1: Option<String>,
    pub address2: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub country: Option<String>,
    pub postal_code: Option<String>,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// A change to the org's settings. A replace (PUT) clears what it does not send and needs `companyName`;
/// an update (POST) changes what it sends, and `null` clears a property (but not `companyName`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgSettingWrite {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(rename = "endUserSupportHelpURL", default, skip_serializing_if = "Option::is_none")]
    pub end_user_support_help_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
}

/// A contact type (`BILLING`, `TECHNICAL`), linked to where its user is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgContactTypeObj {
    pub contact_type: String,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// The user who is one of the org's contacts; `null` when the company has none to name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgContactUser {
    pub user_id: Option<String>,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// Making a user (by id or login) one of the org's contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgContactUserWrite {
    pub user_id: String,
}

/// Whether Okta Support may access the org, and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OrgOktaSupportSettingsObj {
    pub support: OrgOktaSupportSetting,
    /// `null` while access is not granted.
    #[serde(with = "optional_timestamp", default)]
    pub expiration: Option<DateTime<Utc>>,
    #[serde(rename = "_links")]
    pub links: Links,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OrgOktaSupportSetting {
    Enabled,
    Disabled,
}

/// Whether the org's users are opted out of Okta communication emails; the link offers the opposite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgOktaCommunicationSetting {
    pub opt_out_email_users: bool,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// Whether end users see the footer; the link offers the opposite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrgPreferences {
    pub show_end_user_footer: bool,
    #[serde(rename = "_links")]
    pub links: Links,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ThirdPartyAdminSetting {
    pub third_party_admin: bool,
}

/// Addresses to take off the email bounce list, at most 1,000.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct BouncesRemoveListObj {
    pub email_addresses: Vec<String>,
}

/// The addresses that were not accepted; the others were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct BouncesRemoveListResult {
    pub errors: Vec<BouncesRemoveListError>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct BouncesRemoveListError {
    /// The address as sent, trimmed; an entry that was not a string is echoed as it came.
    pub email_address: Value,
    pub reason: String,
}
