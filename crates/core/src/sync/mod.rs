//! The sync engine: drains the outbox in order, each write exactly once.

mod corrections;
mod operation;
mod outbox;

pub use operation::Operation;
pub use outbox::{Context, OutboxState, QueuedWrite, enqueue};

use crate::cache::{Cache, attendance, leaves};
use crate::client::{ApiClient, ClientError};
use crate::error::{CoreError, CoreResult};
use chrono::{DateTime, Duration, Utc};
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::{AttendanceRecordAttributes, LeaveRequestAttributes};
use outbox::Effect;
use rand::Rng;
use serde::Serialize;
use serde_json::{Value, json};
use std::sync::Mutex;

/// The longest wait between two attempts at a write.
const MAX_BACKOFF_SECS: i64 = 300;

/// What one pass over the outbox did.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SyncReport {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub sent: usize,
    /// Writes the server refused in this pass: (what, why).
    pub rejected: Vec<(String, String)>,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub pending: u64,
    /// Why the pass stopped before the outbox was empty.
    pub stopped: Option<String>,
    pub needs_login: bool,
    /// A leave request was sent or cancelled: the balances the server last sent are out of date.
    pub leave_changed: bool,
    /// A decision on someone's request was sent: the approvals the server last sent are out of date.
    pub approvals_changed: bool,
    /// An attendance correction, or a decision on one, was sent: the corrections and records the server
    /// last sent are out of date.
    pub corrections_changed: bool,
}

pub(crate) fn lock(cache: &Mutex<Cache>) -> std::sync::MutexGuard<'_, Cache> {
    cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// How long to wait before attempt `attempts + 1`: exponential, capped, with jitter so a fleet of
/// phones coming back online does not knock on the server in step.
fn backoff(attempts: i64, error: &ClientError) -> Duration {
    if let ClientError::RateLimited { retry_after } = error {
        return Duration::seconds(retry_after.as_secs() as i64);
    }
    let ceiling = 2_i64.saturating_pow(attempts.clamp(0, 16) as u32).min(MAX_BACKOFF_SECS);
    let millis = rand::rng().random_range(ceiling * 500..=ceiling * 1_000);
    Duration::milliseconds(millis)
}

/// Sends every pending write that is due (all of them when `force`), oldest first.
pub async fn drain(cache: &Mutex<Cache>, client: &ApiClient, force: bool) -> CoreResult<SyncReport> {
    let mut report = SyncReport::default();
    loop {
        let (write, offset) = {
            let cache = lock(cache);
            let offset = cache.session()?.map_or(0, |s| s.clock_offset_ms);
            (cache.next_pending()?, offset)
        };
        let Some(write) = write else { break };
        if !force && write.next_attempt_at.is_some_and(|at| at > Utc::now()) {
            report.stopped = write.last_error.clone();
            break;
        }
        if let Some(dependency) = write.depends_on.map(|id| lock(cache).queued_write(id)).transpose()?.flatten()
            && dependency.state == OutboxState::Rejected
        {
            let reason = format!(
                "Not sent: it depended on the {}, which the server refused ({}).",
                dependency.description.to_lowercase(),
                dependency.rejection.unwrap_or_default()
            );
            lock(cache).reject(&write, &reason)?;
            report.rejected.push((write.description.clone(), reason));
            continue;
        }
        let Some(delivered_before) = lock(cache).claim_for_sending(write.id)? else { continue };
        match send(cache, client, &write, offset).await {
            Ok(()) => {
                report.sent += 1;
                match write.operation {
                    Operation::SubmitLeave { .. } | Operation::CancelLeave { .. } => report.leave_changed = true,
                    Operation::ActOnLeave { .. } => report.approvals_changed = true,
                    Operation::RequestCorrection { .. } | Operation::DecideCorrection { .. } => {
                        report.corrections_changed = true
                    }
                    _ => {}
                }
            }
            Err(CoreError::Client(ClientError::Unauthenticated { reason: Some(reason) }))
                if okta_hr_domain::lifecycle::is_dismissal_reason(&reason) =>
            {
                // HR suspended or deactivated the person: the server still takes the punches recorded
                // before, so every queued write is offered once; what it refuses is not theirs to send
                // any more, and the account is erased once nothing is left.
                let message = if delivered_before {
                    format!("Not confirmed: it may have reached the server before this. {reason}")
                } else {
                    format!("Not sent: {reason}")
                };
                let mut cache = lock(cache);
                cache.set_needs_login(Some(&reason))?;
                cache.reject(&write, &message)?;
                report.needs_login = true;
                report.rejected.push((write.description.clone(), message));
            }
            Err(CoreError::Client(ClientError::Unauthenticated { reason })) => {
                let cache = lock(cache);
                // Refused before it was looked at: no more delivered than before.
                cache.set_maybe_delivered(write.id, delivered_before)?;
                cache.set_needs_login(reason.as_deref())?;
                report.needs_login = true;
                report.stopped = Some(ClientError::Unauthenticated { reason }.to_string());
                break;
            }
            Err(CoreError::Client(ClientError::Rejected { message, .. })) => {
                lock(cache).reject(&write, &message)?;
                report.rejected.push((write.description.clone(), message));
            }
            Err(CoreError::Client(error)) if error.is_transient() => {
                let until = Utc::now() + backoff(write.attempts, &error);
                let maybe_delivered = delivered_before || !matches!(error, ClientError::CouldNotConnect(_));
                lock(cache).postpone(write.id, &error.to_string(), until, maybe_delivered)?;
                report.stopped = Some(error.to_string());
                break;
            }
            Err(other) => return Err(other),
        }
    }
    let cache = lock(cache);
    cache.record_sync(report.stopped.as_deref())?;
    report.pending = cache.pending_count()?;
    Ok(report)
}

