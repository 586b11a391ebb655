//! Fixed-window counters kept in the database, so that several server instances on one database share
//! them: an attacker cannot multiply the allowance by spreading attempts over the instances behind a
//! load balancer. The windows run on wall-clock time, which every instance shares.

use crate::db::Db;
use crate::db::{Actor, Change, Scope};
use crate::db::{OptionalExtension, params};
use crate::error::ApiResult;
use chrono::Utc;
use std::time::Duration;

pub struct FixedWindow {
    db: Db,
    /// Which limit this is, so the limits share one table without sharing counts.
    bucket: &'static str,
    limit: u32,
    window: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    /// Seconds until the window resets.
    pub retry_after_secs: u64,
}

fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

impl FixedWindow {
    pub fn new(db: Db, bucket: &'static str, limit: u32, window: Duration) -> Self {
        Self { db, bucket, limit, window }
    }

    fn decision(&self, count: i64, closes_at: i64, now: i64) -> Decision {
        let count = u32::try_from(count).unwrap_or(u32::MAX);
        let reset_in_ms = (closes_at - now).max(0) as f64;
        Decision {
            allowed: count <= self.limit,
            limit: self.limit,
            remaining: self.limit.saturating_sub(count),
            retry_after_secs: (reset_in_ms / 1000.0).ceil().max(1.0) as u64,
        }
    }

    /// Counts one attempt and says whether it is within the limit.
    pub async fn hit(&self, key: &str) -> ApiResult<Decision> {
        let (bucket, key, now) = (self.bucket, key.to_owned(), now_ms());
        let closes = now + i64::try_from(self.window.as_millis()).unwrap_or(i64::MAX);
        let (hits, closes_at): (i64, i64) = self
            .db
            .write(
                Change::routine(Actor::Server, "rate_limit.hit").within(Scope::Housekeeping),
                move |conn| -> ApiResult<_> {
                    Ok(conn
                        .prepare_cached(
                            "INSERT INTO rate_limit_windows AS w (bucket, key, closes_at, hits) VALUES (?1, ?2, ?3, 1)
                         ON CONFLICT (bucket, key) DO UPDATE SET
                             hits = CASE WHEN w.closes_at <= ?4 THEN 1 ELSE w.hits + 1 END,
                             closes_at = CASE WHEN w.closes_at <= ?4 THEN ?3 ELSE w.closes_at END
                         RETURNING hits, closes_at",
                        )?
                        .query_row(params![bucket, key, closes, now], |r| Ok((r.get(0)?, r.get(1)?)))?)
                },
            )
            .await?;
        Ok(self.decision(hits, closes_at, now))
    }

    /// Whether one more attempt would be allowed, without counting one.
    pub async fn check(&self, key: &str) -> ApiResult<Decision> {
        let (bucket, key, now) = (self.bucket, key.to_owned(), now_ms());
        let open: Option<(i64, i64)> = self
            .db
            .read(move |conn| -> ApiResult<_> {
                Ok(conn
                    .prepare_cached(
                        "SELECT hits, closes_at FROM rate_limit_windows WHERE bucket = ?1 AND key = ?2 AND closes_at > ?3",
                    )?
                    .query_row(params![bucket, key, now], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?)
            })
            .await?;
        let (hits, closes_at) = open.unwrap_or((0, now));
        Ok(self.decision(hits + 1, closes_at, now))
    }

    /// Forgets `key`'s attempts: housekeeping of the limiter (after a sign-in that succeeds, or with the
    /// unlock an administrator makes and audits in a write of its own), not a change of anyone's records.
    pub async fn clear(&self, key: &str) -> ApiResult<()> {
        let (bucket, key) = (self.bucket, key.to_owned());
        self.db
            .write(Change::routine(Actor::Server, "rate_limit.clear").within(Scope::Housekeeping), move |conn| {
                conn.prepare_cached("DELETE FROM rate_limit_windows WHERE bucket = ?1 AND key = ?2")?
                    .execute(params![bucket, key])?;
                Ok(())
            })
            .await
    }

    /// Forgets every key starting with `prefix` (an account's attempts from every address).
    pub async fn clear_prefix(&self, prefix: &str) -> ApiResult<()> {
        let (bucket, prefix) = (self.bucket, prefix.to_owned());
        self.db
            .write(Change::routine(Actor::Server, "rate_limit.clear").within(Scope::Housekeeping), move |conn| {
                conn.prepare_cached(
                    "DELETE FROM rate_limit_windows WHERE bucket = ?1 AND substr(key, 1, length(?2)) = ?2",
                )?
                .execute(params![bucket, prefix])?;
                Ok(())
            })
            .await
    }
}

/// Forgets the windows that have closed, so a flood of distinct keys cannot grow the table forever.
pub fn purge_closed(conn: &crate::db::Connection) -> ApiResult<usize> {
    Ok(conn.prepare_cached("DELETE FROM rate_limit_windows WHERE closes_at <= ?1")?.execute([now_ms()])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn database() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Db::open(&dir.path().join("limits.sqlite")).expect("database");
        (dir, db)
    }

    #[tokio::test]
    async fn allows_the_limit_then_refuses_until_the_window_resets() {
        let (_dir, db) = database();
        let limiter = FixedWindow::new(db, "test", 3, Duration::from_millis(200));
        for remaining in [2, 1, 0] {
            let decision = limiter.hit("k").await.unwrap();
            assert!(decision.allowed);
            assert_eq!(decision.remaining, remaining);
        }
        assert!(!limiter.hit("k").await.unwrap().allowed);
        assert!(limiter.hit("other").await.unwrap().allowed);
        tokio::time::sleep(Duration::from_millis(250)).await;
        assert!(limiter.hit("k").await.unwrap().allowed);
    }

    #[tokio::test]
    async fn check_does_not_count_and_clear_forgets() {
        let (_dir, db) = database();
        let limiter = FixedWindow::new(db, "test", 1, Duration::from_secs(60));
        assert!(limiter.check("k").await.unwrap().allowed);
        assert!(limiter.hit("k").await.unwrap().allowed);
        assert!(!limiter.check("k").await.unwrap().allowed);
        limiter.clear("k").await.unwrap();
        assert!(limiter.check("k").await.unwrap().allowed);
        limiter.hit("a@x|1").await.unwrap();
        limiter.hit("a@x|2").await.unwrap();
        limiter.clear_prefix("a@x|").await.unwrap();
        assert!(limiter.check("a@x|1").await.unwrap().allowed && limiter.check("a@x|2").await.unwrap().allowed);
    }

    #[tokio::test]
    async fn two_instances_on_one_database_share_the_count() {
        let (dir, db) = database();
        let other_instance = Db::open(&dir.path().join("limits.sqlite")).expect("second instance");
        let here = FixedWindow::new(db, "login", 2, Duration::from_secs(60));
        let there = FixedWindow::new(other_instance, "login", 2, Duration::from_secs(60));
        here.hit("k").await.unwrap();
        there.hit("k").await.unwrap();
        assert!(!here.check("k").await.unwrap().allowed);
        assert!(!there.hit("k").await.unwrap().allowed);
        let unrelated = FixedWindow::new(there.db.clone(), "service", 2, Duration::from_secs(60));
        assert!(unrelated.check("k").await.unwrap().allowed, "buckets do not share counts");
    }
}
