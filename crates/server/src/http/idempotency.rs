//! Exactly-once POSTs: the first response to an `Idempotency-Key` is stored in the same transaction
//! as the write it describes, and every retry gets that response back without writing again.

use crate::db::{Connection, OptionalExtension, Tx, params};
use crate::error::{ApiError, ApiResult};
use crate::http::input::PostInput;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use okta_hr_domain::jsonapi::MEDIA_TYPE;
use serde_json::Value;

/// A response that may be a replay of an earlier one.
#[derive(Debug)]
pub struct Outcome {
    pub status: StatusCode,
    pub body: Value,
    pub replayed: bool,
}

impl IntoResponse for Outcome {
    fn into_response(self) -> Response {
        let media_type = if self.status.is_success() { MEDIA_TYPE } else { "application/json" };
        let mut response = (self.status, axum::Json(self.body)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
        if self.replayed {
            headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
        }
        response
    }
}

/// Runs `write` once per (user, key). A final refusal (422, 403, 404) is remembered too, so a device
/// retrying a refused check-in hears the same refusal; a server error is not, so it can be retried.
/// It must be the first thing its write does: a refusal undoes all the write wrote ([`Tx::undo`]).
///
/// A replay, and a refusal remembered for its key, change none of the records `write` changes, so an
/// audited write that answers with one has nothing to audit ([`Tx::unchanged`]).
pub fn once(
    tx: &Tx,
    employee_id: i64,
    input: &PostInput,
    write: impl FnOnce(&Connection) -> ApiResult<(StatusCode, Value)>,
) -> ApiResult<Outcome> {
    let conn: &Connection = tx;
    let Some(key) = &input.idempotency_key else {
        let (status, body) = write(conn)?;
        return Ok(Outcome { status, body, replayed: false });
    };
    let stored: Option<(String, u16, String)> = conn
        .prepare_cached("SELECT fingerprint, status, body FROM idempotency_keys WHERE employee_id = ?1 AND key = ?2")?
        .query_row(params![employee_id, key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    if let Some((fingerprint, status, body)) = stored {
        if fingerprint != input.fingerprint {
            return Err(ApiError::invalid(
                "idempotency_key",
                "This Idempotency-Key was already used for a different request.",
            ));
        }
        tx.unchanged();
        return Ok(Outcome {
            status: StatusCode::from_u16(status).map_err(ApiError::internal)?,
            body: serde_json::from_str(&body).map_err(ApiError::internal)?,
            replayed: true,
        });
    }

    let (status, body) = match write(conn) {
        Ok(response) => response,
        Err(error) => {
            // `once` is the first thing its write does, so what the write undoes is all `write` wrote.
            tx.undo()?;
            if !error.is_final() {
                return Err(error);
            }
            tx.unchanged();
            let body = serde_json::to_value(error.body()).map_err(ApiError::internal)?;
            (error.status(), body)
        }
    };
    conn.prepare_cached(
        "INSERT INTO idempotency_keys (employee_id, key, fingerprint, status, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![employee_id, key, input.fingerprint, status.as_u16(), body.to_string(), Utc::now()])?;
    Ok(Outcome { status, body, replayed: false })
}

/// A JSON:API document as the response an idempotent write stores.
pub fn document<T: serde::Serialize>(status: StatusCode, data: T) -> ApiResult<(StatusCode, Value)> {
    let body = serde_json::to_value(okta_hr_domain::jsonapi::Document::new(data)).map_err(ApiError::internal)?;
    Ok((status, body))
}

/// Forgets keys older than the retention period; called periodically by the server.
pub fn purge_older_than(conn: &Connection, days: i64) -> ApiResult<usize> {
    let cutoff = Utc::now() - chrono::Duration::days(days);
    Ok(conn.execute("DELETE FROM idempotency_keys WHERE created_at < ?1", [cutoff])?)
}
