//! The approval chain of a leave request: the employee's manager, then HR, with the notifications each
//! step sends, who may act, and who sees which requests.

use crate::common;
use common::{decide_leave, next_year_monday, request_week};

use chrono::{Datelike, Duration};
use common::{Reply, TestServer};
use reqwest::StatusCode;
use serde_json::{Value, json};

const UNAUTHORIZED: &str = "This action is unauthorized.";

/// The caller's notifications about one leave request, oldest first.
async fn notices(server: &TestServer, token: &str, request_id: &str) -> Vec<Value> {
    let reply = server.get(token, "/api/v1/me/notifications?page[size]=100").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let mut found: Vec<Value> = reply.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["attributes"]["data"]["leave_request_id"] == request_id)
        .cloned()
        .collect();
    found.reverse();
    found
}

fn kinds(notices: &[Value]) -> Vec<&str> {
    notices.iter().map(|n| n["attributes"]["kind"].as_str().unwrap()).collect()
}

fn ids(reply: &Reply) -> Vec<String> {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.body["data"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_owned()).collect()
}

fn step_statuses(reply: &Reply) -> Vec<String> {
    let steps = reply.body["data"]["attributes"]["approval_steps"].as_array().unwrap();
    steps.iter().map(|s| s["status"].as_str().unwrap().to_owned()).collect()
}

async fn annual_balance(server: &TestServer, token: &str) -> (i64, i64, i64) {
    let reply = server.get(token, &format!("/api/v1/me/leave-balances?year={}", next_year_monday(0).year())).await;
    let a = reply.body["data"].as_array().unwrap().iter().find(|b| b["attributes"]["leave_type"] == "annual").unwrap()
        ["attributes"]
        .clone();
    (a["used"].as_i64().unwrap(), a["pending"].as_i64().unwrap(), a["remaining"].as_i64().unwrap())
}

