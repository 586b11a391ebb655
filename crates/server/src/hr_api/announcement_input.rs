//! What HR sends to create or change an announcement, read with Laravel's rules and wording. The checks
//! that need the database (the audience's ids, the announcement's state) are the store's.

use crate::store::announcements::{Audience, Edit, NewAnnouncement};
use chrono::{DateTime, Utc};
use okta_hr_domain::validation::{ValidationErrors, Validator};
use serde::Deserialize;
use serde_json::{Map, Value};
use utoipa::ToSchema;

pub const TITLE_MAX: usize = 200;
pub const BODY_MAX: usize = 10_000;
/// The most departments, branches or people one audience names.
const AUDIENCE_LIST_MAX: usize = 500;

/// The body of `POST /api/v1/announcements`.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct AnnouncementInput {
    /// Must not be greater than 200 characters.
    #[schema(example = "Office closed on 24 December")]
    title: String,
    /// Must not be greater than 10000 characters.
    #[schema(example = "HQ is closed on Christmas Eve. Enjoy the holidays!")]
    body: String,
    /// Defaults to everyone.
    audience: Option<AudienceInput>,
    /// Shown above the others. Defaults to false.
    pinned: Option<bool>,
    /// Publish now and notify the audience. Cannot be combined with `publish_at`.
    publish: Option<bool>,
    /// Schedule: the server publishes it, and notifies the audience, when this time passes. Must be a
    /// date after now. Without it and without `publish`, the announcement is a draft.
    #[schema(example = "2052-12-20T09:00:00Z")]
    publish_at: Option<String>,
    /// From when nobody but HR sees it. Must be a date after now and after `publish_at`.
    expires_at: Option<String>,
}

/// The body of `PATCH /api/v1/announcements/{announcement_id}`: only the fields sent change.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct AnnouncementChange {
    /// Drafts and scheduled announcements only; must not be greater than 200 characters.
    title: Option<String>,
    /// Drafts and scheduled announcements only; must not be greater than 10000 characters.
    body: Option<String>,
    /// Drafts and scheduled announcements only.
    audience: Option<AudienceInput>,
    /// Drafts and scheduled announcements only: a date after now schedules it, `null` makes it a draft.
    publish_at: Option<String>,
    /// Any time.
    pinned: Option<bool>,
    /// Any time: a date after now, or `null` for no end.
    expires_at: Option<String>,
}

/// Whom an announcement is for: `{"everyone": true}`, or any mix of the directory's department, branch and
/// employee ids.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct AudienceInput {
    everyone: Option<bool>,
    departments: Option<Vec<i64>>,
    branches: Option<Vec<i64>>,
    people: Option<Vec<i64>>,
}

/// `field` as an instant after `now`, when sent.
fn future_instant(v: &mut Validator, field: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let at = v.optional_datetime(field)?;
    if at <= now {
        v.fail(field, format!("The {} field must be a date after now.", field.replace('_', " ")));
        return None;
    }
    Some(at)
}

/// A field PATCH may clear: absent → `None`; `null` or blank → `Some(None)`; otherwise an instant after
/// `now`.
fn clearable_instant(
    v: &mut Validator,
    fields: &Map<String, Value>,
    field: &str,
    now: DateTime<Utc>,
) -> Option<Option<DateTime<Utc>>> {
    if !fields.contains_key(field) {
        return None;
    }
    if !v.is_present(field) {
        return Some(None);
    }
    future_instant(v, field, now).map(Some)
}

/// One list of ids of an audience (`audience.departments` …): integers (or numeric strings), each kept
/// once.
fn id_list(errors: &mut ValidationErrors, audience: &Map<String, Value>, list: &str) -> Vec<i64> {
    let field = format!("audience.{list}");
    let items = match audience.get(list) {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => {
            errors.add(&field, format!("The {field} field must be an array."));
            return Vec::new();
        }
    };
    if items.len() > AUDIENCE_LIST_MAX {
        errors.add(&field, format!("The {field} field must not have more than {AUDIENCE_LIST_MAX} items."));
        return Vec::new();
    }
    let mut ids = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let id = match item {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        };
        match id {
            Some(id) if !ids.contains(&id) => ids.push(id),
            Some(_) => {}
            None => errors.add(&format!("{field}.{index}"), format!("The {field}.{index} field must be an integer.")),
        }
    }
    ids
}

/// The `audience` field: absent or `null` is `None`; otherwise everyone, or at least one department,
/// branch or person, never both.
fn audience(errors: &mut ValidationErrors, fields: &Map<String, Value>) -> Option<Audience> {
    let object = match fields.get("audience") {
        None | Some(Value::Null) => return None,
        Some(Value::Object(object)) => object,
        Some(_) => {
            errors.add("audience", "The audience field must be an array.");
            return None;
        }
    };
    let everyone = match object.get("everyone") {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::Bool(true)) => true,
        Some(Value::Number(n)) if n.as_i64() == Some(0) => false,
        Some(Value::Number(n)) if n.as_i64() == Some(1) => true,
        Some(_) => {
            errors.add("audience.everyone", "The audience.everyone field must be true or false.");
            return None;
        }
    };
    let audience = Audience {
        everyone,
        departments: id_list(errors, object, "departments"),
        branches: id_list(errors, object, "branches"),
        people: id_list(errors, object, "people"),
    };
    let names_anyone = !(audience.departments.is_empty() && audience.branches.is_empty() && audience.people.is_empty());
    if everyone && names_anyone {
        errors.add(
            "audience.everyone",
            "The audience.everyone field prohibits audience.departments / audience.branches / audience.people from \
             being present.",
        );
    } else if !everyone && !names_anyone && !errors.0.keys().any(|field| field.starts_with("audience.")) {
        errors.add(
            "audience.departments",
            "The audience.departments field is required when none of audience.everyone / audience.branches / \
             audience.people are present.",
        );
    }
    Some(audience)
}

