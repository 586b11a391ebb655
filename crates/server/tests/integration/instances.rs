//! Two server instances on one database (SQLite, or PostgreSQL with `OKTA_HR_TEST_POSTGRES`), as behind
//! a load balancer: the sign-in throttle counts the attempts made at either, a retry that lands on the
//! other instance is replayed rather than applied again, both can write at once without an error, a
//! leave balance is not spent twice by requests arriving at both at once, and instances started together
//! on a new database all come up.

use crate::common;

use chrono::{Datelike, NaiveDate, Weekday};
use common::{HQ_LAT, HQ_LON, PASSWORD, TestServer};
use okta_hr_server::db::Db;
use okta_hr_test_support::Scratch;
use reqwest::StatusCode;
use serde_json::{Value, json};

const CHECK_IN: &str = "/api/v1/me/attendance/check-in";
const CHECK_OUT: &str = "/api/v1/me/attendance/check-out";

#[tokio::test]
async fn guesses_spread_over_both_instances_are_throttled_as_one() {
    let first = TestServer::start().await;
    let second = first.second_instance().await;
    for (n, instance) in [&first, &second, &first, &second, &first].into_iter().enumerate() {
        let reply = instance.try_login("manager@acme.test", "guess").await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "guess {n}");
    }
    for instance in [&first, &second] {
        let blocked = instance.try_login("manager@acme.test", PASSWORD).await;
        assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS, "{}", blocked.body);
    }
    // Someone else is not affected at either.
    assert_eq!(second.try_login("employee@acme.test", PASSWORD).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_retry_that_reaches_the_other_instance_is_replayed() {
    let first = TestServer::start().await;
    let second = first.second_instance().await;
    let token = first.login("employee@acme.test").await;
    let me = first.employee_id("employee@acme.test");
    let body = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "accuracy": 9 });

    let original = first.post_idempotent(&token, CHECK_IN, "phone-7-punch-1", body.clone()).await;
    assert_eq!(original.status, StatusCode::CREATED, "{}", original.body);
    let retry = second.post_idempotent(&token, CHECK_IN, "phone-7-punch-1", body).await;
    assert_eq!(retry.status, StatusCode::CREATED);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    assert_eq!(retry.body, original.body);
    assert_eq!(check_ins_today(&first, me), 1);
}

fn check_ins_today(server: &TestServer, employee_id: i64) -> i64 {
    let today = chrono::Utc::now().date_naive().to_string();
    let sql = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND check_in_at >= ?2";
    server.db().query_row(sql, rusqlite::params![employee_id, today], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn the_same_retry_sent_to_both_at_once_makes_one_record_and_both_writers_keep_working() {
    let first = TestServer::start().await;
    let second = first.second_instance().await;
    let emails = ["employee@acme.test", "field@acme.test", "manager@acme.test", "hr@acme.test"];
    let people: Vec<(String, i64)> = emails.iter().map(|e| (e.to_string(), first.employee_id(e))).collect();
    let mut tokens = Vec::new();
    for (email, _) in &people {
        tokens.push(first.login(email).await);
    }
    let body = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "accuracy": 9 });
    let mut replies = Vec::new();
    for token in &tokens {
        // Each phone's check-in reaches both instances at the same moment, with the same key.
        replies.push(tokio::join!(
            first.post_idempotent(token, CHECK_IN, "rush-1", body.clone()),
            second.post_idempotent(token, CHECK_IN, "rush-1", body.clone()),
        ));
    }
    for ((email, id), (a, b)) in people.iter().zip(&replies) {
        assert!(!a.status.is_server_error() && !b.status.is_server_error(), "{email}: {} / {}", a.body, b.body);
        assert_eq!(a.status, b.status, "{email}: both answer alike: {} / {}", a.body, b.body);
        assert_eq!(a.body, b.body, "{email}");
        let records = check_ins_today(&first, *id);
        assert!(records <= 1, "{email}: {records} check-ins today");
    }
}

/// Three weeks off (15 working days) from `monday`.
fn three_weeks(monday: NaiveDate) -> Value {
    let friday = monday + chrono::Duration::days(18);
    json!({ "leave_type_id": "annual", "start_date": monday.to_string(), "end_date": friday.to_string() })
}

#[tokio::test]
async fn a_balance_checked_on_one_instance_cannot_be_spent_at_once_on_the_other() {
    let first = TestServer::start().await;
    let second = first.second_instance().await;
    let token = first.login("employee@acme.test").await;
    // Next year's 21 annual days: either request fits alone, both together do not.
    let mut monday = NaiveDate::from_ymd_opt(chrono::Utc::now().year() + 1, 2, 1).unwrap();
    while monday.weekday() != Weekday::Mon {
        monday += chrono::Duration::days(1);
    }
    for round in 0..5 {
        let early = monday + chrono::Duration::weeks(8 * round);
        let (a, b) = tokio::join!(
            first.post(&token, "/api/v1/me/leaves", three_weeks(early)),
            second.post(&token, "/api/v1/me/leaves", three_weeks(early + chrono::Duration::weeks(4))),
        );
        let mut statuses = [a.status, b.status];
        statuses.sort();
        assert_eq!(statuses, [StatusCode::CREATED, StatusCode::UNPROCESSABLE_ENTITY], "{} / {}", a.body, b.body);
        // Withdraw the one granted, so the next round starts from the whole balance again.
        let granted = if a.status == StatusCode::CREATED { &a } else { &b };
        let id = granted.body["data"]["id"].as_str().unwrap();
        let cancel = first.post(&token, &format!("/api/v1/me/leaves/{id}/cancel"), json!({})).await;
        assert_eq!(cancel.status, StatusCode::OK, "{}", cancel.body);
    }
}

