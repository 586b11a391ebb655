//! The outbox: a write and its optimistic local effect are stored in one transaction, and the
//! effect is undone if the server refuses the write.

use super::Operation;
use crate::cache::{self, Cache, attendance, leaves};
use crate::error::CoreResult;
use chrono::{DateTime, NaiveDate, Utc};
use okta_hr_domain::calendar::LeaveSpan;
use okta_hr_domain::days::LeaveDays;
use okta_hr_i18n::Language;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize, Serializer};

/// Where a write stands in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxState {
    /// Not delivered yet: waiting for its first attempt or to be tried again.
    Pending,
    /// Delivered; kept as history.
    Done,
    /// Refused by the server; what it did on the device was undone.
    Rejected,
}

impl OutboxState {
    const ALL: [OutboxState; 3] = [OutboxState::Pending, OutboxState::Done, OutboxState::Rejected];

    /// The `state` column's text, and what the sync screen is sent; existing caches hold these.
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxState::Pending => "pending",
            OutboxState::Done => "done",
            OutboxState::Rejected => "rejected",
        }
    }

    /// How a write's outcome reads to the user: delivered is "synced", still waiting is "queued".
    pub(crate) fn outcome(self) -> &'static str {
        match self {
            OutboxState::Pending => "queued",
            OutboxState::Done => "synced",
            OutboxState::Rejected => self.as_str(),
        }
    }
}

impl Serialize for OutboxState {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ToSql for OutboxState {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for OutboxState {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        OutboxState::ALL
            .into_iter()
            .find(|state| state.as_str() == text)
            .ok_or_else(|| FromSqlError::Other(format!("no outbox state {text:?}").into()))
    }
}

/// A queued write as the sync screen shows it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct QueuedWrite {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub id: i64,
    pub description: String,
    pub operation: Operation,
    /// pending | done | rejected
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub state: OutboxState,
    pub recorded_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub attempts: i64,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    /// The server's reason for refusing it.
    pub rejection: Option<String>,
    pub idempotency_key: String,
    /// What the device's pre-check expects the server to say about it, judged again whenever the
    /// writes queued before it change.
    pub warning: Option<String>,
    /// When the server accepted or refused it.
    pub completed_at: Option<DateTime<Utc>>,
    /// For a refusal: what was taken back on this device, and what the user can do about it.
    pub undone: Option<String>,
    pub next_step: Option<String>,
    #[serde(skip)]
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub(crate) depends_on: Option<i64>,
    #[serde(skip)]
    pub(crate) effect: Option<Effect>,
    pub result: Option<String>,
}

/// A queued leave request (`was` is `None`) or cancellation (`was` is the status it cancels).
pub(crate) struct QueuedLeaveChange {
    pub(crate) leave_type: String,
    pub(crate) span: LeaveSpan,
    pub(crate) was: Option<String>,
}

/// What an operation changed on the device before the server answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "on", rename_all = "snake_case")]
pub(crate) enum Effect {
    Attendance { key: String },
    Leave { key: String, previous_status: Option<String> },
}

impl QueuedWrite {
    /// The write as the user reads it in `language`: its name, and for a refusal what was undone and what
    /// to do (the cache reads them in English).
    pub(crate) fn in_language(mut self, language: Language) -> QueuedWrite {
        self.description = self.operation.describe(language);
        if self.state == OutboxState::Rejected {
            self.undone = Some(self.operation.undone(language));
            self.next_step = Some(self.operation.next_step(language));
        }
        self
    }
}

fn queued(r: &Row) -> rusqlite::Result<QueuedWrite> {
    let body: String = r.get(1)?;
    let operation: Operation = serde_json::from_str(&body)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e)))?;
    let effect: Option<String> = r.get(11)?;
    let state: OutboxState = r.get(2)?;
    let refused = state == OutboxState::Rejected;
    Ok(QueuedWrite {
        undone: refused.then(|| operation.undone(Language::En)),
        next_step: refused.then(|| operation.next_step(Language::En)),
        id: r.get(0)?,
        description: operation.describe(Language::En),
        operation,
        state,
        recorded_at: r.get(3)?,
        created_at: r.get(4)?,
        attempts: r.get(5)?,
        next_attempt_at: r.get(6)?,
        last_error: r.get(7)?,
        rejection: r.get(8)?,
        idempotency_key: r.get(9)?,
        depends_on: r.get(10)?,
        effect: effect.and_then(|json| serde_json::from_str(&json).ok()),
        result: r.get(12)?,
        warning: r.get(13)?,
        completed_at: r.get(14)?,
    })
}

const COLUMNS: &str = "id, body, state, recorded_at, created_at, attempts, next_attempt_at, last_error, rejection,
    idempotency_key, depends_on, effect, result, warning, completed_at";

/// Where a check-in or check-out recorded on the device should appear locally.
pub struct Context {
    pub employee_id: i64,
    pub work_date: NaiveDate,
    pub days: LeaveDays,
}

