//! The audit trail HR browses and exports: back-office changes appear with who made them and what they
//! changed, the filters narrow it, only HR of the same company reads it, and the CSV is RFC 4180.

use crate::common;
use crate::directory_support::okta_id;

use chrono::{Duration, Utc};
use common::{Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const TRAIL: &str = "/api/v1/audit-events";

/// HR suspends the employee through the Users API with the app's own sign-in, as the admin area does.
async fn suspend_employee(server: &TestServer, hr: &str) {
    let path = format!("/api/v1/users/{}/lifecycle/suspend", okta_id(server, "employee@acme.test"));
    let reply = server.request(Method::POST, &path, Some(hr), None, &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
}

fn actions(reply: &Reply) -> Vec<&str> {
    let events = reply.body["data"].as_array().unwrap_or_else(|| panic!("a page of events: {}", reply.body));
    events.iter().map(|event| event["attributes"]["action"].as_str().unwrap()).collect()
}

/// The export's status, content type and text.
async fn export(server: &TestServer, token: &str, query: &str) -> (StatusCode, String, String) {
    let response = server
        .client
        .get(format!("{}{TRAIL}/export{query}", server.url))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    let status = response.status();
    let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    (status, content_type, response.text().await.expect("body"))
}

#[tokio::test]
async fn a_suspension_is_in_the_trail_with_who_made_it_and_the_status_before_and_after() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    suspend_employee(&server, &hr).await;

    let reply = server.get(&hr, &format!("{TRAIL}?filter[action]=user.")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    let event = &reply.body["data"][0];
    assert_eq!(event["type"], "audit-events");
    let a = &event["attributes"];
    let employee = server.employee_id("employee@acme.test").to_string();
    assert_eq!(
        (&a["action"], &a["entity"], &a["entity_id"], &a["actor_kind"], &a["actor_name"]),
        (&json!("user.suspend"), &json!("user"), &json!(employee), &json!("person"), &json!("Hanna Richter"))
    );
    assert_eq!(a["actor_id"], server.employee_id("hr@acme.test"));
    assert_eq!(a["details"]["status"], json!({ "before": "ACTIVE", "after": "SUSPENDED" }));
    assert_eq!(a["details"]["login"], "employee@acme.test");
    assert!(a["created_at"].as_str().is_some_and(|at| at.starts_with(&Utc::now().format("%Y-%m-%d").to_string())));
    assert_eq!(reply.body["meta"]["current_page"], 1);
    assert!(reply.body["links"]["first"].as_str().is_some_and(|link| link.contains("filter%5Baction%5D=user.")));
}

#[tokio::test]
async fn the_filters_narrow_the_trail_and_pages_go_newest_first() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    suspend_employee(&server, &hr).await;
    let path = format!("/api/v1/users/{}/lifecycle/unsuspend", okta_id(&server, "employee@acme.test"));
    assert_eq!(server.request(Method::POST, &path, Some(&hr), None, &[]).await.status, StatusCode::OK);

    let employee = server.employee_id("employee@acme.test");
    let hr_id = server.employee_id("hr@acme.test");
    let today = Utc::now().date_naive();
    let (yesterday, tomorrow) = (today - Duration::days(1), today + Duration::days(1));
    let cases: [(String, Vec<&str>); 7] = [
        ("filter[action]=user.".into(), vec!["user.unsuspend", "user.suspend"]),
        ("filter[action]=user.suspend".into(), vec!["user.suspend"]),
        // Without its dot a prefix is an action of its own, which nothing is.
        ("filter[action]=user".into(), vec![]),
        (format!("filter[entity]=user&filter[entity_id]={employee}"), vec!["user.unsuspend", "user.suspend"]),
        (format!("filter[actor_id]={hr_id}&filter[action]=user."), vec!["user.unsuspend", "user.suspend"]),
        (
            format!("filter[action]=user.&filter[from]={yesterday}&filter[to]={tomorrow}"),
            vec!["user.unsuspend", "user.suspend"],
        ),
        (format!("filter[action]=user.&filter[from]={tomorrow}"), vec![]),
    ];
    for (query, expected) in cases {
        let reply = server.get(&hr, &format!("{TRAIL}?{query}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{query}: {}", reply.body);
        assert_eq!(actions(&reply), expected, "{query}");
    }

    let first = server.get(&hr, &format!("{TRAIL}?filter[action]=user.&page[size]=1")).await;
    assert_eq!(actions(&first), ["user.unsuspend"]);
    assert_eq!((first.body["meta"]["total"].clone(), first.body["meta"]["last_page"].clone()), (json!(2), json!(2)));
    let next = first.body["links"]["next"].as_str().expect("a next page");
    let second = server.get(&hr, next.strip_prefix(&server.url).expect("a link to this server")).await;
    assert_eq!(actions(&second), ["user.suspend"]);
}

#[tokio::test]
async fn bad_filters_are_refused_with_laravel_messages() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let cases = [
        ("filter[from]=yesterday", "filter.from", "The filter.from field must be a valid date."),
        (
            "filter[from]=2026-05-02&filter[to]=2026-05-01",
            "filter.to",
            "The filter.to field must be a date after or equal to filter.from.",
        ),
        ("filter[actor_id]=hanna", "filter.actor_id", "The filter.actor id field must be an integer."),
        ("page[size]=101", "page.size", "The page.size field must not be greater than 100."),
    ];
    for (query, field, message) in cases {
        for path in [TRAIL.to_owned(), format!("{TRAIL}/export")] {
            let response =
                server.client.get(format!("{}{path}?{query}", server.url)).bearer_auth(&hr).send().await.unwrap();
            if path.ends_with("export") && field == "page.size" {
                continue;
            }
            assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{path}?{query}");
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["errors"][field][0], message, "{path}?{query}: {body}");
            assert_eq!(body["message"], message);
        }
    }
    let long = "x".repeat(101);
    let reply = server.get(&hr, &format!("{TRAIL}?filter[action]={long}")).await;
    assert_eq!(reply.error("filter.action"), "The filter.action field must not be greater than 100 characters.");
}

