//! Asking for leave as an employee: validation, working days, balances, overlap, cancelling, retries.
//! The approval chain itself is in `leave_approvals.rs`.

use crate::common;

use chrono::{Datelike, Duration, NaiveDate, Utc};
use common::{Reply, TestServer};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// The Monday `week` weeks after the first Monday of next year: always in the future, whatever today
/// is, and a Monday-to-Sunday week of it never crosses New Year (so one year's balance covers it).
fn monday(week: i64) -> NaiveDate {
    let jan_1 = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 1, 1).unwrap();
    let first = jan_1 + Duration::days((7 - i64::from(jan_1.weekday().num_days_from_monday())) % 7);
    first + Duration::weeks(week)
}

fn year() -> i32 {
    monday(0).year()
}

async fn submit(server: &TestServer, token: &str, leave_type: &str, start: NaiveDate, end: NaiveDate) -> Reply {
    let body = json!({ "leave_type_id": leave_type, "start_date": start.to_string(), "end_date": end.to_string() });
    server.post(token, "/api/v1/me/leaves", body).await
}

async fn submitted(server: &TestServer, token: &str, leave_type: &str, start: NaiveDate, end: NaiveDate) -> String {
    let reply = submit(server, token, leave_type, start, end).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    reply.body["data"]["id"].as_str().unwrap().to_owned()
}

/// `(entitled, used, pending, remaining)` of one leave type in `year`.
async fn balance(server: &TestServer, token: &str, code: &str, year: i32) -> (i64, i64, i64, i64) {
    let reply = server.get(token, &format!("/api/v1/me/leave-balances?year={year}")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let entry = reply.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["attributes"]["leave_type"] == code)
        .unwrap_or_else(|| panic!("no {code} balance: {}", reply.body));
    let a = &entry["attributes"];
    assert_eq!(a["year"], year);
    let n = |k: &str| a[k].as_i64().unwrap();
    (n("entitled"), n("used"), n("pending"), n("remaining"))
}

fn request_count(server: &TestServer, email: &str) -> i64 {
    let id = server.employee_id(email);
    server.db().query_row("SELECT COUNT(*) FROM leave_requests WHERE employee_id = ?1", [id], |r| r.get(0)).unwrap()
}

async fn act(server: &TestServer, email: &str, id: &str, decision: &str) {
    let token = server.login(email).await;
    let reply = server.post(&token, &format!("/api/v1/leave-requests/{id}/act"), json!({ "decision": decision })).await;
    assert_eq!(reply.status, StatusCode::OK, "{email} {decision}: {}", reply.body);
}

