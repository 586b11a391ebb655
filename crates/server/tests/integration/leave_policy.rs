//! Leave types as HR's policy, balances as a ledger, and the jobs that grant, accrue and carry over leave.

use crate::common;

use chrono::{Datelike, Duration, NaiveDate, Utc};
use common::{Reply, TestServer, monday_in_weeks};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn year() -> i32 {
    Utc::now().year()
}

/// A Monday of next year's spring: in the future and far from New Year.
fn spring_monday(week: i64) -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(year() + 1, 3, 1).unwrap();
    while day.weekday() != chrono::Weekday::Mon {
        day = day.succ_opt().unwrap();
    }
    day + Duration::weeks(week)
}

async fn create_type(server: &TestServer, hr: &str, body: Value) -> String {
    let reply = server.post(hr, "/api/v1/leave-types", body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    reply.body["data"]["id"].as_str().unwrap().to_owned()
}

async fn request(server: &TestServer, token: &str, code: &str, start: NaiveDate, end: NaiveDate) -> Reply {
    let body = json!({ "leave_type_id": code, "start_date": start.to_string(), "end_date": end.to_string() });
    server.post(token, "/api/v1/me/leaves", body).await
}

/// `(entitled, used, pending, remaining)` of one type and year.
async fn balance(server: &TestServer, token: &str, code: &str, year: i32) -> (i64, i64, i64, i64) {
    let reply = server.get(token, &format!("/api/v1/me/leave-balances?year={year}")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let found = reply.body["data"].as_array().unwrap().iter().find(|b| b["attributes"]["leave_type"] == code);
    let a = &found.unwrap_or_else(|| panic!("no {code} balance: {}", reply.body))["attributes"];
    let n = |field: &str| a[field].as_i64().unwrap();
    (n("entitled"), n("used"), n("pending"), n("remaining"))
}

fn count(server: &TestServer, sql: &str) -> i64 {
    server.db().query_row(sql, (), |r| r.get(0)).unwrap()
}

async fn job(server: &TestServer, hr: &str, action: &str, job: &str, period: &str) -> Reply {
    server.post(hr, &format!("/api/v1/leave-jobs/{action}"), json!({ "job": job, "period": period })).await
}

#[tokio::test]
async fn only_hr_manages_policies_the_ledger_and_the_jobs() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let manager = server.login("manager@acme.test").await;
    let hr = server.login("hr@acme.test").await;

    let reply = server.get(&employee, "/api/v1/leave-types").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let codes: Vec<&str> =
        reply.body["data"].as_array().unwrap().iter().map(|t| t["attributes"]["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["annual", "sick", "study", "unpaid"]);
    let annual = &reply.body["data"][0]["attributes"];
    assert_eq!((annual["days_per_year"].as_i64(), annual["carry_over_cap"].as_i64()), (Some(21), Some(5)));
    assert_eq!(annual["approval_chain"], "manager_hr");

    let new_type = json!({ "code": "lieu", "name": "Time off in lieu", "days_per_year": 5 });
    for token in [&employee, &manager] {
        assert_eq!(server.post(token, "/api/v1/leave-types", new_type.clone()).await.status, StatusCode::FORBIDDEN);
        let patch = server.request(Method::PATCH, "/api/v1/leave-types/1", Some(token), Some(&json!({})), &[]).await;
        assert_eq!(patch.status, StatusCode::FORBIDDEN);
        assert_eq!(server.get(token, "/api/v1/leave-jobs").await.status, StatusCode::FORBIDDEN);
        assert_eq!(job(&server, token, "preview", "yearly_grant", "2026").await.status, StatusCode::FORBIDDEN);
        assert_eq!(job(&server, token, "run", "yearly_grant", "2026").await.status, StatusCode::FORBIDDEN);
        let adjustment =
            json!({ "employee_id": 1, "leave_type_id": "annual", "year": year(), "days": 1, "reason": "x" });
        assert_eq!(server.post(token, "/api/v1/leave-adjustments", adjustment).await.status, StatusCode::FORBIDDEN);
    }
    let someone_else = server.employee_id("manager@acme.test");
    let reply = server.get(&employee, &format!("/api/v1/leave-ledger?filter[employee]={someone_else}")).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(server.get(&employee, "/api/v1/leave-ledger").await.status, StatusCode::FORBIDDEN);
    assert_eq!(server.get(&employee, "/api/v1/leave-ledger?filter[employee]=me").await.status, StatusCode::OK);
    assert_eq!(server.get(&hr, "/api/v1/leave-ledger").await.status, StatusCode::OK);
    // A manager reads the ledger of someone who reports to them, and nobody else's.
    let manager = server.login("manager@acme.test").await;
    let report = server.employee_id("employee@acme.test");
    let report_id = report.to_string();
    let theirs = server.get(&manager, &format!("/api/v1/leave-ledger?filter[employee]={report}")).await;
    assert_eq!(theirs.status, StatusCode::OK, "{}", theirs.body);
    assert!(
        theirs.body["data"].as_array().unwrap().iter().all(|e| e["attributes"]["employee_id"] == report_id.as_str())
    );
    let hr_id = server.employee_id("hr@acme.test");
    let not_theirs = server.get(&manager, &format!("/api/v1/leave-ledger?filter[employee]={hr_id}")).await;
    assert_eq!(not_theirs.status, StatusCode::FORBIDDEN);
    assert_eq!(server.get(&manager, "/api/v1/leave-ledger").await.status, StatusCode::FORBIDDEN);

    // HR's creation, retried with its key, makes one type, and is in the audit trail.
    let first = server.post_idempotent(&hr, "/api/v1/leave-types", "lieu-1", new_type.clone()).await;
    let again = server.post_idempotent(&hr, "/api/v1/leave-types", "lieu-1", new_type).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    assert_eq!(first.body["data"]["id"], again.body["data"]["id"]);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM leave_types WHERE code = 'lieu'"), 1);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM audit_events WHERE action = 'leave_type.create'"), 1);
}

#[tokio::test]
async fn invalid_policies_adjustments_and_jobs_are_refused_and_change_nothing() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let types_before = count(&server, "SELECT COUNT(*) FROM leave_types");
    let ledger_before = count(&server, "SELECT COUNT(*) FROM leave_ledger");

    let reply = server
        .post(
            &hr,
            "/api/v1/leave-types",
            json!({ "code": "Annual Leave", "paid_fraction": 2, "accrual": "weekly", "carry_over_expiry_months": 13 }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
    assert_eq!(reply.error("code"), "The code field format is invalid.");
    assert_eq!(reply.error("name"), "The name field is required.");
    assert_eq!(reply.error("days_per_year"), "The days per year field is required.");
    assert_eq!(reply.error("paid_fraction"), "The paid fraction field must be between 0 and 1.");
    assert_eq!(reply.error("accrual"), "The selected accrual is invalid.");
    let duplicate = json!({ "code": "annual", "name": "Again", "days_per_year": 3 });
    let reply = server.post(&hr, "/api/v1/leave-types", duplicate).await;
    assert_eq!(reply.error("code"), "The code has already been taken.");

    let adjustment = json!({ "employee_id": 999_999, "leave_type_id": "nope", "year": year(), "days": 0 });
    let reply = server.post(&hr, "/api/v1/leave-adjustments", adjustment).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
    assert_eq!(reply.error("employee_id"), "The selected employee id is invalid.");
    assert_eq!(reply.error("leave_type_id"), "The selected leave type id is invalid.");
    assert_eq!(reply.error("days"), "The days field must not be zero.");
    assert_eq!(reply.error("reason"), "The reason field is required.");

    let reply = job(&server, &hr, "run", "weekly_bonus", "2026").await;
    assert_eq!(reply.error("job"), "The selected job is invalid.");
    let reply = job(&server, &hr, "run", "monthly_accrual", "2026").await;
    assert_eq!(reply.error("period"), "The period field format is invalid.");
    let reply = job(&server, &hr, "run", "year_end", &year().to_string()).await;
    assert_eq!(reply.error("period"), "The period must have ended.");

    assert_eq!(count(&server, "SELECT COUNT(*) FROM leave_types"), types_before);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM leave_ledger"), ledger_before);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM leave_job_runs"), 0);
}

