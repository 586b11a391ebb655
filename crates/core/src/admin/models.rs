//! What HR's admin area shows, read from Okta's JSON (camelCase, `_links`) into plain types.

use chrono::{DateTime, Utc};
use okta_hr_domain::lifecycle::UserStatus;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A lifecycle change HR can make to someone's account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum AdminAction {
    Activate,
    Suspend,
    Unsuspend,
    Deactivate,
    Unlock,
    ResetPassword,
}

impl AdminAction {
    pub const ALL: [AdminAction; 6] = [
        AdminAction::Activate,
        AdminAction::Suspend,
        AdminAction::Unsuspend,
        AdminAction::Deactivate,
        AdminAction::Unlock,
        AdminAction::ResetPassword,
    ];

    /// The name of the user's `_links` entry the server offers when the action is allowed.
    fn link_name(self) -> &'static str {
        match self {
            AdminAction::Activate => "activate",
            AdminAction::Suspend => "suspend",
            AdminAction::Unsuspend => "unsuspend",
            AdminAction::Deactivate => "deactivate",
            AdminAction::Unlock => "unlock",
            AdminAction::ResetPassword => "resetPassword",
        }
    }

    /// The last segment of `/api/v1/users/{id}/lifecycle/…`.
    pub(crate) fn operation(self) -> &'static str {
        match self {
            AdminAction::ResetPassword => "reset_password",
            other => other.link_name(),
        }
    }

    /// Activation and reset hand HR a one-time link to pass on: this server sends no email.
    pub(crate) fn returns_link(self) -> bool {
        matches!(self, AdminAction::Activate | AdminAction::ResetPassword)
    }
}

/// One person's sign-in account, as the Users API describes it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AdminUser {
    pub id: String,
    pub status: UserStatus,
    pub login: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub department: Option<String>,
    pub title: Option<String>,
    pub last_login: Option<DateTime<Utc>>,
    pub status_changed: Option<DateTime<Utc>>,
    /// What the server allows from the current status (its `_links`), so no button is offered that it would refuse.
    pub actions: Vec<AdminAction>,
}

