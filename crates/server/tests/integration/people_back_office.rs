//! The people back office over HTTP: hiring in one step, effective-dated transfers and their history,
//! offboarding and its end of access, departments and branches, and the self-service a person keeps.

use crate::common::{HQ_LAT, HQ_LON, Reply, TestServer};
use chrono::{Duration, NaiveDate, Utc};
use okta_hr_server::people_schedule::{apply_due_changes, end_access_due};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;
/// Acme Demo's company id; its time zone is UTC, so its today is UTC's.
const ACME: &str = "(SELECT company_id FROM employees WHERE email = 'hr@acme.test')";

fn id_of(server: &TestServer, sql: &str) -> i64 {
    server.db().query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn department(server: &TestServer, name: &str) -> i64 {
    id_of(server, &format!("SELECT id FROM departments WHERE name = '{name}' AND company_id = {ACME}"))
}

fn branch(server: &TestServer, name: &str) -> i64 {
    id_of(server, &format!("SELECT id FROM branches WHERE name = '{name}' AND company_id = {ACME}"))
}

fn count(server: &TestServer, sql: &str) -> i64 {
    server.db().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn today() -> NaiveDate {
    // Acme's time zone is UTC.
    Utc::now().date_naive()
}

fn hire_body(server: &TestServer, email: &str) -> Value {
    json!({
        "first_name": "Nora", "last_name": "Klein", "email": email, "job_title": "QA Engineer",
        "department_id": department(server, "Engineering"), "branch_id": branch(server, "HQ"),
        "manager_id": server.employee_id("manager@acme.test"),
        "start_date": today().to_string(), "employment_type": "part_time", "working_days": [1, 2, 3],
    })
}

async fn audit_events(server: &TestServer, hr: &str, action: &str) -> Vec<Value> {
    let reply = server.get(hr, &format!("/api/v1/audit-events?filter[action]={action}")).await;
    reply.body["data"].as_array().unwrap_or_else(|| panic!("{}", reply.body)).clone()
}

async fn patch(server: &TestServer, token: &str, path: &str, body: Value) -> Reply {
    server.request(Method::PATCH, path, Some(token), Some(&body), &[]).await
}

#[tokio::test]
async fn hr_hires_someone_who_sets_a_password_signs_in_and_checks_in_at_hq() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let body = hire_body(&server, "nora.klein@acme.test");
    let reply = server.post_idempotent(&hr, "/api/v1/employees", "hire-nora", body.clone()).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["job_title"], "QA Engineer");
    let meta = &reply.body["meta"];
    assert_eq!((&meta["employment_type"], &meta["working_days"]), (&json!("part_time"), &json!([1, 2, 3])));
    assert_eq!(meta["user_status"], "PROVISIONED");
    let token = meta["activation"]["activation_token"].as_str().expect("a link to hand over").to_owned();
    assert!(meta["activation"]["activation_url"].as_str().unwrap().ends_with(&token));

    let replay = server.post_idempotent(&hr, "/api/v1/employees", "hire-nora", body).await;
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    assert_eq!(replay.body["meta"]["activation"], Value::Null, "the link is never stored to replay");
    assert!(!server.everything_stored().windows(token.len()).any(|w| w == token.as_bytes()), "nor anywhere");
    assert_eq!(count(&server, "SELECT COUNT(*) FROM employees WHERE email = 'nora.klein@acme.test'"), 1);

    // Not signed in until the password is set.
    assert_ne!(server.try_login("nora.klein@acme.test", "a long new password").await.status, StatusCode::CREATED);
    let set = json!({ "token": token, "password": "a long new password" });
    let reply = server.request(Method::POST, "/api/v1/auth/set-password", None, Some(&set), &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let login = server.try_login("nora.klein@acme.test", "a long new password").await;
    assert_eq!(login.status, StatusCode::CREATED, "{}", login.body);
    let nora = login.body["data"]["attributes"]["token"].as_str().unwrap().to_owned();
    let check_in =
        server.post(&nora, "/api/v1/me/attendance/check-in", json!({ "latitude": HQ_LAT, "longitude": HQ_LON })).await;
    assert_eq!(check_in.status, StatusCode::CREATED, "{}", check_in.body);
    let calendar = server.get(&nora, "/api/v1/me/calendar").await;
    assert_eq!(calendar.body["data"]["attributes"]["working_week"], json!([1, 2, 3]), "{}", calendar.body);

    // The trail says a link was issued, never which.
    let events = audit_events(&server, &hr, "employee.hire").await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["attributes"]["details"]["activation_link_issued"], true);
    assert!(!events[0].to_string().contains(&token));
}

