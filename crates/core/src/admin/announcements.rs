//! Company announcements as HR manages them: every announcement in any state (draft, scheduled,
//! published, expired) with its audience, and creating, changing, publishing, expiring and deleting one.
//!
//! Like the rest of the admin area, the list is kept as a snapshot so it shows offline with its age, and
//! changes are online-only ([`CoreError::NeedsConnection`] offline, never queued): publishing notifies
//! people at once, and an expiry sent hours late would leave an announcement up after HR took it down.
//! After every change the signed-in person's own announcements (what [`Core::announcements`] shows) are
//! fetched again, so HR's own feed shows a publication, a pin or an expiry at once.

use super::{Snapshot, refusal_of_write};
use crate::cache::CachedDocument;
use crate::client::ClientError;
use crate::error::{CoreError, CoreResult};
use crate::{Change, Core, Fresh};
use chrono::{DateTime, Utc};
use okta_hr_domain::announcements::{AnnouncementAudience, AnnouncementState, ManagedAnnouncementAttributes};
use okta_hr_domain::jsonapi::{Document, Resource};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

/// Every state, as the server's `filter[state]` takes them.
const ALL_STATES: &str = "draft,scheduled,published,expired";

/// One announcement as HR's list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ManagedAnnouncement {
    /// The server's id, which the changes below take.
    pub id: String,
    pub title: String,
    pub body: String,
    pub author_name: Option<String>,
    pub state: AnnouncementState,
    pub audience: AnnouncementAudience,
    pub pinned: bool,
    /// When the server is to publish it (scheduled), or was scheduled to.
    pub publish_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    /// From when nobody but HR sees it.
    pub expires_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl From<Resource<ManagedAnnouncementAttributes>> for ManagedAnnouncement {
    fn from(resource: Resource<ManagedAnnouncementAttributes>) -> ManagedAnnouncement {
        let a = resource.attributes;
        ManagedAnnouncement {
            id: resource.id,
            title: a.title,
            body: a.body,
            author_name: a.author_name,
            state: a.state,
            audience: a.audience,
            pinned: a.pinned,
            publish_at: a.publish_at,
            published_at: a.published_at,
            expires_at: a.expires_at,
            created_at: a.created_at,
        }
    }
}

/// A new announcement: a draft, unless `publish` (published at once, its audience notified) or
/// `publish_at` (the server publishes it then).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AnnouncementDraft {
    pub title: String,
    pub body: String,
    /// Everyone, or any mix of the directory's department, branch and employee ids.
    pub audience: AnnouncementAudience,
    pub pinned: bool,
    pub publish: bool,
    pub publish_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
}

/// What to change of an announcement; `None` and `false` leave a field as it is. The title, body,
/// audience and schedule change only while it is a draft or scheduled; the pin and expiry at any time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AnnouncementChanges {
    pub title: Option<String>,
    pub body: Option<String>,
    pub audience: Option<AnnouncementAudience>,
    pub pinned: Option<bool>,
    /// Schedules it (a draft becomes scheduled), or moves its schedule.
    pub publish_at: Option<DateTime<Utc>>,
    /// Takes a scheduled announcement back to a draft.
    pub unschedule: bool,
    pub expires_at: Option<DateTime<Utc>>,
    /// Shows it until HR expires it.
    pub no_expiry: bool,
}

impl AnnouncementChanges {
    /// The PATCH body: only the fields to change, `null` to clear one.
    fn body(&self) -> CoreResult<Value> {
        if self.unschedule && self.publish_at.is_some() {
            return Err(CoreError::Invalid("an announcement cannot be scheduled and unscheduled at once".to_owned()));
        }
        if self.no_expiry && self.expires_at.is_some() {
            return Err(CoreError::Invalid("an announcement cannot get an expiry and lose it at once".to_owned()));
        }
        let mut body = Map::new();
        let mut set = |field: &str, value: Option<Value>| {
            if let Some(value) = value {
                body.insert(field.to_owned(), value);
            }
        };
        set("title", self.title.clone().map(Value::from));
        set("body", self.body.clone().map(Value::from));
        set("audience", self.audience.as_ref().map(|audience| json!(audience)));
        set("pinned", self.pinned.map(Value::from));
        set("publish_at", self.publish_at.map(|at| json!(at)).or(self.unschedule.then_some(Value::Null)));
        set("expires_at", self.expires_at.map(|at| json!(at)).or(self.no_expiry.then_some(Value::Null)));
        Ok(Value::Object(body))
    }
}

/// An announcement's id as the server writes it (digits), checked before it goes into a path.
fn checked_id(id: &str) -> CoreResult<&str> {
    let id = id.trim();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(CoreError::Invalid(format!("{id:?} is not an announcement id")));
    }
    Ok(id)
}

/// A change refused with 403 names who may make it; the rest is [`refusal_of_write`].
fn refusal_of_change(error: ClientError) -> CoreError {
    match error {
        ClientError::Rejected { status: 403, message, errors } => CoreError::Client(ClientError::Rejected {
            status: 403,
            message: format!("Announcements are managed by HR only: {message}"),
            errors,
        }),
        other => refusal_of_write(other),
    }
}

