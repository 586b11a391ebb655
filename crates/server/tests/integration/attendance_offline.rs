//! Attendance, continued from `attendance.rs`: punches a phone recorded offline and sent later,
//! mock-location policy, and reading attendance back (`/me/attendance`, `/attendance-records`).

use crate::common;

use chrono::{DateTime, Datelike, Duration, SubsecRound, Utc};
use common::{HQ_LAT, HQ_LON, Reply, TestServer};
use okta_hr_server::settings::{MockLocationPolicy, Settings};
use reqwest::StatusCode;
use serde_json::{Value, json};

const CHECK_IN: &str = "/api/v1/me/attendance/check-in";
const CHECK_OUT: &str = "/api/v1/me/attendance/check-out";
const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

/// `ago` before now, to the second, as a phone would send it.
fn before_now(ago: Duration) -> DateTime<Utc> {
    (Utc::now() - ago).trunc_subsecs(0)
}

fn at_hq_recorded(at: DateTime<Utc>) -> Value {
    json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "recorded_at": at.to_rfc3339() })
}

fn recorded(at: DateTime<Utc>) -> Value {
    json!({ "recorded_at": at.to_rfc3339() })
}

fn time(value: &Value) -> DateTime<Utc> {
    value.as_str().unwrap_or_else(|| panic!("not a time: {value}")).parse().expect("RFC 3339 time")
}

fn count(server: &TestServer, sql: &str, id: i64) -> i64 {
    server.db().query_row(sql, [id], |r| r.get(0)).unwrap()
}

fn open_records_of(server: &TestServer, employee_id: i64) -> i64 {
    count(
        server,
        "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND check_out_at IS NULL",
        employee_id,
    )
}

fn assert_refused(reply: &Reply, field: &str, message: &str) {
    assert_eq!(reply.status, UNPROCESSABLE, "{}", reply.body);
    assert_eq!(reply.body, json!({ "message": message, "errors": { field: [message] } }));
}

fn ids(reply: &Reply) -> Vec<i64> {
    let data = reply.body["data"].as_array().unwrap_or_else(|| panic!("not a list: {}", reply.body));
    data.iter().map(|r| r["relationships"]["employee"]["data"]["id"].as_str().unwrap().parse().unwrap()).collect()
}

