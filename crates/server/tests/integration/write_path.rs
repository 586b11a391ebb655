//! The database under every route: one schema on both backends, and one write path that knows who
//! writes, whose audit events commit or roll back with the change they describe.

use crate::common::TestServer;
use okta_hr_server::db::migrations::MIGRATIONS;
use okta_hr_server::db::{Actor, Change, Db, Dialect, Error, params};
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

/// While a payroll run is under way, the company's people still check in on PostgreSQL, where writes lock
/// only their scope; the company's other writes wait for the run there, and on SQLite, which has one
/// writer, everything does.
#[tokio::test]
async fn a_payroll_run_under_way_lets_check_ins_through_on_postgresql_and_holds_back_company_writes() {
    use std::time::Duration;
    // A database of its own with no server over it, so that no write but the test's runs meanwhile: a
    // write of the everything scope (a sign-in, a purge) queued during the run would hold back the
    // check-in too, as PostgreSQL queues lock requests in turn (docs/write-scopes.md).
    let (_scratch, db) = tokio::task::spawn_blocking(|| {
        let scratch = Scratch::create();
        let db = Db::connect(&scratch.database).unwrap();
        (scratch, db)
    })
    .await
    .unwrap();
    let (acme, employee) = (1, 2);
    let hr = Actor::Person { company_id: acme, employee_id: 3 };

    let (started, running) = tokio::sync::oneshot::channel();
    let (finish, finished) = std::sync::mpsc::channel::<()>();
    let run = tokio::spawn({
        let db = db.clone();
        async move {
            db.write(Change::by(hr, "payroll_run.create").payroll_run(), move |tx| {
                let _ = started.send(());
                let _ = finished.recv();
                tx.unchanged();
                Ok::<_, Error>(())
            })
            .await
        }
    });
    running.await.unwrap();

    let check_in = tokio::spawn({
        let db = db.clone();
        let person = Actor::Person { company_id: acme, employee_id: employee };
        async move {
            db.write(Change::routine(person, "attendance.punch").own_records(), move |tx| {
                tx.execute("UPDATE employees SET updated_at = updated_at WHERE id = ?1", params![employee])?;
                Ok::<_, Error>(())
            })
            .await
        }
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    match db.dialect() {
        Dialect::Postgres => assert!(check_in.is_finished(), "the check-in went through during the run"),
        Dialect::Sqlite => assert!(!check_in.is_finished(), "SQLite's one writer is busy with the run"),
    }
    let company_write = tokio::spawn({
        let db = db.clone();
        async move {
            db.write(Change::by(hr, "leave_type.update"), |tx| {
                tx.unchanged();
                Ok::<_, Error>(())
            })
            .await
        }
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(!company_write.is_finished(), "the company's other writes wait for the run");

    finish.send(()).unwrap();
    run.await.unwrap().unwrap();
    check_in.await.unwrap().unwrap();
    company_write.await.unwrap().unwrap();
}
