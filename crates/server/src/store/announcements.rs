//! Company announcements: HR drafts, schedules, publishes, pins and expires them; each person reads the
//! published ones meant for them. Nobody but HR sees one before it is published (and its audience told),
//! after it expires, or when they are not in its audience.

use crate::db::{Connection, OptionalExtension, params};
use crate::store::notifications::{Notice, notify_in};
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, Duration, Utc};
use okta_hr_domain::announcements::{AnnouncementAudience, AnnouncementState, ManagedAnnouncementAttributes};
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::validation::ValidationErrors;
use okta_hr_domain::wire::{AnnouncementAttributes, kind};
use okta_hr_i18n::Language;
use serde_json::json;
use std::collections::HashMap;

/// An announcement as HR reads it, in any state.
pub type Managed = Resource<ManagedAnnouncementAttributes>;

/// How much of an announcement's body its notification carries; the app opens the rest.
const NOTICE_BODY_CHARS: usize = 200;

/// Whether the employee `e` is in the audience of the announcement `a`.
const IN_AUDIENCE: &str = "(a.for_everyone = 1 OR EXISTS (
    SELECT 1 FROM announcement_audience t WHERE t.announcement_id = a.id AND (
        (t.kind = 'department' AND t.target_id = e.department_id)
        OR (t.kind = 'branch' AND t.target_id = e.branch_id)
        OR (t.kind = 'person' AND t.target_id = e.id))))";

/// The announcements the employee `?2` of company `?1` may read at `?3`: published to their audience,
/// not expired. `a` is the announcement, `au` its author.
const VISIBLE: &str = "FROM announcements a JOIN employees e ON e.company_id = a.company_id
    LEFT JOIN employees au ON au.id = a.author_id
    WHERE a.company_id = ?1 AND e.id = ?2
    AND a.published_at IS NOT NULL AND a.published_at <= ?3 AND (a.expires_at IS NULL OR a.expires_at > ?3)";

/// Whom an announcement is for, by the company's own ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Audience {
    pub everyone: bool,
    pub departments: Vec<i64>,
    pub branches: Vec<i64>,
    pub people: Vec<i64>,
}

impl Audience {
    pub fn everyone() -> Audience {
        Audience { everyone: true, ..Audience::default() }
    }

    /// Each target as `announcement_audience` stores it: its kind and id.
    fn targets(&self) -> Vec<(&'static str, i64)> {
        let mut targets = Vec::new();
        targets.extend(self.departments.iter().map(|id| ("department", *id)));
        targets.extend(self.branches.iter().map(|id| ("branch", *id)));
        targets.extend(self.people.iter().map(|id| ("person", *id)));
        targets
    }

    /// Refuses an id that is not one of the company's departments, branches or people, naming it as
    /// `audience.departments.0` and so on.
    pub fn check(&self, conn: &Connection, company_id: i64) -> StoreResult<()> {
        let mut errors = ValidationErrors::default();
        let lists = [
            (
                "departments",
                &self.departments,
                "SELECT EXISTS (SELECT 1 FROM departments WHERE id = ?1 AND company_id = ?2)",
            ),
            ("branches", &self.branches, "SELECT EXISTS (SELECT 1 FROM branches WHERE id = ?1 AND company_id = ?2)"),
            ("people", &self.people, "SELECT EXISTS (SELECT 1 FROM employees WHERE id = ?1 AND company_id = ?2)"),
        ];
        for (list, ids, exists) in lists {
            for (index, id) in ids.iter().enumerate() {
                let found: bool = conn.prepare_cached(exists)?.query_row([*id, company_id], |r| r.get(0))?;
                if !found {
                    errors.add(
                        &format!("audience.{list}.{index}"),
                        format!("The selected audience.{list}.{index} is invalid."),
                    );
                }
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors.into()) }
    }
}

/// What HR writes to create an announcement.
#[derive(Debug)]
pub struct NewAnnouncement {
    pub title: String,
    pub body: String,
    pub audience: Audience,
    pub pinned: bool,
    /// When the server is to publish it; `None` (and not `publish`): a draft.
    pub publish_at: Option<DateTime<Utc>>,
    /// Published at once.
    pub publish: bool,
    pub expires_at: Option<DateTime<Utc>>,
}

/// What HR changes of an announcement; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct Edit {
    pub title: Option<String>,
    pub body: Option<String>,
    pub audience: Option<Audience>,
    /// `Some(None)` takes a scheduled announcement back to a draft.
    pub publish_at: Option<Option<DateTime<Utc>>>,
    pub pinned: Option<bool>,
    /// `Some(None)`: shown until HR expires it.
    pub expires_at: Option<Option<DateTime<Utc>>>,
}

