//! The Directory API (seed 001) through the real server: its organizations, accounts, employees and groups
//! are the companies, people and groups the HR and Users APIs serve, reached with a user-specific JWT.

mod common;

use common::{ACME_API_TOKEN, GLOBEX_API_TOKEN, PASSWORD, Reply, TestServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// A request with `Authorization: Bearer {token}` (a JWT or the app's token).
async fn call(server: &TestServer, method: Method, token: &str, path: &str, body: Option<Value>) -> Reply {
    server.request(method, path, Some(token), body.as_ref(), &[]).await
}

async fn try_jwt(server: &TestServer, email: &str, password: &str) -> Reply {
    let body = json!({ "email": email, "password": password });
    server.request(Method::POST, "/api/v1/auth/jwt", None, Some(&body), &[]).await
}

/// A Directory API JWT for the demo person with this email.
async fn jwt(server: &TestServer, email: &str) -> String {
    let reply = try_jwt(server, email, PASSWORD).await;
    assert_eq!(reply.status, StatusCode::OK, "jwt {email}: {}", reply.body);
    assert_eq!(reply.body["token_type"], "Bearer");
    assert_eq!(reply.body["expires_in"], 3600);
    reply.body["access_token"].as_str().expect("access_token").to_owned()
}

fn okta_id(server: &TestServer, email: &str) -> String {
    server.db().query_row("SELECT okta_id FROM employees WHERE email = ?1", [email], |r| r.get(0)).unwrap()
}

fn uuid_of(server: &TestServer, email: &str) -> String {
    server.db().query_row("SELECT uuid FROM employees WHERE email = ?1", [email], |r| r.get(0)).unwrap()
}

/// Follows an activation link's token to a password, as the new person would.
async fn activate(server: &TestServer, created: &Value, password: &str) {
    let token = created["_embedded"]["activation"]["activationToken"]
        .as_str()
        .or_else(|| created["_embedded"]["owner"]["activationToken"].as_str())
        .unwrap_or_else(|| panic!("no activation token: {created}"));
    let body = json!({ "token": token, "password": password });
    let reply = server.request(Method::POST, "/api/v1/auth/set-password", None, Some(&body), &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
}

#[tokio::test]
async fn a_jwt_is_signed_for_valid_credentials_and_names_the_account_and_organization() {
    let server = TestServer::start().await;
    let token = jwt(&server, "employee@acme.test").await;
    let secret: Vec<u8> =
        server.db().query_row("SELECT value FROM server_secrets WHERE name = 'jwt_hs256'", [], |r| r.get(0)).unwrap();
    assert_eq!(secret.len(), 32, "the signing key is generated in the database");
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    validation.set_issuer(&["okta-hr"]);
    let claims = jsonwebtoken::decode::<Value>(&token, &jsonwebtoken::DecodingKey::from_secret(&secret), &validation)
        .expect("an HS256 JWT signed with the stored key")
        .claims;
    assert_eq!(claims["sub"], okta_id(&server, "employee@acme.test"));
    let org: String =
        server.db().query_row("SELECT okta_id FROM companies WHERE name = 'Acme Demo'", [], |r| r.get(0)).unwrap();
    assert_eq!(claims["org"], org);
    assert!(claims["jti"].as_str().is_some_and(|jti| !jti.is_empty()));
    assert_eq!(claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(), 3600);

    let organizations = call(&server, Method::GET, &token, "/api/v1/organization", None).await;
    assert_eq!(organizations.status, StatusCode::OK, "{}", organizations.body);
    assert_eq!(organizations.body.as_array().unwrap().len(), 1);
    assert_eq!(organizations.body[0]["name"], "Acme Demo");

    let wrong = try_jwt(&server, "employee@acme.test", "not the password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", wrong.body);
    assert_eq!(wrong.body["errors"]["email"][0], "The provided credentials are incorrect.");
    let missing = try_jwt(&server, "", "").await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body["errors"]["email"].is_array() && missing.body["errors"]["password"].is_array());
    let anonymous = server.request(Method::GET, "/api/v1/organization", None, None, &[]).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn wrong_passwords_for_a_jwt_are_rate_limited_like_the_sign_in() {
    let server = TestServer::start().await;
    for _ in 0..5 {
        assert_eq!(try_jwt(&server, "manager@acme.test", "wrong").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let limited = try_jwt(&server, "manager@acme.test", PASSWORD).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS, "{}", limited.body);
    assert!(limited.header("retry-after").is_some());
    // The app's sign-in shares the same window.
    assert_eq!(server.try_login("manager@acme.test", PASSWORD).await.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn an_expired_forged_or_suspended_accounts_jwt_is_refused() {
    let server = TestServer::start().await;
    let token = jwt(&server, "employee@acme.test").await;
    let secret: Vec<u8> =
        server.db().query_row("SELECT value FROM server_secrets WHERE name = 'jwt_hs256'", [], |r| r.get(0)).unwrap();
    let now = chrono::Utc::now().timestamp();
    let claims = |exp: i64| {
        json!({ "sub": okta_id(&server, "employee@acme.test"),
            "org": server.db().query_row("SELECT okta_id FROM companies WHERE name = 'Acme Demo'", [], |r| r.get::<_, String>(0)).unwrap(),
            "iss": "okta-hr", "jti": "test", "iat": exp - 3600, "exp": exp })
    };
    let sign = |claims: &Value, key: &[u8]| {
        jsonwebtoken::encode(&jsonwebtoken::Header::default(), claims, &jsonwebtoken::EncodingKey::from_secret(key))
            .unwrap()
    };
    let expired = sign(&claims(now - 1), &secret);
    let forged = sign(&claims(now + 3600), b"a key that is not the server's");
    for (what, token) in [("expired", expired), ("forged", forged)] {
        let reply = call(&server, Method::GET, &token, "/api/v1/employee", None).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{what}: {}", reply.body);
        assert_eq!(reply.body["errorCode"], "E0000011");
    }
    assert_eq!(call(&server, Method::GET, &token, "/api/v1/employee", None).await.status, StatusCode::OK);

    let id = okta_id(&server, "employee@acme.test");
    let suspend =
        server.ssws(Method::POST, ACME_API_TOKEN, &format!("/api/v1/users/{id}/lifecycle/suspend"), None).await;
    assert_eq!(suspend.status, StatusCode::OK, "{}", suspend.body);
    let refused = call(&server, Method::GET, &token, "/api/v1/employee", None).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED, "a suspended account's JWT stops at once");
    assert!(refused.body["errorSummary"].as_str().unwrap().contains("suspended"), "{}", refused.body);
    let again = try_jwt(&server, "employee@acme.test", PASSWORD).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "no new JWT while suspended");

    server.ssws(Method::POST, ACME_API_TOKEN, &format!("/api/v1/users/{id}/lifecycle/unsuspend"), None).await;
    assert_eq!(call(&server, Method::GET, &token, "/api/v1/employee", None).await.status, StatusCode::OK);
    server.ssws(Method::POST, ACME_API_TOKEN, &format!("/api/v1/users/{id}/lifecycle/deactivate"), None).await;
    assert_eq!(call(&server, Method::GET, &token, "/api/v1/employee", None).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_organization_profile_alias_and_apps_of_the_demo_are_served() {
    let server = TestServer::start().await;
    let token = jwt(&server, "employee@acme.test").await;
    let profile = call(&server, Method::GET, &token, "/api/v1/organization/profile", None).await;
    assert_eq!(profile.status, StatusCode::OK, "{}", profile.body);
    assert_eq!(profile.body["countryCode"], "DE");
    assert_eq!(profile.body["timezone"], "UTC");
    let acme = call(&server, Method::GET, &token, "/api/v1/organization/alias/ACME", None).await;
    assert_eq!(acme.status, StatusCode::OK, "{}", acme.body);
    let acme_id = acme.body["id"].as_str().unwrap().to_owned();
    let by_id = call(&server, Method::GET, &token, &format!("/api/v1/organization/{acme_id}"), None).await;
    assert_eq!(by_id.body["alias"], "acme");
    let by_profile = call(&server, Method::GET, &token, &format!("/api/v1/organization/{acme_id}/profile"), None).await;
    assert_eq!(by_profile.body, profile.body);

    let names = |reply: &Reply| reply.body.as_array().unwrap().iter().map(|o| o["name"].clone()).collect::<Vec<_>>();
    let lookups = [
        call(&server, Method::GET, &token, "/api/v1/organization/by-app/slack", None).await,
        call(&server, Method::GET, &token, "/api/v1/organization/by-app-id/slack/T0ACMEDEMO", None).await,
        call(&server, Method::GET, &token, "/api/v1/organization/by-app-data/slack/workspace/acme-demo", None).await,
        call(
            &server,
            Method::POST,
            &token,
            "/api/v1/organization/by-app-secret/slack/signingSecret",
            Some(json!({ "secret": okta_hr_server::demo::ACME_SLACK_SIGNING_SECRET })),
        )
        .await,
    ];
    for reply in &lookups {
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(names(reply), vec![json!("Acme Demo")], "only the caller's organization: {}", reply.body);
    }
    let wrong_secret = call(
        &server,
        Method::POST,
        &token,
        "/api/v1/organization/by-app-secret/slack/signingSecret",
        Some(json!({ "secret": "guess" })),
    )
    .await;
    assert_eq!(wrong_secret.body, json!([]));
    let no_secret =
        call(&server, Method::POST, &token, "/api/v1/organization/by-app-secret/slack/signingSecret", Some(json!({})))
            .await;
    assert_eq!(no_secret.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(no_secret.error("secret"), "The secret field is required.");
    let other_tenant = call(&server, Method::GET, &token, "/api/v1/organization/by-app-id/slack/T0GLOBEX", None).await;
    assert_eq!(other_tenant.body, json!([]), "Globex's install is not Acme's to see");
}

#[tokio::test]
async fn administrators_replace_and_patch_the_organization_and_its_profile() {
    let server = TestServer::start().await;
    let hr = jwt(&server, "hr@acme.test").await;
    let employee = jwt(&server, "employee@acme.test").await;
    let refused =
        call(&server, Method::PATCH, &employee, "/api/v1/organization/profile", Some(json!({ "mission": "x" }))).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let patched =
        call(&server, Method::PATCH, &hr, "/api/v1/organization/profile", Some(json!({ "timezone": "Europe/Berlin" })))
            .await;
    assert_eq!(patched.status, StatusCode::OK, "{}", patched.body);
    assert_eq!(patched.body["timezone"], "Europe/Berlin");
    assert_eq!(patched.body["countryCode"], "DE", "a patch keeps what it does not send");
    let company = server.get(&server.login("hr@acme.test").await, "/api/v1/me").await;
    assert_eq!(company.status, StatusCode::OK);
    let clock: String =
        server.db().query_row("SELECT timezone FROM companies WHERE name = 'Acme Demo'", [], |r| r.get(0)).unwrap();
    assert_eq!(clock, "Europe/Berlin", "the profile's time zone is the company's clock");

    let replaced = call(
        &server,
        Method::POST,
        &hr,
        "/api/v1/organization/profile",
        Some(json!({ "website": "https://acme.example" })),
    )
    .await;
    assert_eq!(replaced.body["website"], "https://acme.example");
    assert_eq!(replaced.body["countryCode"], Value::Null, "a replace clears what it does not send");
    assert_eq!(replaced.body["timezone"], "Europe/Berlin", "but the company keeps its clock");

    let invalid = call(
        &server,
        Method::PATCH,
        &hr,
        "/api/v1/organization/profile",
        Some(json!({ "timezone": "Mars/Olympus", "countryCode": "Germany", "website": "ftp://x" })),
    )
    .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", invalid.body);
    for field in ["timezone", "countryCode", "website"] {
        assert!(invalid.body["errors"][field].is_array(), "{field}: {}", invalid.body);
    }

    let renamed = call(&server, Method::PATCH, &hr, "/api/v1/organization", Some(json!({ "name": "Acme Corp" }))).await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    assert_eq!(renamed.body["name"], "Acme Corp");
    assert_eq!(renamed.body["alias"], "acme", "the alias stays when not sent");
    let taken =
        call(&server, Method::PATCH, &hr, "/api/v1/organization", Some(json!({ "name": "Acme", "alias": "globex" })))
            .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(taken.error("alias"), "The alias has already been taken.");
    let nameless = call(&server, Method::PATCH, &hr, "/api/v1/organization", Some(json!({ "alias": "acme2" }))).await;
    assert_eq!(nameless.error("name"), "The name field is required.");
}

#[tokio::test]
async fn a_provisioned_organization_has_an_owner_who_signs_in_and_stays_apart() {
    let server = TestServer::start().await;
    let hr = jwt(&server, "hr@acme.test").await;
    let employee = jwt(&server, "employee@acme.test").await;
    let body = json!({ "name": "Initech", "alias": "initech", "ownerEmail": "bill@initech.test" });
    assert_eq!(
        call(&server, Method::POST, &employee, "/api/v1/organization", Some(body.clone())).await.status,
        StatusCode::FORBIDDEN
    );
    let created = call(&server, Method::POST, &hr, "/api/v1/organization", Some(body.clone())).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    assert_eq!(created.body["ownerEmail"], "bill@initech.test");
    let initech = created.body["id"].as_str().unwrap().to_owned();
    let again = call(&server, Method::POST, &hr, "/api/v1/organization", Some(body)).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", again.body);

    // The provisioning admin keeps managing it by id; Acme's other people do not see it.
    let listed = call(&server, Method::GET, &hr, "/api/v1/organization", None).await;
    assert_eq!(listed.body.as_array().unwrap().len(), 2, "{}", listed.body);
    assert_eq!(
        call(&server, Method::GET, &employee, "/api/v1/organization", None).await.body.as_array().unwrap().len(),
        1
    );
    let profile = call(
        &server,
        Method::PATCH,
        &hr,
        &format!("/api/v1/organization/{initech}/profile"),
        Some(json!({ "mission": "TPS reports" })),
    )
    .await;
    assert_eq!(profile.status, StatusCode::OK, "{}", profile.body);

    // The owner activates, signs in and administers their own organization, where Acme's people are not.
    activate(&server, &created.body, "Initech-Owner-1").await;
    let owner = try_jwt(&server, "bill@initech.test", "Initech-Owner-1").await;
    assert_eq!(owner.status, StatusCode::OK, "{}", owner.body);
    let owner = owner.body["access_token"].as_str().unwrap().to_owned();
    let own = call(&server, Method::GET, &owner, "/api/v1/organization/profile", None).await;
    assert_eq!(own.body["mission"], "TPS reports");
    let admins = call(&server, Method::GET, &owner, "/api/v1/account/org-admins", None).await;
    let emails: Vec<&str> = admins.body.as_array().unwrap().iter().map(|a| a["email"].as_str().unwrap()).collect();
    assert_eq!(emails, vec!["bill@initech.test"]);
    let acme = call(&server, Method::GET, &owner, "/api/v1/organization/alias/acme", None).await;
    assert_eq!(acme.status, StatusCode::NOT_FOUND);

    // A key for the provisioned organization acts as its owner there.
    let key = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/organization/{initech}/keys"),
        Some(json!({ "name": "sync" })),
    )
    .await;
    assert_eq!(key.status, StatusCode::CREATED, "{}", key.body);
    assert_eq!(key.body["actsAs"], "bill@initech.test");
    let as_owner = server.ssws(Method::GET, key.body["token"].as_str().unwrap(), "/api/v1/account", None).await;
    assert_eq!(as_owner.body.as_array().unwrap().len(), 1, "{}", as_owner.body);
}

#[tokio::test]
async fn organization_keys_are_api_tokens_shown_once_limited_and_deletable() {
    let server = TestServer::start().await;
    let hr = jwt(&server, "hr@acme.test").await;
    let limited = call(
        &server,
        Method::POST,
        &hr,
        "/api/v1/organization/keys",
        Some(json!({ "name": "reader", "limitToRole": "employee" })),
    )
    .await;
    assert_eq!(limited.status, StatusCode::CREATED, "{}", limited.body);
    let token = limited.body["token"].as_str().unwrap().to_owned();
    let stored: String =
        server.db().query_row("SELECT token_hash FROM api_tokens WHERE name = 'reader'", [], |r| r.get(0)).unwrap();
    assert_ne!(stored, token, "only the SHA-256 is kept");
    assert_eq!(server.ssws(Method::GET, &token, "/api/v1/employee", None).await.status, StatusCode::OK);
    let users = server.ssws(Method::GET, &token, "/api/v1/users", None).await;
    assert_eq!(users.status, StatusCode::FORBIDDEN, "an employee-limited key is no administrator anywhere");
    let write = server.ssws(Method::POST, &token, "/api/v1/group", Some(json!({ "name": "x", "type": "team" }))).await;
    assert_eq!(write.status, StatusCode::FORBIDDEN);

    let invalid =
        call(&server, Method::POST, &hr, "/api/v1/organization/keys", Some(json!({ "limitToRole": "god" }))).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.body["errors"]["name"].is_array() && invalid.body["errors"]["limitToRole"].is_array());

    let key_id = limited.body["id"].as_str().unwrap().to_owned();
    let globex =
        server.ssws(Method::DELETE, GLOBEX_API_TOKEN, &format!("/api/v1/organization/keys/{key_id}"), None).await;
    assert_eq!(globex.status, StatusCode::NOT_FOUND, "another organization's key");
    let deleted = call(&server, Method::DELETE, &hr, &format!("/api/v1/organization/keys/{key_id}"), None).await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert_eq!(deleted.body["name"], "reader");
    assert!(deleted.body.get("token").is_none());
    assert_eq!(server.ssws(Method::GET, &token, "/api/v1/employee", None).await.status, StatusCode::UNAUTHORIZED);

    let acme_id: String =
        server.db().query_row("SELECT uuid FROM companies WHERE name = 'Acme Demo'", [], |r| r.get(0)).unwrap();
    let by_id = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/organization/{acme_id}/keys"),
        Some(json!({ "name": "ci" })),
    )
    .await;
    assert_eq!(by_id.status, StatusCode::CREATED, "{}", by_id.body);
    let gone = call(
        &server,
        Method::DELETE,
        &hr,
        &format!("/api/v1/organization/{acme_id}/keys/{}", by_id.body["id"].as_str().unwrap()),
        None,
    )
    .await;
    assert_eq!(gone.status, StatusCode::OK);
}

#[tokio::test]
async fn accounts_are_the_people_who_sign_in() {
    let server = TestServer::start().await;
    let hr = jwt(&server, "hr@acme.test").await;
    let employee = jwt(&server, "employee@acme.test").await;
    let by_email = call(&server, Method::GET, &employee, "/api/v1/account/manager@acme.test", None).await;
    assert_eq!(by_email.status, StatusCode::OK, "{}", by_email.body);
    assert_eq!(by_email.body["name"], "Max Weber");
    assert_eq!(by_email.body["role"], "manager");
    let id = by_email.body["id"].as_str().unwrap().to_owned();
    assert_eq!(
        call(&server, Method::GET, &employee, &format!("/api/v1/account/{id}"), None).await.body["email"],
        "manager@acme.test"
    );
    let admins = call(&server, Method::GET, &employee, "/api/v1/account/org-admins", None).await;
    assert_eq!(admins.body.as_array().unwrap().len(), 1);
    assert_eq!(admins.body[0]["email"], "hr@acme.test");
    let page = call(&server, Method::GET, &employee, "/api/v1/account?limit=10", None).await;
    assert_eq!(page.body.as_array().unwrap().len(), 10);
    assert!(page.header("link").is_some_and(|l| l.contains("rel=\"self\"")));
    let everyone = call(&server, Method::GET, &employee, "/api/v1/account/for-org?limit=200", None).await;
    assert_eq!(everyone.body.as_array().unwrap().len(), okta_hr_server::demo::ACME_HEADCOUNT);

    let forbidden =
        call(&server, Method::POST, &employee, "/api/v1/account", Some(json!({ "email": "x@acme.test" }))).await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    let invalid = call(&server, Method::POST, &hr, "/api/v1/account", Some(json!({ "name": "No Email" }))).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(invalid.error("email"), "The email field is required.");
    let taken =
        call(&server, Method::POST, &hr, "/api/v1/account", Some(json!({ "email": "employee@globex.test" }))).await;
    assert_eq!(taken.error("email"), "The email has already been taken.");

    let created = call(
        &server,
        Method::POST,
        &hr,
        "/api/v1/account",
        Some(json!({ "name": "Ada Lovelace", "email": "ada@acme.test" })),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    assert_eq!(created.body["status"], "PROVISIONED");
    let ada = created.body["id"].as_str().unwrap().to_owned();
    let user = server.ssws(Method::GET, ACME_API_TOKEN, "/api/v1/users/ada@acme.test", None).await;
    assert_eq!(user.body["profile"]["firstName"], "Ada", "the account is the Users API's user");

    let renamed = call(
        &server,
        Method::PATCH,
        &hr,
        &format!("/api/v1/account/{ada}"),
        Some(json!({ "email": "ada.l@acme.test" })),
    )
    .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    assert_eq!(renamed.body["email"], "ada.l@acme.test");
    assert_eq!(renamed.body["name"], "Ada Lovelace", "the name stays when not sent");

    let granted =
        call(&server, Method::POST, &hr, &format!("/api/v1/account/{ada}/grant"), Some(json!({ "role": "manager" })))
            .await;
    assert_eq!(granted.body["role"], "manager", "{}", granted.body);
    let bad_role =
        call(&server, Method::POST, &hr, &format!("/api/v1/account/{ada}/grant"), Some(json!({ "role": "owner" })))
            .await;
    assert_eq!(bad_role.error("role"), "The selected role is invalid.");
    let globex_org: String =
        server.db().query_row("SELECT uuid FROM companies WHERE name = 'Globex Demo'", [], |r| r.get(0)).unwrap();
    let other_org = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/account/{ada}/grant"),
        Some(json!({ "role": "hr", "orgId": globex_org })),
    )
    .await;
    assert_eq!(other_org.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(other_org.body["errors"]["orgId"].is_array());
    let hr_id = uuid_of(&server, "hr@acme.test");
    let last_admin = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/account/{hr_id}/grant"),
        Some(json!({ "role": "employee" })),
    )
    .await;
    assert_eq!(last_admin.error("role"), "The organization must keep at least one admin (hr).");

    let employees = call(&server, Method::GET, &employee, &format!("/api/v1/account/{ada}/employees"), None).await;
    assert_eq!(employees.body.as_array().unwrap().len(), 1);
    assert_eq!(employees.body[0]["id"], ada.as_str(), "an account and its employee record share the id");
}

#[tokio::test]
async fn an_employee_created_in_the_directory_signs_in_to_the_hr_app() {
    let server = TestServer::start().await;
    let hr = jwt(&server, "hr@acme.test").await;
    let invalid =
        call(&server, Method::POST, &hr, "/api/v1/employee", Some(json!({ "email": "not-an-email", "role": "boss" })))
            .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(invalid.error("name"), "The name field is required.");
    assert_eq!(invalid.error("email"), "The email field must be a valid email address.");
    assert!(invalid.body["errors"]["role"].is_array());

    let created = call(
        &server,
        Method::POST,
        &hr,
        "/api/v1/employee",
        Some(json!({ "name": "Grace Hopper", "email": "grace@acme.test", "role": "manager" })),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    assert_eq!(created.body["role"], "manager");
    activate(&server, &created.body, "Grace-Hopper-1").await;
    let signed_in = server.try_login("grace@acme.test", "Grace-Hopper-1").await;
    assert_eq!(signed_in.status, StatusCode::CREATED, "{}", signed_in.body);
    let app = server.login("hr@acme.test").await;
    let listed = server.get(&app, "/api/v1/employees?filter[search]=Grace&page[size]=100").await;
    assert_eq!(listed.body["data"][0]["attributes"]["name"], "Grace Hopper", "{}", listed.body);

    // With `account`, the existing account's employee record is answered.
    let grace = created.body["id"].as_str().unwrap().to_owned();
    let same = call(
        &server,
        Method::POST,
        &hr,
        "/api/v1/employee",
        Some(json!({ "name": "Grace B. Hopper", "email": "grace@acme.test", "account": grace })),
    )
    .await;
    assert_eq!(same.status, StatusCode::OK, "{}", same.body);
    assert_eq!(same.body["id"], grace.as_str());
    let updated = call(
        &server,
        Method::PATCH,
        &hr,
        &format!("/api/v1/employee/{grace}"),
        Some(json!({ "name": "Grace Hopper", "email": "grace.hopper@acme.test" })),
    )
    .await;
    assert_eq!(updated.body["email"], "grace.hopper@acme.test", "{}", updated.body);
    let by_name = call(&server, Method::GET, &hr, "/api/v1/employee/by-name/hopp", None).await;
    assert_eq!(by_name.body.as_array().unwrap().len(), 1);
    let by_account = call(&server, Method::GET, &hr, &format!("/api/v1/employee/by-account/{grace}"), None).await;
    assert_eq!(by_account.body["email"], "grace.hopper@acme.test");

    let managers = call(&server, Method::GET, &hr, "/api/v1/employee?type=manager", None).await;
    assert!(managers.body.as_array().unwrap().iter().all(|e| e["role"] == "manager"));
    assert_eq!(
        call(&server, Method::GET, &hr, "/api/v1/employee?status=gone", None).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn a_manager_set_in_the_directory_is_the_manager_the_hr_api_shows() {
    let server = TestServer::start().await;
    let hr = jwt(&server, "hr@acme.test").await;
    let field = uuid_of(&server, "field@acme.test");
    let sales = uuid_of(&server, "sales.manager@acme.test");
    let before = call(&server, Method::GET, &hr, &format!("/api/v1/employee/{field}/managers"), None).await;
    assert_eq!(before.body[0]["email"], "manager@acme.test");
    assert_eq!(before.body[0]["type"], "direct");

    let wrong_type = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/employee/{field}/managers"),
        Some(json!({ "managerId": sales, "type": "dotted" })),
    )
    .await;
    assert_eq!(wrong_type.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong_type.body["errors"]["type"].is_array());
    let set = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/employee/{field}/managers"),
        Some(json!({ "managerId": sales, "type": "direct" })),
    )
    .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    assert_eq!(set.body[0]["email"], "sales.manager@acme.test");
    let app = server.login("hr@acme.test").await;
    let shown = server.get(&app, &format!("/api/v1/employees/{}", server.employee_id("field@acme.test"))).await;
    let manager = server.employee_id("sales.manager@acme.test").to_string();
    assert_eq!(shown.body["data"]["relationships"]["manager"]["data"]["id"], manager.as_str(), "{}", shown.body);

    let reports = call(&server, Method::GET, &hr, &format!("/api/v1/employee/by-manager/{sales}"), None).await;
    assert!(reports.body.as_array().unwrap().iter().any(|e| e["id"] == field.as_str()));
    let cycle = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/employee/{sales}/managers"),
        Some(json!({ "managerId": field, "type": "direct" })),
    )
    .await;
    assert_eq!(cycle.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", cycle.body);

    let old = uuid_of(&server, "manager@acme.test");
    let not_theirs =
        call(&server, Method::DELETE, &hr, &format!("/api/v1/employee/{field}/managers/{old}"), None).await;
    assert_eq!(not_theirs.status, StatusCode::NOT_FOUND);
    let removed = call(&server, Method::DELETE, &hr, &format!("/api/v1/employee/{field}/managers/{sales}"), None).await;
    assert_eq!(removed.status, StatusCode::OK);
    assert_eq!(
        call(&server, Method::GET, &hr, &format!("/api/v1/employee/{field}/managers"), None).await.body,
        json!([])
    );

    let whole_tree = call(
        &server,
        Method::GET,
        &hr,
        &format!("/api/v1/employee/by-manager/{}?type=all", uuid_of(&server, "hr@acme.test")),
        None,
    )
    .await;
    assert!(!whole_tree.body.as_array().unwrap().is_empty());
}

#[tokio::test]
async fn employee_profiles_keep_hr_fields_and_directory_extras() {
    let server = TestServer::start().await;
    let employee = jwt(&server, "employee@acme.test").await;
    let me = uuid_of(&server, "employee@acme.test");
    let other = uuid_of(&server, "field@acme.test");
    let profile = call(&server, Method::GET, &employee, &format!("/api/v1/employee/{me}/profile"), None).await;
    assert_eq!(profile.body["firstName"], "Emma", "{}", profile.body);
    assert_eq!(profile.body["companyRole"], "Software Engineer");

    let replaced = call(
        &server,
        Method::POST,
        &employee,
        &format!("/api/v1/employee/{me}/profile"),
        Some(json!({ "bio": "Rustacean", "birthDate": "1990-04-01", "companyRole": "Staff Engineer" })),
    )
    .await;
    assert_eq!(replaced.status, StatusCode::OK, "{}", replaced.body);
    assert_eq!(replaced.body["firstName"], "Emma", "names stay on a replace");
    assert_eq!(replaced.body["location"], Value::Null);
    let patched = call(
        &server,
        Method::PATCH,
        &employee,
        &format!("/api/v1/employee/{me}/profile"),
        Some(json!({ "location": "Berlin" })),
    )
    .await;
    assert_eq!(patched.body["bio"], "Rustacean");
    assert_eq!(patched.body["location"], "Berlin");
    let app = server.login("employee@acme.test").await;
    let hr_record = server.get(&app, &format!("/api/v1/employees/{}", server.employee_id("employee@acme.test"))).await;
    assert_eq!(hr_record.body["data"]["attributes"]["job_title"], "Staff Engineer", "companyRole is the job title");

    let invalid = call(
        &server,
        Method::PATCH,
        &employee,
        &format!("/api/v1/employee/{me}/profile"),
        Some(json!({ "birthDate": "yesterday", "timezone": "Nowhere" })),
    )
    .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid.body["errors"]["birthDate"].is_array() && invalid.body["errors"]["timezone"].is_array(),
        "{}",
        invalid.body
    );
    let someone_else = call(
        &server,
        Method::PATCH,
        &employee,
        &format!("/api/v1/employee/{other}/profile"),
        Some(json!({ "bio": "x" })),
    )
    .await;
    assert_eq!(someone_else.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn groups_and_entity_memberships_are_the_users_api_groups() {
    let server = TestServer::start().await;
    let hr = jwt(&server, "hr@acme.test").await;
    let employee = jwt(&server, "employee@acme.test").await;
    let listed = call(&server, Method::GET, &employee, "/api/v1/group", None).await;
    let names: Vec<&str> = listed.body.as_array().unwrap().iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["Book Club", "Engineering", "People", "Platform Team", "Sales"]);
    let departments = call(&server, Method::GET, &employee, "/api/v1/group?type=department", None).await;
    assert_eq!(departments.body.as_array().unwrap().len(), 3);
    assert_eq!(
        call(&server, Method::GET, &employee, "/api/v1/group?status=deleted", None).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let invalid = call(&server, Method::POST, &hr, "/api/v1/group", Some(json!({ "name": "Ops" }))).await;
    assert_eq!(invalid.error("type"), "The type field is required.");
    let department =
        call(&server, Method::POST, &hr, "/api/v1/group", Some(json!({ "name": "Ops", "type": "department" }))).await;
    assert_eq!(department.status, StatusCode::UNPROCESSABLE_ENTITY);
    let created =
        call(&server, Method::POST, &hr, "/api/v1/group", Some(json!({ "name": "On-call", "type": "team" }))).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let group = created.body["id"].as_str().unwrap().to_owned();
    let duplicate =
        call(&server, Method::POST, &hr, "/api/v1/group", Some(json!({ "name": "On-call", "type": "team" }))).await;
    assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);

    let profile = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/group/{group}/profile"),
        Some(json!({ "icon": "pager", "description": "Night shifts" })),
    )
    .await;
    assert_eq!(profile.body, json!({ "icon": "pager", "description": "Night shifts" }));
    let patched =
        call(&server, Method::PATCH, &hr, &format!("/api/v1/group/{group}/profile"), Some(json!({ "icon": null })))
            .await;
    assert_eq!(patched.body, json!({ "icon": null, "description": "Night shifts" }));
    assert_eq!(
        call(&server, Method::GET, &employee, &format!("/api/v1/group/{group}/profile"), None).await.body,
        patched.body
    );
    let renamed = call(
        &server,
        Method::PATCH,
        &hr,
        &format!("/api/v1/group/{group}"),
        Some(json!({ "name": "On call", "type": "rota" })),
    )
    .await;
    assert_eq!(renamed.body["name"], "On call", "{}", renamed.body);
    assert_eq!(
        call(&server, Method::GET, &employee, &format!("/api/v1/group/{group}"), None).await.body["type"],
        "rota"
    );

    let me = uuid_of(&server, "employee@acme.test");
    let refused = call(
        &server,
        Method::POST,
        &employee,
        &format!("/api/v1/entity/{me}/groups"),
        Some(json!([{ "groupId": group }])),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let unknown = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/entity/{me}/groups"),
        Some(json!([{ "groupId": group }, { "groupId": "nope" }])),
    )
    .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", unknown.body);
    assert!(unknown.body["errors"]["1.groupId"].is_array());
    let added = call(
        &server,
        Method::POST,
        &hr,
        &format!("/api/v1/entity/{me}/groups"),
        Some(json!([{ "groupId": group, "type": "rota" }])),
    )
    .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);

    let user_groups = server
        .ssws(
            Method::GET,
            ACME_API_TOKEN,
            &format!("/api/v1/users/{}/groups", okta_id(&server, "employee@acme.test")),
            None,
        )
        .await;
    let user_group_names: Vec<&str> =
        user_groups.body.as_array().unwrap().iter().map(|g| g["profile"]["name"].as_str().unwrap()).collect();
    assert!(user_group_names.contains(&"On call"), "{user_group_names:?}");
    let entity_groups = call(&server, Method::GET, &employee, &format!("/api/v1/entity/{me}/groups"), None).await;
    let entity_names: Vec<&str> =
        entity_groups.body.as_array().unwrap().iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert_eq!(entity_names, vec!["Engineering", "On call", "Platform Team"]);

    let members = call(
        &server,
        Method::GET,
        &employee,
        &format!("/api/v1/group/{group}/members?entity=employee&membership=direct"),
        None,
    )
    .await;
    assert_eq!(members.body.as_array().unwrap().len(), 1);
    assert_eq!(members.body[0]["entity"], me.as_str());

    // Joining a department's group moves the employee there; it cannot be left, only changed.
    let sales = departments.body.as_array().unwrap().iter().find(|g| g["name"] == "Sales").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    call(&server, Method::POST, &hr, &format!("/api/v1/entity/{me}/groups"), Some(json!([{ "groupId": sales }]))).await;
    let app = server.login("employee@acme.test").await;
    let hr_view = server.get(&app, "/api/v1/me").await;
    let department: String = server.db().query_row("SELECT d.name FROM employees e JOIN departments d ON d.id = e.department_id WHERE e.email = 'employee@acme.test'", [], |r| r.get(0)).unwrap();
    assert_eq!(department, "Sales", "{}", hr_view.body);
    let sales_members =
        call(&server, Method::GET, &employee, &format!("/api/v1/group/{sales}/members?membership=department"), None)
            .await;
    assert!(sales_members.body.as_array().unwrap().iter().any(|m| m["entity"] == me.as_str()));
    let leave_department =
        call(&server, Method::DELETE, &hr, &format!("/api/v1/entity/{me}/groups/{sales}"), None).await;
    assert_eq!(leave_department.status, StatusCode::UNPROCESSABLE_ENTITY);

    let left = call(&server, Method::DELETE, &hr, &format!("/api/v1/entity/{me}/groups/{group}"), None).await;
    assert_eq!(left.status, StatusCode::OK);
    let twice = call(&server, Method::DELETE, &hr, &format!("/api/v1/entity/{me}/groups/{group}"), None).await;
    assert_eq!(twice.status, StatusCode::NOT_FOUND);

    // Renaming a department's group renames the department.
    let renamed = call(
        &server,
        Method::PATCH,
        &hr,
        &format!("/api/v1/group/{sales}"),
        Some(json!({ "name": "Revenue", "type": "department" })),
    )
    .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    let department: String = server.db().query_row("SELECT d.name FROM employees e JOIN departments d ON d.id = e.department_id WHERE e.email = 'employee@acme.test'", [], |r| r.get(0)).unwrap();
    assert_eq!(department, "Revenue");
}

#[tokio::test]
async fn globex_sees_nothing_of_acme() {
    let server = TestServer::start().await;
    let globex = jwt(&server, "hr@globex.test").await;
    let acme_org: String =
        server.db().query_row("SELECT uuid FROM companies WHERE name = 'Acme Demo'", [], |r| r.get(0)).unwrap();
    let acme_person = uuid_of(&server, "employee@acme.test");
    let acme_group: String =
        server.db().query_row("SELECT g.uuid FROM groups g WHERE g.name = 'Platform Team'", [], |r| r.get(0)).unwrap();
    for (method, path, body) in [
        (Method::GET, format!("/api/v1/organization/{acme_org}"), None),
        (Method::PATCH, format!("/api/v1/organization/{acme_org}"), Some(json!({ "name": "Mine" }))),
        (Method::GET, format!("/api/v1/organization/{acme_org}/profile"), None),
        (Method::POST, format!("/api/v1/organization/{acme_org}/keys"), Some(json!({ "name": "steal" }))),
        (Method::GET, "/api/v1/organization/alias/acme".to_owned(), None),
        (Method::GET, format!("/api/v1/account/{acme_person}"), None),
        (Method::GET, "/api/v1/account/employee@acme.test".to_owned(), None),
        (Method::POST, format!("/api/v1/account/{acme_person}/grant"), Some(json!({ "role": "hr" }))),
        (Method::GET, format!("/api/v1/employee/{acme_person}"), None),
        (Method::GET, format!("/api/v1/employee/{acme_person}/profile"), None),
        (Method::GET, format!("/api/v1/employee/by-account/{acme_person}"), None),
        (Method::GET, format!("/api/v1/group/{acme_group}"), None),
        (Method::GET, format!("/api/v1/group/{acme_group}/members"), None),
        (Method::GET, format!("/api/v1/entity/{acme_person}/groups"), None),
    ] {
        let reply = call(&server, method.clone(), &globex, &path, body).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{method} {path}: {}", reply.body);
    }
    let lists = [
        "/api/v1/organization",
        "/api/v1/account/for-org",
        "/api/v1/employee",
        "/api/v1/group",
        "/api/v1/employee/by-name/Emma",
        "/api/v1/organization/by-app/slack",
    ];
    for path in lists {
        let reply = server.ssws(Method::GET, GLOBEX_API_TOKEN, path, None).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.body);
        assert!(!reply.body.to_string().contains("acme"), "{path} shows Acme: {}", reply.body);
    }
    let acme_group_for_globex = server
        .ssws(
            Method::POST,
            GLOBEX_API_TOKEN,
            &format!("/api/v1/entity/{}/groups", uuid_of(&server, "employee@globex.test")),
            Some(json!([{ "groupId": acme_group }])),
        )
        .await;
    assert_eq!(acme_group_for_globex.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", acme_group_for_globex.body);
}

#[tokio::test]
async fn the_app_token_and_api_tokens_work_too() {
    let server = TestServer::start().await;
    let app = server.login("employee@acme.test").await;
    let reply = call(&server, Method::GET, &app, "/api/v1/account/org-admins", None).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let reply = server.ssws(Method::GET, ACME_API_TOKEN, "/api/v1/group", None).await;
    assert_eq!(reply.status, StatusCode::OK);
    let garbage = call(&server, Method::GET, "a.b.c", "/api/v1/group", None).await;
    assert_eq!(garbage.status, StatusCode::UNAUTHORIZED);
}
