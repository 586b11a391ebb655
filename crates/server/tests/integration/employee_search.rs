//! `filter[search]` of the employee directory as people type it: every word must be found in the name
//! (in any order), email, employee number, job title or department.

use crate::common;

use common::TestServer;
use reqwest::StatusCode;
use serde_json::Value;

/// The emails of everyone a search finds (all pages' worth: Acme has fewer than a hundred people).
async fn found(server: &TestServer, token: &str, text: &str) -> Vec<String> {
    let path = format!("/api/v1/employees?page[size]=100&filter[search]={}", text.replace(' ', "%20"));
    let reply = server.get(token, &path).await;
    assert_eq!(reply.status, StatusCode::OK, "{text}: {}", reply.body);
    let data = reply.body["data"].as_array().expect("data");
    assert_eq!(reply.body["meta"]["total"], data.len(), "{text}: the total counts what the search found");
    let mut emails: Vec<String> =
        data.iter().map(|e| e["attributes"]["email"].as_str().expect("email").to_owned()).collect::<Vec<_>>();
    emails.sort();
    emails
}

/// The emails of Acme's people a condition picks, straight from the database.
fn acme(server: &TestServer, condition: &str) -> Vec<String> {
    let sql = format!(
        "SELECT e.email FROM employees e LEFT JOIN departments d ON d.id = e.department_id
         WHERE e.company_id = (SELECT company_id FROM employees WHERE email = 'hr@acme.test') AND {condition}
         ORDER BY e.email"
    );
    server.db().rows(&sql, (), |r| r.get::<_, String>(0)).expect("rows")
}

#[tokio::test]
async fn a_name_is_found_whichever_order_its_words_are_typed_in() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    for text in ["Fischer Emma", "emma fischer", "  Fischer   emma ", "fisch em"] {
        assert_eq!(found(&server, &token, text).await, ["employee@acme.test"], "{text}");
    }
    assert!(found(&server, &token, "Fischer Max").await.is_empty(), "every word must match");
}

#[tokio::test]
async fn a_department_or_job_title_finds_the_people_in_it() {
    let server = TestServer::start().await;
    let token = server.login("manager@acme.test").await;
    let engineering = acme(&server, "d.name = 'Engineering'");
    assert!(engineering.len() > 10 && engineering.contains(&"employee@acme.test".to_owned()));
    assert_eq!(found(&server, &token, "engineering").await, engineering);

    let account_executives = acme(&server, "e.job_title = 'Account Executive'");
    assert!(!account_executives.is_empty());
    assert_eq!(found(&server, &token, "Account Executive").await, account_executives);
    assert_eq!(found(&server, &token, "executive account").await, account_executives);

    assert_eq!(found(&server, &token, "emma engineering").await, ["employee@acme.test"]);
    assert!(found(&server, &token, "emma sales").await.is_empty(), "Emma is in Engineering, not Sales");
}

#[tokio::test]
async fn a_blank_search_lists_everyone_and_wildcards_in_a_word_are_literal() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let everyone = acme(&server, "1 = 1");
    assert_eq!(found(&server, &token, "%20%20").await, everyone);
    assert!(found(&server, &token, "emma %25").await.is_empty());
    let reply: Value =
        server.get(&token, "/api/v1/employees?filter[search]=Fischer%20Emma&filter[status]=inactive").await.body;
    assert_eq!(reply["meta"]["total"], 0, "the status filter still applies: {reply}");
}
