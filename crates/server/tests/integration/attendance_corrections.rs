//! Shifts and attendance corrections over HTTP: an employee asks to correct a punch or add a missing record,
//! their manager decides, HR corrects directly; the server closes a punch nobody checked out of at the end of
//! the shift; and the shifts HR keeps decide late and early.

use crate::common;

use chrono::{DateTime, Duration, NaiveDate, SubsecRound, Timelike, Utc};
use common::{HQ_LAT, HQ_LON, Reply, TestServer};
use okta_hr_server::attendance_auto_close::close_forgotten;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const CHECK_IN: &str = "/api/v1/me/attendance/check-in";
const CHECK_OUT: &str = "/api/v1/me/attendance/check-out";
const MINE: &str = "/api/v1/me/attendance/corrections";
const TO_DECIDE: &str = "/api/v1/attendance-corrections";
const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

/// `span` before a moment late enough in its (UTC, the demo companies') day that every time these tests
/// propose, at most five hours earlier, falls on the same day as it: now, or in the first hours of a day
/// the evening before, so that a run just after midnight does not propose yesterday's times for today.
fn ago(span: Duration) -> DateTime<Utc> {
    let now = Utc::now().trunc_subsecs(0);
    let anchor = if now.hour() >= 6 {
        now
    } else {
        (now.date_naive() - Duration::days(1)).and_hms_opt(23, 0, 0).expect("a time").and_utc()
    };
    anchor - span
}

fn time(value: &Value) -> DateTime<Utc> {
    value.as_str().unwrap_or_else(|| panic!("not a time: {value}")).parse().expect("RFC 3339 time")
}

fn id_of(reply: &Reply) -> String {
    reply.body["data"]["id"].as_str().unwrap_or_else(|| panic!("no id: {}", reply.body)).to_owned()
}

/// Checks in at HQ at `at` and answers the record's id.
async fn check_in_at(server: &TestServer, token: &str, at: DateTime<Utc>) -> String {
    let body = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "recorded_at": at.to_rfc3339() });
    let reply = server.post(token, CHECK_IN, body).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    id_of(&reply)
}

async fn act(server: &TestServer, token: &str, id: &str, body: Value) -> Reply {
    server.post(token, &format!("{TO_DECIDE}/{id}/act"), body).await
}

fn notifications(server: &TestServer, email: &str, kind: &str) -> Vec<String> {
    let sql = "SELECT n.body FROM notifications n JOIN employees e ON e.id = n.employee_id
               WHERE e.email = ?1 AND n.kind = ?2 ORDER BY n.created_at";
    server.db().rows(sql, [email, kind], |r| r.get(0)).expect("notifications")
}

async fn audit_events(server: &TestServer, hr: &str, action: &str) -> Vec<Value> {
    let reply = server.get(hr, &format!("/api/v1/audit-events?filter[action]={action}")).await;
    reply.body["data"].as_array().unwrap_or_else(|| panic!("{}", reply.body)).clone()
}