fn corrected(recorded_at: Option<DateTime<Utc>>, offset_ms: i64) -> Option<String> {
    recorded_at.map(|at| (at + Duration::milliseconds(offset_ms)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
}

async fn send(cache: &Mutex<Cache>, client: &ApiClient, write: &QueuedWrite, offset_ms: i64) -> CoreResult<()> {
    let key = Some(write.idempotency_key.as_str());
    let local_key = match &write.effect {
        Some(Effect::Attendance { key } | Effect::Leave { key, .. }) => key.clone(),
        None => String::new(),
    };
    match &write.operation {
        Operation::CheckIn { fix, is_mocked } | Operation::CheckOut { fix, is_mocked } => {
            let path = match write.operation {
                Operation::CheckIn { .. } => "/api/v1/me/attendance/check-in",
                _ => "/api/v1/me/attendance/check-out",
            };
            let mut body = Operation::fix_fields(fix, *is_mocked);
            if let Some(at) = corrected(write.recorded_at, offset_ms) {
                body.insert("recorded_at".into(), at.into());
            }
            let answer = client.post::<Document<Resource<AttendanceRecordAttributes>>, _>(path, &body, key).await?;
            let record = answer.body.data;
            let mut cache = lock(cache);
            if let Some(time) = answer.server_time {
                cache.record_server_time(time)?;
            }
            let id = write.id;
            cache.complete(write.id, Some(&record.id), |tx| attendance::settle(tx, &local_key, &record, id))
        }
        Operation::SubmitLeave { leave_type, start_date, end_date, start_half, end_half, reason } => {
            let body = json!({
                "leave_type_id": leave_type,
                "start_date": start_date,
                "end_date": end_date,
                "start_half": start_half,
                "end_half": end_half,
                "reason": reason,
            });
            let answer =
                client.post::<Document<Resource<LeaveRequestAttributes>>, _>("/api/v1/me/leaves", &body, key).await?;
            let request = answer.body.data;
            lock(cache).complete(write.id, Some(&request.id), |tx| leaves::settle(tx, &local_key, &request))
        }
        Operation::CancelLeave { key: leave_key } => {
            let server_id = lock(cache)
                .server_id_of(leave_key)?
                .ok_or_else(|| CoreError::Invalid("the leave request was never accepted by the server".to_owned()))?;
            let path = format!("/api/v1/me/leaves/{server_id}/cancel");
            let answer = client.post::<Document<Resource<LeaveRequestAttributes>>, _>(&path, &json!({}), key).await?;
            let request = answer.body.data;
            lock(cache).complete(write.id, Some(&request.id), |tx| leaves::settle(tx, leave_key, &request))
        }
        Operation::ActOnLeave { leave_request_id, approve, notes } => {
            let body = json!({ "decision": if *approve { "approve" } else { "reject" }, "notes": notes });
            let path = format!("/api/v1/leave-requests/{leave_request_id}/act");
            client.post::<Value, _>(&path, &body, key).await?;
            lock(cache).complete(write.id, Some(&leave_request_id.to_string()), |_| Ok(()))
        }
        Operation::RequestCorrection { .. } | Operation::DecideCorrection { .. } => {
            corrections::send(cache, client, write).await
        }
        Operation::MarkNotificationsRead { id } => {
            let body = match id {
                Some(id) => json!({ "id": id }),
                None => json!({}),
            };
            client.post::<Value, _>("/api/v1/me/notifications/read", &body, key).await?;
            lock(cache).complete(write.id, None, |_| Ok(()))
        }
        // Setting a value: sent twice, it is the same value, so no idempotency key is needed.
        Operation::SetLanguage { language } => {
            client.patch::<Value, _>("/api/v1/me", &json!({ "language": language })).await?;
            lock(cache).complete(write.id, None, |_| Ok(()))
        }
    }
}
