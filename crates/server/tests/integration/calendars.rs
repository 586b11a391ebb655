//! Calendars: public holidays (added one by one or imported from an iCalendar file) and working weeks
//! (the company's, a branch's own) are HR's to keep and everyone's to read; leave requested over a
//! holiday costs a day less, on a branch's sixth working day a day more; requests already made keep what
//! they cost.

use crate::common;

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use common::{Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// A Wednesday in the second half of next year's September: no Berlin holiday is near it.
fn quiet_wednesday() -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 9, 14).unwrap();
    while day.weekday() != Weekday::Wed {
        day += Duration::days(1);
    }
    day
}

async fn add(server: &TestServer, hr: &str, body: Value) -> Reply {
    server.post(hr, "/api/v1/holidays", body).await
}

async fn request_days(server: &TestServer, token: &str, start: NaiveDate, end: NaiveDate) -> Reply {
    let body = json!({ "leave_type_id": "annual", "start_date": start.to_string(), "end_date": end.to_string() });
    server.post(token, "/api/v1/me/leaves", body).await
}

fn holiday_count(server: &TestServer) -> i64 {
    server.db().query_row("SELECT COUNT(*) FROM holidays", [], |r| r.get(0)).unwrap()
}

async fn import(server: &TestServer, token: &str, query: &str, body: &str) -> Reply {
    let headers = [("content-type", "text/calendar")];
    server.request_raw(Method::POST, &format!("/api/v1/holidays/import{query}"), token, body, &headers).await
}

#[tokio::test]
async fn a_week_over_a_new_holiday_costs_four_days_and_a_request_made_before_keeps_its_five() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let wednesday = quiet_wednesday();
    let (monday, friday) = (wednesday - Duration::days(2), wednesday + Duration::days(2));
    let field = server.login("field@acme.test").await;
    let before = request_days(&server, &field, monday, friday).await;
    assert_eq!((before.status, &before.body["data"]["attributes"]["days"]), (StatusCode::CREATED, &json!(5)));

    let reply = add(&server, &hr, json!({ "date": wednesday.to_string(), "name": "Company Day" })).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["data"]["type"], "holidays");
    let a = &reply.body["data"]["attributes"];
    assert_eq!(
        (&a["date"], &a["name"], &a["recurring"], &a["branch_id"]),
        (&json!(wednesday), &json!("Company Day"), &json!(false), &Value::Null)
    );

    let employee = server.login("employee@acme.test").await;
    let after = request_days(&server, &employee, monday, friday).await;
    assert_eq!(
        (after.status, &after.body["data"]["attributes"]["days"]),
        (StatusCode::CREATED, &json!(4)),
        "{}",
        after.body
    );
    let balances = server.get(&field, &format!("/api/v1/me/leave-balances?year={}", wednesday.year())).await;
    let annual =
        balances.body["data"].as_array().unwrap().iter().find(|b| b["attributes"]["leave_type"] == "annual").unwrap();
    assert_eq!(annual["attributes"]["pending"], 5, "booked before the holiday: {}", balances.body);

    let calendar = server.get(&employee, "/api/v1/me/calendar").await;
    assert_eq!(calendar.status, StatusCode::OK, "{}", calendar.body);
    assert_eq!(calendar.body["data"]["type"], "work-calendars");
    assert_eq!(calendar.body["data"]["attributes"]["working_week"], json!([1, 2, 3, 4, 5]));
    let days = calendar.body["data"]["attributes"]["holidays"].as_array().unwrap();
    assert!(days.iter().any(|h| h["date"] == json!(wednesday) && h["name"] == "Company Day"), "{}", calendar.body);
}

#[tokio::test]
async fn the_demo_company_keeps_berlin_s_holidays_and_christmas_recurs() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let next_year = Utc::now().year() + 1;
    let reply = server.get(&employee, &format!("/api/v1/holidays?year={next_year}&page[size]=100")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let names: Vec<(String, String)> = reply.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (h["attributes"]["date"].as_str().unwrap().to_owned(), h["attributes"]["name"].as_str().unwrap().to_owned())
        })
        .collect();
    assert!(names.contains(&(format!("{next_year}-12-25"), "Christmas Day".to_owned())), "{names:?}");
    assert!(names.iter().any(|(_, name)| name == "Easter Monday"), "{names:?}");
    let mut dates: Vec<&String> = names.iter().map(|(date, _)| date).collect();
    dates.dedup();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "by date: {dates:?}");
}

