//! What a self-hosting company relies on: every secret the server hands out is kept only as a digest, a
//! debug log holds no secret, and the sign-in throttle counts per account and per address (the client's,
//! behind a trusted proxy; a forged `X-Forwarded-For` changes nothing).

use crate::common;
use crate::directory_support;

use common::{PASSWORD, TestServer};
use okta_hr_server::demo;
use okta_hr_server::settings::Settings;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::io::Write;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, OnceLock};

/// Every secret one story hands out: sign-in tokens, a Directory JWT, a new API key, a one-time
/// reset link and the password chosen with it.
async fn secrets_of_a_story(server: &TestServer) -> Vec<String> {
    let bearer = server.login("hr@acme.test").await;
    let jwt = directory_support::jwt(server, "manager@acme.test").await;
    let key = server.acme_admin(Method::POST, "/api/v1/organization/keys", Some(json!({ "name": "payroll"}))).await;
    assert_eq!(key.status, StatusCode::CREATED, "{}", key.body);
    let api_key = key.body["token"].as_str().expect("key token").to_owned();
    let using_key = server.ssws(Method::GET, &api_key, "/api/v1/users/me", None).await;
    assert_eq!(using_key.status, StatusCode::OK, "the new key works: {}", using_key.body);

    let users =
        server.acme_admin(Method::GET, "/api/v1/users?search=profile.email eq \"employee@acme.test\"", None).await;
    let user = users.body[0]["id"].as_str().expect("Emma's user id").to_owned();
    let reset = server
        .acme_admin(Method::POST, &format!("/api/v1/users/{user}/lifecycle/reset_password?sendEmail=false"), None)
        .await;
    assert_eq!(reset.status, StatusCode::OK, "{}", reset.body);
    let link = reset.body["resetPasswordUrl"].as_str().expect("reset link");
    let reset_token = link.split_once("token=").expect("a token in the link").1.to_owned();
    let new_password = "a-new-password-nobody-may-read".to_owned();
    let set = server
        .request(
            Method::POST,
            "/api/v1/auth/set-password",
            None,
            Some(&json!({ "token": reset_token, "password": new_password })),
            &[],
        )
        .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    // The person opens the link they were given in a browser, as people do.
    let link_path = format!("/api/v1/auth/set-password?token={reset_token}");
    let opened = server.request(Method::GET, &link_path, None, None, &[]).await;
    assert!(!opened.status.is_server_error());
    let emma = server.try_login("employee@acme.test", &new_password).await;
    assert_eq!(emma.status, StatusCode::CREATED, "the chosen password signs in: {}", emma.body);
    let emma_token = emma.body["data"]["attributes"]["token"].as_str().expect("token").to_owned();
    assert_eq!(server.get(&emma_token, "/api/v1/me").await.status, StatusCode::OK);

    let mut secrets = vec![bearer, emma_token, jwt, api_key, reset_token, new_password];
    // A bearer token is "id|secret": the id may be stored, the secret part must not.
    for token in secrets.clone() {
        if let Some((_, secret)) = token.split_once('|') {
            secrets.push(secret.to_owned());
        }
    }
    // The demo password is the word "password", which the schema itself spells; `new_password` stands for it.
    secrets.extend([demo::ACME_API_TOKEN, demo::ACME_SLACK_SIGNING_SECRET].map(str::to_owned));
    secrets
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle.as_bytes())
}

#[tokio::test]
async fn no_secret_the_server_hands_out_is_kept_in_plain_text() {
    let server = TestServer::start().await;
    let secrets = secrets_of_a_story(&server).await;
    let at_rest = server.everything_stored();
    // The check can see what is stored: the people's emails are there in plain text.
    assert!(contains(&at_rest, "employee@acme.test"));
    for secret in &secrets {
        assert!(!contains(&at_rest, secret), "{secret:?} is stored in plain text");
    }
    // What is stored instead: the SHA-256 of the sign-in token's secret.
    let token_secret = secrets[0].split_once('|').expect("id|secret").1;
    assert!(contains(&at_rest, &okta_hr_server::secrets::sha256_hex(token_secret)));
}

/// Everything the server logs in this test binary, at the most detailed level.
fn captured_log() -> &'static Mutex<Vec<u8>> {
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        tracing_subscriber::fmt()
            .with_env_filter("okta_hr_server=trace,tower_http=trace")
            .with_ansi(false)
            .with_writer(move || Sink(sink.clone()))
            .init();
        log
    })
}

