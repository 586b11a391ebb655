//! Announcements: HR drafts, schedules, publishes, pins and expires them for an audience (everyone, or any
//! mix of departments, branches and people); the server publishes the scheduled ones by itself. Nobody
//! outside the audience, and nobody but HR before publication or after expiry, reads one, in the list or
//! alone; publication notifies exactly the audience; every change is HR's only, in HR's company, audited.

use crate::common;

use chrono::{Duration, Utc};
use common::{Reply, TestServer};
use okta_hr_server::announcement_schedule::publish_due;
use reqwest::{Method, StatusCode};
use rusqlite::params;
use serde_json::{Value, json};
use std::collections::BTreeSet;

const LIST: &str = "/api/v1/announcements";
const ACME: i64 = 1;

fn department(server: &TestServer, company_id: i64, name: &str) -> i64 {
    let sql = "SELECT id FROM departments WHERE company_id = ?1 AND name = ?2";
    server.db().query_row(sql, params![company_id, name], |r| r.get(0)).expect("department")
}

fn branch(server: &TestServer, name: &str) -> i64 {
    let sql = "SELECT id FROM branches WHERE company_id = ?1 AND name = ?2";
    server.db().query_row(sql, params![ACME, name], |r| r.get(0)).expect("branch")
}

async fn create(server: &TestServer, hr: &str, body: Value) -> String {
    let reply = server.post(hr, LIST, body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    reply.body["data"]["id"].as_str().unwrap().to_owned()
}

async fn act(server: &TestServer, token: &str, id: &str, action: &str) -> Reply {
    server.post(token, &format!("{LIST}/{id}/{action}"), json!({})).await
}

async fn patch(server: &TestServer, token: &str, id: &str, body: Value) -> Reply {
    server.request(Method::PATCH, &format!("{LIST}/{id}"), Some(token), Some(&body), &[]).await
}

/// The titles of the announcements `token`'s person reads, in order.
async fn feed(server: &TestServer, token: &str) -> Vec<String> {
    let reply = server.get(token, &format!("{LIST}?page[size]=100")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let items = reply.body["data"].as_array().unwrap();
    items.iter().map(|a| a["attributes"]["title"].as_str().unwrap().to_owned()).collect()
}

async fn reads(server: &TestServer, token: &str, id: &str) -> bool {
    let reply = server.get(token, &format!("{LIST}/{id}")).await;
    assert!(matches!(reply.status, StatusCode::OK | StatusCode::NOT_FOUND), "{}", reply.body);
    reply.status == StatusCode::OK
}

/// Who was notified of announcement `id`.
fn notified(server: &TestServer, id: &str) -> BTreeSet<i64> {
    let data = json!({ "announcement_id": id }).to_string();
    let sql = "SELECT employee_id FROM notifications WHERE kind = 'announcement.published' AND data = ?1";
    server.db().rows(sql, [data], |r| r.get(0)).unwrap().into_iter().collect()
}

/// Acme's active people matching `condition` on `employees`.
fn people_where(server: &TestServer, condition: &str) -> BTreeSet<i64> {
    let sql = format!("SELECT id FROM employees WHERE company_id = ?1 AND status = 'active' AND {condition}");
    server.db().rows(&sql, [ACME], |r| r.get(0)).unwrap().into_iter().collect()
}

fn count(server: &TestServer, table: &str) -> i64 {
    server.db().query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn a_department_s_announcement_reaches_its_people_once_published_and_nobody_else() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let seller = server.login("sales.manager@acme.test").await;
    let engineer = server.login("employee@acme.test").await;
    let sales = department(&server, ACME, "Sales");
    let body = json!({ "title": "Sales targets", "body": "The new targets.", "audience": { "departments": [sales] } });
    let id = create(&server, &hr, body).await;

    // A draft: nobody reads it, HR's own feed included, and nobody is told.
    for token in [&seller, &engineer, &hr] {
        assert!(!feed(&server, token).await.contains(&"Sales targets".to_owned()));
    }
    assert!(!reads(&server, &seller, &id).await);
    assert!(notified(&server, &id).is_empty());

    let reply = act(&server, &hr, &id, "publish").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let a = &reply.body["data"]["attributes"];
    assert_eq!((&a["state"], &a["audience"]["departments"]), (&json!("published"), &json!([sales.to_string()])));
    assert!(a["published_at"].is_string());

    assert_eq!(notified(&server, &id), people_where(&server, &format!("department_id = {sales}")));
    assert!(feed(&server, &seller).await.contains(&"Sales targets".to_owned()));
    assert!(reads(&server, &seller, &id).await);
    let alone = server.get(&seller, &format!("{LIST}/{id}")).await.body;
    assert_eq!(alone["data"]["attributes"]["title"], "Sales targets");
    assert!(alone["data"]["attributes"].get("state").is_none(), "an employee reads the seed's shape: {alone}");
    assert!(!feed(&server, &engineer).await.contains(&"Sales targets".to_owned()));
    assert!(!reads(&server, &engineer, &id).await);
}

#[tokio::test]
async fn an_audience_of_a_branch_and_a_named_person_reaches_both_and_nobody_else() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let field = branch(&server, "Field");
    let named = server.employee_id("employee@acme.test");
    let audience = json!({ "branches": [field], "people": [named.to_string()] });
    let id =
        create(&server, &hr, json!({ "title": "Van pool", "body": "Sign up.", "audience": audience, "publish": true }))
            .await;

    let expected = people_where(&server, &format!("(branch_id = {field} OR id = {named})"));
    assert_eq!(notified(&server, &id), expected);
    for (email, sees) in [("field@acme.test", true), ("employee@acme.test", true), ("manager@acme.test", false)] {
        let token = server.login(email).await;
        assert_eq!(reads(&server, &token, &id).await, sees, "{email}");
        assert_eq!(feed(&server, &token).await.contains(&"Van pool".to_owned()), sees, "{email}");
    }
}

#[tokio::test]
async fn the_server_publishes_a_scheduled_announcement_once_its_time_has_passed_and_audits_it() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let employee = server.login("employee@acme.test").await;
    let at = (Utc::now() + Duration::hours(2)).to_rfc3339();
    let id = create(&server, &hr, json!({ "title": "Offsite", "body": "Pack a jacket.", "publish_at": at })).await;
    let hr_view = server.get(&hr, &format!("{LIST}/{id}")).await.body;
    assert_eq!(hr_view["data"]["attributes"]["state"], "scheduled", "{hr_view}");
    assert!(!reads(&server, &employee, &id).await);

    let db = server.db().db();
    assert_eq!(publish_due(&db, Utc::now()).await.unwrap(), 0, "not due yet");
    assert!(notified(&server, &id).is_empty());

    // The time passes.
    let sql = "UPDATE announcements SET publish_at = ?1 WHERE id = ?2";
    server.db().execute(sql, params![Utc::now() - Duration::minutes(1), id.parse::<i64>().unwrap()]).unwrap();
    assert!(!reads(&server, &employee, &id).await, "due, but nobody reads it before it is published");
    publish_due(&db, Utc::now()).await.unwrap();
    assert_eq!(publish_due(&db, Utc::now()).await.unwrap(), 0, "published once");

    assert!(reads(&server, &employee, &id).await);
    let everyone = people_where(&server, "1 = 1");
    assert_eq!(notified(&server, &id), everyone);
    let trail = server
        .get(&hr, &format!("/api/v1/audit-events?filter[action]=announcement.publish&filter[entity_id]={id}"))
        .await;
    let events = trail.body["data"].as_array().unwrap_or_else(|| panic!("{}", trail.body));
    assert_eq!(events.len(), 1, "{}", trail.body);
    let a = &events[0]["attributes"];
    assert_eq!((&a["actor_kind"], &a["entity"]), (&json!("server"), &json!("announcement")));
    assert_eq!(
        (&a["details"]["before"]["state"], &a["details"]["after"]["state"]),
        (&json!("scheduled"), &json!("published"))
    );
    assert_eq!(a["details"]["notified"], everyone.len());
}

