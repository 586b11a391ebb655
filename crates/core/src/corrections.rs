//! Attendance corrections on the device: the person asks for new times on one of their records (a forgotten
//! check-out, a check-in the app missed) or for a record on a day without one; a manager or HR approves or
//! rejects it. Both are queued writes like every other, sent in order, exactly once.
//!
//! Their local effect is read from the outbox itself: a request still queued is listed with the person's
//! own (`pending-{operation}`), and a decision still queued marks its correction decided in the approver's
//! list. The transaction that queues the write is the one that shows it, and a refusal, which takes the
//! write out of the queue, takes its effect away with it, so there is nothing else to undo. When the server
//! accepts one, its answer is put into the cached list (and a corrected record into the attendance) in the
//! transaction that marks the write delivered, before the lists are fetched again.

use crate::cache::{self, AttendanceEntry, CachedDocument};
use crate::error::{CoreError, CoreResult};
use crate::sync::{Operation, OutboxState, QueuedWrite, lock};
use crate::{Core, Fresh, WriteOutcome};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use okta_hr_domain::corrections::{AttendanceCorrectionAttributes, corrected_span, may_decide};
use okta_hr_domain::days::LeaveDays;
use okta_hr_domain::jsonapi::Resource;
use okta_hr_domain::wire::Role;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One correction as the screens show it: the server's, or one still queued on this device.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CorrectionEntry {
    /// The server's id, or `pending-{operation}` for a request the server has not received yet.
    pub key: String,
    /// pending | approved | rejected: as the server last said, or as a decision queued here will make it.
    pub status: String,
    /// The request, or a decision on it, is still queued on this device.
    pub queued: bool,
    /// The record corrected (its server id); absent for a day that had none.
    pub attendance_record_id: Option<String>,
    pub employee_id: String,
    pub employee_name: Option<String>,
    pub date: NaiveDate,
    /// The check-in asked for; absent when it stays as recorded.
    pub check_in_at: Option<DateTime<Utc>>,
    /// The check-out asked for; absent when it stays as recorded.
    pub check_out_at: Option<DateTime<Utc>>,
    pub reason: String,
    /// Whether the signed-in person may decide it now: its requester's manager or HR, never the requester.
    pub decidable: bool,
    /// The server's full correction, once it has one.
    pub correction: Option<AttendanceCorrectionAttributes>,
}

impl CorrectionEntry {
    fn from_server(resource: Resource<AttendanceCorrectionAttributes>) -> CorrectionEntry {
        let a = resource.attributes;
        CorrectionEntry {
            status: a.status.clone(),
            queued: false,
            attendance_record_id: resource
                .relationships
                .get("attendance-record")
                .and_then(|r| r.id())
                .map(str::to_owned),
            employee_id: resource.relationships.get("employee").and_then(|r| r.id()).unwrap_or_default().to_owned(),
            employee_name: Some(a.employee_name.clone()),
            date: a.date,
            check_in_at: a.check_in_at,
            check_out_at: a.check_out_at,
            reason: a.reason.clone(),
            decidable: false,
            key: resource.id,
            correction: Some(a),
        }
    }
}

/// What the person asks to correct.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CorrectionRequest {
    /// The record to correct, by its key as [`Core::attendance`] lists it; `None` for a day without one.
    pub record: Option<String>,
    /// The day of a missing record; a record's own day otherwise.
    pub date: Option<NaiveDate>,
    /// The corrected check-in; `None` keeps the recorded one (a missing record needs it).
    pub check_in_at: Option<DateTime<Utc>>,
    /// The corrected check-out; `None` keeps the recorded one (a missing record needs it).
    pub check_out_at: Option<DateTime<Utc>>,
    pub reason: String,
}

/// A time as the device's user reads it.
fn local(at: DateTime<Utc>) -> String {
    at.with_timezone(&chrono::Local).format("%H:%M on %-d %b").to_string()
}

fn pending_writes(writes: Vec<QueuedWrite>) -> impl DoubleEndedIterator<Item = QueuedWrite> {
    writes.into_iter().filter(|w| w.state == OutboxState::Pending)
}

