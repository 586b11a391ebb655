//! Problems with assets over HTTP: an employee reports one with what they hold, HR lists the open ones
//! (newest first, with the asset and the reporter) and resolves one with a note, audited, the reporter
//! told; resolving it twice is refused in words, and only HR, of the problem's own company, may do either.

use crate::common;

use common::TestServer;
use reqwest::StatusCode;
use serde_json::json;

const PROBLEMS: &str = "/api/v1/asset-problems";

fn laptop_of(server: &TestServer, email: &str) -> i64 {
    let sql = "SELECT a.id FROM assets a JOIN employees e ON e.id = a.holder_id WHERE e.email = ?1 ORDER BY a.id";
    server.db().query_row(sql, [email], |r| r.get(0)).expect("an asset they hold")
}

fn resolution(server: &TestServer, id: &str) -> (String, Option<String>) {
    let sql = "SELECT status, resolution_note FROM asset_problems WHERE id = ?1";
    server.db().query_row(sql, [id.parse::<i64>().unwrap()], |r| Ok((r.get(0)?, r.get(1)?))).unwrap()
}

#[tokio::test]
async fn hr_lists_the_open_problems_and_resolves_one_once() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let employee = server.login("employee@acme.test").await;
    let laptop = laptop_of(&server, "employee@acme.test");

    let reported = server
        .post(&employee, &format!("/api/v1/me/assets/{laptop}/problems"), json!({ "description": "Sticky space bar" }))
        .await;
    assert_eq!(reported.status, StatusCode::CREATED, "{}", reported.body);
    let a = &reported.body["data"]["attributes"];
    assert_eq!((&a["status"], &a["employee_name"]), (&json!("open"), &json!("Emma Fischer")), "{a}");
    let id = reported.body["data"]["id"].as_str().unwrap().to_owned();

    let open = server.get(&hr, &format!("{PROBLEMS}?filter[status]=open")).await;
    assert_eq!(open.status, StatusCode::OK, "{}", open.body);
    assert_eq!(open.body["meta"]["total"], 2, "the demo's and Emma's new one: {}", open.body);
    let newest = &open.body["data"][0];
    assert_eq!(newest["id"], json!(id), "newest first");
    let n = &newest["attributes"];
    assert_eq!(
        (&n["asset_tag"], &n["asset_name"], &n["employee_name"], &n["description"]),
        (&json!("ACME-LT-001"), &json!("MacBook Pro 14\""), &json!("Emma Fischer"), &json!("Sticky space bar")),
        "{n}"
    );
    let paged = server.get(&hr, &format!("{PROBLEMS}?page[size]=1&page[number]=2")).await;
    assert_eq!(paged.body["data"].as_array().unwrap().len(), 1, "{}", paged.body);
    assert_eq!(paged.body["meta"]["total"], 2);

    let resolved =
        server.post(&hr, &format!("{PROBLEMS}/{id}/resolve"), json!({ "note": "New keyboard fitted" })).await;
    assert_eq!(resolved.status, StatusCode::OK, "{}", resolved.body);
    let r = &resolved.body["data"]["attributes"];
    assert_eq!(
        (&r["status"], &r["resolved_by_name"], &r["resolution_note"]),
        (&json!("resolved"), &json!("Hanna Richter"), &json!("New keyboard fitted")),
        "{r}"
    );
    assert!(r["resolved_at"].is_string(), "{r}");

    let still_open = server.get(&hr, &format!("{PROBLEMS}?filter[status]=open")).await;
    assert_eq!(still_open.body["meta"]["total"], 1, "{}", still_open.body);
    let done = server.get(&hr, &format!("{PROBLEMS}?filter[status]=resolved")).await;
    assert_eq!(done.body["data"][0]["id"], json!(id), "{}", done.body);

    let events = server.get(&hr, "/api/v1/audit-events?filter[action]=asset_problem.resolve").await;
    let event = &events.body["data"][0]["attributes"];
    assert_eq!(event["entity_id"], json!(id), "{}", events.body);
    assert_eq!(
        (&event["details"]["before"]["status"], &event["details"]["after"]["status"]),
        (&json!("open"), &json!("resolved"))
    );
    let told: i64 = server
        .db()
        .query_row(
            "SELECT COUNT(*) FROM notifications n JOIN employees e ON e.id = n.employee_id
             WHERE e.email = 'employee@acme.test' AND n.kind = 'asset_problem.resolved'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(told, 1, "the reporter is told");

    let twice = server.post(&hr, &format!("{PROBLEMS}/{id}/resolve"), json!({ "note": "Again" })).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", twice.body);
    assert!(
        twice.error("status").starts_with("This problem was already resolved by Hanna Richter on "),
        "{}",
        twice.body
    );
    assert_eq!(resolution(&server, &id), ("resolved".to_owned(), Some("New keyboard fitted".to_owned())));
}

#[tokio::test]
async fn bad_input_is_422_and_changes_nothing() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let open = server.get(&hr, &format!("{PROBLEMS}?filter[status]=open")).await;
    let id = open.body["data"][0]["id"].as_str().unwrap().to_owned();

    let bad_filter = server.get(&hr, &format!("{PROBLEMS}?filter[status]=closed")).await;
    assert_eq!(bad_filter.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad_filter.body);
    let long = server.post(&hr, &format!("{PROBLEMS}/{id}/resolve"), json!({ "note": "x".repeat(1001) })).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", long.body);
    assert!(long.error("note").contains("1000"), "{}", long.body);
    let not_text = server.post(&hr, &format!("{PROBLEMS}/{id}/resolve"), json!({ "note": 42 })).await;
    assert_eq!(not_text.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", not_text.body);
    assert_eq!(resolution(&server, &id), ("open".to_owned(), None), "nothing changed");
    let missing = server.post(&hr, &format!("{PROBLEMS}/999999/resolve"), json!({})).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND, "{}", missing.body);
}

#[tokio::test]
async fn only_hr_of_the_same_company_sees_and_resolves_problems() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let open = server.get(&hr, PROBLEMS).await;
    let id = open.body["data"][0]["id"].as_str().unwrap().to_owned();

    for email in ["employee@acme.test", "manager@acme.test"] {
        let token = server.login(email).await;
        assert_eq!(server.get(&token, PROBLEMS).await.status, StatusCode::FORBIDDEN, "{email} lists");
        let resolved = server.post(&token, &format!("{PROBLEMS}/{id}/resolve"), json!({})).await;
        assert_eq!(resolved.status, StatusCode::FORBIDDEN, "{email} resolves");
    }

    let globex = server.login("hr@globex.test").await;
    let theirs = server.get(&globex, PROBLEMS).await;
    assert_eq!(theirs.status, StatusCode::OK, "{}", theirs.body);
    assert_eq!(theirs.body["meta"]["total"], 0, "none of Acme's: {}", theirs.body);
    let reached = server.post(&globex, &format!("{PROBLEMS}/{id}/resolve"), json!({ "note": "Mine now" })).await;
    assert_eq!(reached.status, StatusCode::NOT_FOUND, "{}", reached.body);
    assert_eq!(resolution(&server, &id), ("open".to_owned(), None));
}