#[tokio::test]
async fn an_offline_check_in_keeps_the_device_time_and_is_marked_offline() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let at = before_now(Duration::minutes(45));
    let reply = server.post(&token, CHECK_IN, at_hq_recorded(at)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let a = &reply.body["data"]["attributes"];
    assert_eq!(time(&a["check_in_at"]), at);
    assert_eq!(a["date"], at.date_naive().to_string());
    assert_eq!(a["check_in"]["offline"], true);
    let received_at = time(&a["check_in"]["received_at"]);
    assert!((Utc::now() - received_at).num_seconds().abs() < 30, "{received_at}");

    let id: i64 = reply.body["data"]["id"].as_str().unwrap().parse().unwrap();
    let (stored, stored_received): (DateTime<Utc>, DateTime<Utc>) = server
        .db()
        .query_row("SELECT check_in_at, check_in_received_at FROM attendance_records WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((stored, stored_received), (at, received_at));

    let out_at = before_now(Duration::minutes(15));
    let reply = server.post(&token, CHECK_OUT, at_hq_recorded(out_at)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let a = &reply.body["data"]["attributes"];
    assert_eq!(time(&a["check_out_at"]), out_at);
    assert_eq!(a["worked_minutes"], 30);
    assert_eq!(a["check_out"]["offline"], true);
}

#[tokio::test]
async fn a_punch_sent_within_two_minutes_is_not_offline() {
    let server = TestServer::start().await;
    let token = server.login("field@acme.test").await;
    let reply = server.post(&token, CHECK_IN, recorded(before_now(Duration::seconds(60)))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["check_in"]["offline"], false);
    let reply = server.post(&token, CHECK_OUT, recorded(before_now(Duration::seconds(5)))).await;
    assert_eq!(reply.body["data"]["attributes"]["check_out"]["offline"], false);
}

#[tokio::test]
async fn a_recorded_at_in_the_future_is_refused_beyond_five_minutes_of_skew() {
    let server = TestServer::start().await;
    let token = server.login("field@acme.test").await;
    let me = server.employee_id("field@acme.test");
    let reply = server.post(&token, CHECK_IN, recorded(Utc::now() + Duration::minutes(10))).await;
    assert_refused(&reply, "recorded_at", "The recorded at field must not be in the future.");
    assert_eq!(open_records_of(&server, me), 0);
    let reply = server.post(&token, CHECK_IN, recorded(Utc::now() + Duration::minutes(2))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
}

#[tokio::test]
async fn a_recorded_at_older_than_72_hours_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@globex.test").await;
    let me = server.employee_id("employee@globex.test");
    let reply = server.post(&token, CHECK_IN, recorded(before_now(Duration::hours(73)))).await;
    let message = "The recorded at field must be within the last 72 hours; ask HR to record older attendance.";
    assert_refused(&reply, "recorded_at", message);
    assert_eq!(open_records_of(&server, me), 0);
    let at = before_now(Duration::hours(71));
    let reply = server.post(&token, CHECK_IN, recorded(at)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(time(&reply.body["data"]["attributes"]["check_in_at"]), at);
}

#[tokio::test]
async fn the_offline_window_is_configurable() {
    let short = TestServer::start_with(Settings { offline_window: Duration::hours(2), ..Default::default() }).await;
    let token = short.login("employee@globex.test").await;
    let reply = short.post(&token, CHECK_IN, recorded(before_now(Duration::hours(3)))).await;
    let message = "The recorded at field must be within the last 2 hours; ask HR to record older attendance.";
    assert_refused(&reply, "recorded_at", message);
    let reply = short.post(&token, CHECK_IN, recorded(before_now(Duration::minutes(90)))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);

    let long = TestServer::start_with(Settings { offline_window: Duration::hours(240), ..Default::default() }).await;
    let token = long.login("employee@globex.test").await;
    let reply = long.post(&token, CHECK_IN, recorded(before_now(Duration::hours(100)))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
}

#[tokio::test]
async fn a_check_out_recorded_before_the_check_in_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let at = before_now(Duration::minutes(30));
    assert_eq!(server.post(&token, CHECK_IN, at_hq_recorded(at)).await.status, StatusCode::CREATED);
    let reply = server.post(&token, CHECK_OUT, at_hq_recorded(before_now(Duration::minutes(60)))).await;
    let message = format!("The check-out time must be after your check-in at {}.", at.format("%H:%M on %-d %b"));
    assert_refused(&reply, "recorded_at", &message);
    assert_eq!(open_records_of(&server, me), 1);
}

#[tokio::test]
async fn a_check_in_earlier_than_the_last_check_out_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    assert_eq!(
        server.post(&token, CHECK_IN, at_hq_recorded(before_now(Duration::hours(2)))).await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        server.post(&token, CHECK_OUT, at_hq_recorded(before_now(Duration::hours(1)))).await.status,
        StatusCode::OK
    );
    let reply = server.post(&token, CHECK_IN, at_hq_recorded(before_now(Duration::minutes(90)))).await;
    assert_refused(&reply, "recorded_at", "This check-in is earlier than your last check-out; it cannot be recorded.");
    assert_eq!(open_records_of(&server, me), 0);
}

#[tokio::test]
async fn only_the_first_check_in_of_a_day_after_the_grace_period_is_late() {
    let server = TestServer::start().await;
    let yesterday = (Utc::now() - Duration::days(1)).date_naive();
    let at = |h: u32, m: u32| yesterday.and_hms_opt(h, m, 0).unwrap().and_utc();
    let early = server.login("employee@globex.test").await;
    let reply = server.post(&early, CHECK_IN, recorded(at(9, 15))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["is_late"], false);
    assert_eq!(reply.body["data"]["attributes"]["date"], yesterday.to_string());

    let late = server.login("hr@globex.test").await;
    let reply = server.post(&late, CHECK_IN, recorded(at(9, 16))).await;
    assert_eq!(reply.body["data"]["attributes"]["is_late"], true, "{}", reply.body);
    assert_eq!(server.post(&late, CHECK_OUT, recorded(at(12, 0))).await.status, StatusCode::OK);
    let reply = server.post(&late, CHECK_IN, recorded(at(13, 0))).await;
    assert_eq!(reply.body["data"]["attributes"]["is_late"], false, "{}", reply.body);
}

#[tokio::test]
async fn a_mocked_location_is_stored_and_shown_to_hr_by_default() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let reply =
        server.post(&token, CHECK_IN, json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "is_mocked": true })).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["attributes"]["is_mocked"], true);
    assert_eq!(reply.body["data"]["attributes"]["check_in"]["is_mocked"], true);
    let reply =
        server.post(&token, CHECK_OUT, json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "is_mocked": false })).await;
    assert_eq!(reply.body["data"]["attributes"]["check_out"]["is_mocked"], false);
    assert_eq!(reply.body["data"]["attributes"]["is_mocked"], true);
    let mocked = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND check_in_mocked = 1 AND check_out_mocked = 0";
    assert_eq!(count(&server, mocked, me), 1);

    let hr = server.login("hr@acme.test").await;
    let listed = server.get(&hr, &format!("/api/v1/attendance-records?employee_id={me}")).await;
    assert_eq!(listed.body["data"][0]["id"], reply.body["data"]["id"]);
    assert_eq!(listed.body["data"][0]["attributes"]["is_mocked"], true);
}

