//! Signing in and out, as a phone does it.

use crate::common;

use common::{PASSWORD, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn login_issues_a_sanctum_token_stored_only_as_its_hash() {
    let server = TestServer::start().await;
    let reply = server.try_login("employee@acme.test", PASSWORD).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    assert_eq!(reply.header("content-type"), Some("application/vnd.api+json"));
    let data = &reply.body["data"];
    assert_eq!(data["type"], "personal-access-tokens");
    assert_eq!(data["attributes"]["device_name"], "tests");
    let token = data["attributes"]["token"].as_str().unwrap();
    let (id, secret) = token.split_once('|').unwrap();
    assert_eq!(id, data["id"].as_str().unwrap());
    assert_eq!(secret.len(), 48);
    assert!(secret[..40].chars().all(|c| c.is_ascii_alphanumeric()));
    assert_eq!(&secret[40..], format!("{:08x}", crc32fast::hash(&secret.as_bytes()[..40])));

    let stored: String = server
        .db()
        .query_row("SELECT token_hash FROM personal_access_tokens WHERE id = ?1", [id], |r| r.get(0))
        .unwrap();
    assert_ne!(stored, secret);
    assert_eq!(stored, okta_hr_server::secrets::sha256_hex(secret));

    let included = &reply.body["included"][0];
    assert_eq!(included["type"], "employees");
    assert_eq!(included["attributes"]["email"], "employee@acme.test");

    let me = server.get(token, "/api/v1/me").await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.body["data"]["attributes"]["name"], "Emma Fischer");
}

#[tokio::test]
async fn passwords_are_stored_with_argon2id() {
    let server = TestServer::start().await;
    let hash: String = server
        .db()
        .query_row("SELECT password_hash FROM employees WHERE email = 'hr@acme.test'", [], |r| r.get(0))
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
}

#[tokio::test]
async fn wrong_credentials_answer_laravels_422() {
    let server = TestServer::start().await;
    for (email, password) in [("employee@acme.test", "wrong"), ("nobody@acme.test", PASSWORD)] {
        let reply = server.try_login(email, password).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            reply.body,
            json!({
                "message": "The provided credentials are incorrect.",
                "errors": { "email": ["The provided credentials are incorrect."] }
            })
        );
    }
}

#[tokio::test]
async fn login_validation_uses_laravels_wording() {
    let server = TestServer::start().await;
    let body = json!({ "email": "not-an-email", "device_name": "x".repeat(101) });
    let reply = server.request(Method::POST, "/api/v1/auth/login", None, Some(&body), &[]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.body["message"], "The email field must be a valid email address. (and 2 more errors)");
    assert_eq!(reply.error("password"), "The password field is required.");
    assert_eq!(reply.error("device_name"), "The device name field must not be greater than 100 characters.");
}

#[tokio::test]
async fn five_failed_logins_a_minute_then_too_many_attempts() {
    let server = TestServer::start().await;
    for _ in 0..5 {
        let reply = server.try_login("manager@acme.test", "guess").await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let blocked = server.try_login("manager@acme.test", PASSWORD).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(blocked.body, json!({ "message": "Too Many Attempts." }));
    let retry_after: u64 = blocked.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry_after));
    // Another account from the same address is not locked out.
    assert_eq!(server.try_login("employee@acme.test", PASSWORD).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn logout_revokes_only_the_token_used() {
    let server = TestServer::start().await;
    let phone = server.login("employee@acme.test").await;
    let laptop = server.login("employee@acme.test").await;
    let reply = server.request(Method::POST, "/api/v1/auth/logout", Some(&phone), None, &[]).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    let revoked = server.get(&phone, "/api/v1/me").await;
    assert_eq!(revoked.status, StatusCode::UNAUTHORIZED);
    assert_eq!(revoked.body, json!({ "message": "Unauthenticated." }));
    assert_eq!(server.get(&laptop, "/api/v1/me").await.status, StatusCode::OK);
}

#[tokio::test]
async fn missing_or_forged_tokens_are_unauthenticated() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let (id, _) = token.split_once('|').unwrap();
    let forged = format!("{id}|{}", "a".repeat(48));
    for token in ["", "garbage", "999|abc", forged.as_str()] {
        let reply = server.get(token, "/api/v1/me").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{token}");
        assert_eq!(reply.body, json!({ "message": "Unauthenticated." }));
    }
    let anonymous = server.request(Method::GET, "/api/v1/employees", None, None, &[]).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn token_use_is_recorded() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let (id, _) = token.split_once('|').unwrap();
    server.db().execute("UPDATE personal_access_tokens SET last_used_at = NULL WHERE id = ?1", [id]).unwrap();
    assert_eq!(server.get(&token, "/api/v1/me").await.status, StatusCode::OK);
    let mut recorded = false;
    for _ in 0..50 {
        let last_used: Option<String> = server
            .db()
            .query_row("SELECT last_used_at FROM personal_access_tokens WHERE id = ?1", [id], |r| r.get(0))
            .unwrap();
        if last_used.is_some() {
            recorded = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(recorded, "last_used_at was not updated");
}