struct Sink(Arc<Mutex<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_trace_level_log_names_requests_but_holds_no_secret() {
    let log = captured_log();
    let server = TestServer::start().await;
    let secrets = secrets_of_a_story(&server).await;
    let wrong = server.try_login("hr@acme.test", "a-wrong-guess-of-the-password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let log = String::from_utf8_lossy(&log.lock().expect("log buffer")).into_owned();
    // The log is there and useful: it names the requests it served.
    assert!(log.contains("/api/v1/auth/login"), "{log}");
    assert!(log.contains("/lifecycle/reset_password"), "{log}");
    for secret in secrets.iter().map(String::as_str).chain(["a-wrong-guess-of-the-password"]) {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
}

/// A client whose requests come from `address` (any of 127.0.0.0/8 reaches the server on Linux).
fn client_from(address: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder().local_address(IpAddr::from(address)).build().expect("client")
}

async fn sign_in_from(server: &TestServer, client: &reqwest::Client, email: &str, password: &str) -> StatusCode {
    let body = json!({ "email": email, "password": password, "device_name": "tests" });
    let url = format!("{}/api/v1/auth/login", server.url);
    client.post(url).header("Accept", "application/json").json(&body).send().await.expect("sign-in").status()
}

#[tokio::test]
async fn a_guessing_address_is_throttled_for_that_account_without_locking_the_person_out_elsewhere() {
    let server = TestServer::start().await;
    let attacker = client_from([127, 0, 0, 2]);
    for _ in 0..5 {
        let status = sign_in_from(&server, &attacker, "manager@acme.test", "guess").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(sign_in_from(&server, &attacker, "manager@acme.test", PASSWORD).await, StatusCode::TOO_MANY_REQUESTS);
    // The Directory API's sign-in shares the throttle: it is no way around it.
    let jwt = attacker
        .post(format!("{}/api/v1/auth/jwt", server.url))
        .json(&json!({ "email": "manager@acme.test", "password": PASSWORD }))
        .send()
        .await
        .expect("jwt");
    assert_eq!(jwt.status(), StatusCode::TOO_MANY_REQUESTS);
    // The manager, at their own desk, still signs in; so does anyone else from the guessing address.
    let desk = client_from([127, 0, 0, 3]);
    assert_eq!(sign_in_from(&server, &desk, "manager@acme.test", PASSWORD).await, StatusCode::CREATED);
    assert_eq!(sign_in_from(&server, &attacker, "employee@acme.test", PASSWORD).await, StatusCode::CREATED);
}

#[tokio::test]
async fn api_tokens_and_service_keys_are_stored_as_sha256_only() {
    let server = TestServer::start().await;
    let digests: Vec<(String, String)> = server
        .db()
        .rows(
            "SELECT 'api', token_hash FROM api_tokens UNION ALL SELECT 'key', key_hash FROM service_keys",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("digests");
    assert!(digests.len() >= 4, "{digests:?}");
    for (kind, digest) in &digests {
        assert_eq!(digest.len(), 64, "{kind}: {digest}");
        assert!(digest.chars().all(|c| c.is_ascii_hexdigit()), "{kind}: {digest}");
    }
    let expected = okta_hr_server::secrets::sha256_hex(demo::ACME_API_TOKEN);
    assert!(digests.iter().any(|(_, digest)| *digest == expected));
    let me = server.acme_admin(Method::GET, "/api/v1/users/me", None).await;
    assert_eq!(me.body["profile"]["login"], Value::from("hr@acme.test"));
}

async fn sign_in_forwarded_for(server: &TestServer, client: &str, email: &str, password: &str) -> StatusCode {
    let body = json!({ "email": email, "password": password, "device_name": "tests" });
    let headers = [("X-Forwarded-For", client)];
    server.request(Method::POST, "/api/v1/auth/login", None, Some(&body), &headers).await.status
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_throttle_counts_each_client_and_elsewhere_the_header_is_ignored() {
    let behind_proxy = Settings { trusted_proxies: vec![IpAddr::from([127, 0, 0, 1])], ..Settings::default() };
    let server = TestServer::start_with(behind_proxy).await;
    for _ in 0..5 {
        let status = sign_in_forwarded_for(&server, "203.0.113.9", "manager@acme.test", "guess").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let guesser = sign_in_forwarded_for(&server, "203.0.113.9", "manager@acme.test", PASSWORD).await;
    assert_eq!(guesser, StatusCode::TOO_MANY_REQUESTS);
    // The manager behind the same proxy, from their own address, is not locked out by the guesser.
    let manager = sign_in_forwarded_for(&server, "10.1.2.3, 198.51.100.7", "manager@acme.test", PASSWORD).await;
    assert_eq!(manager, StatusCode::CREATED);

    // Without a trusted proxy the header proves nothing: a new address in it each time escapes nothing.
    let direct = TestServer::start().await;
    for n in 0..5 {
        let client = format!("203.0.113.{n}");
        let status = sign_in_forwarded_for(&direct, &client, "manager@acme.test", "guess").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let spoofed = sign_in_forwarded_for(&direct, "198.51.100.7", "manager@acme.test", PASSWORD).await;
    assert_eq!(spoofed, StatusCode::TOO_MANY_REQUESTS);
}
