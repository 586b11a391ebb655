//! Company announcements; drafts and scheduled ones stay hidden until published.

use crate::db::{Connection, params};
use crate::store::StoreResult;
use chrono::Utc;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::{AnnouncementAttributes, kind};

pub fn published(
    conn: &Connection,
    company_id: i64,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Resource<AnnouncementAttributes>>, u64)> {
    let now = Utc::now();
    let total: u64 = conn
        .prepare_cached(
            "SELECT COUNT(*) FROM announcements WHERE company_id = ?1 AND published_at IS NOT NULL
             AND published_at <= ?2",
        )?
        .query_row(params![company_id, now], |r| r.get(0))?;
    let items = conn
        .prepare_cached(
            "SELECT a.id, a.title, a.body, a.published_at, au.first_name || ' ' || au.last_name, a.author_id
             FROM announcements a LEFT JOIN employees au ON au.id = a.author_id
             WHERE a.company_id = ?1 AND a.published_at IS NOT NULL AND a.published_at <= ?2
             ORDER BY a.published_at DESC, a.id DESC LIMIT ?3 OFFSET ?4",
        )?
        .query_map(params![company_id, now, limit, offset], |r| {
            let attributes = AnnouncementAttributes {
                title: r.get(1)?,
                body: r.get(2)?,
                published_at: r.get(3)?,
                author_name: r.get(4)?,
            };
            Ok(Resource::new(kind::ANNOUNCEMENT, r.get::<_, i64>(0)?, attributes).with_one(
                "author",
                kind::EMPLOYEE,
                r.get::<_, Option<i64>>(5)?,
            ))
        })?
        .collect::<crate::db::Result<Vec<_>>>()?;
    Ok((items, total))
}
