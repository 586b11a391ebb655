//! The Org API (seed 003) through the real server: the org is the caller's company, so what an admin
//! changes here is what the HR API shows.

use crate::common;

use common::{ACME_API_TOKEN, GLOBEX_API_TOKEN, Reply, TestServer, assert_okta_error};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn settings() -> Value {
    json!({
        "companyName": "Acme Robotics",
        "website": "https://acme.example",
        "phoneNumber": "+49-30-555-1337",
        "endUserSupportHelpURL": "https://help.acme.example",
        "supportPhoneNumber": "+49-30-555-7331",
        "address1": "Unter den Linden 1",
        "address2": "Floor 3",
        "city": "Berlin",
        "state": "Berlin",
        "country": "Germany",
        "postalCode": "10117"
    })
}

#[tokio::test]
async fn the_org_is_the_callers_company_and_renaming_it_renames_the_company() {
    let server = TestServer::start().await;
    let org = server.acme_admin(Method::GET, "/api/v1/org", None).await;
    assert_eq!(org.status, StatusCode::OK, "{}", org.body);
    assert!(org.body["id"].as_str().unwrap().starts_with("00o"));
    assert_eq!(org.body["status"], "ACTIVE");
    let name = org.body["companyName"].as_str().unwrap().to_owned();
    assert!(name.contains("Acme"), "{name}");
    assert_eq!(org.body["website"], "https://acme.example", "the demo's settings");
    assert_eq!(org.body["city"], "Berlin");
    assert!(org.body["_links"]["uploadLogo"]["hints"]["allow"][0] == "POST");
    assert!(org.body["_links"]["contacts"]["href"].as_str().unwrap().ends_with("/api/v1/org/contacts"));

    let globex = server.ssws(Method::GET, GLOBEX_API_TOKEN, "/api/v1/org", None).await;
    assert_ne!(globex.body["id"], org.body["id"]);
    assert!(globex.body["companyName"].as_str().unwrap().contains("Globex"));

    let replaced = server.acme_admin(Method::PUT, "/api/v1/org", Some(settings())).await;
    assert_eq!(replaced.status, StatusCode::OK, "{}", replaced.body);
    assert_eq!(replaced.body["companyName"], "Acme Robotics");
    assert_eq!(replaced.body["city"], "Berlin");
    assert_eq!(replaced.body["subdomain"], org.body["subdomain"], "the subdomain is read-only");
    let hr = server.login("hr@acme.test").await;
    let me = server.get(&hr, "/api/v1/me").await;
    assert!(me.body.to_string().contains("\"Acme Robotics\""), "the HR API shows the new name: {}", me.body);

    // POST changes only what it names; PUT clears what it leaves out.
    let partial = server.acme_admin(Method::POST, "/api/v1/org", Some(json!({ "city": "Hamburg" }))).await;
    assert_eq!(partial.body["city"], "Hamburg");
    assert_eq!(partial.body["website"], "https://acme.example");
    let full = server.acme_admin(Method::PUT, "/api/v1/org", Some(json!({ "companyName": "Acme" }))).await;
    assert_eq!(full.status, StatusCode::OK);
    assert_eq!(full.body["website"], Value::Null);
    assert_eq!(full.body["city"], Value::Null);
    assert_eq!(server.acme_admin(Method::GET, "/api/v1/org", None).await.body["companyName"], "Acme");
}

#[tokio::test]
async fn invalid_org_settings_are_refused_with_every_field_named() {
    let server = TestServer::start().await;
    let reply = server
        .acme_admin(Method::PUT, "/api/v1/org", Some(json!({ "website": "acme dot com", "phoneNumber": "call us" })))
        .await;
    assert_okta_error(&reply, StatusCode::BAD_REQUEST, "E0000001");
    assert_eq!(reply.error("companyName"), "The companyName field is required.");
    assert!(reply.error("website").contains("URL"));
    assert!(reply.error("phoneNumber").contains("phone number"));
    assert!(reply.body["errorCauses"].as_array().unwrap().len() >= 3);

    let blank = server.acme_admin(Method::POST, "/api/v1/org", Some(json!({ "companyName": "  " }))).await;
    assert_eq!(blank.error("companyName"), "The companyName field is required.");
    let long = server.acme_admin(Method::POST, "/api/v1/org", Some(json!({ "city": "x".repeat(256) }))).await;
    assert!(long.error("city").contains("255"));

    let employee = server.login("employee@acme.test").await;
    let refused = server.get(&employee, "/api/v1/org").await;
    assert_okta_error(&refused, StatusCode::FORBIDDEN, "E0000006");
}