/// Adds the errors of the `audience` field to `v`'s.
fn read_audience(v: &mut Validator, fields: &Map<String, Value>) -> Option<Audience> {
    let mut errors = ValidationErrors::default();
    let audience = audience(&mut errors, fields);
    for (field, messages) in errors.0 {
        messages.into_iter().for_each(|message| v.fail(&field, message));
    }
    audience
}

/// A new announcement as sent to `POST /api/v1/announcements`, judged at `now`.
pub fn new_announcement(fields: &Map<String, Value>, now: DateTime<Utc>) -> Result<NewAnnouncement, ValidationErrors> {
    let mut v = Validator::new(fields);
    let title = v.required_string("title", Some(TITLE_MAX));
    let body = v.required_string("body", Some(BODY_MAX));
    let audience = read_audience(&mut v, fields).unwrap_or_else(Audience::everyone);
    let pinned = v.optional_bool("pinned").unwrap_or(false);
    let publish = v.optional_bool("publish").unwrap_or(false);
    let publish_at = future_instant(&mut v, "publish_at", now);
    if publish && v.is_present("publish_at") {
        v.fail("publish_at", "The publish at field prohibits publish from being present.");
    }
    let expires_at = future_instant(&mut v, "expires_at", now);
    if let (Some(publish_at), Some(expires_at)) = (publish_at, expires_at)
        && expires_at <= publish_at
    {
        v.fail("expires_at", "The expires at field must be a date after publish at.");
    }
    v.finish()?;
    let (Some(title), Some(body)) = (title, body) else {
        return Err(ValidationErrors::single("title", "The title field is required."));
    };
    Ok(NewAnnouncement { title, body, audience, pinned, publish_at, publish, expires_at })
}

/// The changes sent to `PATCH /api/v1/announcements/{announcement_id}`, judged at `now`.
pub fn edit(fields: &Map<String, Value>, now: DateTime<Utc>) -> Result<Edit, ValidationErrors> {
    let mut v = Validator::new(fields);
    let text = |v: &mut Validator, field: &str, max: usize| {
        fields.contains_key(field).then(|| v.required_string(field, Some(max))).flatten()
    };
    let title = text(&mut v, "title", TITLE_MAX);
    let body = text(&mut v, "body", BODY_MAX);
    let edit = Edit {
        title,
        body,
        audience: read_audience(&mut v, fields),
        publish_at: clearable_instant(&mut v, fields, "publish_at", now),
        pinned: v.optional_bool("pinned"),
        expires_at: clearable_instant(&mut v, fields, "expires_at", now),
    };
    v.finish()?;
    Ok(edit)
}

#[cfg(test)]
mod tests {
    use super::{edit, new_announcement};
    use chrono::{Duration, Utc};
    use serde_json::{Value, json};

    fn fields(value: Value) -> serde_json::Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn an_audience_is_everyone_or_named_targets_never_both_nor_neither() {
        let now = Utc::now();
        let new = new_announcement(&fields(json!({ "title": "T", "body": "B" })), now).unwrap();
        assert!(new.audience.everyone && !new.publish && new.publish_at.is_none());
        let mixed = json!({ "title": "T", "body": "B", "audience": { "departments": [2, "2", 3], "people": [7] } });
        let new = new_announcement(&fields(mixed), now).unwrap();
        assert_eq!(
            (new.audience.everyone, new.audience.departments, new.audience.people),
            (false, vec![2, 3], vec![7])
        );

        let cases = [
            (json!({ "everyone": true, "branches": [1] }), "audience.everyone"),
            (json!({}), "audience.departments"),
            (json!({ "departments": ["x"] }), "audience.departments.0"),
            (json!({ "people": 5 }), "audience.people"),
        ];
        for (audience, field) in cases {
            let errors =
                new_announcement(&fields(json!({ "title": "T", "body": "B", "audience": audience })), now).unwrap_err();
            assert!(errors.has(field), "{audience}: {errors:?}");
        }
    }

    #[test]
    fn times_must_come_after_now_and_expiry_after_publication() {
        let now = Utc::now();
        let (past, soon, later) = (
            (now - Duration::hours(1)).to_rfc3339(),
            (now + Duration::hours(1)).to_rfc3339(),
            (now + Duration::days(1)).to_rfc3339(),
        );
        let errors =
            new_announcement(&fields(json!({ "title": "T", "body": "B", "publish_at": past })), now).unwrap_err();
        assert_eq!(errors.0["publish_at"], ["The publish at field must be a date after now."]);
        let errors = new_announcement(
            &fields(json!({ "title": "T", "body": "B", "publish_at": later, "expires_at": soon })),
            now,
        )
        .unwrap_err();
        assert_eq!(errors.0["expires_at"], ["The expires at field must be a date after publish at."]);
        let errors =
            new_announcement(&fields(json!({ "title": "T", "body": "B", "publish": true, "publish_at": soon })), now)
                .unwrap_err();
        assert_eq!(errors.0["publish_at"], ["The publish at field prohibits publish from being present."]);

        let change = edit(&fields(json!({ "publish_at": null, "expires_at": later, "pinned": true })), now).unwrap();
        assert_eq!((change.publish_at, change.pinned), (Some(None), Some(true)));
        assert!(change.title.is_none() && change.audience.is_none());
        assert!(edit(&fields(json!({ "title": "" })), now).unwrap_err().has("title"));
    }
}
