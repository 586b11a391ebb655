//! Cancelling an approved request: it takes effect at once, and those who approved it, with the
//! employee's manager, are told.

use crate::common;
use common::{next_year_monday, request_week};

use chrono::{Duration, Utc};
use common::TestServer;
use okta_hr_server::db::params;
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn approve(server: &TestServer, token: &str, id: &str) {
    let reply = server.post(token, &format!("/api/v1/leave-requests/{id}/act"), json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
}

/// The `leave.cancelled` notifications the caller has about one request.
async fn cancel_notices(server: &TestServer, token: &str, request_id: &str) -> Vec<Value> {
    let reply = server.get(token, "/api/v1/me/notifications?page[size]=100").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["attributes"]["data"]["leave_request_id"] == request_id)
        .filter(|n| n["attributes"]["kind"] == "leave.cancelled")
        .cloned()
        .collect()
}

#[tokio::test]
async fn cancelling_an_approved_request_tells_its_approvers_and_the_manager_once() {
    let server = TestServer::start().await;
    let (employee, manager, hr, sales_manager) = (
        server.login("employee@acme.test").await,
        server.login("manager@acme.test").await,
        server.login("hr@acme.test").await,
        server.login("sales.manager@acme.test").await,
    );
    let id = request_week(&server, &employee, 3).await;
    approve(&server, &manager, &id).await;
    approve(&server, &hr, &id).await;

    let path = format!("/api/v1/me/leaves/{id}/cancel");
    let reply = server.post_idempotent(&employee, &path, "cancel-once", json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["status"], "cancelled", "at once, not a request to cancel");
    let replayed = server.post_idempotent(&employee, &path, "cancel-once", json!({})).await;
    assert_eq!(replayed.status, StatusCode::OK, "{}", replayed.body);

    let (start, end) = (next_year_monday(3), next_year_monday(3) + Duration::days(4));
    for token in [&manager, &hr] {
        let told = cancel_notices(&server, token, &id).await;
        assert_eq!(told.len(), 1, "told once, the retry too: {told:?}");
        assert_eq!(told[0]["attributes"]["title"], "Leave cancelled by Emma Fischer");
        assert_eq!(
            told[0]["attributes"]["body"],
            format!(
                "Emma Fischer cancelled their approved Annual Leave from {start} to {end} (5 days); the days are \
                 back in their balance."
            )
        );
        assert!(told[0]["attributes"]["read_at"].is_null());
    }
    assert!(cancel_notices(&server, &employee, &id).await.is_empty(), "Emma knows");
    assert!(cancel_notices(&server, &sales_manager, &id).await.is_empty());

    let audited: Vec<(String, String)> = server
        .db()
        .rows(
            "SELECT action, details FROM audit_events WHERE entity = 'leave_request' AND entity_id = ?1 ORDER BY id",
            [id.clone()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let actions: Vec<&str> = audited.iter().map(|(action, _)| action.as_str()).collect();
    assert_eq!(actions, ["leave.decide", "leave.decide", "leave.cancel"], "{audited:?}");
}

#[tokio::test]
async fn the_manager_of_today_is_told_as_well_as_the_one_who_approved() {
    let server = TestServer::start().await;
    let (employee, manager, hr) = (
        server.login("employee@acme.test").await,
        server.login("manager@acme.test").await,
        server.login("hr@acme.test").await,
    );
    let id = request_week(&server, &employee, 4).await;
    approve(&server, &manager, &id).await;
    approve(&server, &hr, &id).await;
    let sales_manager_id = server.employee_id("sales.manager@acme.test");
    let emma = server.employee_id("employee@acme.test");
    server.db().execute("UPDATE employees SET manager_id = ?1 WHERE id = ?2", [sales_manager_id, emma]).unwrap();

    let reply = server.post(&employee, &format!("/api/v1/me/leaves/{id}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let sales_manager = server.login("sales.manager@acme.test").await;
    for token in [&manager, &hr, &sales_manager] {
        assert_eq!(cancel_notices(&server, token, &id).await.len(), 1);
    }
}

#[tokio::test]
async fn withdrawing_a_pending_request_sends_no_cancellation_notice() {
    let server = TestServer::start().await;
    let (employee, manager, hr) = (
        server.login("employee@acme.test").await,
        server.login("manager@acme.test").await,
        server.login("hr@acme.test").await,
    );
    // Still pending, even with the manager's step approved: nobody has granted the days yet.
    let id = request_week(&server, &employee, 5).await;
    approve(&server, &manager, &id).await;
    let reply = server.post(&employee, &format!("/api/v1/me/leaves/{id}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    for token in [&manager, &hr] {
        assert!(cancel_notices(&server, token, &id).await.is_empty());
    }
}

#[tokio::test]
async fn approved_leave_that_has_started_cannot_be_cancelled_and_tells_nobody() {
    let server = TestServer::start().await;
    let (employee, manager, hr) = (
        server.login("employee@acme.test").await,
        server.login("manager@acme.test").await,
        server.login("hr@acme.test").await,
    );
    let id = request_week(&server, &employee, 6).await;
    approve(&server, &manager, &id).await;
    approve(&server, &hr, &id).await;
    let yesterday = Utc::now().date_naive() - Duration::days(1);
    server
        .db()
        .execute(
            "UPDATE leave_requests SET start_date = ?1 WHERE id = ?2",
            params![yesterday, id.parse::<i64>().unwrap()],
        )
        .unwrap();

    let reply = server.post(&employee, &format!("/api/v1/me/leaves/{id}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
    assert_eq!(reply.error("status"), "This leave request has already started and cannot be cancelled.");
    assert!(cancel_notices(&server, &manager, &id).await.is_empty());
}