impl AdminUser {
    /// Whether `query` (any case) appears in the person's name, login, email or department.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        let name = format!("{} {}", self.first_name, self.last_name);
        [Some(name.as_str()), Some(&self.login), Some(&self.email), self.department.as_deref()]
            .into_iter()
            .flatten()
            .any(|field| field.to_lowercase().contains(&query))
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UserWire {
    id: String,
    status: UserStatus,
    last_login: Option<DateTime<Utc>>,
    status_changed: Option<DateTime<Utc>>,
    profile: UserProfileWire,
    #[serde(rename = "_links", default)]
    links: Map<String, Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct UserProfileWire {
    login: String,
    email: String,
    first_name: String,
    last_name: String,
    department: Option<String>,
    title: Option<String>,
}

impl From<UserWire> for AdminUser {
    fn from(wire: UserWire) -> Self {
        let actions = AdminAction::ALL.into_iter().filter(|a| wire.links.contains_key(a.link_name())).collect();
        AdminUser {
            id: wire.id,
            status: wire.status,
            login: wire.profile.login,
            email: wire.profile.email,
            first_name: wire.profile.first_name,
            last_name: wire.profile.last_name,
            department: wire.profile.department,
            title: wire.profile.title,
            last_login: wire.last_login,
            status_changed: wire.status_changed,
            actions,
        }
    }
}

/// What a lifecycle change did: the person as they are now, and the one-time link for them, if any.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LifecycleOutcome {
    pub user: Option<AdminUser>,
    /// An activation or password-reset link for HR to hand over.
    pub link: Option<String>,
}

/// The answer of a lifecycle call: `activationUrl` or `resetPasswordUrl` when a link was made.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LifecycleWire {
    pub(crate) activation_url: Option<String>,
    pub(crate) reset_password_url: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GroupMember {
    pub name: String,
    pub email: Option<String>,
    /// `department` (through their department) or `direct`.
    pub membership: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AdminGroup {
    pub id: String,
    pub name: String,
    /// department, team, …
    pub group_type: String,
    pub description: Option<String>,
    pub members: Vec<GroupMember>,
}

#[derive(Deserialize)]
pub(crate) struct GroupWire {
    pub(crate) id: String,
    name: String,
    #[serde(rename = "type")]
    group_type: String,
    #[serde(default)]
    profile: GroupProfileWire,
}

#[derive(Deserialize, Default)]
struct GroupProfileWire {
    description: Option<String>,
}

impl GroupWire {
    pub(crate) fn with_members(self, members: Vec<GroupMember>) -> AdminGroup {
        AdminGroup {
            id: self.id,
            name: self.name,
            group_type: self.group_type,
            description: self.profile.description,
            members,
        }
    }
}

/// The organization's settings and who its billing and technical contacts are.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OrgSettings {
    pub id: String,
    pub company_name: String,
    pub subdomain: String,
    pub website: Option<String>,
    pub phone_number: Option<String>,
    pub support_phone_number: Option<String>,
    pub end_user_support_help_url: Option<String>,
    pub address1: Option<String>,
    pub address2: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub country: Option<String>,
    pub postal_code: Option<String>,
    pub contacts: Vec<OrgContact>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OrgContact {
    /// BILLING or TECHNICAL
    pub contact_type: String,
    pub user_id: Option<String>,
    /// The contact's login, when they are one of the people HR sees.
    pub login: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct OrgWire {
    id: String,
    company_name: String,
    subdomain: String,
    website: Option<String>,
    phone_number: Option<String>,
    support_phone_number: Option<String>,
    #[serde(rename = "endUserSupportHelpURL")]
    end_user_support_help_url: Option<String>,
    address1: Option<String>,
    address2: Option<String>,
    city: Option<String>,
    state: Option<String>,
    country: Option<String>,
    postal_code: Option<String>,
}

impl OrgWire {
    pub(crate) fn with_contacts(self, contacts: Vec<OrgContact>) -> OrgSettings {
        OrgSettings {
            id: self.id,
            company_name: self.company_name,
            subdomain: self.subdomain,
            website: self.website,
            phone_number: self.phone_number,
            support_phone_number: self.support_phone_number,
            end_user_support_help_url: self.end_user_support_help_url,
            address1: self.address1,
            address2: self.address2,
            city: self.city,
            state: self.state,
            country: self.country,
            postal_code: self.postal_code,
            contacts,
        }
    }
}

/// A change to the organization's settings: only the fields given are changed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct OrgChange {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support_phone_number: Option<String>,
    #[serde(rename = "endUserSupportHelpURL", skip_serializing_if = "Option::is_none")]
    pub end_user_support_help_url: Option<String>,
}

/// A web origin the identity APIs trust for CORS requests and sign-in redirects.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TrustedOrigin {
    pub id: String,
    pub name: String,
    pub origin: String,
    pub active: bool,
    pub cors: bool,
    pub redirect: bool,
    pub last_updated: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TrustedOriginWire {
    id: String,
    name: String,
    origin: String,
    status: String,
    scopes: Vec<ScopeWire>,
    last_updated: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
struct ScopeWire {
    #[serde(rename = "type")]
    scope_type: String,
}

impl From<TrustedOriginWire> for TrustedOrigin {
    fn from(wire: TrustedOriginWire) -> Self {
        let has = |kind: &str| wire.scopes.iter().any(|s| s.scope_type == kind);
        TrustedOrigin {
            cors: has("CORS"),
            redirect: has("REDIRECT"),
            id: wire.id,
            name: wire.name,
            origin: wire.origin,
            active: wire.status == "ACTIVE",
            last_updated: wire.last_updated,
        }
    }
}

/// A trusted origin to add: at least one of `cors` and `redirect`.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NewTrustedOrigin {
    pub name: String,
    pub origin: String,
    pub cors: bool,
    pub redirect: bool,
}

impl NewTrustedOrigin {
    pub(crate) fn body(&self) -> Value {
        let scopes: Vec<Value> = [(self.cors, "CORS"), (self.redirect, "REDIRECT")]
            .into_iter()
            .filter(|(wanted, _)| *wanted)
            .map(|(_, kind)| serde_json::json!({ "type": kind }))
            .collect();
        serde_json::json!({ "name": self.name, "origin": self.origin, "scopes": scopes })
    }
}
