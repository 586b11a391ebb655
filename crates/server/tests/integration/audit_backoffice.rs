//! The back-office writes of the HR API and the admin commands are in the audit trail: a leave decision
//! with the request's status before and after and the approver's reason, a cancellation, whatever path
//! the write takes (a retry too); a refused write leaves nothing; the demo company comes with weeks of
//! history; an admin command's change is recorded without its secrets.

use crate::common;
use common::{decide_leave, request_week};

use chrono::{Duration, NaiveDate, Utc};
use common::TestServer;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::collections::HashMap;

const TRAIL: &str = "/api/v1/audit-events";

/// The events of one leave request, newest first, as HR reads them.
async fn events_of(server: &TestServer, hr: &str, id: &str) -> Vec<Value> {
    let reply = server.get(hr, &format!("{TRAIL}?filter[entity]=leave_request&filter[entity_id]={id}")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.body["data"].as_array().unwrap().iter().map(|event| event["attributes"].clone()).collect()
}

/// How many events of leave the whole database holds.
fn stored_events(server: &TestServer) -> i64 {
    server.db().query_row("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'leave.%'", [], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn a_manager_s_rejection_is_in_the_trail_with_the_status_before_and_after_and_the_reason() {
    let server = TestServer::start().await;
    let (employee, manager, hr) = (
        server.login("employee@acme.test").await,
        server.login("manager@acme.test").await,
        server.login("hr@acme.test").await,
    );
    let id = request_week(&server, &employee, 2).await;
    let reply = decide_leave(&server, &manager, &id, json!({ "decision": "reject", "notes": "Release week" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);

    let events = events_of(&server, &hr, &id).await;
    assert_eq!(events.len(), 1, "the request itself is the employee's own, not audited: {events:?}");
    let event = &events[0];
    assert_eq!(
        (&event["action"], &event["actor_kind"], &event["actor_name"]),
        (&json!("leave.decide"), &json!("person"), &json!("Max Weber"))
    );
    assert_eq!(event["actor_id"], server.employee_id("manager@acme.test"));
    assert_eq!(
        event["details"],
        json!({
            "step": "manager",
            "decision": "reject",
            "status": { "before": "pending", "after": "rejected" },
            "awaiting": { "before": "manager", "after": null },
            "reason": "Release week",
        })
    );
}

#[tokio::test]
async fn each_step_of_an_approval_is_in_the_trail_with_what_it_moved() {
    let server = TestServer::start().await;
    let (employee, manager, hr) = (
        server.login("employee@acme.test").await,
        server.login("manager@acme.test").await,
        server.login("hr@acme.test").await,
    );
    let id = request_week(&server, &employee, 3).await;
    assert_eq!(decide_leave(&server, &manager, &id, json!({ "decision": "approve" })).await.status, StatusCode::OK);
    let reply = decide_leave(&server, &hr, &id, json!({ "decision": "approve", "notes": "Enjoy" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);

    let events = events_of(&server, &hr, &id).await;
    let details: Vec<&Value> = events.iter().map(|event| &event["details"]).collect();
    assert_eq!(
        details,
        [
            &json!({
                "step": "hr",
                "decision": "approve",
                "status": { "before": "pending", "after": "approved" },
                "awaiting": { "before": "hr", "after": null },
                "reason": "Enjoy",
            }),
            // The manager's approval leaves the request pending: only whose decision it awaits changes.
            &json!({ "step": "manager", "decision": "approve", "awaiting": { "before": "manager", "after": "hr" } }),
        ]
    );
    let names: Vec<&Value> = events.iter().map(|event| &event["actor_name"]).collect();
    assert_eq!(names, [&json!("Hanna Richter"), &json!("Max Weber")]);
}

#[tokio::test]
async fn a_cancellation_is_in_the_trail_once_the_retry_included() {
    let server = TestServer::start().await;
    let (employee, manager, hr) = (
        server.login("employee@acme.test").await,
        server.login("manager@acme.test").await,
        server.login("hr@acme.test").await,
    );
    let approved = request_week(&server, &employee, 4).await;
    for approver in [&manager, &hr] {
        assert_eq!(
            decide_leave(&server, approver, &approved, json!({ "decision": "approve" })).await.status,
            StatusCode::OK
        );
    }
    let path = format!("/api/v1/me/leaves/{approved}/cancel");
    let reply = server.post_idempotent(&employee, &path, "cancel-approved", json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    // A retry answers as the first time did, and changes nothing more.
    let replayed = server.post_idempotent(&employee, &path, "cancel-approved", json!({})).await;
    assert_eq!(replayed.status, StatusCode::OK, "{}", replayed.body);
    assert_eq!(replayed.header("idempotent-replayed"), Some("true"));

    let events = events_of(&server, &hr, &approved).await;
    let actions: Vec<&str> = events.iter().map(|event| event["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["leave.cancel", "leave.decide", "leave.decide"]);
    let cancel = &events[0];
    assert_eq!((&cancel["actor_name"], &cancel["actor_kind"]), (&json!("Emma Fischer"), &json!("person")));
    assert_eq!(cancel["details"], json!({ "status": { "before": "approved", "after": "cancelled" } }));

    // A pending request withdrawn: it no longer waits for the manager either.
    let pending = request_week(&server, &employee, 6).await;
    let reply = server.post(&employee, &format!("/api/v1/me/leaves/{pending}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let events = events_of(&server, &hr, &pending).await;
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0]["details"],
        json!({
            "status": { "before": "pending", "after": "cancelled" },
            "awaiting": { "before": "manager", "after": null },
        })
    );
}

#[tokio::test]
async fn a_refused_write_leaves_no_event() {
    let server = TestServer::start().await;
    let (employee, manager) = (server.login("employee@acme.test").await, server.login("manager@acme.test").await);
    let id = request_week(&server, &employee, 2).await;
    assert_eq!(decide_leave(&server, &manager, &id, json!({ "decision": "reject" })).await.status, StatusCode::OK);
    let before = stored_events(&server);

    // Deciding a request already decided, with and without an Idempotency-Key (whose refusal is kept
    // for its retries), and cancelling one that is no longer pending: 422s, and no event.
    let reply = decide_leave(&server, &manager, &id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
    let path = format!("/api/v1/leave-requests/{id}/act");
    for _ in 0..2 {
        let reply = server.post_idempotent(&manager, &path, "decide-again", json!({ "decision": "approve" })).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
        assert_eq!(reply.error("decision"), "This leave request is already rejected.");
    }
    for key in [None, Some("cancel-rejected")] {
        let path = format!("/api/v1/me/leaves/{id}/cancel");
        let reply = match key {
            Some(key) => server.post_idempotent(&employee, &path, key, json!({})).await,
            None => server.post(&employee, &path, json!({})).await,
        };
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
    }
    // Not the approver: refused before anything is written.
    let field = server.login("field@acme.test").await;
    assert_eq!(
        decide_leave(&server, &field, &id, json!({ "decision": "approve" })).await.status,
        StatusCode::FORBIDDEN
    );

    assert_eq!(stored_events(&server), before, "no refused write left an event");
}

#[tokio::test]
async fn the_demo_company_comes_with_a_page_of_hr_s_history() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let hr_id = server.employee_id("hr@acme.test");

    let reply = server.get(&hr, &format!("{TRAIL}?filter[actor_id]={hr_id}")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let page = reply.body["data"].as_array().unwrap();
    assert_eq!(page.len(), 15, "a full first page: {}", reply.body);
    assert!(reply.body["meta"]["last_page"].as_u64().unwrap() >= 2, "and more: {}", reply.body["meta"]);

    // Leave decided by Hanna over the last weeks, with reasons for the refusals; the requests exist and
    // are as the trail last left them.
    let all = server.get(&hr, &format!("{TRAIL}?filter[action]=leave.&page[size]=100")).await;
    let all = all.body["data"].as_array().unwrap().clone();
    let today = Utc::now().date_naive();
    let days: Vec<NaiveDate> = all
        .iter()
        .map(|event| event["attributes"]["created_at"].as_str().unwrap().parse::<chrono::DateTime<Utc>>().unwrap())
        .map(|at| at.date_naive())
        .collect();
    assert!(days.windows(2).all(|pair| pair[0] >= pair[1]), "newest first: {days:?}");
    assert!(days.iter().all(|day| *day < today), "all of it in the past: {days:?}");
    assert!(today - days[days.len() - 1] >= Duration::weeks(5), "over weeks: {days:?}");

    let requests = server.get(&hr, "/api/v1/leave-requests?page[size]=100").await;
    let status_of: HashMap<&str, &str> = requests.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r["attributes"]["status"].as_str().unwrap()))
        .collect();
    let mut last_status: HashMap<String, String> = HashMap::new();
    let mut rejections = 0;
    for event in all.iter().rev().map(|event| &event["attributes"]) {
        assert_eq!((&event["entity"], &event["actor_kind"]), (&json!("leave_request"), &json!("person")), "{event}");
        let id = event["entity_id"].as_str().unwrap();
        assert!(status_of.contains_key(id), "the request {id} exists");
        if let Some(after) = event["details"]["status"]["after"].as_str() {
            last_status.insert(id.to_owned(), after.to_owned());
        }
        if event["details"]["decision"] == "reject" {
            rejections += 1;
            assert_eq!(event["actor_name"], "Hanna Richter");
            assert!(event["details"]["reason"].as_str().is_some_and(|reason| !reason.is_empty()), "{event}");
            assert_eq!(event["details"]["status"], json!({ "before": "pending", "after": "rejected" }));
        }
    }
    assert!(rejections >= 2, "{all:?}");
    assert!(last_status.len() >= 5, "{last_status:?}");
    for (id, status) in &last_status {
        assert_eq!(status_of[id.as_str()], status, "request {id}");
    }
    let actions: Vec<&str> = all.iter().map(|event| event["attributes"]["action"].as_str().unwrap()).collect();
    assert!(actions.contains(&"leave.cancel"), "{actions:?}");

    // The holiday Hanna added is Acme's, as it is.
    let holidays = server.get(&hr, &format!("{TRAIL}?filter[action]=holiday.create&filter[actor_id]={hr_id}")).await;
    let holiday = holidays.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| &event["attributes"])
        .find(|event| event["details"]["after"]["name"] == "International Women's Day")
        .unwrap_or_else(|| panic!("Berlin's own holiday: {}", holidays.body));
    let holiday_id = holiday["entity_id"].as_str().unwrap();
    let (date, branch): (NaiveDate, Option<i64>) = server
        .db()
        .query_row("SELECT date, branch_id FROM holidays WHERE CAST(id AS TEXT) = ?1", [holiday_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(holiday["details"]["after"]["date"], date.to_string());
    assert_eq!(holiday["details"]["after"]["branch_id"], branch.unwrap().to_string());
    assert_eq!(holiday["details"]["before"], Value::Null);

    // Globex has none of it.
    let globex = server.login("hr@globex.test").await;
    assert_eq!(server.get(&globex, &format!("{TRAIL}?filter[action]=leave.")).await.body["meta"]["total"], 0);
}

/// Runs `okta-hr-server --database {the test's} {args}`; answers its standard output.
async fn admin_command(server: &TestServer, args: &[&str]) -> String {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_okta-hr-server"));
    command.args(["--database", &server.database.url()]).args(args).env_remove("OKTA_HR_PASSWORD");
    let output = tokio::task::spawn_blocking(move || command.output()).await.unwrap().expect("run okta-hr-server");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// An `audit_events` row of the server's: company, actor, action, entity, entity id, details.
type ServerEvent = (Option<i64>, Option<i64>, String, String, String, Value);

#[tokio::test]
async fn an_admin_command_s_change_is_in_the_trail_without_its_secrets() {
    let server = TestServer::start().await;
    let acme = server
        .db()
        .query_row("SELECT company_id FROM employees WHERE email = 'hr@acme.test'", [], |r| r.get::<_, i64>(0));
    let acme = acme.unwrap().to_string();

    let created =
        admin_command(&server, &["company", "create", "--name", "Initech", "--timezone", "Europe/Berlin"]).await;
    let company = created.trim().strip_prefix("Created company ").and_then(|rest| rest.strip_suffix('.')).unwrap();
    let created = admin_command(&server, &["branch", "create", "--company", company, "--name", "Austin"]).await;
    let branch = created.trim().strip_prefix("Created branch ").and_then(|rest| rest.strip_suffix('.')).unwrap();
    let password = "correct horse battery";
    let args = [
        "user",
        "create",
        "--company",
        company,
        "--email",
        "bill@initech.test",
        "--first-name",
        "Bill",
        "--last-name",
        "Lumbergh",
        "--role",
        "hr",
        "--password",
        password,
    ];
    let created = admin_command(&server, &args).await;
    let user = created.trim().strip_prefix("Created user ").and_then(|rest| rest.strip_suffix('.')).unwrap();
    let key = admin_command(&server, &["service-key", "create", "--company", company, "--name", "Payroll sync"]).await;
    let token =
        admin_command(&server, &["api-token", "create", "--company", &acme, "--user", "hr@acme.test", "--name", "CI"])
            .await;
    let (key, token) = (key.trim(), token.trim());

    let events: Vec<ServerEvent> = server
        .db()
        .rows(
            "SELECT company_id, actor_id, action, entity, entity_id, details FROM audit_events
             WHERE actor_kind = 'server' AND action IN ('company.create', 'branch.create', 'user.create',
                 'service_key.create', 'api_token.create')
             ORDER BY id",
            [],
            |r| {
                let details: String = r.get(5)?;
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, serde_json::from_str(&details).unwrap()))
            },
        )
        .unwrap();
    let what: Vec<(Option<i64>, Option<i64>, &str, &str)> = events
        .iter()
        .map(|(company, actor, action, entity, _, _)| (*company, *actor, action.as_str(), entity.as_str()))
        .collect();
    // The server acts for no company: its events are the operator's, not any company's HR's.
    assert_eq!(
        what,
        [
            (None, None, "company.create", "company"),
            (None, None, "branch.create", "branch"),
            (None, None, "user.create", "user"),
            (None, None, "service_key.create", "service_key"),
            (None, None, "api_token.create", "api_token"),
        ]
    );
    let ids: Vec<&str> = events.iter().map(|event| event.4.as_str()).collect();
    let token_id: String =
        server.db().query_row("SELECT okta_id FROM api_tokens WHERE name = 'CI'", [], |r| r.get(0)).unwrap();
    let key_id: i64 =
        server.db().query_row("SELECT id FROM service_keys WHERE name = 'Payroll sync'", [], |r| r.get(0)).unwrap();
    assert_eq!(ids, [company, branch, user, &key_id.to_string(), &token_id]);

    let details: Vec<&Value> = events.iter().map(|event| &event.5).collect();
    let new = |value: Value| json!({ "before": null, "after": value });
    assert_eq!(
        details[0],
        &json!({ "name": new(json!("Initech")), "timezone": new(json!("Europe/Berlin")), "currency": new(json!("EUR")) })
    );
    assert_eq!(details[1]["name"], new(json!("Austin")));
    assert_eq!(details[1]["company_id"], new(json!(company.parse::<i64>().unwrap())));
    assert!(details[1].get("latitude").is_none(), "no geofence, nothing to say of it: {}", details[1]);
    assert_eq!(details[2]["email"], new(json!("bill@initech.test")));
    assert_eq!(details[2]["role"], new(json!("hr")));
    assert_eq!(details[2]["password_set"], true);
    assert_eq!(
        details[3],
        &json!({ "company_id": new(json!(company.parse::<i64>().unwrap())), "name": new(json!("Payroll sync")) })
    );
    assert_eq!(details[4]["employee_id"], new(json!(server.employee_id("hr@acme.test"))));
    assert_eq!(details[4]["name"], new(json!("CI")));

    let stored: Vec<String> = events.iter().map(|event| event.5.to_string()).collect();
    let hashes = [okta_hr_server::secrets::sha256_hex(key), okta_hr_server::secrets::sha256_hex(token)];
    for secret in [password, key, token, &hashes[0], &hashes[1]] {
        assert!(!stored.iter().any(|details| details.contains(secret)), "a secret in the trail: {stored:?}");
    }

    // Acme's HR reads the events of Acme's people and no one else's: not the operator's.
    let hr = server.login("hr@acme.test").await;
    let reply = server.get(&hr, &format!("{TRAIL}?filter[action]=api_token.")).await;
    assert_eq!(reply.body["meta"]["total"], 0, "{}", reply.body);
}
