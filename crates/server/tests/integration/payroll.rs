//! Payroll runs for HR, payslips for everyone, and the company-wide lists: assets, announcements and
//! the signed-in user's notifications.

use crate::common;

use chrono::{Datelike, Duration, Months, NaiveDate, Utc};
use common::TestServer;
use reqwest::{Method, StatusCode};
use rusqlite::params;
use serde_json::{Value, json};

/// An exact decimal string ("4250.00") as cents; anything else fails the test.
fn cents(amount: &Value) -> i64 {
    let text = amount.as_str().expect("an amount string");
    let digits = text.replacen('.', "", 1);
    let exact = text.len() >= 4 && &text[text.len() - 3..text.len() - 2] == ".";
    assert!(exact && digits.bytes().all(|b| b.is_ascii_digit()), "{text}");
    digits.parse().unwrap()
}

fn sum_items(items: &Value) -> i64 {
    let items = items.as_array().expect("items");
    items.iter().map(|i| cents(&i["amount"])).sum()
}

/// Gross is the sum of the earnings; net is gross less the deductions, to the cent.
fn assert_adds_up(line: &Value) {
    let a = &line["attributes"];
    let (gross, net, deductions) = (cents(&a["gross"]), cents(&a["net"]), sum_items(&a["deductions"]));
    assert_eq!(gross, sum_items(&a["earnings"]), "{line}");
    assert_eq!(net, gross - deductions, "{line}");
    assert_eq!(cents(&a["total_deductions"]), deductions, "{line}");
}

/// One attribute of every resource in `data`.
fn each<'a>(body: &'a Value, attribute: &str) -> Vec<&'a str> {
    let data = body["data"].as_array().expect("a list");
    data.iter().map(|r| r["attributes"][attribute].as_str().unwrap_or("<none>")).collect()
}

fn last_month() -> NaiveDate {
    let today = Utc::now().date_naive();
    let first = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap();
    first.checked_sub_months(Months::new(1)).unwrap()
}

fn demo_run_id(server: &TestServer) -> i64 {
    let sql = "SELECT id FROM payroll_runs WHERE status = 'published'";
    server.db().query_row(sql, [], |r| r.get(0)).unwrap()
}

async fn status_of(server: &TestServer, token: &str, path: &str) -> StatusCode {
    server.get(token, path).await.status
}

/// Adds a run for `period` with one line for `employee_id`, earning `gross` less one deduction;
/// answers the line's id.
fn add_run(server: &TestServer, period: &str, status: &str, employee_id: i64, gross: &str, tax: &str) -> i64 {
    let db = server.db();
    let start = NaiveDate::parse_from_str(&format!("{period}-01"), "%Y-%m-%d").unwrap();
    let next = start.checked_add_months(Months::new(1)).unwrap();
    let end = next.pred_opt().unwrap();
    let finalised_at = (status == "published").then(Utc::now);
    let run: i64 = db
        .query_row(
            "INSERT INTO payroll_runs (company_id, period, period_start, period_end, pay_date, status, currency,
                 finalised_at)
             SELECT company_id, ?1, ?2, ?3, ?3, ?4, 'EUR', ?5 FROM employees WHERE id = ?6 RETURNING id",
            params![period, start, end, status, finalised_at, employee_id],
            |r| r.get(0),
        )
        .unwrap();
    let earnings = json!([{ "label": "Base salary", "amount": gross }]).to_string();
    let deductions = json!([{ "label": "Income tax", "amount": tax }]).to_string();
    let (gross, net) = (cents(&json!(gross)), cents(&json!(gross)) - cents(&json!(tax)));
    db.query_row(
        "INSERT INTO payroll_lines (payroll_run_id, employee_id, gross, net, earnings, deductions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        params![run, employee_id, gross, net, earnings, deductions],
        |r| r.get(0),
    )
    .unwrap()
}

