//! The writers of an instance: how every write reaches the database, for both backends.
//!
//! A write is a job with a [`Scope`]: what it reads to decide and then changes. A check of the data and
//! the write that follows it (a leave balance, an idempotency key, a lifecycle transition) stay true
//! across instances because no two writes of overlapping scopes ever run at once, each seeing everything
//! committed before it, without an isolation level that would refuse and retry.
//!
//! - **SQLite** has one writer thread, which runs the jobs that are waiting in a single durable
//!   transaction (`BEGIN IMMEDIATE`, the file's own write lock), each inside its own savepoint: one commit
//!   makes many check-ins durable, and a job that fails rolls back only itself.
//! - **PostgreSQL** has several writer threads, each running one job per transaction on its own
//!   connection. The transaction first takes its scope's advisory locks and opens the job's savepoint,
//!   in the same round trip as its `BEGIN` (see [`postgres_begin`]). Writes of different people, or of
//!   different companies, run side by side within an instance and across instances, and PostgreSQL
//!   groups their commits.

use super::change::{JOB, Scope};
use super::connection::{Connection, Error};
#[cfg(feature = "postgres")]
use super::postgres::PgPool;
use anyhow::anyhow;
use std::sync::mpsc;
use tokio::sync::oneshot;

/// The advisory lock keys of the scopes: the two server-wide locks are 64-bit keys; a company's and a
/// person's are pairs of 32-bit keys in namespaces of their own, which PostgreSQL keeps apart from 64-bit
/// keys.
#[cfg(feature = "postgres")]
mod lock_keys {
    /// Held shared by every long write, exclusive by an everything-scope one, which so waits for the long
    /// writes under way before it queues for [`EVERYTHING`], where it would hold back every short write.
    pub const LONG: i64 = 7950303582066766934;
    pub const EVERYTHING: i64 = 7950303582066766935;
    pub const COMPANY: i32 = 1;
    pub const PERSON: i32 = 2;
    /// A company's long writes, one at a time. A company-wide write takes it too, before the company's
    /// own lock, so it waits for a long write under way here rather than in the company lock's queue,
    /// where every check-in arriving after it would wait behind it.
    pub const BULK: i32 = 3;
    /// A company's leave balances: exclusive for a leave job, shared for a leave request.
    pub const LEAVE: i32 = 4;
}

/// The statement that begins a PostgreSQL write transaction in `scope`, taking its locks. Every scope takes
/// its locks in the order long, everything, bulk, leave, company, person, so no two writes can each hold
/// a lock the other waits for. PostgreSQL queues the requests for a lock in turn, so a write holds back
/// the writes queued behind it while it waits: each scope waits for long writes on a lock that short ones
/// never take.
#[cfg(feature = "postgres")]
fn postgres_begin(scope: Scope) -> String {
    use lock_keys::{BULK, COMPANY, EVERYTHING, LEAVE, LONG, PERSON};
    // Ids are the server's own integers, never request text; beyond 32 bits two ids may share a key,
    // which only makes one wait for the other.
    let key = |id: i64| id.rem_euclid(i64::from(i32::MAX));
    let shared = |namespace: i32, id: i64| format!("pg_advisory_xact_lock_shared({namespace}, {})", key(id));
    let exclusive = |namespace: i32, id: i64| format!("pg_advisory_xact_lock({namespace}, {})", key(id));
    let shared_long = format!("pg_advisory_xact_lock_shared({LONG})");
    let shared_everything = format!("pg_advisory_xact_lock_shared({EVERYTHING})");
    let locks = match scope {
        Scope::Everything => {
            vec![format!("pg_advisory_xact_lock({LONG})"), format!("pg_advisory_xact_lock({EVERYTHING})")]
        }
        Scope::Housekeeping => vec![shared_everything],
        Scope::Company(company) => vec![shared_everything, exclusive(BULK, company), exclusive(COMPANY, company)],
        Scope::Bulk(company) => {
            vec![shared_long, shared_everything, exclusive(BULK, company), shared(COMPANY, company)]
        }
        Scope::LeaveBalances(company) => vec![
            shared_long,
            shared_everything,
            exclusive(BULK, company),
            exclusive(LEAVE, company),
            shared(COMPANY, company),
        ],
        Scope::Person { company_id, employee_id } => {
            vec![shared_everything, shared(COMPANY, company_id), exclusive(PERSON, employee_id)]
        }
        Scope::OwnLeave { company_id, employee_id } => vec![
            shared_everything,
            shared(LEAVE, company_id),
            shared(COMPANY, company_id),
            exclusive(PERSON, employee_id),
        ],
    };
    format!("BEGIN; SELECT {}; SAVEPOINT {JOB}", locks.join(", "))
}

/// The most jobs folded into one transaction; bounds how long the first of them waits.
const MAX_BATCH: usize = 256;

/// A job runs inside the open transaction, says whether it succeeded, and hands back what
/// delivers its result once the fate of the transaction is known.
struct Job {
    // SQLite's one writer holds the one lock there is: only PostgreSQL's writers read the scope.
    #[cfg_attr(not(feature = "postgres"), allow(dead_code))]
    scope: Scope,
    run: Run,
}
type Run = Box<dyn FnOnce(&Connection) -> (bool, Deliver) + Send>;
type Deliver = Box<dyn FnOnce(bool) + Send>;

