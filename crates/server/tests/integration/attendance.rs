//! Checking in and out from a phone: validation, the HQ geofence, exactly-once retries and races.
//! Offline punches, mock locations and the attendance lists are in `attendance_offline.rs`.

use crate::common;

use chrono::{DateTime, Utc};
use common::{HQ_LAT, HQ_LON, Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::sync::Arc;

const CHECK_IN: &str = "/api/v1/me/attendance/check-in";
const CHECK_OUT: &str = "/api/v1/me/attendance/check-out";
const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;
/// Metres per degree of latitude on the mean Earth radius.
const METRES_PER_DEGREE: f64 = 111_195.08;

fn at_hq() -> Value {
    json!({ "latitude": HQ_LAT, "longitude": HQ_LON })
}

/// A position `metres` due north of HQ, with an optional reported accuracy.
fn north_of_hq(metres: f64, accuracy: Option<f64>) -> Value {
    json!({ "latitude": HQ_LAT + metres / METRES_PER_DEGREE, "longitude": HQ_LON, "accuracy": accuracy })
}

fn records_of(server: &TestServer, employee_id: i64) -> i64 {
    let sql = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1";
    server.db().query_row(sql, [employee_id], |r| r.get(0)).unwrap()
}

fn open_records_of(server: &TestServer, employee_id: i64) -> i64 {
    let sql = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND check_out_at IS NULL";
    server.db().query_row(sql, [employee_id], |r| r.get(0)).unwrap()
}

fn time(value: &Value) -> DateTime<Utc> {
    value.as_str().unwrap_or_else(|| panic!("not a time: {value}")).parse().expect("RFC 3339 time")
}

/// A 422 with exactly this one error, which is also the summary message.
fn assert_refused(reply: &Reply, field: &str, message: &str) {
    assert_eq!(reply.status, UNPROCESSABLE, "{}", reply.body);
    assert_eq!(reply.body, json!({ "message": message, "errors": { field: [message] } }));
}

#[tokio::test]
async fn checking_in_at_hq_answers_201_with_the_new_attendance_record() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let before = records_of(&server, me);

    let reply =
        server.post(&token, CHECK_IN, json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "accuracy": 8.5 })).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    let data = &reply.body["data"];
    assert_eq!(data["type"], "attendance-records");
    assert_eq!(data["relationships"]["employee"]["data"], json!({ "type": "employees", "id": me.to_string() }));
    let a = &data["attributes"];
    let check_in_at = time(&a["check_in_at"]);
    assert!((Utc::now() - check_in_at).num_seconds().abs() < 30, "{check_in_at}");
    assert_eq!(a["date"], check_in_at.date_naive().to_string());
    assert_eq!(a["check_out_at"], Value::Null);
    assert_eq!(a["check_out"], Value::Null);
    assert_eq!(a["worked_minutes"], Value::Null);
    assert_eq!(a["is_mocked"], false);
    assert_eq!(a["employee_name"], "Emma Fischer");
    assert_eq!(a["branch_name"], "HQ");
    let punch = &a["check_in"];
    assert_eq!((punch["latitude"].as_f64(), punch["longitude"].as_f64()), (Some(HQ_LAT), Some(HQ_LON)));
    assert_eq!(punch["accuracy"], 8.5);
    assert_eq!(punch["distance"], 0.0);
    assert_eq!(punch["is_mocked"], false);
    assert_eq!(punch["offline"], false);
    assert!((time(&punch["received_at"]) - check_in_at).num_seconds().abs() <= 1);

    assert_eq!(records_of(&server, me), before + 1);
    let id: i64 = data["id"].as_str().unwrap().parse().unwrap();
    let (employee, latitude, accuracy, open): (i64, f64, f64, bool) = server
        .db()
        .query_row(
            "SELECT employee_id, check_in_latitude, check_in_accuracy, check_out_at IS NULL FROM attendance_records WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!((employee, latitude, accuracy, open), (me, HQ_LAT, 8.5, true));
}

