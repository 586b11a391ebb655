//! The database under every route: one schema on both backends, and one write path that knows who
//! writes, whose audit events commit or roll back with the change they describe.

use crate::common::TestServer;
use okta_hr_server::db::migrations::MIGRATIONS;
use okta_hr_server::db::{Actor, Change, Error, params};
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
