//! The `okta-hr` binary against the real server: a day with no signal, as a user types it.

use crate::{count_for_employee, okta_hr, stdout};
use okta_hr_test_support::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_day_without_signal() {
    let mut server = Server::start().await;
    let url = server.url();
    let phone = tempfile::tempdir().unwrap();

    let login =
        okta_hr(phone.path(), &["login", "--server", &url, "--email", "employee@acme.test", "--password", "password"])
            .await;
    assert!(login.status.success(), "{login:?}");
    assert!(stdout(&login).contains("Signed in as employee@acme.test"));
    let balances = okta_hr(phone.path(), &["balances"]).await;
    assert!(stdout(&balances).contains("Annual Leave"), "{}", stdout(&balances));

    server.stop().await;
    let check_in = okta_hr(phone.path(), &["check-in", "--lat", "52.520008", "--lon", "13.404954"]).await;
    assert!(check_in.status.success(), "a queued write exits 0: {check_in:?}");
    assert!(stdout(&check_in).starts_with("Queued, will sync"), "{}", stdout(&check_in));
    let leave =
        okta_hr(phone.path(), &["leave", "submit", "--type", "annual", "--from", "2031-03-03", "--to", "2031-03-05"])
            .await;
    assert!(leave.status.success());
    assert!(stdout(&leave).starts_with("Queued, will sync"));

    let status = okta_hr(phone.path(), &["status"]).await;
    let text = stdout(&status);
    assert!(text.contains("Waiting to sync: 2"), "{text}");
    assert!(text.contains("Check-in") && text.contains("Leave request (annual) 2031-03-03 – 2031-03-05"), "{text}");
    assert!(text.contains("Today: checked in (queued) since"), "{text}");
    let listed = okta_hr(phone.path(), &["--offline", "leave", "list"]).await;
    assert!(stdout(&listed).contains("pending (queued)"), "{}", stdout(&listed));

    server.start_again().await;
    let sync = okta_hr(phone.path(), &["sync"]).await;
    assert!(stdout(&sync).starts_with("Sent 2, refused 0, still queued 0."), "{}", stdout(&sync));
    let today = chrono::Utc::now().date_naive().to_string();
    let check_ins = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1 AND check_in_at >= ?2";
    assert_eq!(count_for_employee(&server, check_ins, &today), 1);
    let requests = "SELECT COUNT(*) FROM leave_requests WHERE employee_id = ?1 AND start_date = ?2";
    assert_eq!(count_for_employee(&server, requests, "2031-03-03"), 1);

    // Checked out, then a check-in from Paris made offline comes back refused with the server's reason.
    assert!(okta_hr(phone.path(), &["check-out", "--lat", "52.520008", "--lon", "13.404954"]).await.status.success());
    server.stop().await;
    let paris = okta_hr(phone.path(), &["check-in", "--lat", "48.8566", "--lon", "2.3522"]).await;
    assert!(String::from_utf8_lossy(&paris.stderr).contains("km from HQ"), "the device warns at once: {paris:?}");
    server.start_again().await;
    let sync = okta_hr(phone.path(), &["sync"]).await;
    assert!(stdout(&sync).contains("refused: Check-in: You are 87"), "{}", stdout(&sync));
    let status = stdout(&okta_hr(phone.path(), &["status"]).await);
    assert!(status.contains("Refused by the server: 1") && status.contains("km from HQ"), "{status}");
    assert!(status.contains("Today: not checked in"), "{status}");

    let json = okta_hr(phone.path(), &["--json", "status"]).await;
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(parsed["pending"].as_array().unwrap().len(), 0);
    server.stop().await;
}

#[tokio::test]
async fn commands_need_a_sign_in_and_say_so() {
    let phone = tempfile::tempdir().unwrap();
    let output = okta_hr(phone.path(), &["status"]).await;
    assert_eq!(output.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not signed in"));
}