#[tokio::test]
async fn only_hr_may_list_or_show_payroll_runs() {
    let server = TestServer::start().await;
    let run = demo_run_id(&server);
    let show = format!("/api/v1/payroll-runs/{run}");
    for email in ["manager@acme.test", "employee@acme.test"] {
        let token = server.login(email).await;
        for path in ["/api/v1/payroll-runs", show.as_str()] {
            let reply = server.get(&token, path).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{email} {path}");
            assert_eq!(reply.body, json!({ "message": "This action is unauthorized." }));
        }
    }
    let anonymous = server.request(Method::GET, &show, None, None, &[]).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn hr_lists_last_months_published_run_with_exact_totals() {
    let server = TestServer::start().await;
    let token = server.login("hr@acme.test").await;
    let reply = server.get(&token, "/api/v1/payroll-runs").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    assert_eq!(reply.body["meta"]["total"], 2, "last month's and this month's draft");
    assert_eq!(reply.body["data"][0]["attributes"]["status"], "draft", "newest period first");
    let run = &reply.body["data"][1];
    assert_eq!(run["type"], "payroll-runs");
    assert_eq!(run["id"], demo_run_id(&server).to_string());
    let start = last_month();
    let attributes = &run["attributes"];
    assert_eq!(attributes["period"], start.format("%Y-%m").to_string());
    assert_eq!(attributes["period_start"], start.to_string());
    assert_eq!(attributes["status"], "published");
    assert_eq!(attributes["currency"], "EUR");
    assert_eq!(attributes["employee_count"], 48, "everyone but this month's joiner");
    assert!(attributes["finalised_at"].is_string());
    assert!(attributes["locked_at"].is_string() && attributes["paid_at"].is_string());
    // Each line: the person's base plus a 150.00 allowance, less 5 % pension and 7.3 % health insurance.
    assert_eq!(attributes["gross"], "241455.00");
    assert_eq!(attributes["net"], "212963.14");
}

#[tokio::test]
async fn a_run_includes_its_lines_and_they_add_up_to_the_totals() {
    let server = TestServer::start().await;
    let token = server.login("hr@acme.test").await;
    let run_id = demo_run_id(&server);
    let path = format!("/api/v1/payroll-runs/{run_id}");
    let reply = server.get(&token, &path).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let run = &reply.body["data"];
    assert_eq!(run["type"], "payroll-runs");
    assert_eq!(run["id"], run_id.to_string());
    let included = reply.body["included"].as_array().expect("included lines");
    assert_eq!(included.len(), 48);
    let linked = &run["relationships"]["lines"]["data"];
    let identify = |l: &Value| json!({ "type": l["type"], "id": l["id"] });
    assert_eq!(linked, &json!(included.iter().map(identify).collect::<Vec<_>>()));

    let (mut gross, mut net) = (0, 0);
    for line in included {
        assert_eq!(line["type"], "payroll-lines");
        let a = &line["attributes"];
        let of_run = &line["relationships"]["payroll_run"]["data"];
        assert_eq!(of_run["id"], run_id.to_string());
        assert_eq!(a["currency"], "EUR");
        assert_adds_up(line);
        gross += cents(&a["gross"]);
        net += cents(&a["net"]);
    }
    assert_eq!(gross, cents(&run["attributes"]["gross"]));
    assert_eq!(net, cents(&run["attributes"]["net"]));
    assert_eq!(run["attributes"]["employee_count"], included.len());

    let emma = included.iter().find(|l| l["attributes"]["employee_number"] == "E00003").unwrap();
    assert_eq!(emma["attributes"]["employee_name"], "Emma Fischer");
    assert_eq!(emma["relationships"]["employee"]["data"]["id"], server.employee_id("employee@acme.test").to_string());
}

#[tokio::test]
async fn runs_of_other_companies_and_unknown_ids_are_not_found() {
    let server = TestServer::start().await;
    let run_id = demo_run_id(&server);
    let globex = server.login("hr@globex.test").await;
    let list = server.get(&globex, "/api/v1/payroll-runs").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.body["data"], json!([]));
    assert_eq!(list.body["meta"]["total"], 0);
    let path = format!("/api/v1/payroll-runs/{run_id}");
    let reply = server.get(&globex, &path).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(reply.body["message"].is_string());

    let acme = server.login("hr@acme.test").await;
    for id in ["999999", "abc", "1e3"] {
        let reply = server.get(&acme, &format!("/api/v1/payroll-runs/{id}")).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{id}");
        assert!(reply.body["message"].is_string(), "{id}");
    }
}