/// Queues `operation` with its local effect and the pre-check's `warning`, atomically; answers the
/// outbox id.
pub fn enqueue(cache: &mut Cache, operation: &Operation, context: &Context, warning: Option<&str>) -> CoreResult<i64> {
    let now = Utc::now();
    let tx = cache.conn.transaction()?;
    let depends_on = dependency(&tx, operation)?;
    tx.execute(
        "INSERT INTO outbox (kind, path, body, idempotency_key, recorded_at, created_at, state, next_attempt_at,
             depends_on, warning)
         VALUES (?1, '', ?2, ?3, ?4, ?4, ?5, ?4, ?6, ?7)",
        params![
            operation.kind(),
            serde_json::to_string(operation)?,
            uuid::Uuid::new_v4().to_string(),
            now,
            OutboxState::Pending,
            depends_on,
            warning
        ],
    )?;
    let id = tx.last_insert_rowid();
    let effect = match operation {
        Operation::CheckIn { .. } => Some(Effect::Attendance {
            key: attendance::add_pending_check_in(&tx, id, context.employee_id, context.work_date, now)?,
        }),
        Operation::CheckOut { .. } => {
            attendance::add_pending_check_out(&tx, id, context.employee_id, now)?.map(|key| Effect::Attendance { key })
        }
        Operation::SubmitLeave { leave_type, start_date, end_date, start_half, end_half, .. } => Some(Effect::Leave {
            key: leaves::add_pending(
                &tx,
                id,
                leave_type,
                &LeaveSpan { start: *start_date, start_half: *start_half, end: *end_date, end_half: *end_half },
                context.days,
            )?,
            previous_status: None,
        }),
        Operation::CancelLeave { key } => {
            Some(Effect::Leave { key: key.clone(), previous_status: Some(leaves::mark_pending_cancel(&tx, id, key)?) })
        }
        // A correction and a decision on one show from the outbox itself (`crate::corrections`), so a
        // refusal has nothing on the device to undo.
        Operation::ActOnLeave { .. }
        | Operation::MarkNotificationsRead { .. }
        | Operation::RequestCorrection { .. }
        | Operation::DecideCorrection { .. }
        | Operation::SetLanguage { .. } => None,
    };
    if let Some(effect) = &effect {
        tx.execute("UPDATE outbox SET effect = ?1 WHERE id = ?2", params![serde_json::to_string(effect)?, id])?;
    }
    tx.commit()?;
    Ok(id)
}

/// A check-out waits for a queued check-in; cancelling a queued request waits for its submission.
fn dependency(tx: &Transaction, operation: &Operation) -> CoreResult<Option<i64>> {
    Ok(match operation {
        Operation::CheckOut { .. } => tx
            .query_row(
                "SELECT MAX(id) FROM outbox WHERE kind = ?1 AND state = ?2",
                params![Operation::CHECK_IN, OutboxState::Pending],
                |r| r.get::<_, Option<i64>>(0),
            )
            .optional()?
            .flatten(),
        Operation::CancelLeave { key } => cache::queued_operation(key).and_then(|id| id.parse().ok()),
        _ => None,
    })
}