/// `all` in `state`, or all of them.
fn in_state(all: Vec<ManagedAnnouncement>, state: Option<AnnouncementState>) -> Vec<ManagedAnnouncement> {
    all.into_iter().filter(|a| state.is_none_or(|state| a.state == state)).collect()
}

type Answer = Document<Resource<ManagedAnnouncementAttributes>>;

impl Core {
    /// Every announcement of the company (HR), pinned first, then newest; with `state`, those in it.
    /// Fetched fresh; falls back to the snapshot when the server cannot be reached. The states are the
    /// server's as of the fetch: a scheduled announcement stays scheduled in the snapshot.
    pub async fn managed_announcements(
        &self,
        state: Option<AnnouncementState>,
    ) -> CoreResult<Fresh<Vec<ManagedAnnouncement>>> {
        let path = format!("/api/v1/announcements?filter[state]={ALL_STATES}");
        let fetched = self.account()?.client.all_pages::<ManagedAnnouncementAttributes>(&path).await;
        let all = fetched.map(|all| all.into_iter().map(ManagedAnnouncement::from).collect());
        let fresh = self.admin_read(Snapshot::Announcements, all).await?;
        Ok(Fresh { data: in_state(fresh.data, state), fetched_at: fresh.fetched_at })
    }

    /// The kept snapshot of [`Core::managed_announcements`], without contacting the server; empty, with
    /// no `fetched_at`, when it was never read on this device.
    pub fn cached_managed_announcements(
        &self,
        state: Option<AnnouncementState>,
    ) -> CoreResult<Fresh<Vec<ManagedAnnouncement>>> {
        let kept = self.admin_cached::<Vec<ManagedAnnouncement>>(Snapshot::Announcements)?;
        Ok(Fresh { data: in_state(kept.data, state), fetched_at: kept.fetched_at })
    }

    /// Creates an announcement (HR), online only. The server judges it: a title over 200 characters, a
    /// time not after now, an expiry before the schedule or an unknown department, branch or person come
    /// back as its validation errors (`ClientError::Rejected` with 422 and the errors per field).
    pub async fn create_announcement(&self, draft: &AnnouncementDraft) -> CoreResult<ManagedAnnouncement> {
        let mut body = json!({
            "title": draft.title,
            "body": draft.body,
            "audience": draft.audience,
            "pinned": draft.pinned,
            "publish": draft.publish,
        });
        if let Some(at) = draft.publish_at {
            body["publish_at"] = json!(at);
        }
        if let Some(at) = draft.expires_at {
            body["expires_at"] = json!(at);
        }
        let client = &self.account()?.client;
        let created: Answer = client.post("/api/v1/announcements", &body, None).await.map_err(refusal_of_change)?.body;
        self.after_announcements_changed().await;
        Ok(created.data.into())
    }

    /// Changes an announcement (HR), online only; see [`AnnouncementChanges`] for what may change when.
    pub async fn update_announcement(
        &self,
        id: &str,
        changes: &AnnouncementChanges,
    ) -> CoreResult<ManagedAnnouncement> {
        let path = format!("/api/v1/announcements/{}", checked_id(id)?);
        let body = changes.body()?;
        let client = &self.account()?.client;
        let changed: Answer = client.patch(&path, &body).await.map_err(refusal_of_change)?.body;
        self.after_announcements_changed().await;
        Ok(changed.data.into())
    }

    /// Publishes a draft or scheduled announcement now (HR), online only: its audience is notified.
    pub async fn publish_announcement(&self, id: &str) -> CoreResult<ManagedAnnouncement> {
        self.announcement_action(id, "publish").await
    }

    /// Expires a published announcement now (HR), online only: nobody but HR sees it from then on.
    pub async fn expire_announcement(&self, id: &str) -> CoreResult<ManagedAnnouncement> {
        self.announcement_action(id, "expire").await
    }

    /// Deletes a draft or scheduled announcement (HR), online only; a published one is expired instead.
    pub async fn delete_announcement(&self, id: &str) -> CoreResult<()> {
        let path = format!("/api/v1/announcements/{}", checked_id(id)?);
        self.account()?.client.delete(&path).await.map_err(refusal_of_change)?;
        self.after_announcements_changed().await;
        Ok(())
    }

    async fn announcement_action(&self, id: &str, action: &str) -> CoreResult<ManagedAnnouncement> {
        let path = format!("/api/v1/announcements/{}/{action}", checked_id(id)?);
        let client = &self.account()?.client;
        let changed: Answer = client.post(&path, &json!({}), None).await.map_err(refusal_of_change)?.body;
        self.after_announcements_changed().await;
        Ok(changed.data.into())
    }

    /// Fetches HR's list and their own announcements again. The change is made either way: a failed
    /// fetch only leaves them older until the next refresh.
    async fn after_announcements_changed(&self) {
        if let Err(error) = self.managed_announcements(None).await {
            tracing::warn!(%error, "could not fetch the announcements after a change");
        }
        match self.fetch_document::<Value>(CachedDocument::Announcements).await {
            Ok(_) => self.announce(Change::Refreshed),
            Err(error) => tracing::warn!(%error, "could not fetch the signed-in person's announcements"),
        }
    }
}
