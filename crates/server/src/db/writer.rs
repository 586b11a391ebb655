//! The single writer thread and its group commit.

use super::connection::Connection;
use crate::error::{ApiError, ApiResult};
use anyhow::anyhow;
use std::sync::mpsc;
use tokio::sync::oneshot;

/// The most jobs folded into one transaction; bounds how long the first of them waits.
const MAX_BATCH: usize = 256;

/// A job runs inside the open transaction, says whether it succeeded, and hands back what
/// delivers its result once the fate of the transaction is known.
type Job = Box<dyn FnOnce(&rusqlite::Connection) -> (bool, Deliver) + Send>;
type Deliver = Box<dyn FnOnce(bool) + Send>;

#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
}

impl Writer {
    pub fn start(conn: rusqlite::Connection) -> anyhow::Result<Writer> {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new().name("okta-hr-db-writer".into()).spawn(move || run(conn, queue))?;
        Ok(Writer { jobs })
    }

    /// Queues `write` and hands back where its result will arrive.
    fn enqueue<T, F>(&self, write: F) -> ApiResult<oneshot::Receiver<ApiResult<T>>>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> ApiResult<T> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let result = write(&Connection::sqlite(conn));
            let succeeded = result.is_ok();
            let deliver: Deliver = Box::new(move |committed| {
                let outcome = match result {
                    Ok(_) if !committed => Err(ApiError::internal(anyhow!("the transaction did not commit"))),
                    other => other,
                };
                // The caller may have gone away (client disconnected); the write stands regardless.
                let _ = reply.send(outcome);
            });
            (succeeded, deliver)
        });
        self.jobs.send(job).map_err(|_| ApiError::internal(anyhow!("the database writer has stopped")))?;
        Ok(answer)
    }

    pub async fn submit<T, F>(&self, write: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> ApiResult<T> + Send + 'static,
    {
        self.enqueue(write)?.await.map_err(|_| dropped())?
    }

    pub fn submit_blocking<T, F>(&self, write: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> ApiResult<T> + Send + 'static,
    {
        self.enqueue(write)?.blocking_recv().map_err(|_| dropped())?
    }
}

fn dropped() -> ApiError {
    ApiError::internal(anyhow!("the database writer dropped a job"))
}

fn run(conn: rusqlite::Connection, queue: mpsc::Receiver<Job>) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        commit_batch(&conn, batch);
    }
}

fn commit_batch(conn: &rusqlite::Connection, batch: Vec<Job>) {
    if let Err(error) = conn.execute_batch("BEGIN IMMEDIATE") {
        // Dropping the jobs unrun tells each caller the write failed; none of it happened.
        tracing::error!(%error, "could not begin a write transaction");
        return;
    }
    let mut deliveries = Vec::with_capacity(batch.len());
    for job in batch {
        let savepoint = conn.execute_batch("SAVEPOINT job");
        let (succeeded, deliver) = run_job(conn, job);
        let release = if succeeded { "RELEASE job" } else { "ROLLBACK TO job; RELEASE job" };
        if savepoint.is_err() || conn.execute_batch(release).is_err() {
            tracing::error!("could not isolate a write job; abandoning its transaction");
            let _ = conn.execute_batch("ROLLBACK");
            deliver(false);
            deliveries.into_iter().for_each(|deliver: Deliver| deliver(false));
            return;
        }
        deliveries.push(deliver);
    }
    let committed = match conn.execute_batch("COMMIT") {
        Ok(()) => true,
        Err(error) => {
            tracing::error!(%error, "commit failed");
            let _ = conn.execute_batch("ROLLBACK");
            false
        }
    };
    deliveries.into_iter().for_each(|deliver| deliver(committed));
}

/// A job that panics is rolled back and its caller told it failed; the writer carries on.
fn run_job(conn: &rusqlite::Connection, job: Job) -> (bool, Deliver) {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(conn))).unwrap_or_else(|_| {
        tracing::error!("a write job panicked; it was rolled back");
        (false, Box::new(|_| {}))
    })
}