#[tokio::test]
async fn an_approved_correction_shows_the_corrected_times_and_keeps_the_punched_ones() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let manager = server.login("manager@acme.test").await;
    let checked_in = ago(Duration::hours(3));
    let record = check_in_at(&server, &employee, checked_in).await;

    let left = ago(Duration::hours(1));
    let body = json!({ "attendance_record_id": record, "check_out_at": left.to_rfc3339(), "reason": "I forgot to check out." });
    let requested = server.post(&employee, MINE, body).await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.body);
    let id = id_of(&requested);
    let a = &requested.body["data"]["attributes"];
    assert_eq!((&a["status"], &a["check_in_at"]), (&json!("pending"), &Value::Null));
    assert_eq!(time(&a["recorded_check_in_at"]), checked_in);
    assert_eq!(requested.body["data"]["relationships"]["attendance-record"]["data"]["id"], json!(record));
    assert!(notifications(&server, "manager@acme.test", "attendance_correction.requested").len() >= 2);

    let mine = server.get(&employee, MINE).await;
    assert_eq!(mine.body["data"][0]["id"], json!(id), "{}", mine.body);
    let inbox = server.get(&manager, &format!("{TO_DECIDE}?filter[status]=pending")).await;
    let waiting: Vec<&Value> = inbox.body["data"].as_array().unwrap().iter().map(|c| &c["id"]).collect();
    assert!(waiting.contains(&&json!(id)), "{}", inbox.body);

    let approved = act(&server, &manager, &id, json!({ "decision": "approve" })).await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.body);
    assert_eq!(approved.body["data"]["attributes"]["status"], "approved");
    assert_eq!(approved.body["data"]["attributes"]["decided_by_name"], "Max Weber");
    let corrected = &approved.body["included"][0];
    assert_eq!((&corrected["type"], &corrected["id"]), (&json!("attendance-records"), &json!(record)));

    // The employee's month shows the corrected record, the punch as made kept beside it.
    let month = server.get(&employee, &format!("/api/v1/me/attendance?month={}", checked_in.format("%Y-%m"))).await;
    let shown = month.body["data"].as_array().unwrap().iter().find(|r| r["id"] == json!(record)).unwrap().clone();
    let a = &shown["attributes"];
    assert_eq!((time(&a["check_in_at"]), time(&a["check_out_at"])), (checked_in, left));
    assert_eq!((&a["corrected"], &a["auto_closed"]), (&json!(true), &json!(false)));
    assert_eq!(time(&a["original_check_in_at"]), checked_in);
    assert_eq!(a.get("original_check_out_at"), None, "there was no check-out to keep: {a}");
    assert_eq!((&a["correction_reason"], &a["check_out"]), (&json!("I forgot to check out."), &Value::Null));
    assert_eq!(a["worked_minutes"], 120);
    assert_eq!(notifications(&server, "employee@acme.test", "attendance_correction.approved").len(), 1);

    let hr = server.login("hr@acme.test").await;
    let decisions = audit_events(&server, &hr, "attendance_correction.decide").await;
    let entities: Vec<&Value> = decisions.iter().map(|e| &e["attributes"]["entity"]).collect();
    assert_eq!(entities, [&json!("attendance_record"), &json!("attendance_correction")]);
    let record_change = &decisions[0]["attributes"]["details"]["check_out_at"];
    assert_eq!((&record_change["before"], time(&record_change["after"])), (&Value::Null, left));

    // Decided once: a second decision is refused.
    let again = act(&server, &manager, &id, json!({ "decision": "reject", "reason": "No." })).await;
    assert_eq!((again.status, again.error("decision")), (UNPROCESSABLE, "This correction is already approved."));
}

#[tokio::test]
async fn a_missing_day_is_added_with_both_its_times() {
    let server = TestServer::start().await;
    let field = server.login("field@acme.test").await;
    let day: NaiveDate = (Utc::now() - Duration::days(30)).date_naive();
    let at = |hours: i64| (day.and_hms_opt(0, 0, 0).unwrap().and_utc() + Duration::hours(hours)).to_rfc3339();

    let half =
        server.post(&field, MINE, json!({ "date": day, "check_in_at": at(8), "reason": "Phone was dead." })).await;
    assert_eq!(half.status, UNPROCESSABLE);
    assert_eq!(
        half.error("check_out_at"),
        "The check out at field is required when attendance record id is not present."
    );
    let other_day = json!({ "date": day, "check_in_at": at(32), "check_out_at": at(33), "reason": "Phone was dead." });
    let reply = server.post(&field, MINE, other_day).await;
    assert_eq!(reply.error("check_in_at"), format!("The check in at field must be a time on {day}."));

    let body = json!({ "date": day, "check_in_at": at(8), "check_out_at": at(16), "reason": "Phone was dead." });
    let requested = server.post(&field, MINE, body).await;
    assert_eq!(requested.status, StatusCode::CREATED, "{}", requested.body);
    let manager = server.login("manager@acme.test").await;
    let approved = act(&server, &manager, &id_of(&requested), json!({ "decision": "approve" })).await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.body);
    let added = &approved.body["included"][0]["attributes"];
    assert_eq!(
        (&added["date"], &added["worked_minutes"], &added["corrected"]),
        (&json!(day), &json!(480), &json!(true))
    );
    assert_eq!((added.get("original_check_in_at"), added.get("original_check_out_at")), (None, None), "{added}");
}

