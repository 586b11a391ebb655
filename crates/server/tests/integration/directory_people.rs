//! The Directory API's accounts, employees and groups through the real server: they are the people and
//! groups of the HR and Users APIs, so every change made here shows there.

use crate::common;
use crate::directory_support;

use common::{ACME_API_TOKEN, TestServer};
use directory_support::{activate, call, jwt, okta_id, uuid_of};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

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
    assert_eq!(invalid.status, StatusCode::BAD_REQUEST);
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
    assert_eq!(other_org.status, StatusCode::BAD_REQUEST);
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
    assert_eq!(invalid.status, StatusCode::BAD_REQUEST);
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
        StatusCode::BAD_REQUEST
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
    assert_eq!(wrong_type.status, StatusCode::BAD_REQUEST);
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
    assert_eq!(cycle.status, StatusCode::BAD_REQUEST, "{}", cycle.body);

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
        Some(json!({ "bio": "Rustacean", "birthDate": "1990-04-01" })),
    )
    .await;
    assert_eq!(replaced.status, StatusCode::OK, "{}", replaced.body);
    assert_eq!(replaced.body["firstName"], "Emma", "the HR fields stay on someone's own replace");
    assert_eq!(replaced.body["companyRole"], "Software Engineer");
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
    let promotion = call(
        &server,
        Method::PATCH,
        &employee,
        &format!("/api/v1/employee/{me}/profile"),
        Some(json!({ "companyRole": "CTO" })),
    )
    .await;
    assert_eq!(promotion.status, StatusCode::FORBIDDEN, "the HR fields are HR's to change");

    let hr = jwt(&server, "hr@acme.test").await;
    let retitled = call(
        &server,
        Method::PATCH,
        &hr,
        &format!("/api/v1/employee/{me}/profile"),
        Some(json!({ "companyRole": "Staff Engineer", "joinDate": "2020-02-03" })),
    )
    .await;
    assert_eq!(retitled.status, StatusCode::OK, "{}", retitled.body);
    assert_eq!(retitled.body["bio"], "Rustacean");
    let app = server.login("employee@acme.test").await;
    let hr_record = server.get(&app, &format!("/api/v1/employees/{}", server.employee_id("employee@acme.test"))).await;
    assert_eq!(hr_record.body["data"]["attributes"]["job_title"], "Staff Engineer", "companyRole is the job title");
    assert_eq!(hr_record.body["data"]["attributes"]["hire_date"], "2020-02-03", "joinDate is the hire date");

    let invalid = call(
        &server,
        Method::PATCH,
        &employee,
        &format!("/api/v1/employee/{me}/profile"),
        Some(json!({ "birthDate": "yesterday", "timezone": "Nowhere" })),
    )
    .await;
    assert_eq!(invalid.status, StatusCode::BAD_REQUEST);
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
        StatusCode::BAD_REQUEST
    );

    let invalid = call(&server, Method::POST, &hr, "/api/v1/group", Some(json!({ "name": "Ops" }))).await;
    assert_eq!(invalid.error("type"), "The type field is required.");
    let department =
        call(&server, Method::POST, &hr, "/api/v1/group", Some(json!({ "name": "Ops", "type": "department" }))).await;
    assert_eq!(department.status, StatusCode::BAD_REQUEST);
    let created =
        call(&server, Method::POST, &hr, "/api/v1/group", Some(json!({ "name": "On-call", "type": "team" }))).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let group = created.body["id"].as_str().unwrap().to_owned();
    let duplicate =
        call(&server, Method::POST, &hr, "/api/v1/group", Some(json!({ "name": "On-call", "type": "team" }))).await;
    assert_eq!(duplicate.status, StatusCode::BAD_REQUEST);

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
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST, "{}", unknown.body);
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
    assert_eq!(leave_department.status, StatusCode::BAD_REQUEST);

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