#[tokio::test]
async fn only_hr_keeps_holidays_and_bad_input_changes_nothing() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let day = quiet_wednesday().to_string();
    for email in ["employee@acme.test", "manager@acme.test"] {
        let token = server.login(email).await;
        assert_eq!(add(&server, &token, json!({ "date": day, "name": "Mine" })).await.status, StatusCode::FORBIDDEN);
        assert_eq!(
            import(&server, &token, "", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").await.status,
            StatusCode::FORBIDDEN
        );
    }
    let count = holiday_count(&server);
    let cases = [
        (json!({ "name": "No date" }), "date", "The date field is required."),
        (json!({ "date": "25.12.2030", "name": "Christmas" }), "date", "The date field must be a valid date."),
        (json!({ "date": day }), "name", "The name field is required."),
        (
            json!({ "date": day, "name": "x".repeat(101) }),
            "name",
            "The name field must not be greater than 100 characters.",
        ),
        (
            json!({ "date": day, "name": "Branch", "branch_id": 999_999 }),
            "branch_id",
            "The selected branch id is invalid.",
        ),
    ];
    for (body, field, message) in cases {
        let reply = add(&server, &hr, body.clone()).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {}", reply.body);
        assert_eq!(reply.error(field), message, "{body}");
    }
    assert_eq!(add(&server, &hr, json!({ "date": day, "name": "Once" })).await.status, StatusCode::CREATED);
    let twice = add(&server, &hr, json!({ "date": day, "name": "Twice" })).await;
    assert_eq!(twice.error("date"), "The date has already been taken.");
    let not_ics = import(&server, &hr, "", "date,name\n2030-12-25,Christmas\n").await;
    assert_eq!(not_ics.error("calendar"), "The calendar must be an iCalendar (text/calendar) file.");
    assert_eq!(holiday_count(&server), count + 1);
}

#[tokio::test]
async fn an_ics_file_imports_once_and_a_branch_s_holidays_stay_at_that_branch() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let year = Utc::now().year() + 2;
    let ics = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n\
         BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:{year}0916\r\nSUMMARY:Founders' Day\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:{year}0602\r\nSUMMARY:Summer Party\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:c\r\nDTSTART:{year}0603T090000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n\
         END:VCALENDAR\r\n"
    );
    let branch: i64 = server
        .db()
        .query_row("SELECT id FROM branches WHERE company_id = 1 AND id <> (SELECT branch_id FROM employees WHERE email = 'employee@acme.test') ORDER BY id LIMIT 1", [], |r| r.get(0))
        .unwrap();
    let first = import(&server, &hr, &format!("?branch_id={branch}"), &ics).await;
    assert_eq!(
        (first.status, &first.body["data"]),
        (StatusCode::OK, &json!({ "imported": 2, "skipped": 1 })),
        "{}",
        first.body
    );
    let again = import(&server, &hr, &format!("?branch_id={branch}"), &ics).await;
    assert_eq!(again.body["data"], json!({ "imported": 0, "skipped": 3 }));

    let at_branch = server.get(&hr, &format!("/api/v1/holidays?year={}&filter[branch]={branch}", year + 1)).await;
    assert!(
        at_branch.body["data"].as_array().unwrap().iter().any(|h| h["attributes"]["name"] == "Summer Party"),
        "recurring: {}",
        at_branch.body
    );
    let employee = server.login("employee@acme.test").await;
    let calendar = server.get(&employee, "/api/v1/me/calendar").await;
    let holidays = calendar.body["data"]["attributes"]["holidays"].as_array().unwrap();
    assert!(!holidays.iter().any(|h| h["name"] == "Summer Party"), "another branch's: {}", calendar.body);
}

