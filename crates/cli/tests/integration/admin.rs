//! `okta-hr admin …` against the real server: HR suspends someone, then reads offline and is told that
//! changes need a connection.

use crate::{okta_hr, stderr, stdout};
use okta_hr_server::db::Db;
use okta_hr_server::settings::Settings;
use okta_hr_server::{AppState, demo};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

fn row_of<'a>(table: &'a str, login: &str) -> &'a str {
    table.lines().find(|line| line.contains(login)).unwrap_or_else(|| panic!("{login} in\n{table}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_suspends_someone_then_reads_offline() {
    let server_dir = tempfile::tempdir().unwrap();
    let db_path = server_dir.path().join("server.sqlite");
    let seeder = Db::open(&db_path).unwrap();
    tokio::task::spawn_blocking(move || demo::seed(&seeder)).await.unwrap().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = oneshot::channel::<()>();
    let running = tokio::spawn(okta_hr_server::serve(
        listener,
        AppState::new(Db::open(&db_path).unwrap(), Settings::default()),
        async {
            let _ = stopped.await;
        },
    ));
    let laptop = tempfile::tempdir().unwrap();
    let login =
        okta_hr(laptop.path(), &["login", "--server", &url, "--email", "hr@acme.test", "--password", "password"]).await;
    assert!(login.status.success(), "{login:?}");

    let people = okta_hr(laptop.path(), &["admin", "people", "--search", "employee@acme"]).await;
    assert!(people.status.success(), "{people:?}");
    assert!(row_of(&stdout(&people), "employee@acme.test").contains("ACTIVE"));

    let suspend = okta_hr(laptop.path(), &["admin", "suspend", "employee@acme.test"]).await;
    assert!(suspend.status.success(), "{suspend:?}");
    assert_eq!(stdout(&suspend).trim(), "employee@acme.test is now SUSPENDED.");

    let origins = okta_hr(laptop.path(), &["admin", "origins"]).await;
    assert!(origins.status.success(), "{origins:?}");
    let org = okta_hr(laptop.path(), &["admin", "org"]).await;
    assert!(stdout(&org).contains("BILLING"), "{org:?}");

    let _ = stop.send(());
    let _ = running.await;
    let offline = okta_hr(laptop.path(), &["admin", "people"]).await;
    assert!(offline.status.success(), "{offline:?}");
    assert!(row_of(&stdout(&offline), "employee@acme.test").contains("SUSPENDED"));
    assert!(stderr(&offline).contains("as of"), "{offline:?}");

    let unsuspend = okta_hr(laptop.path(), &["admin", "unsuspend", "employee@acme.test"]).await;
    assert_eq!(unsuspend.status.code(), Some(1));
    assert!(stderr(&unsuspend).contains("Admin changes need a connection"), "{unsuspend:?}");
}