#[tokio::test]
async fn checking_out_closes_the_open_record() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let checked_in = server.post(&token, CHECK_IN, at_hq()).await;
    assert_eq!(checked_in.status, StatusCode::CREATED);

    let reply = server
        .post(&token, CHECK_OUT, json!({ "latitude": HQ_LAT + 0.0003, "longitude": HQ_LON, "accuracy": 12 }))
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["data"]["id"], checked_in.body["data"]["id"]);
    let a = &reply.body["data"]["attributes"];
    assert_eq!(a["check_in_at"], checked_in.body["data"]["attributes"]["check_in_at"]);
    assert!(time(&a["check_out_at"]) >= time(&a["check_in_at"]));
    assert_eq!(a["worked_minutes"], 0);
    let out = &a["check_out"];
    assert_eq!(out["latitude"].as_f64(), Some(HQ_LAT + 0.0003));
    assert_eq!(out["accuracy"], 12.0);
    let distance = out["distance"].as_f64().unwrap();
    assert!((distance - 33.4).abs() < 0.2, "{distance}");
    assert_eq!(out["offline"], false);
    assert_eq!(open_records_of(&server, me), 0);

    let again = server.post(&token, CHECK_IN, at_hq()).await;
    assert_eq!(again.status, StatusCode::CREATED, "{}", again.body);
    assert_ne!(again.body["data"]["id"], checked_in.body["data"]["id"]);
    assert_eq!(open_records_of(&server, me), 1);
}

#[tokio::test]
async fn a_second_check_in_while_checked_in_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let first = server.post(&token, CHECK_IN, at_hq()).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let since = time(&first.body["data"]["attributes"]["check_in_at"]).format("%H:%M on %-d %b");

    let second = server.post(&token, CHECK_IN, at_hq()).await;
    assert_refused(&second, "attendance", &format!("You are already checked in since {since}; check out first."));
    assert_eq!(open_records_of(&server, me), 1);
}

#[tokio::test]
async fn checking_out_without_being_checked_in_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let before = records_of(&server, me);
    let reply = server.post(&token, CHECK_OUT, at_hq()).await;
    assert_refused(&reply, "attendance", "You are not checked in, so you cannot check out.");

    assert_eq!(server.post(&token, CHECK_IN, at_hq()).await.status, StatusCode::CREATED);
    assert_eq!(server.post(&token, CHECK_OUT, at_hq()).await.status, StatusCode::OK);
    let twice = server.post(&token, CHECK_OUT, at_hq()).await;
    assert_refused(&twice, "attendance", "You are not checked in, so you cannot check out.");
    assert_eq!(records_of(&server, me), before + 1);
}

#[tokio::test]
async fn checking_in_needs_a_token() {
    let server = TestServer::start().await;
    let reply = server.request(Method::POST, CHECK_IN, None, Some(&at_hq()), &[]).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(reply.body, json!({ "message": "Unauthenticated." }));
}

#[tokio::test]
async fn coordinates_out_of_range_are_refused_with_laravels_wording() {
    let server = TestServer::start().await;
    let token = server.login("field@acme.test").await;
    let me = server.employee_id("field@acme.test");
    let before = records_of(&server, me);
    for path in [CHECK_IN, CHECK_OUT] {
        let reply = server.post(&token, path, json!({ "latitude": 90.0001, "longitude": -180.5 })).await;
        assert_eq!(reply.status, UNPROCESSABLE);
        assert_eq!(reply.body["message"], "The latitude field must be between -90 and 90. (and 1 more error)");
        assert_eq!(reply.error("latitude"), "The latitude field must be between -90 and 90.");
        assert_eq!(reply.error("longitude"), "The longitude field must be between -180 and 180.");
    }
    let reply = server.post(&token, CHECK_IN, json!({ "latitude": -91, "longitude": 181 })).await;
    assert_eq!(reply.error("latitude"), "The latitude field must be between -90 and 90.");
    assert_eq!(reply.error("longitude"), "The longitude field must be between -180 and 180.");
    assert_eq!(records_of(&server, me), before);
}

#[tokio::test]
async fn malformed_fields_are_refused_with_laravels_wording() {
    let server = TestServer::start().await;
    let token = server.login("field@acme.test").await;
    let me = server.employee_id("field@acme.test");
    let before = records_of(&server, me);
    let body = json!({ "latitude": "north", "longitude": true, "accuracy": -1, "recorded_at": "yesterday", "is_mocked": "maybe" });
    let reply = server.post(&token, CHECK_IN, body).await;
    assert_eq!(reply.status, UNPROCESSABLE);
    assert_eq!(reply.body["message"], "The latitude field must be a number. (and 4 more errors)");
    assert_eq!(reply.error("latitude"), "The latitude field must be a number.");
    assert_eq!(reply.error("longitude"), "The longitude field must be a number.");
    assert_eq!(reply.error("accuracy"), "The accuracy field must be at least 0.");
    assert_eq!(reply.error("recorded_at"), "The recorded at field must be a valid date.");
    assert_eq!(reply.error("is_mocked"), "The is mocked field must be true or false.");
    assert_eq!(records_of(&server, me), before);
}

