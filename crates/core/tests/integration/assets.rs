//! Asset problems on the device against the real server: an employee reports one with what they hold,
//! HR reads it (and, offline, the last snapshot with its age) and resolves it online only.

use crate::common;

use common::Server;
use okta_hr_core::{Core, CoreError};

async fn signed_in(server: &Server, email: &str) -> (Core, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), email, "password", "laptop").await.unwrap();
    (core, dir)
}

#[tokio::test]
async fn hr_reads_reported_problems_offline_and_resolves_them_online_only() {
    let mut server = Server::start().await;
    let (hr, _hr_dir) = signed_in(&server, "hr@acme.test").await;
    let (emma, _emma_dir) = signed_in(&server, "employee@acme.test").await;

    let laptop = emma.my_assets().unwrap().data.into_iter().next().expect("Emma holds a laptop");
    let reported = emma.report_asset_problem(&laptop.id, "The fan is loud").await.unwrap();
    assert_eq!(reported.attributes.status, "open");

    let open = hr.asset_problems(true).await.unwrap();
    assert_eq!(open.data[0].id, reported.id, "newest first");
    assert_eq!(open.data[0].attributes.employee_name, "Emma Fischer");
    let all = hr.asset_problems(false).await.unwrap();
    assert_eq!(all.data.len(), 2, "the demo's and Emma's");

    server.stop().await;
    let offline = hr.asset_problems(false).await.unwrap();
    assert_eq!((offline.data.len(), offline.fetched_at), (2, all.fetched_at), "the snapshot with its own age");
    assert_eq!(hr.cached_asset_problems().unwrap().data.len(), 2);
    let refused = hr.resolve_asset_problem(&reported.id, Some("Cleaned")).await.unwrap_err();
    assert!(matches!(refused, CoreError::NeedsConnection(_)), "{refused:?}");
    assert_eq!(hr.status().unwrap().pending.len(), 0, "never queued");

    server.start_again().await;
    let resolved = hr.resolve_asset_problem(&reported.id, Some("Cleaned")).await.unwrap();
    assert_eq!(resolved.attributes.status, "resolved");
    assert_eq!(resolved.attributes.resolution_note.as_deref(), Some("Cleaned"));
    let twice = hr.resolve_asset_problem(&reported.id, None).await.unwrap_err();
    assert!(twice.to_string().contains("already resolved"), "{twice}");
    assert!(hr.resolve_asset_problem("../1", None).await.is_err(), "an id is checked before it is sent");
}
