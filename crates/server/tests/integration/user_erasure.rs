//! Deleting a user who has HR records: the records stay, the sign-in user is erased, and what they were in
//! charge of passes on; deleting someone who left and came back, or who has only a job history.

use crate::common::{PASSWORD, TestServer, assert_okta_error, request_week};
use chrono::{Duration, Utc};
use okta_hr_server::people_schedule::end_access_due;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn create_user(server: &TestServer, login: &str) -> Value {
    let body = json!({ "profile": { "firstName": "Nora", "lastName": "Quist", "email": login, "login": login } });
    let reply = server.acme_admin(Method::POST, "/api/v1/users?activate=false", Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.body
}

/// Deactivates and deletes the user `login`, as an administrator's script does.
async fn deactivate_and_delete(server: &TestServer, login: &str) -> String {
    let user = server.acme_admin(Method::GET, &format!("/api/v1/users/{login}"), None).await.body;
    let id = user["id"].as_str().unwrap_or_else(|| panic!("{login}: {user}")).to_owned();
    let deactivate = format!("/api/v1/users/{id}/lifecycle/deactivate");
    assert_eq!(server.acme_admin(Method::POST, &deactivate, None).await.status, StatusCode::OK);
    let deleted = server.acme_admin(Method::DELETE, &format!("/api/v1/users/{id}"), None).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT, "{}", deleted.body);
    id
}

