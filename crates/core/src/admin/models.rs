//! What HR's admin area shows, read from the Okta-style APIs' wire types (`okta_hr_domain::okta`, which
//! the server writes) into the plain types the app's screens use.

use chrono::{DateTime, Utc};
use okta_hr_domain::lifecycle::UserStatus;
use okta_hr_domain::okta::directory::{DirectoryGroup, DirectoryGroupMember};
use okta_hr_domain::okta::org::OrgSetting;
use okta_hr_domain::okta::trusted_origins::{
    self as wire, TrustedOriginScope, TrustedOriginScopeType, TrustedOriginWrite,
};
use okta_hr_domain::okta::users::User;
use serde::{Deserialize, Serialize};

/// A lifecycle change HR can make to someone's account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum AdminAction {
    Activate,
    /// A new activation link for someone who has not used theirs (PROVISIONED).
    Reactivate,
    Suspend,
    Unsuspend,
    Deactivate,
    Unlock,
    ResetPassword,
}

impl AdminAction {
    pub const ALL: [AdminAction; 7] = [
        AdminAction::Activate,
        AdminAction::Reactivate,
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
            AdminAction::Reactivate => "reactivate",
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
        matches!(self, AdminAction::Activate | AdminAction::Reactivate | AdminAction::ResetPassword)
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
    /// Whether every word of `query` appears in the person's name, login, email or department, whatever
    /// the case and accents, as the directory searches.
    pub fn matches(&self, query: &str) -> bool {
        let name = format!("{} {}", self.first_name, self.last_name);
        let fields = [Some(name.as_str()), Some(&self.login), Some(&self.email), self.department.as_deref()];
        crate::search::every_word_in(query, fields.into_iter().flatten())
    }
}

impl From<User> for AdminUser {
    fn from(user: User) -> Self {
        let actions = AdminAction::ALL.into_iter().filter(|a| user.links.contains_key(a.link_name())).collect();
        AdminUser {
            id: user.id,
            status: user.status,
            login: user.profile.login,
            email: user.profile.email,
            first_name: user.profile.first_name,
            last_name: user.profile.last_name,
            department: user.profile.department,
            title: user.profile.title,
            last_login: user.last_login,
            status_changed: user.status_changed,
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

impl From<DirectoryGroupMember> for GroupMember {
    fn from(member: DirectoryGroupMember) -> Self {
        GroupMember { name: member.name, email: Some(member.email), membership: member.membership }
    }
}

impl AdminGroup {
    pub(crate) fn new(group: DirectoryGroup, members: Vec<DirectoryGroupMember>) -> Self {
        AdminGroup {
            id: group.id,
            name: group.name,
            group_type: group.group_type,
            description: group.profile.description,
            members: members.into_iter().map(GroupMember::from).collect(),
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

impl OrgSettings {
    pub(crate) fn new(org: OrgSetting, contacts: Vec<OrgContact>) -> Self {
        OrgSettings {
            id: org.id,
            company_name: org.company_name,
            subdomain: org.subdomain,
            website: org.website,
            phone_number: org.phone_number,
            support_phone_number: org.support_phone_number,
            end_user_support_help_url: org.end_user_support_help_url,
            address1: org.address1,
            address2: org.address2,
            city: org.city,
            state: org.state,
            country: org.country,
            postal_code: org.postal_code,
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

impl From<wire::TrustedOrigin> for TrustedOrigin {
    fn from(origin: wire::TrustedOrigin) -> Self {
        TrustedOrigin {
            cors: origin.allows(TrustedOriginScopeType::Cors),
            redirect: origin.allows(TrustedOriginScopeType::Redirect),
            active: origin.status == okta_hr_domain::okta::LifecycleStatus::Active,
            id: origin.id,
            name: origin.name,
            origin: origin.origin,
            last_updated: Some(origin.last_updated),
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
    pub(crate) fn body(&self) -> TrustedOriginWrite {
        let scopes = [(self.cors, TrustedOriginScopeType::Cors), (self.redirect, TrustedOriginScopeType::Redirect)]
            .into_iter()
            .filter(|(wanted, _)| *wanted)
            .map(|(_, scope_type)| TrustedOriginScope { scope_type })
            .collect();
        TrustedOriginWrite { name: self.name.clone(), origin: self.origin.clone(), scopes }
    }
}