impl Core {
    /// The person's correction requests: those still queued here first, then the server's, newest first.
    pub fn my_corrections(&self) -> CoreResult<Fresh<Vec<CorrectionEntry>>> {
        let account = self.account()?;
        let me = account.session.employee_id.to_string();
        let server = self.cached_list::<AttendanceCorrectionAttributes>(CachedDocument::MyCorrections)?;
        let queued = pending_writes(lock(&account.cache).queued_writes()?).rev().filter_map(|write| {
            let Operation::RequestCorrection { attendance_record_id, date, check_in_at, check_out_at, reason } =
                write.operation
            else {
                return None;
            };
            Some(CorrectionEntry {
                key: cache::queued_key(write.id),
                status: "pending".to_owned(),
                queued: true,
                attendance_record_id: attendance_record_id.map(|id| id.to_string()),
                employee_id: me.clone(),
                employee_name: None,
                date,
                check_in_at,
                check_out_at,
                reason,
                decidable: false,
                correction: None,
            })
        });
        let data =
            queued.collect::<Vec<_>>().into_iter().chain(server.data.into_iter().map(CorrectionEntry::from_server));
        Ok(Fresh { data: data.collect(), fetched_at: server.fetched_at })
    }

    /// The corrections waiting for the signed-in manager or HR, of the people they look after; one whose
    /// decision is still queued here shows as decided.
    pub fn correction_inbox(&self) -> CoreResult<Fresh<Vec<CorrectionEntry>>> {
        let account = self.account()?;
        let (me, role) = match self.profile()?.data {
            Some(profile) => (profile.data.id, profile.data.attributes.role),
            None => (account.session.employee_id.to_string(), Role::Employee),
        };
        let decisions: Vec<(String, bool)> = pending_writes(lock(&account.cache).queued_writes()?)
            .filter_map(|write| match write.operation {
                Operation::DecideCorrection { attendance_correction_id, approve, .. } => {
                    Some((attendance_correction_id.to_string(), approve))
                }
                _ => None,
            })
            .collect();
        let server = self.cached_list::<AttendanceCorrectionAttributes>(CachedDocument::PendingCorrections)?;
        let data = server
            .data
            .into_iter()
            .map(|resource| {
                let mut entry = CorrectionEntry::from_server(resource);
                if let Some((_, approve)) = decisions.iter().find(|(id, _)| *id == entry.key) {
                    entry.status = if *approve { "approved" } else { "rejected" }.to_owned();
                    entry.queued = true;
                }
                // The server lists only the people the caller looks after.
                entry.decidable = may_decide(&entry.status, &entry.employee_id, &me, role, true);
                entry
            })
            .collect();
        Ok(Fresh { data, fetched_at: server.fetched_at })
    }

    /// How many corrections wait for the user's decision, not counting decisions queued on the device.
    pub fn corrections_waiting(&self) -> CoreResult<u64> {
        Ok(self.correction_inbox()?.data.iter().filter(|entry| entry.decidable).count() as u64)
    }

    /// What the server would refuse `request` for, judged from the cache: times in the future or out of
    /// order, the times already recorded, an overlap with another of the person's records, or a correction
    /// of the record already waiting. `None` when nothing.
    pub fn correction_warning(&self, request: &CorrectionRequest) -> CoreResult<Option<String>> {
        Ok(self.correction_operation(request)?.1)
    }

    /// Asks for `request` to be made: queued, and sent at once when the server can be reached.
    pub async fn request_correction(&self, request: CorrectionRequest) -> CoreResult<WriteOutcome> {
        let (operation, warning) = self.correction_operation(&request)?;
        self.write(operation, LeaveDays::ZERO, warning).await
    }

    /// Approves or rejects a correction waiting for the user; queued like their other decisions. A
    /// rejection needs a reason, which the employee is told.
    pub async fn decide_correction(
        &self,
        attendance_correction_id: i64,
        approve: bool,
        reason: Option<String>,
    ) -> CoreResult<WriteOutcome> {
        let reason = reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
        if !approve && reason.is_none() {
            return Err(CoreError::Invalid("Say why: a rejection needs a reason, which the employee is told.".into()));
        }
        self.write(Operation::DecideCorrection { attendance_correction_id, approve, reason }, LeaveDays::ZERO, None)
            .await
    }