#[tokio::test]
async fn balances_read_from_the_ledger_are_what_they_were() {
    let server = TestServer::start().await;
    // The demo's person with the most approved leave.
    let (employee_id, email): (i64, String) = server
        .db()
        .query_row(
            "SELECT e.id, e.email FROM employees e JOIN leave_requests r ON r.employee_id = e.id
             WHERE r.status = 'approved' GROUP BY e.id, e.email ORDER BY COUNT(*) DESC, e.id LIMIT 1",
            (),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let token = server.login(&email).await;
    // The demo's approved requests were written as `taken` when the server started.
    let approved =
        format!("SELECT COUNT(*) FROM leave_requests WHERE employee_id = {employee_id} AND status = 'approved'");
    let booked = format!(
        "SELECT COUNT(DISTINCT leave_request_id) FROM leave_ledger WHERE employee_id = {employee_id} AND kind = 'taken'"
    );
    assert!(count(&server, &approved) > 0);
    assert_eq!(count(&server, &booked), count(&server, &approved));
    for year in [year() - 1, year(), year() + 1] {
        for (code, allowance) in [("annual", 21), ("sick", 10)] {
            let used = count(
                &server,
                &format!(
                    "SELECT COALESCE(SUM(r.days), 0) FROM leave_requests r JOIN leave_types t ON t.id = r.leave_type_id
                     WHERE r.employee_id = {employee_id} AND t.code = '{code}' AND r.status = 'approved'
                       AND r.start_date >= '{year}-01-01' AND r.end_date <= '{year}-12-31'"
                ),
            );
            let (entitled, ledger_used, _, _) = balance(&server, &token, code, year).await;
            assert_eq!((entitled, ledger_used), (allowance, used), "{code} {year}");
        }
    }
}

#[tokio::test]
async fn jobs_preview_what_they_write_and_a_second_run_writes_nothing() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let employee = server.login("employee@acme.test").await;
    let before = balance(&server, &employee, "annual", year()).await;

    let last_month = Utc::now().date_naive().with_day(1).unwrap().pred_opt().unwrap().format("%Y-%m").to_string();
    for (name, period) in
        [("year_end", (year() - 1).to_string()), ("yearly_grant", year().to_string()), ("monthly_accrual", last_month)]
    {
        let preview = job(&server, &hr, "preview", name, &period).await;
        assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
        let ledger_before = count(&server, "SELECT COUNT(*) FROM leave_ledger");
        let run = job(&server, &hr, "run", name, &period).await;
        assert_eq!(run.status, StatusCode::OK, "{}", run.body);
        assert_eq!(run.body["data"]["entries"], preview.body["data"]["entries"], "{name}: preview == run");
        let written = run.body["data"]["entry_count"].as_i64().unwrap();
        assert!(written > 0, "{name} wrote nothing: {}", run.body);
        assert_eq!(count(&server, "SELECT COUNT(*) FROM leave_ledger") - ledger_before, written);
        assert_eq!(preview.body["data"]["applied"], false);

        let again = job(&server, &hr, "run", name, &period).await;
        assert_eq!(again.body["data"]["entry_count"], 0, "{name} ran twice: {}", again.body);
        let after = job(&server, &hr, "preview", name, &period).await;
        assert_eq!(after.body["data"]["entries"], json!([]));
    }
    for entry in count_rows(&server, "SELECT days FROM leave_ledger WHERE kind = 'carry_over'") {
        assert!((1..=5).contains(&entry), "carried {entry}, the cap is 5");
    }
    // The grant written is what the balance counted before.
    let (entitled, ..) = balance(&server, &employee, "annual", year()).await;
    let carried = count(
        &server,
        &format!(
            "SELECT COALESCE(SUM(days), 0) FROM leave_ledger l JOIN leave_types t ON t.id = l.leave_type_id
             WHERE t.code = 'annual' AND l.kind = 'carry_over' AND l.year = {} AND l.employee_id = {}",
            year(),
            server.employee_id("employee@acme.test")
        ),
    );
    assert_eq!(entitled, before.0 + carried);

    let runs = server.get(&hr, "/api/v1/leave-jobs").await;
    assert_eq!(runs.body["meta"]["total"], 6, "{}", runs.body);
    assert_eq!(runs.body["data"][0]["attributes"]["entries"], 0);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM audit_events WHERE action = 'leave_job.run'"), 6);
}