#[tokio::test]
async fn a_working_week_of_annual_leave_costs_five_days_and_enters_the_manager_then_hr_chain() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let (start, end) = (monday(10), monday(10) + Duration::days(4));
    let body = json!({
        "leave_type_id": "annual", "start_date": start.to_string(), "end_date": end.to_string(), "reason": "Holiday"
    });
    let reply = server.post(&token, "/api/v1/me/leaves", body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    let data = &reply.body["data"];
    assert_eq!(data["type"], "leave-requests");
    let a = &data["attributes"];
    assert_eq!(a["leave_type"], "annual");
    assert_eq!(a["leave_type_name"], "Annual Leave");
    assert_eq!(a["start_date"], start.to_string());
    assert_eq!(a["end_date"], end.to_string());
    assert_eq!(a["days"], 5);
    assert_eq!(a["reason"], "Holiday");
    assert_eq!(a["status"], "pending");
    assert_eq!(a["employee_name"], "Emma Fischer");
    assert!(a["submitted_at"].is_string(), "{a}");
    assert!(a["decided_at"].is_null(), "{a}");

    let manager = server.employee_id("manager@acme.test").to_string();
    let steps = a["approval_steps"].as_array().unwrap();
    assert_eq!(steps.len(), 2, "{a}");
    assert_eq!(steps[0]["sequence"], 1);
    assert_eq!(steps[0]["role"], "manager");
    assert_eq!(steps[0]["status"], "pending");
    assert_eq!(steps[0]["approver_id"], manager.as_str());
    assert_eq!(steps[0]["approver_name"], "Max Weber");
    for field in ["acted_by_id", "acted_by_name", "acted_at", "notes"] {
        assert!(steps[0][field].is_null(), "{field}: {}", steps[0]);
    }
    assert_eq!(steps[1]["sequence"], 2);
    assert_eq!(steps[1]["role"], "hr");
    assert_eq!(steps[1]["status"], "waiting");
    assert!(steps[1]["approver_id"].is_null(), "{}", steps[1]);

    let id: i64 = data["id"].as_str().unwrap().parse().unwrap();
    let (employee, days, status): (i64, i64, String) = server
        .db()
        .query_row("SELECT employee_id, days, status FROM leave_requests WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!((employee, days, status.as_str()), (server.employee_id("employee@acme.test"), 5, "pending"));
}

#[tokio::test]
async fn only_weekdays_are_counted_so_friday_to_monday_is_two_days() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let cases = [
        (monday(2) + Duration::days(4), monday(3), 2), // Friday to Monday
        (monday(4) + Duration::days(2), monday(4) + Duration::days(2), 1), // one Wednesday
        (monday(5), monday(5) + Duration::days(6), 5), // Monday to Sunday
        (monday(6) + Duration::days(3), monday(7) + Duration::days(2), 5), // Thursday to next Wednesday
    ];
    for (start, end, days) in cases {
        let reply = submit(&server, &token, "annual", start, end).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{start}..{end}: {}", reply.body);
        assert_eq!(reply.body["data"]["attributes"]["days"], days, "{start}..{end}");
    }
    // Two calendar weeks of sick leave are ten working days: exactly the yearly sick allowance.
    let reply = submit(&server, &token, "sick", monday(20), monday(21) + Duration::days(6)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["days"], 10);
    assert_eq!(reply.body["data"]["attributes"]["leave_type_name"], "Sick Leave");
    assert_eq!(balance(&server, &token, "sick", year()).await, (10, 0, 10, 0));
    assert_eq!(balance(&server, &token, "annual", year()).await, (21, 0, 13, 8));
}

#[tokio::test]
async fn a_weekend_only_request_is_refused_for_having_no_working_days() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let saturday = monday(3) + Duration::days(5);
    for end in [saturday, saturday + Duration::days(1)] {
        let reply = submit(&server, &token, "annual", saturday, end).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
        assert_eq!(reply.body["message"], "The selected dates contain no working days.");
        assert_eq!(reply.error("start_date"), "The selected dates contain no working days.");
    }
    assert_eq!(request_count(&server, "employee@acme.test"), 0);
}

#[tokio::test]
async fn missing_fields_use_laravels_required_wording() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let blank = json!({ "leave_type_id": "", "start_date": null });
    for body in [json!({}), blank] {
        let reply = server.post(&token, "/api/v1/me/leaves", body).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(reply.body["message"], "The leave type id field is required. (and 2 more errors)");
        assert_eq!(reply.error("leave_type_id"), "The leave type id field is required.");
        assert_eq!(reply.error("start_date"), "The start date field is required.");
        assert_eq!(reply.error("end_date"), "The end date field is required.");
    }
}

#[tokio::test]
async fn malformed_dates_and_a_long_reason_use_laravels_wording() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let body = json!({
        "leave_type_id": "annual",
        "start_date": format!("{}-02-30", year()),
        "end_date": "next tuesday",
        "reason": "x".repeat(256),
    });
    let reply = server.post(&token, "/api/v1/me/leaves", body).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("start_date"), "The start date field must be a valid date.");
    assert_eq!(reply.error("end_date"), "The end date field must be a valid date.");
    assert_eq!(reply.error("reason"), "The reason field must not be greater than 255 characters.");
    assert_eq!(reply.body["errors"].as_object().unwrap().len(), 3, "{}", reply.body);

    let body = json!({
        "leave_type_id": "annual",
        "start_date": monday(1).to_string(),
        "end_date": monday(1).to_string(),
        "reason": "é".repeat(255),
    });
    let reply = server.post(&token, "/api/v1/me/leaves", body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "255 characters are allowed: {}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["reason"], "é".repeat(255));
}

