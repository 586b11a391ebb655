//! What the Directory API tests share: JWTs for the demo people, their ids, and activating new accounts.

#![allow(dead_code)]

use crate::common::{PASSWORD, Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// A request with `Authorization: Bearer {token}` (a JWT or the app's token).
pub async fn call(server: &TestServer, method: Method, token: &str, path: &str, body: Option<Value>) -> Reply {
    server.request(method, path, Some(token), body.as_ref(), &[]).await
}

pub async fn try_jwt(server: &TestServer, email: &str, password: &str) -> Reply {
    let body = json!({ "email": email, "password": password });
    server.request(Method::POST, "/api/v1/auth/jwt", None, Some(&body), &[]).await
}

/// A Directory API JWT for the demo person with this email.
pub async fn jwt(server: &TestServer, email: &str) -> String {
    let reply = try_jwt(server, email, PASSWORD).await;
    assert_eq!(reply.status, StatusCode::OK, "jwt {email}: {}", reply.body);
    assert_eq!(reply.body["token_type"], "Bearer");
    assert_eq!(reply.body["expires_in"], 3600);
    reply.body["access_token"].as_str().expect("access_token").to_owned()
}

pub fn okta_id(server: &TestServer, email: &str) -> String {
    server.db().query_row("SELECT okta_id FROM employees WHERE email = ?1", [email], |r| r.get(0)).unwrap()
}

pub fn uuid_of(server: &TestServer, email: &str) -> String {
    server.db().query_row("SELECT uuid FROM employees WHERE email = ?1", [email], |r| r.get(0)).unwrap()
}

/// Follows an activation link's token to a password, as the new person would.
pub async fn activate(server: &TestServer, created: &Value, password: &str) {
    let token = created["_embedded"]["activation"]["activationToken"]
        .as_str()
        .or_else(|| created["_embedded"]["owner"]["activationToken"].as_str())
        .unwrap_or_else(|| panic!("no activation token: {created}"));
    let body = json!({ "token": token, "password": password });
    let reply = server.request(Method::POST, "/api/v1/auth/set-password", None, Some(&body), &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
}
