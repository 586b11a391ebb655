//! What an employee's device sees when HR changes their account through the Users API: the reason they
//! were signed out, the punches they recorded before still delivered, and an expired password replaced
//! at the next sign-in.

use crate::common;

use common::{HQ, Server, fix, hr_lifecycle};
use okta_hr_core::client::ClientError;
use okta_hr_core::{Core, CoreError};
use okta_hr_server::demo::ACME_API_TOKEN;

#[tokio::test]
async fn a_suspended_employee_is_told_why_and_the_check_in_they_made_before_still_counts() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), "employee@acme.test", "password", "phone").await.unwrap();
    const RECORDS: &str = "SELECT COUNT(*) FROM attendance_records WHERE employee_id = ?1";
    let me = server.employee_id("employee@acme.test");
    let records_before = server.count(RECORDS, me);

    server.stop().await;
    assert_eq!(core.check_in(fix(HQ), false).await.unwrap().state, "queued");
    server.start_again().await;
    hr_lifecycle(&server, "employee@acme.test", "suspend").await;

    let refused = core.sync().await.expect_err("the refresh after the queue hears the suspension");
    assert!(refused.to_string().contains("suspended"), "{refused}");
    assert_eq!(server.count(RECORDS, me), records_before + 1, "the check-in made before the suspension counts");
    let status = core.status().unwrap();
    assert!(status.needs_login);
    assert!(status.signed_out_reason.expect("the server's reason").contains("suspended"));
    assert!(status.pending.is_empty());

    let refused = core.login(&server.url(), "employee@acme.test", "password", "phone").await.unwrap_err();
    assert!(refused.to_string().contains("suspended"), "{refused}");
    assert!(core.erase_if_dismissed().unwrap(), "nothing of theirs stays on the device");

    hr_lifecycle(&server, "employee@acme.test", "unsuspend").await;
    core.login(&server.url(), "employee@acme.test", "password", "phone").await.unwrap();
    assert_eq!(core.status().unwrap().signed_out_reason, None);
    assert_eq!(core.sync().await.unwrap().sent, 0);
    assert_eq!(server.count(RECORDS, me), records_before + 1, "sent exactly once");
}

#[tokio::test]
async fn an_expired_password_is_replaced_as_the_employee_signs_in() {
    let server = Server::start().await;
    hr_lifecycle(&server, "employee@acme.test", "expire_password").await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();

    let error = core.login(&server.url(), "employee@acme.test", "password", "phone").await.unwrap_err();
    match &error {
        CoreError::Client(ClientError::Rejected { errors, .. }) => assert!(errors.has("new_password"), "{error}"),
        other => panic!("expected the server to ask for a new password, got {other:?}"),
    }
    assert!(!core.is_signed_in());

    core.login_changing_password(&server.url(), "employee@acme.test", "password", Some("a-new-secret"), "phone")
        .await
        .unwrap();
    core.logout(false).await.unwrap();
    let old = core.login(&server.url(), "employee@acme.test", "password", "phone").await.unwrap_err();
    assert!(matches!(old, CoreError::Client(ClientError::Rejected { .. })), "{old}");
    core.login(&server.url(), "employee@acme.test", "a-new-secret", "phone").await.unwrap();
}

/// HR uploads `image` as the org's logo through the Org API.
async fn upload_logo(server: &Server, image: &[u8]) {
    let boundary = "okta-hr-logo";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n\
         Content-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(image);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let reply = reqwest::Client::new()
        .post(format!("{}/api/v1/org/logo", server.url()))
        .header("Authorization", format!("SSWS {ACME_API_TOKEN}"))
        .header("Content-Type", format!("multipart/form-data; boundary={boundary}"))
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(reply.status().is_success(), "logo upload: {}", reply.text().await.unwrap());
}

#[tokio::test]
async fn the_companys_logo_reaches_the_device_and_stays_there_offline() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut core = Core::open(dir.path()).unwrap();
    core.login(&server.url(), "employee@acme.test", "password", "phone").await.unwrap();
    assert!(core.company_logo().unwrap().is_none(), "Acme has no logo yet");

    let first: Vec<u8> = [b"\x89PNG\r\n\x1a\n".as_slice(), &[1u8; 32]].concat();
    upload_logo(&server, &first).await;
    core.refresh_own().await.unwrap();
    let logo = core.company_logo().unwrap().expect("the logo is on the device");
    assert_eq!((logo.content_type.as_str(), logo.image.as_slice()), ("image/png", first.as_slice()));

    let second: Vec<u8> = [b"\x89PNG\r\n\x1a\n".as_slice(), &[2u8; 32]].concat();
    upload_logo(&server, &second).await;
    core.refresh_own().await.unwrap();
    assert_eq!(core.company_logo().unwrap().unwrap().image, second, "a new upload replaces it");

    server.stop().await;
    core.refresh_own().await.unwrap();
    assert_eq!(core.company_logo().unwrap().unwrap().image, second, "offline it is still shown");
}