#[tokio::test]
async fn a_start_date_before_today_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let yesterday = Utc::now().date_naive() - Duration::days(1);
    let reply = submit(&server, &token, "annual", yesterday, monday(1)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("start_date"), "The start date field must be a date after or equal to today.");
    assert!(reply.body["errors"]["end_date"].is_null(), "{}", reply.body);
    assert_eq!(request_count(&server, "employee@acme.test"), 0);
}

#[tokio::test]
async fn an_end_date_before_the_start_date_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = submit(&server, &token, "annual", monday(2) + Duration::days(1), monday(2)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("end_date"), "The end date field must be a date after or equal to start date.");
    assert_eq!(reply.body["message"], "The end date field must be a date after or equal to start date.");
    // The same day is "equal to" and fine.
    assert_eq!(submit(&server, &token, "annual", monday(2), monday(2)).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_leave_type_is_chosen_by_code_or_by_this_companys_id() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let type_id = |company: &str, code: &str| -> i64 {
        server
            .db()
            .query_row(
                "SELECT t.id FROM leave_types t JOIN companies c ON c.id = t.company_id WHERE c.name = ?1 AND t.code = ?2",
                [company, code],
                |r| r.get(0),
            )
            .unwrap()
    };
    let sick = type_id("Acme Demo", "sick").to_string();
    let reply = submit(&server, &token, &sick, monday(1), monday(1)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["leave_type"], "sick");

    let globex_annual = type_id("Globex Demo", "annual").to_string();
    for unknown in ["vacation", "999999", globex_annual.as_str()] {
        let reply = submit(&server, &token, unknown, monday(2), monday(2)).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{unknown}: {}", reply.body);
        assert_eq!(reply.error("leave_type_id"), "The selected leave type id is invalid.");
    }
    assert_eq!(request_count(&server, "employee@acme.test"), 1);
}

#[tokio::test]
async fn pending_requests_count_against_the_balance() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, &format!("/api/v1/me/leave-balances?year={}", year())).await;
    assert_eq!(reply.status, StatusCode::OK);
    let data = reply.body["data"].as_array().unwrap();
    // Annual and sick leave first, then the demo's study and unpaid leave.
    assert_eq!(data.len(), 4, "{}", reply.body);
    assert_eq!(data[0]["type"], "leave-balances");
    assert_eq!(data[0]["id"], format!("annual-{}", year()));
    assert_eq!(data[0]["attributes"]["leave_type_name"], "Annual Leave");
    assert_eq!(data[1]["attributes"]["leave_type_name"], "Sick Leave");
    assert_eq!(balance(&server, &token, "annual", year()).await, (21, 0, 0, 21));
    assert_eq!(balance(&server, &token, "sick", year()).await, (10, 0, 0, 10));

    for week in 1..=4 {
        submitted(&server, &token, "annual", monday(week), monday(week) + Duration::days(4)).await;
    }
    assert_eq!(balance(&server, &token, "annual", year()).await, (21, 0, 20, 1));

    let (tuesday, wednesday) = (monday(6) + Duration::days(1), monday(6) + Duration::days(2));
    let reply = submit(&server, &token, "annual", tuesday, wednesday).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = format!("Not enough Annual Leave balance for {}: 2 days requested, 1 available.", year());
    assert_eq!(reply.error("leave_type_id"), message);
    assert_eq!(reply.body["message"], message);
    assert_eq!(request_count(&server, "employee@acme.test"), 4, "a refused request is not filed");

    // Another leave type has its own balance.
    submitted(&server, &token, "sick", tuesday, wednesday).await;
    assert_eq!(balance(&server, &token, "sick", year()).await, (10, 0, 2, 8));

    submitted(&server, &token, "annual", monday(7), monday(7)).await;
    assert_eq!(balance(&server, &token, "annual", year()).await, (21, 0, 21, 0));
    let reply = submit(&server, &token, "annual", monday(8), monday(8)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reply.error("leave_type_id"),
        format!("Not enough Annual Leave balance for {}: 1 day requested, 0 available.", year())
    );

    // Balances are per year, and someone else's requests are not mine.
    assert_eq!(balance(&server, &token, "annual", year() + 1).await, (21, 0, 0, 21));
    let field = server.login("field@acme.test").await;
    assert_eq!(balance(&server, &field, "annual", year()).await, (21, 0, 0, 21));
}

