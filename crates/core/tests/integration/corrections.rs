//! A forgotten check-out corrected from a phone with no signal: the request is queued and shown at once,
//! reaches the server exactly once when it is back, and the manager's approval, made offline too, corrects
//! the record everywhere. A request the server refuses is explained and taken off the list.

use crate::common;

use chrono::{DateTime, Duration, SubsecRound, Utc};
use common::{HQ, Server, fix};
use okta_hr_core::{Core, CorrectionRequest};

const CORRECTIONS: &str = "SELECT COUNT(*) FROM attendance_corrections WHERE attendance_record_id = ?1";

async fn signed_in(server_url: &str, dir: &std::path::Path, email: &str) -> Core {
    let mut core = Core::open(dir).unwrap();
    core.login(server_url, email, "password", "test device").await.unwrap();
    core.refresh().await.unwrap();
    core
}

fn forgot_check_out(record: &str, left: DateTime<Utc>, reason: &str) -> CorrectionRequest {
    CorrectionRequest {
        record: Some(record.to_owned()),
        check_out_at: Some(left),
        reason: reason.to_owned(),
        ..CorrectionRequest::default()
    }
}

#[tokio::test]
async fn a_forgotten_check_out_is_corrected_offline_and_approved_offline() {
    let mut server = Server::start().await;
    let phone = tempfile::tempdir().unwrap();
    let employee = signed_in(&server.url(), phone.path(), "employee@acme.test").await;
    let me = server.employee_id("employee@acme.test");

    // This morning's check-in, never checked out of.
    let checked_in = employee.check_in(fix(HQ), false).await.unwrap();
    let record: i64 = checked_in.server_id.expect("synced").parse().unwrap();
    let morning = (Utc::now() - Duration::hours(3)).trunc_subsecs(0);
    server.execute("UPDATE attendance_records SET check_in_at = ?1 WHERE id = ?2", rusqlite::params![morning, record]);
    employee.refresh().await.unwrap();
    let key = record.to_string();

    server.stop().await;
    let left = (Utc::now() - Duration::hours(1)).trunc_subsecs(0);
    let asked = employee.request_correction(forgot_check_out(&key, left, "I forgot to check out.")).await.unwrap();
    assert_eq!((asked.state.as_str(), asked.warning.as_deref()), ("queued", None), "{asked:?}");
    let again = forgot_check_out(&key, left + Duration::minutes(5), "Or a little later.");
    let second = employee.request_correction(again).await.unwrap();
    let warning = second.warning.expect("the device knows one is waiting");
    assert_eq!(warning, "This record already has a correction waiting for a decision.");

    // Both show at once, queued.
    let mine = employee.my_corrections().unwrap().data;
    let queued: Vec<_> = mine.iter().filter(|c| c.queued).collect();
    assert_eq!(queued.len(), 2, "{mine:?}");
    assert!(queued.iter().all(|c| c.status == "pending" && c.key.starts_with("pending-")));
    assert_eq!(queued[1].check_out_at, Some(left));

    server.start_again().await;
    let report = employee.sync().await.unwrap();
    assert_eq!((report.sent, report.rejected.len()), (1, 1), "{report:?}");
    assert_eq!(server.count(CORRECTIONS, record), 1, "sent exactly once");
    let again = employee.sync().await.unwrap();
    assert_eq!((again.sent, again.pending), (0, 0));
    assert_eq!(server.count(CORRECTIONS, record), 1);

    // The refused one is explained, and gone from the list; the delivered one is the server's.
    let status = employee.status().unwrap();
    let refused = &status.rejected[0];
    assert_eq!(refused.rejection.as_deref(), Some("This record already has a correction waiting for a decision."));
    let undone = refused.undone.as_deref().unwrap();
    assert_eq!(undone, "The correction was taken off your list: your attendance stays as it was recorded.");
    assert!(refused.next_step.as_deref().unwrap().contains("ask HR"));
    let mine = employee.my_corrections().unwrap().data;
    let waiting: Vec<_> = mine.iter().filter(|c| c.attendance_record_id.as_deref() == Some(key.as_str())).collect();
    assert_eq!(waiting.len(), 1, "{mine:?}");
    assert!(!waiting[0].queued && waiting[0].status == "pending");
    let correction_id: i64 = waiting[0].key.parse().unwrap();

    // The manager, on a desk with no network, approves it.
    let desk = tempfile::tempdir().unwrap();
    let manager = signed_in(&server.url(), desk.path(), "manager@acme.test").await;
    let inbox = manager.correction_inbox().unwrap().data;
    let entry = inbox.iter().find(|c| c.key == waiting[0].key).expect("in the manager's inbox");
    assert!(entry.decidable && entry.employee_name.as_deref() == Some("Emma Fischer"));
    let waiting_before = manager.corrections_waiting().unwrap();

    server.stop().await;
    let decided = manager.decide_correction(correction_id, true, None).await.unwrap();
    assert_eq!(decided.state, "queued");
    let inbox = manager.correction_inbox().unwrap().data;
    let entry = inbox.iter().find(|c| c.key == waiting[0].key).unwrap();
    assert_eq!((entry.status.as_str(), entry.queued, entry.decidable), ("approved", true, false));
    assert_eq!(manager.corrections_waiting().unwrap(), waiting_before - 1);

    server.start_again().await;
    let report = manager.sync().await.unwrap();
    assert_eq!((report.sent, report.rejected.len()), (1, 0), "{report:?}");
    let (status, check_out): (String, Option<DateTime<Utc>>) = server.query_row(
        "SELECT c.status, a.check_out_at FROM attendance_corrections c
         JOIN attendance_records a ON a.id = c.attendance_record_id WHERE c.id = ?1",
        [correction_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    );
    assert_eq!((status.as_str(), check_out), ("approved", Some(left)));
    assert!(!manager.correction_inbox().unwrap().data.iter().any(|c| c.key == waiting[0].key));
    let today = Utc::now().date_naive();
    let (team, _) = manager.team_attendance(today - Duration::days(1), today, 0, 500).unwrap();
    let corrected = team.iter().find(|e| e.key == key).expect("the corrected record on the manager's desk");
    assert_eq!(corrected.check_out_at, Some(left));

    // The phone hears of it with its next refresh: the record is corrected, the punch kept.
    employee.refresh().await.unwrap();
    let month = employee.attendance(None).unwrap();
    let shown = month.iter().find(|e| e.key == key).unwrap();
    let record = shown.record.as_ref().unwrap();
    assert_eq!((shown.check_out_at, record.corrected, record.original_check_in_at), (Some(left), true, Some(morning)));
    let me_status: String = server.query_row(
        "SELECT status FROM attendance_corrections WHERE employee_id = ?1 ORDER BY id DESC LIMIT 1",
        [me],
        |r| r.get(0),
    );
    assert_eq!(me_status, "approved");
}

#[tokio::test]
async fn what_cannot_be_sent_is_refused_on_the_device_and_never_queued() {
    let server = Server::start().await;
    let phone = tempfile::tempdir().unwrap();
    let employee = signed_in(&server.url(), phone.path(), "employee@acme.test").await;
    let no_reason =
        CorrectionRequest { date: Some(Utc::now().date_naive()), check_in_at: Some(Utc::now()), ..Default::default() };
    assert!(employee.request_correction(no_reason).await.is_err());
    let unknown = forgot_check_out("999999", Utc::now(), "Forgot.");
    assert!(employee.request_correction(unknown).await.is_err());
    assert!(employee.decide_correction(1, false, Some("  ".into())).await.is_err(), "a rejection needs a reason");
    assert!(employee.status().unwrap().pending.is_empty());
}