#[tokio::test]
async fn payslips_are_the_callers_own_lines() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/me/payslips").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    assert_eq!(reply.body["meta"]["total"], 1, "last month's; this month's is a draft");
    let slip = &reply.body["data"][0];
    assert_eq!(slip["type"], "payslips");
    assert!(slip["id"].is_string());
    let a = &slip["attributes"];
    assert_eq!(a["period"], last_month().format("%Y-%m").to_string());
    assert_eq!(a["employee_name"], "Emma Fischer");
    assert_eq!(a["employee_number"], "E00003");
    assert_eq!(a["currency"], "EUR");
    // A base of 3,947.00 and 150.00 transport; 5 % pension 204.85; health 7.3 % of 4,097.00 = 299.081.
    assert_eq!(a["gross"], "4097.00");
    assert_eq!(a["total_deductions"], "503.93");
    assert_eq!(a["net"], "3593.07");
    assert_eq!(a["deductions"][0], json!({ "label": "Pension (employee)", "amount": "204.85" }));
    assert_eq!(a["deductions"][1], json!({ "label": "Health insurance", "amount": "299.08" }));
    assert_adds_up(slip);
    let me = server.employee_id("employee@acme.test").to_string();
    assert_eq!(slip["relationships"]["employee"]["data"]["id"], me);

    let one = server.get(&token, &format!("/api/v1/me/payslips/{}", slip["id"].as_str().unwrap())).await;
    assert_eq!(one.status, StatusCode::OK);
    assert_eq!(&one.body["data"], slip);
}

#[tokio::test]
async fn someone_elses_payslip_is_not_found() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let hr_slips = server.get(&hr, "/api/v1/me/payslips").await;
    let hr_slip = format!("/api/v1/me/payslips/{}", hr_slips.body["data"][0]["id"].as_str().unwrap());
    assert_eq!(status_of(&server, &hr, &hr_slip).await, StatusCode::OK);

    let employee = server.login("employee@acme.test").await;
    let reply = server.get(&employee, &hr_slip).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(reply.body["message"].is_string());
    assert!(reply.body.get("data").is_none(), "{}", reply.body);
    for id in ["abc", "999999", "-1"] {
        let path = format!("/api/v1/me/payslips/{id}");
        assert_eq!(status_of(&server, &employee, &path).await, StatusCode::NOT_FOUND, "{id}");
    }

    let globex = server.login("employee@globex.test").await;
    let reply = server.get(&globex, "/api/v1/me/payslips").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["data"], json!([]));
    assert_eq!(status_of(&server, &globex, &hr_slip).await, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn draft_runs_never_appear_as_payslips() {
    let server = TestServer::start().await;
    let me = server.employee_id("employee@acme.test");
    let draft_line = add_run(&server, "2099-01", "draft", me, "5000.00", "2000.00");
    let token = server.login("employee@acme.test").await;

    let reply = server.get(&token, "/api/v1/me/payslips").await;
    assert_eq!(reply.body["meta"]["total"], 1, "{}", reply.body);
    assert!(!each(&reply.body, "period").contains(&"2099-01"));
    let direct = server.get(&token, &format!("/api/v1/me/payslips/{draft_line}")).await;
    assert_eq!(direct.status, StatusCode::NOT_FOUND, "{}", direct.body);

    // HR still sees the draft run, newest period first.
    let hr = server.login("hr@acme.test").await;
    let runs = server.get(&hr, "/api/v1/payroll-runs").await;
    assert_eq!(runs.body["meta"]["total"], 3);
    assert_eq!(runs.body["data"][0]["attributes"]["period"], "2099-01");
    assert_eq!(runs.body["data"][0]["attributes"]["status"], "draft");
    assert!(runs.body["data"][0]["attributes"]["finalised_at"].is_null());
    assert_eq!(runs.body["data"][0]["attributes"]["gross"], "5000.00");
    assert_eq!(runs.body["data"][0]["attributes"]["net"], "3000.00");
    assert_eq!(runs.body["data"][1]["attributes"]["status"], "draft");
    assert_eq!(runs.body["data"][2]["attributes"]["status"], "published");
}

#[tokio::test]
async fn payslips_are_listed_newest_period_first() {
    let server = TestServer::start().await;
    let me = server.employee_id("employee@acme.test");
    let older = last_month().checked_sub_months(Months::new(1)).unwrap().format("%Y-%m").to_string();
    let line = add_run(&server, &older, "published", me, "1234.56", "234.55");
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/me/payslips").await;
    assert_eq!(reply.body["meta"]["total"], 2);
    let newest = last_month().format("%Y-%m").to_string();
    assert_eq!(each(&reply.body, "period"), [newest.as_str(), older.as_str()]);
    let old = &reply.body["data"][1];
    assert_eq!(old["id"], line.to_string());
    assert_eq!(old["attributes"]["gross"], "1234.56");
    assert_eq!(old["attributes"]["net"], "1000.01");
    assert_eq!(old["attributes"]["total_deductions"], "234.55");

    let paged = server.get(&token, "/api/v1/me/payslips?page[size]=1&page[number]=2").await;
    assert_eq!(paged.body["data"][0]["id"], line.to_string());
    assert_eq!(paged.body["meta"]["last_page"], 2);
}

#[tokio::test]
async fn assets_are_for_managers_and_hr_with_their_holder() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let refused = server.get(&employee, "/api/v1/assets").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.body, json!({ "message": "This action is unauthorized." }));

    let emma = server.employee_id("employee@acme.test").to_string();
    for email in ["manager@acme.test", "hr@acme.test"] {
        let token = server.login(email).await;
        let reply = server.get(&token, "/api/v1/assets").await;
        assert_eq!(reply.status, StatusCode::OK, "{email}");
        assert_eq!(reply.body["meta"]["total"], 4);
        let data = reply.body["data"].as_array().unwrap();
        let tags = each(&reply.body, "asset_tag");
        assert_eq!(tags, ["ACME-HS-004", "ACME-LT-001", "ACME-MN-003", "ACME-PH-002"]);
        let laptop = &data[1];
        assert_eq!(laptop["type"], "assets");
        assert_eq!(laptop["attributes"]["status"], "assigned");
        assert_eq!(laptop["attributes"]["holder_name"], "Emma Fischer");
        assert!(laptop["attributes"]["assigned_at"].is_string());
        assert_eq!(laptop["relationships"]["holder"]["data"], json!({ "type": "employees", "id": emma }));
        assert_eq!(data[0]["attributes"]["status"], "assigned", "the demo's headset is out with a second person");
        for free in &data[2..] {
            assert_eq!(free["attributes"]["status"], "available", "{free}");
            assert!(free["attributes"]["holder_name"].is_null());
            assert!(free["relationships"]["holder"]["data"].is_null());
        }
    }
    let globex = server.login("hr@globex.test").await;
    let reply = server.get(&globex, "/api/v1/assets").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["meta"]["total"], 0);
}