#[tokio::test]
async fn a_hire_with_bad_input_is_refused_with_every_problem_and_nothing_is_created() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let people = count(&server, "SELECT COUNT(*) FROM employees");
    let mut body = hire_body(&server, "employee@acme.test");
    body["employment_type"] = json!("freelance");
    body["working_days"] = json!([8]);
    body["start_date"] = json!("someday");
    let reply = server.post(&hr, "/api/v1/employees", body).await;
    assert_eq!(reply.status, UNPROCESSABLE, "{}", reply.body);
    for field in ["employment_type", "working_days.0", "start_date"] {
        assert!(reply.body["errors"][field].is_array(), "{field}: {}", reply.body);
    }
    let taken = server.post(&hr, "/api/v1/employees", hire_body(&server, "employee@acme.test")).await;
    assert_eq!(taken.error("email"), "The email has already been taken.");
    let mut elsewhere = hire_body(&server, "x@acme.test");
    elsewhere["branch_id"] =
        json!(id_of(&server, &format!("SELECT id FROM branches WHERE company_id <> {ACME} LIMIT 1")));
    let reply = server.post(&hr, "/api/v1/employees", elsewhere).await;
    assert_eq!(reply.error("branch_id"), "The selected branch id is invalid.");
    assert_eq!(count(&server, "SELECT COUNT(*) FROM employees"), people);

    let employee = server.login("employee@acme.test").await;
    let reply = server.post(&employee, "/api/v1/employees", hire_body(&server, "y@acme.test")).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_future_transfer_applies_when_the_job_runs_on_its_day_and_only_then() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let emma = server.employee_id("employee@acme.test");
    let sales = department(&server, "Sales");
    let day = today() + Duration::days(10);
    let body = json!({ "department_id": sales, "job_title": "Sales Engineer", "effective_date": day.to_string(),
        "reason": "Moves to pre-sales" });
    let reply = patch(&server, &hr, &format!("/api/v1/employees/{emma}"), body).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body["data"].as_array().unwrap().iter().all(|c| c["attributes"]["status"] == "scheduled"));
    let department_of = || count(&server, &format!("SELECT department_id FROM employees WHERE id = {emma}"));
    assert_ne!(department_of(), sales);

    let db = server.db().db();
    apply_due_changes(&db, Utc::now()).await.unwrap();
    apply_due_changes(&db, Utc::now() + Duration::days(9)).await.unwrap();
    assert_ne!(department_of(), sales, "not before its day");
    let applied = apply_due_changes(&db, Utc::now() + Duration::days(10)).await.unwrap();
    assert!(applied >= 2, "{applied}");
    assert_eq!(department_of(), sales);
    assert_eq!(apply_due_changes(&db, Utc::now() + Duration::days(10)).await.unwrap(), 0, "applied once");

    // Her manager reads the history too; a colleague does not.
    let manager = server.login("manager@acme.test").await;
    let history = server.get(&manager, &format!("/api/v1/employees/{emma}/history")).await;
    assert_eq!(history.status, StatusCode::OK, "{}", history.body);
    let lines = history.body["data"].as_array().unwrap();
    let title = lines.iter().find(|l| l["attributes"]["field"] == "job_title").expect("the title change");
    assert_eq!(title["attributes"]["after"], "Sales Engineer");
    assert_eq!(title["attributes"]["before"], "Software Engineer");
    assert_eq!(title["attributes"]["reason"], "Moves to pre-sales");
    assert_eq!(title["attributes"]["status"], "applied");
    let field = server.login("field@acme.test").await;
    assert_eq!(server.get(&field, &format!("/api/v1/employees/{emma}/history")).await.status, StatusCode::FORBIDDEN);
    let events = audit_events(&server, &hr, "employee.change_applied").await;
    assert!(events.iter().any(|e| e["attributes"]["actor_kind"] == "server"), "{events:?}");
}

