//! The Okta-style APIs' answers are the shared wire types of `okta_hr_domain::okta`, which the core reads
//! them with, and the OpenAPI description documents every one of their bodies with a schema.

use crate::common;

use common::TestServer;
use okta_hr_domain::okta::directory::{
    DirectoryAccount, DirectoryEmployee, DirectoryEmployeeProfile, DirectoryGroup, DirectoryGroupMember,
    DirectoryOrganization, DirectoryOrganizationProfile,
};
use okta_hr_domain::okta::org::{
    OrgContactTypeObj, OrgContactUser, OrgOktaCommunicationSetting, OrgOktaSupportSettingsObj, OrgPreferences,
    OrgSetting, ThirdPartyAdminSetting,
};
use okta_hr_domain::okta::sms_templates::SmsTemplate;
use okta_hr_domain::okta::subscriptions::Subscription;
use okta_hr_domain::okta::threats::ThreatInsightConfiguration;
use okta_hr_domain::okta::trusted_origins::TrustedOrigin;
use okta_hr_domain::okta::user_resources::{AppLink, Group, OAuth2Client, OAuth2RefreshToken};
use okta_hr_domain::okta::users::{User, UserLifecycleResult};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// Reads the answer to `GET path` as `T` and writes it back: nothing may be lost, added, or turn from
/// absent to `null`.
async fn reads_back_as<T: DeserializeOwned + Serialize>(server: &TestServer, path: &str) -> Value {
    let reply = server.acme_admin(Method::GET, path, None).await;
    assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.body);
    let typed: T = serde_json::from_value(reply.body.clone()).unwrap_or_else(|e| panic!("{path}: {e}\n{}", reply.body));
    assert_eq!(serde_json::to_value(typed).unwrap(), reply.body, "{path}");
    reply.body
}

#[tokio::test]
async fn the_okta_style_answers_read_back_as_the_shared_wire_types() {
    let server = TestServer::start().await;
    let users = reads_back_as::<Vec<User>>(&server, "/api/v1/users?limit=20").await;
    reads_back_as::<User>(&server, "/api/v1/users/me").await;
    let employee = reads_back_as::<User>(&server, "/api/v1/users/employee@acme.test").await;
    assert!(users.as_array().is_some_and(|users| users.len() > 1));
    let id = employee["id"].as_str().unwrap();
    reads_back_as::<Vec<Group>>(&server, &format!("/api/v1/users/{id}/groups")).await;
    reads_back_as::<Vec<AppLink>>(&server, &format!("/api/v1/users/{id}/appLinks")).await;
    server.login("employee@acme.test").await;
    let tokens =
        reads_back_as::<Vec<OAuth2RefreshToken>>(&server, &format!("/api/v1/users/{id}/clients/okta-hr-app/tokens"))
            .await;
    assert!(!tokens.as_array().unwrap().is_empty(), "the sign-in is a device");
    reads_back_as::<Vec<OAuth2Client>>(&server, &format!("/api/v1/users/{id}/clients")).await;

    let origin = json!({ "name": "Wire", "origin": "https://wire.example", "scopes": [{ "type": "CORS" }] });
    let created = server.acme_admin(Method::POST, "/api/v1/trustedOrigins", Some(origin)).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    reads_back_as::<Vec<TrustedOrigin>>(&server, "/api/v1/trustedOrigins").await;

    reads_back_as::<OrgSetting>(&server, "/api/v1/org").await;
    reads_back_as::<Vec<OrgContactTypeObj>>(&server, "/api/v1/org/contacts").await;
    reads_back_as::<OrgContactUser>(&server, "/api/v1/org/contacts/billing").await;
    reads_back_as::<OrgOktaSupportSettingsObj>(&server, "/api/v1/org/privacy/oktaSupport").await;
    reads_back_as::<OrgOktaCommunicationSetting>(&server, "/api/v1/org/privacy/oktaCommunication").await;
    reads_back_as::<OrgPreferences>(&server, "/api/v1/org/preferences").await;
    reads_back_as::<ThirdPartyAdminSetting>(&server, "/api/v1/org/orgSettings/thirdPartyAdminSetting").await;
    reads_back_as::<Vec<SmsTemplate>>(&server, "/api/v1/templates/sms").await;
    reads_back_as::<Subscription>(&server, "/api/v1/roles/SUPER_ADMIN/subscriptions/USER_LOCKED_OUT").await;
    reads_back_as::<ThreatInsightConfiguration>(&server, "/api/v1/threats/configuration").await;

    let accounts = reads_back_as::<Vec<DirectoryAccount>>(&server, "/api/v1/account").await;
    let account = accounts[0]["id"].as_str().unwrap();
    reads_back_as::<Vec<DirectoryEmployee>>(&server, "/api/v1/employee").await;
    reads_back_as::<DirectoryEmployeeProfile>(&server, &format!("/api/v1/employee/{account}/profile")).await;
    let groups = reads_back_as::<Vec<DirectoryGroup>>(&server, "/api/v1/group").await;
    let group = groups[0]["id"].as_str().unwrap();
    reads_back_as::<Vec<DirectoryGroupMember>>(&server, &format!("/api/v1/group/{group}/members")).await;
    reads_back_as::<Vec<DirectoryOrganization>>(&server, "/api/v1/organization").await;
    reads_back_as::<DirectoryOrganizationProfile>(&server, "/api/v1/organization/profile").await;
}

