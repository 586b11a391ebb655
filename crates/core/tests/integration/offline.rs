//! Stories of a phone with no signal: writes are kept, sent later exactly once, refused writes are
//! explained, and nothing leaks between accounts.

use crate::common;
use okta_hr_domain::calendar::LeaveSpan;
use okta_hr_domain::days::LeaveDays;

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use common::{HQ, PARIS, Proxy, Server, fix, open_cache};
use okta_hr_core::{Core, CoreError};
const LEAVE_REQUESTS: &str = "SELECT COUNT(*) FROM leave_requests WHERE employee_id = ?1";

/// A Monday-to-Wednesday stretch well in the future (3 working days; August holds no public holiday of
/// the demo company).
fn next_year_monday() -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(Utc::now().year() + 1, 8, 1).unwrap();
    while day.weekday() != Weekday::Mon {
        day += Duration::days(1);
    }
    day
}

async fn signed_in(server_url: &str, dir: &std::path::Path, email: &str) -> Core {
    let mut core = Core::open(dir).unwrap();
    core.login(server_url, email, "password", "test phone").await.unwrap();
    core
}

#[tokio::test]
async fn writes_made_offline_are_synced_exactly_once_with_their_original_times() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let leaves_before = server.count(LEAVE_REQUESTS, me);

    server.stop().await;
    let tapped_at = Utc::now();
    let check_in = core.check_in(fix(HQ), false).await.unwrap();
    assert_eq!(check_in.state, "queued");
    assert_eq!(check_in.warning, None, "inside the fence: no warning");
    let start = next_year_monday();
    let leave = core
        .submit_leave("annual", &LeaveSpan::whole_days(start, start + Duration::days(2)), Some("Offline".into()))
        .await
        .unwrap();
    assert_eq!(leave.state, "queued");

    // Both show at once, marked pending, and the leave already counts against the balance.
    let status = core.status().unwrap();
    assert_eq!(status.pending.len(), 2);
    assert!(status.last_error.is_some());
    let today = core.today().unwrap();
    assert!(today.checked_in && today.pending);
    let queued_leave = core.leaves().unwrap().into_iter().find(|l| l.pending).expect("queued leave listed");
    assert_eq!((queued_leave.days, queued_leave.status.as_str()), (LeaveDays::whole(3), "pending"));
    let annual = core.balances().unwrap().data.into_iter().find(|b| b.leave_type == "annual" && b.year == start.year());
    if let Some(annual) = annual {
        assert!(annual.pending >= LeaveDays::whole(3));
    }

    tokio::time::sleep(std::time::Duration::from_millis(1_500)).await;
    server.start_again().await;
    let report = core.sync().await.unwrap();
    assert_eq!(report.sent, 2, "{report:?}");
    assert!(report.rejected.is_empty());
    assert_eq!(server.check_ins_today(me), 1);
    assert_eq!(server.count(LEAVE_REQUESTS, me), leaves_before + 1);

    // The server keeps the time of the tap, not the time it heard of it.
    let (checked_in_at, received_at): (chrono::DateTime<Utc>, chrono::DateTime<Utc>) = server.query_row(
        "SELECT check_in_at, check_in_received_at FROM attendance_records WHERE employee_id = ?1
             ORDER BY id DESC LIMIT 1",
        [me],
        |r| Ok((r.get(0)?, r.get(1)?)),
    );
    assert!((checked_in_at - tapped_at).num_milliseconds().abs() < 1_000, "{checked_in_at} vs {tapped_at}");
    assert!(received_at - checked_in_at >= Duration::milliseconds(1_400));

    // Syncing again sends nothing twice.
    let again = core.sync().await.unwrap();
    assert_eq!((again.sent, again.pending), (0, 0));
    assert_eq!(server.check_ins_today(me), 1);
    assert_eq!(server.count(LEAVE_REQUESTS, me), leaves_before + 1);
    assert!(!core.today().unwrap().pending);
}