#[tokio::test]
async fn a_latitude_needs_a_longitude_and_vice_versa() {
    let server = TestServer::start().await;
    let token = server.login("field@acme.test").await;
    let reply = server.post(&token, CHECK_IN, json!({ "latitude": HQ_LAT })).await;
    assert_refused(&reply, "longitude", "The longitude field is required when latitude is present.");
    let reply = server.post(&token, CHECK_IN, json!({ "longitude": HQ_LON, "latitude": null })).await;
    assert_refused(&reply, "latitude", "The latitude field is required when longitude is present.");
}

#[tokio::test]
async fn an_empty_latitude_counts_as_missing_like_in_laravel() {
    let server = TestServer::start().await;
    let token = server.login("field@acme.test").await;
    let me = server.employee_id("field@acme.test");
    let reply = server.post(&token, CHECK_IN, json!({ "latitude": "", "longitude": HQ_LON })).await;
    assert_refused(&reply, "latitude", "The latitude field is required when longitude is present.");
    assert_eq!(open_records_of(&server, me), 0);
}

#[tokio::test]
async fn the_unfenced_field_branch_needs_no_location_and_accepts_any() {
    let server = TestServer::start().await;
    let token = server.login("field@acme.test").await;
    let reply = server.post(&token, CHECK_IN, json!({})).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let a = &reply.body["data"]["attributes"];
    assert_eq!(a["branch_name"], "Field");
    assert_eq!(a["employee_name"], "Felix Wagner");
    assert_eq!((&a["check_in"]["latitude"], &a["check_in"]["distance"]), (&Value::Null, &Value::Null));

    // The range limits themselves are valid, and numeric strings are numbers.
    let reply = server.post(&token, CHECK_OUT, json!({ "latitude": -90, "longitude": "180" })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let out = &reply.body["data"]["attributes"]["check_out"];
    assert_eq!((out["latitude"].as_f64(), out["longitude"].as_f64()), (Some(-90.0), Some(180.0)));
    assert_eq!(out["distance"], Value::Null);
}

#[tokio::test]
async fn just_inside_the_fence_is_accepted_with_the_distance_recorded() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.post(&token, CHECK_IN, north_of_hq(99.0, None)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let distance = reply.body["data"]["attributes"]["check_in"]["distance"].as_f64().unwrap();
    assert!((distance - 99.0).abs() <= 0.15, "{distance}");
}

#[tokio::test]
async fn just_outside_the_fence_is_refused_saying_how_far_and_from_where() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let reply = server.post(&token, CHECK_IN, north_of_hq(101.0, None)).await;
    assert_refused(&reply, "location", "You are 101 m from HQ; check-in is allowed within HQ's 100 m radius.");
    assert_eq!(open_records_of(&server, me), 0);
}

#[tokio::test]
async fn far_away_is_reported_in_kilometres() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let paris = json!({ "latitude": 48.8566, "longitude": 2.3522 });
    let reply = server.post(&token, CHECK_IN, paris).await;
    assert_eq!(reply.status, UNPROCESSABLE);
    let message = reply.error("location");
    let km = message.strip_prefix("You are ").and_then(|m| m.split_once(" km from HQ; ")).expect(message);
    assert!(matches!(km.0, "877" | "878"), "{message}");
    assert_eq!(km.1, "check-in is allowed within HQ's 100 m radius.");
}

#[tokio::test]
async fn reported_accuracy_widens_the_fence_but_only_by_50_m() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let reply = server.post(&token, CHECK_IN, north_of_hq(130.0, Some(10.0))).await;
    assert_refused(
        &reply,
        "location",
        "You are 130 m from HQ; check-in is allowed within HQ's 100 m radius, plus 10 m for this position's accuracy.",
    );
    let reply = server.post(&token, CHECK_IN, north_of_hq(160.0, Some(200.0))).await;
    assert_refused(
        &reply,
        "location",
        "You are 160 m from HQ; check-in is allowed within HQ's 100 m radius, plus 50 m for this position's accuracy.",
    );

    let reply = server.post(&token, CHECK_IN, north_of_hq(130.0, Some(40.0))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let punch = &reply.body["data"]["attributes"]["check_in"];
    assert_eq!(punch["accuracy"], 40.0);
    assert!((punch["distance"].as_f64().unwrap() - 130.0).abs() <= 0.15, "{punch}");

    let manager = server.login("manager@acme.test").await;
    let reply = server.post(&manager, CHECK_IN, north_of_hq(148.0, Some(200.0))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
}

#[tokio::test]
async fn a_fix_worse_than_250_m_is_refused_as_too_imprecise() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let imprecise = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "accuracy": 251 });
    let reply = server.post(&token, CHECK_IN, imprecise).await;
    assert_refused(
        &reply,
        "accuracy",
        "Your location is too imprecise (±251 m); it must be within ±250 m. Move to open sky and try again.",
    );
    assert_eq!(open_records_of(&server, me), 0);
    let borderline = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "accuracy": 250 });
    assert_eq!(server.post(&token, CHECK_IN, borderline).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_fenced_branch_requires_a_location() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    for body in [json!({}), json!({ "accuracy": 5 }), json!({ "latitude": null, "longitude": null })] {
        let reply = server.post(&token, CHECK_IN, body).await;
        assert_refused(&reply, "location", "Your location is required to check in at HQ.");
    }
    assert_eq!(open_records_of(&server, me), 0);
}

