//! Admin notification subscriptions of roles and users.

use super::Links;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// Whether a role or a user is told about one notification type, and on which channels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    pub notification_type: String,
    /// `in_app`, the one channel this server delivers on.
    pub channels: Vec<String>,
    pub status: SubscriptionStatus,
    #[serde(rename = "_links")]
    pub links: Links,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum SubscriptionStatus {
    Subscribed,
    Unsubscribed,
}