#[tokio::test]
async fn a_change_effective_today_applies_at_once_and_a_manager_loop_is_refused() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let emma = server.employee_id("employee@acme.test");
    let max = server.employee_id("manager@acme.test");
    let reply =
        patch(&server, &hr, &format!("/api/v1/employees/{emma}"), json!({ "job_title": "Staff Engineer" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"][0]["attributes"]["status"], "applied");
    let shown = server.get(&hr, &format!("/api/v1/employees/{emma}")).await;
    assert_eq!(shown.body["data"]["attributes"]["job_title"], "Staff Engineer");

    let loop_ = patch(&server, &hr, &format!("/api/v1/employees/{max}"), json!({ "manager_id": emma })).await;
    assert_eq!(loop_.status, UNPROCESSABLE, "{}", loop_.body);
    let nothing = patch(&server, &hr, &format!("/api/v1/employees/{emma}"), json!({ "reason": "none" })).await;
    assert_eq!(nothing.status, UNPROCESSABLE);
    let employee = server.login("employee@acme.test").await;
    let refused = patch(&server, &employee, &format!("/api/v1/employees/{emma}"), json!({ "job_title": "CTO" })).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn offboarding_lists_what_is_open_and_the_job_ends_access_after_the_last_day() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let emma = server.employee_id("employee@acme.test");
    let emma_token = server.login("employee@acme.test").await;
    let path = format!("/api/v1/employees/{emma}/offboard");

    let past = server.post(&hr, &path, json!({ "last_working_day": "2001-01-01", "reason": "x" })).await;
    assert_eq!(past.status, UNPROCESSABLE);
    let last_day = today() + Duration::days(3);
    let reply =
        server.post(&hr, &path, json!({ "last_working_day": last_day.to_string(), "reason": "Resigned" })).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let open = &reply.body["data"]["attributes"]["open_items"];
    assert_eq!(open["assets"][0]["asset_tag"], "ACME-LT-001", "{open}");
    assert!(open["leave_balances"].as_array().unwrap().iter().any(|b| b["leave_type"] == "annual"));
    let again =
        server.post(&hr, &path, json!({ "last_working_day": last_day.to_string(), "reason": "Resigned" })).await;
    assert_eq!(again.status, UNPROCESSABLE, "one offboarding at a time");
    let checklist = server.get(&hr, &format!("/api/v1/employees/{emma}/offboarding")).await;
    assert_eq!(checklist.body["data"]["attributes"]["status"], "scheduled");

    let db = server.db().db();
    end_access_due(&db, Utc::now() + Duration::days(3)).await.unwrap();
    assert_eq!(server.get(&emma_token, "/api/v1/me").await.status, StatusCode::OK, "still working on the last day");
    assert!(end_access_due(&db, Utc::now() + Duration::days(5)).await.unwrap() >= 1);
    assert_eq!(server.get(&emma_token, "/api/v1/me").await.status, StatusCode::UNAUTHORIZED, "sessions revoked");
    let login = server.try_login("employee@acme.test", crate::common::PASSWORD).await;
    assert_ne!(login.status, StatusCode::CREATED, "sign-in refused");
    let done = server.get(&hr, &format!("/api/v1/employees/{emma}/offboarding")).await;
    assert_eq!(done.body["data"]["attributes"]["status"], "completed");
    assert_eq!(server.request(Method::DELETE, &path, Some(&hr), None, &[]).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_offboarding_cancelled_before_the_day_leaves_access_alone() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let felix = server.employee_id("field@acme.test");
    let path = format!("/api/v1/employees/{felix}/offboard");
    let reply =
        server.post(&hr, &path, json!({ "last_working_day": today().to_string(), "reason": "Contract ends" })).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let manager = server.login("manager@acme.test").await;
    assert_eq!(server.request(Method::DELETE, &path, Some(&manager), None, &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(server.request(Method::DELETE, &path, Some(&hr), None, &[]).await.status, StatusCode::NO_CONTENT);
    end_access_due(&server.db().db(), Utc::now() + Duration::days(2)).await.unwrap();
    server.login("field@acme.test").await;
}

#[tokio::test]
async fn hr_creates_renames_and_retires_departments_and_branches() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let created = server.post(&hr, "/api/v1/departments", json!({ "name": "Support" })).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let id = created.body["data"]["id"].as_str().unwrap().to_owned();
    let taken = server.post(&hr, "/api/v1/departments", json!({ "name": "Sales" })).await;
    assert_eq!(taken.error("name"), "The name has already been taken.");

    let renamed = patch(&server, &hr, &format!("/api/v1/departments/{id}"), json!({ "name": "Customer Care" })).await;
    assert_eq!(renamed.body["data"]["attributes"]["name"], "Customer Care", "{}", renamed.body);
    let group =
        count(&server, &format!("SELECT COUNT(*) FROM groups WHERE department_id = {id} AND name = 'Customer Care'"));
    assert_eq!(group, 1, "the department's group follows its name");

    patch(&server, &hr, &format!("/api/v1/departments/{id}"), json!({ "retired": true })).await;
    let names = |reply: &Reply| -> Vec<String> {
        reply.body["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["attributes"]["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(!names(&server.get(&hr, "/api/v1/departments").await).contains(&"Customer Care".to_owned()));
    assert!(
        names(&server.get(&hr, "/api/v1/departments?filter[retired]=include").await)
            .contains(&"Customer Care".to_owned())
    );
    let mut hire = hire_body(&server, "z@acme.test");
    hire["department_id"] = json!(id.parse::<i64>().unwrap());
    assert_eq!(
        server.post(&hr, "/api/v1/employees", hire).await.error("department_id"),
        "The selected department id is invalid."
    );

    let branches = count(&server, "SELECT COUNT(*) FROM branches");
    let bad = server
        .post(
            &hr,
            "/api/v1/branches",
            json!({ "name": "Hamburg", "latitude": 95, "longitude": 10, "geofence_radius": 100 }),
        )
        .await;
    assert_eq!(bad.status, UNPROCESSABLE, "{}", bad.body);
    let half = server.post(&hr, "/api/v1/branches", json!({ "name": "Hamburg", "latitude": 53.55 })).await;
    assert_eq!(half.status, UNPROCESSABLE, "{}", half.body);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM branches"), branches);
    let fenced = json!({ "name": "Hamburg", "address": "Jungfernstieg 1", "latitude": 53.55, "longitude": 9.99, "geofence_radius": 150 });
    let created = server.post(&hr, "/api/v1/branches", fenced).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let id = created.body["data"]["id"].as_str().unwrap().to_owned();
    let moved =
        patch(&server, &hr, &format!("/api/v1/branches/{id}"), json!({ "geofence_radius": 200, "retired": true }))
            .await;
    assert_eq!(moved.body["data"]["attributes"]["geofence_radius"], 200.0, "{}", moved.body);
    assert_eq!(moved.body["data"]["attributes"]["retired"], true);
    assert!(!server.get(&hr, "/api/v1/branches").await.body.to_string().contains("Hamburg"));
    assert_eq!(audit_events(&server, &hr, "branch.").await.len(), 2);

    let employee = server.login("employee@acme.test").await;
    assert_eq!(
        server.post(&employee, "/api/v1/departments", json!({ "name": "X" })).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        patch(&server, &employee, &format!("/api/v1/branches/{id}"), json!({ "name": "X" })).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn people_keep_their_contacts_and_new_bank_details_wait_for_hr_and_are_audited_masked() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let reply = patch(
        &server,
        &employee,
        "/api/v1/me",
        json!({ "phone": "+49 30 1234", "personal_email": "emma@example.org" }),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["personal_email"], "emma@example.org");
    let bad = patch(&server, &employee, "/api/v1/me", json!({ "personal_email": "nope" })).await;
    assert_eq!(bad.status, UNPROCESSABLE);

    let seeded = server.get(&employee, "/api/v1/me/emergency-contacts").await;
    assert_eq!(seeded.body["data"].as_array().unwrap().len(), 2, "the demo's");
    let contacts = json!([{ "name": "Jonas", "relationship": "Partner", "phone": "+49 151 1" }]);
    let put = server.request(Method::PUT, "/api/v1/me/emergency-contacts", Some(&employee), Some(&contacts), &[]).await;
    assert_eq!(put.body["data"], contacts, "{}", put.body);
    let missing = json!([{ "name": "Jonas" }]);
    let put = server.request(Method::PUT, "/api/v1/me/emergency-contacts", Some(&employee), Some(&missing), &[]).await;
    assert_eq!(put.error("0.phone"), "The phone field is required.");

    let wrong = server
        .post(
            &employee,
            "/api/v1/me/bank-details",
            json!({ "account_holder": "Emma Fischer", "iban": "DE89 3704 0044 0532 0130 01" }),
        )
        .await;
    assert_eq!(wrong.error("iban"), "The iban field must be a valid IBAN.");
    let iban = "DE44 5001 0517 5407 3249 31";
    let asked = server
        .post(&employee, "/api/v1/me/bank-details", json!({ "account_holder": "Emma Fischer", "iban": iban }))
        .await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.body);
    assert_eq!(asked.body["data"]["attributes"]["iban_masked"], "•••• 4931");
    let id = asked.body["data"]["id"].as_str().unwrap().to_owned();
    let mine = server.get(&employee, "/api/v1/me/bank-details").await;
    let paid_into = mine.body["data"]["current"]["iban_masked"].clone();
    assert!(paid_into.is_string() && paid_into != "•••• 4931", "nothing is used before HR approves: {paid_into}");

    let act = format!("/api/v1/bank-detail-requests/{id}/act");
    assert_eq!(server.post(&employee, &act, json!({ "decision": "approve" })).await.status, StatusCode::FORBIDDEN);
    let hr = server.login("hr@acme.test").await;
    let list = server.get(&hr, "/api/v1/bank-detail-requests?filter[status]=pending").await;
    assert!(!list.body.to_string().contains("5407"), "listings are masked");
    assert_eq!(
        server.post(&hr, &act, json!({ "decision": "reject" })).await.error("reason"),
        "The reason field is required when decision is reject."
    );
    let approved = server.post(&hr, &act, json!({ "decision": "approve" })).await;
    assert_eq!(approved.body["data"]["attributes"]["status"], "approved", "{}", approved.body);
    let again = server.post(&hr, &act, json!({ "decision": "approve" })).await;
    assert_eq!(again.status, UNPROCESSABLE);
    let mine = server.get(&employee, "/api/v1/me/bank-details").await;
    assert_eq!(mine.body["data"]["current"]["iban_masked"], "•••• 4931");

    let events = audit_events(&server, &hr, "bank_details.decide").await;
    assert_eq!(events.len(), 1);
    let trail = events[0].to_string();
    assert!(trail.contains("•••• 4931") && !trail.contains("5407"), "{trail}");
    let stored =
        count(&server, "SELECT COUNT(*) FROM bank_detail_requests WHERE iban IS NOT NULL AND status <> 'pending'");
    assert_eq!(stored, 0, "a decided request keeps no whole IBAN");
}