#[tokio::test]
async fn a_rejection_needs_a_reason_and_leaves_the_record_alone() {
    let server = TestServer::start().await;
    let employee = server.login("employee@globex.test").await;
    let hr = server.login("hr@globex.test").await;
    let record = check_in_at(&server, &employee, ago(Duration::hours(2))).await;
    let proposal = json!({ "attendance_record_id": record, "check_in_at": ago(Duration::hours(3)).to_rfc3339(), "reason": "Early start." });
    let id = id_of(&server.post(&employee, MINE, proposal).await);

    let bare = act(&server, &hr, &id, json!({ "decision": "reject" })).await;
    assert_eq!(
        (bare.status, bare.error("reason")),
        (UNPROCESSABLE, "The reason field is required when decision is reject.")
    );
    let unknown = act(&server, &hr, &id, json!({ "decision": "maybe" })).await;
    assert_eq!(unknown.error("decision"), "The selected decision is invalid.");
    let rejected = act(&server, &hr, &id, json!({ "decision": "reject", "reason": "The door log says 09:20." })).await;
    assert_eq!(rejected.status, StatusCode::OK, "{}", rejected.body);
    assert_eq!(rejected.body["data"]["attributes"]["decision_reason"], "The door log says 09:20.");
    assert!(rejected.body["included"].as_array().is_none_or(Vec::is_empty), "no record changed");
    let told = notifications(&server, "employee@globex.test", "attendance_correction.rejected");
    assert!(told[0].ends_with("Reason: The door log says 09:20."), "{told:?}");
    let corrected: bool = server
        .db()
        .query_row(
            "SELECT corrected_at IS NOT NULL FROM attendance_records WHERE id = ?1",
            [record.parse::<i64>().unwrap()],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!corrected);
}

#[tokio::test]
async fn a_request_is_checked_as_laravel_would_and_only_for_ones_own_records() {
    let server = TestServer::start().await;
    let employee = server.login("employee@globex.test").await;
    let record = check_in_at(&server, &employee, ago(Duration::hours(4))).await;
    let cases = [
        (
            json!({ "attendance_record_id": record, "check_out_at": "soon" }),
            "check_out_at",
            "The check out at field must be a valid date.",
        ),
        (
            json!({ "attendance_record_id": record, "check_out_at": ago(Duration::hours(1)).to_rfc3339() }),
            "reason",
            "The reason field is required.",
        ),
        (json!({ "reason": "x" }), "date", "The date field is required when attendance record id is not present."),
        (
            json!({ "attendance_record_id": record, "reason": "x" }),
            "check_in_at",
            "The check in at field is required when check out at is not present.",
        ),
        (
            json!({ "attendance_record_id": record, "check_out_at": ago(Duration::hours(5)).to_rfc3339(), "reason": "x" }),
            "check_out_at",
            "The check out at field must be a date after check in at.",
        ),
        (
            json!({ "attendance_record_id": record, "check_out_at": (Utc::now() + Duration::hours(1)).to_rfc3339(), "reason": "x" }),
            "check_out_at",
            "The check out at field must be a date before or equal to now.",
        ),
        (
            json!({ "attendance_record_id": record, "check_out_at": ago(Duration::hours(1)).to_rfc3339(), "reason": "x".repeat(256) }),
            "reason",
            "The reason field must not be greater than 255 characters.",
        ),
    ];
    for (body, field, message) in cases {
        let reply = server.post(&employee, MINE, body.clone()).await;
        assert_eq!(reply.status, UNPROCESSABLE, "{body}: {}", reply.body);
        assert_eq!(reply.error(field), message, "{body}");
    }

    // Someone else's record is not one of theirs to correct.
    let acme_record: i64 = server.db().query_row("SELECT MIN(id) FROM attendance_records", (), |r| r.get(0)).unwrap();
    let theirs = json!({ "attendance_record_id": acme_record, "check_out_at": ago(Duration::hours(1)).to_rfc3339(), "reason": "x" });
    let reply = server.post(&employee, MINE, theirs).await;
    assert_eq!(reply.error("attendance_record_id"), "The selected attendance record id is invalid.");

    // One correction waits per record.
    let fine =
        json!({ "attendance_record_id": record, "check_out_at": ago(Duration::hours(1)).to_rfc3339(), "reason": "x" });
    assert_eq!(server.post(&employee, MINE, fine.clone()).await.status, StatusCode::CREATED);
    let twice = server.post(&employee, MINE, fine).await;
    assert_eq!(twice.error("attendance_record_id"), "This record already has a correction waiting for a decision.");
}

