//! Announcements as HR manages them (the back-office extension of `GET /api/v1/announcements`): where each
//! is in its life, and whom it is for. Employees read the published ones as
//! [`crate::wire::AnnouncementAttributes`], in the seed's shape.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// Where an announcement is in its life. Only a published one is shown to its audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum AnnouncementState {
    /// Written, not yet published or scheduled.
    Draft,
    /// To be published by the server when `publish_at` passes.
    Scheduled,
    /// Shown to its audience.
    Published,
    /// Past its `expires_at`: shown to nobody but HR.
    Expired,
}

impl AnnouncementState {
    pub const ALL: [AnnouncementState; 4] = [
        AnnouncementState::Draft,
        AnnouncementState::Scheduled,
        AnnouncementState::Published,
        AnnouncementState::Expired,
    ];

    /// The state of an announcement at `now`: published once its `published_at` (set when HR or the
    /// server's schedule published it) has come, until its `expires_at` passes. A `publish_at` that has
    /// passed leaves it scheduled until the server publishes it, so nobody reads it before the audience is
    /// notified; a `published_at` still to come (how earlier versions scheduled) is scheduled too.
    pub fn at(
        published_at: Option<DateTime<Utc>>,
        publish_at: Option<DateTime<Utc>>,
        expires_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> AnnouncementState {
        match (published_at, publish_at) {
            (Some(at), _) if at <= now => {
                if expires_at.is_some_and(|expiry| expiry <= now) {
                    AnnouncementState::Expired
                } else {
                    AnnouncementState::Published
                }
            }
            (Some(_), _) | (None, Some(_)) => AnnouncementState::Scheduled,
            (None, None) => AnnouncementState::Draft,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AnnouncementState::Draft => "draft",
            AnnouncementState::Scheduled => "scheduled",
            AnnouncementState::Published => "published",
            AnnouncementState::Expired => "expired",
        }
    }

    pub fn parse(text: &str) -> Option<AnnouncementState> {
        AnnouncementState::ALL.into_iter().find(|state| state.as_str() == text)
    }
}

/// Whom an announcement is for: everyone in the company, or anyone in one of the departments or branches
/// or among the people named (any mix). Ids are the directory's (`/api/v1/departments`, `/api/v1/branches`,
/// `/api/v1/employees`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AnnouncementAudience {
    pub everyone: bool,
    #[serde(default)]
    pub departments: Vec<String>,
    #[serde(default)]
    pub branches: Vec<String>,
    #[serde(default)]
    pub people: Vec<String>,
}

impl AnnouncementAudience {
    pub fn everyone() -> AnnouncementAudience {
        AnnouncementAudience { everyone: true, ..AnnouncementAudience::default() }
    }
}

/// An announcement as HR sees it, in any state. A published one has every field employees read, so a
/// client reading it as [`crate::wire::AnnouncementAttributes`] still can.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ManagedAnnouncementAttributes {
    pub title: String,
    pub body: String,
    pub author_name: Option<String>,
    pub state: AnnouncementState,
    pub audience: AnnouncementAudience,
    /// Shown above the others while published.
    pub pinned: bool,
    /// When the server is to publish it; set while scheduled, kept afterwards.
    pub publish_at: Option<DateTime<Utc>>,
    /// When it was published; `null` while a draft or scheduled.
    pub published_at: Option<DateTime<Utc>>,
    /// From when nobody but HR sees it; `null`: until HR expires it.
    pub expires_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::AnnouncementState;
    use chrono::{Duration, Utc};

    #[test]
    fn state_follows_publication_and_expiry() {
        let now = Utc::now();
        let (past, future) = (Some(now - Duration::hours(1)), Some(now + Duration::hours(1)));
        assert_eq!(AnnouncementState::at(None, None, None, now), AnnouncementState::Draft);
        assert_eq!(AnnouncementState::at(None, future, None, now), AnnouncementState::Scheduled);
        // Due but not yet published by the server: still scheduled, so nobody sees it un-notified.
        assert_eq!(AnnouncementState::at(None, past, None, now), AnnouncementState::Scheduled);
        assert_eq!(AnnouncementState::at(past, None, future, now), AnnouncementState::Published);
        assert_eq!(AnnouncementState::at(past, None, Some(now), now), AnnouncementState::Expired);
        assert_eq!(AnnouncementState::at(future, None, None, now), AnnouncementState::Scheduled);
        for state in AnnouncementState::ALL {
            assert_eq!(AnnouncementState::parse(state.as_str()), Some(state));
        }
    }
}
