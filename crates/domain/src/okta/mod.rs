//! The Okta-style APIs' wire shapes: the Users API and what hangs off a user, trusted origins, the Org API,
//! SMS templates, subscriptions, ThreatInsight and the Directory API. The server writes them and documents
//! them in its OpenAPI description; the core reads them, so both sides break together on a renamed field.
//!
//! Field optionality follows what the server writes: `Option<T>` without `skip_serializing_if` is written
//! as `null`, with it the field is left out. The `…Write` and `…Request` types are request bodies: the
//! server reads its bodies leniently (to name every problem in one Okta error) and uses them to describe
//! what a client sends.

pub mod directory;
pub mod directory_requests;
pub mod org;
pub mod sms_templates;
pub mod subscriptions;
pub mod threats;
pub mod trusted_origins;
pub mod user_resources;
pub mod users;

use chrono::{DateTime, SecondsFormat, Utc};
use indexmap::IndexMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A HAL link: where, and for an action the methods it allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HrefObject {
    pub href: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hints: Option<HrefHints>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HrefHints {
    pub allow: Vec<String>,
}

impl HrefObject {
    pub fn new(href: impl Into<String>) -> Self {
        HrefObject { href: href.into(), hints: None }
    }

    /// A link to an operation, with the one method it takes.
    pub fn action(href: impl Into<String>, method: &str) -> Self {
        Self::allowing(href, &[method])
    }

    /// A link with the methods it allows.
    pub fn allowing(href: impl Into<String>, methods: &[&str]) -> Self {
        let allow = methods.iter().map(|method| (*method).to_owned()).collect();
        HrefObject { href: href.into(), hints: Some(HrefHints { allow }) }
    }
}

/// A resource's `_links` by relation, in the order the server lists them. Which relations appear depends
/// on the resource's state (a user's lifecycle links follow its status), hence a map.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Links(pub IndexMap<String, HrefObject>);

impl Links {
    pub fn new() -> Self {
        Links::default()
    }

    pub fn insert(&mut self, relation: impl Into<String>, link: HrefObject) {
        self.0.insert(relation.into(), link);
    }

    pub fn contains_key(&self, relation: &str) -> bool {
        self.0.contains_key(relation)
    }
}

impl<const N: usize> From<[(String, HrefObject); N]> for Links {
    fn from(links: [(String, HrefObject); N]) -> Self {
        Links(IndexMap::from(links))
    }
}

/// `ACTIVE` or `INACTIVE`, the status of trusted origins and of the org.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LifecycleStatus {
    Active,
    Inactive,
}

/// Okta's timestamps: RFC 3339 in UTC with milliseconds, `2024-05-01T09:30:00.000Z`, whatever precision
/// the database keeps. Reading accepts any RFC 3339 time.
pub mod timestamp {
    use super::*;

    pub fn serialize<S: Serializer>(instant: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&instant.to_rfc3339_opts(SecondsFormat::Millis, true))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
        DateTime::<Utc>::deserialize(deserializer)
    }
}

/// [`timestamp`] for a time that may be `null`.
pub mod optional_timestamp {
    use super::*;

    pub fn serialize<S: Serializer>(instant: &Option<DateTime<Utc>>, serializer: S) -> Result<S::Ok, S::Error> {
        match instant {
            Some(instant) => timestamp::serialize(instant, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        Option::<DateTime<Utc>>::deserialize(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[derive(Serialize, Deserialize)]
    struct Stamped {
        #[serde(with = "timestamp")]
        at: DateTime<Utc>,
        #[serde(with = "optional_timestamp", default)]
        until: Option<DateTime<Utc>>,
    }

    #[test]
    fn timestamps_have_milliseconds_and_z_and_read_back() {
        let at = Utc.with_ymd_and_hms(2024, 5, 1, 9, 30, 0).unwrap();
        let json = serde_json::to_string(&Stamped { at, until: None }).unwrap();
        assert_eq!(json, r#"{"at":"2024-05-01T09:30:00.000Z","until":null}"#);
        let read: Stamped = serde_json::from_str(r#"{"at":"2024-05-01T11:30:00+02:00"}"#).unwrap();
        assert_eq!((read.at, read.until), (at, None));
    }

    #[test]
    fn a_plain_link_has_no_hints() {
        let link = serde_json::to_value(HrefObject::new("https://hr.example/api/v1/users/00u1")).unwrap();
        assert_eq!(link, serde_json::json!({ "href": "https://hr.example/api/v1/users/00u1" }));
        let action = serde_json::to_value(HrefObject::action("https://hr.example/x", "POST")).unwrap();
        assert_eq!(action, serde_json::json!({ "href": "https://hr.example/x", "hints": { "allow": ["POST"] } }));
    }
}