#[tokio::test]
async fn a_mocked_check_out_marks_the_record() {
    let server = TestServer::start().await;
    let token = server.login("field@acme.test").await;
    assert_eq!(server.post(&token, CHECK_IN, json!({})).await.status, StatusCode::CREATED);
    let reply = server.post(&token, CHECK_OUT, json!({ "is_mocked": "1" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let a = &reply.body["data"]["attributes"];
    assert_eq!(
        (&a["check_in"]["is_mocked"], &a["check_out"]["is_mocked"], &a["is_mocked"]),
        (&json!(false), &json!(true), &json!(true))
    );
}

#[tokio::test]
async fn mock_locations_can_be_refused_by_policy() {
    let server =
        TestServer::start_with(Settings { mock_location: MockLocationPolicy::Reject, ..Default::default() }).await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let message = "Locations from a mock location provider are not accepted.";
    let mocked = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "is_mocked": true });
    assert_refused(&server.post(&token, CHECK_IN, mocked.clone()).await, "is_mocked", message);
    assert_eq!(open_records_of(&server, me), 0);
    let honest = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "is_mocked": false });
    assert_eq!(server.post(&token, CHECK_IN, honest.clone()).await.status, StatusCode::CREATED);
    assert_refused(&server.post(&token, CHECK_OUT, mocked).await, "is_mocked", message);
    assert_eq!(open_records_of(&server, me), 1);
    assert_eq!(server.post(&token, CHECK_OUT, honest).await.status, StatusCode::OK);
}

#[tokio::test]
async fn mock_locations_can_be_allowed_by_policy() {
    let server =
        TestServer::start_with(Settings { mock_location: MockLocationPolicy::Allow, ..Default::default() }).await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let reply =
        server.post(&token, CHECK_IN, json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "is_mocked": true })).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    // The company disregards mock providers, so HR is not shown a flag.
    let mocked = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND check_in_mocked = 1";
    assert_eq!(count(&server, mocked, me), 0);
    assert_eq!(reply.body["data"]["attributes"]["is_mocked"], false);
}