#[tokio::test]
async fn a_lost_response_is_retried_and_still_makes_one_record() {
    let server = Server::start().await;
    let proxy = Proxy::start(server.addr).await;
    let dir = tempfile::tempdir().unwrap();
    drop(signed_in(&proxy.url(), dir.path(), "employee@acme.test").await);
    let me = server.employee_id("employee@acme.test");

    // A fresh client, so the check-in opens the connection whose answer is lost.
    let core = Core::open(dir.path()).unwrap();
    proxy.lose_next_responses(1);
    let outcome = core.check_in(fix(HQ), false).await.unwrap();
    assert_eq!(outcome.state, "queued", "the answer never arrived: {outcome:?}");
    assert_eq!(server.check_ins_today(me), 1, "the server did commit it");

    let report = core.sync().await.unwrap();
    assert_eq!((report.sent, report.rejected.len()), (1, 0), "{report:?}");
    assert_eq!(server.check_ins_today(me), 1, "the retry was replayed, not applied twice");
    let today = core.today().unwrap();
    assert!(today.checked_in && !today.pending);
}

#[tokio::test]
async fn a_refused_check_in_is_explained_and_the_rest_of_the_queue_still_syncs() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    let leaves_before = server.count(LEAVE_REQUESTS, me);

    server.stop().await;
    let from_paris = core.check_in(fix(PARIS), false).await.unwrap();
    assert_eq!(from_paris.state, "queued");
    let warning = from_paris.warning.expect("the device warns at once, offline");
    assert!(warning.starts_with("You are 87") && warning.contains("km from HQ"), "{warning}");
    core.check_out(fix(PARIS), false).await.unwrap();
    let start = next_year_monday();
    core.submit_leave("annual", &LeaveSpan::whole_days(start, start), None).await.unwrap();

    server.start_again().await;
    let report = core.sync().await.unwrap();
    assert_eq!(report.sent, 1, "the leave request still went through: {report:?}");
    assert_eq!(report.rejected.len(), 2);
    let status = core.status().unwrap();
    assert!(status.pending.is_empty());
    let reasons: Vec<String> = status.rejected.iter().map(|w| w.rejection.clone().unwrap_or_default()).collect();
    assert!(reasons[0].starts_with("You are 87") && reasons[0].contains("km from HQ"), "{reasons:?}");
    assert!(reasons[1].contains("depended on the check-in"), "{reasons:?}");
    assert!(!core.today().unwrap().checked_in, "the refused check-in was rolled back");
    assert_eq!(server.check_ins_today(me), 0);
    assert_eq!(server.count(LEAVE_REQUESTS, me), leaves_before + 1);
}

#[tokio::test]
async fn a_device_clock_that_runs_fast_is_corrected_before_sending() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    server.stop().await;
    let tapped_at = Utc::now();
    core.check_in(fix(HQ), false).await.unwrap();
    // What the device learned from the server's Date header on its last answer: its own clock is an
    // hour ahead of the server's.
    let cache = open_cache(dir.path());
    cache.execute("UPDATE session SET clock_offset_ms = ?1", [-3_600_000_i64]).unwrap();

    server.start_again().await;
    assert_eq!(core.sync().await.unwrap().sent, 1);
    let checked_in_at: chrono::DateTime<Utc> = server.query_row(
        "SELECT check_in_at FROM attendance_records WHERE employee_id = ?1 ORDER BY id DESC LIMIT 1",
        [me],
        |r| r.get(0),
    );
    let corrected = tapped_at - Duration::hours(1);
    assert!((checked_in_at - corrected).num_milliseconds().abs() < 1_000, "{checked_in_at} vs {corrected}");
    let offset: i64 = cache.query_row("SELECT clock_offset_ms FROM session", [], |r| r.get(0)).unwrap();
    assert_eq!(offset, 0, "the offset is learned again from the server's answers");
}

#[tokio::test]
async fn the_cache_answers_after_a_restart_with_the_server_gone() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    drop(signed_in(&server.url(), dir.path(), "employee@acme.test").await);
    server.stop().await;

    let core = Core::open(dir.path()).unwrap();
    assert!(core.is_signed_in());
    let profile = core.profile().unwrap().data.expect("profile cached");
    assert_eq!(profile.data.attributes.email, "employee@acme.test");
    assert_eq!(core.my_branch().unwrap().expect("branch cached").name, "HQ");
    assert!(!core.balances().unwrap().data.is_empty());
    assert!(!core.payslips().unwrap().data.is_empty());
    assert_eq!(core.announcements().unwrap().data.len(), 3);
    assert!(!core.attendance(None).unwrap().is_empty() || Utc::now().day() <= 3);
    assert!(core.notifications().unwrap().fetched_at.is_some());
}

