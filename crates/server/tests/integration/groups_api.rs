//! Okta's Groups API over the groups the Directory API and the HR departments share, and Okta's error
//! object on routes an Okta client gets wrong.

use crate::common::{GLOBEX_API_TOKEN, TestServer, assert_okta_error};
use crate::directory_support::okta_id;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("a list: {list}"))
        .iter()
        .map(|group| group["profile"]["name"].as_str().unwrap().to_owned())
        .collect()
}

async fn group_named(server: &TestServer, name: &str) -> Value {
    let found = server.acme_admin(Method::GET, &format!("/api/v1/groups?q={}", name.replace(' ', "%20")), None).await;
    found.body.as_array().and_then(|list| list.first()).cloned().unwrap_or_else(|| panic!("{name}: {}", found.body))
}

#[tokio::test]
async fn an_administrator_lists_finds_creates_renames_and_deletes_groups() {
    let server = TestServer::start().await;
    let all = server.acme_admin(Method::GET, "/api/v1/groups", None).await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.body);
    let all_names = names(&all.body);
    for name in ["Engineering", "Platform Team", "Book Club"] {
        assert!(all_names.contains(&name.to_owned()), "departments and other groups alike: {all_names:?}");
    }
    assert!(all.body.as_array().unwrap().iter().all(|group| group["type"] == "OKTA_GROUP"));

    let found = server.acme_admin(Method::GET, "/api/v1/groups?q=plat", None).await;
    assert_eq!(names(&found.body), vec!["Platform Team"], "q is a prefix of the name, in any case");
    let searched = server.acme_admin(Method::GET, "/api/v1/groups?search=profile.name%20co%20%22Club%22", None).await;
    assert_eq!(names(&searched.body), vec!["Book Club"]);
    let not = "/api/v1/groups?search=not%20(profile.name%20sw%20%22Eng%22)";
    let others = names(&server.acme_admin(Method::GET, not, None).await.body);
    assert!(!others.contains(&"Engineering".to_owned()) && others.contains(&"Book Club".to_owned()), "{others:?}");
    let bad = server.acme_admin(Method::GET, "/api/v1/groups?filter=profile.name%20eq%20%22x%22", None).await;
    assert_okta_error(&bad, StatusCode::BAD_REQUEST, "E0000031");

    let first = server.acme_admin(Method::GET, "/api/v1/groups?limit=2", None).await;
    assert_eq!(first.body.as_array().unwrap().len(), 2);
    let next = first.next_link().expect("a next page");
    let path = next.trim_start_matches(&server.url).to_owned();
    let second = server.acme_admin(Method::GET, &path, None).await;
    let mut paged = names(&first.body);
    paged.extend(names(&second.body));
    assert_eq!(paged, all_names[..paged.len()].to_vec(), "pages follow one another");

    let created = server
        .acme_admin(
            Method::POST,
            "/api/v1/groups",
            Some(json!({ "profile": { "name": "First Aiders", "description": "Trained this year" } })),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("00g"), "{id}");
    assert!(created.body["_links"]["users"]["href"].as_str().unwrap().ends_with(&format!("/api/v1/groups/{id}/users")));
    let taken =
        server.acme_admin(Method::POST, "/api/v1/groups", Some(json!({ "profile": { "name": "First Aiders" } })));
    assert_okta_error(&taken.await, StatusCode::BAD_REQUEST, "E0000001");
    let nameless = server.acme_admin(Method::POST, "/api/v1/groups", Some(json!({ "profile": {} }))).await;
    assert_okta_error(&nameless, StatusCode::BAD_REQUEST, "E0000001");

    // The Directory API sees the same group.
    let directory = server.acme_admin(Method::GET, &format!("/api/v1/group/{id}"), None).await;
    assert_eq!(directory.body["name"], "First Aiders", "{}", directory.body);

    let renamed = json!({ "profile": { "name": "First Aid Team", "description": "Trained in 2026" } });
    let renamed = server.acme_admin(Method::PUT, &format!("/api/v1/groups/{id}"), Some(renamed)).await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    assert_eq!(renamed.body["profile"], json!({ "name": "First Aid Team", "description": "Trained in 2026" }));

    // Renaming a department's group renames the department the HR API shows.
    let engineering = group_named(&server, "Engineering").await;
    let path = format!("/api/v1/groups/{}", engineering["id"].as_str().unwrap());
    let rename = json!({ "profile": { "name": "Product Engineering" } });
    assert_eq!(server.acme_admin(Method::PUT, &path, Some(rename)).await.status, StatusCode::OK);
    let hr = server.login("hr@acme.test").await;
    let departments = server.get(&hr, "/api/v1/departments").await.body.to_string();
    assert!(departments.contains("Product Engineering"), "{departments}");
    let refused = server.acme_admin(Method::DELETE, &path, None).await;
    assert_okta_error(&refused, StatusCode::FORBIDDEN, "E0000038");

    assert_eq!(
        server.acme_admin(Method::DELETE, &format!("/api/v1/groups/{id}"), None).await.status,
        StatusCode::NO_CONTENT
    );
    let gone = server.acme_admin(Method::GET, &format!("/api/v1/groups/{id}"), None).await;
    assert_okta_error(&gone, StatusCode::NOT_FOUND, "E0000007");

    // Another company's token finds none of Acme's groups, and Acme's people cannot list groups.
    let foreign = server.ssws(Method::GET, GLOBEX_API_TOKEN, &path, None).await;
    assert_okta_error(&foreign, StatusCode::NOT_FOUND, "E0000007");
    let employee = server.login("employee@acme.test").await;
    let refused = server.request(Method::GET, "/api/v1/groups", Some(&employee), None, &[]).await;
    assert_okta_error(&refused, StatusCode::FORBIDDEN, "E0000006");
}