#[test]
fn instances_started_at_once_on_a_new_database_all_come_up() {
    for _ in 0..10 {
        let scratch = Scratch::create();
        let database = scratch.database.clone();
        let starts: Vec<_> = (0..3)
            .map(|_| {
                let database = database.clone();
                std::thread::spawn(move || Db::connect(&database).map(drop))
            })
            .collect();
        for start in starts {
            start.join().unwrap().expect("every instance migrates or finds the schema migrated");
        }
        let db = Db::connect(&database).unwrap();
        let windows: i64 =
            db.direct(|conn| conn.query_row("SELECT COUNT(*) FROM rate_limit_windows", [], |r| r.get(0))).unwrap();
        assert_eq!(windows, 0, "the last migration ran once");
    }
}

/// Many phones of one person at once, spread over both instances: check-ins and check-outs, then leave
/// requests against one balance. Whatever order they land in, the outcome is one that some serial order
/// of the same requests gives.
#[tokio::test]
async fn one_persons_writes_hammered_through_both_instances_end_as_some_serial_order_would() {
    let first = TestServer::start().await;
    let second = first.second_instance().await;
    let token = first.login("employee@acme.test").await;
    let me = first.employee_id("employee@acme.test");
    let open_records = |server: &TestServer| check_ins_today(server, me) - closed_today(server, me);
    let at_hq = json!({ "latitude": HQ_LAT, "longitude": HQ_LON, "accuracy": 9 });

    let punches = (0..24)
        .map(|n| {
            let instance = if n % 3 == 0 { &first } else { &second };
            (format!("{}{}", instance.url, if n % 2 == 0 { CHECK_IN } else { CHECK_OUT }), at_hq.clone())
        })
        .collect();
    let (mut ins, mut outs) = (0, 0);
    for (url, status, body) in all_at_once(&token, punches).await {
        assert!(!status.is_server_error(), "{body}");
        if status.is_success() {
            if url.ends_with(CHECK_IN) { ins += 1 } else { outs += 1 }
        }
    }
    // In any serial order, accepted check-ins and check-outs alternate, starting with a check-in.
    assert!(ins >= 1 && (ins - outs == 0 || ins - outs == 1), "{ins} check-ins, {outs} check-outs accepted");
    assert_eq!(check_ins_today(&first, me), ins, "one record per accepted check-in");
    assert_eq!(open_records(&first), ins - outs, "never two open records");

    // Eight requests of five working days each, for eight different weeks of next year: 21 days allow
    // exactly four, whichever four land first.
    let mut monday = NaiveDate::from_ymd_opt(chrono::Utc::now().year() + 1, 3, 1).unwrap();
    while monday.weekday() != Weekday::Mon {
        monday += chrono::Duration::days(1);
    }
    let requests = (0..8i64)
        .map(|week| {
            let instance = if week % 2 == 0 { &first } else { &second };
            let start = monday + chrono::Duration::weeks(week * 2);
            let body = json!({ "leave_type_id": "annual", "start_date": start.to_string(),
                "end_date": (start + chrono::Duration::days(4)).to_string() });
            (format!("{}/api/v1/me/leaves", instance.url), body)
        })
        .collect();
    let replies = all_at_once(&token, requests).await;
    let granted = replies.iter().filter(|(_, status, _)| *status == StatusCode::CREATED).count();
    let refused: Vec<&Value> = replies
        .iter()
        .filter(|(_, status, _)| *status == StatusCode::UNPROCESSABLE_ENTITY)
        .map(|(_, _, b)| b)
        .collect();
    assert_eq!((granted, refused.len()), (4, 4), "{replies:?}");
    for body in refused {
        assert!(body.to_string().contains("balance"), "refused for the balance: {body}");
    }
}

/// Sends every `(url, body)` at the same moment with `token`; answers each one's URL, status and body.
async fn all_at_once(token: &str, requests: Vec<(String, Value)>) -> Vec<(String, StatusCode, Value)> {
    let client = reqwest::Client::new();
    let mut sending = tokio::task::JoinSet::new();
    for (url, body) in requests {
        let request = client.post(&url).bearer_auth(token).header("Accept", "application/json").json(&body);
        sending.spawn(async move {
            let response = request.send().await.expect("the server answers");
            let status = response.status();
            (url, status, response.json::<Value>().await.unwrap_or_default())
        });
    }
    sending.join_all().await
}

fn closed_today(server: &TestServer, employee_id: i64) -> i64 {
    let today = chrono::Utc::now().date_naive().to_string();
    let sql = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND check_in_at >= ?2
               AND check_out_at IS NOT NULL";
    server.db().query_row(sql, rusqlite::params![employee_id, today], |r| r.get(0)).unwrap()
}