#[tokio::test]
async fn two_people_on_one_device_never_see_each_others_data() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let start = next_year_monday();
    core.submit_leave("annual", &LeaveSpan::whole_days(start, start), Some("Emma's secret trip".into())).await.unwrap();
    core.logout(false).await.unwrap();

    core.login(&server.url(), "field@acme.test", "password", "shared tablet").await.unwrap();
    assert_eq!(core.profile().unwrap().data.unwrap().data.attributes.email, "field@acme.test");
    assert!(
        core.leaves().unwrap().iter().all(|l| l.request.as_ref().is_none_or(|r| r.employee_name == "Felix Wagner"))
    );
    assert!(
        core.leaves()
            .unwrap()
            .iter()
            .all(|l| l.request.as_ref().and_then(|r| r.reason.as_deref()) != Some("Emma's secret trip"))
    );
    let files = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "sqlite"))
        .count();
    assert_eq!(files, 1, "Emma's cache left with her sign-out; Felix has his own");
}

#[tokio::test]
async fn signing_out_with_unsynced_work_is_refused_unless_forced() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    server.stop().await;
    core.check_in(fix(HQ), false).await.unwrap();
    match core.logout(false).await {
        Err(CoreError::UnsyncedWork(1)) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(core.is_signed_in());
    core.logout(true).await.unwrap();
    assert!(!core.is_signed_in());
}

#[tokio::test]
async fn a_revoked_session_keeps_the_queue_and_asks_to_sign_in_again() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    server.execute("DELETE FROM personal_access_tokens WHERE employee_id = ?1", [me]);

    let outcome = core.check_in(fix(HQ), false).await.unwrap();
    assert_eq!(outcome.state, "queued");
    let status = core.status().unwrap();
    assert!(status.needs_login);
    assert_eq!(status.pending.len(), 1, "nothing was dropped");
    assert_eq!(server.check_ins_today(me), 0);

    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), "employee@acme.test", "password", "test phone").await.unwrap();
    let report = core.sync().await.unwrap();
    assert_eq!(report.sent, 1);
    assert_eq!(server.check_ins_today(me), 1);
}

#[tokio::test]
async fn a_device_killed_after_sending_resends_on_start_and_the_server_applies_it_once() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let core = signed_in(&server.url(), dir.path(), "employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");
    assert_eq!(core.check_in(fix(HQ), false).await.unwrap().state, "synced");
    drop(core);
    // The app died between the server's answer and marking the write done.
    open_cache(dir.path()).execute("UPDATE outbox SET state = 'pending'", []).unwrap();

    let core = Core::open(dir.path()).unwrap();
    assert_eq!(core.status().unwrap().pending.len(), 1);
    let report = core.sync().await.unwrap();
    assert_eq!((report.sent, report.rejected.len()), (1, 0), "{report:?}");
    assert_eq!(server.check_ins_today(me), 1);
    assert!(core.today().unwrap().checked_in);
}

#[tokio::test]
async fn a_payslip_pdf_made_offline_is_the_document_the_server_sends() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    drop(signed_in(&server.url(), dir.path(), "employee@acme.test").await);
    let core = Core::open(dir.path()).unwrap();
    let slip = core.payslips().unwrap().data.into_iter().next().expect("last month's payslip cached");
    let from_server = common::payslip_pdf_from_server(&server, "employee@acme.test", &slip.id).await;
    server.stop().await;

    let (file_name, offline) =
        core.payslip_pdf(&slip.id, okta_hr_core::Language::En).unwrap().expect("rendered from the cache");
    assert_eq!(file_name, format!("payslip-{}-E00003.pdf", slip.attributes.period));
    assert!(offline.starts_with(b"%PDF-"), "a PDF");
    assert_eq!(offline, from_server, "the same document, to the byte, with the server gone");
    let details = core.payslip_details(&slip.id).unwrap().expect("details cached");
    let basic = details.attributes.payslip.expect("the computed payslip").lines.into_iter().next().unwrap();
    assert_eq!(basic.code, "BASIC");
    assert!(!basic.explanation.is_empty(), "each line says how it was computed, offline");
}
