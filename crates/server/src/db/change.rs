//! Who writes and what for: every write names a [`Change`], and runs on a [`Tx`] that knows it, so an
//! audit event can be recorded in the same transaction as the change and commit or roll back with it.

use super::connection::{Connection, Result, params};
use super::error::Error;
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::cell::Cell;

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

/// Whether a write belongs in the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trail {
    /// A back-office write: HR, a manager or an administrator changing the company's records, or the
    /// server's admin commands. It commits only with an audit event, or when it changed nothing.
    Audited,
    /// A person's own everyday write (a check-in, their own leave request, reading a notification) or
    /// the server's housekeeping (sign-ins, rate limits, purges): kept in records of their own.
    Routine,
}

/// What a write may read to decide and then change, which decides which other writes it must not run
/// beside. On PostgreSQL each scope is a set of advisory locks held to the end of the transaction, so
/// writes of different scopes run at once while each one still sees everything its scope's earlier writes
/// did. SQLite has one writer, which runs every write alone whatever its scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One person's own records: their punches, their idempotency keys, their sessions. Waits only for
    /// that person's writes and for whole-company ones.
    Person { company_id: i64, employee_id: i64 },
    /// A person's own leave request: their own records, checked against the balances the company's leave
    /// jobs write, so it also waits for a leave job under way (and only a leave request does).
    OwnLeave { company_id: i64, employee_id: i64 },
    /// A company's records: waits for every write of that company, never for another company's.
    Company(i64),
    /// Seconds of work for a large company that reads the company's records and changes only its own (a
    /// payroll run computed, recomputed, locked, paid or published). It runs beside the people's own writes
    /// (reading their attendance and leave as each of its statements finds them, as it would a moment
    /// earlier or later) and takes turns with the company's other writes and its other long ones.
    Bulk(i64),
    /// A leave job (accrual, yearly grant, year-end, carry-over expiry) writing the company's balances:
    /// a long write, as [`Scope::Bulk`], that leave requests also wait for.
    LeaveBalances(i64),
    /// The server's own bookkeeping of counters and expiries (rate-limit windows, old idempotency keys),
    /// each statement right by itself (an upsert, a delete of what has expired) and read by nobody to
    /// decide a change of records: waits for nothing but [`Scope::Everything`].
    Housekeeping,
    /// Anything: the admin commands, the demo seed, writes across companies. Waits for every write, and
    /// every write for it.
    Everything,
}

/// A write's actor and action (`leave.request`, `user.suspend`, …).
#[derive(Debug, Clone, Copy)]
pub struct Change {
    pub actor: Actor,
    pub action: &'static str,
    pub trail: Trail,
    pub scope: Scope,
}

impl Change {
    /// A back-office write, which must record what it did with [`Tx::audit`].
    pub fn by(actor: Actor, action: &'static str) -> Change {
        Change { actor, action, trail: Trail::Audited, scope: Scope::of(actor) }
    }

    /// A write outside the back-office, which the audit trail does not record.
    pub fn routine(actor: Actor, action: &'static str) -> Change {
        Change { actor, action, trail: Trail::Routine, scope: Scope::of(actor) }
    }

    /// Widens the write to every company: for an administrator's writes to another company's records (an
    /// organisation theirs provisioned, and the creation of one), which the actor's own company lock
    /// would not keep from that company's writes. They are rare and short.
    pub fn across_companies(self) -> Change {
        Change { scope: Scope::Everything, ..self }
    }

    /// Runs the write as a long one of the actor's company (see [`Scope::Bulk`]).
    pub fn bulk(self) -> Change {
        match self.actor.company_id() {
            Some(company_id) => Change { scope: Scope::Bulk(company_id), ..self },
            None => self,
        }
    }

    /// Narrows the write to the acting person's own records (see [`Scope::Person`]): for the writes people
    /// make all at once, a morning's check-ins and sign-ins. Only what the write reads to decide must be
    /// theirs alone; rows it merely adds for others (a notification, an approval step) may not.
    pub fn own_records(self) -> Change {
        match self.actor {
            Actor::Person { company_id, employee_id } | Actor::ApiToken { company_id, employee_id } => {
                Change { scope: Scope::Person { company_id, employee_id }, ..self }
            }
            _ => self,
        }
    }

