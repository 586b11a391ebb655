//! `okta-hr hr hire` against the real server: HR hires someone from the shell and gets the activation
//! link to hand over; the person sets a password with it and signs in.

use crate::{okta_hr, stdout};
use okta_hr_test_support::Server;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hr_hires_someone_from_the_shell_who_then_signs_in_with_the_link() {
    let server = Server::start().await;
    let url = server.url();
    let laptop = tempfile::tempdir().unwrap();
    crate::sign_in_as_hr(laptop.path(), &url).await;
    let departments = okta_hr(laptop.path(), &["--json", "hr", "departments", "list"]).await;
    let departments: Value = serde_json::from_str(&stdout(&departments)).unwrap();
    let engineering =
        departments.as_array().unwrap().iter().find(|d| d["attributes"]["name"] == "Engineering").unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let branches = okta_hr(laptop.path(), &["--json", "hr", "branches", "list"]).await;
    let branches: Value = serde_json::from_str(&stdout(&branches)).unwrap();
    let hq = branches.as_array().unwrap().iter().find(|b| b["attributes"]["name"] == "HQ").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let start = chrono::Utc::now().date_naive().to_string();
    let args = [
        "--json",
        "hr",
        "hire",
        "--first",
        "Nora",
        "--last",
        "Klein",
        "--email",
        "nora.cli@acme.test",
        "--title",
        "QA Engineer",
        "--department",
        &engineering,
        "--branch",
        &hq,
        "--start",
        &start,
        "--type",
        "full_time",
    ];
    let hired = okta_hr(laptop.path(), &args).await;
    assert!(hired.status.success(), "{hired:?}");
    let hired: Value = serde_json::from_str(&stdout(&hired)).unwrap();
    assert_eq!(hired["employee"]["email"], "nora.cli@acme.test");
    let token = hired["activation"]["activation_token"].as_str().expect("the link's token");

    // The person opens the link (a browser would) and chooses a password.
    let client = okta_hr_core::client::ApiClient::new(&url).unwrap();
    let body = serde_json::json!({ "token": token, "password": "a long new password" });
    client.post::<Value, _>("/api/v1/auth/set-password", &body, None).await.expect("the password is set");
    let phone = tempfile::tempdir().unwrap();
    let args = ["login", "--server", &url, "--email", "nora.cli@acme.test", "--password", "a long new password"];
    let signed_in = okta_hr(phone.path(), &args).await;
    assert!(signed_in.status.success(), "{signed_in:?}");
}