#[tokio::test]
async fn only_published_announcements_are_shown_newest_first() {
    let server = TestServer::start().await;
    let hr = server.employee_id("hr@acme.test");
    server
        .db()
        .execute(
            "INSERT INTO announcements (company_id, author_id, title, body, published_at, created_at)
             SELECT company_id, id, 'Scheduled', 'Not yet', ?1, ?2 FROM employees WHERE id = ?3",
            params![Utc::now() + Duration::days(2), Utc::now(), hr],
        )
        .unwrap();
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/announcements").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["meta"]["total"], 3);
    let data = reply.body["data"].as_array().unwrap();
    let titles = each(&reply.body, "title");
    // The demo's pinned one first, then the newest.
    assert_eq!(titles, ["All-hands on Friday at 16:00", "Office closed on 24 December", "Welcome to Okta HR"]);
    for announcement in data {
        assert_eq!(announcement["type"], "announcements");
        assert_eq!(announcement["attributes"]["author_name"], "Hanna Richter");
        assert_eq!(announcement["relationships"]["author"]["data"]["id"], hr.to_string());
        assert!(announcement["attributes"]["published_at"].is_string());
    }
    assert!(!reply.body.to_string().contains("Draft"), "{}", reply.body);

    let globex = server.login("employee@globex.test").await;
    assert_eq!(server.get(&globex, "/api/v1/announcements").await.body["data"], json!([]));
}

const READ: &str = "/api/v1/me/notifications/read";

fn add_notification(server: &TestServer, email: &str) -> String {
    let id = uuid::Uuid::new_v4().to_string();
    server
        .db()
        .execute(
            "INSERT INTO notifications (id, employee_id, kind, title, body, data, created_at)
             SELECT ?1, id, 'test', 'Test', 'body', '{}', ?2 FROM employees WHERE email = ?3",
            params![id, Utc::now(), email],
        )
        .unwrap();
    id
}

fn read_at(server: &TestServer, id: &str) -> Option<String> {
    let sql = "SELECT read_at FROM notifications WHERE id = ?1";
    server.db().query_row(sql, [id], |r| r.get(0)).unwrap()
}

async fn unread(server: &TestServer, token: &str) -> Vec<Value> {
    let reply = server.get(token, "/api/v1/me/notifications?filter[unread]=1").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.body["data"].as_array().unwrap().clone()
}