#[tokio::test]
async fn members_are_added_listed_and_removed_and_a_department_group_moves_people() {
    let server = TestServer::start().await;
    let created =
        server.acme_admin(Method::POST, "/api/v1/groups", Some(json!({ "profile": { "name": "Fire Wardens" } }))).await;
    let group = created.body["id"].as_str().unwrap().to_owned();
    let employee = okta_id(&server, "employee@acme.test");
    let member = format!("/api/v1/groups/{group}/users/{employee}");
    for _ in 0..2 {
        let added = server.acme_admin(Method::PUT, &member, None).await;
        assert_eq!(added.status, StatusCode::NO_CONTENT, "adding twice is fine: {}", added.body);
    }
    let hr = server.login("hr@acme.test").await;
    let audited = server.get(&hr, "/api/v1/audit-events?filter[action]=group.add_user").await;
    assert_eq!(audited.body["data"].as_array().unwrap().len(), 1, "the second add changed nothing: {}", audited.body);
    let by_login = format!("/api/v1/groups/{group}/users/manager@acme.test");
    assert_eq!(server.acme_admin(Method::PUT, &by_login, None).await.status, StatusCode::NO_CONTENT);

    let members = server.acme_admin(Method::GET, &format!("/api/v1/groups/{group}/users?limit=1"), None).await;
    assert_eq!(members.status, StatusCode::OK, "{}", members.body);
    assert_eq!(members.body.as_array().unwrap().len(), 1);
    assert!(members.next_link().is_some(), "paged");
    let all = server.acme_admin(Method::GET, &format!("/api/v1/groups/{group}/users"), None).await;
    let logins: Vec<&str> =
        all.body.as_array().unwrap().iter().map(|u| u["profile"]["login"].as_str().unwrap()).collect();
    assert_eq!(logins.len(), 2);
    assert!(logins.contains(&"employee@acme.test") && logins.contains(&"manager@acme.test"), "{logins:?}");
    let theirs = server.acme_admin(Method::GET, &format!("/api/v1/users/{employee}/groups"), None).await;
    assert!(names(&theirs.body).contains(&"Fire Wardens".to_owned()), "{}", theirs.body);

    assert_eq!(server.acme_admin(Method::DELETE, &member, None).await.status, StatusCode::NO_CONTENT);
    assert_eq!(server.acme_admin(Method::DELETE, &member, None).await.status, StatusCode::NO_CONTENT, "idempotent");
    let all = server.acme_admin(Method::GET, &format!("/api/v1/groups/{group}/users"), None).await;
    assert_eq!(all.body.as_array().unwrap().len(), 1);

    // Joining a department's group moves the person to that department; it cannot be left.
    let sales = server.acme_admin(Method::POST, "/api/v1/users", Some(json!({ "profile": {
        "firstName": "Sal", "lastName": "Es", "email": "sal@acme.test", "login": "sal@acme.test", "department": "Sales"
    }})));
    assert_eq!(sales.await.status, StatusCode::OK);
    let sales_group = group_named(&server, "Sales").await["id"].as_str().unwrap().to_owned();
    let join = format!("/api/v1/groups/{sales_group}/users/{employee}");
    assert_eq!(server.acme_admin(Method::PUT, &join, None).await.status, StatusCode::NO_CONTENT);
    let user = server.acme_admin(Method::GET, &format!("/api/v1/users/{employee}"), None).await;
    assert_eq!(user.body["profile"]["department"], "Sales", "{}", user.body);
    let leave = server.acme_admin(Method::DELETE, &join, None).await;
    assert_okta_error(&leave, StatusCode::BAD_REQUEST, "E0000001");
    let hr = server.login("hr@acme.test").await;
    let emma = server.employee_id("employee@acme.test");
    let history = server.get(&hr, &format!("/api/v1/employees/{emma}/history")).await.body.to_string();
    assert!(history.contains("department_id"), "the move is in Emma's job history: {history}");

    // A retired department takes no one.
    server.db().execute("UPDATE departments SET retired_at = '2026-01-01T00:00:00Z' WHERE name = 'Sales'", []).unwrap();
    let manager = format!("/api/v1/groups/{sales_group}/users/manager@acme.test");
    let retired = server.acme_admin(Method::PUT, &manager, None).await;
    assert_okta_error(&retired, StatusCode::BAD_REQUEST, "E0000001");

    let nobody = server.acme_admin(Method::PUT, &format!("/api/v1/groups/{group}/users/00unobody"), None).await;
    assert_okta_error(&nobody, StatusCode::NOT_FOUND, "E0000007");
}

#[tokio::test]
async fn an_okta_client_reads_okta_errors_on_routes_that_do_not_exist_or_methods_that_are_not_served() {
    let server = TestServer::start().await;
    let missing = server.acme_admin(Method::GET, "/api/v1/apps", None).await;
    assert_okta_error(&missing, StatusCode::NOT_FOUND, "E0000007");
    assert!(missing.body["errorSummary"].as_str().unwrap().contains("/api/v1/apps"), "{}", missing.body);
    let wrong_method = server.acme_admin(Method::PATCH, "/api/v1/groups", None).await;
    assert_okta_error(&wrong_method, StatusCode::METHOD_NOT_ALLOWED, "E0000022");

    // The app's own clients keep Laravel's answers.
    let token = server.login("employee@acme.test").await;
    let missing = server.get(&token, "/api/v1/nothing-here").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body["message"].as_str().unwrap().contains("could not be found"), "{}", missing.body);
    assert!(missing.body.get("errorCode").is_none());
}
