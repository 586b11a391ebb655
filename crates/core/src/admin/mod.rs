//! HR's admin area over Okta's identity APIs: people and their sign-in lifecycle, groups, the
//! organization's settings and contacts, and trusted origins; and over the HR API, the company's public
//! holidays ([`holidays`]) and its audit trail ([`audit`]).
//!
//! Reads fetch everything fresh and keep it as a snapshot per kind, so the screens still show the last
//! known state, with its age, when the server cannot be reached. Writes are online-only: an admin change
//! acts on someone else's account at once, so it is never queued in the outbox. A suspension sent hours
//! later, when the device is back online, could lock someone out long after the reason for it is gone,
//! or act on an account another administrator has changed since; HR must see the server's answer now.

pub mod announcements;
pub mod assets;
pub mod audit;
pub mod holidays;
mod models;
pub mod payroll;
pub mod people;
pub mod working_weeks;

pub use announcements::{AnnouncementChanges, AnnouncementDraft, ManagedAnnouncement};
pub use assets::AssetDecision;
pub use audit::{AUDIT_PAGE_SIZE, AuditEvent, AuditExport, AuditFilter, AuditPage};
pub use holidays::{HolidayEntry, HolidayKind, ImportCounts};
pub use models::{
    AdminAction, AdminGroup, AdminUser, GroupMember, LifecycleOutcome, NewTrustedOrigin, OrgChange, OrgContact,
    OrgSettings, TrustedOrigin,
};

use crate::client::{ApiClient, ClientError};
use crate::error::{CoreError, CoreResult};
use crate::sync::lock;
use crate::{Core, Fresh};
use okta_hr_domain::okta::directory::{DirectoryGroup, DirectoryGroupMember};
use okta_hr_domain::okta::org::{OrgContactTypeObj, OrgContactUser, OrgContactUserWrite, OrgSetting};
use okta_hr_domain::okta::trusted_origins::TrustedOrigin as TrustedOriginWire;
use okta_hr_domain::okta::users::{User, UserLifecycleResult};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// The admin area's reads, each kept as one snapshot under its `kind`; existing caches hold these names.
#[derive(Debug, Clone)]
pub(crate) enum Snapshot {
    People,
    Groups,
    Org,
    TrustedOrigins,
    /// One year's public holidays, all of them or those of one branch.
    Holidays {
        year: i32,
        branch_id: Option<String>,
    },
    /// The last page of the audit trail read, with the filter it was read with.
    AuditEvents,
    /// Every announcement of the company, in any state.
    Announcements,
    /// The company's working week and each branch's.
    WorkingWeeks,
    /// The signed-in person's own emergency contacts.
    MyEmergencyContacts,
    /// The signed-in person's bank account (masked) and their request still waiting for HR.
    MyBankDetails,
    /// HR's asset catalogue, every status.
    Assets,
    /// Employees' asset requests, every status.
    AssetRequests,
    /// Problems employees reported with their assets, open and resolved.
    AssetProblems,
    /// The ledger entries of one query (a person, a year, a type), as HR last read them.
    LeaveLedger {
        query: String,
    },
    /// The leave jobs' run log.
    LeaveJobRuns,
}

impl Snapshot {
    fn kind(&self) -> String {
        match self {
            Snapshot::People => "people".to_owned(),
            Snapshot::Groups => "groups".to_owned(),
            Snapshot::Org => "org".to_owned(),
            Snapshot::TrustedOrigins => "trusted_origins".to_owned(),
            Snapshot::Holidays { year, branch_id: None } => format!("holidays/{year}"),
            Snapshot::Holidays { year, branch_id: Some(branch) } => format!("holidays/{year}/branch/{branch}"),
            Snapshot::AuditEvents => "audit_events".to_owned(),
            Snapshot::Announcements => "announcements".to_owned(),
            Snapshot::WorkingWeeks => "working_weeks".to_owned(),
            Snapshot::MyEmergencyContacts => "me/emergency_contacts".to_owned(),
            Snapshot::MyBankDetails => "me/bank_details".to_owned(),
            Snapshot::Assets => "assets".to_owned(),
            Snapshot::AssetRequests => "asset_requests".to_owned(),
            Snapshot::AssetProblems => "asset_problems".to_owned(),
            Snapshot::LeaveLedger { query } => format!("leave_ledger/{query}"),
            Snapshot::LeaveJobRuns => "leave_job_runs".to_owned(),
        }
    }
}

/// The largest page the Users and Trusted Origins APIs serve.
const PAGE_LIMIT: u32 = 200;

/// A read refused with 403 means the signed-in person is not an administrator.
fn refusal_of_read(error: ClientError) -> CoreError {
    match error {
        ClientError::Rejected { status: 403, message, errors } => CoreError::Client(ClientError::Rejected {
            status: 403,
            message: format!("The admin area is for HR only: {message}"),
            errors,
        }),
        other => other.into(),
    }
}