#[tokio::test]
async fn the_manager_then_hr_approve_and_everyone_is_told_at_each_step() {
    let server = TestServer::start().await;
    let (employee, manager, hr) = (
        server.login("employee@acme.test").await,
        server.login("manager@acme.test").await,
        server.login("hr@acme.test").await,
    );
    let id = request_week(&server, &employee, 3).await;
    let (start, end) = (next_year_monday(3), next_year_monday(3) + Duration::days(4));

    // Submitting tells the manager, and only the manager.
    let told = notices(&server, &manager, &id).await;
    assert_eq!(kinds(&told), ["leave.submitted"]);
    let notice = &told[0];
    assert_eq!(notice["type"], "notifications");
    assert!(uuid::Uuid::parse_str(notice["id"].as_str().unwrap()).is_ok(), "{notice}");
    assert_eq!(notice["attributes"]["title"], "Leave request from Emma Fischer");
    assert_eq!(
        notice["attributes"]["body"],
        format!("Emma Fischer asks for 5 days of Annual Leave from {start} to {end}.")
    );
    assert!(notice["attributes"]["read_at"].is_null());
    assert!(notice["attributes"]["created_at"].is_string());
    assert!(notices(&server, &hr, &id).await.is_empty(), "HR waits for the manager");
    assert!(notices(&server, &employee, &id).await.is_empty());

    assert!(ids(&server.get(&manager, "/api/v1/leave-requests?filter[awaiting]=me").await).contains(&id));
    assert!(!ids(&server.get(&hr, "/api/v1/leave-requests?filter[awaiting]=me").await).contains(&id));

    // HR cannot jump the manager's step.
    let reply = decide_leave(&server, &hr, &id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(reply.body, json!({ "message": UNAUTHORIZED }));

    let reply = decide_leave(&server, &manager, &id, json!({ "decision": "approve", "notes": "Enjoy" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let a = &reply.body["data"]["attributes"];
    assert_eq!(a["status"], "pending");
    assert!(a["decided_at"].is_null());
    assert_eq!(step_statuses(&reply), ["approved", "pending"]);
    let step = &a["approval_steps"][0];
    assert_eq!(step["acted_by_id"], server.employee_id("manager@acme.test").to_string());
    assert_eq!(step["acted_by_name"], "Max Weber");
    assert_eq!(step["notes"], "Enjoy");
    assert!(step["acted_at"].is_string());

    let told = notices(&server, &employee, &id).await;
    assert_eq!(kinds(&told), ["leave.step_approved"]);
    assert_eq!(told[0]["attributes"]["title"], "Leave request approved by your manager");
    assert_eq!(
        told[0]["attributes"]["body"],
        format!("Max Weber approved your Annual Leave from {start} to {end}; it now awaits HR.")
    );
    assert_eq!(kinds(&notices(&server, &hr, &id).await), ["leave.submitted"]);
    assert_eq!(annual_balance(&server, &employee).await, (0, 5, 16), "still pending");

    // The manager's step is done; the HR step is now the one awaiting a decision.
    let reply = decide_leave(&server, &manager, &id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(!ids(&server.get(&manager, "/api/v1/leave-requests?filter[awaiting]=me").await).contains(&id));
    assert!(ids(&server.get(&hr, "/api/v1/leave-requests?filter[awaiting]=me").await).contains(&id));

    let reply = decide_leave(&server, &hr, &id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let a = &reply.body["data"]["attributes"];
    assert_eq!(a["status"], "approved");
    assert!(a["decided_at"].is_string());
    assert_eq!(step_statuses(&reply), ["approved", "approved"]);
    assert_eq!(a["approval_steps"][1]["acted_by_name"], "Hanna Richter");
    assert_eq!(a["approval_steps"][1]["acted_by_id"], server.employee_id("hr@acme.test").to_string());

    let told = notices(&server, &employee, &id).await;
    assert_eq!(kinds(&told), ["leave.step_approved", "leave.approved"]);
    assert_eq!(told[1]["attributes"]["title"], "Leave request approved");
    assert_eq!(told[1]["attributes"]["body"], format!("Your Annual Leave from {start} to {end} (5 days) is approved."));
    assert_eq!(kinds(&notices(&server, &manager, &id).await), ["leave.submitted"], "nothing more for the manager");
    assert_eq!(annual_balance(&server, &employee).await, (5, 0, 16));

    // Acting twice.
    let reply = decide_leave(&server, &hr, &id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("decision"), "This leave request is already approved.");
    assert!(ids(&server.get(&hr, "/api/v1/leave-requests?filter[awaiting]=me").await).is_empty());
}

#[tokio::test]
async fn a_rejection_ends_the_chain_and_returns_the_days() {
    let server = TestServer::start().await;
    let (employee, manager, hr) = (
        server.login("employee@acme.test").await,
        server.login("manager@acme.test").await,
        server.login("hr@acme.test").await,
    );
    let id = request_week(&server, &employee, 4).await;
    let reply = decide_leave(&server, &manager, &id, json!({ "decision": "reject", "notes": "Release week" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["status"], "rejected");
    assert!(reply.body["data"]["attributes"]["decided_at"].is_string());
    assert_eq!(step_statuses(&reply), ["rejected", "skipped"]);
    assert_eq!(reply.body["data"]["attributes"]["approval_steps"][0]["notes"], "Release week");

    let told = notices(&server, &employee, &id).await;
    assert_eq!(kinds(&told), ["leave.rejected"]);
    assert_eq!(told[0]["attributes"]["title"], "Leave request rejected");
    assert_eq!(
        told[0]["attributes"]["body"],
        format!(
            "Max Weber rejected your Annual Leave from {} to {}. Note: Release week",
            next_year_monday(4),
            next_year_monday(4) + Duration::days(4)
        )
    );
    assert!(notices(&server, &hr, &id).await.is_empty(), "HR never hears of it");
    assert_eq!(annual_balance(&server, &employee).await, (0, 0, 21));

    for token in [&manager, &hr] {
        let reply = decide_leave(&server, token, &id, json!({ "decision": "approve" })).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
        assert_eq!(reply.error("decision"), "This leave request is already rejected.");
    }
}

#[tokio::test]
async fn a_rejected_request_frees_its_dates() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let first = request_week(&server, &token, 3).await;
    let manager = server.login("manager@acme.test").await;
    assert_eq!(decide_leave(&server, &manager, &first, json!({ "decision": "reject" })).await.status, StatusCode::OK);
    request_week(&server, &token, 3).await;
}

#[tokio::test]
async fn a_rejected_request_cannot_be_cancelled() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let id = request_week(&server, &token, 2).await;
    let manager = server.login("manager@acme.test").await;
    assert_eq!(decide_leave(&server, &manager, &id, json!({ "decision": "reject" })).await.status, StatusCode::OK);
    let reply = server.post(&token, &format!("/api/v1/me/leaves/{id}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("status"), "This leave request is no longer pending and cannot be cancelled.");
}

#[tokio::test]
async fn hr_can_reject_at_the_second_step() {
    let server = TestServer::start().await;
    let employee = server.login("field@acme.test").await;
    let id = request_week(&server, &employee, 5).await;
    let manager = server.login("manager@acme.test").await;
    assert_eq!(decide_leave(&server, &manager, &id, json!({ "decision": "approve" })).await.status, StatusCode::OK);
    let hr = server.login("hr@acme.test").await;
    let reply = decide_leave(&server, &hr, &id, json!({ "decision": "reject" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["status"], "rejected");
    assert_eq!(step_statuses(&reply), ["approved", "rejected"]);
    assert_eq!(kinds(&notices(&server, &employee, &id).await), ["leave.step_approved", "leave.rejected"]);
    let told = notices(&server, &employee, &id).await;
    assert!(told[1]["attributes"]["body"].as_str().unwrap().starts_with("Hanna Richter rejected your Annual Leave"));
    assert_eq!(annual_balance(&server, &employee).await, (0, 0, 21));
}

#[tokio::test]
async fn only_the_approver_of_the_current_step_may_act() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let id = request_week(&server, &employee, 2).await;

    // Employees cannot act at all, not even on their own request.
    for email in ["employee@acme.test", "field@acme.test"] {
        let token = server.login(email).await;
        let reply = decide_leave(&server, &token, &id, json!({ "decision": "approve" })).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{email}");
        assert_eq!(reply.body, json!({ "message": UNAUTHORIZED }));
    }
    // A manager of another team does not see it.
    let sales = server.login("sales.manager@acme.test").await;
    let reply = decide_leave(&server, &sales, &id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.body);
    let reply = decide_leave(&server, &sales, "999999", json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);

    // None of that changed anything.
    let reply = server.get(&employee, "/api/v1/me/leaves?filter[status]=pending").await;
    let steps = reply.body["data"][0]["attributes"]["approval_steps"].as_array().unwrap().clone();
    let statuses: Vec<&str> = steps.iter().map(|s| s["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["pending", "waiting"]);
    assert!(steps.iter().all(|s| s["acted_by_id"].is_null()));
}

#[tokio::test]
async fn act_validates_the_decision_and_notes_with_laravels_wording() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let id = request_week(&server, &employee, 2).await;
    let manager = server.login("manager@acme.test").await;

    let reply = decide_leave(&server, &manager, &id, json!({})).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("decision"), "The decision field is required.");
    let reply = decide_leave(&server, &manager, &id, json!({ "decision": "maybe", "notes": "n".repeat(256) })).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("decision"), "The selected decision is invalid.");
    assert_eq!(reply.error("notes"), "The notes field must not be greater than 255 characters.");
    assert_eq!(reply.body["message"], "The selected decision is invalid. (and 1 more error)");

    let status: String = server
        .db()
        .query_row("SELECT status FROM approval_steps WHERE leave_request_id = ?1 AND sequence = 1", [&id], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(status, "pending", "nothing was decided");
    let reply = decide_leave(&server, &manager, &id, json!({ "decision": "approve", "notes": "n".repeat(255) })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
}

#[tokio::test]
async fn hr_cannot_approve_their_own_request() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let id = request_week(&server, &hr, 2).await;
    let reply = server.get(&hr, "/api/v1/me/leaves").await;
    let steps = reply.body["data"][0]["attributes"]["approval_steps"].as_array().unwrap().clone();
    assert_eq!(steps.len(), 1, "HR has no manager: {steps:?}");
    assert_eq!((steps[0]["role"].as_str(), steps[0]["status"].as_str()), (Some("hr"), Some("pending")));

    let reply = decide_leave(&server, &hr, &id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);
    assert_eq!(reply.body, json!({ "message": UNAUTHORIZED }));
    assert!(!ids(&server.get(&hr, "/api/v1/leave-requests?filter[awaiting]=me").await).contains(&id));
    assert!(notices(&server, &hr, &id).await.is_empty(), "HR is not asked to approve their own leave");
}

#[tokio::test]
async fn a_manager_without_a_manager_goes_straight_to_hr() {
    let server = TestServer::start().await;
    let manager = server.login("manager@acme.test").await;
    let id = request_week(&server, &manager, 2).await;
    let hr = server.login("hr@acme.test").await;
    assert_eq!(kinds(&notices(&server, &hr, &id).await), ["leave.submitted"]);
    let reply = decide_leave(&server, &manager, &id, json!({ "decision": "approve" })).await;
    // Not one of their reports' requests, so not theirs to see as an approver.
    assert_eq!(reply.status, StatusCode::NOT_FOUND, "no approving one's own leave: {}", reply.body);
    let reply = decide_leave(&server, &hr, &id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["status"], "approved");
    assert_eq!(step_statuses(&reply), ["approved"]);
    assert_eq!(kinds(&notices(&server, &manager, &id).await), ["leave.approved"]);
}

#[tokio::test]
async fn managers_see_their_reports_requests_and_hr_the_whole_company() {
    let server = TestServer::start().await;
    // The demo's decided history is listed too; what waits is what this test is about.
    const PENDING: &str = "/api/v1/leave-requests?filter[status]=pending";
    let seeded = ids(&server.get(&server.login("hr@acme.test").await, PENDING).await);
    assert_eq!(seeded.len(), 1, "the demo has one pending request");
    let seeded = seeded[0].clone();

    let mine = request_week(&server, &server.login("employee@acme.test").await, 2).await;
    let field = request_week(&server, &server.login("field@acme.test").await, 3).await;
    let sales_rep: String = server
        .db()
        .query_row(
            "SELECT e.email FROM employees e JOIN employees m ON m.id = e.manager_id
             WHERE m.email = 'sales.manager@acme.test' ORDER BY e.id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let sales = request_week(&server, &server.login(&sales_rep).await, 4).await;
    let globex = request_week(&server, &server.login("employee@globex.test").await, 2).await;

    let manager = server.login("manager@acme.test").await;
    let sales_manager = server.login("sales.manager@acme.test").await;
    let hr = server.login("hr@acme.test").await;
    let reply = server.get(&manager, "/api/v1/leave-requests").await;
    assert_eq!(ids(&reply), [field.as_str(), mine.as_str(), seeded.as_str()], "newest first, own reports only");
    assert_eq!(reply.body["meta"]["total"], 3);
    assert_eq!(ids(&server.get(&sales_manager, "/api/v1/leave-requests").await), [sales.as_str()]);
    assert_eq!(ids(&server.get(&hr, PENDING).await), [sales.as_str(), field.as_str(), mine.as_str(), seeded.as_str()]);

    // The seeded request waits for the manager; the others too, until acted on.
    assert_eq!(
        ids(&server.get(&manager, "/api/v1/leave-requests?filter[awaiting]=me").await),
        [field.as_str(), mine.as_str(), seeded.as_str()]
    );
    let reply = decide_leave(&server, &manager, &seeded, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["reason"], "Family visit");
    assert_eq!(decide_leave(&server, &manager, &mine, json!({ "decision": "reject" })).await.status, StatusCode::OK);
    assert_eq!(ids(&server.get(&manager, "/api/v1/leave-requests?filter[awaiting]=me").await), [field.as_str()]);
    assert_eq!(ids(&server.get(&hr, "/api/v1/leave-requests?filter[awaiting]=me").await), [seeded.as_str()]);
    assert_eq!(ids(&server.get(&manager, "/api/v1/leave-requests?filter[status]=rejected").await), [mine.as_str()]);
    assert_eq!(
        ids(&server.get(&hr, "/api/v1/leave-requests?filter[status]=pending").await),
        [sales.as_str(), field.as_str(), seeded.as_str()]
    );
    let reply = server.get(&hr, "/api/v1/leave-requests?filter[awaiting]=you").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("filter.awaiting"), "The selected filter.awaiting is invalid.");

    for email in ["employee@acme.test", "employee@globex.test"] {
        let reply = server.get(&server.login(email).await, "/api/v1/leave-requests").await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{email}");
        assert_eq!(reply.body, json!({ "message": UNAUTHORIZED }));
    }
    assert_eq!(ids(&server.get(&server.login("hr@globex.test").await, "/api/v1/leave-requests").await), [globex]);
}

#[tokio::test]
async fn globex_never_sees_or_touches_acme_requests() {
    let server = TestServer::start().await;
    let acme_id = request_week(&server, &server.login("employee@acme.test").await, 2).await;
    let globex_hr = server.login("hr@globex.test").await;
    assert!(ids(&server.get(&globex_hr, "/api/v1/leave-requests").await).is_empty());
    let reply = decide_leave(&server, &globex_hr, &acme_id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.body);
    assert!(notices(&server, &globex_hr, &acme_id).await.is_empty());

    // Globex's own chain: Homer's manager is their HR, who acts on both steps.
    let homer = server.login("employee@globex.test").await;
    let globex_id = request_week(&server, &homer, 2).await;
    assert_eq!(kinds(&notices(&server, &globex_hr, &globex_id).await), ["leave.submitted"]);
    let acme_hr = server.login("hr@acme.test").await;
    let reply = decide_leave(&server, &acme_hr, &globex_id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.body);
    assert!(!ids(&server.get(&acme_hr, "/api/v1/leave-requests").await).contains(&globex_id));

    let reply = decide_leave(&server, &globex_hr, &globex_id, json!({ "decision": "approve" })).await;
    assert_eq!(step_statuses(&reply), ["approved", "pending"]);
    let reply = decide_leave(&server, &globex_hr, &globex_id, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["status"], "approved");
    assert_eq!(kinds(&notices(&server, &homer, &globex_id).await), ["leave.step_approved", "leave.approved"]);
    let status: String =
        server.db().query_row("SELECT status FROM leave_requests WHERE id = ?1", [&acme_id], |r| r.get(0)).unwrap();
    assert_eq!(status, "pending", "Acme's request is untouched");
}

#[tokio::test]
async fn a_retried_decision_is_replayed_without_acting_twice() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let id = request_week(&server, &employee, 2).await;
    let manager = server.login("manager@acme.test").await;
    let path = format!("/api/v1/leave-requests/{id}/act");
    let first = server.post_idempotent(&manager, &path, "act-1", json!({ "decision": "approve" })).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    let retry = server.post_idempotent(&manager, &path, "act-1", json!({ "decision": "approve" })).await;
    assert_eq!(retry.status, StatusCode::OK, "{}", retry.body);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    assert_eq!(retry.body, first.body);
    assert_eq!(kinds(&notices(&server, &employee, &id).await), ["leave.step_approved"]);
    assert_eq!(kinds(&notices(&server, &server.login("hr@acme.test").await, &id).await), ["leave.submitted"]);
}