#[tokio::test]
async fn the_employee_starts_with_the_welcome_and_last_months_payslip_unread() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/me/notifications").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    assert_eq!(reply.body["meta"]["total"], 2);
    let data = reply.body["data"].as_array().unwrap();
    let payslip = data.iter().find(|n| n["attributes"]["title"] != "Welcome to Okta HR").unwrap();
    let period = last_month().format("%Y-%m");
    assert_eq!(payslip["attributes"]["title"], format!("Your payslip for {period} is ready"));
    let notification = data.iter().find(|n| n["attributes"]["title"] == "Welcome to Okta HR").unwrap();
    assert_eq!(notification["type"], "notifications");
    let id = notification["id"].as_str().unwrap();
    assert!(uuid::Uuid::parse_str(id).is_ok(), "{id}");
    assert_eq!(notification["attributes"]["title"], "Welcome to Okta HR");
    assert!(notification["attributes"]["read_at"].is_null());
    assert_eq!(unread(&server, &token).await.len(), 2);

    let manager = server.login("manager@acme.test").await;
    let theirs = server.get(&manager, "/api/v1/me/notifications").await;
    let ids: Vec<&Value> = theirs.body["data"].as_array().unwrap().iter().map(|n| &n["id"]).collect();
    assert!(!ids.contains(&&json!(id)), "the employee's notification is listed for the manager");
}

#[tokio::test]
async fn marking_one_notification_read() {
    let server = TestServer::start().await;
    let other = add_notification(&server, "employee@acme.test");
    let token = server.login("employee@acme.test").await;
    let unread_before = unread(&server, &token).await;
    let welcome =
        unread_before.iter().find(|n| n["attributes"]["title"] == "Welcome to Okta HR").unwrap()["id"].clone();

    let reply = server.post(&token, READ, json!({ "id": welcome })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body, json!({ "data": { "marked": 1, "unread": 2 } }));
    let left = unread(&server, &token).await;
    assert_eq!(left.len(), 2);
    assert!(left.iter().any(|n| n["id"] == other) && left.iter().all(|n| n["id"] != welcome));
    assert!(read_at(&server, welcome.as_str().unwrap()).is_some());

    let all = server.get(&token, "/api/v1/me/notifications").await;
    let read = all.body["data"].as_array().unwrap().iter().find(|n| n["id"] == welcome).unwrap();
    assert!(read["attributes"]["read_at"].is_string(), "{read}");

    // Marking it again changes nothing.
    let again = server.post(&token, READ, json!({ "id": welcome })).await;
    assert_eq!(again.body, json!({ "data": { "marked": 0, "unread": 2 } }));
}

#[tokio::test]
async fn marking_without_an_id_reads_them_all() {
    let server = TestServer::start().await;
    add_notification(&server, "employee@acme.test");
    add_notification(&server, "employee@acme.test");
    let manager_note = add_notification(&server, "manager@acme.test");
    let token = server.login("employee@acme.test").await;
    assert_eq!(unread(&server, &token).await.len(), 4);

    let reply = server.request(Method::POST, READ, Some(&token), None, &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body, json!({ "data": { "marked": 4, "unread": 0 } }));
    assert!(unread(&server, &token).await.is_empty());

    let again = server.post(&token, READ, json!({})).await;
    assert_eq!(again.body, json!({ "data": { "marked": 0, "unread": 0 } }));
    assert!(read_at(&server, &manager_note).is_none(), "another user's notification was marked read");
}

#[tokio::test]
async fn unknown_or_foreign_notification_ids_are_invalid() {
    let server = TestServer::start().await;
    let foreign = add_notification(&server, "manager@acme.test");
    let token = server.login("employee@acme.test").await;
    for id in [uuid::Uuid::new_v4().to_string(), foreign.clone(), "not-a-uuid".to_owned()] {
        let reply = server.post(&token, READ, json!({ "id": id })).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{id}: {}", reply.body);
        assert_eq!(reply.error("id"), "The selected id is invalid.");
        assert_eq!(reply.body["message"], "The selected id is invalid.");
    }
    let wrong_type = server.post(&token, READ, json!({ "id": 42 })).await;
    assert_eq!(wrong_type.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong_type.body["errors"]["id"].is_array());

    assert!(read_at(&server, &foreign).is_none());
    let still_unread = unread(&server, &token).await.len();
    assert_eq!(still_unread, 2, "a refused request marked something read");
}
