//! The `okta-hr` binary against the real server: a day with no signal, as a user types it.

use crate::{okta_hr, stdout};
use okta_hr_server::db::Db;
use okta_hr_server::settings::Settings;
use okta_hr_server::{AppState, demo};
use std::net::SocketAddr;
use std::path::Path;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

struct Running {
    stop: oneshot::Sender<()>,
    handle: tokio::task::JoinHandle<std::io::Result<()>>,
}

async fn serve(db_path: &Path, listener: TcpListener) -> Running {
    let db = Db::open(db_path).unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let handle = tokio::spawn(okta_hr_server::serve(listener, AppState::new(db, Settings::default()), async {
        let _ = stopped.await;
    }));
    Running { stop, handle }
}

async fn halt(running: Running) {
    let _ = running.stop.send(());
    let _ = running.handle.await;
}

fn count(db_path: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db_path).unwrap().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_day_without_signal() {
    let server_dir = tempfile::tempdir().unwrap();
    let db_path = server_dir.path().join("server.sqlite");
    let seeder = Db::open(&db_path).unwrap();
    tokio::task::spawn_blocking(move || demo::seed(&seeder)).await.unwrap().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let url = format!("http://{addr}");
    let running = serve(&db_path, listener).await;
    let phone = tempfile::tempdir().unwrap();

    let login =
        okta_hr(phone.path(), &["login", "--server", &url, "--email", "employee@acme.test", "--password", "password"])
            .await;
    assert!(login.status.success(), "{login:?}");
    assert!(stdout(&login).contains("Signed in as employee@acme.test"));
    let balances = okta_hr(phone.path(), &["balances"]).await;
    assert!(stdout(&balances).contains("Annual Leave"), "{}", stdout(&balances));

    halt(running).await;
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
    assert!(text.contains("Today: checked in since") && text.contains("(queued)"), "{text}");
    let listed = okta_hr(phone.path(), &["--offline", "leave", "list"]).await;
    assert!(stdout(&listed).contains("pending (queued)"), "{}", stdout(&listed));

    let listener = TcpListener::bind(addr).await.unwrap();
    let running = serve(&db_path, listener).await;
    let sync = okta_hr(phone.path(), &["sync"]).await;
    assert!(stdout(&sync).starts_with("Sent 2, refused 0, still queued 0."), "{}", stdout(&sync));
    let employee = "(SELECT id FROM employees WHERE email = 'employee@acme.test')";
    assert_eq!(
        count(
            &db_path,
            &format!(
                "SELECT COUNT(*) FROM attendance_records WHERE employee_id = {employee} AND check_in_at >= date('now')"
            )
        ),
        1
    );
    assert_eq!(
        count(
            &db_path,
            &format!(
                "SELECT COUNT(*) FROM leave_requests WHERE employee_id = {employee} AND start_date = '2031-03-03'"
            )
        ),
        1
    );

    // Checked out, then a check-in from Paris made offline comes back refused with the server's reason.
    assert!(okta_hr(phone.path(), &["check-out", "--lat", "52.520008", "--lon", "13.404954"]).await.status.success());
    halt(running).await;
    let paris = okta_hr(phone.path(), &["check-in", "--lat", "48.8566", "--lon", "2.3522"]).await;
    assert!(String::from_utf8_lossy(&paris.stderr).contains("km from HQ"), "the device warns at once: {paris:?}");
    let listener = TcpListener::bind(addr).await.unwrap();
    let running = serve(&db_path, listener).await;
    let sync = okta_hr(phone.path(), &["sync"]).await;
    assert!(stdout(&sync).contains("refused: Check-in: You are 87"), "{}", stdout(&sync));
    let status = stdout(&okta_hr(phone.path(), &["status"]).await);
    assert!(status.contains("Refused by the server: 1") && status.contains("km from HQ"), "{status}");
    assert!(status.contains("Today: not checked in"), "{status}");

    let json = okta_hr(phone.path(), &["--json", "status"]).await;
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(parsed["pending"].as_array().unwrap().len(), 0);
    halt(running).await;
}

#[tokio::test]
async fn commands_need_a_sign_in_and_say_so() {
    let phone = tempfile::tempdir().unwrap();
    let output = okta_hr(phone.path(), &["status"]).await;
    assert_eq!(output.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not signed in"));
}