#[tokio::test]
async fn a_request_over_new_year_draws_on_each_years_balance() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let dec_31 = NaiveDate::from_ymd_opt(year(), 12, 31).unwrap();
    let start = dec_31 - Duration::days(i64::from(dec_31.weekday().num_days_from_monday())); // last Monday
    let end = start + Duration::days(11); // Friday of the following week, in the next year
    // New Year's Day is one of the demo company's public holidays, and New Year's Eve's afternoon is off.
    let days = |from: NaiveDate, to: NaiveDate| {
        let halves: i64 = from
            .iter_days()
            .take_while(|d| *d <= to)
            .filter(|d| d.weekday().num_days_from_monday() < 5)
            .map(|d| match (d.month(), d.day()) {
                (1, 1) => 0,
                (12, 31) => 1,
                _ => 2,
            })
            .sum();
        halves as f64 / 2.0
    };
    let (this_year, next_year) = (days(start, dec_31), days(dec_31 + Duration::days(1), end));
    let new_year_on_a_weekday = dec_31.succ_opt().unwrap().weekday().num_days_from_monday() < 5;
    let eve_on_a_weekday = dec_31.weekday().num_days_from_monday() < 5;
    let expected = 10.0 - f64::from(u8::from(new_year_on_a_weekday)) - if eve_on_a_weekday { 0.5 } else { 0.0 };
    assert_eq!(this_year + next_year, expected);

    // Next year's allowance is nearly spent already.
    // July holds no public holiday of the demo company: four weeks of it cost twenty days.
    let july = NaiveDate::from_ymd_opt(year() + 1, 7, 1).unwrap();
    let july = july + Duration::days((7 - i64::from(july.weekday().num_days_from_monday())) % 7);
    for week in 0..4 {
        submitted(
            &server,
            &token,
            "annual",
            july + Duration::weeks(week),
            july + Duration::weeks(week) + Duration::days(4),
        )
        .await;
    }
    let reply = submit(&server, &token, "annual", start, end).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
    assert_eq!(
        reply.error("leave_type_id"),
        format!("Not enough Annual Leave balance for {}: {next_year} days requested, 1 available.", year() + 1)
    );

    let reply = submit(&server, &token, "sick", start, end).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["days"].as_f64(), Some(this_year + next_year));
    let sick = |year: i32| {
        let server = &server;
        let token = &token;
        async move {
            let reply = server.get(token, &format!("/api/v1/me/leave-balances?year={year}")).await;
            let data = reply.body["data"].as_array().unwrap().clone();
            let a = data.into_iter().find(|b| b["attributes"]["leave_type"] == "sick").unwrap()["attributes"].clone();
            (a["pending"].as_f64().unwrap(), a["remaining"].as_f64().unwrap())
        }
    };
    assert_eq!(sick(year()).await, (this_year, 10.0 - this_year));
    assert_eq!(sick(year() + 1).await, (next_year, 10.0 - next_year));
}

#[tokio::test]
async fn balances_default_to_this_year_and_validate_the_year() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/me/leave-balances").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["data"][0]["attributes"]["year"], Utc::now().year());
    let reply = server.get(&token, "/api/v1/me/leave-balances?year=1969").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("year"), "The year field must be between 1970 and 9999.");
}

