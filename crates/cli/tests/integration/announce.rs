//! `okta-hr hr announce …` against the real server: HR publishes an announcement for a branch and a person
//! named by email, schedules and deletes another, lists them by state, expires the first, and input the
//! server refuses comes back in its words with the refusal's exit code.

use crate::{okta_hr, parsed, stderr, stdout};
use chrono::{Duration, Local};
use okta_hr_test_support::Server;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_publishes_schedules_lists_expires_and_deletes_announcements() {
    let server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;
    let probe = server.probe();
    let field: i64 = probe.query_row("SELECT id FROM branches WHERE name = 'Field'", [], |r| r.get(0)).unwrap();
    let employee: i64 =
        probe.query_row("SELECT id FROM employees WHERE email = 'employee@acme.test'", [], |r| r.get(0)).unwrap();

    let field = field.to_string();
    let args = ["--json", "hr", "announce", "create", "--title", "Van pool", "--body", "Sign up by Friday."];
    let more = ["--branch", &field, "--person", "employee@acme.test", "--pinned", "--publish"];
    let created = okta_hr(laptop.path(), &[&args[..], &more[..]].concat()).await;
    assert!(created.status.success(), "{created:?}");
    let van_pool = parsed(&created);
    assert_eq!((&van_pool["state"], &van_pool["pinned"]), (&Value::from("published"), &Value::Bool(true)));
    assert_eq!(van_pool["audience"]["branches"], serde_json::json!([field]));
    assert_eq!(van_pool["audience"]["people"], serde_json::json!([employee.to_string()]));
    let id = van_pool["id"].as_str().unwrap().to_owned();
    let told: i64 = probe
        .query_row(
            "SELECT COUNT(*) FROM notifications WHERE employee_id = ?1 AND kind = 'announcement.published'
             AND title = 'Van pool'",
            [employee],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(told, 1);

    let at = (Local::now() + Duration::days(3)).format("%Y-%m-%d %H:%M").to_string();
    let scheduled =
        okta_hr(laptop.path(), &["hr", "announce", "create", "--title", "Later", "--body", "Soon.", "--at", &at]).await;
    assert!(scheduled.status.success(), "{scheduled:?}");
    let line = stdout(&scheduled);
    assert!(
        line.starts_with("Created \"Later\" (ID ") && line.contains(&format!("scheduled for {at} (local)")),
        "{line}"
    );

    let list = okta_hr(laptop.path(), &["hr", "announce", "list", "--state", "published"]).await;
    assert!(list.status.success(), "{list:?}");
    let table = stdout(&list);
    assert!(table.starts_with("ID"), "{table}");
    let row = table.lines().find(|l| l.contains("Van pool")).unwrap_or_else(|| panic!("{table}"));
    assert!(row.contains("pinned") && row.contains("Field, 1 person"), "{row}");
    assert!(!table.contains("Later"), "{table}");

    let scheduled_id = {
        let listed =
            parsed(&okta_hr(laptop.path(), &["--json", "hr", "announce", "list", "--state", "scheduled"]).await);
        let later = listed["data"].as_array().unwrap().iter().find(|a| a["title"] == "Later").cloned();
        later.unwrap_or_else(|| panic!("{listed}"))["id"].as_str().unwrap().to_owned()
    };
    let deleted = okta_hr(laptop.path(), &["hr", "announce", "delete", &scheduled_id]).await;
    assert_eq!(stdout(&deleted), format!("Deleted announcement {scheduled_id}.\n"), "{deleted:?}");

    let refused = okta_hr(laptop.path(), &["hr", "announce", "delete", &id]).await;
    assert_eq!(refused.status.code(), Some(4), "{refused:?}");
    assert!(stderr(&refused).contains("state: This announcement is published and cannot be deleted"), "{refused:?}");
    let expired = okta_hr(laptop.path(), &["--json", "hr", "announce", "expire", &id]).await;
    assert_eq!(parsed(&expired)["state"], "expired", "{expired:?}");

    let blank = okta_hr(laptop.path(), &["hr", "announce", "create", "--title", " ", "--body", "B"]).await;
    assert_eq!(blank.status.code(), Some(4), "{blank:?}");
    assert!(stderr(&blank).contains("title: The title field is required."), "{blank:?}");
    let both =
        okta_hr(laptop.path(), &["hr", "announce", "create", "--title", "T", "--body", "B", "--publish", "--at", &at])
            .await;
    assert_eq!(both.status.code(), Some(2), "the command line was not understood: {both:?}");
    let nobody = okta_hr(
        laptop.path(),
        &["hr", "announce", "create", "--title", "T", "--body", "B", "--person", "nobody@acme.test"],
    )
    .await;
    assert!(!nobody.status.success() && stderr(&nobody).contains("nobody@acme.test"), "{nobody:?}");
}
