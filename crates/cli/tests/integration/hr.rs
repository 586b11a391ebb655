//! `okta-hr hr …` against the real server: HR imports a calendar of public holidays, lists them, reads the
//! import in the audit trail and exports it, and a date the server cannot read is refused in its words.

use crate::{okta_hr, parsed, stderr, stdout};
use chrono::{Datelike, Utc};
use okta_hr_test_support::Server;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_imports_holidays_lists_them_and_finds_the_import_in_the_audit_trail() {
    let mut server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;

    let year = Utc::now().year() + 1;
    let file = laptop.path().join("acme.ics");
    std::fs::write(
        &file,
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Acme//Holidays//EN\r\n\
             BEGIN:VEVENT\r\nUID:1@acme.test\r\nDTSTART;VALUE=DATE:{year}0916\r\nSUMMARY:Founders' Day\r\n\
             RRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nUID:2@acme.test\r\nDTSTART;VALUE=DATE:{year}0923\r\nSUMMARY:Summer Party\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nUID:3@acme.test\r\nDTSTART:{year}0923T090000Z\r\nSUMMARY:All hands\r\nEND:VEVENT\r\n\
             END:VCALENDAR\r\n"
        ),
    )
    .unwrap();
    let file = file.to_str().unwrap();

    let import = okta_hr(laptop.path(), &["hr", "holidays", "import", file]).await;
    assert!(import.status.success(), "{import:?}");
    assert!(stdout(&import).starts_with("Imported 2 holiday(s); skipped 1"), "{}", stdout(&import));
    let again = okta_hr(laptop.path(), &["--json", "hr", "holidays", "import", file]).await;
    assert_eq!(parsed(&again), serde_json::json!({ "imported": 0, "skipped": 3 }));

    let year = year.to_string();
    let list = okta_hr(laptop.path(), &["--json", "hr", "holidays", "list", "--year", &year]).await;
    assert!(list.status.success(), "{list:?}");
    let listed = parsed(&list);
    let holidays = listed["data"].as_array().unwrap();
    let founders = holidays.iter().find(|h| h["name"] == "Founders' Day").expect("imported");
    assert_eq!(
        (&founders["date"], &founders["recurring"]),
        (&Value::from(format!("{year}-09-16")), &Value::Bool(true))
    );
    assert!(holidays.iter().any(|h| h["name"] == "Summer Party"), "{listed}");
    assert!(listed["fetched_at"].is_string());
    let table = okta_hr(laptop.path(), &["hr", "holidays", "list", "--year", &year]).await;
    let founders_row = stdout(&table).lines().find(|l| l.contains("Founders' Day")).map(str::to_owned);
    assert!(founders_row.is_some_and(|row| row.contains("yearly") && row.contains("whole company")), "{table:?}");

    let audit = okta_hr(laptop.path(), &["--json", "hr", "audit", "--action", "holiday.import"]).await;
    assert!(audit.status.success(), "{audit:?}");
    let trail = parsed(&audit);
    let events = trail["data"]["events"].as_array().unwrap();
    assert_eq!(events.len(), 2, "{trail}");
    assert!(events.iter().all(|e| e["action"] == "holiday.import" && e["entity"] == "holiday"), "{trail}");
    assert!(events.iter().any(|e| e["details"]["after"]["name"] == "Summer Party"), "{trail}");
    let readable = okta_hr(laptop.path(), &["hr", "audit", "--entity", "holiday", "--action", "holiday.import"]).await;
    let text = stdout(&readable);
    assert!(text.starts_with("TIME (LOCAL)"), "{text}");
    assert!(text.lines().any(|l| l.contains("holiday.import") && l.contains("added (date=")), "{text}");
    assert!(stderr(&readable).contains("2 event(s) in all"), "{readable:?}");

    let csv = laptop.path().join("trail.csv");
    let export =
        okta_hr(laptop.path(), &["hr", "audit", "--action", "holiday.import", "--csv", csv.to_str().unwrap()]).await;
    assert!(export.status.success(), "{export:?}");
    assert!(stdout(&export).starts_with("Wrote 2 event(s) to"), "{}", stdout(&export));
    assert!(!stderr(&export).contains("warning"), "{export:?}");
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(written.starts_with("time,actor,action,entity,entity id,details\r\n"), "{written}");
    assert_eq!(written.matches("holiday.import").count(), 2, "{written}");

    let bad_date = okta_hr(laptop.path(), &["hr", "holidays", "add", &format!("{year}-02-30"), "Nowhere"]).await;
    assert_eq!(bad_date.status.code(), Some(4), "{bad_date:?}");
    assert!(stderr(&bad_date).contains("date: The date field must be a valid date."), "{bad_date:?}");

    server.stop().await;
    let offline = okta_hr(laptop.path(), &["hr", "holidays", "list", "--year", &year]).await;
    assert!(offline.status.success() && stdout(&offline).contains("Summer Party"), "{offline:?}");
    assert!(stderr(&offline).contains("as of"), "{offline:?}");
    let add = okta_hr(laptop.path(), &["hr", "holidays", "add", &format!("{year}-10-07"), "Later"]).await;
    assert_eq!(add.status.code(), Some(1), "{add:?}");
    assert!(stderr(&add).contains("need a connection"), "{add:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_gives_a_branch_a_six_day_week_and_takes_it_back() {
    let server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;

    let list = okta_hr(laptop.path(), &["--json", "hr", "working-weeks", "list"]).await;
    let weeks = parsed(&list);
    assert_eq!(weeks["data"][0]["working_days"], serde_json::json!([1, 2, 3, 4, 5]), "{weeks}");
    let branch = weeks["data"][1]["branch_id"].as_str().expect("a branch").to_owned();

    let six = okta_hr(
        laptop.path(),
        &["hr", "working-weeks", "set", "--branch", &branch, "--days", "mon,tue,wed,thu,fri,sat"],
    )
    .await;
    assert!(six.status.success(), "{six:?}");
    assert!(stdout(&six).ends_with("now works Mon Tue Wed Thu Fri Sat.\n"), "{}", stdout(&six));
    let back = okta_hr(laptop.path(), &["hr", "working-weeks", "set", "--branch", &branch, "--follow-company"]).await;
    assert!(stdout(&back).contains("now works Mon Tue Wed Thu Fri (the company's week)."), "{}", stdout(&back));

    let twice = okta_hr(laptop.path(), &["hr", "working-weeks", "set", "--days", "1,1"]).await;
    assert_eq!(twice.status.code(), Some(4), "{twice:?}");
    assert!(stderr(&twice).contains("The working days.1 field has a duplicate value."), "{}", stderr(&twice));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_days_and_a_leave_year_from_april_from_the_command_line() {
    let server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;

    let set = okta_hr(laptop.path(), &["hr", "leave-year", "--start-month", "4"]).await;
    assert!(set.status.success(), "{set:?}");
    assert!(stdout(&set).starts_with("Leave years start on 1 April. This one is "), "{}", stdout(&set));
    let shown = parsed(&okta_hr(laptop.path(), &["--json", "hr", "leave-year"]).await);
    assert_eq!(shown["start_month"], 4, "{shown}");
    let refused = okta_hr(laptop.path(), &["hr", "leave-year", "--start-month", "13"]).await;
    assert_eq!(refused.status.code(), Some(4), "{refused:?}");
    assert!(stderr(&refused).contains("The start month field must be between 1 and 12."), "{refused:?}");

    let week = okta_hr(
        laptop.path(),
        &["hr", "working-weeks", "set", "--days", "mon,tue,wed,thu,fri,sat", "--half-days", "sat"],
    )
    .await;
    assert!(week.status.success(), "{week:?}");
    assert!(stdout(&week).contains("Fri Sat(am)"), "{}", stdout(&week));
    // A weekday late in next year's September, clear of the demo company's holidays.
    let mut day = chrono::NaiveDate::from_ymd_opt(Utc::now().year() + 1, 9, 22).unwrap();
    while day.weekday().number_from_monday() > 5 {
        day += chrono::Duration::days(1);
    }
    let eve = day.to_string();
    let holiday =
        okta_hr(laptop.path(), &["--json", "hr", "holidays", "add", &eve, "Summer party", "--half-day"]).await;
    assert_eq!(parsed(&holiday)["half_day"], true, "{holiday:?}");

    let phone = tempfile::tempdir().unwrap();
    let login = ["login", "--server", &url, "--email", "employee@acme.test", "--password", "password"];
    assert!(okta_hr(phone.path(), &login).await.status.success());
    // The afternoon of the half-day holiday is off already: its morning alone is left to take.
    let submit = okta_hr(
        phone.path(),
        &["--json", "leave", "submit", "--from", &eve, "--end-half", "morning", "--reason", "Dentist"],
    )
    .await;
    assert!(submit.status.success(), "{submit:?}");
    let listed = stdout(&okta_hr(phone.path(), &["leave", "list"]).await);
    let row = listed.lines().find(|l| l.contains(&eve)).unwrap_or_default().to_owned();
    assert!(row.contains(&format!("{eve} am")) && row.contains("0.5"), "{listed}");
}
