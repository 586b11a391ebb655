//! `okta-hr admin …` against the real server: HR suspends someone, then reads offline and is told that
//! changes need a connection.

use crate::{okta_hr, stderr, stdout};
use okta_hr_test_support::Server;

fn row_of<'a>(table: &'a str, login: &str) -> &'a str {
    table.lines().find(|line| line.contains(login)).unwrap_or_else(|| panic!("{login} in\n{table}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_suspends_someone_then_reads_offline() {
    let mut server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;

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

    server.stop().await;
    let offline = okta_hr(laptop.path(), &["admin", "people"]).await;
    assert!(offline.status.success(), "{offline:?}");
    assert!(row_of(&stdout(&offline), "employee@acme.test").contains("SUSPENDED"));
    assert!(stderr(&offline).contains("as of"), "{offline:?}");

    let unsuspend = okta_hr(laptop.path(), &["admin", "unsuspend", "employee@acme.test"]).await;
    assert_eq!(unsuspend.status.code(), Some(1));
    assert!(stderr(&unsuspend).contains("Admin changes need a connection"), "{unsuspend:?}");
}