#[tokio::test]
async fn only_the_requesters_managers_and_hr_decide_and_never_their_own() {
    let server = TestServer::start().await;
    let pending: i64 = server
        .db()
        .query_row("SELECT id FROM attendance_corrections WHERE status = 'pending' ORDER BY id LIMIT 1", (), |r| {
            r.get(0)
        })
        .unwrap();
    let path = format!("{TO_DECIDE}/{pending}/act");
    let employee = server.login("employee@acme.test").await;
    assert_eq!(server.get(&employee, TO_DECIDE).await.status, StatusCode::FORBIDDEN);
    assert_eq!(server.post(&employee, &path, json!({ "decision": "approve" })).await.status, StatusCode::FORBIDDEN);
    let other_manager = server.login("sales.manager@acme.test").await;
    assert_eq!(
        server.post(&other_manager, &path, json!({ "decision": "approve" })).await.status,
        StatusCode::NOT_FOUND
    );
    let listed = server.get(&other_manager, TO_DECIDE).await;
    assert!(!listed.body["data"].as_array().unwrap().iter().any(|c| c["id"] == json!(pending.to_string())));

    // HR may decide anyone's, but not their own.
    let hr = server.login("hr@acme.test").await;
    let record = check_in_at(&server, &hr, ago(Duration::hours(2))).await;
    let own =
        json!({ "attendance_record_id": record, "check_out_at": ago(Duration::hours(1)).to_rfc3339(), "reason": "x" });
    let own = id_of(&server.post(&hr, MINE, own).await);
    let reply = act(&server, &hr, &own, json!({ "decision": "approve" })).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);
    assert_eq!(act(&server, &hr, &pending.to_string(), json!({ "decision": "approve" })).await.status, StatusCode::OK);

    let path = format!("/api/v1/attendance-records/{record}");
    let body = json!({ "check_out_at": ago(Duration::hours(1)).to_rfc3339(), "reason": "x" });
    for token in [employee, server.login("manager@acme.test").await] {
        let reply = server.request(Method::PATCH, &path, Some(&token), Some(&body), &[]).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "HR only: {}", reply.body);
    }
}

#[tokio::test]
async fn a_retried_request_and_decision_are_made_once() {
    let server = TestServer::start().await;
    let employee = server.login("employee@globex.test").await;
    let hr = server.login("hr@globex.test").await;
    let record = check_in_at(&server, &employee, ago(Duration::hours(3))).await;
    let body = json!({ "attendance_record_id": record, "check_out_at": ago(Duration::hours(1)).to_rfc3339(), "reason": "Forgot." });
    let first = server.post_idempotent(&employee, MINE, "phone-1", body.clone()).await;
    let again = server.post_idempotent(&employee, MINE, "phone-1", body).await;
    assert_eq!((first.status, again.status), (StatusCode::CREATED, StatusCode::CREATED));
    assert_eq!((id_of(&first), again.header("idempotent-replayed")), (id_of(&again), Some("true")));
    let count: i64 = server
        .db()
        .query_row("SELECT COUNT(*) FROM attendance_corrections WHERE reason = 'Forgot.'", (), |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1);

    let path = format!("{TO_DECIDE}/{}/act", id_of(&first));
    let decided = server.post_idempotent(&hr, &path, "desk-1", json!({ "decision": "approve" })).await;
    let replayed = server.post_idempotent(&hr, &path, "desk-1", json!({ "decision": "approve" })).await;
    assert_eq!((decided.status, replayed.status), (StatusCode::OK, StatusCode::OK));
    assert_eq!(replayed.body, decided.body);
    assert_eq!(audit_events(&server, &hr, "attendance_correction.decide").await.len(), 2, "one decision, two records");
}

