//! Sending a queued attendance correction or a decision on one, and keeping the server's answer in the
//! cached lists the screens read (`crate::corrections` queues them and judges them on the device).

use super::{Operation, QueuedWrite, lock};
use crate::cache::{self, CachedDocument};
use crate::client::ApiClient;
use crate::error::{CoreError, CoreResult};
use chrono::Utc;
use okta_hr_domain::corrections::AttendanceCorrectionAttributes;
use okta_hr_domain::jsonapi::{Document, Resource};
use okta_hr_domain::wire::{AttendanceRecordAttributes, kind};
use rusqlite::{OptionalExtension, Transaction, params};
use serde_json::{Value, json};
use std::sync::Mutex;

/// Where an employee's corrections are asked for.
const REQUEST_PATH: &str = "/api/v1/me/attendance/corrections";

/// Sends a queued correction or decision, and keeps the server's answer in the transaction that marks it
/// delivered.
pub(crate) async fn send(cache: &Mutex<cache::Cache>, client: &ApiClient, write: &QueuedWrite) -> CoreResult<()> {
    let key = Some(write.idempotency_key.as_str());
    match &write.operation {
        Operation::RequestCorrection { attendance_record_id, date, check_in_at, check_out_at, reason } => {
            let body = json!({
                "attendance_record_id": attendance_record_id,
                "date": attendance_record_id.is_none().then_some(date),
                "check_in_at": check_in_at,
                "check_out_at": check_out_at,
                "reason": reason,
            });
            let answer =
                client.post::<Document<Resource<AttendanceCorrectionAttributes>>, _>(REQUEST_PATH, &body, key).await?;
            let correction = answer.body.data;
            lock(cache)
                .complete(write.id, Some(&correction.id), |tx| settle(tx, CachedDocument::MyCorrections, &correction))
        }
        Operation::DecideCorrection { attendance_correction_id, approve, reason } => {
            let body = json!({ "decision": if *approve { "approve" } else { "reject" }, "reason": reason });
            let path = format!("/api/v1/attendance-corrections/{attendance_correction_id}/act");
            let answer =
                client.post::<Document<Resource<AttendanceCorrectionAttributes>>, _>(&path, &body, key).await?;
            let records: Vec<Resource<AttendanceRecordAttributes>> = answer
                .body
                .included
                .iter()
                .filter(|resource| resource.kind == kind::ATTENDANCE_RECORD)
                .filter_map(Resource::read_as)
                .collect();
            let correction = answer.body.data;
            lock(cache).complete(write.id, Some(&correction.id), |tx| {
                settle(tx, CachedDocument::PendingCorrections, &correction)?;
                cache::attendance::upsert(tx, &records)
            })
        }
        other => Err(CoreError::Invalid(format!(
            "{} is not an attendance correction",
            other.describe(okta_hr_i18n::Language::En)
        ))),
    }
}

/// Puts the server's `correction` into the cached list `document`, in place of the entry with its id (or
/// first), so the delivered write shows as the server has it before the list is fetched again.
fn settle(
    tx: &Transaction,
    document: CachedDocument,
    correction: &Resource<AttendanceCorrectionAttributes>,
) -> CoreResult<()> {
    let path = document.path();
    let body: Option<String> =
        tx.query_row("SELECT body FROM documents WHERE path = ?1", [&path], |r| r.get(0)).optional()?;
    let mut list: Document<Vec<Resource<Value>>> = match body {
        Some(body) => serde_json::from_str(&body)?,
        None => Document::new(Vec::new()),
    };
    let entry = Resource {
        kind: correction.kind.clone(),
        id: correction.id.clone(),
        attributes: serde_json::to_value(&correction.attributes)?,
        relationships: correction.relationships.clone(),
    };
    match list.data.iter_mut().find(|listed| listed.id == correction.id) {
        Some(listed) => *listed = entry,
        None => list.data.insert(0, entry),
    }
    tx.execute(
        "INSERT INTO documents (path, body, fetched_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (path) DO UPDATE SET body = excluded.body",
        params![path, serde_json::to_string(&list)?, Utc::now()],
    )?;
    Ok(())
}