impl Cache {
    /// Pending writes and the refusals not dismissed yet, oldest first (done ones are history).
    pub fn queued_writes(&self) -> CoreResult<Vec<QueuedWrite>> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM outbox WHERE state != ?1 AND dismissed_at IS NULL ORDER BY id"
        ))?;
        let rows = statement.query_map([OutboxState::Done], queued)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Dismisses the refusal `id`, or every refusal; answers how many were dismissed. A dismissed
    /// refusal stays in the outbox as history.
    pub fn dismiss_refusals(&self, id: Option<i64>) -> CoreResult<usize> {
        Ok(self.conn.execute(
            "UPDATE outbox SET dismissed_at = ?1
             WHERE state = ?2 AND dismissed_at IS NULL AND (?3 IS NULL OR id = ?3)",
            params![Utc::now(), OutboxState::Rejected, id],
        )?)
    }

    /// Claims a pending write for sending: from here on it may reach the server. Answers whether it
    /// could have reached the server before, or `None` if it was taken back meanwhile.
    pub(crate) fn claim_for_sending(&self, id: i64) -> CoreResult<Option<bool>> {
        let before: Option<bool> = self
            .conn
            .query_row(
                "SELECT maybe_delivered FROM outbox WHERE id = ?1 AND state = ?2",
                params![id, OutboxState::Pending],
                |r| r.get(0),
            )
            .optional()?;
        if before.is_some() {
            self.conn.execute("UPDATE outbox SET maybe_delivered = 1 WHERE id = ?1", [id])?;
        }
        Ok(before)
    }

    /// Takes back a request the server has never received, with the local rows it added; answers
    /// `false` (and changes nothing) when it may have reached the server, which must then be asked.
    pub(crate) fn withdraw_unsent_request(&mut self, local_key: &str) -> CoreResult<bool> {
        let Some(op) = cache::queued_operation(local_key).and_then(|id| id.parse::<i64>().ok()) else {
            return Ok(false);
        };
        let tx = self.conn.transaction()?;
        let removed = tx.execute(
            "DELETE FROM outbox WHERE id = ?1 AND state = ?2 AND maybe_delivered = 0 AND kind = ?3",
            params![op, OutboxState::Pending, Operation::SUBMIT_LEAVE],
        )?;
        if removed == 0 {
            return Ok(false);
        }
        leaves::undo_submit(&tx, local_key)?;
        tx.commit()?;
        Ok(true)
    }

    /// The leave requests and cancellations still queued, for balances that count them already.
    pub(crate) fn queued_leave_changes(&self) -> CoreResult<Vec<QueuedLeaveChange>> {
        let mut changes = Vec::new();
        for write in self.queued_writes()?.into_iter().filter(|w| w.state == OutboxState::Pending) {
            match (write.operation, write.effect) {
                (operation @ Operation::SubmitLeave { .. }, _) => {
                    if let (Some(span), Operation::SubmitLeave { leave_type, .. }) = (operation.leave_span(), operation)
                    {
                        changes.push(QueuedLeaveChange { leave_type, span, was: None });
                    }
                }
                (Operation::CancelLeave { .. }, Some(Effect::Leave { key, previous_status: Some(was) })) => {
                    if let Some(leave) = self.leave(&key)? {
                        changes.push(QueuedLeaveChange {
                            span: leave.span(),
                            leave_type: leave.leave_type,
                            was: Some(was),
                        });
                    }
                }
                _ => {}
            }
        }
        Ok(changes)
    }

    pub(crate) fn set_maybe_delivered(&self, id: i64, maybe_delivered: bool) -> CoreResult<()> {
        self.conn.execute("UPDATE outbox SET maybe_delivered = ?1 WHERE id = ?2", params![maybe_delivered, id])?;
        Ok(())
    }

    pub(crate) fn set_warning(&self, id: i64, warning: Option<&str>) -> CoreResult<()> {
        self.conn.execute("UPDATE outbox SET warning = ?1 WHERE id = ?2", params![warning, id])?;
        Ok(())
    }

    pub fn queued_write(&self, id: i64) -> CoreResult<Option<QueuedWrite>> {
        Ok(self.conn.query_row(&format!("SELECT {COLUMNS} FROM outbox WHERE id = ?1"), [id], queued).optional()?)
    }

    pub fn pending_count(&self) -> CoreResult<u64> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM outbox WHERE state = ?1", [OutboxState::Pending], |r| r.get(0))?)
    }

    /// The next write to send: the oldest pending one.
    pub(crate) fn next_pending(&self) -> CoreResult<Option<QueuedWrite>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM outbox WHERE state = ?1 ORDER BY id LIMIT 1"),
                [OutboxState::Pending],
                queued,
            )
            .optional()?)
    }

    /// Another attempt failed; `maybe_delivered` says whether the server may have received it by now.
    pub(crate) fn postpone(&self, id: i64, error: &str, until: DateTime<Utc>, maybe_delivered: bool) -> CoreResult<()> {
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?1, next_attempt_at = ?2, maybe_delivered = ?3
             WHERE id = ?4",
            params![error, until, maybe_delivered, id],
        )?;
        Ok(())
    }

    /// Marks the write refused and undoes what it did locally, in one transaction.
    pub(crate) fn reject(&mut self, write: &QueuedWrite, reason: &str) -> CoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE outbox SET state = ?1, rejection = ?2, attempts = attempts + 1, completed_at = ?3 WHERE id = ?4",
            params![OutboxState::Rejected, reason, Utc::now(), write.id],
        )?;
        match (&write.operation, &write.effect) {
            (Operation::CheckIn { .. }, Some(Effect::Attendance { key })) => attendance::undo_check_in(&tx, key)?,
            (Operation::CheckOut { .. }, Some(Effect::Attendance { key })) => attendance::undo_check_out(&tx, key)?,
            (Operation::SubmitLeave { .. }, Some(Effect::Leave { key, .. })) => leaves::undo_submit(&tx, key)?,
            (Operation::CancelLeave { .. }, Some(Effect::Leave { key, previous_status: Some(previous) })) => {
                leaves::undo_cancel(&tx, key, previous)?
            }
            _ => {}
        }
        tx.commit()?;
        Ok(())
    }

    /// Marks the write delivered; `settle` replaces its local stand-in with the server's resource.
    pub(crate) fn complete(
        &mut self,
        id: i64,
        result: Option<&str>,
        settle: impl FnOnce(&Transaction) -> CoreResult<()>,
    ) -> CoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE outbox SET state = ?1, result = ?2, attempts = attempts + 1, last_error = NULL, completed_at = ?3
             WHERE id = ?4",
            params![OutboxState::Done, result, Utc::now(), id],
        )?;
        settle(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// The server id a queued leave request got, once sent.
    pub(crate) fn server_id_of(&self, local_key: &str) -> CoreResult<Option<String>> {
        let Some(op) = cache::queued_operation(local_key) else { return Ok(Some(local_key.to_owned())) };
        Ok(self
            .conn
            .query_row("SELECT result FROM outbox WHERE id = ?1 AND state = ?2", params![op, OutboxState::Done], |r| {
                r.get(0)
            })
            .optional()?
            .flatten())
    }
}