#[tokio::test]
async fn pinned_ones_come_first_and_expired_ones_disappear_but_stay_on_record() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let employee = server.login("employee@acme.test").await;
    assert_eq!(feed(&server, &employee).await[0], "All-hands on Friday at 16:00", "the demo's pinned one");

    let later = (Utc::now() + Duration::days(7)).to_rfc3339();
    let body = json!({ "title": "Canteen closed", "body": "Bring lunch.", "publish": true, "pinned": true, "expires_at": later });
    let id = create(&server, &hr, body).await;
    let titles = feed(&server, &employee).await;
    assert_eq!(titles[..2], ["Canteen closed", "All-hands on Friday at 16:00"]);

    let deleted = server.request(Method::DELETE, &format!("{LIST}/{id}"), Some(&hr), None, &[]).await;
    assert_eq!(deleted.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(deleted.error("state"), "This announcement is published and cannot be deleted; expire it instead.");
    let edited = patch(&server, &hr, &id, json!({ "title": "Canteen open" })).await;
    assert_eq!(edited.error("state"), "This announcement is published: only pinned and expires at can change.");
    let unpinned = patch(&server, &hr, &id, json!({ "pinned": false })).await;
    assert_eq!(unpinned.body["data"]["attributes"]["pinned"], false, "{}", unpinned.body);

    let expired = act(&server, &hr, &id, "expire").await;
    assert_eq!(expired.body["data"]["attributes"]["state"], "expired", "{}", expired.body);
    assert!(!feed(&server, &employee).await.contains(&"Canteen closed".to_owned()));
    assert!(!reads(&server, &employee, &id).await);
    let on_record = server.get(&hr, &format!("{LIST}?filter[state]=expired")).await;
    assert!(on_record.body["data"].as_array().unwrap().iter().any(|a| a["id"] == id.as_str()));
    assert_eq!(
        act(&server, &hr, &id, "publish").await.error("state"),
        "This announcement is expired and cannot be published again."
    );

    // An expiry that passes by itself hides it as well.
    let welcome: i64 = server
        .db()
        .query_row("SELECT id FROM announcements WHERE title = 'Welcome to Okta HR'", [], |r| r.get(0))
        .unwrap();
    server
        .db()
        .execute("UPDATE announcements SET expires_at = ?1 WHERE id = ?2", params![Utc::now(), welcome])
        .unwrap();
    assert!(!feed(&server, &employee).await.contains(&"Welcome to Okta HR".to_owned()));
}