/// How many of the employee's records fall in the month `YYYY-MM`.
fn in_month(server: &TestServer, employee_id: i64, month: &str) -> i64 {
    let sql = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND substr(work_date, 1, 7) = ?2";
    server.db().query_row(sql, rusqlite::params![employee_id, month], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn my_attendance_lists_this_months_records_newest_first() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let checked_in = server.post(&token, CHECK_IN, json!({ "latitude": HQ_LAT, "longitude": HQ_LON })).await;
    let month = Utc::now().format("%Y-%m").to_string();

    let reply = server.get(&token, "/api/v1/me/attendance?page[size]=100").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    assert_eq!(reply.body["meta"]["total"], in_month(&server, me, &month));
    let data = reply.body["data"].as_array().unwrap();
    assert_eq!(data.len() as i64, in_month(&server, me, &month));
    assert_eq!(data[0]["id"], checked_in.body["data"]["id"]);
    assert!(ids(&reply).iter().all(|&id| id == me));
    assert!(data.iter().all(|r| r["attributes"]["date"].as_str().unwrap().starts_with(&month)));
    let times: Vec<_> = data.iter().map(|r| time(&r["attributes"]["check_in_at"])).collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "not newest first");
    let explicit = server.get(&token, &format!("/api/v1/me/attendance?month={month}&page[size]=100")).await;
    assert_eq!(explicit.body["data"], reply.body["data"]);
}

#[tokio::test]
async fn my_attendance_filters_by_month_and_paginates() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let today = Utc::now().date_naive();
    let this_month = today.format("%Y-%m").to_string();
    let last_month = (today.with_day(1).unwrap() - Duration::days(1)).format("%Y-%m").to_string();
    let month =
        if in_month(&server, me, &last_month) > in_month(&server, me, &this_month) { last_month } else { this_month };
    let total = in_month(&server, me, &month);
    assert!(total >= 5, "the demo seeds ten working days of history");

    let reply = server.get(&token, &format!("/api/v1/me/attendance?month={month}&page[size]=2")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["meta"]["total"], total);
    assert_eq!(reply.body["data"].as_array().unwrap().len(), 2);
    assert!(
        reply.body["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["attributes"]["date"].as_str().unwrap().starts_with(&month))
    );
    let links = &reply.body["links"];
    let page = |n: i64| format!("/api/v1/me/attendance?month={month}&page%5Bnumber%5D={n}&page%5Bsize%5D=2");
    assert!(links["first"].as_str().unwrap().ends_with(&page(1)), "{links}");
    assert!(links["next"].as_str().unwrap().ends_with(&page(2)), "{links}");
    assert!(links["last"].as_str().unwrap().ends_with(&page((total + 1) / 2)), "{links}");
    assert_eq!(links["prev"], Value::Null);
    let second = server.get(&token, &format!("/api/v1/me/attendance?month={month}&page[size]=2&page[number]=2")).await;
    assert!(second.body["links"]["prev"].as_str().unwrap().ends_with(&page(1)));
    assert_ne!(second.body["data"][0]["id"], reply.body["data"][0]["id"]);

    let empty = server.get(&token, "/api/v1/me/attendance?month=2020-01").await;
    assert_eq!(
        (empty.status, &empty.body["data"], &empty.body["meta"]["total"]),
        (StatusCode::OK, &json!([]), &json!(0))
    );
}

#[tokio::test]
async fn an_invalid_month_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    for month in ["2026-13", "2026-1", "July", "2026-07-01"] {
        let reply = server.get(&token, &format!("/api/v1/me/attendance?month={month}")).await;
        assert_refused(&reply, "month", "The month field must match the format Y-m.");
    }
}

#[tokio::test]
async fn employees_cannot_list_company_attendance() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.get(&token, "/api/v1/attendance-records").await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(reply.body, json!({ "message": "This action is unauthorized." }));
}

#[tokio::test]
async fn managers_see_only_their_reports_attendance() {
    let server = TestServer::start().await;
    let token = server.login("manager@acme.test").await;
    let manager = server.employee_id("manager@acme.test");
    let employee = server.employee_id("employee@acme.test");
    let field = server.employee_id("field@acme.test");
    let reports: Vec<i64> =
        server.db().rows("SELECT id FROM employees WHERE manager_id = ?1", [manager], |r| r.get(0)).unwrap();
    assert!(reports.contains(&employee) && reports.contains(&field));
    let expected = count(
        &server,
        "SELECT COUNT(*) FROM attendance_records a JOIN employees e ON e.id = a.employee_id WHERE e.manager_id = ?1",
        manager,
    );

    let reply = server.get(&token, "/api/v1/attendance-records?page[size]=100").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["meta"]["total"], expected);
    assert!(ids(&reply).iter().all(|id| reports.contains(id)), "{:?}", ids(&reply));

    let only = server.get(&token, &format!("/api/v1/attendance-records?employee_id={field}")).await;
    assert_eq!(
        only.body["meta"]["total"],
        count(&server, "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1", field)
    );
    assert!(ids(&only).iter().all(|&id| id == field) && !ids(&only).is_empty());

    for outsider in ["hr@acme.test", "sales.manager@acme.test"] {
        let reply = server
            .get(&token, &format!("/api/v1/attendance-records?employee_id={}", server.employee_id(outsider)))
            .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{outsider}: {}", reply.body);
        assert_eq!(reply.body, json!({ "message": "This action is unauthorized." }));
    }
}

