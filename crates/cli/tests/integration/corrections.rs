//! `okta-hr attendance correct` against the real server: a forgotten check-out corrected with no signal,
//! queued, synced once, and decided by the manager from the command line.

use crate::{okta_hr_command, stdout};
use chrono::{Duration, SubsecRound, Utc};
use okta_hr_test_support::Server;
use std::path::Path;
use std::process::Output;

const HQ: [&str; 4] = ["--lat", "52.520008", "--lon", "13.404954"];

/// The binary on this device's clock set to UTC, so HH:MM on the command line is the server's time too.
async fn okta_hr(data_dir: &Path, args: &[&str]) -> Output {
    okta_hr_command(data_dir, args).env("TZ", "UTC").output().await.unwrap()
}

async fn sign_in(data_dir: &Path, url: &str, email: &str) {
    let login = okta_hr(data_dir, &["login", "--server", url, "--email", email, "--password", "password"]).await;
    assert!(login.status.success(), "{login:?}");
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {output:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_check_out_is_corrected_from_the_command_line() {
    let mut server = Server::start().await;
    let url = server.url();
    let phone = tempfile::tempdir().unwrap();
    let phone = phone.path();
    sign_in(phone, &url, "employee@acme.test").await;

    let checked_in = okta_hr(phone, &["--json", "check-in", HQ[0], HQ[1], HQ[2], HQ[3]]).await;
    let record = json(&checked_in)["server_id"].as_str().expect("synced").to_owned();
    let record_id: i64 = record.parse().unwrap();
    let morning = (Utc::now() - Duration::hours(3)).trunc_subsecs(0);
    let sql = "UPDATE attendance_records SET check_in_at = ?1 WHERE id = ?2";
    server.probe().execute(sql, rusqlite::params![morning, record_id]).unwrap();
    assert!(okta_hr(phone, &["attendance"]).await.status.success(), "a read refreshes the cache");

    let usage = okta_hr(phone, &["attendance", "correct", "--out", "17:30", "--reason", "Forgot."]).await;
    assert_eq!(usage.status.code(), Some(2), "a record or a day is required: {usage:?}");

    server.stop().await;
    let left = (Utc::now() - Duration::hours(1)).trunc_subsecs(0);
    let out = left.format("%H:%M").to_string();
    let args =
        ["--json", "attendance", "correct", "--record", &record, "--out", &out, "--reason", "I forgot to check out."];
    let asked = okta_hr(phone, &args).await;
    assert_eq!(asked.status.code(), Some(0), "a queued write exits 0: {asked:?}");
    assert_eq!(json(&asked)["state"], "queued");
    let listed = okta_hr(phone, &["--offline", "attendance", "corrections"]).await;
    assert!(stdout(&listed).contains("pending (queued)"), "{}", stdout(&listed));

    server.start_again().await;
    let sync = okta_hr(phone, &["sync"]).await;
    assert_eq!(sync.status.code(), Some(0), "{sync:?}");
    let asked_for: Vec<chrono::DateTime<Utc>> = server
        .probe()
        .rows("SELECT check_out_at FROM attendance_corrections WHERE attendance_record_id = ?1", [record_id], |r| {
            r.get(0)
        })
        .unwrap();
    let on_the_minute = left - Duration::seconds(i64::from(chrono::Timelike::second(&left)));
    assert_eq!(asked_for, [on_the_minute], "sent once, at the minute typed");

    let desk = tempfile::tempdir().unwrap();
    let desk = desk.path();
    sign_in(desk, &url, "manager@acme.test").await;
    let inbox = json(&okta_hr(desk, &["--json", "team", "corrections"]).await);
    let mine = inbox["data"].as_array().unwrap().iter().find(|c| c["attendance_record_id"] == record.as_str());
    let id = mine.expect("in the manager's inbox")["key"].as_str().unwrap().to_owned();
    let bare = okta_hr(desk, &["team", "correction", "reject", &id]).await;
    assert_eq!(bare.status.code(), Some(2), "a rejection needs --reason: {bare:?}");
    let approved = okta_hr(desk, &["team", "correction", "approve", &id]).await;
    assert!(approved.status.success() && stdout(&approved).starts_with("Decided."), "{approved:?}");
    let corrected: Option<chrono::DateTime<Utc>> = server
        .probe()
        .query_row("SELECT check_out_at FROM attendance_records WHERE id = ?1", [record_id], |r| r.get(0))
        .unwrap();
    assert_eq!(corrected, Some(on_the_minute));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_keeps_shifts_from_the_command_line() {
    let server = Server::start().await;
    let desk = tempfile::tempdir().unwrap();
    let desk = desk.path();
    sign_in(desk, &server.url(), "hr@globex.test").await;
    let added = okta_hr(desk, &["--json", "hr", "shifts", "add", "Night", "--start", "22:00", "--end", "06:00"]).await;
    assert!(added.status.success(), "{added:?}");
    let shift = json(&added);
    assert_eq!(shift["attributes"]["overnight"], true, "{shift}");
    let id = shift["id"].as_str().unwrap().to_owned();
    let wrong = okta_hr(desk, &["hr", "shifts", "add", "Dawn", "--start", "5am", "--end", "13:00"]).await;
    assert_eq!(wrong.status.code(), Some(4), "the server's refusal: {wrong:?}");

    let employee = server
        .probe()
        .query_row("SELECT id FROM employees WHERE email = 'employee@globex.test'", (), |r| r.get::<_, i64>(0));
    let employee = employee.unwrap().to_string();
    let assigned =
        okta_hr(desk, &["hr", "shifts", "assign", &id, "--employee", &employee, "--from", "2030-01-01"]).await;
    assert!(stdout(&assigned).contains("works Night from 2030-01-01 for good"), "{assigned:?}");
    let retired = okta_hr(desk, &["hr", "shifts", "retire", &id]).await;
    assert!(stdout(&retired).starts_with("Retired Night"), "{retired:?}");
    let listed = okta_hr(desk, &["--offline", "hr", "shifts", "list"]).await;
    assert!(stdout(&listed).contains("22:00–06:00 (next day)") && stdout(&listed).contains("retired"), "{listed:?}");
}