#[tokio::test]
async fn checking_out_is_geofenced_too() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    assert_eq!(server.post(&token, CHECK_IN, at_hq()).await.status, StatusCode::CREATED);
    let away = server.post(&token, CHECK_OUT, north_of_hq(500.0, None)).await;
    assert_eq!(away.status, UNPROCESSABLE);
    assert!(away.error("location").starts_with("You are 500 m from HQ;"), "{}", away.body);
    let nowhere = server.post(&token, CHECK_OUT, json!({})).await;
    assert_eq!(nowhere.status, UNPROCESSABLE);
    assert!(nowhere.error("location").starts_with("Your location is required"), "{}", nowhere.body);
    assert_eq!(open_records_of(&server, me), 1);
    assert_eq!(server.post(&token, CHECK_OUT, at_hq()).await.status, StatusCode::OK);
    assert_eq!(open_records_of(&server, me), 0);
}

#[tokio::test]
async fn a_retried_check_in_replays_the_first_answer_and_writes_nothing() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let before = records_of(&server, me);
    let body = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "accuracy": 9 });
    let first = server.post_idempotent(&token, CHECK_IN, "phone-1-punch-42", body.clone()).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    assert_eq!(first.header("idempotent-replayed"), None);

    let retry = server.post_idempotent(&token, CHECK_IN, "phone-1-punch-42", body).await;
    assert_eq!(retry.status, StatusCode::CREATED);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    assert_eq!(retry.header("content-type"), Some("application/vnd.api+json"));
    assert_eq!(retry.body, first.body);

    // The same JSON with its keys in another order is the same request.
    let reordered = format!(r#"{{"accuracy": 9, "longitude": {HQ_LON}, "latitude": {HQ_LAT}}}"#);
    let response = server
        .client
        .post(format!("{}{CHECK_IN}", server.url))
        .bearer_auth(&token)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", "phone-1-punch-42")
        .body(reordered)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(response.headers().get("idempotent-replayed").map(|v| v.to_str().unwrap()), Some("true"));

    assert_eq!(records_of(&server, me), before + 1);
    let keys: i64 = server
        .db()
        .query_row("SELECT COUNT(*) FROM idempotency_keys WHERE employee_id = ?1", [me], |r| r.get(0))
        .unwrap();
    assert_eq!(keys, 1);
}

#[tokio::test]
async fn a_retried_check_out_replays_the_first_answer() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    assert_eq!(server.post(&token, CHECK_IN, at_hq()).await.status, StatusCode::CREATED);
    let first = server.post_idempotent(&token, CHECK_OUT, "out-1", at_hq()).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let retry = server.post_idempotent(&token, CHECK_OUT, "out-1", at_hq()).await;
    assert_eq!((retry.status, retry.header("idempotent-replayed")), (StatusCode::OK, Some("true")));
    assert_eq!(retry.body, first.body);
    let stored: DateTime<Utc> =
        server.db().query_row("SELECT MAX(check_out_at) FROM attendance_records", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, time(&first.body["data"]["attributes"]["check_out_at"]));
}

#[tokio::test]
async fn a_refused_check_in_is_replayed_as_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let far = north_of_hq(2_000.0, None);
    let first = server.post_idempotent(&token, CHECK_IN, "far-away", far.clone()).await;
    assert_refused(&first, "location", "You are 2.0 km from HQ; check-in is allowed within HQ's 100 m radius.");
    assert_eq!(first.header("idempotent-replayed"), None);
    let retry = server.post_idempotent(&token, CHECK_IN, "far-away", far).await;
    assert_eq!((retry.status, retry.header("idempotent-replayed")), (UNPROCESSABLE, Some("true")));
    assert_eq!(retry.body, first.body);
    assert_eq!(open_records_of(&server, me), 0);
}