#[tokio::test]
async fn hr_sees_the_whole_company_and_nothing_of_another() {
    let server = TestServer::start().await;
    let acme_hr = server.login("hr@acme.test").await;
    let globex_hr = server.login("hr@globex.test").await;
    let acme: i64 =
        server.db().query_row("SELECT id FROM companies WHERE name = 'Acme Demo'", [], |r| r.get(0)).unwrap();
    let acme_total = count(&server, "SELECT COUNT(*) FROM attendance_records WHERE company_id = ?1", acme);
    assert!(acme_total >= 400, "{acme_total}");
    let reply = server.get(&acme_hr, "/api/v1/attendance-records").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["meta"]["total"], acme_total);

    assert_eq!(server.get(&globex_hr, "/api/v1/attendance-records").await.body["meta"]["total"], 0);
    let homer = server.login("employee@globex.test").await;
    assert_eq!(server.post(&homer, CHECK_IN, json!({})).await.status, StatusCode::CREATED);
    let reply = server.get(&globex_hr, "/api/v1/attendance-records").await;
    assert_eq!(reply.body["meta"]["total"], 1);
    assert_eq!(reply.body["data"][0]["attributes"]["employee_name"], "Homer Simpson");
    assert_eq!(server.get(&acme_hr, "/api/v1/attendance-records").await.body["meta"]["total"], acme_total);

    let homer_id = server.employee_id("employee@globex.test");
    for id in [homer_id, 999_999] {
        let reply = server.get(&acme_hr, &format!("/api/v1/attendance-records?employee_id={id}")).await;
        assert_refused(&reply, "employee_id", "The selected employee id is invalid.");
    }
}

#[tokio::test]
async fn paging_through_company_attendance_yields_every_record_once_newest_first() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let acme: i64 =
        server.db().query_row("SELECT id FROM companies WHERE name = 'Acme Demo'", [], |r| r.get(0)).unwrap();
    let total = count(&server, "SELECT COUNT(*) FROM attendance_records WHERE company_id = ?1", acme);

    let mut seen: Vec<(String, String)> = Vec::new();
    for page in 1.. {
        let reply = server.get(&hr, &format!("/api/v1/attendance-records?page[size]=37&page[number]={page}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.body["meta"]["total"], total);
        let records = reply.body["data"].as_array().expect("records");
        if records.is_empty() {
            break;
        }
        for record in records {
            let check_in = record["attributes"]["check_in_at"].as_str().expect("check_in_at").to_owned();
            seen.push((check_in, record["id"].as_str().expect("id").to_owned()));
        }
    }
    assert_eq!(seen.len() as i64, total);
    assert!(seen.windows(2).all(|pair| pair[0].0 >= pair[1].0), "newest first across pages");
    let mut ids: Vec<&String> = seen.iter().map(|(_, id)| id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len() as i64, total, "no record twice");
}

#[tokio::test]
async fn attendance_records_filter_by_date_range() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let day: String = server.db().query_row("SELECT MIN(work_date) FROM attendance_records", [], |r| r.get(0)).unwrap();
    let on_day = "SELECT COUNT(*) FROM attendance_records WHERE work_date = ?1";
    let expected: i64 = server.db().query_row(on_day, [&day], |r| r.get(0)).unwrap();
    assert!(expected > 0);

    let reply = server.get(&hr, &format!("/api/v1/attendance-records?from={day}&to={day}&page[size]=100")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["meta"]["total"], expected);
    assert!(reply.body["data"].as_array().unwrap().iter().all(|r| r["attributes"]["date"] == day.as_str()));
    // Date-times are accepted as in the API's own example; their date counts.
    let reply = server.get(&hr, &format!("/api/v1/attendance-records?from={day}T12:44:20&to={day}T00:00:00")).await;
    assert_eq!(reply.body["meta"]["total"], expected, "{}", reply.body);

    let reply = server.get(&hr, "/api/v1/attendance-records?from=2026-07-02&to=2026-07-01").await;
    assert_refused(&reply, "to", "The to field must be a date after or equal to from.");
    let reply = server.get(&hr, "/api/v1/attendance-records?from=soon&employee_id=abc").await;
    assert_eq!(reply.status, UNPROCESSABLE);
    assert_eq!(reply.error("from"), "The from field must be a valid date.");
    assert_eq!(reply.error("employee_id"), "The employee id field must be an integer.");
}

