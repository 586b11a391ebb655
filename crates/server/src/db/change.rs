//! Who writes and what for: every write names a [`Change`], and runs on a [`Tx`] that knows it, so an
//! audit event can be recorded in the same transaction as the change and commit or roll back with it.

use super::connection::{Connection, Result, params};
use chrono::Utc;
use serde_json::Value;

/// Who makes a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A person signed in to the app or the Directory API.
    Person { company_id: i64, employee_id: i64 },
    /// An `SSWS` API token, acting as the HR user who owns it.
    ApiToken { company_id: i64, employee_id: i64 },
    /// A service key of `/api/internal`.
    ServiceKey { company_id: i64 },
    /// Someone not signed in: a sign-in attempt, an activation link, a password recovery.
    Anonymous,
    /// The server itself: the admin commands, the demo seed and the scheduled purges.
    Server,
}

impl Actor {
    pub fn company_id(&self) -> Option<i64> {
        match *self {
            Actor::Person { company_id, .. }
            | Actor::ApiToken { company_id, .. }
            | Actor::ServiceKey { company_id } => Some(company_id),
            Actor::Anonymous | Actor::Server => None,
        }
    }

    /// How the audit trail names the actor: its kind and the person acting, if any.
    fn recorded_as(&self) -> (&'static str, Option<i64>) {
        match *self {
            Actor::Person { employee_id, .. } => ("person", Some(employee_id)),
            Actor::ApiToken { employee_id, .. } => ("api_token", Some(employee_id)),
            Actor::ServiceKey { .. } => ("service_key", None),
            Actor::Anonymous => ("anonymous", None),
            Actor::Server => ("server", None),
        }
    }
}

/// A write's actor and action (`leave.request`, `user.suspend`, …).
#[derive(Debug, Clone, Copy)]
pub struct Change {
    pub actor: Actor,
    pub action: &'static str,
}

impl Change {
    pub fn by(actor: Actor, action: &'static str) -> Change {
        Change { actor, action }
    }
}

/// The connection a write runs on, inside the writer's transaction, with the change it makes.
pub struct Tx<'t, 'c> {
    conn: &'t Connection<'c>,
    change: Change,
}

impl<'c> std::ops::Deref for Tx<'_, 'c> {
    type Target = Connection<'c>;

    fn deref(&self) -> &Connection<'c> {
        self.conn
    }
}

impl<'t, 'c> Tx<'t, 'c> {
    pub(super) fn new(conn: &'t Connection<'c>, change: Change) -> Self {
        Tx { conn, change }
    }

    pub fn change(&self) -> Change {
        self.change
    }

    /// Records that this write's actor did its action to `entity` `entity_id`, with `details`: kept if
    /// and only if the rest of the write is.
    pub fn audit(&self, entity: &str, entity_id: &str, details: &Value) -> Result<()> {
        let (actor_kind, actor_id) = self.change.actor.recorded_as();
        self.conn
            .prepare_cached(
                "INSERT INTO audit_events (company_id, actor_kind, actor_id, action, entity, entity_id, details,
                     created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                self.change.actor.company_id(),
                actor_kind,
                actor_id,
                self.change.action,
                entity,
                entity_id,
                details.to_string(),
                Utc::now(),
            ])
            .map(drop)
    }
}
