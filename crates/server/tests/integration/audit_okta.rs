//! The Okta-style APIs' back-office changes in the audit trail: each records what it changed, before and
//! after, never a secret; a request that finds nothing to change keeps its answer and records nothing.

use crate::common::{self, Reply, TestServer};
use crate::directory_support::{okta_id, uuid_of};

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// The events of `action`, newest first, as HR reads them.
async fn events(server: &TestServer, action: &str) -> Vec<Value> {
    let hr = server.login("hr@acme.test").await;
    let reply = server.get(&hr, &format!("/api/v1/audit-events?filter[action]={action}")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.body["data"].as_array().unwrap_or_else(|| panic!("a page of events: {}", reply.body)).clone()
}

/// The one event of `action`, as `(entity, entity_id, details)`.
async fn only_event(server: &TestServer, action: &str) -> (String, String, Value) {
    let found = events(server, action).await;
    assert_eq!(found.len(), 1, "one {action} event: {found:?}");
    let attributes = &found[0]["attributes"];
    assert_eq!(attributes["actor_kind"], "api_token", "{attributes}");
    let text = |field: &str| attributes[field].as_str().unwrap_or_default().to_owned();
    (text("entity"), text("entity_id"), attributes["details"].clone())
}

fn ok(reply: &Reply) {
    assert!(reply.status.is_success(), "{}: {}", reply.status, reply.body);
}

#[tokio::test]
async fn a_users_api_profile_update_records_the_attributes_before_and_after() {
    let server = TestServer::start().await;
    let path = format!("/api/v1/users/{}", okta_id(&server, "employee@acme.test"));
    let title_before = server.acme_admin(Method::GET, &path, None).await.body["profile"]["title"].clone();
    ok(&server.acme_admin(Method::POST, &path, Some(json!({ "profile": { "title": "Staff Engineer" } }))).await);

    let (entity, entity_id, details) = only_event(&server, "user.update").await;
    assert_eq!((entity.as_str(), entity_id), ("user", server.employee_id("employee@acme.test").to_string()));
    assert_eq!(details["login"], "employee@acme.test");
    assert_eq!(details["profile"], json!({ "title": { "before": title_before, "after": "Staff Engineer" } }));
    assert_eq!(details["password_changed"], false);
}

#[tokio::test]
async fn a_password_change_records_that_it_changed_and_never_the_password() {
    let server = TestServer::start().await;
    let user = okta_id(&server, "employee@acme.test");
    let new_password = "Correct horse battery 42";
    let body = json!({ "oldPassword": { "value": common::PASSWORD }, "newPassword": { "value": new_password } });
    let path = format!("/api/v1/users/{user}/credentials/change_password");
    ok(&server.acme_admin(Method::POST, &path, Some(body)).await);
    let replaced = "Another horse battery 43";
    let body = json!({ "credentials": { "password": { "value": replaced } } });
    ok(&server.acme_admin(Method::POST, &format!("/api/v1/users/{user}"), Some(body)).await);

    let (entity, _, details) = only_event(&server, "user.change_password").await;
    assert_eq!((entity.as_str(), &details["password_changed"]), ("user", &json!(true)), "{details}");
    let (_, _, update) = only_event(&server, "user.update").await;
    assert_eq!(update["password_changed"], true, "{update}");
    let stored: Vec<String> = server.db().rows("SELECT details FROM audit_events", (), |r| r.get(0)).unwrap();
    for secret in [new_password, replaced] {
        assert!(stored.iter().all(|details| !details.contains(secret)), "{secret} is in the trail: {stored:?}");
    }
}

#[tokio::test]
async fn a_directory_employee_update_records_the_employee_before_and_after() {
    let server = TestServer::start().await;
    let path = format!("/api/v1/employee/{}", uuid_of(&server, "employee@acme.test"));
    let name_before = server.acme_admin(Method::GET, &path, None).await.body["name"].clone();
    let body = json!({ "name": "Erika Neumann", "email": "employee@acme.test" });
    ok(&server.acme_admin(Method::PATCH, &path, Some(body)).await);

    let (entity, entity_id, details) = only_event(&server, "employee.update").await;
    assert_eq!((entity.as_str(), entity_id), ("user", server.employee_id("employee@acme.test").to_string()));
    assert_eq!(details["profile"], json!({ "name": { "before": name_before, "after": "Erika Neumann" } }));
}

#[tokio::test]
async fn an_organization_key_is_recorded_without_its_token_and_deleting_a_missing_one_records_nothing() {
    let server = TestServer::start().await;
    let created =
        server.acme_admin(Method::POST, "/api/v1/organization/keys", Some(json!({ "name": "payroll export" }))).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let token = created.body["token"].as_str().expect("the token, shown once");

    let (entity, entity_id, details) = only_event(&server, "organization.create_key").await;
    assert_eq!((entity.as_str(), entity_id.as_str()), ("api_key", created.body["id"].as_str().unwrap()));
    assert_eq!(details["name"], json!({ "before": null, "after": "payroll export" }));
    assert!(!details.to_string().contains(token), "{details}");

    let missing = server.acme_admin(Method::DELETE, "/api/v1/organization/keys/00Tnothere", None).await;
    common::assert_okta_error(&missing, StatusCode::NOT_FOUND, "E0000007");
    assert!(events(&server, "organization.delete_key").await.is_empty());
}

#[tokio::test]
async fn an_sms_template_replace_records_the_text_before_and_after() {
    let server = TestServer::start().await;
    let template = |text: &str| json!({ "name": "Sign-in", "type": "SMS_VERIFY_CODE", "template": text });
    let created = server.acme_admin(Method::POST, "/api/v1/templates/sms", Some(template("Code: ${code}"))).await;
    ok(&created);
    let id = created.body["id"].as_str().unwrap();
    let path = format!("/api/v1/templates/sms/{id}");
    ok(&server.acme_admin(Method::PUT, &path, Some(template("Your code is ${code}"))).await);

    let (entity, entity_id, details) = only_event(&server, "sms_template.replace").await;
    assert_eq!((entity.as_str(), entity_id.as_str()), ("sms_template", id));
    assert_eq!(details, json!({ "template": { "before": "Code: ${code}", "after": "Your code is ${code}" } }));
    let (_, _, creation) = only_event(&server, "sms_template.create").await;
    assert_eq!(creation["name"], json!({ "before": null, "after": "Sign-in" }));
}

#[tokio::test]
async fn an_org_setting_change_is_recorded_and_a_switch_already_set_records_nothing() {
    let server = TestServer::start().await;
    let city_before = server.acme_admin(Method::GET, "/api/v1/org", None).await.body["city"].clone();
    let updated = server.acme_admin(Method::POST, "/api/v1/org", Some(json!({ "city": "Hamburg" }))).await;
    ok(&updated);
    let (entity, entity_id, details) = only_event(&server, "org.update").await;
    assert_eq!((entity.as_str(), entity_id.as_str()), ("org", updated.body["id"].as_str().unwrap()));
    assert_eq!(details, json!({ "city": { "before": city_before, "after": "Hamburg" } }));

    for _ in 0..2 {
        let hidden = server.acme_admin(Method::POST, "/api/v1/org/preferences/hideEndUserFooter", None).await;
        assert_eq!((hidden.status, &hidden.body["showEndUserFooter"]), (StatusCode::OK, &json!(false)));
    }
    let (_, _, details) = only_event(&server, "org.privacy").await;
    assert_eq!(details, json!({ "showEndUserFooter": { "before": true, "after": false } }));
}

#[tokio::test]
async fn a_group_membership_change_is_recorded_and_a_repeated_one_keeps_its_answer_and_records_nothing() {
    let server = TestServer::start().await;
    let group =
        server.acme_admin(Method::POST, "/api/v1/group", Some(json!({ "name": "On-call", "type": "team" }))).await;
    ok(&group);
    let group = group.body["id"].as_str().unwrap().to_owned();
    let person = uuid_of(&server, "employee@acme.test");
    let employee_id = server.employee_id("employee@acme.test");
    let join = json!([{ "groupId": group }]);
    let memberships = format!("/api/v1/entity/{person}/groups");
    for _ in 0..2 {
        assert_eq!(server.acme_admin(Method::POST, &memberships, Some(join.clone())).await.status, StatusCode::OK);
    }
    let (entity, entity_id, details) = only_event(&server, "group.add_entity").await;
    assert_eq!((entity.as_str(), entity_id.as_str()), ("group", group.as_str()));
    assert_eq!(details, json!({ "employee_id": employee_id, "member": { "before": false, "after": true } }));

    let membership = format!("{memberships}/{group}");
    assert_eq!(server.acme_admin(Method::DELETE, &membership, None).await.status, StatusCode::OK);
    let again = server.acme_admin(Method::DELETE, &membership, None).await;
    common::assert_okta_error(&again, StatusCode::NOT_FOUND, "E0000007");
    let (_, _, details) = only_event(&server, "group.remove_entity").await;
    assert_eq!(details["member"], json!({ "before": true, "after": false }));
}

#[tokio::test]
async fn requests_that_find_nothing_to_change_keep_their_answers_and_record_nothing() {
    let server = TestServer::start().await;
    let contact = server
        .acme_admin(Method::PUT, "/api/v1/org/contacts/billing", Some(json!({ "userId": "nobody@acme.test" })))
        .await;
    common::assert_okta_error(&contact, StatusCode::NOT_FOUND, "E0000007");
    // Field has never signed in on a device here, so there is no session to end.
    let sessions = format!("/api/v1/users/{}/sessions", okta_id(&server, "field@acme.test"));
    assert_eq!(server.acme_admin(Method::DELETE, &sessions, None).await.status, StatusCode::NO_CONTENT);
    let bounces = json!({ "emailAddresses": ["not an address", "stranger@elsewhere.test"] });
    let refused = server.acme_admin(Method::POST, "/api/v1/org/email/bounces/remove-list", Some(bounces)).await;
    assert_eq!((refused.status, refused.body["errors"].as_array().map(Vec::len)), (StatusCode::OK, Some(2)));

    for action in ["org.contact", "user.clear_sessions", "org.remove_bounces"] {
        assert!(events(&server, action).await.is_empty(), "{action}");
    }
}