#[tokio::test]
async fn overlapping_a_pending_or_approved_request_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let (start, end) = (monday(3), monday(3) + Duration::days(4));
    let first = submitted(&server, &token, "annual", start, end).await;
    let overlap = format!("These dates overlap your leave request from {start} to {end}.");

    // Any overlap counts, inclusive of the end days and across leave types.
    let attempts = [
        ("annual", start + Duration::days(2), start + Duration::days(3)),
        ("sick", end, end + Duration::days(3)),
        ("annual", start - Duration::days(3), start),
    ];
    for (leave_type, s, e) in attempts {
        let reply = submit(&server, &token, leave_type, s, e).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{s}..{e}: {}", reply.body);
        assert_eq!(reply.error("start_date"), overlap);
    }
    // The next Monday does not overlap.
    submitted(&server, &token, "annual", monday(4), monday(4)).await;
    // Someone else may take the same days.
    let field = server.login("field@acme.test").await;
    submitted(&server, &field, "annual", start, end).await;

    // Approved requests still block the dates; a cancelled one no longer does.
    act(&server, "manager@acme.test", &first, "approve").await;
    act(&server, "hr@acme.test", &first, "approve").await;
    let reply = submit(&server, &token, "sick", start, start).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("start_date"), overlap);
    let reply = server.post(&token, &format!("/api/v1/me/leaves/{first}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    submitted(&server, &token, "sick", start, start).await;
}

#[tokio::test]
async fn cancelling_a_pending_request_returns_its_days_and_skips_the_open_steps() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let id = submitted(&server, &token, "annual", monday(2), monday(2) + Duration::days(4)).await;
    assert_eq!(balance(&server, &token, "annual", year()).await, (21, 0, 5, 16));

    let reply = server.post(&token, &format!("/api/v1/me/leaves/{id}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["type"], "leave-requests");
    assert_eq!(reply.body["data"]["id"], id.as_str());
    let a = &reply.body["data"]["attributes"];
    assert_eq!(a["status"], "cancelled");
    assert!(a["decided_at"].is_string(), "{a}");
    let steps: Vec<&str> =
        a["approval_steps"].as_array().unwrap().iter().map(|s| s["status"].as_str().unwrap()).collect();
    assert_eq!(steps, ["skipped", "skipped"]);
    assert_eq!(balance(&server, &token, "annual", year()).await, (21, 0, 0, 21));

    let reply = server.post(&token, &format!("/api/v1/me/leaves/{id}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("status"), "This leave request is no longer pending and cannot be cancelled.");

    // The manager can no longer act on it.
    let manager = server.login("manager@acme.test").await;
    let reply =
        server.post(&manager, &format!("/api/v1/leave-requests/{id}/act"), json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("decision"), "This leave request is already cancelled.");
}

#[tokio::test]
async fn an_approved_request_can_be_cancelled_until_it_starts() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let future = submitted(&server, &token, "annual", monday(5), monday(5) + Duration::days(4)).await;
    let started = submitted(&server, &token, "annual", monday(6), monday(6) + Duration::days(1)).await;
    for id in [&future, &started] {
        act(&server, "manager@acme.test", id, "approve").await;
        act(&server, "hr@acme.test", id, "approve").await;
    }
    assert_eq!(balance(&server, &token, "annual", year()).await, (21, 7, 0, 14));

    let reply = server.post(&token, &format!("/api/v1/me/leaves/{future}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["status"], "cancelled");
    let steps: Vec<&str> = reply.body["data"]["attributes"]["approval_steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["approved", "approved"], "decided steps keep their decision");
    assert_eq!(balance(&server, &token, "annual", year()).await, (21, 2, 0, 19));

    // Time passes: the other approved leave began yesterday.
    let yesterday = Utc::now().date_naive() - Duration::days(1);
    server
        .db()
        .execute("UPDATE leave_requests SET start_date = ?1 WHERE id = ?2", rusqlite::params![yesterday, started])
        .unwrap();
    let reply = server.post(&token, &format!("/api/v1/me/leaves/{started}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("status"), "This leave request has already started and cannot be cancelled.");
}

#[tokio::test]
async fn nobody_can_cancel_someone_elses_request() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let id = submitted(&server, &token, "annual", monday(2), monday(2)).await;
    for email in ["field@acme.test", "manager@acme.test", "hr@acme.test", "hr@globex.test", "employee@globex.test"] {
        let other = server.login(email).await;
        let reply = server.post(&other, &format!("/api/v1/me/leaves/{id}/cancel"), json!({})).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{email}: {}", reply.body);
    }
    let reply = server.post(&token, "/api/v1/me/leaves/999999/cancel", json!({})).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    let status: String =
        server.db().query_row("SELECT status FROM leave_requests WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
    assert_eq!(status, "pending");
}

#[tokio::test]
async fn my_leaves_lists_only_my_requests_newest_first_with_a_status_filter() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let older = submitted(&server, &token, "annual", monday(2), monday(2)).await;
    let newer = submitted(&server, &token, "sick", monday(3), monday(3)).await;
    let field = server.login("field@acme.test").await;
    submitted(&server, &field, "annual", monday(2), monday(2)).await;
    let reply = server.post(&token, &format!("/api/v1/me/leaves/{older}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::OK);

    let ids = |reply: &Reply| -> Vec<String> {
        reply.body["data"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_owned()).collect()
    };
    let reply = server.get(&token, "/api/v1/me/leaves").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(ids(&reply), [newer.clone(), older.clone()]);
    assert_eq!(reply.body["meta"]["total"], 2);
    assert_eq!(reply.body["data"][0]["attributes"]["approval_steps"].as_array().unwrap().len(), 2);

    let reply = server.get(&token, "/api/v1/me/leaves?filter[status]=cancelled").await;
    assert_eq!(ids(&reply), [older]);
    let reply = server.get(&token, "/api/v1/me/leaves?filter[status]=pending").await;
    assert_eq!(ids(&reply), [newer]);
    let reply = server.get(&token, "/api/v1/me/leaves?filter[status]=approved").await;
    assert_eq!(ids(&reply), Vec::<String>::new());
    let reply = server.get(&token, "/api/v1/me/leaves?filter[status]=holiday").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("filter.status"), "The selected filter.status is invalid.");

    let globex = server.login("employee@globex.test").await;
    let reply = server.get(&globex, "/api/v1/me/leaves").await;
    assert_eq!(reply.body["data"], json!([]));
}

#[tokio::test]
async fn a_retried_submit_with_the_same_idempotency_key_files_one_request() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let body = json!({
        "leave_type_id": "annual",
        "start_date": monday(2).to_string(),
        "end_date": (monday(2) + Duration::days(4)).to_string(),
    });
    let first = server.post_idempotent(&token, "/api/v1/me/leaves", "leave-1", body.clone()).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    assert_eq!(first.header("idempotent-replayed"), None);
    let retry = server.post_idempotent(&token, "/api/v1/me/leaves", "leave-1", body.clone()).await;
    assert_eq!(retry.status, StatusCode::CREATED, "{}", retry.body);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    assert_eq!(retry.body, first.body);
    assert_eq!(request_count(&server, "employee@acme.test"), 1);
    assert_eq!(balance(&server, &token, "annual", year()).await, (21, 0, 5, 16));

    // The manager was told once.
    let manager = server.login("manager@acme.test").await;
    let notes = server.get(&manager, "/api/v1/me/notifications").await;
    let told = notes.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["attributes"]["data"]["leave_request_id"] == first.body["data"]["id"])
        .count();
    assert_eq!(told, 1);

    // The key cannot be reused for another request.
    let mut other = body.clone();
    other["leave_type_id"] = json!("sick");
    let reply = server.post_idempotent(&token, "/api/v1/me/leaves", "leave-1", other).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error("idempotency_key"), "This Idempotency-Key was already used for a different request.");

    // Keys belong to their user: the same key from a colleague files the colleague's request.
    let field = server.login("field@acme.test").await;
    let reply = server.post_idempotent(&field, "/api/v1/me/leaves", "leave-1", body).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    assert_eq!(reply.header("idempotent-replayed"), None);
    assert_ne!(reply.body["data"]["id"], first.body["data"]["id"]);
    assert_eq!(request_count(&server, "field@acme.test"), 1);
}

#[tokio::test]
async fn a_retried_cancel_is_replayed_rather_than_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let id = submitted(&server, &token, "annual", monday(2), monday(2)).await;
    let path = format!("/api/v1/me/leaves/{id}/cancel");
    let first = server.post_idempotent(&token, &path, "cancel-1", json!({})).await;
    assert_eq!(first.status, StatusCode::OK);
    let retry = server.post_idempotent(&token, &path, "cancel-1", json!({})).await;
    assert_eq!(retry.status, StatusCode::OK, "{}", retry.body);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    assert_eq!(retry.body, first.body);
}

#[tokio::test]
async fn leave_routes_require_a_token() {
    let server = TestServer::start().await;
    for path in ["/api/v1/me/leaves", "/api/v1/me/leave-balances", "/api/v1/leave-requests"] {
        let reply = server.request(reqwest::Method::GET, path, None, None, &[]).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(reply.body, json!({ "message": "Unauthenticated." }));
    }
    let body: Value = json!({ "leave_type_id": "annual" });
    let reply = server.request(reqwest::Method::POST, "/api/v1/me/leaves", None, Some(&body), &[]).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
}