#[tokio::test]
async fn hr_lists_every_state_and_moves_a_draft_to_a_schedule_and_back() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let states = |reply: &Reply| -> Vec<(String, String)> {
        let items = reply.body["data"].as_array().unwrap_or_else(|| panic!("{}", reply.body));
        items
            .iter()
            .map(|a| {
                (
                    a["attributes"]["title"].as_str().unwrap().to_owned(),
                    a["attributes"]["state"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let all = server.get(&hr, &format!("{LIST}?filter[state]=draft,scheduled,published,expired&page[size]=100")).await;
    let all = states(&all);
    for (title, state) in [
        ("All-hands on Friday at 16:00", "published"),
        ("Sales kick-off next week", "scheduled"),
        ("Summer party save-the-date", "draft"),
    ] {
        assert!(all.contains(&(title.to_owned(), state.to_owned())), "{all:?}");
    }
    let drafts = states(&server.get(&hr, &format!("{LIST}?filter[state]=draft")).await);
    assert!(drafts.iter().all(|(_, state)| state == "draft") && !drafts.is_empty(), "{drafts:?}");

    let id = create(&server, &hr, json!({ "title": "Draft", "body": "Later." })).await;
    let at = (Utc::now() + Duration::days(1)).to_rfc3339();
    let scheduled = patch(&server, &hr, &id, json!({ "publish_at": at, "title": "Scheduled" })).await;
    let a = &scheduled.body["data"]["attributes"];
    assert_eq!((&a["state"], &a["title"]), (&json!("scheduled"), &json!("Scheduled")), "{}", scheduled.body);
    let back = patch(&server, &hr, &id, json!({ "publish_at": null })).await;
    assert_eq!(back.body["data"]["attributes"]["state"], "draft", "{}", back.body);
    let deleted = server.request(Method::DELETE, &format!("{LIST}/{id}"), Some(&hr), None, &[]).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    assert_eq!(server.get(&hr, &format!("{LIST}/{id}")).await.status, StatusCode::NOT_FOUND);

    let trail =
        server.get(&hr, &format!("/api/v1/audit-events?filter[entity]=announcement&filter[entity_id]={id}")).await;
    let events = trail.body["data"].as_array().unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e["attributes"]["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["announcement.delete", "announcement.update", "announcement.update", "announcement.create"]);
    let details = |n: usize| &events[n]["attributes"]["details"];
    assert_eq!((&details(3)["before"], &details(3)["after"]["state"]), (&Value::Null, &json!("draft")));
    assert_eq!((&details(2)["before"]["title"], &details(2)["after"]["title"]), (&json!("Draft"), &json!("Scheduled")));
    assert_eq!((&details(0)["before"]["state"], &details(0)["after"]), (&json!("draft"), &Value::Null));
}

#[tokio::test]
async fn only_hr_manages_announcements() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let draft = create(&server, &hr, json!({ "title": "Draft", "body": "Later." })).await;
    let (rows, events) = (count(&server, "announcements"), count(&server, "audit_events"));
    for email in ["employee@acme.test", "manager@acme.test"] {
        let token = server.login(email).await;
        let replies = [
            server.post(&token, LIST, json!({ "title": "Mine", "body": "Mine." })).await,
            patch(&server, &token, &draft, json!({ "title": "Mine" })).await,
            act(&server, &token, &draft, "publish").await,
            act(&server, &token, &draft, "expire").await,
            server.request(Method::DELETE, &format!("{LIST}/{draft}"), Some(&token), None, &[]).await,
            server.get(&token, &format!("{LIST}?filter[state]=draft")).await,
        ];
        for reply in replies {
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{email}: {}", reply.body);
        }
        assert_eq!(
            server.get(&token, &format!("{LIST}/{draft}")).await.status,
            StatusCode::NOT_FOUND,
            "a draft is not theirs to read"
        );
    }
    assert_eq!((count(&server, "announcements"), count(&server, "audit_events")), (rows, events));
}

#[tokio::test]
async fn another_company_s_announcements_are_not_found() {
    let server = TestServer::start().await;
    let acme = server.login("hr@acme.test").await;
    let id = create(&server, &acme, json!({ "title": "Acme only", "body": "Internal.", "publish": true })).await;
    let globex = server.login("hr@globex.test").await;
    let replies = [
        server.get(&globex, &format!("{LIST}/{id}")).await,
        patch(&server, &globex, &id, json!({ "pinned": true })).await,
        act(&server, &globex, &id, "publish").await,
        act(&server, &globex, &id, "expire").await,
        server.request(Method::DELETE, &format!("{LIST}/{id}"), Some(&globex), None, &[]).await,
    ];
    for reply in replies {
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.body);
    }
    let everything = server.get(&globex, &format!("{LIST}?filter[state]=draft,scheduled,published,expired")).await;
    assert!(!everything.body.to_string().contains("Acme"), "{}", everything.body);
    let employee = server.login("employee@globex.test").await;
    assert!(feed(&server, &employee).await.is_empty());
}

#[tokio::test]
async fn bad_input_is_refused_with_laravel_s_messages_and_changes_nothing() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let globex_department = department(&server, 2, "Operations");
    let (past, soon, later) = (
        (Utc::now() - Duration::hours(1)).to_rfc3339(),
        (Utc::now() + Duration::hours(1)).to_rfc3339(),
        (Utc::now() + Duration::days(1)).to_rfc3339(),
    );
    let rows =
        (count(&server, "announcements"), count(&server, "announcement_audience"), count(&server, "audit_events"));
    let ok = |more: Value| {
        let mut body = json!({ "title": "T", "body": "B" });
        body.as_object_mut().unwrap().extend(more.as_object().unwrap().clone());
        body
    };
    let cases = [
        (json!({ "body": "B" }), "title", "The title field is required.".to_owned()),
        (json!({ "title": "T" }), "body", "The body field is required.".to_owned()),
        (ok(json!({ "title": "x".repeat(201) })), "title", "The title field must not be greater than 200 characters.".to_owned()),
        (ok(json!({ "publish_at": past })), "publish_at", "The publish at field must be a date after now.".to_owned()),
        (ok(json!({ "publish_at": "someday" })), "publish_at", "The publish at field must be a valid date.".to_owned()),
        (ok(json!({ "publish": true, "publish_at": soon })), "publish_at", "The publish at field prohibits publish from being present.".to_owned()),
        (ok(json!({ "publish_at": later, "expires_at": soon })), "expires_at", "The expires at field must be a date after publish at.".to_owned()),
        (ok(json!({ "audience": { "departments": [999_999] } })), "audience.departments.0", "The selected audience.departments.0 is invalid.".to_owned()),
        (ok(json!({ "audience": { "departments": [globex_department] } })), "audience.departments.0", "The selected audience.departments.0 is invalid.".to_owned()),
        (ok(json!({ "audience": { "people": ["someone"] } })), "audience.people.0", "The audience.people.0 field must be an integer.".to_owned()),
        (ok(json!({ "audience": "all" })), "audience", "The audience field must be an array.".to_owned()),
        (
            ok(json!({ "audience": { "everyone": true, "branches": [1] } })),
            "audience.everyone",
            "The audience.everyone field prohibits audience.departments / audience.branches / audience.people from being present.".to_owned(),
        ),
    ];
    for (body, field, message) in cases {
        let reply = server.post(&hr, LIST, body.clone()).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {}", reply.body);
        assert_eq!(reply.error(field), message, "{body}");
    }
    let filter = server.get(&hr, &format!("{LIST}?filter[state]=pinned")).await;
    assert_eq!(filter.error("filter.state"), "The selected filter.state is invalid.");
    assert_eq!(
        (count(&server, "announcements"), count(&server, "announcement_audience"), count(&server, "audit_events")),
        rows
    );
}

#[tokio::test]
async fn a_retried_publication_is_made_and_notified_once() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let body = json!({ "title": "Retry", "body": "Once.", "publish": true, "audience": { "people": [server.employee_id("employee@acme.test")] } });
    let first = server.post_idempotent(&hr, LIST, "announce-1", body.clone()).await;
    let again = server.post_idempotent(&hr, LIST, "announce-1", body).await;
    assert_eq!((first.status, again.status), (StatusCode::CREATED, StatusCode::CREATED), "{}", again.body);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(first.body, again.body);
    let id = first.body["data"]["id"].as_str().unwrap();
    assert_eq!(notified(&server, id).len(), 1);
    let rows: i64 =
        server.db().query_row("SELECT COUNT(*) FROM announcements WHERE title = 'Retry'", [], |r| r.get(0)).unwrap();
    assert_eq!(rows, 1);

    let draft = create(&server, &hr, json!({ "title": "Draft", "body": "Later." })).await;
    let path = format!("{LIST}/{draft}/publish");
    let published = server.post_idempotent(&hr, &path, "publish-1", json!({})).await;
    let replayed = server.post_idempotent(&hr, &path, "publish-1", json!({})).await;
    assert_eq!((published.status, replayed.status), (StatusCode::OK, StatusCode::OK), "{}", replayed.body);
    assert_eq!(replayed.header("idempotent-replayed"), Some("true"));
    let trail = server
        .get(&hr, &format!("/api/v1/audit-events?filter[action]=announcement.publish&filter[entity_id]={draft}"))
        .await;
    assert_eq!(trail.body["data"].as_array().unwrap().len(), 1, "{}", trail.body);
    assert_eq!(act(&server, &hr, &draft, "publish").await.error("state"), "This announcement is already published.");
}
