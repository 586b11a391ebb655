//! What an approver sees next to a pending request: the requester's balance of that leave type, and who
//! else of the requester's team, among the people the approver looks after, is off on those days.

use crate::common;

use chrono::{Datelike, Duration, NaiveDate, Utc};
use common::TestServer;
use reqwest::StatusCode;
use serde_json::{Value, json};

/// The Monday `week` weeks after the first Monday of next year: clear of the demo's seeded request, and a
/// fortnight from it never crosses New Year.
fn monday(week: i64) -> NaiveDate {
    let jan_1 = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 1, 1).unwrap();
    let first = jan_1 + Duration::days((7 - i64::from(jan_1.weekday().num_days_from_monday())) % 7);
    first + Duration::weeks(week)
}

async fn request(server: &TestServer, email: &str, start: NaiveDate, end: NaiveDate) -> String {
    let token = server.login(email).await;
    let body = json!({ "leave_type_id": "annual", "start_date": start.to_string(), "end_date": end.to_string() });
    let reply = server.post(&token, "/api/v1/me/leaves", body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{email}: {}", reply.body);
    reply.body["data"]["id"].as_str().unwrap().to_owned()
}

async fn decide(server: &TestServer, approver: &str, id: &str, decision: &str) {
    let token = server.login(approver).await;
    let reply = server.post(&token, &format!("/api/v1/leave-requests/{id}/act"), json!({ "decision": decision })).await;
    assert_eq!(reply.status, StatusCode::OK, "{approver} {decision}: {}", reply.body);
}

/// The request's attributes as the approver's listing shows them.
async fn as_listed(server: &TestServer, approver: &str, id: &str) -> Value {
    let reply = server.get(&server.login(approver).await, "/api/v1/leave-requests?page[size]=100").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let found = reply.body["data"].as_array().unwrap().iter().find(|r| r["id"] == id);
    found.unwrap_or_else(|| panic!("{approver} does not list {id}"))["attributes"].clone()
}

/// Who is off, as (name, first day, status).
fn overlaps(attributes: &Value) -> Vec<(String, String, String)> {
    let text = |v: &Value| v.as_str().unwrap().to_owned();
    attributes["overlapping"]
        .as_array()
        .unwrap_or_else(|| panic!("no overlapping: {attributes}"))
        .iter()
        .map(|o| (text(&o["employee_name"]), text(&o["start_date"]), text(&o["status"])))
        .collect()
}

/// The reports of `manager` other than `except`, as (email, name), oldest first.
fn reports_of(server: &TestServer, manager: &str, except: &[&str]) -> Vec<(String, String)> {
    let reports: Vec<(String, String)> = server
        .db()
        .rows(
            "SELECT e.email, e.first_name || ' ' || e.last_name FROM employees e
             JOIN employees m ON m.id = e.manager_id WHERE m.email = ?1 ORDER BY e.id",
            [manager],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    reports.into_iter().filter(|(email, _)| !except.contains(&email.as_str())).collect()
}

#[tokio::test]
async fn an_approver_sees_the_balance_left_and_who_of_the_team_is_off_within_their_scope() {
    let server = TestServer::start().await;
    let day = |n: i64| monday(5) + Duration::days(n);
    let (mon, tue, wed, thu, fri) = (day(0), day(1), day(2), day(3), day(4));
    let emma = request(&server, "employee@acme.test", mon, fri).await;

    // Felix (Emma's team: the same manager) overlaps, and is approved by the time anyone looks.
    let felix = request(&server, "field@acme.test", thu, day(8)).await;
    decide(&server, "manager@acme.test", &felix, "approve").await;
    decide(&server, "hr@acme.test", &felix, "approve").await;
    // A colleague whose request was rejected, and one off another week, are not off then.
    let colleagues = reports_of(&server, "manager@acme.test", &["employee@acme.test", "field@acme.test"]);
    let refused = request(&server, &colleagues[0].0, wed, wed).await;
    decide(&server, "manager@acme.test", &refused, "reject").await;
    request(&server, &colleagues[1].0, monday(7), monday(7)).await;
    // Their manager is part of the team, but not one of his own reports.
    let max = request(&server, "manager@acme.test", fri, fri).await;
    // Sales is another team.
    let sales_rep = reports_of(&server, "sales.manager@acme.test", &[]).remove(0).0;
    let sales = request(&server, &sales_rep, tue, wed).await;
    // Another company's leave on the same days is nobody's business here.
    request(&server, "employee@globex.test", mon, fri).await;

    let felix_off = ("Felix Wagner".to_owned(), thu.to_string(), "approved".to_owned());
    let by_manager = as_listed(&server, "manager@acme.test", &emma).await;
    assert_eq!(overlaps(&by_manager), std::slice::from_ref(&felix_off), "only the manager's reports: {by_manager}");
    assert_eq!(by_manager["overlapping_people"], 1);
    let balance = json!({ "year": mon.year(), "entitled": 21, "used": 0, "pending": 5, "remaining": 16 });
    assert_eq!(by_manager["balance"], balance, "Emma's five pending days already count against it");
    let entry = &by_manager["overlapping"][0];
    assert_eq!(entry["leave_request_id"], felix.as_str());
    assert_eq!(entry["employee_id"], server.employee_id("field@acme.test").to_string());
    assert_eq!(entry["end_date"], day(8).to_string());

    let by_hr = as_listed(&server, "hr@acme.test", &emma).await;
    let max_off = ("Max Weber".to_owned(), fri.to_string(), "pending".to_owned());
    assert_eq!(overlaps(&by_hr), [felix_off.clone(), max_off], "HR: the whole team, no one else: {by_hr}");
    assert_eq!((&by_hr["balance"], &by_hr["overlapping_people"]), (&balance, &json!(2)));

    // Max reports to nobody: his team is his department.
    let emma_off = ("Emma Fischer".to_owned(), mon.to_string(), "pending".to_owned());
    assert_eq!(overlaps(&as_listed(&server, "hr@acme.test", &max).await), [emma_off, felix_off]);

    let by_sales_manager = as_listed(&server, "sales.manager@acme.test", &sales).await;
    assert_eq!(by_sales_manager["overlapping"], json!([]), "nobody else in Sales is off then");
    assert_eq!(by_sales_manager["overlapping_people"], 0);
    assert_eq!(by_sales_manager["balance"]["remaining"], 19);

    // Only pending requests carry it, and only in the approvers' listing.
    for decided in [&felix, &refused] {
        let attributes = as_listed(&server, "hr@acme.test", decided).await;
        assert!(attributes.get("balance").is_none() && attributes.get("overlapping").is_none(), "{attributes}");
    }
    let own = server.get(&server.login("employee@acme.test").await, "/api/v1/me/leaves").await;
    assert!(own.body["data"][0]["attributes"].get("overlapping").is_none(), "{}", own.body);
}

#[tokio::test]
async fn a_crowded_week_names_ten_and_counts_everyone() {
    let server = TestServer::start().await;
    // July: no public holiday of the demo company falls in it, whatever the year.
    let (mon, fri) = (monday(27), monday(27) + Duration::days(4));
    let emma = request(&server, "employee@acme.test", mon, fri).await;
    let others = reports_of(&server, "manager@acme.test", &["employee@acme.test"]);
    assert!(others.len() >= 12, "the demo team is big enough");
    for (n, (email, _)) in others.iter().take(12).enumerate() {
        let day = mon + Duration::days(n as i64 % 5);
        request(&server, email, day, day).await;
    }
    let attributes = as_listed(&server, "manager@acme.test", &emma).await;
    assert_eq!(attributes["overlapping"].as_array().unwrap().len(), 10, "{attributes}");
    assert_eq!(attributes["overlapping_people"], 12);
    let firsts: Vec<String> = overlaps(&attributes).into_iter().map(|(_, start, _)| start).collect();
    assert!(firsts.is_sorted(), "earliest first: {firsts:?}");
}

#[tokio::test]
async fn a_cancelled_request_no_longer_counts_as_someone_off() {
    let server = TestServer::start().await;
    let (mon, fri) = (monday(8), monday(8) + Duration::days(4));
    let emma = request(&server, "employee@acme.test", mon, fri).await;
    let felix = request(&server, "field@acme.test", mon, mon).await;
    assert_eq!(overlaps(&as_listed(&server, "manager@acme.test", &emma).await).len(), 1);

    let token = server.login("field@acme.test").await;
    let reply = server.post(&token, &format!("/api/v1/me/leaves/{felix}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(as_listed(&server, "manager@acme.test", &emma).await["overlapping"], json!([]));
}
