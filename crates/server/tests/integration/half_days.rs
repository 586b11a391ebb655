//! Half days and leave years: leave that starts or ends at midday costs half a day, a half-day holiday and
//! a day worked in the morning only cost half, a type taken in whole days refuses halves, and a company
//! whose leave years start in April keeps its balances from April to March.

use crate::common;

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use common::{Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// A Monday in the second half of next year's September: no Berlin holiday is near it.
fn quiet_monday() -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 9, 14).unwrap();
    while day.weekday() != Weekday::Mon {
        day += Duration::days(1);
    }
    day
}

async fn request(
    server: &TestServer,
    token: &str,
    leave_type: &str,
    span: (NaiveDate, &str, NaiveDate, &str),
) -> Reply {
    let (start, start_half, end, end_half) = span;
    let body = json!({
        "leave_type_id": leave_type,
        "start_date": start.to_string(),
        "start_half": start_half,
        "end_date": end.to_string(),
        "end_half": end_half,
    });
    server.post(token, "/api/v1/me/leaves", body).await
}

fn days_of(reply: &Reply) -> f64 {
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    reply.body["data"]["attributes"]["days"].as_f64().unwrap()
}

/// `(pending, remaining)` of annual leave in `year`, and the year's name.
async fn annual(server: &TestServer, token: &str, year: &str) -> (f64, f64, String) {
    let reply = server.get(token, &format!("/api/v1/me/leave-balances?year={year}")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let data = reply.body["data"].as_array().unwrap();
    let a = &data.iter().find(|b| b["attributes"]["leave_type"] == "annual").unwrap()["attributes"];
    (a["pending"].as_f64().unwrap(), a["remaining"].as_f64().unwrap(), a["year_name"].as_str().unwrap().to_owned())
}

fn request_count(server: &TestServer) -> i64 {
    server.db().query_row("SELECT COUNT(*) FROM leave_requests", [], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn a_morning_and_an_afternoon_each_cost_half_and_do_not_overlap_each_other() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let monday = quiet_monday();
    let year = monday.year().to_string();
    let (_, before, _) = annual(&server, &token, &year).await;

    let afternoon = request(&server, &token, "annual", (monday, "afternoon", monday, "afternoon")).await;
    assert_eq!(days_of(&afternoon), 0.5);
    assert_eq!(afternoon.body["data"]["attributes"]["start_half"], "afternoon");
    let morning = request(&server, &token, "annual", (monday, "morning", monday, "morning")).await;
    assert_eq!(days_of(&morning), 0.5);
    assert_eq!(morning.body["data"]["attributes"]["end_half"], "morning");

    // The whole day is taken now, by halves.
    let whole = request(&server, &token, "annual", (monday, "morning", monday, "afternoon")).await;
    assert_eq!(whole.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", whole.body);
    assert!(whole.error("start_date").starts_with("These dates overlap your leave request"), "{}", whole.body);

    // Tuesday afternoon to Thursday midday: two days.
    let across = request(
        &server,
        &token,
        "annual",
        (monday + Duration::days(1), "afternoon", monday + Duration::days(3), "morning"),
    );
    assert_eq!(days_of(&across.await), 2.0);
    assert_eq!(annual(&server, &token, &year).await.0, 3.0);
    assert_eq!(annual(&server, &token, &year).await.1, before - 3.0);
}

#[tokio::test]
async fn halves_are_checked_and_a_type_taken_in_whole_days_refuses_them_changing_nothing() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let token = server.login("employee@acme.test").await;
    let monday = quiet_monday();
    let before = request_count(&server);

    let bad = request(&server, &token, "annual", (monday, "evening", monday, "noon")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.error("start_half"), "The selected start half is invalid.");
    assert_eq!(bad.error("end_half"), "The selected end half is invalid.");
    let backwards = request(&server, &token, "annual", (monday, "afternoon", monday, "morning")).await;
    assert_eq!(
        backwards.error("end_half"),
        "A leave of one day that starts in the afternoon must end in the afternoon."
    );

    let sick: i64 = server.db().query_row("SELECT id FROM leave_types WHERE code = 'sick'", [], |r| r.get(0)).unwrap();
    let whole_days = json!({ "half_days": false });
    let path = format!("/api/v1/leave-types/{sick}");
    let changed = server.request(Method::PATCH, &path, Some(&hr), Some(&whole_days), &[]).await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    assert_eq!(changed.body["data"]["attributes"]["half_days"], false);
    let refused = request(&server, &token, "sick", (monday, "morning", monday + Duration::days(1), "morning")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.error("end_half"), "Sick Leave is taken in whole days.");
    assert_eq!(request_count(&server), before, "nothing refused was filed");
    assert_eq!(days_of(&request(&server, &token, "sick", (monday, "morning", monday, "afternoon")).await), 1.0);
}

#[tokio::test]
async fn a_half_day_holiday_and_a_saturday_morning_cost_half_a_day() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let token = server.login("employee@acme.test").await;
    let monday = quiet_monday();
    let wednesday = monday + Duration::days(2);
    let added = server
        .post(
            &hr,
            "/api/v1/holidays",
            json!({ "date": wednesday.to_string(), "name": "Company outing", "half_day": true }),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
    assert_eq!(added.body["data"]["attributes"]["half_day"], true);

    let week = json!({ "working_days": [1, 2, 3, 4, 5, 6], "half_days": [6] });
    let set = server.request(Method::PUT, "/api/v1/working-weeks", Some(&hr), Some(&week), &[]).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    assert_eq!(set.body["data"]["attributes"]["half_days"], json!([6]));
    let calendar = server.get(&token, "/api/v1/me/calendar").await;
    assert_eq!(calendar.body["data"]["attributes"]["half_days"], json!([6]));

    // Monday to Sunday: four days, Wednesday's morning and Saturday's morning.
    let week_off =
        request(&server, &token, "annual", (monday, "morning", monday + Duration::days(6), "afternoon")).await;
    assert_eq!(days_of(&week_off), 5.0);

    let not_worked = json!({ "working_days": [1, 2, 3, 4, 5], "half_days": [6] });
    let refused = server.request(Method::PUT, "/api/v1/working-weeks", Some(&hr), Some(&not_worked), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.error("half_days"), "The half days must be working days.");
    let weeks = server.get(&hr, "/api/v1/working-weeks").await;
    assert_eq!(weeks.body["data"][0]["attributes"]["working_days"], json!([1, 2, 3, 4, 5, 6]), "nothing changed");
}

async fn set_leave_year(server: &TestServer, token: &str, body: Value) -> Reply {
    server.request(Method::PUT, "/api/v1/leave-year", Some(token), Some(&body), &[]).await
}

#[tokio::test]
async fn a_leave_year_from_april_keeps_balances_from_april_to_march() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let token = server.login("employee@acme.test").await;
    let shown = server.get(&token, "/api/v1/leave-year").await;
    assert_eq!(shown.body["data"]["attributes"]["start_month"], 1, "{}", shown.body);

    // Only HR sets it, to a month; bad input changes nothing.
    assert_eq!(set_leave_year(&server, &token, json!({ "start_month": 4 })).await.status, StatusCode::FORBIDDEN);
    let bad = set_leave_year(&server, &hr, json!({ "start_month": 13 })).await;
    assert_eq!(bad.error("start_month"), "The start month field must be between 1 and 12.");
    assert_eq!(
        set_leave_year(&server, &hr, json!({})).await.error("start_month"),
        "The start month field is required."
    );
    assert_eq!(server.get(&token, "/api/v1/leave-year").await.body["data"]["attributes"]["start_month"], 1);

    let set = set_leave_year(&server, &hr, json!({ "start_month": 4 })).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    let today = Utc::now().date_naive();
    let this_year = if today.month() >= 4 { today.year() } else { today.year() - 1 };
    let a = &set.body["data"]["attributes"];
    assert_eq!(a["current_year"], this_year);
    assert_eq!(a["current_first_day"], format!("{this_year}-04-01"));
    assert_eq!(a["current_name"], format!("{this_year}/{:02}", (this_year + 1) % 100));
    let trail = server.get(&hr, "/api/v1/audit-events?filter[action]=leave_year.set").await;
    assert_eq!(trail.body["data"][0]["attributes"]["details"]["after"]["start_month"], 4, "{}", trail.body);

    // Balances are the leave year's, by default the one under way; `next` is the one after.
    let (_, _, name) = annual(&server, &token, &this_year.to_string()).await;
    assert_eq!(name, format!("{this_year}/{:02}", (this_year + 1) % 100));
    let reply = server.get(&token, "/api/v1/me/leave-balances").await;
    assert_eq!(reply.body["data"][0]["attributes"]["year"], this_year);
    let reply = server.get(&token, "/api/v1/me/leave-balances?year=next").await;
    assert_eq!(reply.body["data"][0]["attributes"]["year"], this_year + 1);

    // Leave across the turn of the leave year draws on both: the last weekday of March to the first of April.
    let leave_year = this_year + 2;
    let is_weekend = |day: NaiveDate| matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
    let mut start = NaiveDate::from_ymd_opt(leave_year, 3, 31).unwrap();
    while is_weekend(start) {
        start -= Duration::days(1);
    }
    let mut end = NaiveDate::from_ymd_opt(leave_year, 4, 1).unwrap();
    while is_weekend(end) {
        end += Duration::days(1);
    }
    let reply = request(&server, &token, "sick", (start, "morning", end, "afternoon")).await;
    let days = days_of(&reply);
    let sick = |year: i32| {
        let (server, token) = (&server, &token);
        async move {
            let reply = server.get(token, &format!("/api/v1/me/leave-balances?year={year}")).await;
            let data = reply.body["data"].as_array().unwrap().clone();
            data.into_iter().find(|b| b["attributes"]["leave_type"] == "sick").unwrap()["attributes"]["pending"]
                .as_f64()
                .unwrap()
        }
    };
    let (before_april, from_april) = (sick(leave_year - 1).await, sick(leave_year).await);
    assert!(before_april > 0.0 && from_april > 0.0, "{before_april} and {from_april}");
    assert_eq!(before_april + from_april, days);
}