#[tokio::test]
async fn only_hr_reads_the_trail_and_only_their_own_company_s() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    suspend_employee(&server, &hr).await;
    for email in ["employee@acme.test", "manager@acme.test"] {
        // The suspended employee is signed out; their colleague in the same role stands in.
        let email = if email == "employee@acme.test" { "field@acme.test" } else { email };
        let token = server.login(email).await;
        assert_eq!(server.get(&token, TRAIL).await.status, StatusCode::FORBIDDEN, "{email}");
        assert_eq!(export(&server, &token, "").await.0, StatusCode::FORBIDDEN, "{email}");
    }

    let globex = server.login("hr@globex.test").await;
    let reply = server.get(&globex, &format!("{TRAIL}?filter[action]=user.")).await;
    assert_eq!((reply.status, reply.body["meta"]["total"].clone()), (StatusCode::OK, json!(0)));
    let (status, _, csv) = export(&server, &globex, "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!csv.contains("user.suspend"), "{csv}");
}

#[tokio::test]
async fn nothing_changes_or_removes_an_event() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    suspend_employee(&server, &hr).await;
    let id = server.get(&hr, TRAIL).await.body["data"][0]["id"].as_str().unwrap().to_owned();
    for method in [Method::PUT, Method::PATCH, Method::DELETE, Method::POST] {
        for path in [TRAIL.to_owned(), format!("{TRAIL}/{id}")] {
            let reply = server.request(method.clone(), &path, Some(&hr), Some(&json!({})), &[]).await;
            assert!(
                [StatusCode::METHOD_NOT_ALLOWED, StatusCode::NOT_FOUND].contains(&reply.status),
                "{method} {path}: {}",
                reply.status
            );
        }
    }
    assert_eq!(server.get(&hr, TRAIL).await.body["data"][0]["id"], id);
}

#[tokio::test]
async fn the_export_is_csv_with_a_header_and_quoted_fields() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let origin =
        json!({ "name": "Partner, \"beta\"", "origin": "https://partner.example", "scopes": [{ "type": "CORS" }] });
    let reply = server.request(Method::POST, "/api/v1/trustedOrigins", Some(&hr), Some(&origin), &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let origin_id = reply.body["id"].as_str().unwrap().to_owned();

    let (status, content_type, csv) = export(&server, &hr, "?filter[action]=trusted_origin.").await;
    assert_eq!(status, StatusCode::OK, "{csv}");
    assert_eq!(content_type, "text/csv; charset=utf-8");
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "time,actor,action,entity,entity id,details");
    assert_eq!(lines.len(), 3, "a header, one event and the final line end: {csv:?}");
    let row = lines[1];
    assert!(row.contains(&format!(",Hanna Richter,trusted_origin.create,trusted_origin,{origin_id},\"{{")), "{row}");
    assert!(row.contains(r#"""name"":{""after"":""Partner, \""beta\"""""#), "{row}");
}
