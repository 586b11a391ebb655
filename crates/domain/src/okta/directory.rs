//! The Directory API: organizations, accounts, employees and groups, over the same companies, people and
//! groups as the HR and Users APIs. An account and its employee record are one person with one id.

use super::{Links, optional_timestamp, timestamp};
use crate::lifecycle::UserStatus;
use crate::wire::Role;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// A person as a sign-in identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DirectoryAccount {
    pub id: String,
    pub okta_id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub status: UserStatus,
    pub organization_id: String,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    #[serde(with = "optional_timestamp", default)]
    pub last_login: Option<DateTime<Utc>>,
    #[serde(rename = "_links")]
    pub links: Links,
    /// A new account's activation link.
    #[serde(rename = "_embedded", default, skip_serializing_if = "Option::is_none")]
    pub embedded: Option<ActivationEmbedded>,
}

/// A person as an HR employee record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DirectoryEmployee {
    pub id: String,
    pub okta_id: String,
    pub account_id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// The HR employment status: `active` or `inactive`.
    pub status: String,
    pub employee_number: String,
    pub title: Option<String>,
    pub department: Option<String>,
    pub branch: Option<String>,
    pub manager_id: Option<String>,
    pub hire_date: Option<NaiveDate>,
    pub organization_id: String,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    /// How a manager manages, in a list of an employee's managers: `direct`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub manager_type: Option<String>,
    #[serde(rename = "_links")]
    pub links: Links,
    /// A new employee's activation link.
    #[serde(rename = "_embedded", default, skip_serializing_if = "Option::is_none")]
    pub embedded: Option<ActivationEmbedded>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ActivationEmbedded {
    pub activation: ActivationLink,
}

/// Where a new person sets their password (`POST /api/v1/auth/set-password` with the token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ActivationLink {
    pub activation_url: String,
    pub activation_token: String,
}

/// An employee's directory profile; `employeeNumber`, the names, `joinDate` and `companyRole` are the
/// HR record's own fields. Every attribute is written, `null` when unset; a client sends the ones it sets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DirectoryEmployeeProfile {
    pub employee_number: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub bio: Option<String>,
    pub profile_image: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub gender: Option<String>,
    pub timezone: Option<String>,
    pub location: Option<String>,
    pub join_date: Option<NaiveDate>,
    pub company_role: Option<String>,
}

/// A group: a department's (its members are the department's employees) or another kind (team, project).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DirectoryGroup {
    pub id: String,
    pub okta_id: String,
    pub name: String,
    /// `department`, `team`, …
    #[serde(rename = "type")]
    pub group_type: String,
    pub organization_id: String,
    pub profile: DirectoryGroupProfile,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    #[serde(with = "timestamp")]
    pub last_updated: DateTime<Utc>,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// A group's profile, written with `null` for what is unset; a client sends the attributes it sets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DirectoryGroupProfile {
    pub icon: Option<String>,
    pub description: Option<String>,
}

/// A member of a group: always an employee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DirectoryGroupMember {
    /// The employee's id.
    pub entity: String,
    /// `employee`.
    #[serde(rename = "type")]
    pub entity_type: String,
    pub name: String,
    pub email: String,
    /// `department` (through a department's group) or `direct` (listed in the group).
    pub membership: String,
    /// When a direct member was added; `null` for a department's members.
    #[serde(with = "optional_timestamp", default)]
    pub added: Option<DateTime<Utc>>,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// An organization: a company of this server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DirectoryOrganization {
    pub id: String,
    pub okta_id: String,
    pub name: String,
    pub alias: Option<String>,
    pub owner_email: Option<String>,
    /// The organization that provisioned it, if one did.
    pub provisioned_by: Option<String>,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    #[serde(rename = "_links")]
    pub links: Links,
    /// A new organization's owner account and its activation link.
    #[serde(rename = "_embedded", default, skip_serializing_if = "Option::is_none")]
    pub embedded: Option<OwnerEmbedded>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OwnerEmbedded {
    pub owner: OwnerActivation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OwnerActivation {
    pub activation_url: String,
    pub activation_token: String,
    pub email: Option<String>,
}

/// An organization's profile; `timezone` is the company's clock. Written with `null` for what is unset;
/// a client sends the attributes it sets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DirectoryOrganizationProfile {
    pub logo_url: Option<String>,
    pub timezone: Option<String>,
    pub location: Option<String>,
    pub country_code: Option<String>,
    pub company_size: Option<String>,
    pub website: Option<String>,
    pub mission: Option<String>,
}

/// An organization's `SSWS` API key; its `token` is in the answer that creates it, and never again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    /// `employee`, `manager` or `hr`.
    pub limit_to_role: Option<String>,
    /// The email of the account the key acts as.
    pub acts_as: String,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

/// A Directory API token for `Authorization: Bearer …`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct JwtToken {
    pub access_token: String,
    /// `Bearer`.
    pub token_type: String,
    /// Seconds.
    pub expires_in: i64,
}
