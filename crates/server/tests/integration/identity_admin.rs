//! The identity admin APIs of seed 002 beyond users, through the real server: notification subscriptions
//! (which decide who is told), SMS templates, ThreatInsight (which guards the sign-in) and trusted
//! origins (which the server's CORS answers honour).

use crate::common;

use common::{ACME_API_TOKEN, GLOBEX_API_TOKEN, Reply, TestServer, assert_okta_error};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn okta_id(server: &TestServer, email: &str) -> String {
    server.db().query_row("SELECT okta_id FROM employees WHERE email = ?1", [email], |r| r.get(0)).unwrap()
}

async fn lockout_notices(server: &TestServer, token: &str) -> usize {
    let notices = server.get(token, "/api/v1/me/notifications").await;
    notices.body["data"].as_array().unwrap().iter().filter(|n| n.to_string().contains("was locked out")).count()
}

/// Locks field@acme.test out with the tenth wrong password in a row.
async fn lock_out_field_worker(server: &TestServer) {
    server
        .db()
        .execute("UPDATE employees SET failed_sign_ins = 9, lifecycle = 'ACTIVE' WHERE email = 'field@acme.test'", [])
        .unwrap();
    assert_eq!(server.try_login("field@acme.test", "wrong password").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn an_admin_who_unsubscribes_from_lockouts_is_not_told_while_another_admin_is() {
    let server = TestServer::start().await;
    server.db().execute("UPDATE employees SET role = 'hr' WHERE email = 'manager@acme.test'", []).unwrap();
    let hanna = server.login("hr@acme.test").await;
    let max = server.login("manager@acme.test").await;

    let path =
        format!("/api/v1/users/{}/subscriptions/USER_LOCKED_OUT/unsubscribe", okta_id(&server, "manager@acme.test"));
    let unsubscribed = server.request(Method::POST, &path, Some(&max), None, &[]).await;
    assert_eq!(unsubscribed.status, StatusCode::OK, "{}", unsubscribed.body);
    assert_eq!(unsubscribed.body["status"], "unsubscribed");

    lock_out_field_worker(&server).await;
    assert_eq!(lockout_notices(&server, &hanna).await, 1);
    assert_eq!(lockout_notices(&server, &max).await, 0, "Max unsubscribed");

    // Only the user themselves may change their subscriptions, even an admin may not for them.
    let for_max =
        server.request(Method::POST, &path.replace("unsubscribe", "subscribe"), Some(&hanna), None, &[]).await;
    assert_okta_error(&for_max, StatusCode::FORBIDDEN, "E0000006");
}

#[tokio::test]
async fn unsubscribing_the_admin_role_from_deactivations_silences_them() {
    let server = TestServer::start().await;
    let hanna = server.login("hr@acme.test").await;
    let role = "/api/v1/roles/SUPER_ADMIN/subscriptions/USER_DEPROVISION";
    assert_eq!(server.acme_admin(Method::POST, &format!("{role}/unsubscribe"), None).await.status, StatusCode::OK);
    let field = okta_id(&server, "field@acme.test");
    let deactivated =
        server.acme_admin(Method::POST, &format!("/api/v1/users/{field}/lifecycle/deactivate"), None).await;
    assert_eq!(deactivated.status, StatusCode::OK, "{}", deactivated.body);
    let notices = server.get(&hanna, "/api/v1/me/notifications").await;
    assert!(!notices.body.to_string().contains("admin.user_deprovision"), "{}", notices.body);

    assert_eq!(server.acme_admin(Method::POST, &format!("{role}/subscribe"), None).await.body["status"], "subscribed");
    let employee = okta_id(&server, "employee@acme.test");
    server.acme_admin(Method::POST, &format!("/api/v1/users/{employee}/lifecycle/deactivate"), None).await;
    let notices = server.get(&hanna, "/api/v1/me/notifications").await;
    assert!(notices.body.to_string().contains("admin.user_deprovision"), "{}", notices.body);
}

#[tokio::test]
async fn a_roles_subscription_is_its_holders_default_and_changing_it_overrides_their_choices() {
    let server = TestServer::start().await;
    server.db().execute("UPDATE employees SET role = 'hr' WHERE email = 'manager@acme.test'", []).unwrap();
    let hanna = server.login("hr@acme.test").await;
    let max = server.login("manager@acme.test").await;
    let role = "/api/v1/roles/SUPER_ADMIN/subscriptions/USER_LOCKED_OUT";
    let initial = server.acme_admin(Method::GET, role, None).await;
    assert_eq!(initial.status, StatusCode::OK, "{}", initial.body);
    assert_eq!(initial.body["status"], "subscribed", "admins are subscribed by default");
    assert_eq!(initial.body["notificationType"], "USER_LOCKED_OUT");

    let user = format!("/api/v1/users/{}/subscriptions/USER_LOCKED_OUT", okta_id(&server, "manager@acme.test"));
    server.request(Method::POST, &format!("{user}/subscribe"), Some(&max), None, &[]).await;
    assert_eq!(
        server.acme_admin(Method::POST, &format!("{role}/unsubscribe"), None).await.body["status"],
        "unsubscribed"
    );
    assert_eq!(server.acme_admin(Method::GET, role, None).await.body["status"], "unsubscribed");
    lock_out_field_worker(&server).await;
    assert_eq!(lockout_notices(&server, &hanna).await, 0);
    assert_eq!(lockout_notices(&server, &max).await, 0, "the role's change overrode Max's own subscription");

    // A holder's own choice made after the role's change wins again.
    server.request(Method::POST, &format!("{user}/subscribe"), Some(&max), None, &[]).await;
    lock_out_field_worker(&server).await;
    assert_eq!(lockout_notices(&server, &max).await, 1);
    assert_eq!(lockout_notices(&server, &hanna).await, 0);

    let globex = server.ssws(Method::GET, GLOBEX_API_TOKEN, role, None).await;
    assert_eq!(globex.body["status"], "subscribed", "Acme's role settings are Acme's alone");
    assert_okta_error(
        &server.acme_admin(Method::GET, "/api/v1/roles/KING/subscriptions/USER_LOCKED_OUT", None).await,
        StatusCode::NOT_FOUND,
        "E0000007",
    );
    assert_okta_error(
        &server.acme_admin(Method::GET, "/api/v1/roles/SUPER_ADMIN/subscriptions/GOSSIP", None).await,
        StatusCode::NOT_FOUND,
        "E0000007",
    );
    let employee = server.login("employee@acme.test").await;
    let refused = server.request(Method::POST, &format!("{role}/subscribe"), Some(&employee), None, &[]).await;
    assert_okta_error(&refused, StatusCode::FORBIDDEN, "E0000006");
}

/// A browser's preflight for a management API call from `origin`; answers its Access-Control-Allow-Origin.
async fn preflight(server: &TestServer, path: &str, origin: &str) -> Option<String> {
    let response = server
        .client
        .request(Method::OPTIONS, format!("{}{path}", server.url))
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success(), "{}", response.status());
    let allowed = response.headers().get("access-control-allow-origin").map(|v| v.to_str().unwrap().to_owned());
    if allowed.is_some() {
        let headers = response.headers()["access-control-allow-headers"].to_str().unwrap().to_lowercase();
        assert!(headers == "*" || headers.contains("authorization"), "{headers}");
    }
    allowed
}

#[tokio::test]
async fn only_active_cors_trusted_origins_may_call_the_admin_apis_from_a_browser() {
    let server = TestServer::start().await;
    let dev_app = okta_hr_server::demo::DEV_APP_ORIGIN;
    assert_eq!(preflight(&server, "/api/v1/org", dev_app).await.as_deref(), Some(dev_app));
    assert_eq!(preflight(&server, "/api/v1/users", "https://evil.example").await, None);
    assert_eq!(preflight(&server, "/api/v1/employee", "https://evil.example").await, None, "the directory too");
    assert_eq!(preflight(&server, "/api/v1/organization", dev_app).await.as_deref(), Some(dev_app));
    let actual = server
        .request(
            Method::GET,
            "/api/v1/org",
            None,
            None,
            &[("Origin", "https://evil.example"), ("Authorization", &format!("SSWS {ACME_API_TOKEN}"))],
        )
        .await;
    assert_eq!(actual.header("access-control-allow-origin"), None);
    let from_app = server
        .request(
            Method::GET,
            "/api/v1/org",
            None,
            None,
            &[("Origin", dev_app), ("Authorization", &format!("SSWS {ACME_API_TOKEN}"))],
        )
        .await;
    assert_eq!(from_app.status, StatusCode::OK);
    assert_eq!(from_app.header("access-control-allow-origin"), Some(dev_app));
    // The HR API's contract allows any origin, and it keeps doing so.
    assert_eq!(preflight(&server, "/api/v1/me", "https://evil.example").await.as_deref(), Some("*"));

    let body =
        json!({ "name": "Admin console", "origin": "HTTPS://Admin.Acme.Example/", "scopes": [{ "type": "CORS" }] });
    let created = server.acme_admin(Method::POST, "/api/v1/trustedOrigins", Some(body)).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    assert_eq!(created.body["origin"], "https://admin.acme.example");
    assert_eq!(created.body["status"], "ACTIVE");
    assert_eq!(created.body["createdBy"], okta_id(&server, "hr@acme.test").as_str());
    let id = created.body["id"].as_str().unwrap().to_owned();
    let console = "https://admin.acme.example";
    assert_eq!(preflight(&server, "/api/v1/trustedOrigins", console).await.as_deref(), Some(console));

    let deactivated =
        server.acme_admin(Method::POST, &format!("/api/v1/trustedOrigins/{id}/lifecycle/deactivate"), None).await;
    assert_eq!(deactivated.body["status"], "INACTIVE");
    assert!(deactivated.body["_links"]["activate"].is_object());
    assert_eq!(preflight(&server, "/api/v1/trustedOrigins", console).await, None, "an inactive origin is not trusted");
    server.acme_admin(Method::POST, &format!("/api/v1/trustedOrigins/{id}/lifecycle/activate"), None).await;
    assert_eq!(preflight(&server, "/api/v1/org", console).await.as_deref(), Some(console));

    let redirect_only = json!({ "name": "Admin console", "origin": console, "scopes": [{ "type": "REDIRECT" }] });
    let replaced = server.acme_admin(Method::PUT, &format!("/api/v1/trustedOrigins/{id}"), Some(redirect_only)).await;
    assert_eq!(replaced.body["scopes"], json!([{ "type": "REDIRECT" }]));
    assert_eq!(preflight(&server, "/api/v1/org", console).await, None, "REDIRECT alone does not allow CORS");

    assert_eq!(
        server.acme_admin(Method::DELETE, &format!("/api/v1/trustedOrigins/{id}"), None).await.status,
        StatusCode::OK
    );
    assert_okta_error(
        &server.acme_admin(Method::GET, &format!("/api/v1/trustedOrigins/{id}"), None).await,
        StatusCode::NOT_FOUND,
        "E0000007",
    );
}

#[tokio::test]
async fn trusted_origins_are_validated_searched_paged_and_kept_to_their_org() {
    let server = TestServer::start().await;
    let bad = json!({ "origin": "ftp://files.example/path", "scopes": [{ "type": "IFRAME" }] });
    let refused = server.acme_admin(Method::POST, "/api/v1/trustedOrigins", Some(bad)).await;
    assert_okta_error(&refused, StatusCode::BAD_REQUEST, "E0000001");
    assert_eq!(refused.error("name"), "The name field is required.");
    assert!(refused.error("origin").contains("scheme, host"));
    assert!(refused.error("scopes").contains("CORS"));
    let duplicate = json!({ "name": "Again", "origin": "http://localhost:5173", "scopes": [{ "type": "CORS" }] });
    assert!(
        server
            .acme_admin(Method::POST, "/api/v1/trustedOrigins", Some(duplicate))
            .await
            .error("origin")
            .contains("already")
    );

    for n in 0..3 {
        let body = json!({ "name": format!("Partner {n}"), "origin": format!("https://partner{n}.example"), "scopes": [{ "type": "CORS" }, { "type": "REDIRECT" }] });
        assert_eq!(server.acme_admin(Method::POST, "/api/v1/trustedOrigins", Some(body)).await.status, StatusCode::OK);
    }
    let all = server.acme_admin(Method::GET, "/api/v1/trustedOrigins", None).await;
    assert_eq!(all.body.as_array().unwrap().len(), 4, "the demo's app origin and three partners");
    let partners = server.acme_admin(Method::GET, "/api/v1/trustedOrigins?q=Partner", None).await;
    assert_eq!(partners.body.as_array().unwrap().len(), 3);
    let first = server.acme_admin(Method::GET, "/api/v1/trustedOrigins?q=partner&limit=2", None).await;
    assert_eq!(first.body.as_array().unwrap().len(), 2);
    let next = first.next_link().unwrap().trim_start_matches(&server.url).to_owned();
    let second = server.acme_admin(Method::GET, &next, None).await;
    assert_eq!(second.body[0]["name"], "Partner 2");
    let filtered = server.acme_admin(
        Method::GET,
        "/api/v1/trustedOrigins?filter=origin%20eq%20%22https://partner1.example%22%20and%20status%20eq%20%22ACTIVE%22",
        None,
    )
    .await;
    assert_eq!(filtered.body.as_array().unwrap().len(), 1, "{}", filtered.body);
    assert_eq!(filtered.body[0]["name"], "Partner 1");
    let invalid = server.acme_admin(Method::GET, "/api/v1/trustedOrigins?filter=colour%20eq%20%22red%22", None).await;
    assert_okta_error(&invalid, StatusCode::BAD_REQUEST, "E0000031");

    let id = filtered.body[0]["id"].as_str().unwrap();
    let globex_sees = server.ssws(Method::GET, GLOBEX_API_TOKEN, "/api/v1/trustedOrigins", None).await;
    assert_eq!(globex_sees.body, json!([]));
    let globex_reads = server.ssws(Method::GET, GLOBEX_API_TOKEN, &format!("/api/v1/trustedOrigins/{id}"), None).await;
    assert_okta_error(&globex_reads, StatusCode::NOT_FOUND, "E0000007");
    let globex_deletes =
        server.ssws(Method::DELETE, GLOBEX_API_TOKEN, &format!("/api/v1/trustedOrigins/{id}"), None).await;
    assert_okta_error(&globex_deletes, StatusCode::NOT_FOUND, "E0000007");
    let employee = server.login("employee@acme.test").await;
    assert_okta_error(&server.get(&employee, "/api/v1/trustedOrigins").await, StatusCode::FORBIDDEN, "E0000006");
}

#[tokio::test]
async fn sms_templates_need_the_code_fit_one_sms_and_update_partially_or_wholly() {
    let server = TestServer::start().await;
    let listed = server.acme_admin(Method::GET, "/api/v1/templates/sms", None).await;
    assert_eq!(listed.body.as_array().unwrap().len(), 1, "the demo's template: {}", listed.body);

    let no_code = json!({ "name": "Custom", "type": "SMS_VERIFY_CODE", "template": "Welcome to ${org.name}!",
        "translations": { "french": "Bonjour ${code}", "es": "Tu código es ${code}" } });
    let refused = server.acme_admin(Method::POST, "/api/v1/templates/sms", Some(no_code)).await;
    assert_okta_error(&refused, StatusCode::BAD_REQUEST, "E0000001");
    assert!(refused.error("template").contains("${code}"));
    assert!(refused.error("translations.french").contains("language code"));
    let too_long =
        json!({ "name": "Long", "type": "SMS_VERIFY_CODE", "template": format!("{} ${{code}}", "x".repeat(160)) });
    assert!(
        server
            .acme_admin(Method::POST, "/api/v1/templates/sms", Some(too_long))
            .await
            .error("template")
            .contains("160")
    );
    let wrong_type = json!({ "name": "T", "type": "EMAIL", "template": "Code ${code}" });
    assert_eq!(
        server.acme_admin(Method::POST, "/api/v1/templates/sms", Some(wrong_type)).await.error("type"),
        "The type must be SMS_VERIFY_CODE."
    );

    let body = json!({ "name": "Custom", "type": "SMS_VERIFY_CODE", "template": "Your ${org.name} code: ${code}",
        "translations": { "fr": "Votre code : ${code}", "pt-BR": "Seu código: ${code}" } });
    let created = server.acme_admin(Method::POST, "/api/v1/templates/sms", Some(body)).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/templates/sms/{id}");

    let partial = json!({ "translations": { "de": "Ihr Code: ${code}", "fr": null } });
    let updated = server.acme_admin(Method::POST, &path, Some(partial)).await;
    assert_eq!(updated.status, StatusCode::OK, "{}", updated.body);
    assert_eq!(updated.body["name"], "Custom");
    assert_eq!(updated.body["translations"], json!({ "pt-BR": "Seu código: ${code}", "de": "Ihr Code: ${code}" }));

    let missing_name =
        server.acme_admin(Method::PUT, &path, Some(json!({ "type": "SMS_VERIFY_CODE", "template": "${code}" }))).await;
    assert_eq!(missing_name.error("name"), "The name field is required.");
    let replaced = server
        .acme_admin(
            Method::PUT,
            &path,
            Some(json!({ "name": "Short", "type": "SMS_VERIFY_CODE", "template": "${code}" })),
        )
        .await;
    assert_eq!(replaced.body["translations"], json!({}), "PUT replaces the translations too");
    assert_eq!(server.acme_admin(Method::GET, &path, None).await.body["name"], "Short");
    let of_type = server.acme_admin(Method::GET, "/api/v1/templates/sms?templateType=SMS_VERIFY_CODE", None).await;
    assert_eq!(of_type.body.as_array().unwrap().len(), 2);

    let globex = server.ssws(Method::GET, GLOBEX_API_TOKEN, &path, None).await;
    assert_okta_error(&globex, StatusCode::NOT_FOUND, "E0000007");
    let globex_change = server.ssws(Method::POST, GLOBEX_API_TOKEN, &path, Some(json!({ "name": "Mine" }))).await;
    assert_okta_error(&globex_change, StatusCode::NOT_FOUND, "E0000007");
    assert_eq!(server.ssws(Method::GET, GLOBEX_API_TOKEN, "/api/v1/templates/sms", None).await.body, json!([]));

    assert_eq!(server.acme_admin(Method::DELETE, &path, None).await.status, StatusCode::NO_CONTENT);
    assert_okta_error(&server.acme_admin(Method::GET, &path, None).await, StatusCode::NOT_FOUND, "E0000007");
}

/// One wrong password each for `count` different Acme people, so no account is locked or throttled.
async fn spray_wrong_passwords(server: &TestServer, count: usize) {
    let emails: Vec<String> = server
        .db()
        .rows(
            "SELECT email FROM employees WHERE email LIKE '%@acme.test' AND role = 'employee' ORDER BY id LIMIT ?1",
            [count as i64],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(emails.len(), count);
    for email in emails {
        assert_eq!(server.try_login(&email, "Spring2026!").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
}

async fn suspicious_activity_notices(server: &TestServer, token: &str) -> usize {
    let notices = server.get(token, "/api/v1/me/notifications").await;
    notices.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n.to_string().contains("admin.report_suspicious_activity"))
        .count()
}

async fn configure(server: &TestServer, body: Value) -> Reply {
    server.acme_admin(Method::POST, "/api/v1/threats/configuration", Some(body)).await
}

#[tokio::test]
async fn threat_insight_block_refuses_a_spraying_address_even_with_the_right_password() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    let initial = server.acme_admin(Method::GET, "/api/v1/threats/configuration", None).await;
    assert_eq!(initial.body["action"], "none");
    assert_eq!(initial.body["excludeZones"], json!([]));

    let configured = configure(&server, json!({ "action": "block", "excludeZones": ["nzowc1U5Jh5xuAK0o0g3"] })).await;
    assert_eq!(configured.status, StatusCode::OK, "{}", configured.body);
    assert_eq!(configured.body["action"], "block");
    assert_eq!(configured.body["excludeZones"], json!(["nzowc1U5Jh5xuAK0o0g3"]));
    assert_eq!(
        server.ssws(Method::GET, GLOBEX_API_TOKEN, "/api/v1/threats/configuration", None).await.body["action"],
        "none"
    );

    spray_wrong_passwords(&server, 19).await;
    assert_eq!(
        server.try_login("employee@acme.test", common::PASSWORD).await.status,
        StatusCode::CREATED,
        "19 is not yet suspicious"
    );
    spray_wrong_passwords(&server, 1).await;
    let refused = server.try_login("employee@acme.test", common::PASSWORD).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS, "{}", refused.body);
    assert!(refused.body["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert!(refused.header("retry-after").is_some());
    assert_eq!(suspicious_activity_notices(&server, &hr).await, 1);

    // Globex does not block, so its people still sign in from the same address.
    assert_eq!(server.try_login("hr@globex.test", common::PASSWORD).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn threat_insight_audit_reports_but_lets_people_in_and_none_does_nothing() {
    let server = TestServer::start().await;
    let hr = server.login("hr@acme.test").await;
    assert_eq!(configure(&server, json!({ "action": "audit" })).await.body["action"], "audit");
    spray_wrong_passwords(&server, 25).await;
    assert_eq!(server.try_login("employee@acme.test", common::PASSWORD).await.status, StatusCode::CREATED);
    assert_eq!(suspicious_activity_notices(&server, &hr).await, 1, "reported once, when the address became suspicious");

    let quiet = TestServer::start().await;
    let quiet_hr = quiet.login("hr@acme.test").await;
    spray_wrong_passwords(&quiet, 20).await;
    assert_eq!(quiet.try_login("employee@acme.test", common::PASSWORD).await.status, StatusCode::CREATED);
    assert_eq!(suspicious_activity_notices(&quiet, &quiet_hr).await, 0);

    let invalid = configure(&server, json!({ "action": "shout", "excludeZones": "everywhere" })).await;
    assert_okta_error(&invalid, StatusCode::BAD_REQUEST, "E0000001");
    assert_eq!(invalid.error("action"), "The action must be none, audit or block.");
    assert!(invalid.error("excludeZones").contains("list"));
    assert_eq!(configure(&server, json!({})).await.error("action"), "The action field is required.");
    let employee = server.login("employee@acme.test").await;
    let refused = server.request(Method::GET, "/api/v1/threats/configuration", Some(&employee), None, &[]).await;
    assert_okta_error(&refused, StatusCode::FORBIDDEN, "E0000006");
}
