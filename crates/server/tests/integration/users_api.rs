//! The Users API (seeds 002 and 004) through the real server: users are the HR employees who sign in to
//! the app, so every lifecycle change is felt by the app's sign-in and its signed-in devices.

use crate::common;

use common::{ACME_API_TOKEN, GLOBEX_API_TOKEN, PASSWORD, Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::collections::HashSet;

/// Okta's whole error object: the common checks plus the link, summary and id.
fn assert_okta_error(reply: &Reply, status: StatusCode, code: &str) {
    common::assert_okta_error(reply, status, code);
    assert_eq!(reply.body["errorLink"], code);
    assert!(reply.body["errorSummary"].as_str().is_some_and(|s| !s.is_empty()));
    assert!(reply.body["errorId"].as_str().is_some_and(|s| s.starts_with("oae")));
}

async fn create(server: &TestServer, login: &str, query: &str, credentials: Option<Value>) -> Value {
    let mut body = json!({ "profile": {
        "firstName": "Isaac", "lastName": "Brock", "email": login, "login": login,
        "department": "Engineering", "title": "Tester", "nickName": "Ike"
    }});
    if let Some(credentials) = credentials {
        body["credentials"] = credentials;
    }
    let reply = server.acme_admin(Method::POST, &format!("/api/v1/users{query}"), Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.body
}

async fn lifecycle(server: &TestServer, id: &str, operation: &str) -> Reply {
    server.acme_admin(Method::POST, &format!("/api/v1/users/{id}/lifecycle/{operation}"), None).await
}

async fn status_of(server: &TestServer, id: &str) -> String {
    let reply = server.acme_admin(Method::GET, &format!("/api/v1/users/{id}"), None).await;
    reply.body["status"].as_str().unwrap_or_default().to_owned()
}

fn password(value: &str) -> Value {
    json!({ "password": { "value": value } })
}

#[tokio::test]
async fn pages_of_users_follow_link_headers_and_cover_everyone_once() {
    let server = TestServer::start().await;
    let mut seen = HashSet::new();
    let mut url = Some(format!("{}/api/v1/users?limit=20", server.url));
    let mut pages = 0;
    while let Some(next) = url {
        let path = next.strip_prefix(&server.url).expect("absolute links to this server").to_owned();
        let reply = server.acme_admin(Method::GET, &path, None).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        for user in reply.body.as_array().expect("a JSON array") {
            assert!(seen.insert(user["id"].as_str().unwrap().to_owned()), "a user came twice");
            assert!(user["_links"]["self"]["href"].as_str().unwrap().starts_with(&server.url));
        }
        url = reply.next_link();
        pages += 1;
    }
    assert_eq!((seen.len(), pages), (49, 3));
}

#[tokio::test]
async fn q_filter_and_search_find_the_right_people() {
    let server = TestServer::start().await;
    let q = server.acme_admin(Method::GET, "/api/v1/users?q=Emm", None).await;
    let logins: Vec<_> = q.body.as_array().unwrap().iter().map(|u| u["profile"]["login"].clone()).collect();
    assert!(logins.contains(&json!("employee@acme.test")), "{logins:?}");

    let filter = r#"profile.login eq "manager@acme.test""#;
    let reply = server.acme_admin(Method::GET, &format!("/api/v1/users?filter={}", urlencode(filter)), None).await;
    assert_eq!(reply.body.as_array().unwrap().len(), 1);
    assert_eq!(reply.body[0]["profile"]["firstName"], "Max");
    assert_eq!(reply.body[0]["profile"]["department"], "Engineering");

    let search = r#"profile.department eq "Sales" and status eq "ACTIVE""#;
    let reply = server
        .acme_admin(Method::GET, &format!("/api/v1/users?search={}&sortBy=profile.lastName", urlencode(search)), None)
        .await;
    let sales = reply.body.as_array().unwrap();
    assert!(!sales.is_empty() && sales.iter().all(|u| u["profile"]["department"] == "Sales"));
    let names: Vec<_> = sales.iter().map(|u| u["profile"]["lastName"].as_str().unwrap().to_owned()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);

    for bad in [r#"status eq"#, r#"profile.department eq "Sales""#, r#"lastLogin gt "soon""#] {
        let reply = server.acme_admin(Method::GET, &format!("/api/v1/users?filter={}", urlencode(bad)), None).await;
        assert_okta_error(&reply, StatusCode::BAD_REQUEST, "E0000031");
    }
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[tokio::test]
async fn a_user_created_staged_is_activated_sets_a_password_and_signs_in_to_the_app() {
    let server = TestServer::start().await;
    let user = create(&server, "isaac@acme.test", "?activate=false", None).await;
    assert_eq!(user["status"], "STAGED");
    assert_eq!(user["profile"]["nickName"], "Ike");
    let id = user["id"].as_str().unwrap();

    let hr = server.login("hr@acme.test").await;
    let directory = server.get(&hr, "/api/v1/employees?filter[search]=Isaac").await;
    assert_eq!(directory.body["meta"]["total"], 1, "the new user is an HR employee");
    assert_eq!(directory.body["data"][0]["attributes"]["job_title"], "Tester");

    assert_eq!(server.try_login("isaac@acme.test", "whatever1").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let activated =
        server.acme_admin(Method::POST, &format!("/api/v1/users/{id}/lifecycle/activate?sendEmail=false"), None).await;
    assert_eq!(activated.status, StatusCode::OK, "{}", activated.body);
    let token = activated.body["activationToken"].as_str().expect("an activation token").to_owned();
    assert!(activated.body["activationUrl"].as_str().unwrap().contains(&token));
    assert_eq!(status_of(&server, id).await, "PROVISIONED");

    let short = server
        .request(
            Method::POST,
            "/api/v1/auth/set-password",
            None,
            Some(&json!({ "token": token, "password": "short" })),
            &[],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let set = json!({ "token": token, "password": "a brand new secret" });
    let reply = server.request(Method::POST, "/api/v1/auth/set-password", None, Some(&set), &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(status_of(&server, id).await, "ACTIVE");
    let active = server.acme_admin(Method::GET, &format!("/api/v1/users/{id}"), None).await.body;
    let instant = |name: &str| {
        let text = active[name].as_str().unwrap_or_else(|| panic!("{name} is set: {active}"));
        assert!(text.ends_with('Z') && text.len() == "2026-12-04T05:00:00.000Z".len(), "{name} {text}");
        chrono::DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{name} {text}: {e}"))
    };
    assert!(instant("created") <= instant("activated"), "{active}");
    assert!(instant("created") <= instant("passwordChanged"), "{active}");
    assert_eq!(instant("statusChanged"), instant("activated"), "{active}");
    assert_eq!(active["lastLogin"], Value::Null, "not signed in yet");
    let again = server.request(Method::POST, "/api/v1/auth/set-password", None, Some(&set), &[]).await;
    assert_eq!(again.error("token"), "This link has expired or was already used. Ask your HR team for a new one.");
    assert_eq!(server.try_login("isaac@acme.test", "a brand new secret").await.status, StatusCode::CREATED);
    let active_again = lifecycle(&server, id, "activate").await;
    assert_okta_error(&active_again, StatusCode::FORBIDDEN, "E0000016");
}

#[tokio::test]
async fn creating_with_a_password_activates_and_bad_profiles_change_nothing() {
    let server = TestServer::start().await;
    let user = create(&server, "jo@acme.test", "", Some(password("correct horse battery"))).await;
    assert_eq!(user["status"], "ACTIVE");
    assert_eq!(server.try_login("jo@acme.test", "correct horse battery").await.status, StatusCode::CREATED);

    let count = || server.db().query_row("SELECT COUNT(*) FROM employees", [], |r| r.get::<_, i64>(0)).unwrap();
    let before = count();
    let duplicate =
        json!({ "profile": { "firstName": "J", "lastName": "O", "email": "jo2@acme.test", "login": "jo@acme.test" } });
    let reply = server.acme_admin(Method::POST, "/api/v1/users", Some(duplicate)).await;
    assert_okta_error(&reply, StatusCode::BAD_REQUEST, "E0000001");
    assert_eq!(
        reply.body["errors"]["login"][0],
        "An object with this field already exists in the current organization"
    );
    // Another login with someone's email: the email is theirs, and nothing is created.
    let same_email =
        json!({ "profile": { "firstName": "J", "lastName": "O", "email": "jo@acme.test", "login": "jo2@acme.test" } });
    let reply = server.acme_admin(Method::POST, "/api/v1/users", Some(same_email)).await;
    assert_okta_error(&reply, StatusCode::BAD_REQUEST, "E0000001");
    assert_eq!(reply.body["errors"]["email"][0], "The email has already been taken.");
    assert_eq!(count(), before);
    for bad in [
        json!({ "profile": "not an object" }),
        json!({ "profile": { "firstName": 7, "lastName": "O", "email": "x@acme.test", "login": "x@acme.test" } }),
        json!({ "profile": { "firstName": "A", "lastName": "O", "email": "not-an-email", "login": "x@acme.test" } }),
        json!({ "profile": { "firstName": "A", "lastName": "O", "email": "x@acme.test", "login": "x@acme.test", "managerId": "00unobody" } }),
        json!({ "profile": { "firstName": "A", "lastName": "O", "email": "x@acme.test", "login": "x@acme.test" }, "credentials": { "password": { "value": "short" } } }),
        json!({ "profile": { "firstName": "A", "lastName": "O", "email": "x@acme.test", "login": "x@acme.test" }, "groupIds": ["00gnothing"] }),
        json!({ "profile": { "firstName": "A", "lastName": "O", "email": "x@acme.test", "login": "x@acme.test", "nested": { "a": 1 } } }),
    ] {
        let reply = server.acme_admin(Method::POST, "/api/v1/users", Some(bad.clone())).await;
        assert!(reply.status.is_client_error(), "{bad}: {}", reply.body);
        assert!(reply.body["errorCode"].is_string(), "{bad}: {}", reply.body);
    }
    let malformed = server
        .request(
            Method::POST,
            "/api/v1/users",
            None,
            None,
            &[("Authorization", &format!("SSWS {ACME_API_TOKEN}")), ("Content-Type", "application/json")],
        )
        .await;
    assert_okta_error(&malformed, StatusCode::BAD_REQUEST, "E0000001");
    assert_eq!(malformed.body["errors"]["profile.login"][0], "The field cannot be left blank: login.");
    let raw = server
        .client
        .post(format!("{}/api/v1/users", server.url))
        .header("Authorization", format!("SSWS {ACME_API_TOKEN}"))
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), StatusCode::BAD_REQUEST);
    assert_eq!(raw.json::<Value>().await.unwrap()["errorCode"], "E0000003");
    assert_eq!(count(), before, "nothing was created by a refused request");
}

#[tokio::test]
async fn suspending_signs_the_person_out_with_the_reason_and_unsuspending_lets_them_back() {
    let server = TestServer::start().await;
    let device = server.login("employee@acme.test").await;
    let id = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'employee@acme.test'", [], |r| r.get::<_, String>(0))
        .unwrap();

    assert_eq!(lifecycle(&server, &id, "suspend").await.status, StatusCode::OK);
    let refused = server.get(&device, "/api/v1/me").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(refused.body["message"], "Your account has been suspended by your HR team. You have been signed out.");
    let login = server.try_login("employee@acme.test", PASSWORD).await;
    assert_eq!(login.error("email"), "This account has been suspended. Ask your HR team to unsuspend it.");
    let hr = server.login("hr@acme.test").await;
    let me = server.get(&hr, &format!("/api/v1/employees/{}", server.employee_id("employee@acme.test"))).await;
    assert_eq!(me.body["data"]["attributes"]["status"], "active", "a suspended person is still employed");

    assert_okta_error(&lifecycle(&server, &id, "suspend").await, StatusCode::BAD_REQUEST, "E0000001");
    assert_okta_error(&lifecycle(&server, &id, "unlock").await, StatusCode::FORBIDDEN, "E0000032");
    assert_eq!(lifecycle(&server, &id, "unsuspend").await.status, StatusCode::OK);
    assert_okta_error(&lifecycle(&server, &id, "unsuspend").await, StatusCode::BAD_REQUEST, "E0000001");
    assert_eq!(server.get(&device, "/api/v1/me").await.status, StatusCode::UNAUTHORIZED, "the old session stays ended");
    assert_eq!(server.try_login("employee@acme.test", PASSWORD).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn an_expired_password_is_changed_at_the_next_sign_in() {
    let server = TestServer::start().await;
    let device = server.login("employee@acme.test").await;
    let id = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'employee@acme.test'", [], |r| r.get::<_, String>(0))
        .unwrap();
    let expired = lifecycle(&server, &id, "expire_password").await;
    assert_eq!(expired.body["status"], "PASSWORD_EXPIRED", "{}", expired.body);
    assert_eq!(server.get(&device, "/api/v1/me").await.status, StatusCode::OK, "signed-in devices carry on");

    let plain = server.try_login("employee@acme.test", PASSWORD).await;
    assert_eq!(plain.error("new_password"), "Your password has expired. Choose a new password to sign in.");
    let body = json!({ "email": "employee@acme.test", "password": PASSWORD, "device_name": "t", "new_password": "fresh and long" });
    let changed = server.request(Method::POST, "/api/v1/auth/login", None, Some(&body), &[]).await;
    assert_eq!(changed.status, StatusCode::CREATED, "{}", changed.body);
    assert_eq!(status_of(&server, &id).await, "ACTIVE");
    assert_eq!(server.try_login("employee@acme.test", "fresh and long").await.status, StatusCode::CREATED);

    let temporary = server
        .acme_admin(Method::POST, &format!("/api/v1/users/{id}/lifecycle/expire_password?tempPassword=true"), None)
        .await;
    let temp = temporary.body["tempPassword"].as_str().expect("a temporary password").to_owned();
    assert_eq!(
        server.try_login("employee@acme.test", &temp).await.error("new_password"),
        "Your password has expired. Choose a new password to sign in."
    );
    assert_eq!(server.try_login("employee@acme.test", "fresh and long").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_reset_password_link_and_deactivation_and_deletion() {
    let server = TestServer::start().await;
    let user = create(&server, "leaver@acme.test", "", Some(password("leaving soon now"))).await;
    let id = user["id"].as_str().unwrap().to_owned();
    assert_okta_error(
        &server.acme_admin(Method::DELETE, &format!("/api/v1/users/{id}"), None).await,
        StatusCode::FORBIDDEN,
        "E0000038",
    );

    let reset = server
        .acme_admin(Method::POST, &format!("/api/v1/users/{id}/lifecycle/reset_password?sendEmail=false"), None)
        .await;
    let url = reset.body["resetPasswordUrl"].as_str().expect("a reset link").to_owned();
    assert_eq!(status_of(&server, &id).await, "RECOVERY");
    assert_eq!(
        server.try_login("leaver@acme.test", "leaving soon now").await.error("email"),
        "A password reset is under way for this account. Use the reset link or code from your HR team."
    );
    let token = url.split("token=").nth(1).unwrap();
    let set = json!({ "token": token, "password": "after the reset" });
    assert_eq!(
        server.request(Method::POST, "/api/v1/auth/set-password", None, Some(&set), &[]).await.status,
        StatusCode::OK
    );
    assert_eq!(server.try_login("leaver@acme.test", "after the reset").await.status, StatusCode::CREATED);

    assert_eq!(lifecycle(&server, &id, "deactivate").await.status, StatusCode::OK);
    assert_eq!(status_of(&server, &id).await, "DEPROVISIONED");
    let employment: String =
        server.db().query_row("SELECT status FROM employees WHERE okta_id = ?1", [&id], |r| r.get(0)).unwrap();
    assert_eq!(employment, "inactive");
    assert_okta_error(&lifecycle(&server, &id, "deactivate").await, StatusCode::FORBIDDEN, "E0000038");
    assert_okta_error(&lifecycle(&server, &id, "suspend").await, StatusCode::BAD_REQUEST, "E0000001");
    let listed = server.acme_admin(Method::GET, "/api/v1/users?q=leaver", None).await;
    assert_eq!(listed.body, json!([]), "deactivated users are left out by default");
    let hr = server.login("hr@acme.test").await;
    let notices = server.get(&hr, "/api/v1/me/notifications").await;
    assert!(notices.body.to_string().contains("was deactivated"), "{}", notices.body);

    assert_eq!(
        server.acme_admin(Method::DELETE, &format!("/api/v1/users/{id}"), None).await.status,
        StatusCode::NO_CONTENT
    );
    assert_okta_error(
        &server.acme_admin(Method::GET, &format!("/api/v1/users/{id}"), None).await,
        StatusCode::NOT_FOUND,
        "E0000007",
    );

    let gone: i64 =
        server.db().query_row("SELECT COUNT(*) FROM employees WHERE okta_id = ?1", [&id], |r| r.get(0)).unwrap();
    assert_eq!(gone, 0, "someone without HR records is deleted for good");
}

#[tokio::test]
async fn wrong_passwords_lock_the_account_until_an_admin_unlocks_it() {
    let server = TestServer::start().await;
    server.db().execute("UPDATE employees SET failed_sign_ins = 9 WHERE email = 'field@acme.test'", []).unwrap();
    assert_eq!(server.try_login("field@acme.test", "wrong password").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let id = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'field@acme.test'", [], |r| r.get::<_, String>(0))
        .unwrap();
    assert_eq!(status_of(&server, &id).await, "LOCKED_OUT");
    assert_eq!(
        server.try_login("field@acme.test", PASSWORD).await.error("email"),
        "This account is locked after too many wrong passwords. Ask your HR team to unlock it."
    );
    let hr = server.login("hr@acme.test").await;
    assert!(server.get(&hr, "/api/v1/me/notifications").await.body.to_string().contains("was locked out"));

    assert_eq!(lifecycle(&server, &id, "unlock").await.status, StatusCode::OK);
    assert_eq!(server.try_login("field@acme.test", PASSWORD).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn people_change_their_own_password_and_recovery_answer() {
    let server = TestServer::start().await;
    let token = server.login("employee@acme.test").await;
    let me = server.get(&token, "/api/v1/users/me").await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    let id = me.body["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/users/{id}/credentials/change_password");

    let wrong = server
        .post(
            &token,
            &path,
            json!({ "oldPassword": { "value": "nope" }, "newPassword": { "value": "long new password" } }),
        )
        .await;
    assert_okta_error(&wrong, StatusCode::FORBIDDEN, "E0000014");
    let weak = server
        .post(&token, &path, json!({ "oldPassword": { "value": PASSWORD }, "newPassword": { "value": "short" } }))
        .await;
    assert_okta_error(&weak, StatusCode::BAD_REQUEST, "E0000080");
    let ok = server
        .post(
            &token,
            &path,
            json!({ "oldPassword": { "value": PASSWORD }, "newPassword": { "value": "long new password" } }),
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(ok.body["provider"]["type"], "OKTA");
    assert_eq!(server.try_login("employee@acme.test", PASSWORD).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(server.try_login("employee@acme.test", "long new password").await.status, StatusCode::CREATED);

    let question = json!({ "password": { "value": "long new password" }, "recovery_question": { "question": "First pet's name?", "answer": "Rex the dog" } });
    let set = server.post(&token, &format!("/api/v1/users/{id}/credentials/change_recovery_question"), question).await;
    assert_eq!(set.body["recovery_question"]["question"], "First pet's name?", "{}", set.body);
    let forgot = format!("/api/v1/users/{id}/credentials/forgot_password");
    let bad_answer = server
        .post(
            &token,
            &forgot,
            json!({ "password": { "value": "via the answer" }, "recovery_question": { "answer": "Fido" } }),
        )
        .await;
    assert_okta_error(&bad_answer, StatusCode::FORBIDDEN, "E0000014");
    let good = server
        .post(
            &token,
            &forgot,
            json!({ "password": { "value": "via the answer" }, "recovery_question": { "answer": "rex THE dog" } }),
        )
        .await;
    assert_eq!(good.status, StatusCode::OK, "{}", good.body);
    assert_eq!(server.try_login("employee@acme.test", "via the answer").await.status, StatusCode::CREATED);

    let other = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'manager@acme.test'", [], |r| r.get::<_, String>(0))
        .unwrap();
    assert_okta_error(&server.get(&token, &format!("/api/v1/users/{other}")).await, StatusCode::FORBIDDEN, "E0000006");
    assert_okta_error(&server.get(&token, "/api/v1/users").await, StatusCode::FORBIDDEN, "E0000006");
}

#[tokio::test]
async fn another_companys_users_are_not_found_and_no_token_is_refused() {
    let server = TestServer::start().await;
    let acme = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'employee@acme.test'", [], |r| r.get::<_, String>(0))
        .unwrap();
    for (method, path) in [
        (Method::GET, format!("/api/v1/users/{acme}")),
        (Method::POST, format!("/api/v1/users/{acme}/lifecycle/suspend")),
        (Method::GET, format!("/api/v1/users/{acme}/groups")),
        (Method::DELETE, format!("/api/v1/users/{acme}/sessions")),
    ] {
        let reply = server.ssws(method, GLOBEX_API_TOKEN, &path, None).await;
        assert_okta_error(&reply, StatusCode::NOT_FOUND, "E0000007");
    }
    assert_eq!(status_of(&server, &acme).await, "ACTIVE");
    let anonymous = server.request(Method::GET, "/api/v1/users", None, None, &[]).await;
    assert_okta_error(&anonymous, StatusCode::UNAUTHORIZED, "E0000011");
    let forged = server.ssws(Method::GET, "00forged", "/api/v1/users", None).await;
    assert_okta_error(&forged, StatusCode::UNAUTHORIZED, "E0000011");
    let hash: String = server.db().query_row("SELECT token_hash FROM api_tokens LIMIT 1", [], |r| r.get(0)).unwrap();
    assert_eq!(hash.len(), 64, "API tokens are stored as SHA-256 only");
}

#[tokio::test]
async fn hr_sees_a_persons_devices_and_signs_one_out() {
    let server = TestServer::start().await;
    let phone = server.login("employee@acme.test").await;
    let laptop = server.login("employee@acme.test").await;
    let id = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'employee@acme.test'", [], |r| r.get::<_, String>(0))
        .unwrap();
    let clients = server.acme_admin(Method::GET, &format!("/api/v1/users/{id}/clients"), None).await;
    assert_eq!(clients.body[0]["client_id"], "okta-hr-app");
    let tokens = server.acme_admin(Method::GET, &format!("/api/v1/users/{id}/clients/okta-hr-app/tokens"), None).await;
    assert_eq!(tokens.body.as_array().unwrap().len(), 2);
    let phone_id = phone.split('|').next().unwrap();
    let revoked = server
        .acme_admin(Method::DELETE, &format!("/api/v1/users/{id}/clients/okta-hr-app/tokens/{phone_id}"), None)
        .await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT);
    let signed_out = server.get(&phone, "/api/v1/me").await;
    assert_eq!(signed_out.body["message"], "You were signed out of this device by your HR team.");
    assert_eq!(server.get(&laptop, "/api/v1/me").await.status, StatusCode::OK);
    assert_eq!(
        server.acme_admin(Method::DELETE, &format!("/api/v1/users/{id}/sessions"), None).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(server.get(&laptop, "/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(server.acme_admin(Method::GET, &format!("/api/v1/users/{id}/clients"), None).await.body, json!([]));
    assert_eq!(server.acme_admin(Method::GET, &format!("/api/v1/users/{id}/grants"), None).await.body, json!([]));
}

#[tokio::test]
async fn profile_updates_groups_and_the_manager_link_are_the_hr_record() {
    let server = TestServer::start().await;
    let id = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'field@acme.test'", [], |r| r.get::<_, String>(0))
        .unwrap();
    let partial = server
        .acme_admin(
            Method::POST,
            &format!("/api/v1/users/{id}"),
            Some(json!({ "profile": { "title": "Lead Technician", "department": "Sales" } })),
        )
        .await;
    assert_eq!(partial.status, StatusCode::OK, "{}", partial.body);
    assert_eq!(partial.body["profile"]["firstName"], "Felix", "a partial update keeps the rest");
    let hr = server.login("hr@acme.test").await;
    let employee = server.get(&hr, &format!("/api/v1/employees/{}", server.employee_id("field@acme.test"))).await;
    assert_eq!(employee.body["data"]["attributes"]["job_title"], "Lead Technician");
    let groups = server.acme_admin(Method::GET, &format!("/api/v1/users/{id}/groups"), None).await;
    assert_eq!(groups.body[0]["profile"]["name"], "Sales");

    let full = server.acme_admin(Method::PUT, &format!("/api/v1/users/{id}"), Some(json!({ "profile": { "firstName": "Felix", "lastName": "Wagner", "email": "field@acme.test", "login": "field@acme.test" } }))).await;
    assert_eq!(full.body["profile"]["title"], Value::Null, "a full update removes what it does not send");
    assert_eq!(full.body["profile"]["department"], Value::Null);

    let sales_manager = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'sales.manager@acme.test'", [], |r| {
            r.get::<_, String>(0)
        })
        .unwrap();
    let linked = server
        .acme_admin(Method::PUT, &format!("/api/v1/users/{id}/linkedObjects/manager/{sales_manager}"), None)
        .await;
    assert_eq!(linked.status, StatusCode::NO_CONTENT);
    assert_eq!(status_of(&server, &id).await, "ACTIVE");
    let reread = server.acme_admin(Method::GET, &format!("/api/v1/users/{id}"), None).await;
    assert_eq!(reread.body["profile"]["managerId"], sales_manager.as_str());
    let unknown =
        server.acme_admin(Method::PUT, &format!("/api/v1/users/{id}/linkedObjects/mentor/{sales_manager}"), None).await;
    assert_okta_error(&unknown, StatusCode::NOT_FOUND, "E0000007");
    let cycle = server
        .acme_admin(Method::PUT, &format!("/api/v1/users/{sales_manager}/linkedObjects/manager/{id}"), None)
        .await;
    assert_okta_error(&cycle, StatusCode::BAD_REQUEST, "E0000001");
}

#[tokio::test]
async fn the_openapi_document_describes_the_users_api() {
    let server = TestServer::start().await;
    let doc = server.request(Method::GET, "/api/openapi.json", None, None, &[]).await.body;
    for path in [
        "/api/v1/users",
        "/api/v1/users/me",
        "/api/v1/users/{userId}",
        "/api/v1/users/{userId}/lifecycle/suspend",
        "/api/v1/users/{userId}/credentials/change_password",
        "/api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}",
        "/api/v1/users/{associatedUserId}/linkedObjects/{primaryRelationshipName}/{primaryUserId}",
        "/api/v1/auth/set-password",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is missing");
    }
    assert!(doc["components"]["securitySchemes"]["api_token"].is_object());
}