/// An unreachable server becomes the online-only message; the server's own refusals pass through.
fn refusal_of_write(error: ClientError) -> CoreError {
    match error {
        ClientError::CouldNotConnect(reason) | ClientError::Unreachable(reason) => CoreError::NeedsConnection(reason),
        other => other.into(),
    }
}

/// `text` as one value of a query string: everything but the unreserved characters percent-encoded.
pub(crate) fn query_value(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn fetch_people(client: &ApiClient) -> Result<Vec<AdminUser>, ClientError> {
    let people: Vec<User> = client.all_linked_pages(&format!("/api/v1/users?limit={PAGE_LIMIT}")).await?;
    Ok(people.into_iter().map(AdminUser::from).collect())
}

async fn fetch_groups(client: &ApiClient) -> Result<Vec<AdminGroup>, ClientError> {
    let groups: Vec<DirectoryGroup> = client.get("/api/v1/group").await?.body;
    let mut with_members = Vec::with_capacity(groups.len());
    for group in groups {
        let members: Vec<DirectoryGroupMember> = client.get(&format!("/api/v1/group/{}/members", group.id)).await?.body;
        with_members.push(AdminGroup::new(group, members));
    }
    Ok(with_members)
}

async fn fetch_org(client: &ApiClient, people: &[AdminUser]) -> Result<OrgSettings, ClientError> {
    let org: OrgSetting = client.get("/api/v1/org").await?.body;
    let kinds: Vec<OrgContactTypeObj> = client.get("/api/v1/org/contacts").await?.body;
    let mut contacts = Vec::new();
    for OrgContactTypeObj { contact_type, .. } in kinds {
        let path = format!("/api/v1/org/contacts/{}", contact_type.to_lowercase());
        let user_id = client.get::<OrgContactUser>(&path).await?.body.user_id;
        let login = user_id.as_deref().and_then(|id| people.iter().find(|p| p.id == id)).map(|p| p.login.clone());
        contacts.push(OrgContact { contact_type, user_id, login });
    }
    Ok(OrgSettings::new(org, contacts))
}

async fn fetch_origins(client: &ApiClient) -> Result<Vec<TrustedOrigin>, ClientError> {
    let origins: Vec<TrustedOriginWire> =
        client.all_linked_pages(&format!("/api/v1/trustedOrigins?limit={PAGE_LIMIT}")).await?;
    Ok(origins.into_iter().map(TrustedOrigin::from).collect())
}

impl Core {
    /// Fetches one kind and keeps it; falls back to the kept snapshot when the server cannot be reached.
    pub(crate) async fn admin_read<T: Serialize + DeserializeOwned>(
        &self,
        snapshot: Snapshot,
        fetched: Result<T, ClientError>,
    ) -> CoreResult<Fresh<T>> {
        self.admin_read_if(snapshot, fetched, |_| true).await
    }

    /// [`Core::admin_read`], falling back only to a kept snapshot that `answers` the same question (the
    /// same filter and page of a listing read one page at a time).
    async fn admin_read_if<T: Serialize + DeserializeOwned>(
        &self,
        snapshot: Snapshot,
        fetched: Result<T, ClientError>,
        answers: impl Fn(&T) -> bool,
    ) -> CoreResult<Fresh<T>> {
        let account = self.account()?;
        match fetched {
            Ok(data) => {
                let cache = lock(&account.cache);
                cache.record_reachable()?;
                let fetched_at = cache.put_admin_snapshot(&snapshot.kind(), &data)?;
                Ok(Fresh { data, fetched_at: Some(fetched_at) })
            }
            Err(error) if error.is_transient() => {
                // The whole app shows it is offline (and disables admin changes), not only this answer.
                let cache = lock(&account.cache);
                cache.record_sync(Some(&error.to_string()))?;
                match cache.admin_snapshot::<T>(&snapshot.kind())? {
                    Some((data, fetched_at)) if answers(&data) => Ok(Fresh { data, fetched_at: Some(fetched_at) }),
                    _ => Err(error.into()),
                }
            }
            Err(error) => Err(refusal_of_read(error)),
        }
    }

    /// The kept snapshot of one kind, without contacting the server.
    fn admin_cached<T: DeserializeOwned + Default>(&self, snapshot: Snapshot) -> CoreResult<Fresh<T>> {
        Ok(match lock(&self.account()?.cache).admin_snapshot::<T>(&snapshot.kind())? {
            Some((data, fetched_at)) => Fresh { data, fetched_at: Some(fetched_at) },
            None => Fresh { data: T::default(), fetched_at: None },
        })
    }

    /// Everyone's sign-in account, every status included.
    pub async fn admin_people(&self) -> CoreResult<Fresh<Vec<AdminUser>>> {
        let fetched = fetch_people(&self.account()?.client).await;
        self.admin_read(Snapshot::People, fetched).await
    }

    pub fn cached_admin_people(&self) -> CoreResult<Fresh<Vec<AdminUser>>> {
        self.admin_cached(Snapshot::People)
    }

    /// The groups with their members.
    pub async fn admin_groups(&self) -> CoreResult<Fresh<Vec<AdminGroup>>> {
        let fetched = fetch_groups(&self.account()?.client).await;
        self.admin_read(Snapshot::Groups, fetched).await
    }

    pub fn cached_admin_groups(&self) -> CoreResult<Fresh<Vec<AdminGroup>>> {
        self.admin_cached(Snapshot::Groups)
    }

    /// The organization's settings and contacts; a contact's login comes from the people snapshot.
    pub async fn admin_org(&self) -> CoreResult<Fresh<OrgSettings>> {
        let people = self.cached_admin_people()?.data;
        let fetched = fetch_org(&self.account()?.client, &people).await;
        self.admin_read(Snapshot::Org, fetched).await
    }

    /// `None` when the organization was never read on this device.
    pub fn cached_admin_org(&self) -> CoreResult<Fresh<Option<OrgSettings>>> {
        self.admin_cached(Snapshot::Org)
    }

    pub async fn admin_trusted_origins(&self) -> CoreResult<Fresh<Vec<TrustedOrigin>>> {
        let fetched = fetch_origins(&self.account()?.client).await;
        self.admin_read(Snapshot::TrustedOrigins, fetched).await
    }

    pub fn cached_admin_trusted_origins(&self) -> CoreResult<Fresh<Vec<TrustedOrigin>>> {
        self.admin_cached(Snapshot::TrustedOrigins)
    }

    /// Changes the lifecycle of `user` (an id or a login), online only, then re-reads everyone.
    pub async fn admin_lifecycle(&self, user: &str, action: AdminAction) -> CoreResult<LifecycleOutcome> {
        let user = user.trim();
        if user.is_empty() || user.contains(['/', '?', '#']) {
            return Err(CoreError::Invalid(format!("{user:?} is not a user id or login")));
        }
        let mut path = format!("/api/v1/users/{user}/lifecycle/{}", action.operation());
        if action.returns_link() {
            path.push_str("?sendEmail=false");
        }
        let client = &self.account()?.client;
        let answer: Value = client.post(&path, &json!({}), None).await.map_err(refusal_of_write)?.body;
        let links = serde_json::from_value::<UserLifecycleResult>(answer).ok();
        let link = links.and_then(|l| l.activation_url.or(l.reset_password_url));
        // The change is made; a failed re-read only leaves the snapshot older.
        let people = self.admin_people().await.map(|fresh| fresh.data).unwrap_or_default();
        let changed = people.into_iter().find(|p| p.id == user || p.login.eq_ignore_ascii_case(user));
        Ok(LifecycleOutcome { user: changed, link })
    }

    /// Changes the fields of the organization's settings that `change` names, online only.
    pub async fn admin_update_org(&self, change: &OrgChange) -> CoreResult<Fresh<OrgSettings>> {
        let client = &self.account()?.client;
        client.post::<Value, _>("/api/v1/org", change, None).await.map_err(refusal_of_write)?;
        self.admin_org().await
    }

    /// Makes `user_id` the organization's BILLING or TECHNICAL contact, online only.
    pub async fn admin_set_contact(&self, contact_type: &str, user_id: &str) -> CoreResult<Fresh<OrgSettings>> {
        let client = &self.account()?.client;
        let path = format!("/api/v1/org/contacts/{}", contact_type.to_lowercase());
        let contact = OrgContactUserWrite { user_id: user_id.to_owned() };
        client.put::<Value, _>(&path, &contact).await.map_err(refusal_of_write)?;
        self.admin_org().await
    }

    pub async fn admin_add_trusted_origin(&self, origin: &NewTrustedOrigin) -> CoreResult<TrustedOrigin> {
        let client = &self.account()?.client;
        let created: TrustedOriginWire =
            client.post("/api/v1/trustedOrigins", &origin.body(), None).await.map_err(refusal_of_write)?.body;
        let _ = self.admin_trusted_origins().await;
        Ok(created.into())
    }

    /// Activates or deactivates a trusted origin, online only.
    pub async fn admin_set_trusted_origin_active(&self, id: &str, active: bool) -> CoreResult<TrustedOrigin> {
        let client = &self.account()?.client;
        let operation = if active { "activate" } else { "deactivate" };
        let path = format!("/api/v1/trustedOrigins/{id}/lifecycle/{operation}");
        let changed: TrustedOriginWire = client.post(&path, &json!({}), None).await.map_err(refusal_of_write)?.body;
        let _ = self.admin_trusted_origins().await;
        Ok(changed.into())
    }

    pub async fn admin_remove_trusted_origin(&self, id: &str) -> CoreResult<()> {
        let client = &self.account()?.client;
        client.delete(&format!("/api/v1/trustedOrigins/{id}")).await.map_err(refusal_of_write)?;
        let _ = self.admin_trusted_origins().await;
        Ok(())
    }
}