    /// Narrows the write to the acting person's own leave request (see [`Scope::OwnLeave`]).
    pub fn own_leave(self) -> Change {
        match self.actor {
            Actor::Person { company_id, employee_id } => {
                Change { scope: Scope::OwnLeave { company_id, employee_id }, ..self }
            }
            _ => self,
        }
    }

    /// Names what a write changes where its actor does not say: the server's or someone signing in, once
    /// it knows whose records they are (a person's, a company's, or only the server's own counters), and
    /// a company's write of a kind with a scope of its own (a leave job's [`Scope::LeaveBalances`]).
    pub fn within(self, scope: Scope) -> Change {
        Change { scope, ..self }
    }
}

impl Scope {
    /// The widest scope the actor may write in: its company, or anything for an actor without one.
    fn of(actor: Actor) -> Scope {
        actor.company_id().map_or(Scope::Everything, Scope::Company)
    }
}

/// The savepoint every write runs in, on both backends, which the writer opens in the same round trip
/// as the statement before it: a write may roll back to it to write something else instead ([`Tx::undo`]).
pub(super) const JOB: &str = "job";

/// The connection a write runs on, inside the writer's transaction, with the change it makes.
pub struct Tx<'t, 'c> {
    conn: &'t Connection<'c>,
    change: Change,
    audited: Cell<bool>,
    unchanged: Cell<bool>,
}

impl<'c> std::ops::Deref for Tx<'_, 'c> {
    type Target = Connection<'c>;

    fn deref(&self) -> &Connection<'c> {
        self.conn
    }
}

impl<'t, 'c> Tx<'t, 'c> {
    pub(super) fn new(conn: &'t Connection<'c>, change: Change) -> Self {
        Tx { conn, change, audited: Cell::new(false), unchanged: Cell::new(false) }
    }

    /// Declares that this write found nothing to change (a member already gone, a record already in
    /// the state asked for), so it has nothing to audit.
    pub fn unchanged(&self) {
        self.unchanged.set(true);
    }

    /// Refuses to commit an audited write that recorded no event and did not declare that it changed
    /// nothing: no back-office change reaches the database without its trail.
    pub(super) fn finish(&self) -> Result<()> {
        let silent = self.change.trail == Trail::Audited && !self.audited.get() && !self.unchanged.get();
        if silent { Err(Error::Unaudited(self.change.action)) } else { Ok(()) }
    }

    /// Undoes all this write has written so far, leaving it free to write something else in its place
    /// (an idempotent write's refusal, remembered for its key).
    pub fn undo(&self) -> Result<()> {
        self.conn.execute_batch(&format!("ROLLBACK TO {JOB}"))
    }

    pub fn change(&self) -> Change {
        self.change
    }

    /// Records that this write's actor did its action to `entity` `entity_id`, with `details`: kept if
    /// and only if the rest of the write is.
    pub fn audit(&self, entity: &str, entity_id: &str, details: &Value) -> Result<()> {
        self.audit_at(entity, entity_id, details, Utc::now())
    }

    /// [`Tx::audit`] for a change this write's actor made at `at` rather than now: for the demo seed,
    /// which lays down weeks of a company's history at once.
    pub fn audit_at(&self, entity: &str, entity_id: &str, details: &Value, at: DateTime<Utc>) -> Result<()> {
        self.record(self.change.actor.company_id(), entity, entity_id, details, at)
    }

    /// [`Tx::audit`] for a change the server makes by itself to one company's records (a scheduled
    /// announcement it publishes): [`Actor::Server`] names no company, but that company's HR reads the
    /// change in their trail.
    pub fn audit_in(&self, company_id: i64, entity: &str, entity_id: &str, details: &Value) -> Result<()> {
        self.record(Some(company_id), entity, entity_id, details, Utc::now())
    }

    fn record(
        &self,
        company_id: Option<i64>,
        entity: &str,
        entity_id: &str,
        details: &Value,
        at: DateTime<Utc>,
    ) -> Result<()> {
        self.audited.set(true);
        let (actor_kind, actor_id) = self.change.actor.recorded_as();
        self.conn
            .prepare_cached(
                "INSERT INTO audit_events (company_id, actor_kind, actor_id, action, entity, entity_id, details,
                     created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                company_id,
                actor_kind,
                actor_id,
                self.change.action,
                entity,
                entity_id,
                details.to_string(),
                at,
            ])
            .map(drop)
    }
}
