//! The database under every route: one schema on both backends, and one write path that knows who
//! writes, whose audit events commit or roll back with the change they describe.

use crate::common::TestServer;
use okta_hr_server::db::migrations::MIGRATIONS;
use okta_hr_server::db::{Actor, Change, Db, Dialect, Error, Scope, params};
use okta_hr_test_support::Scratch;
use serde_json::json;

#[tokio::test]
async fn a_new_database_has_applied_every_version_of_the_one_list() {
    let server = TestServer::start().await;
    let expected: Vec<i64> = MIGRATIONS.iter().map(|migration| migration.version).collect();
    assert_eq!(server.db().applied_migrations(), expected, "on {:?}", server.db().dialect());
}

/// An `audit_events` row: company, actor kind, actor, action, entity id, details.
type AuditRow = (Option<i64>, String, Option<i64>, String, String, String);

#[tokio::test]
async fn an_audit_event_is_kept_exactly_when_its_change_is() {
    let server = TestServer::start().await;
    let (hr, acme): (i64, i64) = server
        .db()
        .query_row("SELECT id, company_id FROM employees WHERE email = 'hr@acme.test'", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    let branch: i64 = server
        .db()
        .query_row("SELECT id FROM branches WHERE company_id = ?1 AND name = 'HQ'", [acme], |r| r.get(0))
        .unwrap();
    let rename = |name: &'static str, then_fail: bool| {
        let db = server.db().db();
        let change = Change::by(Actor::Person { company_id: acme, employee_id: hr }, "branch.rename");
        async move {
            db.write(change, move |tx| {
                tx.execute("UPDATE branches SET name = ?1 WHERE id = ?2", params![name, branch])?;
                tx.audit("branch", &branch.to_string(), &json!({ "name": name }))?;
                if then_fail { Err(Error::NotCommitted) } else { Ok(()) }
            })
            .await
        }
    };

    rename("HQ Berlin", false).await.expect("the rename commits");
    rename("HQ Nowhere", true).await.expect_err("the second rename fails after auditing");

    let name: String =
        server.db().query_row("SELECT name FROM branches WHERE id = ?1", [branch], |r| r.get(0)).unwrap();
    assert_eq!(name, "HQ Berlin");
    let events: Vec<AuditRow> = server
        .db()
        .rows(
            // The demo's own history is in the trail too; this test looks at its renames.
            "SELECT company_id, actor_kind, actor_id, action, entity_id, details FROM audit_events
             WHERE action = 'branch.rename' ORDER BY id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .unwrap();
    assert_eq!(
        events,
        vec![(
            Some(acme),
            "person".to_owned(),
            Some(hr),
            "branch.rename".to_owned(),
            branch.to_string(),
            r#"{"name":"HQ Berlin"}"#.to_owned()
        )],
        "one event, for the change that was kept"
    );
}

/// Runs `change` as a write that does nothing, in the background.
fn write_nothing(db: &Db, change: Change) -> tokio::task::JoinHandle<Result<(), Error>> {
    let db = db.clone();
    tokio::spawn(async move {
        db.write(change, |tx| {
            tx.unchanged();
            Ok::<_, Error>(())
        })
        .await
    })
}

/// Starts `change` as a long write, and answers once it is under way, with what ends it.
async fn long_write_under_way(db: &Db, change: Change) -> (tokio::task::JoinHandle<Result<(), Error>>, impl FnOnce()) {
    long_write_under_way_doing(db, change, |tx| {
        tx.unchanged();
        Ok(())
    })
    .await
}

/// [`long_write_under_way`] that first does `write`, which commits when the write is ended.
async fn long_write_under_way_doing(
    db: &Db,
    change: Change,
    write: impl FnOnce(&okta_hr_server::db::Tx) -> Result<(), Error> + Send + 'static,
) -> (tokio::task::JoinHandle<Result<(), Error>>, impl FnOnce()) {
    let (started, running) = tokio::sync::oneshot::channel();
    let (finish, finished) = std::sync::mpsc::channel::<()>();
    let db = db.clone();
    let under_way = tokio::spawn(async move {
        db.write(change, move |tx| {
            write(tx)?;
            let _ = started.send(());
            let _ = finished.recv();
            Ok::<_, Error>(())
        })
        .await
    });
    running.await.unwrap();
    (under_way, move || finish.send(()).unwrap())
}

/// A database of its own with no server over it, so that no write but the test's runs meanwhile.
async fn database_alone() -> (Scratch, Db) {
    tokio::task::spawn_blocking(|| {
        let scratch = Scratch::create();
        let db = Db::connect(&scratch.database).unwrap();
        (scratch, db)
    })
    .await
    .unwrap()
}

const ACME: i64 = 1;
const HR: Actor = Actor::Person { company_id: ACME, employee_id: 3 };

fn person(employee_id: i64) -> Actor {
    Actor::Person { company_id: ACME, employee_id }
}

/// Gives the writes just started time to run, then says which went through.
async fn through(writes: &[&tokio::task::JoinHandle<Result<(), Error>>]) -> Vec<bool> {
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    writes.iter().map(|write| write.is_finished()).collect()
}

/// While a payroll run is under way, the company's people still check in and ask for leave on PostgreSQL,
/// where writes lock only their scope, even after a company-wide write and an everything-scope write have
/// queued for the run to end; on SQLite, which has one writer, everything waits.
#[tokio::test]
async fn a_payroll_run_under_way_lets_check_ins_through_on_postgresql_and_holds_back_company_writes() {
    let (_scratch, db) = database_alone().await;
    let (run, finish_run) = long_write_under_way(&db, Change::by(HR, "payroll_run.create").bulk()).await;

    let first_check_in = write_nothing(&db, Change::routine(person(2), "attendance.punch").own_records());
    let company_write = write_nothing(&db, Change::by(HR, "leave_type.update"));
    let everything_write = write_nothing(&db, Change::by(Actor::Server, "company.create"));
    let rate_limit = write_nothing(&db, Change::routine(Actor::Server, "rate_limit.hit").within(Scope::Housekeeping));
    let later_check_in = write_nothing(&db, Change::routine(person(4), "attendance.punch").own_records());
    let leave_request = write_nothing(&db, Change::routine(person(5), "leave.request").own_leave());
    let short_writes = through(&[&first_check_in, &rate_limit, &later_check_in, &leave_request]).await;
    match db.dialect() {
        Dialect::Postgres => assert_eq!(short_writes, [true; 4], "people's writes go on during the run"),
        Dialect::Sqlite => assert_eq!(short_writes, [false; 4], "SQLite's one writer is busy with the run"),
    }
    assert_eq!(through(&[&company_write, &everything_write]).await, [false, false], "wider writes wait for the run");

    finish_run();
    for write in [run, first_check_in, company_write, everything_write, rate_limit, later_check_in, leave_request] {
        write.await.unwrap().unwrap();
    }
}

/// A leave job writing the company's balances holds back leave requests, which check those balances, but
/// not check-ins.
#[tokio::test]
async fn a_leave_job_under_way_holds_back_leave_requests_but_not_check_ins() {
    let (_scratch, db) = database_alone().await;
    if db.dialect() == Dialect::Sqlite {
        return;
    }
    let job = Change::by(Actor::Server, "leave_job.run").within(Scope::LeaveBalances(ACME));
    let (run, finish_job) = long_write_under_way(&db, job).await;

    let check_in = write_nothing(&db, Change::routine(person(2), "attendance.punch").own_records());
    let leave_request = write_nothing(&db, Change::routine(person(4), "leave.request").own_leave());
    let other_company = write_nothing(
        &db,
        Change::routine(Actor::Person { company_id: 2, employee_id: 9 }, "leave.request").own_leave(),
    );
    assert_eq!(through(&[&check_in, &leave_request, &other_company]).await, [true, false, true]);

    finish_job();
    for write in [run, check_in, leave_request, other_company] {
        write.await.unwrap().unwrap();
    }
}

/// Two companies are not kept from writing at once, so the same new email can pass both their checks; the
/// unique index keeps one, and the other is told the email is taken, as its check would have said a
/// moment later, rather than failing with a server error.
#[tokio::test]
async fn a_login_two_companies_take_at_the_same_moment_goes_to_one_and_the_other_hears_it_is_taken() {
    use reqwest::{Method, StatusCode};
    let server = TestServer::start().await;
    if server.db().dialect() == Dialect::Sqlite {
        // One writer for everything: the second check always sees the first write.
        return;
    }
    let taken = "same.moment@example.test";
    // Globex's write: under way, not yet committed, so Acme's check cannot see it.
    let (written, under_way) = std::sync::mpsc::channel();
    let (commit, committed) = std::sync::mpsc::channel::<()>();
    let db = server.db().db();
    let globex = std::thread::spawn(move || {
        let committed = std::sync::Mutex::new(committed);
        db.direct(|conn| {
            conn.execute_batch("BEGIN")?;
            conn.execute(
                "UPDATE employees SET email = ?1, login = ?1
                 WHERE id = (SELECT min(id) FROM employees WHERE company_id <> 1)",
                [taken],
            )?;
            written.send(()).unwrap();
            committed.lock().unwrap().recv().unwrap();
            conn.execute_batch("COMMIT")
        })
    });
    under_way.recv().unwrap();

    let body = json!({ "profile": { "firstName": "Sam", "lastName": "Moment", "email": taken, "login": taken } });
    let acme = server.acme_admin(Method::POST, "/api/v1/users", Some(body));
    let globex_commits = async {
        // Long enough for Acme's check to pass and its insert to wait on the index for Globex's row.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        commit.send(()).unwrap();
    };
    let (refused, ()) = tokio::join!(acme, globex_commits);
    globex.join().unwrap().unwrap();
    crate::common::assert_okta_error(&refused, StatusCode::BAD_REQUEST, "E0000001");
    assert!(refused.body["errorCauses"].to_string().contains("already"), "{}", refused.body);
    let holders: i64 =
        server.db().query_row("SELECT count(*) FROM employees WHERE email = ?1", [taken], |r| r.get(0)).unwrap();
    assert_eq!(holders, 1);
}

/// HR suspends someone in the moment between the check of their password and their sign-in's write: the
/// sign-in is refused as the suspension would have refused it a moment later, and no token is issued.
#[tokio::test]
async fn a_suspension_committed_while_the_password_is_checked_refuses_the_sign_in() {
    use reqwest::StatusCode;
    let server = TestServer::start().await;
    let employee = server.employee_id("employee@acme.test");
    let hr = Actor::Person { company_id: ACME, employee_id: server.employee_id("hr@acme.test") };
    let tokens = |server: &TestServer| -> i64 {
        server
            .db()
            .query_row("SELECT count(*) FROM personal_access_tokens WHERE employee_id = ?1", [employee], |r| r.get(0))
            .unwrap()
    };
    let before = tokens(&server);
    let (db, suspension) = (server.db().db(), Change::by(hr, "user.suspend"));
    let (suspending, finish_suspension) = long_write_under_way_doing(&db, suspension, move |tx| {
        tx.execute("UPDATE employees SET lifecycle = 'SUSPENDED' WHERE id = ?1", [employee])?;
        tx.audit("user", &employee.to_string(), &json!({ "status": "SUSPENDED" }))
    })
    .await;

    let sign_in = server.try_login("employee@acme.test", "password");
    let suspension_commits = async {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        finish_suspension();
    };
    let (refused, ()) = tokio::join!(sign_in, suspension_commits);
    suspending.await.unwrap().unwrap();

    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(refused.error("email").contains("suspended"), "{}", refused.body);
    assert_eq!(tokens(&server), before, "no token for a suspended person");
}