impl Edit {
    /// Whether it changes what the audience reads or when: only a draft or a scheduled one may.
    fn changes_content(&self) -> bool {
        self.title.is_some() || self.body.is_some() || self.audience.is_some() || self.publish_at.is_some()
    }
}

/// How a refusal names a state: "This announcement is {phrase}".
fn phrase(state: AnnouncementState) -> &'static str {
    match state {
        AnnouncementState::Draft => "a draft",
        AnnouncementState::Scheduled => "scheduled",
        AnnouncementState::Published => "published",
        AnnouncementState::Expired => "expired",
    }
}

fn refused(message: String) -> StoreError {
    StoreError::invalid("state", message)
}

/// The published announcements `viewer` may read at `now`: pinned first, then newest.
pub fn feed(
    conn: &Connection,
    company_id: i64,
    viewer: i64,
    now: DateTime<Utc>,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<AnnouncementAttributes>>, u64)> {
    let total: u64 = conn
        .prepare_cached(&format!("SELECT COUNT(*) {VISIBLE} AND {IN_AUDIENCE}"))?
        .query_row(params![company_id, viewer, now], |r| r.get(0))?;
    let items = conn
        .prepare_cached(&format!(
            "SELECT a.id, a.title, a.body, a.published_at, au.first_name || ' ' || au.last_name, a.author_id,
                 a.pinned, a.expires_at
             {VISIBLE} AND {IN_AUDIENCE}
             ORDER BY a.pinned DESC, a.published_at DESC, a.id DESC LIMIT ?4 OFFSET ?5"
        ))?
        .query_map(params![company_id, viewer, now, limit, offset], read_published)?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok((items, total))
}