#[tokio::test]
async fn hr_corrects_a_record_directly_and_the_trail_keeps_before_and_after() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let (record, check_out): (i64, DateTime<Utc>) = server
        .db()
        .query_row(
            "SELECT id, check_out_at FROM attendance_records WHERE employee_id = ?1 ORDER BY check_in_at LIMIT 1",
            [me],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let path = format!("/api/v1/attendance-records/{record}");
    let later = check_out + Duration::minutes(45);
    let no_reason = json!({ "check_out_at": later.to_rfc3339() });
    let reply = server.request(Method::PATCH, &path, Some(&hr), Some(&no_reason), &[]).await;
    assert_eq!((reply.status, reply.error("reason")), (UNPROCESSABLE, "The reason field is required."));
    let missing =
        server.request(Method::PATCH, "/api/v1/attendance-records/999999", Some(&hr), Some(&no_reason), &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    let body = json!({ "check_out_at": later.to_rfc3339(), "reason": "Badge log: left at the later time." });
    let reply = server.request(Method::PATCH, &path, Some(&hr), Some(&body), &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let a = &reply.body["data"]["attributes"];
    assert_eq!((time(&a["check_out_at"]), time(&a["original_check_out_at"])), (later, check_out));
    assert_eq!(a["check_out"]["offline"], false, "the punch is judged by when it was made");

    let events = audit_events(&server, &hr, "attendance_record.correct").await;
    let details = &events[0]["attributes"]["details"];
    assert_eq!((time(&details["check_out_at"]["before"]), time(&details["check_out_at"]["after"])), (check_out, later));
    assert_eq!(
        (&details["corrected"]["before"], &details["reason"]),
        (&json!(false), &json!("Badge log: left at the later time."))
    );
    assert_eq!(notifications(&server, "employee@acme.test", "attendance.corrected").len(), 1);
}

/// A shift for Globex's employee, made and given by Globex's HR; answers its id.
async fn globex_shift(server: &TestServer, hr: &str, shift: Value, from: NaiveDate) -> String {
    let created = server.post(hr, "/api/v1/shifts", shift).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let id = id_of(&created);
    let employee = server.employee_id("employee@globex.test");
    let body = json!({ "employee_id": employee, "from": from });
    let assigned = server.post(hr, &format!("/api/v1/shifts/{id}/assignments"), body).await;
    assert_eq!(assigned.status, StatusCode::CREATED, "{}", assigned.body);
    id
}

#[tokio::test]
async fn a_punch_left_open_is_closed_once_at_the_end_of_its_shift() {
    let server = TestServer::start().await;
    let hr = server.login("hr@globex.test").await;
    let employee = server.login("employee@globex.test").await;
    let yesterday = (Utc::now() - Duration::days(1)).date_naive();
    let shift = json!({ "name": "Early", "starts_at": "06:00", "ends_at": "10:00", "auto_close_after_minutes": 30 });
    globex_shift(&server, &hr, shift, yesterday).await;
    let checked_in = yesterday.and_hms_opt(6, 5, 0).unwrap().and_utc();
    let record = check_in_at(&server, &employee, checked_in).await;

    let db = server.db().db();
    let shift_end = yesterday.and_hms_opt(10, 0, 0).unwrap().and_utc();
    assert_eq!(close_forgotten(&db, shift_end + Duration::minutes(29)).await.unwrap(), 0, "still waiting for it");
    assert_eq!(close_forgotten(&db, Utc::now()).await.unwrap(), 1);
    assert_eq!(close_forgotten(&db, Utc::now()).await.unwrap(), 0, "closed once");

    let month = server.get(&employee, &format!("/api/v1/me/attendance?month={}", yesterday.format("%Y-%m"))).await;
    let closed = month.body["data"].as_array().unwrap().iter().find(|r| r["id"] == json!(record)).unwrap().clone();
    let a = &closed["attributes"];
    assert_eq!((time(&a["check_out_at"]), &a["auto_closed"], &a["check_out"]), (shift_end, &json!(true), &Value::Null));
    let told = notifications(&server, "employee@globex.test", "attendance.auto_closed");
    let day = yesterday.format("%-d %b");
    let expected = format!(
        "Your check-in of 06:05 on {day} was closed at 10:00 on {day} because no check-out was recorded. Ask for a correction if that is wrong."
    );
    assert_eq!(told, std::slice::from_ref(&expected));
    let events = audit_events(&server, &hr, "attendance.auto_close").await;
    assert_eq!(events.len(), 1);
    assert_eq!(
        (&events[0]["attributes"]["actor_kind"], &events[0]["attributes"]["entity_id"]),
        (&json!("server"), &json!(record))
    );

    // The phone's late check-out hears why, and the correction can follow.
    let reply = server.post(&employee, CHECK_OUT, json!({})).await;
    assert_eq!((reply.status, reply.error("attendance")), (UNPROCESSABLE, expected.as_str()));
}

#[tokio::test]
async fn without_a_shift_a_forgotten_punch_is_closed_at_midnight() {
    let server = TestServer::start().await;
    let hr = server.login("hr@globex.test").await;
    check_in_at(&server, &hr, (Utc::now() - Duration::minutes(5)).trunc_subsecs(0)).await;
    let db = server.db().db();
    let midnight = (Utc::now().date_naive() + Duration::days(1)).and_hms_opt(0, 0, 0).unwrap().and_utc();
    assert_eq!(close_forgotten(&db, Utc::now()).await.unwrap(), 0);
    assert_eq!(close_forgotten(&db, midnight + Duration::minutes(119)).await.unwrap(), 0);
    assert_eq!(close_forgotten(&db, midnight + Duration::minutes(120)).await.unwrap(), 1);
    let closed_at: DateTime<Utc> = server
        .db()
        .query_row("SELECT check_out_at FROM attendance_records WHERE auto_closed = 1", (), |r| r.get(0))
        .unwrap();
    assert_eq!(closed_at, midnight);
}

#[tokio::test]
async fn hr_keeps_shifts_and_they_decide_late_and_early() {
    let server = TestServer::start().await;
    let hr = server.login("hr@globex.test").await;
    let employee = server.login("employee@globex.test").await;
    let shift = json!({ "name": "Nine to five", "starts_at": "09:00", "ends_at": "17:00", "late_grace_minutes": 5, "early_grace_minutes": 10 });
    let yesterday = (Utc::now() - Duration::days(1)).date_naive();
    let id = globex_shift(&server, &hr, shift.clone(), yesterday).await;

    let duplicate = server.post(&hr, "/api/v1/shifts", shift).await;
    assert_eq!(duplicate.error("name"), "The name has already been taken.");
    let crossed = json!({ "name": "Night", "starts_at": "22:00", "ends_at": "06:00", "overnight": false });
    let reply = server.post(&hr, "/api/v1/shifts", crossed).await;
    assert_eq!(
        reply.error("ends_at"),
        "The ends at field must be a time after starts at, or the shift must be overnight."
    );
    let night =
        server.post(&hr, "/api/v1/shifts", json!({ "name": "Night", "starts_at": "22:00", "ends_at": "06:00" })).await;
    assert_eq!(night.body["data"]["attributes"]["overnight"], true, "{}", night.body);
    let wrong =
        server.post(&hr, "/api/v1/shifts", json!({ "name": "X", "starts_at": "9am", "ends_at": "17:00" })).await;
    assert_eq!(wrong.error("starts_at"), "The starts at field must match the format H:i.");
    assert_eq!(server.post(&employee, "/api/v1/shifts", json!({})).await.status, StatusCode::FORBIDDEN);

    let at = |h: u32, m: u32| yesterday.and_hms_opt(h, m, 0).unwrap().and_utc().to_rfc3339();
    let reply = server.post(&employee, CHECK_IN, json!({ "recorded_at": at(9, 6) })).await;
    assert_eq!(reply.body["data"]["attributes"]["is_late"], true, "{}", reply.body);
    let reply = server.post(&employee, CHECK_OUT, json!({ "recorded_at": at(16, 49) })).await;
    assert_eq!(reply.body["data"]["attributes"]["left_early"], true, "{}", reply.body);

    let path = format!("/api/v1/shifts/{id}");
    let retired = server.request(Method::PATCH, &path, Some(&hr), Some(&json!({ "retired": true })), &[]).await;
    assert_eq!(retired.body["data"]["attributes"]["retired"], true, "{}", retired.body);
    let me = server.employee_id("employee@globex.test");
    let reply = server.post(&hr, &format!("{path}/assignments"), json!({ "employee_id": me, "from": yesterday })).await;
    assert_eq!(reply.error("shift"), "This shift is retired and can no longer be assigned.");

    let own = server.get(&employee, "/api/v1/shift-assignments?filter[employee]=me").await;
    assert_eq!(own.body["data"][0]["attributes"]["shift"]["starts_at"], "09:00", "{}", own.body);
    let hr_id = server.employee_id("hr@globex.test");
    let other = server.get(&employee, &format!("/api/v1/shift-assignments?filter[employee]={hr_id}")).await;
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    for action in ["shift.create", "shift.assign", "shift.update"] {
        assert!(!audit_events(&server, &hr, action).await.is_empty(), "{action} is audited");
    }
}