#[tokio::test]
async fn removing_a_holiday_is_hr_s_within_their_own_company_and_is_audited() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let created = add(&server, &hr, json!({ "date": quiet_wednesday().to_string(), "name": "Short-lived" })).await;
    let id = created.body["data"]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/holidays/{id}");
    let globex = server.login("hr@globex.test").await;
    assert_eq!(server.request(Method::DELETE, &path, Some(&globex), None, &[]).await.status, StatusCode::NOT_FOUND);
    let employee = server.login("employee@acme.test").await;
    assert_eq!(server.request(Method::DELETE, &path, Some(&employee), None, &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(server.request(Method::DELETE, &path, Some(&hr), None, &[]).await.status, StatusCode::NO_CONTENT);
    assert_eq!(server.request(Method::DELETE, &path, Some(&hr), None, &[]).await.status, StatusCode::NOT_FOUND);

    let trail = server.get(&hr, &format!("/api/v1/audit-events?filter[entity]=holiday&filter[entity_id]={id}")).await;
    let actions: Vec<&str> =
        trail.body["data"].as_array().unwrap().iter().map(|e| e["attributes"]["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["holiday.delete", "holiday.create"], "{}", trail.body);
    assert_eq!(trail.body["data"][0]["attributes"]["details"]["before"]["name"], "Short-lived");
}

async fn set_week(server: &TestServer, token: &str, body: Value) -> Reply {
    server.request(Method::PUT, "/api/v1/working-weeks", Some(token), Some(&body), &[]).await
}

#[tokio::test]
async fn a_branch_that_works_saturdays_counts_them_and_follows_the_company_again_when_cleared() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let branch = server
        .db()
        .query_row("SELECT branch_id FROM employees WHERE email = 'employee@acme.test'", [], |r| r.get::<_, i64>(0));
    let branch = branch.unwrap();
    let six_days = set_week(&server, &hr, json!({ "branch_id": branch, "working_days": [6, 1, 2, 3, 4, 5] })).await;
    assert_eq!(six_days.status, StatusCode::OK, "{}", six_days.body);
    let a = &six_days.body["data"]["attributes"];
    assert_eq!((&a["working_days"], &a["follows_company"]), (&json!([1, 2, 3, 4, 5, 6]), &json!(false)));

    let employee = server.login("employee@acme.test").await;
    let monday = quiet_wednesday() - Duration::days(2);
    let week = request_days(&server, &employee, monday, monday + Duration::days(6)).await;
    assert_eq!(week.body["data"]["attributes"]["days"], 6, "{}", week.body);
    let calendar = server.get(&employee, "/api/v1/me/calendar").await;
    assert_eq!(calendar.body["data"]["attributes"]["working_week"], json!([1, 2, 3, 4, 5, 6]));
    // Colleagues at other branches keep the company's week.
    let field = server.login("field@acme.test").await;
    let other = server.get(&field, "/api/v1/me/calendar").await;
    assert_eq!(other.body["data"]["attributes"]["working_week"], json!([1, 2, 3, 4, 5]), "{}", other.body);

    let cleared = set_week(&server, &hr, json!({ "branch_id": branch, "working_days": null })).await;
    assert_eq!(cleared.body["data"]["attributes"]["follows_company"], true, "{}", cleared.body);
    let company = set_week(&server, &hr, json!({ "working_days": [1, 2, 3, 4] })).await;
    assert_eq!(company.body["data"]["id"], "company");
    let listed = server.get(&employee, "/api/v1/working-weeks").await;
    let weeks = listed.body["data"].as_array().unwrap();
    assert_eq!(weeks[0]["attributes"]["working_days"], json!([1, 2, 3, 4]));
    let mine = weeks.iter().find(|w| w["id"].as_str() == Some(branch.to_string().as_str())).unwrap();
    assert_eq!(
        (&mine["attributes"]["working_days"], &mine["attributes"]["follows_company"]),
        (&json!([1, 2, 3, 4]), &json!(true))
    );

    let trail = server.get(&hr, "/api/v1/audit-events?filter[action]=working_week.set").await;
    assert_eq!(trail.body["meta"]["total"], 3, "{}", trail.body);
    assert_eq!(trail.body["data"][2]["attributes"]["details"]["before"]["working_days"], json!([1, 2, 3, 4, 5]));
}

#[tokio::test]
async fn a_working_week_is_hr_s_and_bad_weeks_change_nothing() {
    let server = TestServer::start().await;
    let employee = server.login("employee@acme.test").await;
    let refused = set_week(&server, &employee, json!({ "working_days": [1, 2, 3, 4, 5, 6, 7] })).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let hr = server.login("hr@acme.test").await;
    let cases = [
        (json!({}), "working_days", "The working days field is required when branch id is not present."),
        (json!({ "working_days": [] }), "working_days", "The working days field is required."),
        (json!({ "working_days": "1-5" }), "working_days", "The working days field must be an array."),
        (json!({ "working_days": [1, 8] }), "working_days.1", "The working days.1 field must be between 1 and 7."),
        (json!({ "working_days": [1, 1] }), "working_days.1", "The working days.1 field has a duplicate value."),
        (json!({ "working_days": [1], "branch_id": 999_999 }), "branch_id", "The selected branch id is invalid."),
    ];
    for (body, field, message) in cases {
        let reply = set_week(&server, &hr, body.clone()).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {}", reply.body);
        assert_eq!(reply.error(field), message, "{body}");
    }
    let globex = server.login("hr@globex.test").await;
    let acme_branch: i64 =
        server.db().query_row("SELECT id FROM branches WHERE company_id = 1 LIMIT 1", [], |r| r.get(0)).unwrap();
    let across = set_week(&server, &globex, json!({ "working_days": [1], "branch_id": acme_branch })).await;
    assert_eq!(across.error("branch_id"), "The selected branch id is invalid.");
    let weeks = server.get(&employee, "/api/v1/working-weeks").await;
    assert!(
        weeks.body["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|w| w["attributes"]["working_days"] == json!([1, 2, 3, 4, 5])),
        "{}",
        weeks.body
    );
}