#[tokio::test]
async fn contacts_default_to_the_first_admin_and_can_be_any_user_of_the_org() {
    let server = TestServer::start().await;
    let types = server.acme_admin(Method::GET, "/api/v1/org/contacts", None).await;
    assert_eq!(types.body[0]["contactType"], "BILLING");
    assert!(types.body[1]["_links"]["technical"]["href"].as_str().unwrap().ends_with("/api/v1/org/contacts/technical"));

    let hr_id: String =
        server.db().query_row("SELECT okta_id FROM employees WHERE email = 'hr@acme.test'", [], |r| r.get(0)).unwrap();
    let billing = server.acme_admin(Method::GET, "/api/v1/org/contacts/billing", None).await;
    assert_eq!(billing.body["userId"], hr_id.as_str());

    let manager: String = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'manager@acme.test'", [], |r| r.get(0))
        .unwrap();
    let set =
        server.acme_admin(Method::PUT, "/api/v1/org/contacts/TECHNICAL", Some(json!({ "userId": manager }))).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    assert!(set.body["_links"]["user"]["href"].as_str().unwrap().ends_with(&format!("/api/v1/users/{manager}")));
    assert_eq!(
        server.acme_admin(Method::GET, "/api/v1/org/contacts/technical", None).await.body["userId"],
        manager.as_str()
    );

    let globex_user: String = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email LIKE '%globex%' LIMIT 1", [], |r| r.get(0))
        .unwrap();
    let foreign =
        server.acme_admin(Method::PUT, "/api/v1/org/contacts/billing", Some(json!({ "userId": globex_user }))).await;
    assert_okta_error(&foreign, StatusCode::NOT_FOUND, "E0000007");
    assert!(foreign.body["errorSummary"].as_str().unwrap().ends_with("(User)"));
    let unknown = server.acme_admin(Method::GET, "/api/v1/org/contacts/SALES", None).await;
    assert_okta_error(&unknown, StatusCode::NOT_FOUND, "E0000007");
    let missing = server.acme_admin(Method::PUT, "/api/v1/org/contacts/billing", Some(json!({}))).await;
    assert_eq!(missing.error("userId"), "The userId field is required.");
}

#[tokio::test]
async fn employees_see_where_to_get_help_as_the_org_settings_say() {
    let server = TestServer::start().await;
    let help = json!({ "endUserSupportHelpURL": "https://help.acme.example/hr", "supportPhoneNumber": "+49 30 1234" });
    assert_eq!(server.acme_admin(Method::POST, "/api/v1/org", Some(help)).await.status, StatusCode::OK);
    let manager: String = server
        .db()
        .query_row("SELECT okta_id FROM employees WHERE email = 'manager@acme.test'", [], |r| r.get(0))
        .unwrap();
    server.acme_admin(Method::PUT, "/api/v1/org/contacts/technical", Some(json!({ "userId": manager }))).await;

    let employee = server.login("employee@acme.test").await;
    let me = server.get(&employee, "/api/v1/me").await;
    let company = me.body["included"].as_array().unwrap().iter().find(|r| r["type"] == "companies").cloned();
    let company = company.expect("the company is included");
    assert_eq!(company["attributes"]["support_url"], "https://help.acme.example/hr");
    assert_eq!(company["attributes"]["support_phone"], "+49 30 1234");
    assert_eq!(company["attributes"]["technical_contact"]["email"], "manager@acme.test");
}