#[tokio::test]
async fn a_lifecycle_answer_is_empty_or_the_link_to_pass_on() {
    let server = TestServer::start().await;
    let path = "/api/v1/users/employee@acme.test/lifecycle";
    let suspended = server.acme_admin(Method::POST, &format!("{path}/suspend"), None).await;
    assert_eq!(suspended.body, json!({}));
    server.acme_admin(Method::POST, &format!("{path}/unsuspend"), None).await;
    let reset = server.acme_admin(Method::POST, &format!("{path}/reset_password?sendEmail=false"), None).await;
    let link: UserLifecycleResult = serde_json::from_value(reset.body.clone()).unwrap();
    assert!(link.reset_password_url.is_some_and(|url| url.contains("/api/v1/auth/set-password?token=")));
    assert_eq!((link.activation_url, link.activation_token), (None, None));
}

/// The second segment of the Okta-style APIs' paths (`/api/v1/{segment}…`), and their one sign-in route.
const OKTA_STYLE: &[&str] = &[
    "users",
    "trustedOrigins",
    "org",
    "templates",
    "roles",
    "threats",
    "account",
    "employee",
    "group",
    "entity",
    "organization",
];

fn is_free_form(schema: &Value) -> bool {
    schema == &json!({}) || schema.get("items") == Some(&json!({})) || schema == &json!({ "type": "object" })
}

#[tokio::test]
async fn every_okta_style_body_is_documented_with_a_schema() {
    let server = TestServer::start().await;
    let doc = server.request(Method::GET, "/api/openapi.json", None, None, &[]).await.body;
    let mut free_form = Vec::new();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        let segment = path.strip_prefix("/api/v1/").and_then(|rest| rest.split('/').next()).unwrap_or_default();
        if !OKTA_STYLE.contains(&segment) && path != "/api/v1/auth/jwt" {
            continue;
        }
        for (method, operation) in item.as_object().unwrap() {
            let requests = operation["requestBody"]["content"].as_object().into_iter().flatten();
            let responses = operation["responses"].as_object().into_iter().flatten();
            let answers = responses.flat_map(|(_, response)| response["content"].as_object().into_iter().flatten());
            for (media_type, content) in requests.chain(answers).filter(|(media, _)| *media == "application/json") {
                checked += 1;
                if is_free_form(&content["schema"]) {
                    free_form.push(format!("{method} {path} ({media_type})"));
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} bodies found");
    assert!(free_form.is_empty(), "free-form bodies: {free_form:#?}");
}
