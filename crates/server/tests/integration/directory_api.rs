//! The Directory API (seed 001) through the real server: user-specific JWTs, organizations (profile, alias,
//! app lookups, API keys) and the isolation of one organization from another. Accounts, employees and
//! groups are in directory_people.rs.

use crate::common;
use crate::directory_support;

use common::{ACME_API_TOKEN, GLOBEX_API_TOKEN, PASSWORD, Reply, TestServer};
use directory_support::{activate, call, jwt, okta_id, try_jwt, uuid_of};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

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
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST, "{}", wrong.body);
    assert_eq!(wrong.body["errors"]["email"][0], "The provided credentials are incorrect.");
    let missing = try_jwt(&server, "", "").await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert!(missing.body["errors"]["email"].is_array() && missing.body["errors"]["password"].is_array());
    let anonymous = server.request(Method::GET, "/api/v1/organization", None, None, &[]).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn wrong_passwords_for_a_jwt_are_rate_limited_like_the_sign_in() {
    let server = TestServer::start().await;
    for _ in 0..5 {
        assert_eq!(try_jwt(&server, "manager@acme.test", "wrong").await.status, StatusCode::BAD_REQUEST);
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
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "no new JWT while suspended");

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
    assert_eq!(no_secret.status, StatusCode::BAD_REQUEST);
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
    assert_eq!(invalid.status, StatusCode::BAD_REQUEST, "{}", invalid.body);
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
    assert_eq!(taken.status, StatusCode::BAD_REQUEST);
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
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.body);
    assert_eq!(again.error("alias"), "The alias has already been taken.");
    let invalid = call(
        &server,
        Method::POST,
        &hr,
        "/api/v1/organization",
        Some(json!({ "alias": "no spaces allowed", "ownerEmail": "nobody" })),
    )
    .await;
    assert_eq!(invalid.status, StatusCode::BAD_REQUEST);
    assert_eq!(invalid.error("name"), "The name field is required.");
    assert!(invalid.body["errors"]["alias"].is_array() && invalid.body["errors"]["ownerEmail"].is_array());
    let taken_owner = call(
        &server,
        Method::POST,
        &hr,
        "/api/v1/organization",
        Some(json!({ "name": "Hooli", "ownerEmail": "employee@globex.test" })),
    )
    .await;
    assert_eq!(taken_owner.error("ownerEmail"), "The ownerEmail has already been taken.");
    let without_owner =
        call(&server, Method::POST, &hr, "/api/v1/organization", Some(json!({ "name": "Hooli" }))).await;
    assert_eq!(without_owner.status, StatusCode::CREATED, "{}", without_owner.body);
    let hooli = without_owner.body["id"].as_str().unwrap();
    let ownerless_key =
        call(&server, Method::POST, &hr, &format!("/api/v1/organization/{hooli}/keys"), Some(json!({ "name": "k" })))
            .await;
    assert_eq!(ownerless_key.status, StatusCode::BAD_REQUEST, "no owner for its keys to act as");

    // The provisioning admin keeps managing it by id; Acme's other people do not see it.
    let listed = call(&server, Method::GET, &hr, "/api/v1/organization", None).await;
    assert_eq!(listed.body.as_array().unwrap().len(), 3, "{}", listed.body);
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
    assert_eq!(invalid.status, StatusCode::BAD_REQUEST);
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
    assert_eq!(acme_group_for_globex.status, StatusCode::BAD_REQUEST, "{}", acme_group_for_globex.body);
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
