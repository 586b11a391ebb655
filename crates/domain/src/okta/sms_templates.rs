//! Custom SMS templates: the verification-code message, with translations by language.

use super::timestamp;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct SmsTemplate {
    pub id: String,
    pub name: String,
    /// `SMS_VERIFY_CODE`, the one type.
    #[serde(rename = "type")]
    pub template_type: String,
    /// The message, with `${code}` and optionally `${org.name}`.
    pub template: String,
    /// Language code (`fr`, `pt-BR`) to translated message.
    pub translations: BTreeMap<String, String>,
    #[serde(with = "timestamp")]
    pub created: DateTime<Utc>,
    #[serde(with = "timestamp")]
    pub last_updated: DateTime<Utc>,
}

/// A template as a client sends it. Creating or replacing one needs `name`, `type` and `template`; a
/// partial update (POST to the template) changes what it sends, merges `translations` by language and
/// removes a language sent as `null`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SmsTemplateWrite {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub template_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translations: Option<BTreeMap<String, Option<String>>>,
}