    /// Fetches the person's corrections again and, for a manager or HR, those waiting for them.
    pub(crate) async fn refresh_corrections(&self) -> CoreResult<()> {
        self.fetch_document::<Value>(CachedDocument::MyCorrections).await?;
        let role = self.profile()?.data.map(|me| me.data.attributes.role);
        if role.is_some_and(|role| role != Role::Employee) {
            self.fetch_document::<Value>(CachedDocument::PendingCorrections).await?;
        }
        Ok(())
    }

    /// The person's own cached record `key` (as [`Core::attendance`] lists it), to correct.
    pub fn my_attendance_record(&self, key: &str) -> CoreResult<AttendanceEntry> {
        let account = self.account()?;
        if cache::queued_operation(key).is_some() {
            return Err(CoreError::Invalid(
                "This check-in has not reached the server yet: ask for the correction once it has synced.".into(),
            ));
        }
        let (first, last) = (NaiveDate::from_ymd_opt(1970, 1, 1), NaiveDate::from_ymd_opt(9999, 12, 31));
        let (Some(first), Some(last)) = (first, last) else { return Err(CoreError::Invalid("no such day".into())) };
        lock(&account.cache)
            .attendance_of(account.session.employee_id, first, last)?
            .into_iter()
            .find(|entry| entry.key == key)
            .ok_or_else(|| CoreError::Invalid(format!("No attendance record {key} of yours on this device.")))
    }

    /// The write `request` makes, and what the pre-check expects the server to say of it. What cannot be
    /// sent at all (no reason, no time, an unknown record) is refused here and never queued.
    fn correction_operation(&self, request: &CorrectionRequest) -> CoreResult<(Operation, Option<String>)> {
        let reason = request.reason.trim().to_owned();
        if reason.is_empty() {
            return Err(CoreError::Invalid("Say why the times need correcting: a reason is required.".into()));
        }
        if request.check_in_at.is_none() && request.check_out_at.is_none() {
            return Err(CoreError::Invalid("Give the corrected check-in, check-out, or both.".into()));
        }
        let record = request.record.as_deref().map(|key| self.my_attendance_record(key)).transpose()?;
        let date = match (&record, request.date) {
            (Some(record), _) => record.date,
            (None, Some(date)) => date,
            (None, None) => {
                return Err(CoreError::Invalid("Give the record to correct, or the day of a missing one.".into()));
            }
        };
        let record_id = record.as_ref().and_then(|r| r.key.parse::<i64>().ok());
        let warning = self.correction_precheck(record.as_ref(), date, request)?;
        let operation = Operation::RequestCorrection {
            attendance_record_id: record_id,
            date,
            check_in_at: request.check_in_at,
            check_out_at: request.check_out_at,
            reason,
        };
        Ok((operation, warning))
    }

    fn correction_precheck(
        &self,
        record: Option<&AttendanceEntry>,
        date: NaiveDate,
        request: &CorrectionRequest,
    ) -> CoreResult<Option<String>> {
        if let Some(record) = record {
            let waiting = self
                .my_corrections()?
                .data
                .into_iter()
                .any(|c| c.status == "pending" && c.attendance_record_id.as_deref() == Some(record.key.as_str()));
            if waiting {
                return Ok(Some("This record already has a correction waiting for a decision.".to_owned()));
            }
        }
        let account = self.account()?;
        let around = lock(&account.cache).attendance_of(
            account.session.employee_id,
            date - Duration::days(1),
            date + Duration::days(1),
        )?;
        let others: Vec<_> = around
            .iter()
            .filter(|entry| record.is_none_or(|r| r.key != entry.key))
            .map(|entry| (entry.check_in_at, entry.check_out_at))
            .collect();
        let current = record.map(|r| (r.check_in_at, r.check_out_at));
        let verdict = corrected_span(current, request.check_in_at, request.check_out_at, Utc::now(), &others);
        Ok(verdict.err().map(|problem| problem.message(local)))
    }
}
