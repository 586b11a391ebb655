//! HR's announcements against the real server: a draft published for one department reaches its people's
//! feed and not the others', HR's list shows every state (offline from its snapshot), changes are refused
//! offline and never queued, and employees may not make them.

use crate::common;

use chrono::{Duration, Utc};
use common::Server;
use okta_hr_core::admin::{AnnouncementChanges, AnnouncementDraft};
use okta_hr_core::client::ClientError;
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::announcements::{AnnouncementAudience, AnnouncementState};

async fn signed_in(server: &Server, email: &str) -> (Core, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), email, "password", "laptop").await.unwrap();
    (core, dir)
}

fn draft(title: &str, audience: AnnouncementAudience) -> AnnouncementDraft {
    AnnouncementDraft {
        title: title.to_owned(),
        body: "Details inside.".to_owned(),
        audience,
        pinned: false,
        publish: false,
        publish_at: None,
        expires_at: None,
    }
}

fn titles(core: &Core) -> Vec<String> {
    core.announcements().unwrap().data.into_iter().map(|a| a.attributes.title).collect()
}

#[tokio::test]
async fn hr_drafts_edits_and_publishes_for_one_department_and_only_its_people_read_it() {
    let server = Server::start().await;
    let (hr, _hr_dir) = signed_in(&server, "hr@acme.test").await;
    let sales: i64 =
        server.query_row("SELECT id FROM departments WHERE company_id = 1 AND name = 'Sales'", [], |r| r.get(0));
    let audience = AnnouncementAudience { departments: vec![sales.to_string()], ..AnnouncementAudience::default() };
    let created = hr.create_announcement(&draft("Quarter close", audience)).await.unwrap();
    assert_eq!(created.state, AnnouncementState::Draft);

    let later = Utc::now() + Duration::days(2);
    let changes = AnnouncementChanges { pinned: Some(true), publish_at: Some(later), ..AnnouncementChanges::default() };
    let scheduled = hr.update_announcement(&created.id, &changes).await.unwrap();
    assert_eq!((scheduled.state, scheduled.pinned), (AnnouncementState::Scheduled, true));
    let drafts = hr.managed_announcements(Some(AnnouncementState::Scheduled)).await.unwrap();
    assert!(drafts.data.iter().any(|a| a.id == created.id), "{:?}", drafts.data);

    let published = hr.publish_announcement(&created.id).await.unwrap();
    assert_eq!(published.state, AnnouncementState::Published);
    assert!(!titles(&hr).contains(&"Quarter close".to_owned()), "HR is not in Sales");

    let (seller, _seller_dir) = signed_in(&server, "sales.manager@acme.test").await;
    assert_eq!(titles(&seller)[0], "Quarter close", "pinned first: {:?}", titles(&seller));
    let (engineer, _engineer_dir) = signed_in(&server, "employee@acme.test").await;
    assert!(!titles(&engineer).contains(&"Quarter close".to_owned()));

    let expired = hr.expire_announcement(&created.id).await.unwrap();
    assert_eq!(expired.state, AnnouncementState::Expired);
    let refused = hr.delete_announcement(&created.id).await.unwrap_err();
    assert!(matches!(refused, CoreError::Client(ClientError::Rejected { status: 422, .. })), "{refused:?}");
}

#[tokio::test]
async fn offline_hr_reads_the_snapshot_and_every_change_is_refused_not_queued() {
    let mut server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    let kept = hr.managed_announcements(None).await.unwrap();
    assert!(kept.data.iter().any(|a| a.state == AnnouncementState::Draft), "the demo's draft: {:?}", kept.data);
    let draft_id = kept.data.iter().find(|a| a.state == AnnouncementState::Draft).unwrap().id.clone();

    server.stop().await;
    let offline = hr.managed_announcements(None).await.unwrap();
    assert_eq!((offline.data, offline.fetched_at), (kept.data.clone(), kept.fetched_at));
    let drafts = hr.cached_managed_announcements(Some(AnnouncementState::Draft)).unwrap();
    assert!(drafts.data.iter().all(|a| a.state == AnnouncementState::Draft) && !drafts.data.is_empty());

    let refusals = [
        hr.create_announcement(&draft("Offline", AnnouncementAudience::everyone())).await.unwrap_err(),
        hr.update_announcement(&draft_id, &AnnouncementChanges { pinned: Some(true), ..Default::default() })
            .await
            .unwrap_err(),
        hr.publish_announcement(&draft_id).await.unwrap_err(),
        hr.expire_announcement(&draft_id).await.unwrap_err(),
        hr.delete_announcement(&draft_id).await.unwrap_err(),
    ];
    for refused in refusals {
        assert!(matches!(refused, CoreError::NeedsConnection(_)), "{refused:?}");
    }
    assert!(hr.status().unwrap().pending.is_empty(), "nothing was queued");

    server.start_again().await;
    let after = hr.managed_announcements(None).await.unwrap();
    assert!(!after.data.iter().any(|a| a.title == "Offline"));
    assert_eq!(after.data.iter().find(|a| a.id == draft_id).map(|a| a.pinned), Some(false));
}

#[tokio::test]
async fn an_employee_may_not_manage_announcements() {
    let server = Server::start().await;
    let (employee, _dir) = signed_in(&server, "employee@acme.test").await;
    let refused = employee.create_announcement(&draft("Mine", AnnouncementAudience::everyone())).await.unwrap_err();
    match refused {
        CoreError::Client(ClientError::Rejected { status: 403, message, .. }) => {
            assert!(message.starts_with("Announcements are managed by HR only"), "{message}");
        }
        other => panic!("expected a 403, got {other:?}"),
    }
    let refused = employee.managed_announcements(None).await.unwrap_err();
    assert!(matches!(refused, CoreError::Client(ClientError::Rejected { status: 403, .. })), "{refused:?}");
}