fn multipart(field: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "okta-hr-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"logo.png\"\r\n\
         Content-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(server: &TestServer, field: &str, bytes: &[u8]) -> reqwest::Response {
    let (content_type, body) = multipart(field, bytes);
    server
        .client
        .post(format!("{}/api/v1/org/logo", server.url))
        .header("Authorization", format!("SSWS {ACME_API_TOKEN}"))
        .header("Content-Type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_uploaded_logo_is_served_back_where_the_org_links_to_it() {
    let server = TestServer::start().await;
    let png: Vec<u8> = [b"\x89PNG\r\n\x1a\n".as_slice(), &[7u8; 64]].concat();
    let uploaded = upload(&server, "file", &png).await;
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let location = uploaded.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.contains("/bc/image/fileStoreRecord?id=fs0"), "{location}");

    let org = server.acme_admin(Method::GET, "/api/v1/org", None).await;
    assert_eq!(org.body["_links"]["logo"]["href"], location.as_str());
    let image = server.client.get(&location).send().await.unwrap();
    assert_eq!(image.status(), StatusCode::OK);
    assert_eq!(image.headers()["content-type"], "image/png");
    assert_eq!(image.bytes().await.unwrap().as_ref(), png.as_slice());

    let text = upload(&server, "file", b"not an image at all").await;
    assert_eq!(text.status(), StatusCode::BAD_REQUEST);
    let body: Value = text.json().await.unwrap();
    assert_eq!(body["errors"]["file"][0], "The file must be a PNG, JPG or GIF image.");
    let huge: Vec<u8> = [b"GIF89a".as_slice(), &vec![0u8; 1024 * 1024]].concat();
    assert_eq!(upload(&server, "file", &huge).await.status(), StatusCode::BAD_REQUEST);
    let unnamed = upload(&server, "picture", &png).await;
    let body: Value = unnamed.json().await.unwrap();
    assert_eq!(body["errors"]["file"][0], "The file field is required.");

    let missing =
        server.client.get(format!("{}/bc/image/fileStoreRecord?id=fs0nope", server.url)).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn okta_support_is_granted_for_eight_hours_and_extended_by_a_day() {
    let server = TestServer::start().await;
    let path = "/api/v1/org/privacy/oktaSupport";
    let initial = server.acme_admin(Method::GET, path, None).await;
    assert_eq!(initial.body["support"], "DISABLED");
    assert_eq!(initial.body["expiration"], Value::Null);
    assert!(initial.body["_links"]["grant"].is_object());

    let refused = server.acme_admin(Method::POST, &format!("{path}/extend"), None).await;
    assert_okta_error(&refused, StatusCode::BAD_REQUEST, "E0000001");

    let granted = server.acme_admin(Method::POST, &format!("{path}/grant"), None).await;
    assert_eq!(granted.body["support"], "ENABLED");
    let expiration = |reply: &Reply| {
        chrono::DateTime::parse_from_rfc3339(reply.body["expiration"].as_str().unwrap()).unwrap().to_utc()
    };
    let hours_left = (expiration(&granted) - chrono::Utc::now()).num_minutes() as f64 / 60.0;
    assert!((7.9..=8.0).contains(&hours_left), "{hours_left}");
    assert!(granted.body["_links"]["extend"].is_object() && granted.body["_links"]["revoke"].is_object());

    let extended = server.acme_admin(Method::POST, &format!("{path}/extend"), None).await;
    assert_eq!((expiration(&extended) - expiration(&granted)).num_hours(), 24);
    assert_eq!(server.acme_admin(Method::GET, path, None).await.body["expiration"], extended.body["expiration"]);

    let revoked = server.acme_admin(Method::POST, &format!("{path}/revoke"), None).await;
    assert_eq!(revoked.body["support"], "DISABLED");
    assert_eq!(revoked.body["expiration"], Value::Null);
}

#[tokio::test]
async fn communication_footer_and_third_party_switches_stick_and_link_to_their_opposite() {
    let server = TestServer::start().await;
    let communication = "/api/v1/org/privacy/oktaCommunication";
    assert_eq!(server.acme_admin(Method::GET, communication, None).await.body["optOutEmailUsers"], false);
    let out = server.acme_admin(Method::POST, &format!("{communication}/optOut"), None).await;
    assert_eq!(out.body["optOutEmailUsers"], true);
    assert!(out.body["_links"]["optIn"]["href"].as_str().unwrap().ends_with("/optIn"));
    assert_eq!(server.acme_admin(Method::GET, communication, None).await.body["optOutEmailUsers"], true);
    let back_in = server.acme_admin(Method::POST, &format!("{communication}/optIn"), None).await;
    assert!(back_in.body["_links"]["optOut"].is_object());

    let preferences = "/api/v1/org/preferences";
    assert_eq!(server.acme_admin(Method::GET, preferences, None).await.body["showEndUserFooter"], true);
    let hidden = server.acme_admin(Method::POST, &format!("{preferences}/hideEndUserFooter"), None).await;
    assert_eq!(hidden.body["showEndUserFooter"], false);
    assert!(hidden.body["_links"]["showEndUserFooter"]["href"].as_str().unwrap().ends_with("/showEndUserFooter"));
    let shown = server.acme_admin(Method::POST, &format!("{preferences}/showEndUserFooter"), None).await;
    assert_eq!(shown.body["showEndUserFooter"], true);

    let third_party = "/api/v1/org/orgSettings/thirdPartyAdminSetting";
    assert_eq!(server.acme_admin(Method::GET, third_party, None).await.body, json!({ "thirdPartyAdmin": false }));
    let on = server.acme_admin(Method::POST, third_party, Some(json!({ "thirdPartyAdmin": true }))).await;
    assert_eq!(on.body, json!({ "thirdPartyAdmin": true }));
    assert_eq!(server.acme_admin(Method::GET, third_party, None).await.body["thirdPartyAdmin"], true);
    let globex = server.ssws(Method::GET, GLOBEX_API_TOKEN, third_party, None).await;
    assert_eq!(globex.body["thirdPartyAdmin"], false, "Acme's switch is Acme's alone");
    let wrong = server.acme_admin(Method::POST, third_party, Some(json!({ "thirdPartyAdmin": "yes" }))).await;
    assert_okta_error(&wrong, StatusCode::BAD_REQUEST, "E0000001");
    assert_eq!(wrong.error("thirdPartyAdmin"), "The thirdPartyAdmin field must be true or false.");
}

#[tokio::test]
async fn bounce_removal_accepts_the_orgs_addresses_and_explains_each_refusal() {
    let server = TestServer::start().await;
    let path = "/api/v1/org/email/bounces/remove-list";
    let body = json!({ "emailAddresses": ["employee@acme.test", "unknown.email@okta.com", "name@okta@com", 42] });
    let reply = server.acme_admin(Method::POST, path, Some(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let errors = reply.body["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert_eq!(errors[0]["emailAddress"], "unknown.email@okta.com");
    assert_eq!(errors[0]["reason"], "This email address does not belong to any user in your organization.");
    assert_eq!(errors[1]["emailAddress"], "name@okta@com");
    assert!(errors[1]["reason"].as_str().unwrap().contains("RFC 3696"));
    let queued: Vec<String> = server.db().rows("SELECT email FROM email_bounce_removals", [], |r| r.get(0)).unwrap();
    assert_eq!(queued, ["employee@acme.test"]);

    let from_globex = server
        .ssws(Method::POST, GLOBEX_API_TOKEN, path, Some(json!({ "emailAddresses": ["employee@acme.test"] })))
        .await;
    assert_eq!(
        from_globex.body["errors"][0]["reason"],
        "This email address does not belong to any user in your organization."
    );

    let too_many: Vec<String> = (0..1001).map(|n| format!("person{n}@acme.test")).collect();
    let reply = server.acme_admin(Method::POST, path, Some(json!({ "emailAddresses": too_many }))).await;
    assert_okta_error(&reply, StatusCode::BAD_REQUEST, "E0000001");
    assert_eq!(
        reply.body["errorCauses"][0]["errorSummary"],
        "emailAddresses: The field cannot have more than 1,000 elements"
    );
    let missing = server.acme_admin(Method::POST, path, Some(json!({}))).await;
    assert_okta_error(&missing, StatusCode::BAD_REQUEST, "E0000001");
}
