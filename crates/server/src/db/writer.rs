//! The single writer thread of an instance and its group commit, for both backends.
//!
//! Every write is a job for one writer thread, which runs the jobs that are waiting in a single durable
//! transaction, each inside its own savepoint. One commit then makes many check-ins durable, and a job
//! that fails rolls back only itself. The transaction first takes the database's write lock (SQLite's
//! `BEGIN IMMEDIATE`, a PostgreSQL advisory lock), so the writers of every instance on one database take
//! turns: each transaction sees everything committed before it, as if one writer ran them all. That is
//! what keeps a check of the data and the write that follows it (a leave balance, an idempotency key, a
//! lifecycle transition) true across instances, without an isolation level that would refuse and retry.

use super::connection::{Connection, Error};
#[cfg(feature = "postgres")]
use super::postgres::PgPool;
use anyhow::anyhow;
use std::sync::mpsc;
use tokio::sync::oneshot;

/// PostgreSQL's database-wide write lock: an advisory lock every instance's writer takes, held until
/// its transaction ends.
#[cfg(feature = "postgres")]
const POSTGRES_BEGIN: &str = "BEGIN; SELECT pg_advisory_xact_lock(7950303582066766935)";

/// The most jobs folded into one transaction; bounds how long the first of them waits.
const MAX_BATCH: usize = 256;

/// A job runs inside the open transaction, says whether it succeeded, and hands back what
/// delivers its result once the fate of the transaction is known.
type Job = Box<dyn FnOnce(&Connection) -> (bool, Deliver) + Send>;
type Deliver = Box<dyn FnOnce(bool) + Send>;

#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
}

/// What the writer writes to: its own SQLite connection, or a connection of the PostgreSQL pool per
/// transaction (a broken one is replaced by the pool).
pub enum Target {
    Sqlite(rusqlite::Connection),
    #[cfg(feature = "postgres")]
    Postgres(PgPool),
}

impl Writer {
    pub fn start(target: Target) -> anyhow::Result<Writer> {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new().name("okta-hr-db-writer".into()).spawn(move || run(target, queue))?;
        Ok(Writer { jobs })
    }

    /// Queues `write` and hands back where its result will arrive.
    fn enqueue<T, E, F>(&self, write: F) -> Result<oneshot::Receiver<Result<T, E>>, Error>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let result = write(conn);
            let succeeded = result.is_ok();
            let deliver: Deliver = Box::new(move |committed| {
                let outcome = match result {
                    Ok(_) if !committed => Err(Error::NotCommitted.into()),
                    other => other,
                };
                // The caller may have gone away (client disconnected); the write stands regardless.
                let _ = reply.send(outcome);
            });
            (succeeded, deliver)
        });
        self.jobs.send(job).map_err(|_| Error::Unavailable(anyhow!("the database writer has stopped")))?;
        Ok(answer)
    }

    pub async fn submit<T, E, F>(&self, write: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        self.enqueue(write)?.await.map_err(|_| dropped())?
    }

    pub fn submit_blocking<T, E, F>(&self, write: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        self.enqueue(write)?.blocking_recv().map_err(|_| dropped())?
    }
}

fn dropped() -> Error {
    Error::Unavailable(anyhow!("the database writer dropped a job"))
}

fn run(target: Target, queue: mpsc::Receiver<Job>) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        match &target {
            Target::Sqlite(conn) => commit_batch(&Connection::sqlite(conn), "BEGIN IMMEDIATE", batch),
            #[cfg(feature = "postgres")]
            Target::Postgres(pool) => match pool.get() {
                Ok(mut session) => {
                    commit_batch(&Connection::postgres(&std::cell::RefCell::new(&mut session)), POSTGRES_BEGIN, batch)
                }
                // Dropping the jobs unrun tells each caller the write failed; none of it happened.
                Err(error) => tracing::error!(%error, "no connection to PostgreSQL for a write transaction"),
            },
        }
    }
}

/// Runs `batch` in one transaction, each job in a savepoint. Ending one job's savepoint and opening the
/// next one's go to the database together, and so do beginning and committing with the first and last:
/// on PostgreSQL every statement sent is a round trip.
fn commit_batch(conn: &Connection, begin: &str, batch: Vec<Job>) {
    let last = batch.len().saturating_sub(1);
    let mut deliveries: Vec<Deliver> = Vec::with_capacity(batch.len());
    let mut next = format!("{begin}; SAVEPOINT job");
    for (index, job) in batch.into_iter().enumerate() {
        if let Err(error) = conn.execute_batch(&next) {
            // The job is dropped unrun and every caller told that the write failed; none of it happened.
            tracing::error!(%error, "could not begin a write job; abandoning its transaction");
            let _ = conn.execute_batch("ROLLBACK");
            deliveries.into_iter().for_each(|deliver| deliver(false));
            return;
        }
        let (succeeded, deliver) = run_job(conn, job);
        deliveries.push(deliver);
        let end = if succeeded { "RELEASE job" } else { "ROLLBACK TO job; RELEASE job" };
        next = if index == last { format!("{end}; COMMIT") } else { format!("{end}; SAVEPOINT job") };
    }
    let committed = match conn.execute_batch(&next) {
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
fn run_job(conn: &Connection, job: Job) -> (bool, Deliver) {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(conn))).unwrap_or_else(|_| {
        tracing::error!("a write job panicked; it was rolled back");
        (false, Box::new(|_| {}))
    })
}