#[tokio::test]
async fn deleting_someone_with_hr_records_keeps_the_records_and_frees_their_email() {
    let server = TestServer::start().await;
    let hr_id = server.employee_id("employee@acme.test");
    let user = server.acme_admin(Method::GET, "/api/v1/users/employee@acme.test", None).await.body;
    let id = user["id"].as_str().unwrap().to_owned();
    let device = server.login("employee@acme.test").await;
    let path = format!("/api/v1/users/{id}");
    let active = server.acme_admin(Method::DELETE, &path, None).await;
    assert_okta_error(&active, StatusCode::FORBIDDEN, "E0000038");
    let deactivate = format!("{path}/lifecycle/deactivate");
    assert_eq!(server.acme_admin(Method::POST, &deactivate, None).await.status, StatusCode::OK);

    let deleted = server.acme_admin(Method::DELETE, &path, None).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT, "{}", deleted.body);
    assert_okta_error(&server.acme_admin(Method::GET, &path, None).await, StatusCode::NOT_FOUND, "E0000007");
    let search = "/api/v1/users?search=status%20eq%20%22DEPROVISIONED%22";
    let listed = server.acme_admin(Method::GET, search, None).await.body.to_string();
    assert!(!listed.contains(&id), "not even among the deactivated: {listed}");
    assert_eq!(server.get(&device, "/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(server.try_login("employee@acme.test", PASSWORD).await.status, StatusCode::UNPROCESSABLE_ENTITY);

    // HR still reads the person's records under their name.
    let hr = server.login("hr@acme.test").await;
    let record = server.get(&hr, &format!("/api/v1/employees/{hr_id}")).await;
    assert_eq!(record.status, StatusCode::OK, "{}", record.body);
    assert_eq!(record.body["data"]["attributes"]["status"], "inactive");
    assert!(record.body.to_string().contains("Emma"), "{}", record.body);
    let kept: i64 = server
        .db()
        .query_row("SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1", [hr_id], |r| r.get(0))
        .unwrap();
    assert!(kept > 0, "attendance is kept");
    let (phone, password, contacts): (Option<String>, Option<String>, i64) = server
        .db()
        .query_row(
            "SELECT phone, password_hash, (SELECT COUNT(*) FROM emergency_contacts WHERE employee_id = e.id)
             FROM employees e WHERE id = ?1",
            [hr_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((phone, password, contacts), (None, None, 0), "personal fields and credentials are gone");

    // The email is free for someone new, who is a different person.
    let again = create_user(&server, "employee@acme.test").await;
    assert_ne!(again["id"], user["id"]);
}

#[tokio::test]
async fn erasing_a_manager_hands_their_approvals_to_hr_and_takes_them_out_of_the_directory() {
    let server = TestServer::start().await;
    let max = server.employee_id("manager@acme.test");
    let account = server.db().query_row("SELECT uuid FROM employees WHERE id = ?1", [max], |r| r.get::<_, String>(0));
    let account = account.unwrap();
    let emma = server.login("employee@acme.test").await;
    let waiting = request_week(&server, &emma, 7).await;
    server.db().execute("UPDATE departments SET head_id = ?1 WHERE name = 'Engineering'", [max]).unwrap();

    deactivate_and_delete(&server, "manager@acme.test").await;

    let hr = server.login("hr@acme.test").await;
    let awaiting = server.get(&hr, "/api/v1/leave-requests?filter[awaiting]=me").await.body.to_string();
    assert!(awaiting.contains(&format!("\"{waiting}\"")), "HR decides what Max no longer can: {awaiting}");
    let head: Option<i64> =
        server.db().query_row("SELECT head_id FROM departments WHERE name = 'Engineering'", [], |r| r.get(0)).unwrap();
    assert_eq!(head, None, "the department has no head until HR names one");
    let directory = server.acme_admin(Method::GET, &format!("/api/v1/account/{account}"), None).await;
    assert_okta_error(&directory, StatusCode::NOT_FOUND, "E0000007");
    let search = server.acme_admin(Method::GET, "/api/v1/account?limit=200", None).await.body.to_string();
    assert!(!search.contains(&account), "not an account any more");
}

#[tokio::test]
async fn someone_who_left_and_came_back_can_leave_again() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let felix = server.employee_id("field@acme.test");
    let offboard = format!("/api/v1/employees/{felix}/offboard");
    let last_day = (Utc::now() + Duration::days(1)).date_naive().to_string();
    let left = server.post(&hr, &offboard, json!({ "last_working_day": last_day, "reason": "Seasonal" })).await;
    assert_eq!(left.status, StatusCode::CREATED, "{}", left.body);
    assert!(end_access_due(&server.db().db(), Utc::now() + Duration::days(3)).await.unwrap() >= 1);

    let activate = "/api/v1/users/field@acme.test/lifecycle/activate?sendEmail=false";
    let back = server.acme_admin(Method::POST, activate, None).await;
    assert_eq!(back.status, StatusCode::OK, "{}", back.body);
    let again = server.post(&hr, &offboard, json!({ "last_working_day": last_day, "reason": "Seasonal" })).await;
    assert_eq!(again.status, StatusCode::CREATED, "the finished offboarding is history: {}", again.body);
}

#[tokio::test]
async fn someone_with_only_a_job_history_is_kept_as_a_record_rather_than_refused() {
    let server = TestServer::start().await;
    let nora = create_user(&server, "nora.quist@acme.test").await;
    let hr = server.login("hr@acme.test").await;
    let id = server.employee_id("nora.quist@acme.test");
    let change = json!({ "job_title": "Team Lead" });
    let changed =
        server.request(Method::PATCH, &format!("/api/v1/employees/{id}"), Some(&hr), Some(&change), &[]).await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    // An emergency contact, as the person would have given it in the app.
    let contact = "INSERT INTO emergency_contacts (company_id, employee_id, position, name, relationship, phone)
         SELECT company_id, id, 1, 'Ole Quist', 'Partner', '+49 30 1234567' FROM employees WHERE id = ?1";
    server.db().execute(contact, [id]).unwrap();

    deactivate_and_delete(&server, nora["id"].as_str().unwrap()).await;
    let history = server.get(&hr, &format!("/api/v1/employees/{id}/history")).await;
    assert_eq!(history.status, StatusCode::OK, "{}", history.body);
    assert!(history.body.to_string().contains("Team Lead"), "{}", history.body);
    let contacts: i64 = server
        .db()
        .query_row("SELECT COUNT(*) FROM emergency_contacts WHERE employee_id = ?1", [id], |r| r.get(0))
        .unwrap();
    assert_eq!(contacts, 0);
}