#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
}

/// What the writers write to: the one writer's own SQLite connection, or connections of the PostgreSQL
/// pool, one per transaction (a broken one is replaced by the pool), for `writers` threads.
pub enum Target {
    Sqlite(rusqlite::Connection),
    #[cfg(feature = "postgres")]
    Postgres {
        pool: PgPool,
        writers: usize,
    },
}

impl Writer {
    pub fn start(target: Target) -> anyhow::Result<Writer> {
        let (jobs, queue) = mpsc::channel::<Job>();
        match target {
            Target::Sqlite(conn) => {
                std::thread::Builder::new()
                    .name("okta-hr-db-writer".into())
                    .spawn(move || run_sqlite(&conn, &queue))?;
            }
            #[cfg(feature = "postgres")]
            Target::Postgres { pool, writers } => {
                let queue = std::sync::Arc::new(std::sync::Mutex::new(queue));
                for _ in 0..writers.max(1) {
                    let (pool, queue) = (pool.clone(), queue.clone());
                    std::thread::Builder::new()
                        .name("okta-hr-db-writer".into())
                        .spawn(move || run_postgres(&pool, &queue))?;
                }
            }
        }
        Ok(Writer { jobs })
    }

    /// Queues `write` in `scope` and hands back where its result will arrive.
    fn enqueue<T, E, F>(&self, scope: Scope, write: F) -> Result<oneshot::Receiver<Result<T, E>>, Error>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let run: Run = Box::new(move |conn: &Connection| -> (bool, Deliver) {
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
        self.jobs
            .send(Job { scope, run })
            .map_err(|_| Error::Unavailable(anyhow!("the database writer has stopped")))?;
        Ok(answer)
    }

    pub async fn submit<T, E, F>(&self, scope: Scope, write: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        self.enqueue(scope, write)?.await.map_err(|_| dropped())?
    }

    pub fn submit_blocking<T, E, F>(&self, scope: Scope, write: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        self.enqueue(scope, write)?.blocking_recv().map_err(|_| dropped())?
    }
}

fn dropped() -> Error {
    Error::Unavailable(anyhow!("the database writer dropped a job"))
}

/// SQLite's one writer: the jobs waiting are run together, in one transaction.
fn run_sqlite(conn: &rusqlite::Connection, queue: &mpsc::Receiver<Job>) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        commit_batch(&Connection::sqlite(conn), "BEGIN IMMEDIATE", batch);
    }
}

/// One of PostgreSQL's writers: takes the next job as soon as it is free, and runs it in a transaction
/// of its own.
#[cfg(feature = "postgres")]
fn run_postgres(pool: &PgPool, queue: &std::sync::Mutex<mpsc::Receiver<Job>>) {
    loop {
        let next = queue.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).recv();
        let Ok(job) = next else { return };
        match pool.get() {
            Ok(mut session) => {
                let begin = postgres_begin(job.scope);
                commit_alone(&Connection::postgres(&std::cell::RefCell::new(&mut session)), &begin, job);
            }
            // Dropping the job unrun tells its caller the write failed; none of it happened.
            Err(error) => tracing::error!(%error, "no connection to PostgreSQL for a write transaction"),
        }
    }
}

/// Runs `job` in a transaction of its own, begun by `begin`.
#[cfg(feature = "postgres")]
fn commit_alone(conn: &Connection, begin: &str, job: Job) {
    if let Err(error) = conn.execute_batch(begin) {
        tracing::error!(%error, "could not begin a write transaction; its job is abandoned");
        let _ = conn.execute_batch("ROLLBACK");
        return;
    }
    let (succeeded, deliver) = run_job(conn, job);
    let committed = succeeded && finish(conn, "COMMIT");
    if !succeeded {
        let _ = conn.execute_batch("ROLLBACK");
    }
    deliver(committed);
}

/// Sends the statement that ends a transaction; `false`, with the transaction rolled back, when it fails.
fn finish(conn: &Connection, end: &str) -> bool {
    match conn.execute_batch(end) {
        Ok(()) => true,
        Err(error) => {
            tracing::error!(%error, "commit failed");
            let _ = conn.execute_batch("ROLLBACK");
            false
        }
    }
}

/// Runs `batch` in one transaction, each job in a savepoint. Ending one job's savepoint and opening the
/// next one's go to the database together, and so do beginning and committing with the first and last.
fn commit_batch(conn: &Connection, begin: &str, batch: Vec<Job>) {
    let last = batch.len().saturating_sub(1);
    let mut deliveries: Vec<Deliver> = Vec::with_capacity(batch.len());
    let mut next = format!("{begin}; SAVEPOINT {JOB}");
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
        let end = if succeeded { format!("RELEASE {JOB}") } else { format!("ROLLBACK TO {JOB}; RELEASE {JOB}") };
        next = if index == last { format!("{end}; COMMIT") } else { format!("{end}; SAVEPOINT {JOB}") };
    }
    let committed = finish(conn, &next);
    deliveries.into_iter().for_each(|deliver| deliver(committed));
}

/// A job that panics is rolled back and its caller told it failed; the writer carries on.
fn run_job(conn: &Connection, job: Job) -> (bool, Deliver) {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (job.run)(conn))).unwrap_or_else(|_| {
        tracing::error!("a write job panicked; it was rolled back");
        (false, Box::new(|_| {}))
    })
}