/// One announcement `viewer` may read at `now`; not found when they may not, whatever the reason.
pub fn visible(
    conn: &Connection,
    company_id: i64,
    viewer: i64,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Resource<AnnouncementAttributes>> {
    conn.prepare_cached(&format!(
        "SELECT a.id, a.title, a.body, a.published_at, au.first_name || ' ' || au.last_name, a.author_id,
             a.pinned, a.expires_at
         {VISIBLE} AND {IN_AUDIENCE} AND a.id = ?4"
    ))?
    .query_row(params![company_id, viewer, now, id], read_published)
    .optional()?
    .ok_or_else(|| StoreError::not_found("Announcement"))
}

fn read_published(r: &crate::db::Row) -> crate::db::Result<Resource<AnnouncementAttributes>> {
    let attributes = AnnouncementAttributes {
        title: r.get(1)?,
        body: r.get(2)?,
        published_at: r.get(3)?,
        author_name: r.get(4)?,
        pinned: Some(r.get(6)?),
        expires_at: r.get(7)?,
    };
    Ok(Resource::new(kind::ANNOUNCEMENT, r.get::<_, i64>(0)?, attributes).with_one(
        "author",
        kind::EMPLOYEE,
        r.get::<_, Option<i64>>(5)?,
    ))
}

/// The columns [`read_managed`] reads, from `announcements a` and its author `au`.
const MANAGED_COLUMNS: &str = "a.id, a.title, a.body, au.first_name || ' ' || au.last_name, a.author_id, a.pinned,
    a.publish_at, a.published_at, a.expires_at, a.created_at, a.for_everyone";

/// A row of [`MANAGED_COLUMNS`] as HR reads it at `now`, its audience still to be added.
fn read_managed(r: &crate::db::Row, now: DateTime<Utc>) -> crate::db::Result<Managed> {
    let (publish_at, published_at, expires_at) = (r.get(6)?, r.get(7)?, r.get(8)?);
    let attributes = ManagedAnnouncementAttributes {
        title: r.get(1)?,
        body: r.get(2)?,
        author_name: r.get(3)?,
        state: AnnouncementState::at(published_at, publish_at, expires_at, now),
        audience: AnnouncementAudience { everyone: r.get(10)?, ..AnnouncementAudience::default() },
        pinned: r.get(5)?,
        publish_at,
        published_at,
        expires_at,
        created_at: r.get(9)?,
    };
    Ok(Resource::new(kind::ANNOUNCEMENT, r.get::<_, i64>(0)?, attributes).with_one(
        "author",
        kind::EMPLOYEE,
        r.get::<_, Option<i64>>(4)?,
    ))
}

/// Adds one `announcement_audience` row to the audience it belongs to.
fn add_target(audience: &mut AnnouncementAudience, kind: &str, target: i64) {
    let list = match kind {
        "department" => &mut audience.departments,
        "branch" => &mut audience.branches,
        _ => &mut audience.people,
    };
    list.push(target.to_string());
}

/// Every announcement of the company in any state, as HR reads them at `now`: pinned first, then the
/// newest (by publication, schedule or creation).
pub fn all(conn: &Connection, company_id: i64, now: DateTime<Utc>) -> StoreResult<Vec<Managed>> {
    let mut items = conn
        .prepare_cached(&format!(
            "SELECT {MANAGED_COLUMNS} FROM announcements a LEFT JOIN employees au ON au.id = a.author_id
             WHERE a.company_id = ?1
             ORDER BY a.pinned DESC, COALESCE(a.published_at, a.publish_at, a.created_at) DESC, a.id DESC"
        ))?
        .query_map([company_id], |r| read_managed(r, now))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let targets: Vec<(i64, String, i64)> = conn
        .prepare_cached(
            "SELECT t.announcement_id, t.kind, t.target_id FROM announcement_audience t
             JOIN announcements a ON a.id = t.announcement_id WHERE a.company_id = ?1 ORDER BY t.kind, t.target_id",
        )?
        .query_map([company_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let mut by_id: HashMap<String, &mut Managed> = items.iter_mut().map(|item| (item.id.clone(), item)).collect();
    for (id, kind, target) in &targets {
        if let Some(item) = by_id.get_mut(&id.to_string()) {
            add_target(&mut item.attributes.audience, kind, *target);
        }
    }
    Ok(items)
}

/// One announcement of the company as HR reads it at `now`.
pub fn find(conn: &Connection, company_id: i64, id: i64, now: DateTime<Utc>) -> StoreResult<Managed> {
    let mut item = conn
        .prepare_cached(&format!(
            "SELECT {MANAGED_COLUMNS} FROM announcements a LEFT JOIN employees au ON au.id = a.author_id
             WHERE a.id = ?1 AND a.company_id = ?2"
        ))?
        .query_row([id, company_id], |r| read_managed(r, now))
        .optional()?
        .ok_or_else(|| StoreError::not_found("Announcement"))?;
    let targets: Vec<(String, i64)> = conn
        .prepare_cached(
            "SELECT kind, target_id FROM announcement_audience WHERE announcement_id = ?1 ORDER BY kind, target_id",
        )?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    for (kind, target) in &targets {
        add_target(&mut item.attributes.audience, kind, *target);
    }
    Ok(item)
}

fn write_audience(conn: &Connection, id: i64, audience: &Audience) -> StoreResult<()> {
    conn.prepare_cached("UPDATE announcements SET for_everyone = ?1 WHERE id = ?2")?
        .execute(params![audience.everyone, id])?;
    conn.prepare_cached("DELETE FROM announcement_audience WHERE announcement_id = ?1")?.execute([id])?;
    for (kind, target) in audience.targets() {
        conn.prepare_cached(
            "INSERT INTO announcement_audience (announcement_id, kind, target_id) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
        )?
        .execute(params![id, kind, target])?;
    }
    Ok(())
}

/// Stores a draft, or a scheduled announcement with a `publish_at`; answers its id.
fn insert(
    conn: &Connection,
    company_id: i64,
    author_id: i64,
    new: &NewAnnouncement,
    created_at: DateTime<Utc>,
) -> StoreResult<i64> {
    let id: i64 = conn.query_row(
        "INSERT INTO announcements (company_id, author_id, title, body, pinned, publish_at, expires_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        params![company_id, author_id, new.title, new.body, new.pinned, new.publish_at, new.expires_at, created_at],
        |r| r.get(0),
    )?;
    write_audience(conn, id, &new.audience)?;
    Ok(id)
}

/// Creates an announcement by `author_id` (a draft, scheduled, or published at once with its audience
/// notified); answers it and how many were notified.
pub fn create(
    conn: &Connection,
    company_id: i64,
    author_id: i64,
    new: &NewAnnouncement,
    now: DateTime<Utc>,
) -> StoreResult<(Managed, usize)> {
    let id = insert(conn, company_id, author_id, new, now)?;
    let notified = if new.publish { publish_now(conn, id, now)?.unwrap_or(0) } else { 0 };
    Ok((find(conn, company_id, id, now)?, notified))
}

/// Changes a draft or scheduled announcement, or the pin and expiry of any; answers it before and after.
pub fn update(
    conn: &Connection,
    company_id: i64,
    id: i64,
    edit: &Edit,
    now: DateTime<Utc>,
) -> StoreResult<(Managed, Managed)> {
    let before = find(conn, company_id, id, now)?;
    let was = &before.attributes;
    let unpublished = matches!(was.state, AnnouncementState::Draft | AnnouncementState::Scheduled);
    if edit.changes_content() && !unpublished {
        return Err(refused(format!(
            "This announcement is {}: only pinned and expires at can change.",
            phrase(was.state)
        )));
    }
    let publish_at = edit.publish_at.unwrap_or(was.publish_at);
    let expires_at = edit.expires_at.unwrap_or(was.expires_at);
    if unpublished
        && let (Some(publish_at), Some(expires_at)) = (publish_at, expires_at)
        && expires_at <= publish_at
    {
        return Err(StoreError::invalid("expires_at", "The expires at field must be a date after publish at."));
    }
    conn.prepare_cached(
        "UPDATE announcements SET title = ?1, body = ?2, pinned = ?3, publish_at = ?4, expires_at = ?5
         WHERE id = ?6 AND company_id = ?7",
    )?
    .execute(params![
        edit.title.as_ref().unwrap_or(&was.title),
        edit.body.as_ref().unwrap_or(&was.body),
        edit.pinned.unwrap_or(was.pinned),
        publish_at,
        expires_at,
        id,
        company_id
    ])?;
    if let Some(audience) = &edit.audience {
        write_audience(conn, id, audience)?;
    }
    Ok((before, find(conn, company_id, id, now)?))
}

/// Publishes a draft or scheduled announcement now and notifies its audience; answers it before and
/// after, and how many were notified.
pub fn publish(
    conn: &Connection,
    company_id: i64,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<(Managed, Managed, usize)> {
    let before = find(conn, company_id, id, now)?;
    let state = before.attributes.state;
    if state == AnnouncementState::Published {
        return Err(refused("This announcement is already published.".to_owned()));
    }
    if state == AnnouncementState::Expired {
        return Err(refused("This announcement is expired and cannot be published again.".to_owned()));
    }
    if before.attributes.expires_at.is_some_and(|expiry| expiry <= now) {
        return Err(StoreError::invalid("expires_at", "The expires at field must be a date after now."));
    }
    let notified =
        publish_now(conn, id, now)?.ok_or_else(|| refused("This announcement is already published.".to_owned()))?;
    Ok((before, find(conn, company_id, id, now)?, notified))
}

/// Marks an unpublished announcement published at `now` and notifies its audience, unless it expired
/// before it could be published; answers how many were notified, or `None` when it had been published
/// already (by HR, or by another server instance's schedule).
fn publish_now(conn: &Connection, id: i64, now: DateTime<Utc>) -> StoreResult<Option<usize>> {
    let changed = conn
        .prepare_cached("UPDATE announcements SET published_at = ?1 WHERE id = ?2 AND published_at IS NULL")?
        .execute(params![now, id])?;
    if changed == 0 {
        return Ok(None);
    }
    let (title, body, expires_at): (String, String, Option<DateTime<Utc>>) = conn
        .prepare_cached("SELECT title, body, expires_at FROM announcements WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    if expires_at.is_some_and(|expiry| expiry <= now) {
        return Ok(Some(0));
    }
    let recipients: Vec<i64> = conn
        .prepare_cached(&format!(
            "SELECT e.id FROM announcements a JOIN employees e ON e.company_id = a.company_id
             WHERE a.id = ?1 AND e.status = 'active' AND {IN_AUDIENCE} ORDER BY e.id"
        ))?
        .query_map([id], |r| r.get(0))?
        .collect::<crate::db::Result<Vec<_>>>()?;
    let mut excerpt: String = body.chars().take(NOTICE_BODY_CHARS).collect();
    if body.chars().count() > NOTICE_BODY_CHARS {
        excerpt.push('…');
    }
    // HR's own words, as written.
    let notice = Notice::new("announcement.published", json!({ "announcement_id": id.to_string() }), |_| {
        (title.clone(), excerpt.clone())
    });
    for recipient in &recipients {
        // HR's words are the same in every language: no recipient's needs looking up.
        notify_in(conn, *recipient, Language::En, &notice)?;
    }
    Ok(Some(recipients.len()))
}

/// The scheduled announcements of every company whose time has come at `now`, the earliest first.
pub fn due(conn: &Connection, now: DateTime<Utc>) -> StoreResult<Vec<(i64, i64)>> {
    Ok(conn
        .prepare_cached(
            "SELECT company_id, id FROM announcements WHERE published_at IS NULL AND publish_at IS NOT NULL AND publish_at <= ?1
             ORDER BY publish_at, id",
        )?
        .query_map([now], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::db::Result<Vec<_>>>()?)
}

/// What the server's schedule did to one announcement.
pub struct Scheduled {
    pub company_id: i64,
    pub before: Managed,
    pub after: Managed,
    pub notified: usize,
}

/// Publishes announcement `id` if it is still scheduled and due at `now`; `None` when it no longer is
/// (published meanwhile, taken back to a draft, rescheduled or deleted).
pub fn publish_if_due(conn: &Connection, id: i64, now: DateTime<Utc>) -> StoreResult<Option<Scheduled>> {
    let company_id: Option<i64> = conn
        .prepare_cached(
            "SELECT company_id FROM announcements
             WHERE id = ?1 AND published_at IS NULL AND publish_at IS NOT NULL AND publish_at <= ?2",
        )?
        .query_row(params![id, now], |r| r.get(0))
        .optional()?;
    let Some(company_id) = company_id else {
        return Ok(None);
    };
    let before = find(conn, company_id, id, now)?;
    let Some(notified) = publish_now(conn, id, now)? else {
        return Ok(None);
    };
    Ok(Some(Scheduled { company_id, before, after: find(conn, company_id, id, now)?, notified }))
}

/// Ends a published announcement's showing now; answers it before and after.
pub fn expire(conn: &Connection, company_id: i64, id: i64, now: DateTime<Utc>) -> StoreResult<(Managed, Managed)> {
    let before = find(conn, company_id, id, now)?;
    match before.attributes.state {
        AnnouncementState::Published => {}
        AnnouncementState::Expired => return Err(refused("This announcement is already expired.".to_owned())),
        state => {
            return Err(refused(format!("This announcement is {}, not published; delete it instead.", phrase(state))));
        }
    }
    conn.prepare_cached("UPDATE announcements SET expires_at = ?1 WHERE id = ?2 AND company_id = ?3")?
        .execute(params![now, id, company_id])?;
    Ok((before, find(conn, company_id, id, now)?))
}

/// Deletes a draft or scheduled announcement; one that was published stays on record and is expired
/// instead. Answers it as it was.
pub fn delete(conn: &Connection, company_id: i64, id: i64, now: DateTime<Utc>) -> StoreResult<Managed> {
    let before = find(conn, company_id, id, now)?;
    match before.attributes.state {
        AnnouncementState::Draft | AnnouncementState::Scheduled => {}
        AnnouncementState::Published => {
            return Err(refused("This announcement is published and cannot be deleted; expire it instead.".to_owned()));
        }
        AnnouncementState::Expired => {
            return Err(refused("This announcement is expired and stays on record; it cannot be deleted.".to_owned()));
        }
    }
    conn.prepare_cached("DELETE FROM announcement_audience WHERE announcement_id = ?1")?.execute([id])?;
    conn.prepare_cached("DELETE FROM announcements WHERE id = ?1 AND company_id = ?2")?.execute([id, company_id])?;
    Ok(before)
}

/// The demo's back-office announcements, by HR (`author_id`): a pinned one published two days ago for
/// everyone, one scheduled in three days for `department_id`, and a draft. Seeded as published before
/// the demo's notification history begins, so nobody is notified of them.
pub fn seed_demo(conn: &Connection, company_id: i64, author_id: i64, department_id: i64) -> StoreResult<()> {
    let now = Utc::now();
    let seeded = [
        (
            NewAnnouncement {
                title: "All-hands on Friday at 16:00".to_owned(),
                body: "Join us in the HQ atrium or on the stream: the quarter in review and the plans for the next."
                    .to_owned(),
                audience: Audience::everyone(),
                pinned: true,
                publish_at: None,
                publish: false,
                expires_at: Some(now + Duration::days(30)),
            },
            Some(now - Duration::days(2)),
        ),
        (
            NewAnnouncement {
                title: "Sales kick-off next week".to_owned(),
                body: "The new territories and targets, with breakfast. Calendar invites follow.".to_owned(),
                audience: Audience { departments: vec![department_id], ..Audience::default() },
                pinned: false,
                publish_at: Some(now + Duration::days(3)),
                publish: false,
                expires_at: None,
            },
            None,
        ),
        (
            NewAnnouncement {
                title: "Summer party save-the-date".to_owned(),
                body: "Still being planned: venue and date to follow.".to_owned(),
                audience: Audience::everyone(),
                pinned: false,
                publish_at: None,
                publish: false,
                expires_at: None,
            },
            None,
        ),
    ];
    for (new, published_at) in seeded {
        let id = insert(conn, company_id, author_id, &new, now - Duration::days(3))?;
        if let Some(published_at) = published_at {
            conn.execute("UPDATE announcements SET published_at = ?1 WHERE id = ?2", params![published_at, id])?;
        }
    }
    Ok(())
}
