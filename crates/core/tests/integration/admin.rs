//! HR's admin area against the real server: everyone's accounts in every status, a suspension that
//! takes effect at once, the last snapshot offline, and writes refused while offline.

use crate::common;

use common::Server;
use okta_hr_core::admin::{AdminAction, NewTrustedOrigin, OrgChange};
use okta_hr_core::client::ClientError;
use okta_hr_core::{Core, CoreError};
use okta_hr_domain::lifecycle::UserStatus;

async fn signed_in(server: &Server, email: &str) -> (Core, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), email, "password", "laptop").await.unwrap();
    (core, dir)
}

fn status_of(people: &[okta_hr_core::admin::AdminUser], login: &str) -> UserStatus {
    people.iter().find(|p| p.login == login).expect("the person").status
}

#[tokio::test]
async fn hr_suspends_an_employee_who_then_cannot_sign_in_until_unsuspended() {
    let server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;

    let people = hr.admin_people().await.unwrap();
    assert_eq!(people.data.len(), 49, "every page of the Users API");
    assert!(people.fetched_at.is_some());
    for status in [UserStatus::Staged, UserStatus::Provisioned, UserStatus::Suspended] {
        assert!(people.data.iter().any(|p| p.status == status), "someone is {status:?}");
    }
    let employee = people.data.iter().find(|p| p.login == "employee@acme.test").unwrap();
    assert_eq!(employee.status, UserStatus::Active);
    assert!(employee.actions.contains(&AdminAction::Suspend));
    assert!(!employee.actions.contains(&AdminAction::Unsuspend));

    let outcome = hr.admin_lifecycle("employee@acme.test", AdminAction::Suspend).await.unwrap();
    let suspended = outcome.user.expect("re-read after the change");
    assert_eq!(suspended.status, UserStatus::Suspended);
    assert_eq!(suspended.actions, vec![AdminAction::Unsuspend, AdminAction::Deactivate]);
    assert_eq!(status_of(&hr.cached_admin_people().unwrap().data, "employee@acme.test"), UserStatus::Suspended);

    let employee_dir = tempfile::tempdir().unwrap();
    let mut employee = Core::open(employee_dir.path()).unwrap();
    let refused = employee.login(&server.url(), "employee@acme.test", "password", "phone").await.unwrap_err();
    assert!(refused.to_string().contains("suspended"), "{refused}");

    let again = hr.admin_lifecycle(&suspended.id, AdminAction::Unsuspend).await.unwrap();
    assert_eq!(again.user.unwrap().status, UserStatus::Active);
    employee.login(&server.url(), "employee@acme.test", "password", "phone").await.unwrap();
}

#[tokio::test]
async fn a_password_reset_hands_hr_the_link_to_pass_on() {
    let server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    let outcome = hr.admin_lifecycle("employee@acme.test", AdminAction::ResetPassword).await.unwrap();
    let link = outcome.link.expect("a reset link");
    assert!(link.contains("/api/v1/auth/set-password?token="), "{link}");
    assert_eq!(outcome.user.unwrap().status, UserStatus::Recovery);

    let refused = hr.admin_lifecycle("employee@acme.test", AdminAction::Unsuspend).await.unwrap_err();
    assert!(matches!(refused, CoreError::Client(ClientError::Rejected { .. })), "{refused:?}");
    assert!(refused.to_string().contains("not suspended"), "{refused}");
}

#[tokio::test]
async fn someone_who_never_used_their_activation_link_gets_a_new_one_not_a_second_activation() {
    let server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    let people = hr.admin_people().await.unwrap();
    let waiting = people.data.iter().find(|p| p.status == UserStatus::Provisioned).expect("a provisioned person");
    assert!(waiting.actions.contains(&AdminAction::Reactivate), "{:?}", waiting.actions);
    assert!(!waiting.actions.contains(&AdminAction::Activate), "{:?}", waiting.actions);

    let outcome = hr.admin_lifecycle(&waiting.id, AdminAction::Reactivate).await.unwrap();
    let link = outcome.link.expect("a new activation link");
    assert!(link.contains("/api/v1/auth/set-password?token="), "{link}");
    assert_eq!(outcome.user.unwrap().status, UserStatus::Provisioned);
    let refused = hr.admin_lifecycle(&waiting.id, AdminAction::Activate).await.unwrap_err();
    assert!(refused.to_string().contains("reactivate"), "{refused}");
}