#[tokio::test]
async fn reusing_a_key_for_a_different_request_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let before = records_of(&server, me);
    assert_eq!(server.post_idempotent(&token, CHECK_IN, "k-1", at_hq()).await.status, StatusCode::CREATED);
    let message = "This Idempotency-Key was already used for a different request.";
    let other_body = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "accuracy": 3 });
    assert_refused(&server.post_idempotent(&token, CHECK_IN, "k-1", other_body).await, "idempotency_key", message);
    assert_refused(&server.post_idempotent(&token, CHECK_OUT, "k-1", at_hq()).await, "idempotency_key", message);
    assert_eq!(records_of(&server, me), before + 1);
    assert_eq!(open_records_of(&server, me), 1);
}

#[tokio::test]
async fn idempotency_keys_belong_to_one_user() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let manager = server.login("manager@acme.test").await;
    let first = server.post_idempotent(&employee, CHECK_IN, "shared-key", at_hq()).await;
    let second = server.post_idempotent(&manager, CHECK_IN, "shared-key", at_hq()).await;
    assert_eq!((first.status, second.status), (StatusCode::CREATED, StatusCode::CREATED));
    assert_eq!(second.header("idempotent-replayed"), None);
    assert_eq!(second.body["data"]["attributes"]["employee_name"], "Max Weber");
    assert_eq!(open_records_of(&server, server.employee_id("manager@acme.test")), 1);
}

#[tokio::test]
async fn an_empty_or_overlong_idempotency_key_is_refused() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let message = "The Idempotency-Key header must be 1 to 255 visible ASCII characters.";
    for key in [String::new(), "   ".to_owned(), "k".repeat(256)] {
        let reply = server.post_idempotent(&token, CHECK_IN, &key, at_hq()).await;
        assert_refused(&reply, "idempotency_key", message);
    }
    assert_eq!(open_records_of(&server, server.employee_id("employee@acme.test")), 0);
    let reply = server.post_idempotent(&token, CHECK_IN, &"k".repeat(255), at_hq()).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
}

/// Sends one check-in per entry of `keys` all at once (`None`: without a key).
async fn race(server: &TestServer, token: &str, keys: Vec<Option<String>>) -> Vec<Reply> {
    let start = Arc::new(tokio::sync::Barrier::new(keys.len()));
    let mut tasks = tokio::task::JoinSet::new();
    for key in keys {
        let (client, start) = (server.client.clone(), start.clone());
        let mut request = client.post(format!("{}{CHECK_IN}", server.url)).bearer_auth(token).json(&at_hq());
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        tasks.spawn(async move {
            start.wait().await;
            let response = request.header("Accept", "application/json").send().await.expect("request");
            let (status, headers) = (response.status(), response.headers().clone());
            Reply { status, headers, body: response.json().await.expect("JSON body") }
        });
    }
    tasks.join_all().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ten_concurrent_retries_with_one_key_create_one_record() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let before = records_of(&server, me);
    let replies = race(&server, &token, vec![Some("same-key".to_owned()); 10]).await;
    assert!(
        replies.iter().all(|r| r.status == StatusCode::CREATED),
        "{:?}",
        replies.iter().map(|r| &r.body).collect::<Vec<_>>()
    );
    assert_eq!(replies.iter().filter(|r| r.header("idempotent-replayed").is_none()).count(), 1);
    assert!(replies.iter().all(|r| r.body == replies[0].body));
    assert_eq!(records_of(&server, me), before + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ten_concurrent_check_ins_create_exactly_one_record() {
    let server = TestServer::start().await;
    for (email, with_keys) in [("employee@acme.test", true), ("manager@acme.test", false)] {
        let token = server.login(email).await;
        let id = server.employee_id(email);
        let before = records_of(&server, id);
        let keys = (0..10).map(|n| with_keys.then(|| format!("device-retry-{n}"))).collect();
        let replies = race(&server, &token, keys).await;
        let created = replies.iter().filter(|r| r.status == StatusCode::CREATED).count();
        assert_eq!(created, 1, "{email}: {:?}", replies.iter().map(|r| &r.body).collect::<Vec<_>>());
        for refused in replies.iter().filter(|r| r.status != StatusCode::CREATED) {
            assert_eq!(refused.status, UNPROCESSABLE, "{}", refused.body);
            assert!(refused.error("attendance").starts_with("You are already checked in since"), "{}", refused.body);
        }
        assert_eq!(records_of(&server, id), before + 1);
        assert_eq!(open_records_of(&server, id), 1);
    }
}