fn count_rows(server: &TestServer, sql: &str) -> Vec<i64> {
    server.db().rows(sql, (), |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn the_types_chain_notice_counting_and_negative_allowance_decide_a_request() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let employee = server.login("employee@acme.test").await;
    let manager = server.login("manager@acme.test").await;

    // No chain: approved at once, its days in the ledger; cancelling gives them back.
    create_type(
        &server,
        &hr,
        json!({ "code": "lieu", "name": "Time off in lieu", "days_per_year": 5,
        "approval_chain": "none" }),
    )
    .await;
    let (start, end) = (spring_monday(0), spring_monday(0) + Duration::days(1));
    let reply = request(&server, &employee, "lieu", start, end).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["status"], "approved");
    assert_eq!(reply.body["data"]["attributes"]["approval_steps"], json!([]));
    assert_eq!(balance(&server, &employee, "lieu", year() + 1).await, (5, 2, 0, 3));
    let id = reply.body["data"]["id"].as_str().unwrap();
    let reply = server.post(&employee, &format!("/api/v1/me/leaves/{id}/cancel"), json!({})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(balance(&server, &employee, "lieu", year() + 1).await, (5, 0, 0, 5));
    let kinds = format!("SELECT COUNT(*) FROM leave_ledger WHERE leave_request_id = {id}");
    assert_eq!(count(&server, &kinds), 2, "taken and its reversal");

    // The manager alone: their approval approves it, HR is never asked.
    create_type(
        &server,
        &hr,
        json!({ "code": "team", "name": "Team day", "days_per_year": 5,
        "approval_chain": "manager" }),
    )
    .await;
    // The Tuesday: the Monday may be Berlin's Women's Day.
    let tuesday = spring_monday(1) + Duration::days(1);
    let reply = request(&server, &employee, "team", tuesday, tuesday).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let id = reply.body["data"]["id"].as_str().unwrap();
    let act = json!({ "decision": "approve" });
    let reply = server.post(&manager, &format!("/api/v1/leave-requests/{id}/act"), act).await;
    assert_eq!(reply.body["data"]["attributes"]["status"], "approved", "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["approval_steps"].as_array().unwrap().len(), 1);
    assert_eq!(balance(&server, &employee, "team", year() + 1).await, (5, 1, 0, 4));

    // Notice, counted from today, by the domain's rule.
    create_type(
        &server,
        &hr,
        json!({ "code": "sabbatical", "name": "Sabbatical", "days_per_year": 60,
        "min_notice_days": 30, "counts_non_working_days": true }),
    )
    .await;
    let soon = monday_in_weeks(1);
    let reply = request(&server, &employee, "sabbatical", soon, soon).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
    assert_eq!(reply.error("start_date"), "The start date must be at least 30 days from today.");
    // Calendar days: a week from Monday to Sunday is seven days.
    let reply = request(&server, &employee, "sabbatical", spring_monday(2), spring_monday(2) + Duration::days(6)).await;
    assert_eq!(reply.body["data"]["attributes"]["days"], 7, "{}", reply.body);

    // A negative allowance lets the balance go that far below zero, and no further (counting every day,
    // whatever holidays the week has).
    create_type(
        &server,
        &hr,
        json!({ "code": "advance", "name": "Advance", "days_per_year": 2,
        "negative_allowance": 3, "counts_non_working_days": true }),
    )
    .await;
    let week = (spring_monday(4), spring_monday(4) + Duration::days(4));
    let reply = request(&server, &employee, "advance", week.0, week.1).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(balance(&server, &employee, "advance", year() + 1).await, (2, 0, 5, -3));
    let reply = request(&server, &employee, "advance", spring_monday(5), spring_monday(5)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
    assert_eq!(
        reply.error("leave_type_id"),
        format!("Not enough Advance balance for {}: 1 day requested, 0 available.", year() + 1)
    );
}

#[tokio::test]
async fn adjustments_and_retirement_are_hrs_and_audited() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let employee = server.login("employee@acme.test").await;
    let employee_id = server.employee_id("employee@acme.test");
    let before = balance(&server, &employee, "sick", year()).await;
    let body = json!({ "employee_id": employee_id, "leave_type_id": "sick", "year": year(), "days": 2,
        "reason": "Hospital stay" });
    let reply = server.post(&hr, "/api/v1/leave-adjustments", body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["author_name"], "Hanna Richter");
    assert_eq!(balance(&server, &employee, "sick", year()).await.0, before.0 + 2);
    let mine = server
        .get(
            &employee,
            &format!("/api/v1/leave-ledger?filter[employee]=me&filter[leave_type]=sick&filter[year]={}", year()),
        )
        .await;
    assert_eq!(mine.body["data"][0]["attributes"]["reason"], "Hospital stay", "{}", mine.body);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM audit_events WHERE action = 'leave.adjust'"), 1);

    let sick: i64 = count(
        &server,
        "SELECT id FROM leave_types WHERE code = 'sick' AND company_id = (SELECT company_id FROM employees WHERE email = 'hr@acme.test')",
    );
    let path = format!("/api/v1/leave-types/{sick}");
    let reply = server.request(Method::PATCH, &path, Some(&hr), Some(&json!({ "retired": true })), &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["retired"], true);
    let reply = request(&server, &employee, "sick", spring_monday(0), spring_monday(0)).await;
    assert_eq!(reply.error("leave_type_id"), "The selected leave type id is invalid.");
    let balances = server.get(&employee, "/api/v1/me/leave-balances").await;
    assert!(!balances.body.to_string().contains("\"sick\""), "a retired type has no balance: {}", balances.body);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM audit_events WHERE action = 'leave_type.update'"), 1);
}

#[tokio::test]
async fn months_the_server_missed_are_accrued_at_its_next_pass() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let first_of_month = Utc::now().date_naive().with_day(1).unwrap();
    let month =
        |back: u32| first_of_month.checked_sub_months(chrono::Months::new(back)).unwrap().format("%Y-%m").to_string();
    // The accrual of three months ago ran; then the server was down over two months' ends.
    let ran = job(&server, &hr, "run", "monthly_accrual", &month(3)).await;
    assert_eq!(ran.status, StatusCode::OK, "{}", ran.body);

    okta_hr_server::leave_jobs::run_due(&server.db().db()).await.unwrap();
    let logged: Vec<String> = server
        .db()
        .rows(
            "SELECT period FROM leave_job_runs WHERE company_id = 1 AND job = 'monthly_accrual' ORDER BY period",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(logged, [month(3), month(2), month(1)], "caught up, oldest first");
    let study = "SELECT COUNT(DISTINCT period) FROM leave_ledger l JOIN leave_types t ON t.id = l.leave_type_id
                 WHERE t.code = 'study' AND l.kind = 'accrual' AND l.employee_id = (SELECT id FROM employees WHERE email = 'employee@acme.test')";
    let months_accrued = count(&server, study);
    assert!(months_accrued >= 2, "the missed months accrued: {months_accrued}");

    okta_hr_server::leave_jobs::run_due(&server.db().db()).await.unwrap();
    assert_eq!(count(&server, study), months_accrued, "a second pass accrues nothing again");
}
