//! What Okta's own management clients rely on first: Okta's status codes, credentials set by a PUT,
//! activation where Okta allows it, subscription lists and temporary passwords.

use crate::common::{PASSWORD, TestServer, assert_okta_error};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn create_user(server: &TestServer, login: &str, query: &str, credentials: Option<Value>) -> Value {
    let mut body = json!({ "profile": {
        "firstName": "Nora", "lastName": "Quist", "email": login, "login": login, "title": "Picker"
    }});
    if let Some(credentials) = credentials {
        body["credentials"] = credentials;
    }
    let reply = server.acme_admin(Method::POST, &format!("/api/v1/users{query}"), Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.body
}

#[tokio::test]
async fn a_login_that_already_exists_is_okta_400_and_the_hr_api_keeps_laravel_422() {
    let server = TestServer::start().await;
    let body = json!({ "profile": {
        "firstName": "Again", "lastName": "Employee", "email": "employee@acme.test", "login": "employee@acme.test"
    }});
    let taken = server.acme_admin(Method::POST, "/api/v1/users", Some(body)).await;
    assert_okta_error(&taken, StatusCode::BAD_REQUEST, "E0000001");
    assert!(taken.body["errorSummary"].as_str().unwrap().starts_with("Api validation failed"), "{}", taken.body);
    let causes = taken.body["errorCauses"].to_string();
    assert!(causes.contains("login") || causes.contains("email"), "the cause names the field: {causes}");

    let token = server.login("employee@acme.test").await;
    let invalid = server.post(&token, "/api/v1/me/leaves", json!({ "leave_type_id": "" })).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", invalid.body);
    assert!(invalid.body["errors"].is_object());
}

#[tokio::test]
async fn a_put_of_credentials_alone_sets_them_and_leaves_the_profile_alone() {
    let server = TestServer::start().await;
    let user =
        create_user(&server, "nora@acme.test", "", Some(json!({ "password": { "value": "first secret 1" } }))).await;
    let id = user["id"].as_str().unwrap();

    let path = format!("/api/v1/users/{id}");
    let new_password = json!({ "credentials": { "password": { "value": "second secret 2" } } });
    let set = server.acme_admin(Method::PUT, &path, Some(new_password)).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    assert_eq!(set.body["profile"], user["profile"], "the profile is as it was");
    assert_eq!(server.try_login("nora@acme.test", "first secret 1").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(server.try_login("nora@acme.test", "second secret 2").await.status, StatusCode::CREATED);

    let recovery = json!({ "credentials": { "recovery_question": { "question": "First pet?", "answer": "Biscuit" } } });
    let set = server.acme_admin(Method::PUT, &path, Some(recovery)).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    assert_eq!(set.body["credentials"]["recovery_question"]["question"], "First pet?");
    assert_eq!(set.body["profile"], user["profile"]);

    let neither = server.acme_admin(Method::PUT, &path, Some(json!({}))).await;
    assert_okta_error(&neither, StatusCode::BAD_REQUEST, "E0000001");
}

#[tokio::test]
async fn activation_is_for_staged_and_deactivated_people_and_reactivation_for_provisioned_ones() {
    let server = TestServer::start().await;
    let staged = create_user(&server, "staged@acme.test", "?activate=false", None).await;
    let id = staged["id"].as_str().unwrap();
    let lifecycle = |operation: &str| format!("/api/v1/users/{id}/lifecycle/{operation}?sendEmail=false");

    let activated = server.acme_admin(Method::POST, &lifecycle("activate"), None).await;
    assert_eq!(activated.status, StatusCode::OK, "{}", activated.body);
    let again = server.acme_admin(Method::POST, &lifecycle("activate"), None).await;
    assert_okta_error(&again, StatusCode::FORBIDDEN, "E0000038");
    assert!(again.body["errorSummary"].as_str().unwrap().contains("reactivate"), "{}", again.body);
    let reactivated = server.acme_admin(Method::POST, &lifecycle("reactivate"), None).await;
    assert_eq!(reactivated.status, StatusCode::OK, "{}", reactivated.body);
    let link = reactivated.body["activationUrl"].as_str().expect("a new activation link");
    assert_ne!(Some(link), activated.body["activationUrl"].as_str());

    // Someone who left and comes back is activated again, and chooses a new password.
    let field = server.acme_admin(Method::GET, "/api/v1/users/field@acme.test", None).await.body;
    let field_id = field["id"].as_str().unwrap();
    let deactivate = format!("/api/v1/users/{field_id}/lifecycle/deactivate");
    assert_eq!(server.acme_admin(Method::POST, &deactivate, None).await.status, StatusCode::OK);
    let back = format!("/api/v1/users/{field_id}/lifecycle/activate?sendEmail=false");
    let back = server.acme_admin(Method::POST, &back, None).await;
    assert_eq!(back.status, StatusCode::OK, "{}", back.body);
    let token = back.body["activationToken"].as_str().expect("an activation token");
    let user = server.acme_admin(Method::GET, &format!("/api/v1/users/{field_id}"), None).await.body;
    assert_eq!(user["status"], "PROVISIONED");
    assert_eq!(server.try_login("field@acme.test", PASSWORD).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let set = json!({ "token": token, "password": "welcome back 1" });
    let set = server.request(Method::POST, "/api/v1/auth/set-password", None, Some(&set), &[]).await;
    assert!(set.status.is_success(), "{}", set.body);
    assert_eq!(server.try_login("field@acme.test", "welcome back 1").await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn subscriptions_are_listed_for_a_role_and_for_yourself_only() {
    let server = TestServer::start().await;
    let unsubscribe = "/api/v1/roles/SUPER_ADMIN/subscriptions/USER_LOCKED_OUT/unsubscribe";
    assert_eq!(server.acme_admin(Method::POST, unsubscribe, None).await.status, StatusCode::OK);

    let role = server.acme_admin(Method::GET, "/api/v1/roles/SUPER_ADMIN/subscriptions", None).await;
    assert_eq!(role.status, StatusCode::OK, "{}", role.body);
    let statuses = |list: &Value| -> Vec<(String, String)> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|s| (s["notificationType"].as_str().unwrap().to_owned(), s["status"].as_str().unwrap().to_owned()))
            .collect()
    };
    let role = statuses(&role.body);
    assert!(role.contains(&("USER_LOCKED_OUT".to_owned(), "unsubscribed".to_owned())), "{role:?}");
    assert!(role.contains(&("USER_DEPROVISION".to_owned(), "subscribed".to_owned())), "{role:?}");
    let unknown = server.acme_admin(Method::GET, "/api/v1/roles/NOT_A_ROLE/subscriptions", None).await;
    assert_okta_error(&unknown, StatusCode::NOT_FOUND, "E0000007");

    // Your own list: your role's setting, until you choose for yourself.
    let mine = server.acme_admin(Method::GET, "/api/v1/users/me/subscriptions", None).await;
    assert!(statuses(&mine.body).contains(&("USER_LOCKED_OUT".to_owned(), "unsubscribed".to_owned())));
    let me = server.acme_admin(Method::GET, "/api/v1/users/me", None).await.body;
    let own = format!("/api/v1/users/{}/subscriptions/USER_LOCKED_OUT", me["id"].as_str().unwrap());
    assert_eq!(server.acme_admin(Method::POST, &format!("{own}/subscribe"), None).await.status, StatusCode::OK);
    let one = server.acme_admin(Method::GET, &own, None).await;
    assert_eq!(one.body["status"], "subscribed", "{}", one.body);

    let someone_else = server.acme_admin(Method::GET, "/api/v1/users/employee@acme.test/subscriptions", None).await;
    assert_okta_error(&someone_else, StatusCode::FORBIDDEN, "E0000006");
}

#[tokio::test]
async fn a_temporary_password_expires_the_old_one_and_can_sign_the_devices_out() {
    let server = TestServer::start().await;
    let device = server.login("employee@acme.test").await;
    let path = "/api/v1/users/employee@acme.test/lifecycle/expire_password_with_temp_password";
    let reply = server.acme_admin(Method::POST, path, None).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let temporary = reply.body["tempPassword"].as_str().expect("a temporary password").to_owned();
    let user = server.acme_admin(Method::GET, "/api/v1/users/employee@acme.test", None).await.body;
    assert_eq!(user["status"], "PASSWORD_EXPIRED");
    assert_eq!(server.get(&device, "/api/v1/me").await.status, StatusCode::OK, "devices stay signed in");
    assert_eq!(server.try_login("employee@acme.test", PASSWORD).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let expired = server.try_login("employee@acme.test", &temporary).await;
    assert_eq!(expired.status, StatusCode::UNPROCESSABLE_ENTITY, "a new password is asked for: {}", expired.body);
    assert!(expired.body["errors"]["new_password"].is_array(), "{}", expired.body);

    let revoking = format!("{path}?revokeSessions=true");
    assert_eq!(server.acme_admin(Method::POST, &revoking, None).await.status, StatusCode::OK);
    let signed_out = server.get(&device, "/api/v1/me").await;
    assert_eq!(signed_out.status, StatusCode::UNAUTHORIZED);
    assert!(signed_out.body["message"].as_str().unwrap().contains("temporary password"), "{}", signed_out.body);
}