#[tokio::test]
async fn a_dismissed_persons_phone_may_still_deliver_the_punches_it_recorded_before() {
    let server = TestServer::start().await;
    let phone = server.login("employee@acme.test").await;
    let signed_out_by_hr = server.login("field@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let before_suspension = before_now(Duration::minutes(30));
    let open_before = open_records_of(&server, me);
    let suspend = "/api/v1/users/employee@acme.test/lifecycle/suspend";
    assert_eq!(server.acme_admin(reqwest::Method::POST, suspend, None).await.status, StatusCode::OK);
    let reason = "Your account has been suspended by your HR team. You have been signed out.";
    let signed_out = |reply: &Reply| {
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{}", reply.body);
        assert_eq!(reply.body["message"], reason);
    };

    // What the phone recorded before HR acted is time worked: delivered, and a retry replays it.
    let key = "offline-check-in-1";
    let delivered = server.post_idempotent(&phone, CHECK_IN, key, at_hq_recorded(before_suspension)).await;
    assert_eq!(delivered.status, StatusCode::CREATED, "{}", delivered.body);
    let replayed = server.post_idempotent(&phone, CHECK_IN, key, at_hq_recorded(before_suspension)).await;
    assert_eq!(replayed.body, delivered.body);
    assert_eq!(open_records_of(&server, me), open_before + 1);
    // Nothing recorded since, nor sent without a recorded time, nor anything but a punch.
    signed_out(&server.post(&phone, CHECK_OUT, at_hq_recorded(Utc::now())).await);
    signed_out(&server.post(&phone, CHECK_OUT, json!({ "latitude": HQ_LAT, "longitude": HQ_LON })).await);
    signed_out(&server.get(&phone, "/api/v1/me").await);
    signed_out(&server.get(&phone, "/api/v1/me/attendance").await);
    assert_eq!(open_records_of(&server, me), open_before + 1, "still checked in: the check-out was refused");

    // Back, then suspended again: the phone's old session ended with the first suspension, not this one.
    let unsuspend = "/api/v1/users/employee@acme.test/lifecycle/unsuspend";
    assert_eq!(server.acme_admin(reqwest::Method::POST, unsuspend, None).await.status, StatusCode::OK);
    assert_eq!(server.acme_admin(reqwest::Method::POST, suspend, None).await.status, StatusCode::OK);
    signed_out(&server.post(&phone, CHECK_OUT, at_hq_recorded(before_suspension + Duration::minutes(5))).await);
    assert_eq!(open_records_of(&server, me), open_before + 1);

    // A session that ended for another reason gives no such grace, even once the person is dismissed.
    let field = server.employee_id("field@acme.test");
    server.post(&signed_out_by_hr, "/api/v1/auth/logout", json!({})).await;
    let deactivate = "/api/v1/users/field@acme.test/lifecycle/deactivate";
    assert_eq!(server.acme_admin(reqwest::Method::POST, deactivate, None).await.status, StatusCode::OK);
    let refused = server.post(&signed_out_by_hr, CHECK_IN, at_hq_recorded(before_suspension)).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED, "{}", refused.body);
    assert_eq!(open_records_of(&server, field), 0);
}