#[tokio::test]
async fn offline_the_snapshot_answers_and_a_suspension_is_refused_not_queued() {
    let mut server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    let online = hr.admin_people().await.unwrap();
    hr.admin_groups().await.unwrap();
    hr.admin_org().await.unwrap();
    hr.admin_trusted_origins().await.unwrap();

    server.stop().await;
    let offline = hr.admin_people().await.unwrap();
    assert_eq!(offline.data.len(), 49);
    assert_eq!(offline.fetched_at, online.fetched_at, "the snapshot's own age");
    assert!(hr.status().unwrap().last_error.is_some(), "the app shows it is offline");
    assert!(!hr.admin_groups().await.unwrap().data.is_empty());
    assert_eq!(
        hr.admin_org().await.unwrap().data.company_name,
        hr.cached_admin_org().unwrap().data.unwrap().company_name
    );
    hr.admin_trusted_origins().await.unwrap();

    let refused = hr.admin_lifecycle("employee@acme.test", AdminAction::Suspend).await.unwrap_err();
    assert!(matches!(refused, CoreError::NeedsConnection(_)), "{refused:?}");
    assert!(refused.to_string().starts_with("Admin changes need a connection"), "{refused}");
    assert_eq!(hr.status().unwrap().pending.len(), 0, "nothing went to the outbox");

    server.start_again().await;
    assert_eq!(status_of(&hr.admin_people().await.unwrap().data, "employee@acme.test"), UserStatus::Active);
    assert_eq!(hr.status().unwrap().last_error, None, "back online");
}

#[tokio::test]
async fn hr_adds_deactivates_and_removes_a_trusted_origin() {
    let server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    let before = hr.admin_trusted_origins().await.unwrap().data.len();
    let new = NewTrustedOrigin {
        name: "Intranet".to_owned(),
        origin: "https://intranet.acme.test".to_owned(),
        cors: true,
        redirect: false,
    };
    let added = hr.admin_add_trusted_origin(&new).await.unwrap();
    assert!(added.active && added.cors && !added.redirect);
    assert_eq!(hr.cached_admin_trusted_origins().unwrap().data.len(), before + 1);

    let inactive = hr.admin_set_trusted_origin_active(&added.id, false).await.unwrap();
    assert!(!inactive.active);
    hr.admin_remove_trusted_origin(&added.id).await.unwrap();
    assert_eq!(hr.cached_admin_trusted_origins().unwrap().data.len(), before);

    let invalid = NewTrustedOrigin { origin: "not a url".to_owned(), ..new };
    let refused = hr.admin_add_trusted_origin(&invalid).await.unwrap_err();
    assert!(refused.to_string().contains("origin"), "{refused}");
}

#[tokio::test]
async fn the_org_shows_its_contacts() {
    let server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    hr.admin_people().await.unwrap();
    let org = hr.admin_org().await.unwrap().data;
    assert!(!org.company_name.is_empty());
    let kinds: Vec<&str> = org.contacts.iter().map(|c| c.contact_type.as_str()).collect();
    assert_eq!(kinds, ["BILLING", "TECHNICAL"]);
}

#[tokio::test]
async fn hr_changes_the_org_support_settings_and_a_contact_online_only() {
    let mut server = Server::start().await;
    let (hr, _dir) = signed_in(&server, "hr@acme.test").await;
    hr.admin_people().await.unwrap();
    let change = OrgChange { support_phone_number: Some("+49 30 1234567".to_owned()), ..OrgChange::default() };
    let org = hr.admin_update_org(&change).await.unwrap().data;
    assert_eq!(org.support_phone_number.as_deref(), Some("+49 30 1234567"));
    let org = hr.admin_set_contact("TECHNICAL", "employee@acme.test").await.unwrap().data;
    let technical = org.contacts.iter().find(|c| c.contact_type == "TECHNICAL").unwrap();
    assert_eq!(technical.login.as_deref(), Some("employee@acme.test"));

    let bad = OrgChange { website: Some("not a url".to_owned()), ..OrgChange::default() };
    let refused = hr.admin_update_org(&bad).await.unwrap_err();
    assert!(refused.to_string().contains("website"), "{refused}");

    server.stop().await;
    let offline = hr.admin_set_contact("BILLING", "employee@acme.test").await.unwrap_err();
    assert!(matches!(offline, CoreError::NeedsConnection(_)), "{offline:?}");
}

#[tokio::test]
async fn an_employee_is_told_the_admin_area_is_for_hr() {
    let server = Server::start().await;
    let (employee, _dir) = signed_in(&server, "employee@acme.test").await;
    let refused = employee.admin_people().await.unwrap_err();
    assert!(matches!(refused, CoreError::Client(ClientError::Rejected { status: 403, .. })), "{refused:?}");
    assert!(refused.to_string().starts_with("The admin area is for HR only"), "{refused}");
    assert!(employee.cached_admin_people().unwrap().data.is_empty());
}
